"""Benchmark: a whole city — cold build, warm rebuild, validate, memory and output, per stage.

    .venv/bin/python bench/city.py [--orgs 1000 3000 10000] [--runs 3] [--photos 0.005]

For each N, writes a synthetic repository with `gongshi demo --orgs N` (districts and streets of
uneven size, a long tail of activities, annual reports) with a FRACTION of a city's photos
(a city has about two per activity; --photos 0.005 draws one in 200 of them, phone-size JPEGs),
then per run:

- cold: `build()` with an empty image cache and no previous output, in a subprocess measured by
  GNU time (peak RSS); each stage's seconds come from the build result's timings;
- warm: one organization's org.yml edited, `build()` again with the caches kept;
- validate: `gongshi -C REPO validate`.

Prints medians of the runs: seconds per stage, cost per item (per record — organization,
project, activity, report — and per megapixel for the photo stages), output bytes by kind, peak
RSS; the cold photo time of the whole city, extrapolated from the measured megapixels per second;
and, across the sizes, the ratio of each stage's cost per item at the largest N to the smallest
(linear when near 1; target within 20 %).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VENV = Path(sys.executable).parent
PHOTOS_PER_ACTIVITY = 2.0  # a city: ~50,000 activities, ~100,000 photos
PHOTO_STAGES = ("images", "media")


def _child(repo: str, out: str, result_file: str) -> int:
    """In the measured subprocess: one build, its timings and stats written as JSON."""
    from generator.engine.mkdocs import build  # the pipeline with its engine, as the command

    result = build(Path(repo), Path(out))
    stats = {k: v for k, v in result.stats.items() if isinstance(v, (int, float, str))}
    Path(result_file).write_text(
        json.dumps(
            {
                "built": result.built,
                "errors": [f.as_text(lang="en") for f in result.report.errors[:5]],
                "timings": result.timings,
                "stats": stats,
            }
        ),
        encoding="utf-8",
    )
    return 0 if result.built else 1


def _timed(command: list[str]) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in MB, stdout) of a command under GNU time."""
    handle, timing = tempfile.mkstemp(suffix=".time")
    os.close(handle)
    started = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "-o", timing, *command],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    rss = int(Path(timing).read_text().strip().splitlines()[-1]) // 1024
    os.unlink(timing)
    if done.returncode not in (0,):
        raise SystemExit(
            f"{' '.join(command)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        )
    return wall, rss, done.stdout


def _build(repo: Path, out: Path) -> dict:
    handle, result_file = tempfile.mkstemp(suffix=".json")
    os.close(handle)
    wall, rss, _ = _timed(
        [sys.executable, __file__, "--child-build", str(repo), str(out), result_file]
    )
    result = json.loads(Path(result_file).read_text(encoding="utf-8"))
    os.unlink(result_file)
    if not result["built"]:
        raise SystemExit(f"build failed: {result['errors']}")
    result["wall"], result["rss"] = wall, rss
    return result


def _bytes(out: Path) -> dict[str, int]:
    """Output bytes: record and index pages, photos, search index, open data, everything."""
    sizes: dict[str, int] = {"total": 0}
    for folder, _, files in os.walk(out):
        top = Path(folder).relative_to(out).parts[:1]
        for name in files:
            size = os.path.getsize(os.path.join(folder, name))
            sizes["total"] += size
            key = top[0] if top else "(root)"
            sizes[key] = sizes.get(key, 0) + size
    return sizes


def _edit_one_org(repo: Path, orgs: int, run: int) -> None:
    """Change one organization's slogan, as a maintainer's pull request would."""
    path = repo / "orgs" / f"org-{orgs // 2:05d}" / "org.yml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [
        f'  slogan: "邻里同心，第{run + 1}次修改"' if line.startswith("  slogan:") else line
        for line in lines
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def _spread(values: list[float]) -> float:
    middle = _median(values)
    return (max(values) - min(values)) / middle if middle else 0.0


def bench(orgs: int, runs: int, fraction: float, keep: bool) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"bench-city-{orgs}-"))
    repo, out = work / "repo", work / "site"
    started = time.perf_counter()
    _, _, printed = _timed(
        [str(VENV / "gongshi"), "demo", "--orgs", str(orgs), "-o", str(repo),
         "--photos", str(PHOTOS_PER_ACTIVITY * fraction)]
    )  # fmt: skip
    demo_seconds = time.perf_counter() - started
    counts = {
        key: int(value)
        for key, value in (
            part.strip().rsplit(" ", 1) for part in printed.split("—", 1)[1].strip().split("，")
        )
    }
    records = counts["orgs"] + counts["projects"] + counts["activities"] + counts["reports"]
    cold: list[dict] = []
    warm: list[dict] = []
    validate: list[float] = []
    sizes: dict[str, int] = {}
    for run in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(repo / ".cache", ignore_errors=True)
        cold.append(_build(repo, out))
        sizes = _bytes(out)
        _edit_one_org(repo, orgs, run)
        warm.append(_build(repo, out))
        wall, _, _ = _timed([str(VENV / "gongshi"), "-C", str(repo), "validate"])
        validate.append(wall)
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "orgs": orgs,
        "counts": counts,
        "records": records,
        "demo_s": demo_seconds,
        "cold": cold,
        "warm": warm,
        "validate": validate,
        "bytes": sizes,
        "work": str(work) if keep else "",
    }


