"""Valid markup: the W3C Nu checker (vnu.jar from the `vnu-jar` npm package, pinned in
tests/browser/package-lock.json, run with the system's Java) reports no error on one page of every
kind of the example site, apart from a short, named list of Material for MkDocs' own markup.

`make test` installs Java (default-jre-headless) and the checker; the test skips only when there is
no `java` on the PATH."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

VNU = REPO / "tests" / "browser" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Errors in Material for MkDocs' own templates (mkdocs-material 9.x), not in gongshi's, each
# matched by the start of the checker's message and the markup it quotes. Nothing else is excused.
MATERIAL_OWN = {
    # main.html of Material: the drawer and search toggles are checkboxes with autocomplete="off"
    # (kept there so that Firefox does not restore their state on reload); HTML allows
    # autocomplete on text-like inputs only.
    "checkbox toggles with autocomplete": (
        "Attribute “autocomplete” is only allowed when the input type is",
        'class="md-toggle"',
    ),
    # partials/nav-item.html of Material: a section's label in the navigation gets
    # tabindex="{{ tabindex }}" with the variable left unset for sections (navigation.tabs), which
    # renders tabindex="".
    "empty tabindex on a navigation section's label": (
        "Bad value “” for attribute “tabindex” on element “label”",
        'class="md-nav__link',
    ),
}


def _first(root: Path, pattern: str, contains: str = "") -> Path:
    for path in sorted(root.glob(pattern)):
        if contains in path.read_text(encoding="utf-8"):
            return path
    raise AssertionError(
        f"no page {pattern} in the example" + (f" with {contains}" if contains else "")
    )


def pages_of_every_kind(site: Path) -> dict[str, Path]:
    """One page of each kind the example builds, by kind."""
    org = _first(site, "orgs/*/index.html", 'href="projects/')
    folder = org.parent
    district = sorted(p for p in site.glob("areas/*/index.html"))[0]
    return {
        "home": site / "index.html",
        "directory": site / "orgs" / "index.html",
        "areas": site / "areas" / "index.html",
        "district": district,
        "community": sorted(district.parent.glob("*/*/index.html"))[0],
        "category": _first(site, "categories/*/index.html"),
        "field": _first(site, "fields/*/index.html"),
        "organization": org,
        "project": sorted(folder.glob("projects/*/index.html"))[0],
        "activity": sorted(folder.glob("activities/*/index.html"))[0],
        "poster": folder / "poster" / "index.html",
        "organization's subscribe page": folder / "subscribe" / "index.html",
        "all activities": site / "activities" / "index.html",
        "all projects": site / "projects" / "index.html",
        "search": site / "search" / "index.html",
        "submit": site / "submit" / "index.html",
        "annual": sorted(site.glob("annual/*/index.html"))[-1],
        "annual of a district": sorted(site.glob("annual/*/*/index.html"))[-1],
        "policy": _first(site, "policies/*/index.html"),
        "contributing": site / "contributing" / "index.html",
        "subscribe": site / "subscribe" / "index.html",
        "board": site / "board" / "index.html",
        "levels": site / "levels" / "index.html",
        "404": site / "404.html",
    }


def _excused(message: dict) -> bool:
    text, extract = message.get("message", ""), message.get("extract", "")
    return any(
        text.startswith(start) and quote in extract for start, quote in MATERIAL_OWN.values()
    )


def test_every_kind_of_page_is_valid_html(example_site: Path) -> None:
    java = shutil.which("java")
    if java is None:
        pytest.skip(
            "no Java runtime: the Nu checker needs one (make test installs default-jre-headless)"
        )
    assert VNU.exists(), "the Nu checker is missing: run `npm ci` in tests/browser (make test does)"
    pages = pages_of_every_kind(example_site)
    missing = [kind for kind, path in pages.items() if not path.exists()]
    assert not missing, missing
    run = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, pages.values())],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(run.stderr)["messages"]  # vnu writes its report on stderr
    kinds = {str(path.resolve()): kind for kind, path in pages.items()}  # vnu says file:/tmp/…
    errors = [
        (
            kinds.get(m.get("url", "")[5:], m.get("url")),
            m.get("lastLine"),
            m["message"],
            m.get("extract"),
        )
        for m in messages
        if m.get("type") in ("error", "non-document-error") and not _excused(m)
    ]
    assert not errors, "\n".join(map(str, errors))
