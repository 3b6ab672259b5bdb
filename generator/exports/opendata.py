"""Open data and machine-readable output: JSON and CSV (UTF-8 with BOM, for Excel), JSON Schemas,
Atom feeds and the sitemap; plus the views of the home and policy pages.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from generator.exports.schema import write_schemas
from generator.input.records import LABELS
from generator.model.site import Site
from generator.render.filters import plain, qr_svg
from generator.views.catalog import ActivityView, Catalog, OrgRef, ProjectView

FEED_SIZE = 30
QR_VERSION = 1


# -- views of content pages --------------------------------------------------------------------


@dataclass
class HomeView:
    brands: list[OrgRef]
    latest: list[ActivityView]
    totals: dict[str, Any]
    facets: dict[str, Any]
    policies: list[Any] = field(default_factory=list)


def home_view(catalog: Catalog) -> HomeView:
    brand_ids = [
        org.ref
        for org in catalog.orgs.values()
        if any(p.record.brand_project for p in org.projects)
    ]
    others = [org.ref for org in catalog.orgs.values() if org.ref not in brand_ids]
    brands = sorted(brand_ids, key=lambda r: (-(r.activity_count), r.id))[:8]
    if len(brands) < 8:
        brands += sorted(others, key=lambda r: (-(r.activity_count), r.id))[: 8 - len(brands)]
    latest = [a for a in catalog.activities if a.cover][:8]
    return HomeView(brands=brands, latest=latest, totals=catalog.totals, facets=catalog.facets)


@dataclass
class PolicyView:
    record: Any
    status_label: str
    orgs: list[OrgRef]
    projects: list[ProjectView]
    topics: list[str]


def policy_view(site: Site, catalog: Catalog, policy_id: str) -> PolicyView | None:
    page = site.policies.get(policy_id)
    if page is None or page.entry.record is None:
        return None
    record = page.entry.record
    topics = set(record.topics)
    orgs = [org.ref for org in catalog.orgs.values() if topics & set(org.record.fields)]
    projects = [p for p in catalog.projects if topics & set(p.record.fields)]
    return PolicyView(
        record=record,
        status_label=LABELS["policy_status"][record.status],
        orgs=sorted(orgs, key=lambda r: r.id)[:24],
        projects=sorted(projects, key=lambda p: p.record.period.start, reverse=True)[:12],
        topics=[site.config.label("fields", t) for t in record.topics],
    )


# -- tables ------------------------------------------------------------------------------------


def _text(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "；".join(str(v) for v in value)
    return "" if value is None else value


def organization_rows(site: Site, catalog: Catalog, base: str) -> list[dict[str, Any]]:
    rows = []
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
                "parent": record.parent,
                "phone": record.contact.phone if record.contact else None,
                "email": record.contact.email if record.contact else None,
                "grade": bureau.grade.grade if bureau.grade and not bureau.grade_expired else None,
                "grade_valid_until": bureau.grade.valid_until if bureau.grade else None,
                "inspection": bureau.inspection_label or None,
                "abnormal_list": bool(bureau.abnormal),
                "projects": len(org.projects),
                "activities": len(org.activities),
                "url": base + org.ref.url,
            }
        )
    return rows


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
        }
        for a in sorted(catalog.activities, key=lambda a: (a.org.id, a.id))
    ]


HEADERS_ZH = {
    "id": "编号", "name": "名称", "short_name": "简称", "status": "状态代码", "status_label": "登记状态",
    "uscc": "统一社会信用代码", "filing_no": "备案编号", "authority": "登记或备案机关",
    "registered_or_filed_on": "登记或备案日期", "founded": "成立时间", "category": "类别",
    "fields": "服务领域", "service_targets": "服务对象", "district": "区", "street": "街道（乡镇）",
    "community": "社区（村）", "guiding_unit": "指导单位", "parent": "所属枢纽型组织", "phone": "联系电话",
    "email": "电子邮箱", "grade": "评估等级", "grade_valid_until": "等级有效期至", "inspection": "年检结论",
    "abnormal_list": "列入活动异常名录", "projects": "项目数", "activities": "活动数", "url": "网址",
    "org_id": "机构编号", "org_name": "机构名称", "title": "名称", "plan": "计划代码", "plan_label": "所属计划",
    "start": "开始日期", "end": "结束日期", "funding_total_cny": "资金合计（元）", "funding_types": "资金类型",
    "beneficiaries": "受益人数", "person_times": "受益人次", "brand_project": "品牌项目", "date": "日期",
    "end_date": "结束日期", "place": "地点", "type": "类型", "theme": "主题", "project": "项目编号",
    "co_organizers": "联合主办", "participants": "参与人数", "volunteers": "志愿者人数",
    "volunteer_hours": "志愿服务时长（小时）", "photos": "照片数",
}  # fmt: skip


def csv_bytes(rows: list[dict[str, Any]]) -> bytes:
    """CSV in UTF-8 with BOM and CRLF line ends, so Excel opens Chinese text correctly."""
    buffer = io.StringIO()
    if rows:
        columns = list(rows[0])
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([HEADERS_ZH.get(c, c) for c in columns])
        for row in rows:
            writer.writerow([_csv_cell(row[c]) for c in columns])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def _csv_cell(value: Any) -> Any:
    value = _text(value)
    if isinstance(value, Decimal):
        value = _json_default(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # a cell Excel would run as a formula
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def json_bytes(data: Any) -> bytes:
    text = json.dumps(data, ensure_ascii=False, indent=1, default=_json_default)
    return (text + "\n").encode("utf-8")


# -- feeds and sitemap -------------------------------------------------------------------------


def atom_feed(
    title: str, self_url: str, page_url: str, activities: list[ActivityView], base: str
) -> bytes:
    updated = activities[0].record.date.isoformat() if activities else "2000-01-01"
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">',
        f"<title>{xml_escape(title)}</title>",
        f'<link rel="self" href="{xml_escape(self_url)}"/>',
        f'<link rel="alternate" type="text/html" href="{xml_escape(page_url)}"/>',
        f"<id>{xml_escape(self_url)}</id>",
        f"<updated>{updated}T00:00:00Z</updated>",
    ]
    for activity in activities[:FEED_SIZE]:
        url = base + activity.url
        summary = plain(activity.record.description, 200) or activity.record.title
        parts += [
            "<entry>",
            f"<title>{xml_escape(activity.record.title)}</title>",
            f'<link rel="alternate" type="text/html" href="{xml_escape(url)}"/>',
            f"<id>{xml_escape(url)}</id>",
            f"<updated>{activity.record.date.isoformat()}T00:00:00Z</updated>",
            f"<author><name>{xml_escape(activity.org.name)}</name></author>",
            f"<summary>{xml_escape(summary)}</summary>",
            "</entry>",
        ]
    parts.append("</feed>")
    return ("\n".join(parts) + "\n").encode("utf-8")


def sitemap(urls: list[tuple[str, date | None]]) -> bytes:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for url, modified in urls:
        lastmod = f"<lastmod>{modified.isoformat()}</lastmod>" if modified else ""
        lines.append(f"<url><loc>{xml_escape(url)}</loc>{lastmod}</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


SITEMAP_LIMIT = 50_000  # URLs in one sitemap file (the sitemaps.org protocol's limit)


def sitemap_files(
    urls: list[tuple[str, date | None]], base: str, limit: int = SITEMAP_LIMIT
) -> dict[str, bytes]:
    """sitemap.xml, or for a city with more URLs than one sitemap may hold, sitemap.xml as a
    sitemap index of sitemap-1.xml, sitemap-2.xml, … each within the limit."""
    if len(urls) <= limit:
        return {"sitemap.xml": sitemap(urls)}
    files: dict[str, bytes] = {}
    for number, start in enumerate(range(0, len(urls), limit), 1):
        files[f"sitemap-{number}.xml"] = sitemap(urls[start : start + limit])
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    lines += [f"<sitemap><loc>{xml_escape(base + name)}</loc></sitemap>" for name in files]
    lines.append("</sitemapindex>")
    files["sitemap.xml"] = ("\n".join(lines) + "\n").encode("utf-8")
    return files


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def qr_file(url: str, name: str, cache: Path | None) -> bytes:
    """The QR code of an organization's page as an SVG file, cached by URL and name."""
    key = hashlib.sha256(f"{QR_VERSION}|{url}|{name}".encode()).hexdigest()[:32]
    cached = cache / f"{key}.svg" if cache else None
    if cached and cached.exists():
        return cached.read_bytes()
    data = str(qr_svg(url, title=f"扫码查看{name}")).encode("utf-8")
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, cached)
    return data


