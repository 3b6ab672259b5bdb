"""Proof that a rebuild is the same site: random edits to a small site (records changed, added,
renamed and deleted, photos, settings, a theme override, the date the build speaks for), and
after each one the incremental build — into the previous output, with every cache of earlier
builds — is byte-identical to a clean build into a new folder with fresh caches (only the
content-keyed picture cache is shared, so that the test stays short).

The seeds are fixed so that a failure can be replayed; GONGSHI_PROPERTY_SEED=<n> tries another.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.engine import frame
from generator.input import recordcache
from generator.input.recordcache import forget_held
from generator.render import spare
from tests.conftest import REPO, SITES, build

EDITS_PER_SEED = 8
SEEDS = [int(os.environ.get("GONGSHI_PROPERTY_SEED", "0")) or 20261206, 7]


def _files(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


class Site:
    """A repository under edit, its incremental output, and clean builds to compare with."""

    def __init__(
        self, tmp: Path, source: Path, *, images: Path | None = None, workers: int = 1
    ) -> None:
        self.workers = workers
        self.repo = tmp / "repo"
        shutil.copytree(
            source,
            self.repo,
            ignore=shutil.ignore_patterns(".cache", ".git", "site", "tests", "generator", "bench"),
        )
        self.tmp, self.output, self.count = tmp, tmp / "out", 0
        self.images = images or self.repo / ".cache" / "images"
        if images is not None:
            images.mkdir(parents=True, exist_ok=True)
            (self.repo / ".cache").mkdir(exist_ok=True)
            (self.repo / ".cache" / "images").symlink_to(images)

    def check(self, what: str, changed: frozenset[str] | None = None) -> bool:
        """Incremental build == clean build, byte for byte (or both refuse the same input);
        whether the site was built. `changed`: the files the edit touched, told to the
        incremental build as `gongshi serve` tells them (the clean build then uses no cache at
        all, so that it leaves alone what this process holds of the reading before)."""
        self.count += 1
        if self.count % 2 and changed is None:  # as a new process: the chrome from the cache
            frame.SHELLS.clear()
        incremental = self.last = build(
            self.repo, self.output, workers=self.workers, changed=changed
        )
        clean_cache = self.tmp / f"clean-cache-{self.count}"
        clean_cache.mkdir()
        (clean_cache / "images").symlink_to(self.images.resolve())
        clean_output = self.tmp / f"clean-{self.count}"
        if changed is None:
            frame.SHELLS.clear()  # the clean build makes its chrome afresh, not this process's
        clean = build(
            self.repo,
            clean_output,
            workers=self.workers,
            cache_dir=clean_cache,
            use_cache=changed is None,
        )
        assert incremental.built == clean.built, what
        if clean.built:
            assert _files(self.output) == _files(clean_output), what
            shutil.rmtree(clean_output)
        _remove_settled(clean_cache)
        return clean.built


def _remove_settled(cache: Path, timeout: float = 60) -> None:
    """Delete a clean build's cache folder once the spare a process of its own makes there
    after the build (generator.render.spare) is ready: deleting under it races with it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(
        not (folder / spare.MANIFEST).exists() or (folder / spare.ALIVE).exists()
        for folder in (cache / "spare").glob(".*.spare-*")
    ):
        time.sleep(0.05)
    shutil.rmtree(cache, ignore_errors=True)  # a discarded spare may be deleting itself


def snapshot(repo: Path) -> dict[str, bytes]:
    """Every file of the repository (its caches aside) and what it holds."""
    return {
        path.relative_to(repo).as_posix(): path.read_bytes()
        for path in repo.rglob("*")
        if path.is_file() and ".cache" not in path.parts
    }


def changed_since(before: dict[str, bytes], repo: Path) -> frozenset[str]:
    """The files added, removed or changed since `before` (what the system's notices name)."""
    now = snapshot(repo)
    return frozenset(str(repo / rel) for rel in set(before) ^ set(now) | {
        rel for rel in set(before) & set(now) if before[rel] != now[rel]
    })  # fmt: skip


# -- edits: each changes the repository a little and says what it did ---------------------------


