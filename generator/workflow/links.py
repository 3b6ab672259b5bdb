"""External links named by the records (an organization's links[].url and contact.website, a policy's
source_url), and whether they still answer: urllib, HEAD then GET, a timeout and a bounded count."""

from __future__ import annotations

import http.client
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
    try:
        address = _as_uri(url)
    except ValueError as error:
        return False, _reason(error)
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(address, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
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
