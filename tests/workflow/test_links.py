"""External links: which the records name, and whether they answer (against a server on 127.0.0.1)."""

from __future__ import annotations

from pathlib import Path

from generator.findings import Report
from generator.model.load import load_site
from generator.workflow import links
from tests.workflow.conftest import with_links


def test_link_targets_come_from_links_websites_and_policies(site_copy: Path, server: str) -> None:
    with_links(site_copy, server)
    targets = links.link_targets(load_site(site_copy, Report()))
    assert targets == {
        f"{server}/gone": ["orgs/yangguang/org.yml", "content/policies/guideline.md"],
        f"{server}/moved": ["orgs/yangguang/org.yml"],
        f"{server}/no-head": ["orgs/yangguang/org.yml"],
        f"{server}/ok": ["orgs/yangguang/org.yml"],
    }


def test_a_closed_port_and_a_timeout_are_reported(server: str) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    ok, status = links.check_link(closed, timeout=2)
    assert not ok and "refused" in status.lower()
    with socket.socket() as silent:  # accepts, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        ok, status = links.check_link(f"http://127.0.0.1:{silent.getsockname()[1]}/", timeout=0.5)
    assert (ok, status) == (False, "超时 (timeout)")


def test_chinese_addresses_are_encoded_before_sending(server: str) -> None:
    assert links.check_link(f"{server}/活动", timeout=5) == (True, "HTTP 200")
