"""A preview's search bundles made after its pages are served (`gongshi serve`).

Pagefind takes about 1.7 ms a page: on the example city, indexing again the one bundle that
holds a changed organization takes 0.6 s, a third of the rebuild. Someone previewing an edit
waits for the page, not for the search box. So with `BuildOptions.search_later` the bundles
are indexed into a folder of their own beside the output while the pages are swapped in; the
new output takes the live one's search folders as it is swapped in (generator.render.outputs.
swap, `carried`: whole and consistent, one save behind), and once the new bundles are made
they replace those folders in the output. A build meanwhile waits for them first (generator.
engine.preview). `gongshi build` never does this: the site it publishes is swapped in whole,
search included.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.render.outputs import rename
from generator.render.spare import remove_later
from generator.search.index import BUNDLE, PARTS, Indexer, IndexResult
from generator.search.vocabulary import write_vocabulary
from generator.views.catalog import Catalog

SEARCH_FOLDERS = (BUNDLE, PARTS)


@dataclass
class Later:
    """The search bundles of a build whose pages were swapped in before them."""

    indexer: Indexer  # its bundles handed over (being made in its threads)
    folder: Path  # the folder the indexer writes into, beside the output
    output: Path
    catalog: Catalog
    # what the next build starts from, written first (the page is served before: the
    # pipeline's manifest of the pages and the next spare)
    first: Callable[[], None] | None = None

    def finish(self) -> tuple[IndexResult, float]:
        """Write what the next build starts from, wait for the bundles, then put them in the
        output in place of the ones carried over; what was indexed, and the seconds waited."""
        started = time.perf_counter()
        try:
            if self.first is not None:
                self.first()
            indexed = self.indexer.finish()
            write_vocabulary(self.catalog, self.folder / BUNDLE)
            for name in SEARCH_FOLDERS:
                _replace(self.folder / name, self.output / name, self.folder / f"{name}-old")
        finally:
            self.indexer.close()
            remove_later(self.folder)
        return indexed, time.perf_counter() - started

    def abandon(self) -> None:
        """The build failed: bundles not started are dropped, the folder deleted."""
        self.indexer.close()
        with contextlib.suppress(OSError):
            shutil.rmtree(self.folder)


def _replace(new: Path, live: Path, old: Path) -> None:
    """The live folder moved aside and the new one put in its place; when the second rename
    fails (on Windows, a file of the folder open in the server), the live one is put back."""
    moved = live.exists()
    if moved:
        rename(live, old)
    try:
        if new.exists():
            rename(new, live)
    except OSError:
        if moved:
            rename(old, live)
        raise