def _stages(results: list[dict]) -> list[str]:
    names: list[str] = []
    for result in results:
        for build in result["cold"] + result["warm"]:
            names += [k for k in build["timings"] if k not in names and k != "total"]
    return names


def report(result: dict, fraction: float) -> dict[str, float]:
    """Print one size's table; return its per-item costs for the comparison across sizes."""
    counts, records = result["counts"], result["records"]
    megapixels = counts.get("megapixels", 0)
    stages = _stages([result])
    print(
        f"\n== {result['orgs']} organizations: {records} records ({counts['orgs']} orgs, "
        f"{counts['projects']} projects, {counts['activities']} activities, "
        f"{counts['reports']} reports), {counts['photos']} photos ({megapixels} MP; "
        f"--photos {fraction}); demo written in {result['demo_s']:.0f} s"
    )
    print(f"{'stage':<12} {'cold s':>8} {'warm s':>8} {'cold per item':>18} {'spread':>7}")
    costs: dict[str, float] = {}
    for build in result["cold"] + result["warm"]:
        timings = build["timings"]
        timings["no photos"] = timings["total"] - sum(timings.get(s, 0.0) for s in PHOTO_STAGES)
    for stage in [*stages, "total", "no photos"]:
        cold = [b["timings"].get(stage, 0.0) for b in result["cold"]]
        warm = [b["timings"].get(stage, 0.0) for b in result["warm"]]
        if stage in PHOTO_STAGES:
            per = 1000 * _median(cold) / megapixels if megapixels else 0.0
            unit = "ms/MP"
        else:
            per = 1000 * _median(cold) / records
            unit = "ms/record"
        costs[stage] = per
        print(
            f"{stage:<12} {_median(cold):>8.2f} {_median(warm):>8.2f} {per:>9.3f} {unit:<8} "
            f"{_spread(cold):>7.0%}"
        )
    validate = result["validate"]
    costs["validate"] = 1000 * _median(validate) / records
    print(
        f"{'validate':<12} {_median(validate):>8.2f} {'':>8} {costs['validate']:>9.3f} "
        f"{'ms/record':<8} {_spread(validate):>7.0%}   (gongshi validate, wall, process start included)"
    )
    rss_cold = _median([b["rss"] for b in result["cold"]])
    rss_warm = _median([b["rss"] for b in result["warm"]])
    print(f"peak RSS (largest process): cold {rss_cold:.0f} MB, warm {rss_warm:.0f} MB")
    sizes = result["bytes"]
    stats = result["cold"][-1]["stats"]
    parts = [("total", sizes["total"])]
    parts += [
        (key, stats[key]) for key in ("page_bytes", "media_bytes", "search_bytes") if key in stats
    ]
    parts += [("data/ (open data)", sizes.get("data", 0))]
    print("output: " + ", ".join(f"{name} {value / 1e6:.1f} MB" for name, value in parts)
          + f" ({sizes['total'] / records / 1024:.1f} KB per record)")  # fmt: skip
    images = _median([b["timings"].get("images", 0.0) for b in result["cold"]])
    if megapixels and images:
        rate = megapixels / images
        city_photos = PHOTOS_PER_ACTIVITY * counts["activities"]
        city_mp = city_photos * megapixels / counts["photos"]
        other = _median([b["timings"]["total"] - sum(b["timings"].get(s, 0.0) for s in PHOTO_STAGES)
                         for b in result["cold"]])  # fmt: skip
        media = _median([b["timings"].get("media", 0.0) for b in result["cold"]])
        photos_s = city_mp / rate + media * city_photos / counts["photos"]
        print(
            f"photos: {rate:.0f} MP/s measured on {counts['photos']} photos; a full city's "
            f"{city_photos:.0f} photos ({city_mp:.0f} MP) would take ~{photos_s:.0f} s cold "
            f"(the rest of the cold build: {other:.0f} s), then the cache makes them ~free"
        )
    return costs


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--child-build":
        return _child(*sys.argv[2:])
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--orgs", type=int, nargs="+", default=[1000, 3000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--photos",
        type=float,
        default=0.005,
        help="fraction of a city's photos to draw (default 0.005: one in 200)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the repositories and sites")
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f}; {args.runs} runs")
    all_costs = []
    for orgs in args.orgs:
        result = bench(orgs, args.runs, args.photos, args.keep)
        all_costs.append((orgs, report(result, args.photos)))
        if result["work"]:
            print(f"kept in {result['work']}")
        sys.stdout.flush()
    if len(all_costs) > 1:
        (small, first), (large, last) = all_costs[0], all_costs[-1]
        print(
            f"\ncost per item at {large} organizations / at {small} (1.00 = linear; target ≤ 1.20):"
        )
        print(
            "  "
            + ", ".join(
                f"{stage} {last[stage] / first[stage]:.2f}"
                for stage in first
                if first[stage] and last.get(stage)
            )
        )
    print(f"load average at the end: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
