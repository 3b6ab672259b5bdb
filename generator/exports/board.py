"""The matchmaking board's open data and feed: data/needs.* and data/calls.* (JSON and CSV, with
their schemas), and board/feed.xml, an Atom feed of the open needs for funders and volunteer
centres — every date from the records, so identical inputs give identical files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.exports.feeds import xml_escape
from generator.exports.formats import csv_bytes, json_bytes
from generator.exports.opendata_columns import COLUMNS, write_table_schemas
from generator.model.site import Site
from generator.views.board import Board, NeedView

FEED_SIZE = 100


def need_rows(board: Board, base: str) -> list[dict[str, Any]]:
    return [
        {
            "org_id": n.project.org.id,
            "org_name": n.project.org.name,
            "project_id": n.project.id,
            "project_title": n.project.record.title,
            "kind": n.need.kind,
            "kind_label": n.kind_label,
            "summary": n.need.summary,
            "amount_cny": n.need.amount_cny,
            "funder": n.need.funder,
            "count": n.need.count,
            "skills": list(n.need.skills),
            "when": n.need.when,
            "posted_on": n.need.posted_on,
            "until": n.need.until,
            "met_on": n.need.met_on,
            "status": n.status,
            "status_on": n.status_on,
            "district": n.district,
            "fields": [link.title for link in n.fields],
            "service_targets": [link.title for link in n.targets],
            "url": f"{base}board/#{n.anchor}",
        }
        for n in board.needs
    ]


def call_rows(board: Board, base: str) -> list[dict[str, Any]]:
    return [
        {
            "id": c.id,
            "title": c.record.title,
            "kind": c.record.kind,
            "kind_label": c.kind_label,
            "issuer": c.record.issuer,
            "opens_on": c.record.opens_on,
            "deadline": c.record.deadline,
            "open": c.open,
            "budget_cny": c.record.budget_cny,
            "max_per_project_cny": c.record.max_per_project_cny,
            "projects_planned": c.record.projects_planned,
            "answers": [f"{p.org.id}/{p.id}" for p in c.answers],
            "url": f"{base}board/#{c.anchor}",
        }
        for c in board.calls
    ]


def board_feed(title: str, board: Board, base: str) -> bytes:
    """Atom: the open needs, newest posted first; the feed is as new as its newest need."""
    needs: list[NeedView] = board.open_needs[:FEED_SIZE]
    updated = max((n.need.posted_on for n in needs), default=None)
    self_url = base + "board/feed.xml"
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">',
        f"<title>{xml_escape(title)}</title>",
        f'<link rel="self" href="{xml_escape(self_url)}"/>',
        f'<link rel="alternate" type="text/html" href="{xml_escape(base + "board/")}"/>',
        f"<id>{xml_escape(self_url)}</id>",
        f"<updated>{(updated.isoformat() if updated else '2000-01-01')}T00:00:00Z</updated>",
    ]
    for n in needs:
        url = f"{base}board/#{n.anchor}"
        facts = [n.kind_label, n.need.summary]
        if n.need.amount_cny is not None:
            facts.append(f"{n.need.amount_cny} 元")
        if n.need.count is not None:
            facts.append(f"{n.need.count} 人")
        facts.append(f"截止 {n.need.until.isoformat()}")
        parts += [
            "<entry>",
            f"<title>{xml_escape(f'{n.kind_label}：{n.need.summary}')}</title>",
            f'<link rel="alternate" type="text/html" href="{xml_escape(base + n.project.url)}"/>',
            f"<id>{xml_escape(url)}</id>",
            f"<published>{n.need.posted_on.isoformat()}T00:00:00Z</published>",
            f"<updated>{n.need.posted_on.isoformat()}T00:00:00Z</updated>",
            f"<author><name>{xml_escape(n.project.org.name)}</name></author>",
            f'<category term="{xml_escape(n.need.kind)}" label="{xml_escape(n.kind_label)}"/>',
            f"<summary>{xml_escape('；'.join(facts) + '。项目：' + n.project.record.title)}</summary>",
            "</entry>",
        ]
    parts.append("</feed>")
    return ("\n".join(parts) + "\n").encode("utf-8")


def write_board(site: Site, board: Board | None, site_dir: Path, *, site_url: str) -> None:
    """data/needs.*, data/calls.*, their schemas, and board/feed.xml."""
    if board is None:
        return
    base = site_url.rstrip("/") + "/" if site_url else "/"
    tables = {"needs": need_rows(board, base), "calls": call_rows(board, base)}
    for name, rows in tables.items():
        csv_data = csv_bytes(rows, COLUMNS.get(name, ()))  # an empty table keeps its header
        for suffix, data in ((".json", json_bytes(rows)), (".csv", csv_data)):
            path = site_dir / "data" / f"{name}{suffix}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    write_table_schemas(tables, site_dir / "schema")
    feed = site_dir / "board" / "feed.xml"
    feed.parent.mkdir(parents=True, exist_ok=True)
    feed.write_bytes(board_feed(f"{site.config.site_name} · 项目对接", board, base))
