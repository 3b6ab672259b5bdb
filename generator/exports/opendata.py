"""Open data and machine-readable output: JSON and CSV (UTF-8 with BOM, for Excel), JSON Schemas,
Atom feeds and the sitemap.
"""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path
from typing import Any

from generator.exports.feeds import NOT_XML, atom_feed, org_feed, sitemap_files
from generator.exports.formats import csv_bytes, json_bytes
from generator.exports.kept import KeptExports, key_of, place
from generator.exports.opendata_columns import COLUMNS, write_table_schemas
from generator.exports.opendata_links import link_tables
from generator.exports.schema import SCHEMA_FILES, schema_files
from generator.model.registers import LIST_LABELS
from generator.model.site import Site
from generator.render.filters import qr_svg
from generator.views import pinyin
from generator.views.catalog import Catalog
from generator.views.record_views import OrgView
from generator.views.standing import standing_columns

QR_VERSION = 1


# -- tables ------------------------------------------------------------------------------------


def organization_rows(site: Site, catalog: Catalog, base: str) -> list[dict[str, Any]]:
    rows = []
    hubs = {
        org_id: [link.other for link in site.links.hubs(org_id) if link.confirmed]
        for org_id in catalog.orgs
    }
    for org in catalog.orgs.values():
        record = org.record
        bureau = org.bureau
        rows.append(
            {
                "id": org.ref.id,
                "name": record.name,
                "short_name": record.short_name,
                "status": record.status,
                "status_label": org.status_label,
                "uscc": record.uscc,
                "filing_no": record.filing_no,
                "authority": record.registration_authority or record.filing_authority,
                "registered_or_filed_on": record.registered_on or record.filed_on,
                "founded": record.founded,
                "category": org.ref.category.title,
                "fields": [link.title for link in org.ref.fields],
                "service_targets": [link.title for link in org.ref.targets],
                "district": record.area.district,
                "street": record.area.street,
                "community": record.area.community,
                "guiding_unit": record.guiding_unit,
                # kept for the files' readers: the first hub that confirmed its membership
                "parent": next(iter(hubs[org.ref.id]), None),
                "phone": record.contact.phone if record.contact else None,
                "email": record.contact.email if record.contact else None,
                "grade": bureau.grade.grade if bureau.grade and not bureau.grade_expired else None,
                "grade_valid_until": bureau.grade.valid_until if bureau.grade else None,
                "inspection": bureau.inspection_label or None,
                "abnormal_list": bool(bureau.abnormal),
                "projects": len(org.projects),
                "activities": len(org.led_activities),
                "url": base + org.ref.url,
                "activities_joined": len(org.joined_activities),
                # every hub that confirmed its membership (a declaration alone names no one here)
                "member_of": hubs[org.ref.id],
                **_register_columns(org),
                **standing_columns(org.ref),
                # names and codes residents know, beside the ids (added after the registers')
                "code": org.ref.code,
                "member_of_names": [
                    catalog.orgs[hub].ref.name for hub in hubs[org.ref.id] if hub in catalog.orgs
                ],
                **_link_columns(site, org),
            }
        )
    if rows:  # a withdrawn page leaves only its id and what became of it
        blank = dict.fromkeys(rows[0])
        for org_id, change in catalog.withdrawn:
            rows.append(
                {**blank, "id": org_id, "status": change.status, "status_change": change.status}
                | {"status_change_on": change.on, "status_change_authority": change.authority}
            )
    return rows


def _register_columns(org: OrgView) -> dict[str, Any]:
    """The bureau's registers on the build's date (columns added after the first release)."""
    bureau = org.bureau
    listing = bureau.listings[0] if bureau.listings else None
    return {
        "grade_awarded_on": bureau.grade.awarded_on if bureau.grade else None,
        "listed": bool(bureau.listings),
        "listed_since": listing.listed_on if listing else None,
        "list_name": LIST_LABELS[listing.list] if listing else None,
        "list_authority": listing.authority if listing else None,
        "status_change": bureau.status.status if bureau.status else None,
        "status_change_on": bureau.status.on if bureau.status else None,
        "status_change_authority": bureau.status.authority if bureau.status else None,
        "verified_on": bureau.verification.on if bureau.verification else None,
    }


def _link_columns(site: Site, org: OrgView) -> dict[str, Any]:
    """Columns added with the hubs, platforms and disclosure box (issue 21): confirmed links only."""
    record = org.record
    return {
        "former_names": list(record.former_names),
        "members": [ref.id for ref in org.members],
        "incubated_by": [
            link.other for link in site.links.incubators(org.ref.id) if link.confirmed
        ],
        "incubated": [item.org.id for item in org.incubated],
        **_certificate_columns(org),
    }


def _certificate_columns(org: OrgView) -> dict[str, Any]:
    """A registered organization's certificate, as its disclosure box shows it."""
    registration = org.record.registration if org.record.status == "registered" else None
    return {
        "legal_representative": registration.legal_representative if registration else None,
        "funds_cny": registration.funds_cny if registration else None,
        "funds_kind": org.funds_label if registration and registration.funds_cny else None,
        "domicile": registration.domicile if registration else None,
        "certificate_valid_from": registration.certificate_valid_from if registration else None,
        "certificate_valid_until": registration.certificate_valid_until if registration else None,
        "business_scope": registration.business_scope if registration else None,
    }


