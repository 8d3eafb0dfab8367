"""Readers of the places news comes from: saved pages, feeds, Telegram exports, the web.

Each reader turns bytes into ``Found`` articles (or ``Rejection``s naming what could not be
read); ``strikewatch.ingest`` recognises the kind of an input, calls the reader, and checks each
article's text (not empty, within the size limit, English) before it yields it.

- ``sniff``: what kind of input some bytes are (HTML page, RSS/Atom feed, Telegram export...).
- ``pages``: a saved or fetched HTML page -> its main text, title, date and outlet (trafilatura).
- ``feeds``: an RSS 2.0, RSS 1.0 or Atom feed -> one article per entry, streamed.
- ``telegram``: a Telegram Desktop channel export (``result.json``) -> one article per post.
- ``fetch``: HTTP with timeouts, retries, a size cap, a per-host delay and address checks.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import ArticleInput, Rejection


@dataclass(frozen=True)
class Found:
    """One article a reader found, before ingest checks its text."""

    name: str  # how a rejection of it is named: "feed.xml#3", "result.json#1204"
    article: ArticleInput
    raw: str | None = None  # the input it came from, for the rejects log (ingest truncates it)


FoundItem = Found | Rejection
