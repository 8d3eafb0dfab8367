"""Poll feeds and ingest each new entry once: ``strikewatch watch FEED... --every 10m``.

A ``Watcher`` polls each feed (a URL, or a local file that something else keeps up to date) in
rounds. For each feed it fetches the document, reads its entries, asks which entry ids are
already known, and ingests only the others. What has been seen is the store itself
(``Store.known_ids``: stored articles, copies of them, and rejected inputs), so it survives
restarts and is shared by every watcher of one database; an entry whose ingest failed is not
known and is tried again next round.

A feed that is down, times out, or serves something that is not a feed is logged and tried
again next round; malformed XML keeps the complete entries before the break. Nothing a feed
does stops the loop. Each poll of each feed logs one line::

    2025-07-09 06:50:02 INFO https://kyiv-ledger.example/rss: 3 new, 47 already seen, 0 rejected
    2025-07-09 07:00:02 WARNING https://kyiv-ledger.example/rss: not polled (HTTP 503 ...); retrying
"""
from __future__ import annotations

import io
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .config import per_run, setting
from .errors import InputError
from .ingest import LINKED_PAGE_NOTE, ReadOptions, Session, check_found, check_regular, entry_article
from .records import ArticleInput, Rejection
from .sources import Found, feeds, pages
from .sources.fetch import Fetcher
from .sources.sniff import sniff_whole

log = logging.getLogger("strikewatch.watch")
INTERVAL = re.compile(r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s?)?")
MAX_FEED_FILE_BYTES = 200_000_000

Item = ArticleInput | Rejection
Ingest = Callable[[list[Item]], object]  # stores the items: Store(url).ingest
Known = Callable[[Iterable[str]], set[str]]  # which of these ids are stored: Store(url).known_ids


def parse_interval(value: str) -> float:
    """Seconds in an interval written ``90``, ``30s``, ``10m``, ``1h`` or ``1h30m``; raise ValueError."""
    match = INTERVAL.fullmatch(value.strip().lower())
    if not value.strip() or not match or not any(match.groups()):
        raise ValueError(f"not an interval: {value!r} (expected e.g. 30s, 10m, 1h or 1h30m)")
    hours, minutes, seconds = (float(part or 0) for part in match.groups())
    total = hours * 3600 + minutes * 60 + seconds
    if total <= 0:
        raise ValueError(f"the interval must be longer than zero: {value!r}")
    return total


@dataclass(frozen=True)
class WatchOptions:
    """How often to poll and for how long; the default interval is [fetch] poll_every."""

    every: float = setting("fetch", "poll_every", lambda value: parse_interval(value))
    max_polls: int | None = per_run(None)  # rounds to run; None runs until interrupted
    read: ReadOptions = field(default_factory=ReadOptions, metadata={"setting": None})  # its own settings


@dataclass(frozen=True)
class Poll:
    """What one poll of one feed did."""

    feed: str
    new: int = 0  # entries handed to ingest (stored or rejected there)
    seen: int = 0  # entries already known
    rejected: int = 0  # new entries that could not be read as articles
    error: str | None = None  # why the feed could not be polled, or broke part-way
    teasers: int = 0  # new entries stored with the feed's own text, their linked page not fetched

    @property
    def failed(self) -> bool:
        """The feed could not be polled at all."""
        return self.error is not None and not (self.new or self.seen)

    def message(self) -> str:
        counts = f"{self.new} new, {self.seen} already seen, {self.rejected} rejected"
        if self.teasers:
            counts += f" ({self.teasers} with the feed's text only: their linked page could not be fetched)"
        if self.error is None:
            return f"{self.feed}: {counts}"
        if self.new or self.seen:
            return f"{self.feed}: {counts}; then {self.error}"
        return f"{self.feed}: not polled ({self.error}); retrying next round"


