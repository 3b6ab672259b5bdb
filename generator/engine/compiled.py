"""Templates compiled once per process: `gongshi serve` rebuilds without compiling them again.

MkDocs makes a new Jinja environment for every build, and a new environment compiles every
template it loads (the example's ~70 templates: about half a second of a rebuild). This cache,
given to each environment as its bytecode cache, keeps each template's compiled code in memory
with a hash of its source, so a template is compiled again only when its text changed (a theme
override edited during `serve`) or when an environment compiles differently (other syntax,
extensions, filters).

It is never written to disk: compiled code is code, and gongshi's caches on disk hold data only
(a pull request restores main's `.cache/`; what it finds there must not be able to run).
"""

from __future__ import annotations

from types import CodeType
from typing import Any

from jinja2 import BytecodeCache, TemplateError
from jinja2.bccache import Bucket

from generator.fingerprint import digest


class CompiledTemplates(BytecodeCache):
    """Each template's compiled code by its name, its file, the environment's way of compiling
    and the hash of its source; held by this process only."""

    def __init__(self) -> None:
        self.code: dict[str, tuple[str, CodeType]] = {}
        self.builds = 0  # environments given this cache: the builds of this process

    def get_bucket(self, environment: Any, name: str, filename: str | None, source: str) -> Bucket:
        way = _compiling(environment, name)
        key = digest(way, name, filename or "") if way is not None else ""
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        found = self.code.get(key) if key else None
        if found is not None and found[0] == bucket.checksum:
            bucket.code = found[1]
        return bucket

    def set_bucket(self, bucket: Bucket) -> None:
        if bucket.key and isinstance(bucket.code, CodeType):
            self.code[bucket.key] = (bucket.checksum, bucket.code)

    def load_bytecode(self, bucket: Bucket) -> None:  # nothing is ever read from a file
        return None

    def dump_bytecode(self, bucket: Bucket) -> None:  # nor written to one
        return None

    def clear(self) -> None:
        self.code.clear()


def _compiling(env: Any, name: str) -> str | None:
    """What decides the code a template compiles to, besides its source: the syntax, the
    extensions, whether it escapes (gongshi's templates do, Material's not), and how each filter
    and test is called (the compiler passes the context or the environment to those that ask).
    None with a finalize function, which the compiler applies to constants: nothing is kept."""
    if env.finalize is not None:
        return None
    return repr(
        (
            sorted(env.extensions),
            env.block_start_string,
            env.block_end_string,
            env.variable_start_string,
            env.variable_end_string,
            env.comment_start_string,
            env.comment_end_string,
            env.line_statement_prefix,
            env.line_comment_prefix,
            env.trim_blocks,
            env.lstrip_blocks,
            env.newline_sequence,
            env.keep_trailing_newline,
            env.optimized,
            env.is_async,
            bool(env.autoescape(name)) if callable(env.autoescape) else env.autoescape,
            sorted((name, _passes(f)) for name, f in env.filters.items()),
            sorted((name, _passes(f)) for name, f in env.tests.items()),
        )
    )


def _passes(function: Any) -> str:
    """What the compiler hands the function first (jinja2's pass_context and its kin mark it)."""
    return str(getattr(function, "jinja_pass_arg", ""))


COMPILED = CompiledTemplates()  # the process's: every build's environment shares it


def share(env: Any) -> None:
    """Give an environment the process's compiled templates."""
    env.bytecode_cache = COMPILED
    COMPILED.builds += 1


def rebuilding() -> bool:
    """Whether this process built before (`gongshi serve` after a save)."""
    return COMPILED.builds > 1


def warm(env: Any, prefix: str) -> None:
    """Compile now, in this process, every template whose name starts with prefix.

    Record pages are rendered by forked workers, and what a worker compiles dies with it: in
    `gongshi serve` every save compiled again the templates of the pages it changed (an
    organization's page: 0.12 s of the example's 0.25 s pages stage, its templates compiled
    twice as long as it took to render). Compiled here before the fork, they are kept for every
    later build of the process. A template that does not compile is left to the page that uses
    it, which reports it as before."""
    for name in env.loader.list_templates():
        if name.startswith(prefix) and name.endswith(".html"):
            try:
                env.get_template(name)
            except TemplateError:
                continue
