"""Fetch a URL politely and safely: timeouts, retries with back-off, a size cap, address checks.

``Fetcher`` is one HTTP client for a batch of URLs. Every request

- names strikewatch in its User-Agent (``[fetch] user_agent``);
- has explicit connect and read timeouts (``httpx.Timeout``), and everything one URL costs
  (connecting, headers, body, retries and the waits between them) is bounded by ``deadline``;
- waits ``delay`` seconds after the previous request to the same host;
- is retried on a connection error, a timeout, HTTP 429 or 5xx, waiting ``backoff``, then twice
  that, and so on (a ``Retry-After`` header is honoured up to a limit);
- reads the body in chunks and gives up past ``max_bytes``;
- goes only to public addresses: the host is resolved first and a private, loopback,
  link-local, reserved or multicast address is refused unless ``allow_private`` is set; an IPv6
  address that embeds an IPv4 one (mapped, NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``, Teredo) is
  judged by the address it embeds; the cloud metadata addresses (``[fetch] never_addresses``) are
  refused whatever the flag;
- connects to the very address that was checked (the URL's host is kept for the Host header and
  TLS), so a DNS answer that changes between the check and the connection (DNS rebinding) cannot
  send the request elsewhere. Redirects are followed one at a time so that each target is checked
  the same way.

A failure raises ``FetchError(url, reason)`` (an ``InputError``); ``ingest`` turns it into a Rejection.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import httpx

from ..config import defaults
from ..errors import FetchError

if TYPE_CHECKING:
    from ..ingest import ReadOptions

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
NAT64 = ipaddress.ip_network("64:ff9b::/96")
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

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
    return (template or defaults("fetch")["user_agent"]).format(version=__version__)


def resolve_host(host: str, port: int) -> list[str]:
    """Every address HOST resolves to (IPv4 and IPv6), as strings."""
    return sorted({info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})


def is_public(address: str, never: Iterable[str] | None = None) -> bool:
    """True if ADDRESS is a global unicast address (not private, loopback, link-local, reserved...),
    judged by the IPv4 address it embeds when it embeds one, and not one never fetched (NEVER,
    by default the [fetch] never_addresses setting)."""
    ip = embedded(address)
    return ip.is_global and not ip.is_multicast and not is_never(address, never)


def is_never(address: str, never: Iterable[str] | None = None) -> bool:
    """True if ADDRESS is (or embeds) an address never fetched, a cloud metadata service: one of NEVER,
    by default the [fetch] never_addresses setting."""
    return embedded(address) in _addresses(tuple(never if never is not None else
                                                 defaults("fetch")["never_addresses"]))


@cache
def _addresses(values: tuple[str, ...]) -> frozenset[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    return frozenset(ipaddress.ip_address(value) for value in values)


def embedded(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """ADDRESS, or the IPv4 address an IPv6 one carries: IPv4-mapped, NAT64, 6to4, Teredo client."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if not isinstance(ip, ipaddress.IPv6Address):
        return ip
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    return ip


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
        """GET URL, following redirects itself; raise FetchError(url, reason) on any failure, and at
        the latest when ``deadline`` seconds have passed."""
        current = url
        deadline = self._clock() + self.options.deadline
        for _ in range(self.options.max_redirects + 1):
            address = self._check_url(url, current)
            response = self._get_with_retries(url, current, address, deadline)
            if response.status not in REDIRECT_STATUSES:
                return response
            if not response.location:
                raise FetchError(url, f"HTTP {response.status} redirect without a Location header")
            current = urljoin(current, response.location)
        raise FetchError(url, f"more than {self.options.max_redirects} redirects (last to {current})")

    # Checks

    def _check_url(self, url: str, current: str) -> str:
        """The address to connect to for CURRENT, once every address its host resolves to passed."""
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https"):
            raise FetchError(url, f"not an http(s) URL: {current}")
        try:
            host, port = parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as error:
            raise FetchError(url, f"not a valid URL: {current} ({error})") from None
        if not host:
            raise FetchError(url, f"URL has no host: {current}")
        try:
            addresses = [str(a) for a in self._resolve(host, port)]
            for address in addresses:
                ipaddress.ip_address(address.split("%", 1)[0])
        except (OSError, ValueError, UnicodeError) as error:
            raise FetchError(url, f"cannot resolve host {host} ({error})") from None
        via = "" if current == url else f" (redirected to {current})"
        never = [address for address in addresses if is_never(address, self.options.never_addresses)]
        if never:
            raise FetchError(url, f"refused: {host} resolves to {', '.join(never)}, a cloud metadata "
                                  f"address, which is never fetched{via}")
        refused = [address for address in addresses if not is_public(address, self.options.never_addresses)]
        if not addresses or (refused and not self.options.allow_private):
            raise FetchError(url, f"refused: {host} resolves to non-public address "
                                  f"{', '.join(refused) or 'none'}{via}; allow it with "
                                  "--allow-private-addresses if you trust it")
        return addresses[0]

    # Requests

    def _get_with_retries(self, url: str, current: str, address: str, deadline: float) -> Fetched:
        attempt = 0
        while True:
            try:
                return self._get(url, current, address, deadline)
            except _Retryable as retry:
                tries = f"{attempt + 1} attempt{'s' if attempt else ''}"
                if attempt >= self.options.retries:
                    raise FetchError(url, f"{retry.reason} (gave up after {tries})") from None
                wait = retry.wait if retry.wait is not None else self.options.backoff * 2 ** attempt
                if self._clock() + wait >= deadline:
                    raise FetchError(url, f"{retry.reason} (gave up after {tries}: waiting {wait:g} s more "
                                          f"would pass the {self.options.deadline:g} s deadline)") from None
                self._sleep(wait)
                attempt += 1

    def _get(self, url: str, current: str, address: str, deadline: float) -> Fetched:
        self._wait_for_host(urlsplit(current).hostname or "")
        left = deadline - self._clock()
        if left <= 0:
            raise FetchError(url, f"timed out (the {self.options.deadline:g} s deadline passed)")
        timeout = httpx.Timeout(min(self.options.timeout, left),
                                connect=min(self.options.connect_timeout, left))
        target, headers, extensions = _pinned(current, address)
        try:
            with self._client.stream("GET", target, headers=headers, timeout=timeout,
                                     extensions=extensions) as response:
                if response.status_code in REDIRECT_STATUSES:
                    location = _location(response, current, target)
                    return Fetched(current, response.status_code, None, b"", location)
                if response.status_code in RETRY_STATUSES:
                    wait, cap = self._retry_after(response), self.options.max_retry_after
                    if wait is not None and wait > cap:
                        raise FetchError(url, f"{_status(response)}; the server asks to be retried in "
                                              f"{wait:g} s, "
                                              f"longer than the {cap:g} s strikewatch waits ([fetch] "
                                              "max_retry_after_seconds)")
                    raise _Retryable(_status(response), wait)
                if response.status_code >= 400:
                    raise FetchError(url, _status(response))
                body = self._read_capped(url, response, deadline)
                return Fetched(current, response.status_code, response.headers.get("content-type"), body)
        except httpx.TimeoutException as error:
            raise _Retryable(f"timed out ({type(error).__name__})") from None
        except httpx.TransportError as error:
            raise _Retryable(f"connection failed ({error or type(error).__name__})") from None

    def _read_capped(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        limit = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            size = int(declared) / 1e6
            raise FetchError(url, f"response is {size:.1f} MB, over the {limit / 1e6:g} MB limit")
        chunks, size = [], 0
        for chunk in response.iter_bytes():  # as the bytes arrive, so that a slow drip meets the deadline
            size += len(chunk)
            if size > limit:
                raise FetchError(url, f"response is over the {limit / 1e6:g} MB limit")
            if self._clock() > deadline:
                raise FetchError(url, f"timed out reading the body ({size:,} bytes in "
                                      f"{self.options.deadline:g} s, "
                                      "the deadline)")
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
        return max(seconds, 0.0)


def _pinned(url: str, address: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """URL with its host replaced by ADDRESS, and the Host header and TLS server name of the real host:
    the connection goes to the address that was checked, whatever the DNS says a moment later."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if ":" in address else address
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    header_host = parts.netloc.rsplit("@", 1)[-1]
    return parts._replace(netloc=netloc).geturl(), {"Host": header_host}, {"sni_hostname": host}


def _location(response: httpx.Response, current: str, target: str) -> str | None:
    """Where a redirect points, made absolute against the URL as the user gave it (not the address)."""
    location = response.headers.get("location")
    return urljoin(current, location) if location else None


class _Retryable(Exception):
    """A failure worth another try: a connection error, a timeout, HTTP 429 or 5xx."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


def _status(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