def _yml(site: Site, pattern: str) -> list[Path]:
    return sorted(site.repo.glob(pattern))


def change_text(site: Site, rng: random.Random) -> str:
    path = rng.choice(_yml(site, "orgs/*/org.yml"))
    text = path.read_text(encoding="utf-8")
    word = rng.choice(["邻里", "关爱", "温暖", "互助"])
    path.write_text(re.sub(r"^(purpose: .*?)$", rf"\1{word}", text, count=1, flags=re.M), "utf-8")
    return f"purpose of {path.parent.name}"


def change_number(site: Site, rng: random.Random) -> str:
    path = rng.choice(_yml(site, "orgs/*/activities/*.yml"))
    text = path.read_text(encoding="utf-8")
    value = rng.randint(1, 500)
    path.write_text(re.sub(r"^participants: .*$", f"participants: {value}", text, flags=re.M))
    return f"participants of {path.name}: {value}"


def add_activity(site: Site, rng: random.Random) -> str:
    source = rng.choice(_yml(site, "orgs/*/activities/*.yml"))
    day = f"2024-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
    target = source.parent / f"{day}-xin{rng.randint(1, 99)}.yml"
    text = re.sub(r"^date: .*$", f"date: {day}", source.read_text(encoding="utf-8"), flags=re.M)
    text = re.sub(r"^(cover|photos):[\s\S]*?(?=^\S|\Z)", "", text, flags=re.M)  # no photos
    target.write_text(re.sub(r"^title: (.*)$", r"title: \1（又一次）", text, flags=re.M), "utf-8")
    return f"added {target.name}"


def rename_activity(site: Site, rng: random.Random) -> str:
    source = rng.choice(_yml(site, "orgs/*/activities/*.yml"))
    stem = source.stem
    new = f"{stem[:10]}-gaiming{rng.randint(1, 99)}"
    source.rename(source.with_name(f"{new}.yml"))
    photos = source.with_suffix("")
    if photos.is_dir():
        photos.rename(photos.with_name(new))
    return f"renamed {stem} to {new}"


def delete_activity(site: Site, rng: random.Random) -> str:
    activities = _yml(site, "orgs/*/activities/*.yml")
    if len(activities) < 2:
        return add_activity(site, rng)
    path = rng.choice(activities)
    path.unlink()
    shutil.rmtree(path.with_suffix(""), ignore_errors=True)
    return f"deleted {path.name}"


def swap_photos(site: Site, rng: random.Random) -> str:
    folders = [p for p in site.repo.glob("orgs/*/activities/*") if p.is_dir()]
    if not folders:
        return change_text(site, rng)
    photos = sorted(rng.choice(folders).glob("*.jpg"))
    if len(photos) < 2:
        return change_text(site, rng)
    first, second = photos[0].read_bytes(), photos[1].read_bytes()
    photos[0].write_bytes(second)
    photos[1].write_bytes(first)
    return f"swapped the photos {photos[0].name} and {photos[1].name}"


def change_settings(site: Site, rng: random.Random) -> str:
    path = site.repo / "site_config.yml"
    text = path.read_text(encoding="utf-8")
    name = rng.choice(["测试站点", "测试市社会组织公示", "公示平台"])
    path.write_text(re.sub(r"^site_name: .*$", f"site_name: {name}", text, flags=re.M), "utf-8")
    return f"site_name: {name}"


def change_date(site: Site, rng: random.Random) -> str:
    path = site.repo / "site_config.yml"
    text = path.read_text(encoding="utf-8")
    day = rng.choice(["2024-12-31", "2025-07-01", "2026-03-01", "2024-06-01"])
    path.write_text(re.sub(r'today: ".*"', f'today: "{day}"', text), "utf-8")
    return f"today: {day}"


def change_content_page(site: Site, rng: random.Random) -> str:
    path = site.repo / "content" / "index.md"
    path.write_text(path.read_text(encoding="utf-8") + f"\n更新 {rng.randint(1, 9)}。\n", "utf-8")
    return "content/index.md"


