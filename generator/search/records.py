"""What the search index holds: every record page of the catalog and the hand-written
explainers, as search records; and the words of a record page, made where it is rendered."""

from __future__ import annotations

from pathlib import Path

from generator.formatting import zh_date
from generator.search.index import SearchRecord
from generator.search.ranking import (
    FIELD_WEIGHT,
    MENTION_WEIGHT,
    NAME_WEIGHT,
    ORG_TEXT_WEIGHT,
    TITLE_WEIGHT,
    sections,
)
from generator.search.text import indexed_text
from generator.search.tokens import words
from generator.views.catalog import Catalog
from generator.views.content import ContentPage
from generator.views.pages import PageSpec

SEARCHED_KINDS = {
    "organization": "机构",
    "project": "项目",
    "activity": "活动",
    "annual": "年度公示",
}
SEARCHED_SECTIONS = {"policies/": "政策", "annual/": "年度公示", "contributing": "参与指南"}


def words_of(spec: PageSpec, html: str, body: str | None) -> str | None:
    """What Pagefind indexes of a record page, in weighted sections (None for kinds that are
    not searched): the names and fields of an organization above its page's text, the title of
    a project or an activity above its text (see RANKING in generator.search)."""
    if spec.kind not in SEARCHED_KINDS:
        return None
    text = indexed_text(body or html)
    org = spec.context.get("org") if spec.kind == "organization" else None
    if org is not None:
        record = org.record
        names = [record.name, record.short_name or "", *record.former_names]
        fields = [link.title for link in org.ref.fields]
        return sections(
            (NAME_WEIGHT, words(" ".join(names), "")),
            (FIELD_WEIGHT, words(" ".join(fields), "")),
            (ORG_TEXT_WEIGHT, words("", text)),
        )
    if spec.kind in ("project", "activity"):
        return sections((TITLE_WEIGHT, words(spec.title, "")), (MENTION_WEIGHT, words("", text)))
    return sections((1, words(spec.title, text)))


# Pagefind leaves out of a sorted list every page without the sort key: every record has every
# key, an undated one a value that sorts it last both ways ("date" newest first, "since" oldest
# first: the search page's 最早 asks for since:asc).
UNDATED_NEWEST = "0000-00-00"
UNDATED_OLDEST = "9999-99-99"


def sort_keys(sort: dict[str, str], title: str) -> dict[str, str]:
    """A record's sort keys: its own, and date, since and name for every record."""
    dated = sort.get("date", "")
    return {
        **sort,
        "date": dated or UNDATED_NEWEST,
        "since": dated or UNDATED_OLDEST,
        "name": sort.get("name") or title,
    }


def card_line(spec: PageSpec) -> dict[str, str]:
    """What a result card shows under its title: an activity's date, a project's period, an
    organization's area."""
    if spec.kind == "activity":
        record = spec.context["activity"].record
        end = f" 至 {zh_date(record.end_date)}" if record.end_date else ""
        return {"when": zh_date(record.date) + end}
    if spec.kind == "project":
        period = spec.context["project"].record.period
        return {"when": f"{zh_date(period.start)} 至 {zh_date(period.end) if period.end else '今'}"}
    if spec.kind == "organization":
        area = spec.context["org"].record.area
        return {"where": " ".join(filter(None, (area.district, area.street, area.community)))}
    return {}


def search_records(
    catalog: Catalog, content_pages: list[ContentPage], site_dir: Path
) -> list[SearchRecord]:
    """Every record page (its words come from the rendering workers) and every written
    explainer of content/ (its text read back from the page)."""
    records = []
    for spec in catalog.pages:
        if spec.kind not in SEARCHED_KINDS:
            continue
        image = spec.image.path(spec.image.closest(480).jpeg) if spec.image else ""
        records.append(
            SearchRecord(
                url=spec.url,
                title=spec.title,
                kind=SEARCHED_KINDS[spec.kind],
                text="",  # its words come from the rendering workers (Batch.done)
                summary=spec.description,
                image=image,
                filters=spec.filters or {"kind": [SEARCHED_KINDS[spec.kind]]},
                sort=sort_keys(spec.sort, spec.title),
                notice=spec.notice,
                meta=card_line(spec),
            )
        )
    for page in content_pages:
        section = next(
            (
                label
                for prefix, label in SEARCHED_SECTIONS.items()
                if page.src_uri.startswith(prefix)
            ),
            None,
        )
        written = site_dir / page.dest_uri
        if section is None or page.title is None or not written.is_file():
            continue
        text = indexed_text(written.read_text(encoding="utf-8"))
        summary = str(page.summary or text[:110])
        year = Path(page.src_uri).stem if section == "年度公示" else ""
        records.append(
            SearchRecord(
                url=page.url,
                title=page.title,
                kind=section,
                text=text,
                summary=summary,
                filters={"kind": [section], **({"year": [year]} if year.isdigit() else {})},
                sort=sort_keys({"date": f"{year}-12-31"} if year.isdigit() else {}, page.title),
            )
        )
    return records
