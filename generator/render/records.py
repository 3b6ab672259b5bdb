"""Record pages written across the CPU cores, batch by batch, through a page frame.

The frame (the site's chrome: header, navigation, footer) comes from the engine; this module
knows nothing of MkDocs. Pages are rendered bundle by bundle of the search index, so that a
bundle can be indexed while the next one renders; what a page contributes to the index (its
words) is made here, in the rendering processes, by a function the pipeline hands in.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from generator import progress, runtime
from generator.fingerprint import content_hash
from generator.render.reuse import Made, Reuse
from generator.views.pages import PageSpec

# pages fewer than this are rendered by this process: forking costs more than it saves
FORK_FROM_PAGES = 200


class PageFrame(Protocol):
    """What rendering a record page needs of the engine: the chrome, ready before forking."""

    site_dir: Path

    def prepare(self, specs: Sequence[PageSpec]) -> None:
        """Make everything the pages share (before the workers are forked)."""

    def render(self, spec: PageSpec) -> tuple[str, str | None]:
        """(the whole page, its body alone when the chrome came from the cache)."""

    def fingerprint(self) -> str:
        """A hash of everything a page takes from the frame rather than from its spec: the
        engine's templates and settings, the navigation, the values every page may read."""


WordsOf = Callable[[PageSpec, str, "str | None"], "str | None"]


@dataclass
class Batch:
    """Pages rendered together; `done` gets their words (url → words) once all of them are
    written (a search bundle is indexed while the next batch renders)."""

    specs: list[PageSpec]
    done: Callable[[dict[str, str]], None] | None = None


@dataclass
class _Writer:
    """One process's view of the work: the frame, where pages go, how words are made."""

    frame: PageFrame
    words_of: WordsOf
    folders: set[Path]
    reuse: Reuse | None = None
    made: Made = field(default_factory=dict)  # what this process wrote since it was asked
    keeping: bool = False  # each page linked from the previous output when it may be kept

    def keep_or_write(self, spec: PageSpec) -> tuple[int, str | None]:
        """Link the page from the previous output when its fingerprint did not change (with
        `keeping`), else write it; its size and its search words."""
        kept = self.keep(spec) if self.keeping else None
        return kept if kept is not None else self.write(spec)

    def keep(self, spec: PageSpec) -> tuple[int, str | None] | None:
        """Link the page from the previous output when its fingerprint did not change; its size
        and its search words, or None (its fingerprint then noted for the page to be written)."""
        reuse = self.reuse
        if reuse is None:
            return None
        fingerprint = reuse.fingerprint(spec)
        if fingerprint is None:
            return None
        target = self.frame.site_dir / spec.url / "index.html"
        kept = reuse.take(spec.url, fingerprint, target, self.folders)
        if kept is None:
            reuse.fingerprints[spec.url] = fingerprint
            return None
        self.made[spec.url] = kept
        return kept[2], kept[4]

    def write(self, spec: PageSpec) -> tuple[int, str | None]:
        """Write one page; its size and its search words (None for unsearched kinds)."""
        target = self.frame.site_dir / spec.url / "index.html"
        fingerprint = self.reuse.fingerprints.get(spec.url) if self.reuse else None
        html, body = self.frame.render(spec)
        made = self.words_of(spec, html, body)
        data = html.encode("utf-8")
        if self.reuse is not None:
            self.reuse.release(target)  # a spare's page: a new file, not written into
        folder = target.parent
        if folder not in self.folders:
            folder.mkdir(parents=True, exist_ok=True)
            self.folders.add(folder)
        target.write_bytes(data)
        if fingerprint is not None:  # the manifest entry: what the file is, as written
            info = os.stat(target)
            self.made[spec.url] = [
                fingerprint,
                info.st_ino,
                info.st_size,
                info.st_mtime_ns,
                made,
                content_hash(data),
            ]
        return len(data), made

    def write_all(self, specs: list[PageSpec]) -> tuple[int, int, dict[str, str], Made]:
        size = 0
        words: dict[str, str] = {}
        self.made = {}
        for spec in specs:
            written, made = self.keep_or_write(spec)
            size += written
            if made is not None:
                words[spec.url] = made
        return len(specs), size, words, self.made


def _render_share(
    inherited: tuple[_Writer, list[tuple[int, list[PageSpec]]]], index: int
) -> tuple[int, int, int, dict[str, str], Made, list[str]]:
    """Worker: (share, pages, bytes, words, manifest entries, pages kept as they were) of one
    share of the pages. What the parent has already is not sent back (at 2,000 organizations
    the pages' words are 19 MB): a page kept with the entry the previous manifest gives it is
    sent as its address alone, and a page's words only when no entry carries them."""
    writer, shares = inherited
    count, size, words, made = writer.write_all(shares[index][1])
    old = writer.reuse.old if writer.reuse is not None else {}
    same = [url for url, entry in made.items() if old.get(url) == entry]
    for url in same:
        del made[url]
    carried = set(same).union(made)
    alone = {url: text for url, text in words.items() if url not in carried}
    return index, count, size, alone, made, same


def _received(
    writer: _Writer, words: dict[str, str], made: Made, same: list[str]
) -> tuple[dict[str, str], Made]:
    """A share's words and manifest entries, whole again (see _render_share)."""
    old = writer.reuse.old if writer.reuse is not None else {}
    for url in same:
        made[url] = old[url]
    carried = {url: entry[4] for url, entry in made.items() if entry[4] is not None}
    return {**carried, **words}, made