def write_all(
    site: Site,
    catalog: Catalog,
    site_dir: Path,
    *,
    site_url: str,
    doc_urls: list[str],
    qr_cache: Path | None = None,
) -> None:

    base = site_url.rstrip("/") + "/" if site_url else "/"
    tables = {
        "organizations": organization_rows(site, catalog, base),
        "projects": project_rows(catalog, base),
        "activities": activity_rows(catalog, base),
    }
    for name, rows in tables.items():
        _write(site_dir / "data" / f"{name}.json", json_bytes(rows))
        _write(site_dir / "data" / f"{name}.csv", csv_bytes(rows))
    write_schemas(config=site.config, directory=site_dir / "schema")
    areas = site.areas.areas  # district → street → community, for the submission form's cascade
    _write(site_dir / "data" / "areas.json", json_bytes(areas.model_dump() if areas else {}))
    _write(
        site_dir / "feed.xml",
        atom_feed(
            f"{site.config.site_name} · 最新活动", base + "feed.xml", base, catalog.activities, base
        ),
    )
    for org in catalog.orgs.values():
        _write(
            site_dir / org.ref.url / "qr.svg", qr_file(base + org.ref.url, org.ref.name, qr_cache)
        )
        _write(
            site_dir / org.ref.url / "feed.xml",
            atom_feed(
                f"{org.ref.name} · 活动",
                base + org.ref.url + "feed.xml",
                base + org.ref.url,
                org.activities,
                base,
            ),
        )
    urls: list[tuple[str, date | None]] = []
    for url in doc_urls:
        urls.append((base + url, None))
    for spec in catalog.pages:
        if spec.kind != "poster":
            urls.append((base + spec.url, spec.date))
    urls = sorted(set(urls), key=lambda item: item[0])
    for name, data in sitemap_files(urls, base).items():
        _write(site_dir / name, data)
    gz = site_dir / "sitemap.xml.gz"
    if gz.exists():
        gz.unlink()  # MkDocs' copy carries the build time; ours is deterministic and uncompressed
