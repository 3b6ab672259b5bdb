"""External links: which the records name, and whether they answer (against a server on 127.0.0.1)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

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


# -- only public addresses are asked (issue 18): names are resolved, addresses checked -----------

REFUSED = "not a public address"


def test_names_that_resolve_to_loopback_are_refused_without_connecting() -> None:
    with socket.socket() as listener:  # would see any connection the checker made
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)
        port = listener.getsockname()[1]
        for url in (
            f"http://localhost:{port}/",
            f"https://localhost:{port}/",
            f"http://127.0.0.1:{port}/",
            f"http://127.1:{port}/",
            f"http://[::ffff:127.0.0.1]:{port}/",
            f"http://[::1]:{port}/",
        ):
            ok, status = links.check_link(url, timeout=1)
            assert not ok and REFUSED in status, (url, status)
        with pytest.raises(BlockingIOError):
            listener.accept()


@pytest.mark.parametrize(
    "host",
    [
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "100.64.0.1",
        "169.254.169.254",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "[fe80::1]",
        "[fc00::1]",
        "[ff02::1]",
        "[::]",
    ],
)
def test_private_link_local_multicast_and_reserved_literals_are_refused(
    host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*args: object) -> None:
        raise AssertionError("the checker tried to connect")

    monkeypatch.setattr(socket.socket, "connect", never)
    ok, status = links.check_link(f"http://{host}/", timeout=1)
    assert not ok and REFUSED in status


def test_public_addresses_are_public() -> None:
    assert links.is_public("93.184.216.34") and links.is_public("2606:4700::1111")
    assert not links.is_public("127.0.0.1") and not links.is_public("::ffff:10.1.2.3")


def test_redirects_to_private_or_non_web_addresses_are_refused(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    assert links.check_link(f"{server}/away?/ok", timeout=5) == (True, "HTTP 200")
    for target in (
        "http://169.254.169.254/latest/meta-data/",
        f"http://127.0.0.2:{port}/ok",
        "http://10.0.0.1/",
    ):
        ok, status = links.check_link(f"{server}/away?{target}", timeout=5)
        assert not ok and REFUSED in status, (target, status)
    ok, status = links.check_link(f"{server}/away?ftp://127.0.0.1/", timeout=5)
    assert not ok and "redirect refused" in status
