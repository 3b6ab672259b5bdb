"""How a build runs: one frozen BuildOptions, made by the CLI or the MkDocs plugin and passed down."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

CACHE_FOLDER = ".cache"


@dataclass(frozen=True)
class BuildOptions:
    """What a build may reuse, how much of the machine it may use, and the date it speaks for.
    Caches and workers never change what the site says; the date does, and only through what
    depends on it (registers, validities, deadlines)."""

    use_cache: bool = True  # photos, QR codes and search bundles from earlier builds
    cache_dir: Path | None = None  # default: <repository>/.cache
    workers: int | None = None  # processes that render pages and photos; default: the usable CPUs
    # the date the build speaks for (`--as-of`), and SOURCE_DATE_EPOCH as the caller found it
    # (read before the engine fixes it for MkDocs' own fields); see generator.model.asof
    as_of: date | None = None
    source_date_epoch: str | None = None
    # `gongshi serve`: the pages swapped in before their search bundles are made, which the
    # BuildResult's `later` then makes and puts in place (generator.search.later)
    search_later: bool = False
    # `gongshi serve`: the files the system said changed since the last build of this process
    # (generator.engine.watch.Touched); organizations' folders not among them are taken as that
    # build read them (generator.model.held). None: every folder is read.
    changed: frozenset[str] | None = None

    def cache_root(self, root: Path) -> Path:
        """The folder of every cache (images/, qr/, search/)."""
        return self.cache_dir if self.cache_dir is not None else root / CACHE_FOLDER

    def cache_of(self, root: Path, kind: str) -> Path | None:
        """The cache folder of one kind, or None when caches are not used."""
        return self.cache_root(root) / kind if self.use_cache else None
