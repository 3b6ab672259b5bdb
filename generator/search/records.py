"""What the search index holds: every record page of the catalog and the hand-written
explainers, as search records; and the words of a record page, made where it is rendered."""

from __future__ import annotations

from pathlib import Path

from generator.search.index import SearchRecord
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
    """The words Pagefind indexes of a record page (None for kinds that are not searched)."""
    if spec.kind not in SEARCHED_KINDS:
        return None
    return words(spec.title, indexed_text(body or html))


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
                sort=spec.sort,
                notice=spec.notice,
                meta=spec.meta,
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
                sort={"name": page.title},
            )
        )
    return records
