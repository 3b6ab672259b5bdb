"""Walk a site repository: every record file read, parsed, validated and checked, into a Site."""

from __future__ import annotations

import functools
import re
from datetime import date
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from generator import progress
from generator.findings import Report
from generator.fingerprint import forget_known
from generator.input.config import load_config
from generator.input.recordcache import RecordCache, read_record
from generator.input.records import (
    REGISTER_FILES,
    Activity,
    AnnualReport,
    Areas,
    BureauYear,
    Organization,
    Project,
    Registers,
    known_keys,
)
from generator.media.inspected import Inspected
from generator.model import asof, checks, links, published
from generator.model.held import Held
from generator.model.load_calls import load_calls
from generator.model.load_policies import load_policies
from generator.model.load_registers import assemble
from generator.model.site import (
    RECORD_ID,
    AreaIndex,
    Entry,
    Listed,
    OrgFolder,
    Site,
    list_folder,
)
from generator.runtime import young_collections_only

ModelT = TypeVar("ModelT", bound=BaseModel)

ACTIVITY_STEM = re.compile(r"^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$")
YEAR_STEM = re.compile(r"^(19|20)\d{2}$")
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".svg"})
IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", "README.md"})
BUREAU_MAX_BYTES = 8 * 1024 * 1024
KNOWN_KEYS = known_keys()


def load_site(
    root: Path,
    report: Report,
    *,
    as_of: date | None = None,
    source_date_epoch: str | None = None,
    cache_dir: Path | None = None,
    changed: frozenset[str] | None = None,
) -> Site:
    """Read every record under root; findings go to the report, nothing raises on bad input.
    as_of and source_date_epoch feed the build's date (generator.model.asof). With a cache_dir,
    records whose text was read before come from there (generator.input.recordcache), and
    with `changed` (`gongshi serve`) folders the system said nothing of are taken as this
    process last read them (generator.model.held); the checks across records are made afresh."""
    with young_collections_only():
        return _load_site(
            root,
            report,
            as_of=as_of,
            source_date_epoch=source_date_epoch,
            cache_dir=cache_dir,
            changed=changed,
        )


def _load_site(
    root: Path,
    report: Report,
    *,
    as_of: date | None,
    source_date_epoch: str | None,
    cache_dir: Path | None,
    changed: frozenset[str] | None,
) -> Site:
    root = root.resolve()
    config = load_config(root, report)
    site = Site(root=root, config=config)
    forget_known()  # the records of an earlier reading in this process
    context = RecordCache(cache_dir, {"choices": config.choices()})
    site.areas = AreaIndex.of(load_areas(root, report))
    _load_bureau_years(site, report, context)
    _load_registers(site, report, context)
    load_policies(site, report, context)
    site.calls = load_calls(site, report, context.context)  # calls are few: never cached
    orgs_dir = root / "orgs"
    listing = list_folder(orgs_dir) if orgs_dir.is_dir() else []
    held = Held(root, context, changed)
    with progress.task("load", total=len(listing)) as shown:
        for item in listing:
            shown.advance()
            path = item.path
            if path.name in IGNORED_NAMES or path.name.startswith("."):
                continue
            rel = f"orgs/{path.name}"
            if not item.is_dir() or item.is_symlink():
                report.add(
                    "unexpected-file",
                    rel,
                    name=path.name,
                    hint_zh="orgs/ 下只放机构文件夹",
                    hint_en="orgs/ holds organization folders only",
                )
                continue
            read = functools.partial(_load_org, path, rel, report, context)
            site.orgs[path.name] = held.org(path.name, report, read)
    site.taken = held.keep()
    site.published = published.load_published(site, report)
    site.as_of, site.as_of_source = asof.resolve(
        site, given=as_of, source_date_epoch=source_date_epoch
    )
    site.records = context
    site.inspected = Inspected.open(cache_dir.parent / "inspected.json" if cache_dir else None)
    with progress.task("check"):
        site.links = links.resolve_links(site, report)
        checks.check_site(site, report)
    context.save()  # after the checks: the findings of a record's text alone are stored with it
    site.inspected.save()
    return site