def override_template(site: Site, rng: random.Random) -> str:
    """A theme override: the site's own copy of a gongshi template, then a change to it."""
    config = site.repo / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    if "custom_dir" not in text:
        config.write_text(
            text.replace("  name: material\n", "  name: material\n  custom_dir: theme\n")
        )
    target = site.repo / "theme" / "gongshi" / "body" / "activity.html"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "generator" / "templates" / "gongshi" / "body" / "activity.html", target)
    mark = f"<!-- 本站 {rng.randint(1, 99)} -->"
    target.write_text(target.read_text(encoding="utf-8") + mark + "\n", "utf-8")
    return f"theme override {mark}"


def add_org(site: Site, rng: random.Random) -> str:
    """A new group (培育中) that validates, half the time joining the federation: both records
    then name each other, so another organization's pages change too."""
    number = rng.randint(1, 999)
    target = site.repo / "orgs" / f"xin-{number}"
    if target.exists():
        return change_text(site, rng)
    lines = [
        f"name: 翠湖第{number}邻里互助小组",
        "status: pending",
        "founded: 2024-05",
        "category: 居民互助类",
        "fields: [邻里互助]",
        "service_targets: [全体居民]",
        "purpose: 楼里的邻居互相帮忙，照看老人和孩子。",
        "area: {district: 青山区, street: 湖滨街道, community: 柳岸社区}",
        f"maintainers: [xin-{number}-team]",
    ]
    federation = site.repo / "orgs" / "yangguang" / "org.yml"
    text = federation.read_text(encoding="utf-8")
    joins = rng.random() < 0.5 and re.search(r"^members: \[(.*)\]$", text, flags=re.M)
    if joins:
        lines.append("member_of: [yangguang]")
        federation.write_text(
            re.sub(r"^members: \[(.*)\]$", rf"members: [\1, xin-{number}]", text, flags=re.M),
            encoding="utf-8",
        )
    target.mkdir()
    (target / "org.yml").write_text("\n".join(lines) + "\n", "utf-8")
    return f"added {target.name}" + (", a member of yangguang" if joins else "")


# -- edits in one folder that change another organization's pages -----------------------------


def _set_line(path: Path, key: str, value: str) -> None:
    """Set a top-level `key: value` line of a record (added at its end when missing)."""
    text = path.read_text(encoding="utf-8")
    line = f"{key}: {value}"
    if re.search(rf"^{key}:", text, flags=re.M):
        text = re.sub(rf"^{key}:.*$", line, text, count=1, flags=re.M)
    else:
        text = text.rstrip("\n") + f"\n{line}\n"
    path.write_text(text, encoding="utf-8")


def co_organize(site: Site, rng: random.Random) -> str:
    """One side of co-organizing, in one folder: the lead's activity names another organization,
    or the other organization confirms (or withdraws from) an activity it was named in. Once both
    sides agree, the activity is on the other's page and in its count: a change in one folder
    alters another's pages."""
    activities = _yml(site, "orgs/*/activities/*.yml")
    orgs = [p.parent.name for p in _yml(site, "orgs/*/org.yml")]
    activity = rng.choice(activities)
    lead = activity.parent.parent.name
    others = [org for org in orgs if org != lead]
    if not others:
        return change_text(site, rng)
    other = rng.choice(others)
    if rng.random() < 0.5:
        names = rng.choice([f"[{other}]", "[]"])
        _set_line(activity, "co_organizers", names)
        return f"{lead}/{activity.stem} co-organized with {names}"
    joined = rng.choice([f'["{lead}/{activity.stem}"]', "[]"])
    _set_line(site.repo / "orgs" / other / "org.yml", "joined", joined)
    return f"{other} joined {joined}"


def rename_org(site: Site, rng: random.Random) -> str:
    """An organization's name, shown on the pages of those it is linked to."""
    path = rng.choice(_yml(site, "orgs/*/org.yml"))
    name = f"{rng.choice(['翠湖', '荷塘', '石桥'])}第{rng.randint(1, 999)}号邻里服务队"
    _set_line(path, "name", name)
    return f"{path.parent.name} renamed {name}"


