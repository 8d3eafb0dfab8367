"""Fetching from real servers on loopback that misbehave: a slow drip, a stall after the headers,
Retry-After of an hour, and DNS rebinding simulated with a resolver the test controls."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

import pytest

from strikewatch.errors import InputError
from strikewatch.ingest import ReadOptions
from strikewatch.sources.fetch import Fetcher

PAGE = b"<html><body><p>Drones hit Odesa overnight, officials said.</p></body></html>"


class Server:
    """A one-thread HTTP server on HOST that answers each connection with RESPOND(socket)."""

    def __init__(self, respond: Callable[[socket.socket], None], host: str = "127.0.0.1", port: int = 0) -> None:
        self.respond, self.requests = respond, []
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                connection, _ = self.sock.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(5)
                try:
                    self.requests.append(connection.recv(65536).decode("latin-1"))
                    self.respond(connection)
                except OSError:
                    pass

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def serve():
    servers = []

    def start(respond, host="127.0.0.1", port=0):
        servers.append(Server(respond, host, port))
        return servers[-1]
    yield start
    for server in servers:
        server.close()


def fetcher(**options) -> Fetcher:
    settings = {"allow_private": True, "delay": 0.0, "retries": 3, "backoff": 0.1, "timeout": 2.0,
                "connect_timeout": 2.0, "deadline": 4.0, **options}
    return Fetcher(ReadOptions(**settings), resolve=options.pop("resolve", None) or _loopback)


def _loopback(host: str, port: int) -> list[str]:
    return ["127.0.0.1"]


def headers(length: int | None = None, status: str = "200 OK", extra: str = "") -> bytes:
    size = f"Content-Length: {length}\r\n" if length is not None else ""
    return f"HTTP/1.1 {status}\r\nContent-Type: text/html\r\n{size}{extra}Connection: close\r\n\r\n".encode()


def test_a_slow_drip_meets_the_overall_deadline(serve):
    stop = threading.Event()

    def drip(connection):
        connection.sendall(headers(len(PAGE) * 100))
        for _ in range(100):  # a byte a second: the read timeout never fires, the deadline does
            if stop.wait(1.0):
                return
            connection.sendall(b"<")
    server = serve(drip)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"timed out reading the body \(\d+ bytes in 4 s, the deadline\)"):
        fetcher().fetch(f"http://news.test:{server.port}/drip")
    stop.set()
    assert time.monotonic() - started < 8


def test_a_stall_after_the_headers_costs_at_most_the_deadline(serve):
    stop = threading.Event()

    def stall(connection):
        connection.sendall(headers(1000))
        stop.wait(30)
    server = serve(stall)
    started = time.monotonic()
    with pytest.raises(InputError, match="timed out|deadline"):
        fetcher(retries=5).fetch(f"http://news.test:{server.port}/stall")
    stop.set()
    assert time.monotonic() - started < 8  # not read_timeout * (retries + 1)


def test_retry_after_an_hour_is_not_waited_for(serve):
    server = serve(lambda c: c.sendall(headers(0, "503 Service Unavailable", "Retry-After: 3600\r\n")))
    started = time.monotonic()
    with pytest.raises(InputError, match=r"HTTP 503 .*asks to be retried in 3600 s, longer than the 30 s"):
        fetcher().fetch(f"http://news.test:{server.port}/busy")
    assert time.monotonic() - started < 2 and len(server.requests) == 1


def test_a_short_retry_after_is_honoured(serve):
    answers = iter([headers(0, "503 Service Unavailable", "Retry-After: 1\r\n"), headers(len(PAGE)) + PAGE])
    server = serve(lambda c: c.sendall(next(answers)))
    started = time.monotonic()
    assert fetcher().fetch(f"http://news.test:{server.port}/busy").body == PAGE
    assert 1 <= time.monotonic() - started < 4 and len(server.requests) == 2


def test_dns_rebinding_cannot_redirect_the_connection(serve):
    """The resolver answers 127.0.0.1 (checked and allowed) first, then 127.0.0.2 (another server); the
    request must reach the address that was checked, and the name is resolved once per request."""
    good = serve(lambda c: c.sendall(headers(len(PAGE)) + PAGE), host="127.0.0.1")
    evil = serve(lambda c: c.sendall(headers(4) + b"evil"), host="127.0.0.2", port=good.port)
    answers = []

    def rebinding(host, port):
        answers.append(host)
        return ["127.0.0.1"] if len(answers) == 1 else ["127.0.0.2"]
    f = Fetcher(ReadOptions(allow_private=True, delay=0.0, retries=0, deadline=5.0), resolve=rebinding)
    response = f.fetch(f"http://rebind.test:{good.port}/story")
    assert response.body == PAGE and response.url == f"http://rebind.test:{good.port}/story"
    assert answers == ["rebind.test"] and evil.requests == []
    assert f"Host: rebind.test:{good.port}" in good.requests[0]


def test_rebinding_to_a_metadata_address_is_refused_whatever_the_flag(serve):
    def metadata(host, port):
        return ["169.254.169.254"]
    f = Fetcher(ReadOptions(allow_private=True, delay=0.0, retries=0), resolve=metadata)
    with pytest.raises(InputError, match="169.254.169.254, a cloud metadata address, which is never fetched"):
        f.fetch("http://rebind.test/latest/meta-data/")


@pytest.mark.parametrize("address", ["64:ff9b::7f00:1", "2002:7f00:1::", "::ffff:127.0.0.1", "64:ff9b::a9fe:a9fe",
                                     "fd00:ec2::254"])
def test_embedded_loopback_and_metadata_addresses_are_refused(address):
    f = Fetcher(ReadOptions(delay=0.0, retries=0), resolve=lambda host, port: [address])
    with pytest.raises(InputError, match="refused"):
        f.fetch("http://sneaky.test/")