class Watcher:
    """Polls FEEDS in rounds and hands new entries to INGEST; KNOWN says which ids are stored."""

    def __init__(self, feeds: list[str], ingest: Ingest, known: Known, options: WatchOptions | None = None,
                 *, fetcher: Fetcher | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        self.feeds = list(dict.fromkeys(feeds))
        self.options = options or WatchOptions()
        self._ingest = ingest
        self._known = known
        self._sleep = sleep
        self._session = Session(self.options.read, fetcher)
        self.last_round: list[Poll] = []  # the polls of the latest round, for the exit status

    def run(self) -> int:
        """Poll every feed, round after round, until max_polls rounds; return the rounds run."""
        rounds = 0
        try:
            while self.options.max_polls is None or rounds < self.options.max_polls:
                started = time.monotonic()
                self.poll_all()
                rounds += 1
                if self.options.max_polls is not None and rounds >= self.options.max_polls:
                    break
                self._sleep(max(0.0, self.options.every - (time.monotonic() - started)))
        finally:
            self._session.close()
        return rounds

    def poll_all(self) -> list[Poll]:
        """One round: poll each feed once, in order."""
        self.last_round = [self.poll(feed) for feed in self.feeds]
        return self.last_round

    def poll(self, feed: str) -> Poll:
        """Poll FEED once, ingest its new entries and log one line; never raises for the feed's sake."""
        try:
            result = self._poll(feed)
        except Exception as error:  # noqa: BLE001  (a feed, a page or the store failing must not end the loop)
            log.exception("%s: poll failed", feed)
            result = Poll(feed, error=f"{type(error).__name__}: {error}")
        level = logging.INFO if result.error is None else logging.WARNING
        log.log(level, "%s", result.message())
        return result

    def _poll(self, feed: str) -> Poll:
        try:
            body = self._load(feed)
        except InputError as error:
            return Poll(feed, error=error.problem)
        except OSError as error:
            return Poll(feed, error=f"cannot read ({error.strerror or error})")
        kind = sniff_whole(body)
        if kind == "html" and _is_url(feed):
            return self._ingest_page(feed, body)
        if kind != "feed":
            return Poll(feed, error=f"not an RSS or Atom feed (it looks like {kind or 'nothing'})")
        entries, error = _entries(feed, body)
        return self._ingest_entries(feed, entries, error)

    def _load(self, feed: str) -> bytes:
        if _is_url(feed):
            return self._session.fetcher.fetch(feed).body
        check_regular(feed)  # a FIFO would block every later poll
        with open(feed, "rb") as file:
            body = file.read(MAX_FEED_FILE_BYTES + 1)
        if len(body) > MAX_FEED_FILE_BYTES:
            raise InputError(feed, f"feed file is over the {MAX_FEED_FILE_BYTES / 1e6:g} MB limit")
        return body

    def _ingest_entries(self, feed: str, entries: list[feeds.Entry], error: str | None) -> Poll:
        unique = list({entry.key: entry for entry in entries}.values())
        known = self._known([entry.key for entry in unique])
        new = [entry for entry in unique if entry.key not in known]
        fetch_page = self._session.fetch_page if self.options.read.fetch else None
        found = [entry_article(entry, fetch_page) for entry in new]
        poll = self._ingest_found(feed, found, error)
        return Poll(feed, new=poll.new, seen=len(unique) - len(new), rejected=poll.rejected, error=error,
                    teasers=poll.teasers)

    def _ingest_page(self, url: str, body: bytes) -> Poll:
        """A watched URL that serves a page, not a feed: its article, once."""
        if url in self._known([url]):
            return Poll(url, seen=1)
        try:
            found: Found | Rejection = Found(url, pages.read_page(url, body, url=url))
        except InputError as error:
            found = Rejection(url, error.problem)
        return self._ingest_found(url, [found], None)

    def _ingest_found(self, feed: str, found: list[Found | Rejection], error: str | None) -> Poll:
        items = [check_found(item)[1] for item in found]
        teasers = 0
        for item in items:
            for note in item.notes if isinstance(item, ArticleInput) else ():
                log.warning("%s: %s: %s", feed, item.id, note)
                teasers += note.startswith(LINKED_PAGE_NOTE.partition("{")[0])
        if items:
            self._ingest(items)
        rejected = sum(isinstance(item, Rejection) for item in items)
        return Poll(feed, new=len(items), rejected=rejected, error=error, teasers=teasers)


def _entries(feed: str, body: bytes) -> tuple[list[feeds.Entry], str | None]:
    """The complete entries of a feed document, and the error that stopped it, if any."""
    entries: list[feeds.Entry] = []
    try:
        for entry in feeds.read_entries(feed, io.BytesIO(body)):
            entries.append(entry)
    except InputError as error:
        return entries, error.problem
    return entries, None


def _is_url(value: str) -> bool:
    return urlsplit(value).scheme in ("http", "https")