def change_register(site: Site, rng: random.Random) -> str:
    """The bureau's grades register: an organization's grade, on its pages and in the lists."""
    path = site.repo / "content" / "registers" / "grades.yml"
    org = rng.choice([p.parent.name for p in _yml(site, "orgs/*/org.yml")])
    grade = rng.choice(["3A", "4A", "5A"])
    path.write_text(
        "grades:\n"
        f"  - {{org: {org}, grade: {grade}, awarded_on: 2023-06-01, valid_until: 2028-05-31,"
        " authority: 测试市民政局}\n",
        encoding="utf-8",
    )
    return f"grade of {org}: {grade}"


EDITS: list[Callable[[Site, random.Random], str]] = [
    change_text,
    change_number,
    add_activity,
    rename_activity,
    delete_activity,
    swap_photos,
    change_settings,
    change_date,
    change_content_page,
    override_template,
    add_org,
    co_organize,
    rename_org,
    change_register,
]


@pytest.mark.parametrize("seed", SEEDS)
def test_incremental_build_equals_clean_build(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    site = Site(tmp_path, SITES / "minimal")
    site.check("the first build")
    site.check("a rebuild with no change")
    done = []
    for _ in range(EDITS_PER_SEED):
        done.append(rng.choice(EDITS)(site, rng))
        site.check(f"seed {seed}, after: {'; '.join(done)}")


def _served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Site, Path]:
    """A copy of the minimal site built once, as `gongshi serve` builds it first, every file held
    once read; and its resolved path (the paths the system names)."""
    monkeypatch.setattr(recordcache, "SETTLED", -1.0)
    forget_held()
    site = Site(tmp_path, SITES / "minimal")
    site.check("the first build")
    return site, site.repo.resolve()


CROSS = [co_organize, rename_org, change_register, add_org, change_text, add_activity]


@pytest.mark.parametrize("seed", [2, 9])
def test_a_rebuild_told_what_changed_equals_a_clean_build_across_organizations(
    tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`gongshi serve`'s rebuild, told which files a save changed (the folders it was told
    nothing of taken as the reading before made them), after edits in one folder that change
    another organization's pages: co-organizing declared or confirmed on one side, a name
    shown on linked organizations' pages, the bureau's grades."""
    rng = random.Random(seed)
    site, repo = _served(tmp_path, monkeypatch)
    taken, done = 0, []
    for _ in range(EDITS_PER_SEED):
        before = snapshot(repo)
        done.append(rng.choice(CROSS)(site, rng))
        site.check(f"seed {seed}, told, after: {'; '.join(done)}", changed_since(before, repo))
        taken += site.last.stats.get("folders_taken", 0)
    assert taken > 0, "the rebuilds read every folder: the told reading was not exercised"


def test_a_save_in_one_folder_changes_the_pages_of_the_organization_it_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Co-organizing agreed on both sides puts the lead's activity on the other organization's
    page; then a save in the lead's folder alone (told as `gongshi serve` tells it) retitles or
    withdraws it there too, as a clean build shows it."""
    site, repo = _served(tmp_path, monkeypatch)
    activity = repo / "orgs" / "yangguang" / "activities" / "2024-05-12-yiyuan.yml"
    other = repo / "orgs" / "shiqiao-huzhu" / "org.yml"
    page = site.output / "orgs" / "shiqiao-huzhu" / "index.html"

    def save(path: Path, key: str, value: str) -> None:
        before = snapshot(repo)
        _set_line(path, key, value)
        assert site.check(f"{path.name}: {key}: {value}", changed_since(before, repo))

    save(activity, "co_organizers", "[shiqiao-huzhu]")
    assert "五月义诊进社区" not in page.read_text("utf-8")  # declared by the lead alone
    save(other, "joined", '["yangguang/2024-05-12-yiyuan"]')
    assert "五月义诊进社区" in page.read_text("utf-8")
    save(activity, "title", "五月义诊和量血压")  # yangguang's folder only
    assert "五月义诊和量血压" in page.read_text("utf-8")
    assert site.last.stats["folders_taken"] == 1  # shiqiao-huzhu's, as the reading before made it
    save(activity, "co_organizers", "[]")
    assert "五月义诊和量血压" not in page.read_text("utf-8")


