"""Fetcher: timeouts, retries with back-off, size cap, user agent, per-host delay, address checks."""
from __future__ import annotations

import httpx
import pytest

from strikewatch.errors import InputError
from strikewatch.ingest import ReadOptions
from strikewatch.sources.fetch import Fetcher, is_public, user_agent

PAGE = b"<html><body><p>Drones hit Odesa overnight, officials said.</p></body></html>"


class Clock:
    """A fake clock that sleeping moves forward, recording each sleep."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds

    def __call__(self) -> float:
        return self.now


def fetcher(handler, clock=None, resolve=None, **options):
    clock = clock or Clock()
    defaults = {"delay": 0.0, "backoff": 1.0, "retries": 2}
    return Fetcher(ReadOptions(**{**defaults, **options}), transport=httpx.MockTransport(handler),
                   resolve=resolve or (lambda host, port: ["93.184.215.14"]), sleep=clock.sleep, clock=clock)


def test_user_agent_names_strikewatch_and_its_version():
    seen = []

    def handler(request):
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, content=PAGE, headers={"content-type": "text/html"})

    response = fetcher(handler).fetch("https://kyiv-ledger.example/a")
    assert response.body == PAGE and response.content_type == "text/html"
    assert seen == [user_agent()]
    assert seen[0].startswith("strikewatch/") and "(+https://" in seen[0]


def test_server_errors_are_retried_with_exponential_back_off():
    statuses = iter([503, 502, 200])
    clock = Clock()

    def handler(request):
        return httpx.Response(next(statuses), content=PAGE)

    assert fetcher(handler, clock).fetch("https://kyiv-ledger.example/a").body == PAGE
    assert clock.sleeps == [1.0, 2.0]


def test_giving_up_names_the_last_failure_and_the_attempts():
    clock = Clock()
    with pytest.raises(InputError) as caught:
        fetcher(lambda request: httpx.Response(500), clock).fetch("https://kyiv-ledger.example/a")
    assert caught.value.name == "https://kyiv-ledger.example/a"
    assert caught.value.problem == "HTTP 500 Internal Server Error (gave up after 3 attempts)"
    assert clock.sleeps == [1.0, 2.0]


def test_retry_after_is_honoured():
    statuses = iter([httpx.Response(429, headers={"retry-after": "7"}), httpx.Response(200, content=PAGE)])
    clock = Clock()
    fetcher(lambda request: next(statuses), clock).fetch("https://kyiv-ledger.example/a")
    assert clock.sleeps == [7.0]


def test_timeouts_and_connection_errors_are_retried_then_reported():
    def handler(request):
        raise httpx.ReadTimeout("read timed out", request=request)

    with pytest.raises(InputError, match=r"timed out \(ReadTimeout\) \(gave up after 3 attempts\)"):
        fetcher(handler).fetch("https://kyiv-ledger.example/a")

    def refuse(request):
        raise httpx.ConnectError("connection refused", request=request)

    expected = r"connection failed \(connection refused\) \(gave up after 1 attempt\)"
    with pytest.raises(InputError, match=expected):
        fetcher(refuse, retries=0).fetch("https://kyiv-ledger.example/a")


def test_client_errors_are_not_retried():
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(404)

    with pytest.raises(InputError, match=r"^https://kyiv-ledger.example/gone: HTTP 404 Not Found$"):
        fetcher(handler).fetch("https://kyiv-ledger.example/gone")
    assert len(calls) == 1


def test_body_over_the_size_cap_is_refused_declared_or_streamed():
    big = b"x" * 5000
    streamed = fetcher(lambda r: httpx.Response(200, stream=httpx.ByteStream(big)), max_bytes=1000)
    with pytest.raises(InputError, match=r"response is over the 0.001 MB limit"):
        streamed.fetch("https://a.example/")
    declared = httpx.Response(200, content=big)  # sets Content-Length
    with pytest.raises(InputError, match=r"response is 0.0 MB, over the 0.001 MB limit"):
        fetcher(lambda r: declared, max_bytes=1000).fetch("https://a.example/")


def test_requests_to_one_host_are_spaced_by_the_delay():
    clock = Clock()
    f = fetcher(lambda r: httpx.Response(200, content=PAGE), clock, delay=2.5)
    f.fetch("https://kyiv-ledger.example/a")
    f.fetch("https://odesa.example/b")  # another host: no wait
    f.fetch("https://kyiv-ledger.example/c")
    assert clock.sleeps == [2.5]


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.1.2.3", "192.168.0.10", "172.16.5.4", "169.254.169.254", "::1", "fe80::1%eth0",
    "fd00::5", "0.0.0.0", "224.0.0.1", "::ffff:127.0.0.1", "100.64.0.1", "240.0.0.1"])
def test_non_public_addresses(address):
    assert not is_public(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700::6810:85e5", "8.8.8.8"])
def test_public_addresses(address):
    assert is_public(address)


def test_host_resolving_to_a_private_address_is_refused_before_any_request():
    calls = []
    f = fetcher(lambda r: calls.append(r) or httpx.Response(200), resolve=lambda host, port: ["10.0.0.7"])
    with pytest.raises(InputError) as caught:
        f.fetch("https://intranet.example/admin")
    assert caught.value.problem == ("refused: intranet.example resolves to non-public address 10.0.0.7; "
                                    "allow it with --allow-private-addresses if you trust it")
    assert calls == []


def test_redirect_to_a_private_address_is_refused():
    def resolve(host, port):
        return {"news.example": ["93.184.215.14"], "intranet.internal": ["10.1.2.3"]}[host]

    def handler(request):
        return httpx.Response(302, headers={"location": "http://intranet.internal/latest/"})

    with pytest.raises(InputError, match=r"10.1.2.3 \(redirected to http://intranet.internal/latest/\)"):
        fetcher(handler, resolve=resolve).fetch("https://news.example/story")


def test_redirects_are_followed_and_counted():
    def handler(request):
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        if request.url.path == "/loop":
            return httpx.Response(302, headers={"location": "/loop"})
        return httpx.Response(200, content=PAGE)

    assert fetcher(handler).fetch("https://news.example/old").url == "https://news.example/new"
    with pytest.raises(InputError, match=r"more than 5 redirects"):
        fetcher(handler).fetch("https://news.example/loop")


def test_allow_private_allows_private_addresses_and_connects_to_the_one_checked():
    seen = []

    def handler(request):
        seen.append((str(request.url), request.headers["host"]))
        return httpx.Response(200, content=PAGE)

    f = fetcher(handler, resolve=lambda host, port: ["192.168.1.20"], allow_private=True)
    assert f.fetch("http://feeds.lan:8080/feed").body == PAGE
    assert seen == [("http://192.168.1.20:8080/feed", "feeds.lan:8080")]


@pytest.mark.parametrize(("url", "problem"), [
    ("ftp://files.example/a", "not an http(s) URL: ftp://files.example/a"),
    ("https:///nohost", "URL has no host: https:///nohost"),
])
def test_bad_urls(url, problem):
    with pytest.raises(InputError) as caught:
        fetcher(lambda r: httpx.Response(200)).fetch(url)
    assert caught.value.problem == problem


def test_unresolvable_host():
    def resolve(host, port):
        raise OSError("Name or service not known")

    expected = r"cannot resolve host nowhere.example \(Name or service not known\)"
    with pytest.raises(InputError, match=expected):
        fetcher(lambda r: httpx.Response(200), resolve=resolve).fetch("https://nowhere.example/")


def test_real_local_server_with_a_real_timeout(httpserver):
    httpserver.expect_request("/page").respond_with_data(PAGE, content_type="text/html")
    with Fetcher(ReadOptions(allow_private=True, delay=0, retries=0, timeout=5)) as f:
        assert f.fetch(httpserver.url_for("/page")).body == PAGE
