"""Content pages kept: the pages MkDocs renders (content/, the navigation's index pages, 404)
linked from the previous output when nothing they are made from changed, as record
pages are (generator.render.reuse).

MkDocs still reads every page of content/ (their titles and front matter make the navigation
every page shows, and the search index reads their summaries; its Markdown is converted only when
it changed: generator.engine.rendered); what is skipped is rendering a page through the theme and
writing it. A page's fingerprint is a hash of:

- the frame's (generator.engine.frame.MkDocsFrame.fingerprint: gongshi's code and templates,
  MkDocs' and Material's versions, site_config.yml, the theme overrides, the navigation, the
  values every template reads, the build date MkDocs' own fields show);
- every file of content/ (a page's text, its front matter, the glossary, the pages it links to:
  an edit anywhere in content/ renders them all again, which costs little);
- the page's own path and the data gongshi hands its template (the home page's view of the
  catalog and the build's date, a policy's, a year's, a directory's list).

A kept page is linked, not rendered: MkDocs is handed an empty template for it (and writes
nothing, as it does for any empty output), and the previous file is linked in its place. A
manifest in the cache folder, per output, records each page's fingerprint and the identity and
content hash of its file; it is data (JSON), checked on reading, and a file that is not the one
it describes is kept only when its content still has the recorded hash.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from generator.fingerprint import (
    content_hash,
    manifest_path,
    read_manifest,
    stamped,
    still_written,
    write_manifest,
)

FORMAT = 1
KEPT_TEMPLATE = "gongshi/kept.html"  # renders nothing: MkDocs then writes nothing
# MkDocs' theme pages that may be kept: the 404 page. Not its sitemap: the exports write their
# own sitemap.xml over it (generator.exports.opendata), and a kept file is a link to the previous
# output's, which a write in place would change under the site being served.
THEME_FILES = {"404.html": ("404.html",)}


@dataclass
class KeptPages:
    """The previous output's content pages, and which of them this build keeps."""

    output: Path
    manifest: Path
    old: dict[str, list] = field(default_factory=dict)
    made: dict[str, str] = field(default_factory=dict)  # file (dest_uri) → its fingerprint
    kept: set[str] = field(default_factory=set)

    @classmethod
    def open(cls, cache_dir: Path, output: Path) -> KeptPages:
        kept = cls(output=output, manifest=manifest_path(cache_dir, output))
        kept.old = read_manifest(kept.manifest, output, FORMAT, "files") or {}
        return kept

    def keep(self, names: tuple[str, ...], fingerprint: str | None, site_dir: Path) -> bool:
        """Link the previous output's files (a page, or the sitemap and its gzip) into site_dir
        when all were made from this fingerprint and are still what was written; else none."""
        if fingerprint is None:
            return False
        for name in names:
            self.made[name] = fingerprint
        sources = [self._previous(name, fingerprint) for name in names]
        if not all(sources):
            return False
        for name, source in zip(names, sources, strict=True):
            target = site_dir / name
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.link(source, target)  # type: ignore[arg-type]
            except OSError:
                for done in names:
                    (site_dir / done).unlink(missing_ok=True)
                return False
        self.kept.update(names)
        return True

    def _previous(self, name: str, fingerprint: str) -> Path | None:
        entry = self.old.get(name)
        if not _entry_ok(entry) or entry[0] != fingerprint:
            return None
        previous = self.output / name
        # changed since, or another file with other content: None
        return previous if still_written(previous, entry, entry[4]) else None

    def save(self, site_dir: Path) -> None:
        """The manifest of the files just written into site_dir (kept ones are the same files;
        the swap keeps them, so the next build finds them in the output)."""
        files: dict[str, list] = {}
        for name, fingerprint in self.made.items():
            with contextlib.suppress(OSError):
                path = site_dir / name
                info = os.stat(path, follow_symlinks=False)
                if name in self.kept and _entry_ok(self.old.get(name)):
                    digest = self.old[name][4]
                else:
                    digest = content_hash(path.read_bytes())
                files[name] = [fingerprint, info.st_ino, info.st_size, info.st_mtime_ns, digest]
        with contextlib.suppress(OSError):
            write_manifest(self.manifest, self.output, FORMAT, "files", files)


def _entry_ok(entry: object) -> bool:
    """fingerprint, inode, size, time, content hash"""
    return stamped(entry, 5) and isinstance(entry[4], str)
