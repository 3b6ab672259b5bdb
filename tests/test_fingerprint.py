"""Page fingerprints by data (generator.fingerprint.Walker): equal data, equal digest; any change
anywhere a page can reach, another digest — also through values that contain themselves (an
organization's view lists its federation, whose view lists it back)."""

from __future__ import annotations

import importlib.metadata
import os
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import NamedTuple

import pytest
from markupsafe import Markup
from pydantic import BaseModel

from generator.fingerprint import (
    Unknown,
    Walker,
    content_hash,
    installed,
    manifest_path,
    read_manifest,
    still_written,
    write_manifest,
)


@dataclass(eq=False)
class Node:
    name: str
    links: list[Node] = field(default_factory=list)
    facts: dict[str, object] = field(default_factory=dict)


def pair(member_phone: str = "0571-1") -> tuple[Node, Node]:
    """A federation and a member that list each other."""
    federation, member = Node("联合会"), Node("助老队", facts={"phone": member_phone})
    federation.links.append(member)
    member.links.append(federation)
    return federation, member


def test_equal_data_gives_equal_digests_and_any_change_another() -> None:
    one = Node("a", [Node("b", facts={"n": 1, "when": [1, 2]})])
    same = Node("a", [Node("b", facts={"n": 1, "when": [1, 2]})])
    other = Node("a", [Node("b", facts={"n": 1, "when": [1, 3]})])
    assert Walker().digest(one) == Walker().digest(same)
    assert Walker().digest(one) != Walker().digest(other)


def test_a_value_that_contains_itself_is_digested() -> None:
    """The same pages in the same order (a build) give the same digests."""
    federation, member = pair()
    again_federation, again_member = pair()
    walker, again = Walker(), Walker()
    assert walker.digest(federation) == again.digest(again_federation)
    assert walker.digest(member) == again.digest(again_member)
    assert walker.digest(federation) != walker.digest(member)  # entered from another side


@pytest.mark.parametrize("first", ["federation", "member"])
def test_a_change_inside_a_cycle_reaches_every_page_of_it(first: str) -> None:
    """One walker digests every page of a build, in order; a digest kept from one page must
    not hide a change from another page that reaches the same values another way."""
    before, after = Walker(), Walker()
    old, new = pair("0571-1"), pair("0571-2")
    order = (0, 1) if first == "federation" else (1, 0)
    old_digests = [before.digest(old[i]) for i in order]
    new_digests = [after.digest(new[i]) for i in order]
    assert old_digests[0] != new_digests[0]
    assert old_digests[1] != new_digests[1]


def test_a_page_gives_one_digest_whatever_was_digested_before_it() -> None:
    """Pages are fingerprinted in whatever order the workers take them: a page that holds a
    cycle (a project and the needs that name it back) gets the same digest whether the walker
    met the cycle from its other side first or not. (A digest kept for the side met first made
    the other side's pages differ from build to build: re-rendered with nothing changed.)"""
    federation, member = pair()
    page = Node("活动页", [member])
    alone = Walker().digest(page)
    walker = Walker()
    walker.digest(federation)  # the cycle entered from the federation's side first
    assert walker.digest(page) == alone
    walker = Walker()
    walker.digest(Node("另一页", [federation]))  # … or from inside another page
    assert walker.digest(page) == alone
    assert walker.digest(Node("活动页", [member])) == alone


def test_a_shared_value_outside_any_cycle_is_digested_once() -> None:
    shared = Node("共享", facts={"n": 1})
    pages = [Node(f"page{i}", [shared]) for i in range(3)]
    walker = Walker()
    for page in pages:
        walker.digest(page)
    assert sum(1 for kept in walker.kept if kept is shared) == 1


def test_what_is_not_data_is_unknown() -> None:
    with pytest.raises(Unknown):
        Walker().digest(Node("a", facts={"f": lambda: 1}))


