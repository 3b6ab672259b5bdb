"""Atom feeds and the sitemap: the site's XML (written by generator.exports.opendata)."""

from __future__ import annotations

import re
from datetime import date
from xml.sax.saxutils import escape

from generator.exports.kept import Files, KeptExports, key_of
from generator.formatting import plain
from generator.views.record_views import ActivityView, OrgView

FEED_SIZE = 30


# what XML 1.0 cannot hold at all, even escaped (C0 controls but tab and line breaks, surrogates,
# U+FFFE and U+FFFF), and the controls it discourages (DEL and C1)
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_escape(text: str) -> str:
    """Text for an XML element or a double-quoted attribute, well-formed whatever it holds."""
    return escape(NOT_XML.sub("", text), {'"': "&quot;"})


def atom_feed(
    title: str,
    self_url: str,
    page_url: str,
    activities: list[ActivityView],
    base: str,
    *,
    empty_since: date,
) -> bytes:
    """An Atom feed of activities, newest first; a feed without entries is dated empty_since (the
    organization's registration or filing, else the build's date), never a made-up day."""
    updated = activities[0].record.date.isoformat() if activities else empty_since.isoformat()
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">',
        f"<title>{xml_escape(title)}</title>",
        f'<link rel="self" href="{xml_escape(self_url)}"/>',
        f'<link rel="alternate" type="text/html" href="{xml_escape(page_url)}"/>',
        f"<id>{xml_escape(self_url)}</id>",
        f"<updated>{updated}T00:00:00Z</updated>",
    ]
    once = list({activity.url: activity for activity in activities}.values())  # each activity once
    for activity in once[:FEED_SIZE]:
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


def org_feed(org: OrgView, base: str, as_of: date, kept: KeptExports) -> Files:
    """The organization's Atom feed, keyed by everything it shows (generator.exports.kept)."""
    title = f"{org.ref.name} · 活动"
    url = base + org.ref.url
    empty_since = org.record.registered_on or org.record.filed_on or as_of
    shown = [
        (a.url, a.record.title, a.record.date, a.record.description, a.org.name)
        for a in org.activities
    ]
    return kept.files(
        f"feed {org.ref.url}",
        key_of(title, url, base, empty_since, shown),
        (org.ref.url + "feed.xml",),
        lambda: {
            org.ref.url + "feed.xml": atom_feed(
                title, url + "feed.xml", url, org.activities, base, empty_since=empty_since
            )
        },
    )