@pytest.mark.parametrize("seed", [1, 4])  # 1: a group of its own; 4: one joining the federation
def test_an_added_organization_is_built_like_any_other(tmp_path: Path, seed: int) -> None:
    site = Site(tmp_path, SITES / "minimal")
    site.check("the first build")
    what = add_org(site, random.Random(seed))
    assert site.check(what), f"{what}: the site should still build"
    assert ("member" in what) == (seed == 4), what
    assert (site.output / "orgs" / what.split()[1].rstrip(",") / "index.html").is_file()


def test_incremental_build_of_the_example_equals_clean_build(tmp_path: Path) -> None:
    rng = random.Random(3)
    site = Site(tmp_path, REPO, images=REPO / ".cache" / "images", workers=2)
    site.check("the example, first build")
    again = build(site.repo, site.output, workers=2)  # two workers, pages in no fixed order
    assert again.stats["pages_kept"] == again.stats["pages"], "nothing changed, nothing rendered"
    what = change_text(site, rng)
    org = what.rsplit(" ", 1)[1]
    own = sum(1 for _ in (site.output / "orgs" / org).rglob("index.html"))
    site.check(f"the example, after {what}")
    rendered = site.last.stats["pages"] - site.last.stats["pages_kept"]
    assert 0 < rendered <= own, f"{what}: {rendered} pages rendered, {own} of its own"
    for edit in (change_number, rename_activity):
        site.check(f"the example, after {edit(site, rng)}")


def _restored(output: Path) -> None:
    """The output as a CI cache gives it back: the same files, each one new (other inodes)."""
    copy = output.with_name(output.name + "-restored")
    shutil.copytree(output, copy)  # times kept, inodes new
    shutil.rmtree(output)
    copy.rename(output)


def test_an_output_restored_from_a_cache_is_reused_by_content(tmp_path: Path) -> None:
    """In CI the previous output comes back from a cache (files with other inodes): a page is
    kept when its content still has the hash the manifest records, and a page whose file was
    altered is rendered again; either way the site equals a clean build."""
    site = Site(tmp_path, SITES / "minimal")
    site.check("the first build")
    _restored(site.output)
    again = build(site.repo, site.output)
    assert again.stats["pages_kept"] == again.stats["pages"] > 0
    _restored(site.output)
    page = site.output / "orgs/yangguang/index.html"
    page.write_bytes(page.read_bytes().replace("阳光".encode(), "月光".encode()))  # same size
    site.check("a restored output with one page altered")
    assert page.read_bytes().count("阳光".encode()) > 0


def _fingerprints(cache: Path) -> dict[str, str]:
    """Every page's fingerprint in the manifests of a repository's cache (record and content
    pages)."""
    found: dict[str, str] = {}
    for manifest in [*(cache / "pages").glob("*.json"), *(cache / "content").glob("*.json")]:
        stored = json.loads(manifest.read_text(encoding="utf-8"))
        for entries in (v for v in stored.values() if isinstance(v, dict)):
            found |= {
                f"{manifest.parent.name} {url}": entry[0]
                for url, entry in entries.items()
                if isinstance(entry, list)  # not the content pages' cached HTML (rendered.json)
            }
    return found


def test_fingerprints_are_the_same_in_another_process(tmp_path: Path) -> None:
    """A page's fingerprint depends on its data alone, not on the process that made it: text
    hashed in another order (another PYTHONHASHSEED) leaves every page of the example with the
    fingerprint it had, so a new command renders none of them again."""
    site = Site(tmp_path, REPO, images=REPO / ".cache" / "images")
    command = [sys.executable, "-m", "generator", "-C", str(site.repo), "build"]
    made = []
    for seed in ("1", "2"):
        subprocess.run(
            [*command, "--workers", "1", "--as-of", "2026-12-06", "--output", str(site.output)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
            capture_output=True,
        )
        made.append(_fingerprints(site.repo / ".cache"))
    assert len(made[0]) > 600
    assert made[0] == made[1]