def shares_of(batches: list[Batch], workers: int) -> list[tuple[int, list[PageSpec]]]:
    """Each batch in consecutive slices, in order: many small shares rather than one a worker,
    so that a worker that gets less of the cores (the parent's `meanwhile`, Pagefind, other
    programs) does fewer of them instead of being waited for at the end."""
    total = sum(len(batch.specs) for batch in batches) or 1
    shares = []
    for number, batch in enumerate(batches):
        if not batch.specs:
            continue
        count = max(1, round(workers * 8 * len(batch.specs) / total))
        size = -(-len(batch.specs) // count)
        shares += [(number, batch.specs[i : i + size]) for i in range(0, len(batch.specs), size)]
    return shares


def render_pages(
    frame: PageFrame,
    batches: list[Batch],
    *,
    workers: int,
    words_of: WordsOf,
    meanwhile: Callable[[], None] | None = None,
    reuse: Reuse | None = None,
) -> tuple[int, int, Made]:
    """Render the batches in order across the cores (fork once the frame is ready);
    (pages, bytes, each page's fingerprint and words). `meanwhile` runs in a thread of this
    process while the forked workers render (it must not write what they write); each batch's
    `done` is called here as it completes. With `reuse`, a page whose fingerprint did not change
    is linked from the previous output instead of rendered."""
    total = sum(len(batch.specs) for batch in batches)
    writer = _Writer(frame, words_of, set(), reuse)
    with progress.task("pages", total=total) as shown:
        # the frame is made from every page, rendered or kept: the same chrome either way
        specs = [spec for batch in batches for spec in batch.specs]
        frame.prepare(specs)
        count = size = 0
        made: Made = {}
        if reuse is not None and _forks(workers, specs):
            writer.keeping = True  # each worker keeps or renders its share, beside `meanwhile`
        elif reuse is not None:  # kept pages linked here: only the others are rendered
            batches, count, size, made = _keep(writer, batches)
            shown.advance(count)
            specs = [spec for batch in batches for spec in batch.specs]
        rendered, written, fingerprints = _render(writer, batches, specs, workers, meanwhile, shown)
        made.update(fingerprints)
        return count + rendered, size + written, made


def _forks(workers: int, specs: list[PageSpec]) -> bool:
    """Whether the pages are shared among forked workers (forking costs more than a few pages)."""
    return workers > 1 and len(specs) >= FORK_FROM_PAGES and runtime.can_fork()


def _keep(writer: _Writer, batches: list[Batch]) -> tuple[list[Batch], int, int, Made]:
    """Link every page whose fingerprint did not change from the previous output; the batches
    of the pages left to render (each `done` gets the kept pages' words too), and the count,
    bytes and fingerprints of the kept ones."""
    left: list[Batch] = []
    count = size = 0
    writer.made = {}
    for batch in batches:
        rest: list[PageSpec] = []
        words: dict[str, str] = {}
        for spec in batch.specs:
            kept = writer.keep(spec)
            if kept is None:
                rest.append(spec)
                continue
            count, size = count + 1, size + kept[0]
            if kept[1] is not None:
                words[spec.url] = kept[1]
        left.append(Batch(rest, _with_words(batch.done, words)))
    return left, count, size, writer.made


def _with_words(
    done: Callable[[dict[str, str]], None] | None, kept: dict[str, str]
) -> Callable[[dict[str, str]], None] | None:
    if done is None or not kept:
        return done
    return lambda words: done({**kept, **words})


def _render(
    writer: _Writer,
    batches: list[Batch],
    specs: list[PageSpec],
    workers: int,
    meanwhile: Callable[[], None] | None,
    shown: progress.Task,
) -> tuple[int, int, Made]:
    made: Made = {}
    if not _forks(workers, specs):
        count = size = 0
        for batch in batches:
            pages, written, words, fingerprints = writer.write_all(batch.specs)
            made.update(fingerprints)
            count, size = count + pages, size + written
            shown.advance(pages)
            if batch.done is not None:
                batch.done(words)
        if meanwhile is not None:
            meanwhile()
        return count, size, made
    shares = shares_of(batches, workers)
    left = [0] * len(batches)
    for number, _ in shares:
        left[number] += 1
    words_of_batch: list[dict[str, str]] = [{} for _ in batches]
    for number, batch in enumerate(batches):
        if not left[number] and batch.done is not None:
            batch.done({})
    count = size = 0
    failure: list[BaseException] = []

    def side() -> None:
        try:
            if meanwhile is not None:
                meanwhile()
        except BaseException as error:  # raised in the calling thread, after the workers
            failure.append(error)

    # the workers inherit the frame and the site through the fork, never pickled
    with runtime.forked_map(
        _render_share, len(shares), workers=workers, inherited=(writer, shares)
    ) as results:
        # started after the fork: no thread of this process is copied into a worker
        thread = threading.Thread(target=side, name="gongshi-meanwhile")
        thread.start()
        try:
            for index, pages, written, alone, sent, same in results:
                words, fingerprints = _received(writer, alone, sent, same)
                made.update(fingerprints)
                count, size = count + pages, size + written
                shown.advance(pages)
                number = shares[index][0]
                words_of_batch[number].update(words)
                left[number] -= 1
                if not left[number] and batches[number].done is not None:
                    batches[number].done(words_of_batch[number])
        finally:
            thread.join()
    if failure:
        raise failure[0]
    return count, size, made