def project_rows(catalog: Catalog, base: str) -> list[dict[str, Any]]:
    return [
        {
            "org_id": p.org.id,
            "org_name": p.org.name,
            "id": p.id,
            "title": p.record.title,
            "plan": p.record.plan,
            "plan_label": p.plan_label,
            "status": p.record.status,
            "fields": [link.title for link in p.fields],
            "start": p.record.period.start,
            "end": p.record.period.end,
            "funding_total_cny": p.funding_total,
            "funding_types": sorted({f["type"] for f in p.funding}),
            "beneficiaries": p.record.beneficiaries.count if p.record.beneficiaries else None,
            "person_times": p.record.beneficiaries.person_times if p.record.beneficiaries else None,
            "brand_project": p.record.brand_project,
            "url": base + p.url,
            "org_code": p.org.code,
        }
        for p in sorted(catalog.projects, key=lambda p: (p.org.id, p.id))
    ]


def activity_rows(catalog: Catalog, base: str) -> list[dict[str, Any]]:
    return [
        {
            "org_id": a.org.id,
            "org_name": a.org.name,
            "id": a.id,
            "title": a.record.title,
            "date": a.record.date,
            "end_date": a.record.end_date,
            "place": a.record.place,
            "type": a.type_label,
            "theme": a.theme_label,
            "project": a.record.project,
            "co_organizers": [o.id for o in a.co_organizers],
            "participants": a.record.participants,
            "volunteers": a.record.volunteers,
            "volunteer_hours": a.record.volunteer_hours,
            "photos": len(a.photos),
            "url": base + a.url,
            "org_code": a.org.code,
            "co_organizer_names": [o.name for o in a.co_organizers],
            "person_times": a.record.person_times,
            "co_organizer_roles": [
                f"{o.id}:{a.record.co_organizer_roles.get(o.id, '联合主办')}"
                for o in a.co_organizers
            ],
        }
        for a in sorted(catalog.activities, key=lambda a: (a.org.id, a.id))
    ]


def qr_file(url: str, name: str, cache: Path | None) -> bytes | Path:
    """The QR code of an organization's page as an SVG file, cached by URL and name (the cached
    file, to be linked into the site, when there is one)."""
    key = hashlib.sha256(f"{QR_VERSION}|{url}|{name}".encode()).hexdigest()[:32]
    cached = cache / f"{key}.svg" if cache else None
    if cached and cached.is_file() and not cached.is_symlink():
        return cached
    data = str(qr_svg(url, title=f"扫码查看{NOT_XML.sub('', name)}")).encode("utf-8")
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, cached)
    return data


PICKED = ("id", "name", "street", "community", "code")


def picker_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The organizations the submission form offers (not deregistered), with what it shows."""
    return [{key: row.get(key) for key in PICKED} for row in rows if not row.get("status_change")]


def write_all(
    site: Site,
    catalog: Catalog,
    site_dir: Path,
    *,
    site_url: str,
    doc_urls: list[str],
    qr_cache: Path | None = None,
    exports_cache: Path | None = None,
) -> dict[str, int]:
    """Every open data file, feed, QR code and the sitemap into site_dir; with `exports_cache`,
    the tables, schemas and organizations' feeds whose data did not change taken from there
    (generator.exports.kept). How many groups of files were kept, and how many made."""

    base = site_url.rstrip("/") + "/" if site_url else "/"
    tables = {
        "organizations": organization_rows(site, catalog, base),
        "projects": project_rows(catalog, base),
        "activities": activity_rows(catalog, base),
        **link_tables(site, catalog, base),
    }
    kept = KeptExports(exports_cache)
    for name, rows in tables.items():
        columns = tuple(COLUMNS.get(name, ()))  # the header of a table without rows
        made = kept.files(
            f"table {name}",
            key_of(name, columns, rows),
            (f"data/{name}.json", f"data/{name}.csv"),
            lambda rows=rows, name=name, columns=columns: {
                f"data/{name}.json": json_bytes(rows),
                f"data/{name}.csv": csv_bytes(rows, columns),
            },
        )
        kept.place(site_dir, made)
    settings = site.config.settings.model_dump(mode="json")  # what the schemas' lists come from
    schemas = kept.files(
        "schemas", key_of(settings), SCHEMA_FILES, lambda: schema_files(site.config)
    )
    kept.place(site_dir / "schema", schemas)
    write_table_schemas(tables, site_dir / "schema")
    areas = site.areas.areas  # district → street → community, for the submission form's cascade
    feed = atom_feed(
        f"{site.config.site_name} · 最新活动",
        base + "feed.xml",
        base,
        catalog.activities,
        base,
        empty_since=site.as_of,
    )
    place(
        site_dir,
        {
            "data/areas.json": json_bytes(areas.model_dump() if areas else {}),
            # each Chinese character's syllable: the form makes file names from titles with it
            "submit/pinyin.json": json_bytes(pinyin.syllable_table()),
            # the form's organization picker: only what it shows (8 MB whole at 5,000)
            "submit/orgs.json": json_bytes(picker_rows(tables["organizations"])),
            "feed.xml": feed,
        },
    )
    for org in catalog.orgs.values():
        qr = qr_file(base + org.ref.url, org.ref.name, qr_cache)
        kept.place(site_dir, {org.ref.url + "qr.svg": qr, **org_feed(org, base, site.as_of, kept)})
    urls: list[tuple[str, date | None]] = []
    for url in doc_urls:
        urls.append((base + url, None))
    for spec in catalog.pages:
        if spec.kind not in ("poster", "subscribe"):
            urls.append((base + spec.url, spec.date))
    urls = sorted(set(urls), key=lambda item: item[0])
    place(site_dir, sitemap_files(urls, base))  # over MkDocs' own sitemap.xml, not into it
    gz = site_dir / "sitemap.xml.gz"
    if gz.exists():
        gz.unlink()  # MkDocs' copy carries the build time; ours is deterministic and uncompressed
    kept.save()
    return {"exports_kept": kept.kept, "exports_made": kept.made}
