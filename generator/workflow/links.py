"""External links named by the records (an organization's links[].url and contact.website, a policy's
source_url), and whether they still answer: urllib, HEAD then GET, a timeout and a bounded count.

Only public addresses are asked: every address a host name resolves to is checked (ipaddress) when
the connection is made, and the connection goes to the address that was checked, so neither a name
that resolves to 127.0.0.1 nor a redirect to a private, link-local or metadata address is fetched.
No proxy from the environment is used, and a redirect may lead only to http or https."""

from __future__ import annotations

import http.client
import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from generator import __version__
from generator.model.site import Site

DEFAULT_MAX_LINKS = 200
DEFAULT_TIMEOUT = 10.0
_RETRY_WITH_GET = frozenset({400, 403, 405, 406, 429, 501})
# Networks let through although not public: none, except in tests against a local server.
ALLOWED_NETWORKS: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()


class RefusedAddress(OSError):
    """A link that leads to an address the checker does not ask (loopback, private, …)."""


def is_public(address: str) -> bool:
    """Whether an IP address is one the checker may ask: global unicast, or in ALLOWED_NETWORKS."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if any(ip in network for network in ALLOWED_NETWORKS if ip.version == network.version):
        return True
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return is_public(str(ip.ipv4_mapped))
    return ip.is_global and not (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def public_connection(
    address: tuple[str, int], timeout: object = None, source_address: object = None
) -> socket.socket:
    """A TCP connection to a host whose every resolved address is public, made to one of those."""
    host, port = address
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise OSError(f"{host}: {error.strerror or error}") from error
    refused = sorted({str(info[4][0]) for info in infos if not is_public(str(info[4][0]))})
    if not infos or refused:
        raise RefusedAddress(f"不检查本机或内网地址 (not a public address): {host} → {refused[0]}")
    family, kind, proto, _, sockaddr = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if isinstance(timeout, (int, float)):
            sock.settimeout(timeout)
        sock.connect(sockaddr)
    except BaseException:
        sock.close()
        raise
    return sock


class PublicHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._create_connection = public_connection  # what connect() opens the socket with


class PublicHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._create_connection = public_connection


class PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(PublicHTTPConnection, req)


class PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(PublicHTTPSConnection, req)


class WebRedirectHandler(urllib.request.HTTPRedirectHandler):
    """Redirects only to http and https (urllib would also follow one to ftp)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.URLError(f"不跟随到非网页地址的跳转 (redirect refused): {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def opener() -> urllib.request.OpenerDirector:
    """urllib without proxies, asking public addresses only."""
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        PublicHTTPHandler(),
        PublicHTTPSHandler(),
        WebRedirectHandler(),
    )


@dataclass
class LinkResult:
    url: str
    ok: bool
    status: str
    sources: list[str] = field(default_factory=list)


def link_targets(site: Site) -> dict[str, list[str]]:
    """Every external URL in the records, with the files that name it."""
    targets: dict[str, list[str]] = {}

    def add(url: str | None, rel: str) -> None:
        if url and url.startswith(("http://", "https://")):
            sources = targets.setdefault(url, [])
            if rel not in sources:
                sources.append(rel)

    for _, folder in sorted(site.orgs.items()):
        org = folder.org
        if org is None or folder.profile is None:
            continue
        for link in org.links:
            add(link.url, folder.profile.rel)
        add(org.contact.website if org.contact else None, folder.profile.rel)
    for _, page in sorted(site.policies.items()):
        add(page.entry.record.source_url if page.entry.record else None, page.entry.rel)
    return dict(sorted(targets.items()))


def check_link(url: str, *, timeout: float) -> tuple[bool, str]:
    """(does it answer, what it answered): HEAD first, GET when a server refuses HEAD."""
    headers = {"User-Agent": f"gongshi-nightly/{__version__} (link check)"}
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
        return False, "只检查 http(s) 网址 (only http and https)"
    try:
        address = _as_uri(url)
    except ValueError as error:
        return False, _reason(error)
    web = opener()
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(address, method=method, headers=headers)
        try:
            with web.open(request, timeout=timeout) as response:
                return True, f"HTTP {response.status}"
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in _RETRY_WITH_GET:
                continue
            return False, f"HTTP {error.code}"
        except urllib.error.URLError as error:
            return False, _reason(error.reason)
        except (TimeoutError, http.client.HTTPException, ValueError, OSError) as error:
            return False, _reason(error)
    return False, "no answer"


def _as_uri(url: str) -> str:
    """A URL as urllib can send it: a Chinese host name in IDNA, Chinese paths percent-encoded."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = host.encode("idna").decode("ascii") if not host.isascii() else host
    if ":" in netloc:
        netloc = f"[{netloc}]"  # an IPv6 address
    if parts.port:
        netloc += f":{parts.port}"
    if parts.username:  # never expected in a record, but keep it as written
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    safe = "/%:@!$&'()*+,;=~-._"
    return urllib.parse.urlunsplit(
        (
            parts.scheme,
            netloc,
            urllib.parse.quote(parts.path, safe=safe),
            urllib.parse.quote(parts.query, safe=safe + "?"),
            urllib.parse.quote(parts.fragment, safe=safe + "?"),
        )
    )


def _reason(reason: object) -> str:
    if isinstance(reason, RefusedAddress):
        return str(reason)
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return "超时 (timeout)"
    return f"{type(reason).__name__}: {reason}"[:120] if not isinstance(reason, str) else reason


def check_links(
    targets: dict[str, list[str]],
    *,
    limit: int,
    timeout: float,
    checker: Callable[..., tuple[bool, str]] = check_link,
    workers: int = 8,
) -> tuple[list[LinkResult], int]:
    """(results for at most `limit` URLs, in URL order; how many were left unchecked)."""
    urls = list(targets)[: max(limit, 0)]
    if not urls:
        return [], len(targets)
    with ThreadPoolExecutor(max_workers=min(workers, len(urls))) as pool:
        answers = list(pool.map(lambda url: checker(url, timeout=timeout), urls))
    results = [
        LinkResult(url, ok, status, targets[url])
        for url, (ok, status) in zip(urls, answers, strict=True)
    ]
    return results, len(targets) - len(urls)