def _validated(
    model: type[ModelT],
    path: Path | str,
    rel: str,
    report: Report,
    context: RecordCache,
    *,
    max_bytes: int | None = None,
    stem: str | None = None,
) -> Entry[ModelT]:
    """A record file read (path: a Path, or a listing's text with the name's stem given)."""
    report.files_checked += 1
    document, record, partial = read_record(
        model, path, rel, report, context, known_keys=KNOWN_KEYS, max_bytes=max_bytes
    )
    name = Path(path).stem if stem is None else stem
    return Entry(id=name, rel=rel, document=document, record=record, partial=partial)


def load_areas(root: Path, report: Report) -> Areas | None:
    """content/areas.yml read, validated and checked; None when the site has none."""
    path = root / "content" / "areas.yml"
    if not path.exists():
        return None
    entry = _validated(Areas, path, "content/areas.yml", report, RecordCache(None, {}))
    if entry.record and entry.document:
        checks.check_areas(entry.record, entry.document, report)
    return entry.record


def _load_bureau_years(site: Site, report: Report, context: RecordCache) -> None:
    folder = site.root / "content" / "annual"
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        rel = f"content/annual/{path.name}"
        if path.suffix == ".md" or path.name in IGNORED_NAMES:
            continue
        if path.name.endswith(published.SUFFIX):
            continue  # the year's published snapshot, read by published.load_published
        if path.suffix in (".yaml",) or path.suffix != ".yml" or not YEAR_STEM.match(path.stem):
            report.add(
                "bad-filename",
                rel,
                name=path.name,
                hint_zh="年度公示文件名为年份加 .yml，例如 2023.yml",
                hint_en="name it after the year, e.g. 2023.yml",
            )
            continue
        entry = _validated(BureauYear, path, rel, report, context, max_bytes=BUREAU_MAX_BYTES)
        if entry.record:
            site.bureau_years[int(path.stem)] = entry


def _load_registers(site: Site, report: Report, context: RecordCache) -> None:
    """content/registers/<name>.yml, one file a register, merged with the annual files' lists."""
    folder = site.root / "content" / "registers"
    files: dict[str, Entry[Registers]] = {}
    for item in list_folder(folder) if folder.is_dir() else []:
        path = item.path
        if path.name in IGNORED_NAMES or path.name.startswith("."):
            continue
        rel = f"content/registers/{path.name}"
        if item.is_symlink() or not item.is_file() or path.suffix != ".yml":
            _unexpected(report, rel, path.name)
            continue
        if path.stem not in REGISTER_FILES:
            report.add(
                "bad-filename",
                rel,
                name=path.name,
                hint_zh="登记册文件名只能是：" + "、".join(f"{n}.yml" for n in REGISTER_FILES),
                hint_en="a register file is one of: "
                + ", ".join(f"{n}.yml" for n in REGISTER_FILES),
            )
            continue
        files[path.stem] = _validated(
            Registers, path, rel, report, context, max_bytes=BUREAU_MAX_BYTES
        )
    site.registers = assemble(files, site.bureau_years, report)


def _load_org(folder: Path, rel: str, report: Report, context: RecordCache) -> OrgFolder:
    org = OrgFolder(id=folder.name, rel=rel, path=folder)
    if not RECORD_ID.match(folder.name) or len(folder.name) > 64:
        report.add(
            "bad-id",
            rel,
            value=folder.name,
            extra_zh="；请重命名文件夹",
            extra_en="; rename the folder",
        )
    listing = list_folder(folder)
    profile = next((item for item in listing if item.name == "org.yml"), None)
    if profile and profile.is_file() and not profile.is_symlink():
        org.profile = _validated(Organization, profile.path, f"{rel}/org.yml", report, context)
    else:
        report.add("missing-org-file", rel, org=folder.name)
    for item in listing:
        name = item.name
        if name == "org.yml" or name in IGNORED_NAMES:
            continue
        if item.is_symlink():
            report.add("path-outside", f"{rel}/{name}", value=name, folder=rel)
            continue
        if item.is_dir() and name in ("projects", "activities", "reports"):
            getattr(_OrgLoader(org, report, context), f"load_{name}")(item.path)
        elif item.is_file() and _suffix(name).lower() in IMAGE_SUFFIXES:
            continue  # logo and cover: checked against org.yml in checks
        else:
            _unexpected(report, f"{rel}/{name}", name)
    return org


