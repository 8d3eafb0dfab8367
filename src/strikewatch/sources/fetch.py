"""Fetch a URL politely and safely: timeouts, retries with back-off, a size cap, address checks.

``Fetcher`` is one HTTP client for a batch of URLs. Every request

- names strikewatch in its User-Agent (``[fetch] user_agent``);
- has explicit connect and read timeouts (``httpx.Timeout``);
- waits ``delay`` seconds after the previous request to the same host;
- is retried on a connection error, a timeout, HTTP 429 or 5xx, waiting ``backoff``, then twice
  that, and so on (a ``Retry-After`` header is honoured up to a limit);
- reads the body in chunks and gives up past ``max_bytes``;
- goes only to public addresses: the host is resolved first and a private, loopback,
  link-local, reserved or multicast address is refused unless ``allow_private`` is set. Redirects
  are followed one at a time so that each target is checked the same way.

A failure raises ``InputError(url, reason)``; ``ingest`` turns it into a Rejection.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import httpx

from ..config import defaults
from ..errors import InputError

if TYPE_CHECKING:
    from ..ingest import ReadOptions

_DEFAULTS = defaults("fetch")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK_BYTES = 65_536

Resolver = Callable[[str, int], Iterable[str]]


@dataclass(frozen=True)
class Fetched:
    """A response body and where it finally came from."""

    url: str  # after redirects
    status: int
    content_type: str | None
    body: bytes
    location: str | None = None  # where a redirect points


def user_agent(template: str | None = None) -> str:
    """The User-Agent strikewatch sends: ``[fetch] user_agent`` with the installed version."""
    from .. import __version__
    return (template or _DEFAULTS["user_agent"]).format(version=__version__)


def resolve_host(host: str, port: int) -> list[str]:
    """Every address HOST resolves to (IPv4 and IPv6), as strings."""
    return sorted({info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})


def is_public(address: str) -> bool:
    """True if ADDRESS is a global unicast address (not private, loopback, link-local, reserved...)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class Fetcher:
    """An HTTP client for many URLs; use it as a context manager, or call ``close()``."""

    def __init__(self, options: ReadOptions, *, transport: httpx.BaseTransport | None = None,
                 resolve: Resolver = resolve_host, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.options = options
        self._resolve = resolve
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}
        timeout = httpx.Timeout(options.timeout, connect=options.connect_timeout)
        headers = {"User-Agent": user_agent(options.user_agent), "Accept": "*/*"}
        self._client = httpx.Client(timeout=timeout, headers=headers, follow_redirects=False,
                                    transport=transport)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> Fetched:
        """GET URL, following redirects itself; raise InputError(url, reason) on any failure."""
        current = url
        for _ in range(self.options.max_redirects + 1):
            self._check_url(url, current)
            response = self._get_with_retries(url, current)
            if response.status not in REDIRECT_STATUSES:
                return response
            if not response.location:
                raise InputError(url, f"HTTP {response.status} redirect without a Location header")
            current = urljoin(current, response.location)
        raise InputError(url, f"more than {self.options.max_redirects} redirects (last to {current})")

    # Checks

    def _check_url(self, url: str, current: str) -> None:
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https"):
            raise InputError(url, f"not an http(s) URL: {current}")
        if not parts.hostname:
            raise InputError(url, f"URL has no host: {current}")
        if self.options.allow_private:
            return
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            addresses = list(self._resolve(parts.hostname, port))
        except (OSError, ValueError) as error:
            raise InputError(url, f"cannot resolve host {parts.hostname} ({error})") from None
        refused = [address for address in addresses if not is_public(address)]
        if refused or not addresses:
            via = "" if current == url else f" (redirected to {current})"
            raise InputError(url, f"refused: {parts.hostname} resolves to non-public address "
                                  f"{', '.join(refused) or 'none'}{via}; allow it with "
                                  "--allow-private-addresses if you trust it")

    # Requests

    def _get_with_retries(self, url: str, current: str) -> Fetched:
        attempt = 0
        while True:
            try:
                return self._get(url, current)
            except _Retryable as retry:
                if attempt >= self.options.retries:
                    tries = f"{attempt + 1} attempt{'s' if attempt else ''}"
                    raise InputError(url, f"{retry.reason} (gave up after {tries})") from None
                self._sleep(retry.wait if retry.wait is not None else self.options.backoff * 2 ** attempt)
                attempt += 1

    def _get(self, url: str, current: str) -> Fetched:
        self._wait_for_host(urlsplit(current).hostname or "")
        try:
            with self._client.stream("GET", current) as response:
                if response.status_code in REDIRECT_STATUSES:
                    return Fetched(current, response.status_code, None, b"", response.headers.get("location"))
                if response.status_code in RETRY_STATUSES:
                    raise _Retryable(_status(response), self._retry_after(response))
                if response.status_code >= 400:
                    raise InputError(url, _status(response))
                body = self._read_capped(url, response)
                return Fetched(str(response.url), response.status_code, response.headers.get("content-type"),
                               body)
        except httpx.TimeoutException as error:
            raise _Retryable(f"timed out ({type(error).__name__})") from None
        except httpx.TransportError as error:
            raise _Retryable(f"connection failed ({error or type(error).__name__})") from None

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        limit = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            size = int(declared) / 1e6
            raise InputError(url, f"response is {size:.1f} MB, over the {limit / 1e6:g} MB limit")
        chunks, size = [], 0
        for chunk in response.iter_bytes(CHUNK_BYTES):
            size += len(chunk)
            if size > limit:
                raise InputError(url, f"response is over the {limit / 1e6:g} MB limit")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_for_host(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self.options.delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _retry_after(self, response: httpx.Response) -> float | None:
        value = response.headers.get("retry-after", "").strip()
        if not value:
            return None
        if value.isdigit():
            seconds = float(value)
        else:
            try:
                seconds = parsedate_to_datetime(value).timestamp() - time.time()
            except (TypeError, ValueError):
                return None
        return min(max(seconds, 0.0), _DEFAULTS["max_retry_after_seconds"])


class _Retryable(Exception):
    """A failure worth another try: a connection error, a timeout, HTTP 429 or 5xx."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


def _status(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
