"""Presentation helpers: sanitized Markdown, Chinese number/date/money filters, QR codes, JSON-LD.

Templates hold presentation only; every number, date and amount goes through a named filter here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import jinja2
import markdown as markdown_lib
import nh3
import segno
from markupsafe import Markup, escape

from generator.formatting import cny, in_unit, money_unit, number, plain, zh_date
from generator.render.linebreaks import ChineseLineBreaks, join_lines
from generator.views.jsonld import StructuredData, jsonld_text

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "h3", "h4", "h5",
    "a", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "hr", "del", "sup", "sub",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}


@lru_cache(maxsize=1)
def _markdown() -> markdown_lib.Markdown:
    return markdown_lib.Markdown(
        extensions=["tables", "sane_lists", ChineseLineBreaks()], output_format="html"
    )


# A text with none of these is plain prose (most volunteers' Chinese paragraphs): Markdown would
# only wrap its paragraphs in <p>, so that is done directly — a test checks it equals the full
# path. Anything Markdown or HTML gives a meaning to, indentation, trailing spaces, numbered-list
# starts, control characters and no-break spaces all take the full path.
_MARKDOWN_SYNTAX = re.compile(
    r"[\\`*_{}\[\]()#+\-.!|<>&:~=\r\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00a0\u2028\u2029\ufeff]"
    r"|^[^\S\n]|[^\S\n]$|[0-9]\.|  ",
    re.M,
)


def markdown(text: str | None, *, shift_headings: int = 2) -> Markup:
    """Record Markdown to safe HTML: no raw HTML, no scripts, only http(s)/mailto links."""
    if not text:
        return Markup("")
    if not _MARKDOWN_SYNTAX.search(text):
        body = text.strip("\n")
        if not body:
            return Markup("")
        paragraphs = re.split(r"\n{2,}", body)
        return Markup("\n".join(f"<p>{join_lines(paragraph)}</p>" for paragraph in paragraphs))
    return full_markdown(text, shift_headings=shift_headings)


def full_markdown(text: str, *, shift_headings: int = 2) -> Markup:
    """Python-Markdown, headings shifted, then sanitized (nh3)."""
    engine = _markdown()
    engine.reset()
    html = engine.convert(text)
    if shift_headings:
        html = re.sub(
            r"<(/?)h([1-6])>",
            lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + shift_headings, 5)}>",
            html,
        )
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener nofollow ugc",
    )
    return Markup(clean)


def qr_svg(url: str, *, title: str = "扫码查看") -> Markup:
    """An SVG QR code of a URL (error correction M), sized by CSS.

    The mask is fixed rather than searched: segno's pure-Python search of the eight masks costs
    ~8 ms a code, a fixed mask ~1 ms, and any mask gives a valid code. The path is written from
    the module matrix directly, one horizontal run per subpath.
    """
    code = segno.make(url, error="m", micro=False, mask=2)
    border = 2
    size = code.symbol_size(scale=1, border=border)[0]
    runs = []
    for row, line in enumerate(code.matrix):
        column = 0
        width = len(line)
        while column < width:
            if line[column]:
                start = column
                while column < width and line[column]:
                    column += 1
                runs.append(
                    f"M{start + border} {row + border}h{column - start}v1h-{column - start}z"
                )
            else:
                column += 1
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" class="gs-qr" role="img" '
        f'shape-rendering="crispEdges"><title>{escape(title)}</title>'
        f'<rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{"".join(runs)}"/></svg>'
    )


def json_ld(data: StructuredData | dict[str, Any]) -> Markup:
    """A <script type=application/ld+json> block of a page's structured data (or of a dict, from
    a theme override); '<' is escaped so text cannot close the script."""
    text = data.text if isinstance(data, StructuredData) else jsonld_text(data)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">{text}</script>')


_SCRIPT_TAG = re.compile(r"<script\b([^>]*)>")


def defer_scripts(html: str | Markup) -> Markup:
    """Every external classic script (Material's bundle, the extra scripts) gets `defer`: the page
    is drawn without waiting for them, and they still run in their order once the page is parsed
    (before DOMContentLoaded). Inline, module and async scripts are left as they are."""

    def defer(match: re.Match[str]) -> str:
        attrs = match.group(1)
        if "src=" not in attrs or re.search(r"\b(defer|async)\b|type=\"module\"", attrs):
            return match.group(0)
        return f"<script{attrs} defer>"

    return Markup(_SCRIPT_TAG.sub(defer, str(html)))


FOR_YOU_HEADING = "对社区社会组织意味着什么"


def for_you_section(html: str | Markup) -> Markup:
    """Wrap the explainer's "what it means for your organization" section so it can be styled."""
    text = str(html)
    match = re.search(rf"<h2[^>]*>\s*{FOR_YOU_HEADING}\s*</h2>", text)
    if not match:
        return Markup(text)
    end = text.find("<h2", match.end())
    end = len(text) if end == -1 else end
    return Markup(
        text[: match.start()]
        + '<section class="gs-for-you">'
        + text[match.start() : end]
        + "</section>"
        + text[end:]
    )


def _autoescape(name: str | None) -> bool:

    return bool(name) and name.startswith("gongshi/")


def install(env: jinja2.Environment) -> None:
    """Add gongshi's filters to MkDocs' theme environment, and turn on autoescaping for gongshi's
    own templates (MkDocs leaves it off; Material's templates rely on that, ours hold record data)."""
    env.autoescape = _autoescape
    env.filters.update(
        {
            "zh_date": zh_date,
            "number": number,
            "cny": cny,
            "money_unit": money_unit,
            "in_unit": in_unit,
            "md": markdown,
            "plain": plain,
            "qr_svg": qr_svg,
            "json_ld": json_ld,
            "for_you_section": for_you_section,
            "defer_scripts": defer_scripts,
        }
    )
    env.globals.setdefault("escape", escape)