class _OrgLoader:
    def __init__(self, org: OrgFolder, report: Report, context: RecordCache) -> None:
        self.org, self.report, self.context = org, report, context

    def load_projects(self, folder: Path) -> None:
        listing = list_folder(folder)
        names = {item.name: item for item in listing}
        for item in listing:
            name = item.name
            rel = f"{self.org.rel}/projects/{name}"
            if name in IGNORED_NAMES:
                continue
            if item.is_dir() and _exists(names, folder, f"{name}.yml"):
                continue  # the project's documents
            if not self._is_record(item, rel):
                continue
            stem = name[:-4]  # a record's name ends in .yml
            if not RECORD_ID.match(stem):
                self.report.add(
                    "bad-id",
                    rel,
                    value=stem,
                    extra_zh="；请重命名文件",
                    extra_en="; rename the file",
                )
                continue
            self.org.projects[stem] = _validated(
                Project, item.fspath, rel, self.report, self.context, stem=stem
            )

    def load_activities(self, folder: Path) -> None:
        listing = list_folder(folder)
        names = {item.name: item for item in listing}
        self.org.activity_folders = {item.name for item in listing if item.is_dir()}
        for item in listing:
            name = item.name
            rel = f"{self.org.rel}/activities/{name}"
            if name in IGNORED_NAMES:
                continue
            if item.is_dir() and not item.is_symlink():
                if not _exists(names, folder, f"{name}.yml"):
                    _unexpected(self.report, rel, name, folder=True)
                continue
            if not self._is_record(item, rel):
                continue
            stem = name[:-4]  # a record's name ends in .yml
            if not ACTIVITY_STEM.match(stem):
                self.report.add(
                    "bad-filename",
                    rel,
                    name=name,
                    hint_zh="活动文件名为“日期-英文短名.yml”，例如 2024-05-12-yiyuan.yml",
                    hint_en="name it DATE-slug.yml, e.g. 2024-05-12-yiyuan.yml",
                )
                continue
            self.org.activities[stem] = _validated(
                Activity, item.fspath, rel, self.report, self.context, stem=stem
            )

    def load_reports(self, folder: Path) -> None:
        for item in list_folder(folder):
            name = item.name
            rel = f"{self.org.rel}/reports/{name}"
            if name in IGNORED_NAMES or not self._is_record(item, rel):
                continue
            stem = name[:-4]  # a record's name ends in .yml
            if not YEAR_STEM.match(stem):
                self.report.add(
                    "bad-filename",
                    rel,
                    name=name,
                    hint_zh="年报文件名为年份加 .yml，例如 2023.yml",
                    hint_en="name it after the year, e.g. 2023.yml",
                )
                continue
            self.org.reports[int(stem)] = _validated(
                AnnualReport, item.fspath, rel, self.report, self.context, stem=stem
            )

    def _is_record(self, item: Listed, rel: str) -> bool:
        if item.is_symlink():
            self.report.add("path-outside", rel, value=item.name, folder=self.org.rel)
            return False
        if item.is_file() and _suffix(item.name) == ".yml":
            return True
        _unexpected(self.report, rel, item.name)
        return False


def _suffix(name: str) -> str:  # Path(name).suffix, without making a Path
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _exists(names: dict[str, Listed], folder: Path, name: str) -> bool:
    """Path.exists() of a name in a listed folder (a link is followed, as exists() does)."""
    item = names.get(name)
    return item is not None and (not item.is_symlink() or (folder / name).exists())


def _unexpected(report: Report, rel: str, name: str, *, folder: bool = False) -> None:
    if name.endswith(".yaml"):
        hint_zh, hint_en = (
            f"扩展名请用 .yml：改名为 {name[:-5]}.yml",
            f"use the .yml extension: {name[:-5]}.yml",
        )
    elif folder:
        hint_zh = (
            "活动照片文件夹要与活动记录同名（如 2024-05-12-yiyuan/ 对应 2024-05-12-yiyuan.yml）"
        )
        hint_en = "a photo folder is named like its activity record"
    else:
        hint_zh, hint_en = (
            "记录文件用 .yml 扩展名，照片放进活动照片文件夹；不需要的文件请删除",
            "records end in .yml; remove stray files",
        )
    report.add("unexpected-file", rel, name=name, hint_zh=hint_zh, hint_en=hint_en)