def test_a_manifest_entry_is_trusted_only_for_the_file_it_describes(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_bytes(b"<p>one</p>")
    info = os.stat(page)
    entry = ["fp", info.st_ino, info.st_size, info.st_mtime_ns]
    assert still_written(page, entry) is not None
    page.unlink()
    page.write_bytes(b"<p>one</p>")  # the same content in a new file (a cache restored in CI)
    assert still_written(page, entry) is None
    assert still_written(page, entry, content_hash(b"<p>one</p>")) is not None
    page.unlink()
    page.write_bytes(b"<p>two</p>")  # same size, other content
    assert still_written(page, entry, content_hash(b"<p>one</p>")) is None
    page.unlink()
    page.mkdir()  # not a file at all
    assert still_written(page, entry, content_hash(b"<p>one</p>")) is None
    assert still_written(tmp_path / "missing.html", entry, "x") is None


def test_a_manifest_of_another_output_or_format_is_not_read(tmp_path: Path) -> None:
    out = tmp_path / "site"
    path = manifest_path(tmp_path / "cache", out)
    write_manifest(path, out, 2, "pages", {"orgs/a/": ["fp", 1, 2, 3]})
    assert read_manifest(path, out, 2, "pages") == {"orgs/a/": ["fp", 1, 2, 3]}
    assert read_manifest(path, tmp_path / "other", 2, "pages") is None
    assert read_manifest(path, out, 1, "pages") is None
    assert read_manifest(path, out, 2, "files") is None
    path.write_text("[1, 2]", encoding="utf-8")
    assert read_manifest(path, out, 2, "pages") is None


def test_installed_versions_are_the_packages_own_and_none_when_absent() -> None:
    assert installed("mkdocs") == importlib.metadata.version("mkdocs")
    assert installed("no-such-package-gongshi-test") is None


class Point(NamedTuple):
    x: int
    y: int


class Colour(Enum):
    RED = 1
    BLUE = 2


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a: object, b: object) -> None:
        self.a, self.b = a, b


class Record(BaseModel):
    name: str
    count: int = 0


@dataclass(frozen=True, slots=True)
class Frozen:
    name: str
    when: date | None = None


def _values() -> list[Callable[[], object]]:
    """Makers of values that all differ from one another (each called twice: equal values,
    other objects)."""
    return [
        lambda: 1,
        lambda: 1.0,
        lambda: True,
        lambda: "1",
        lambda: Markup("1"),
        lambda: Decimal("1"),
        lambda: date(2026, 1, 1),
        lambda: "2026-01-01",
        lambda: [1, 2],
        lambda: (1, 2),
        lambda: Point(1, 2),
        lambda: Point(1, 3),
        lambda: {"a": 1},
        lambda: {"a": 2},
        lambda: defaultdict(list, {"a": [1]}),
        lambda: defaultdict(list, {"a": [2]}),
        lambda: OrderedDict(a=1),
        lambda: {1, 2},
        lambda: frozenset({1, 3}),
        lambda: Colour.RED,
        lambda: Colour.BLUE,
        lambda: Path("a/b"),
        lambda: Path("a/c"),
        lambda: Slotted(1, [2]),
        lambda: Slotted(1, [3]),
        lambda: Record(name="甲"),
        lambda: Record(name="甲", count=1),
        lambda: Frozen("乙"),
        lambda: Frozen("乙", date(2026, 1, 1)),
        lambda: Node("a", facts={"n": 1}),
        lambda: Node("a", facts={"n": 2}),
        lambda: [Node("a"), Node("a")],
        lambda: None,
    ]


def test_values_that_differ_give_other_digests_and_equal_values_the_same() -> None:
    """By type and value, whatever holds them: a named tuple or a defaultdict by its items (not
    as an object without attributes), a date and its text, 1 and 1.0 and True."""
    makers = _values()
    walker = Walker()
    first = [walker.digest(make()) for make in makers]
    again = [Walker().digest(make()) for make in makers]
    assert first == again
    assert len(set(first)) == len(first)


def test_a_record_read_another_way_gives_the_same_digest() -> None:
    """Which fields the input named is not data: the same record with its default written out
    or left out."""
    assert Walker().digest(Record(name="甲")) == Walker().digest(Record(name="甲", count=0))
