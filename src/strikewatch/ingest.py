"""User inputs -> ArticleInput, or a Rejection saying which input was bad and why.

``read_inputs`` accepts what a user has at hand: JSONL files of articles (one JSON object a
line, ``id`` and ``text`` required), ``.json`` files holding one article or a list of them,
plain-text and saved HTML articles, RSS and Atom feeds, Telegram Desktop channel exports
(``result.json``), lists of URLs to fetch (``urls.txt``), directories of those, and ``-`` for
standard input. The kind of each input is recognised from its content (``sources.sniff``); the
file name is only a hint. It yields one item per article found, in input order, and never
raises because of one bad input: a bad input becomes a ``Rejection`` naming it
(``articles.jsonl:7``, ``page.html``, ``https://...``) with the problem and the raw input,
truncated, so that nothing is lost.

This module is the dispatcher; the readers of each kind of source live in ``strikewatch.sources``.
"""
from __future__ import annotations

import io
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from text_to_num import alpha2digit

from . import language
from .config import per_run, setting
from .errors import InputError
from .lexicon import en
from .limits import clean_text, replace_surrogates
from .records import ArticleInput, Rejection
from .sources import Found, FoundItem, feeds, pages, telegram
from .sources.fetch import Fetcher
from .sources.sniff import SNIFF_BYTES, choose_kind, describe_binary, is_binary, sniff, sniff_whole
from .unwrap import unwrap

# Limits. Each one is a judgement, not a law: change it here and the messages follow.
MAX_TEXT_BYTES = 2_000_000  # an article's text, UTF-8; the longest news articles are ~100 kB
MAX_PAGE_BYTES = 20_000_000  # a saved HTML page before extraction; pages carry scripts and styles
MAX_EXPORT_BYTES = 200_000_000  # a Telegram export is parsed whole; years of a busy channel are ~50 MB
MAX_URLS_BYTES = 2_000_000  # a urls.txt: some 20,000 URLs
MAX_LINE_BYTES = 8_000_000  # one JSONL line: a 2 MB text with room for escapes and the other fields
MAX_STDIN_BYTES = MAX_EXPORT_BYTES  # standard input that is not JSON lines is read whole, up to this
READ_CHUNK_BYTES = 1 << 20  # JSON lines are read this much at a time, never a whole line at once
# Publication dates outside these years are refused: date arithmetic on year 1 or 9999 overflows, and
# no report strikewatch reads is that old or that far ahead.
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_RAW_CHARS = 10_000  # how much of a rejected input Rejection.raw keeps for the rejects log
# A text shorter than this many words must give a figure (a number, in digits or words) or name a
# weapon or an attack to be a report: "Subscribe to our channel!" is not one; "Kyiv: 2 killed",
# "Drones hit Odesa port" and "Шахеди на Київ" are. Each language is judged with its own lexicon.
MIN_WORDS_WITHOUT_FIGURE = 12
MAX_TITLE_CHARS = 150  # a .txt file's first line is a headline only if it is this short...
MAX_TITLE_WORDS = 25  # ...has at most this many words, no final full stop and a blank line after
# A title longer than this is cut (at a space when there is one), with a note saying so: the longest
# real headlines run about 200 characters, and a 5,000-character "title" is a page's text or an attack.
MAX_STORED_TITLE_CHARS = 300

OPTIONAL_FIELDS = ("title", "published", "url", "outlet")
LINKED_PAGE_NOTE = "the linked page {link} could not be fetched ({problem}): the feed's own text was kept"
STDIN_NAME = "stdin"  # how rejections name standard input; a plain-text article read from it has id "-"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?")
HEADLINE_THEN_BODY = re.compile(r"\s*([^\n]+)\n[ \t]*\n(.*)", re.DOTALL)
WORD = re.compile(r"[^\W\d_]+")

_ATTACK_WORDS = re.compile(  # the extractor's own words for weapons and attacks (lexicon/en.py)
    rf"\b(?:{en.DRONE_NOUNS}|{en.MISSILE_NOUNS}|{en.BOMB_NOUNS}|{en.OTHER_PROJECTILES}|{en.DRONE_MODELS}|"
    rf"{en.MISSILE_MODELS}|{en.LAUNCH_VERBS}|{'|'.join(sorted(en.ATTACK_NOUNS))})s?\b",
    re.IGNORECASE,
)
Item = ArticleInput | Rejection
Named = tuple[str, Item]  # an item and the name of the input it came from


@dataclass(frozen=True)
class ReadOptions:
    """How inputs that point at the web are read; the defaults come from defaults.toml [fetch].

    A ``urls.txt`` is always fetched, whatever ``fetch`` says, since fetching is its whole point;
    ``fetch`` decides whether a feed entry's linked page is fetched for its full text (when it
    is off, the entry's own content or summary is the text).
    """

    fetch: bool = per_run(False)  # fetch each feed entry's linked page for its full text
    allow_private: bool = per_run(False)  # allow loopback, private and link-local addresses (a local server)
    timeout: float = setting("fetch", "read_timeout")  # seconds to wait for the server's next bytes
    connect_timeout: float = setting("fetch", "connect_timeout")
    max_bytes: int = setting("fetch", "max_bytes")  # a response body larger than this is refused
    user_agent: str = setting("fetch", "user_agent")  # "{version}" is replaced by strikewatch's version
    delay: float = setting("fetch", "delay_seconds")  # seconds between two requests to one host
    retries: int = setting("fetch", "retries")  # more tries after a connection error, timeout, 429 or 5xx
    backoff: float = setting("fetch", "backoff_seconds")  # first wait before a retry, doubled after each
    max_redirects: int = setting("fetch", "max_redirects")
    deadline: float = setting("fetch", "deadline_seconds")  # everything one URL may cost, retries included
    max_retry_after: float = setting("fetch", "max_retry_after_seconds")  # a longer Retry-After is not waited
    never_addresses: tuple[str, ...] = setting("fetch", "never_addresses", tuple)  # even with allow_private


def read_inputs(paths: list[str], *, published: str | None = None,
                stdin: BinaryIO | io.TextIOBase | None = None,
                options: ReadOptions | None = None) -> Iterator[Item]:
    """Yield one ArticleInput or Rejection per article found in PATHS, in input order.

    A path is a file (a JSONL or JSON file of articles, a ``.txt`` or HTML article, an RSS or
    Atom feed, a Telegram ``result.json``, a list of URLs), a directory of article files
    (``.jsonl``, ``.json``, ``.txt``, ``.html``/``.htm``, read recursively, sorted), or ``-``
    for STDIN (``sys.stdin`` by default). A file's kind is recognised from its content.
    PUBLISHED is the ISO 8601 date given to articles that carry none; an invalid one raises
    InputError at once, before any input is read. OPTIONS says how URLs are fetched.
    """
    default = parse_published(published, "--published") if published is not None else None
    return _finish(_read_all(paths, stdin, options or ReadOptions()), default)


def article_from_object(where: str, data: object, raw: str | None = None,
                        published: str | None = None) -> Item:
    """An article object (``{"id": ..., "text": ...}``) checked as a JSONL line is, or a Rejection
    naming WHERE; PUBLISHED is given to an article that carries no date."""
    item = _guard(where, _article_from_object, where, data, _truncate(raw or json.dumps(data)))
    if published and isinstance(item, ArticleInput) and not item.published:
        item = replace(item, published=published)
    return item


def check_found(found: FoundItem) -> Named:
    """An article a source reader found, checked (text, size, language), with its name."""
    if isinstance(found, Rejection):
        return found.input, found
    raw = _truncate(found.raw) if found.raw is not None else _truncate(found.article.text)
    fields = {field: getattr(found.article, field) for field in ("id", "text", *OPTIONAL_FIELDS, "notes")}
    return found.name, _guard(found.name, _checked_article, found.name, raw, fields)


class Session:
    """What one batch of inputs shares: the read options and, once a URL is met, one Fetcher."""

    def __init__(self, options: ReadOptions, fetcher: Fetcher | None = None) -> None:
        self.options = options
        self._fetcher = fetcher
        self._own_fetcher = fetcher is None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.options)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None and self._own_fetcher:
            self._fetcher.close()
            self._fetcher = None

    def fetch_page(self, url: str) -> ArticleInput:
        """The article of the page at URL (its id is URL); raise InputError if there is none."""
        response = self.fetcher.fetch(url)
        kind = sniff_whole(response.body)
        if kind != "html":
            raise InputError(url, f"not an HTML page ({_content_type(response.content_type)})")
        return pages.read_page(url, response.body, url=response.url)

    def entry_items(self, entries: Iterable[feeds.Entry]) -> Iterator[Named]:
        """Each feed entry as a checked article; its linked page is fetched if options.fetch."""
        for entry in entries:
            yield check_found(entry_article(entry, self.fetch_page if self.options.fetch else None))


def entry_article(entry: feeds.Entry, fetch_page: Callable[[str], ArticleInput] | None = None) -> FoundItem:
    """The article of one feed entry: its own text, or its linked page's when FETCH_PAGE is given.

    A linked page that cannot be fetched falls back on the entry's own text, with a note giving
    the reason; an entry with neither is a Rejection saying why.
    """
    article = ArticleInput(id=entry.key, text=entry.text, title=entry.title, published=entry.published,
                           url=entry.link, outlet=entry.outlet)
    if fetch_page is None or not entry.link:
        return Found(entry.key, article, raw=entry.raw)
    try:
        page = fetch_page(entry.link)
    except InputError as error:
        if entry.text:
            note = LINKED_PAGE_NOTE.format(link=entry.link, problem=error.problem)
            return Found(entry.key, replace(article, notes=(note,)), raw=entry.raw)
        return Rejection(entry.key, f"{error.problem} (fetching {entry.link})", raw=_truncate(entry.raw))
    return Found(entry.key, replace(article, text=page.text, title=entry.title or page.title,
                                    published=entry.published or page.published,
                                    outlet=entry.outlet or page.outlet), raw=entry.raw)


def parse_published(value: str, name: str = "published") -> str:
    """Return VALUE if it is an ISO 8601 date or date-time (YYYY-MM-DD[THH:MM[:SS][±HH:MM]])."""
    try:
        if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
            raise ValueError
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(name, f"not an ISO 8601 date or date-time: {_shown(value)} "
                               "(expected e.g. 2025-07-04 or 2025-07-04T06:30:00+03:00)") from None
    if not MIN_YEAR <= moment.year < MAX_YEAR:
        raise InputError(name, f"not a date strikewatch can use: {value!r} "
                               f"(the year must be from {MIN_YEAR} to {MAX_YEAR - 1})")
    return value


def split_title(text: str) -> tuple[str | None, str]:
    """Split a plain-text article into (headline, body) when its first line looks like a headline.

    A headline is a short first line with no final full stop, followed by a blank line and more
    text. Otherwise the title is None and the body is the whole text.
    """
    match = HEADLINE_THEN_BODY.fullmatch(text)
    if match and _looks_like_headline(match[1]) and match[2].strip():
        return match[1].strip(), match[2].strip()
    return None, text.strip()


def not_a_report(text: str, code: str = "en") -> str | None:
    """Why TEXT (in language CODE) is too short to report anything, or None: few words, and no figure,
    weapon or attack, each language judged by its own lexicon."""
    words = WORD.findall(text)
    if len(words) >= MIN_WORDS_WITHOUT_FIGURE:
        return None
    if code in ("uk", "ru"):
        from .extract.cyrillic import gives_figure_or_attack

        if gives_figure_or_attack(text, code):
            return None
    elif re.search(r"\d", alpha2digit(text, "en", threshold=0)) or _ATTACK_WORDS.search(text):
        return None
    return (f"too short to be a report: {len(words)} word{'s' if len(words) != 1 else ''} and no figure, "
            f"weapon or attack in them (a text under {MIN_WORDS_WITHOUT_FIGURE} words must give one)")


def _looks_like_headline(line: str) -> bool:
    line = line.strip()
    return (len(line) <= MAX_TITLE_CHARS and len(line.split()) <= MAX_TITLE_WORDS
            and not line.endswith(".") and WORD.search(line) is not None)


# Reading: each reader yields (name, item) pairs, and may raise InputError or OSError about the
# whole file, which _read_file turns into one Rejection.

def _read_all(paths: list[str], stdin: BinaryIO | io.TextIOBase | None,
              options: ReadOptions) -> Iterator[Named]:
    session = Session(options)
    try:
        for path in paths:
            yield from _read_path(path, stdin, session)
    finally:
        session.close()


def _read_path(path: str, stdin: BinaryIO | io.TextIOBase | None, session: Session) -> Iterator[Named]:
    if path == "-":
        return _read_stream(STDIN_NAME, _binary(stdin if stdin is not None else sys.stdin), session)
    if os.path.isdir(path):
        return _read_directory(path, session)
    return _read_file(path, session)


def _read_file(path: str, session: Session) -> Iterator[Named]:
    """The items of one file; any failure part-way becomes a last Rejection naming the file."""
    try:
        check_regular(path)
        with open(path, "rb") as file:
            head = file.read(SNIFF_BYTES)
        kind = choose_kind(sniff(head, complete=len(head) < SNIFF_BYTES), Path(path).suffix)
        yield from KINDS[kind](path, session)
    except InputError as error:
        yield error.name, Rejection(error.name, error.problem, raw=error.raw)
    except OSError as error:
        yield path, Rejection(path, f"cannot read ({error.strerror or error})")
    except Exception as error:  # a reader's bug must cost one file, never the batch
        yield path, Rejection(path, f"cannot read ({type(error).__name__}: {error})")


def check_regular(path: str) -> None:
    """Refuse what is not a regular file: a FIFO would block the batch and a device never ends."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        what = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a character device" if stat.S_ISCHR(mode)
                else "a block device" if stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "not a regular file")
        raise InputError(path, f"not a regular file ({what}); skipped")


def _read_directory(path: str, session: Session) -> Iterator[Named]:
    errors: list[OSError] = []
    files = []
    for root, dirs, names in os.walk(path, onerror=errors.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [os.path.join(root, n) for n in names
                  if Path(n).suffix.lower() in DIRECTORY_SUFFIXES and not n.startswith(".")]
    for error in errors:
        name = error.filename or path
        yield name, Rejection(name, f"cannot read ({error.strerror or error})")
    if not files and not errors:
        suffixes = ", ".join(sorted(DIRECTORY_SUFFIXES))
        yield path, Rejection(path, f"no article files ({suffixes}) in the directory")
    for file in sorted(files, key=lambda f: Path(f).relative_to(path).parts):
        yield from _read_file(file, session)


def _read_jsonl(path: str, session: Session) -> Iterator[Named]:
    with open(path, "rb") as stream:
        yield from _jsonl_lines(path, read_lines(stream))


def _jsonl_lines(name: str, lines: Iterable[bytes | None]) -> Iterator[Named]:
    for number, line in enumerate(lines, 1):
        where = f"{name}:{number}"
        if line is None:
            problem = f"line is over the {MAX_LINE_BYTES / 1e6:g} MB limit; skipped without being read whole"
            yield where, Rejection(where, problem)
        elif line.strip():
            yield where, _guard(where, _article_from_json_line, where, line)


LINE_END = re.compile(rb"\r\n|\r|\n")


def read_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """Each line of STREAM without its ending (\\n, \\r\\n or a lone \\r), read in chunks; a line
    longer than LIMIT bytes is None, skipped without ever being held whole."""
    pending, too_long, after_cr = bytearray(), False, False
    while chunk := stream.read(READ_CHUNK_BYTES):
        position = 1 if after_cr and chunk[:1] == b"\n" else 0  # a \r\n split between two chunks
        after_cr = False
        for end in LINE_END.finditer(chunk, position):
            piece = chunk[position:end.start()]
            yield None if too_long or len(pending) + len(piece) > limit else bytes(pending + piece)
            pending, too_long, position = bytearray(), False, end.end()
            after_cr = end.group() == b"\r" and end.end() == len(chunk)
        rest = chunk[position:]
        if not too_long and len(pending) + len(rest) > limit:
            pending, too_long = bytearray(), True
        elif not too_long:
            pending += rest
    if pending or too_long:
        yield None if too_long else bytes(pending)


def _read_json(path: str, session: Session) -> Iterator[Named]:
    yield from _json_items(path, _read_bytes(path, MAX_PAGE_BYTES))


def _read_telegram(path: str, session: Session) -> Iterator[Named]:
    yield from _json_items(path, _read_bytes(path, MAX_EXPORT_BYTES, "Telegram export"))


def _json_items(path: str, data: bytes) -> Iterator[Named]:
    """The articles of a JSON document: one article, a list of them, or a Telegram export."""
    text = _decode(path, data)
    data = _load_json(path, text, with_line=True)
    if telegram.is_export(data):
        yield from map(check_found, telegram.read_export(path, data))
        return
    if not isinstance(data, list):
        yield path, _guard(path, _article_from_object, path, data, _truncate(text))
        return
    for index, item in enumerate(data):
        where = f"{path}[{index}]"
        yield where, _guard(where, _article_from_object, where, item, _raw_json(item))


def _read_binary(path: str, session: Session) -> Iterator[Named]:
    with open(path, "rb") as file:
        head = file.read(SNIFF_BYTES)
    raise InputError(path, f"not text ({describe_binary(head)})", raw=_truncate_bytes(head))


def _read_utf16(path: str, session: Session) -> Iterator[Named]:
    with open(path, "rb") as file:
        head = file.read(SNIFF_BYTES)
    raise InputError(path, "text is UTF-16, not UTF-8 (save it as UTF-8)", raw=_truncate_bytes(head))


def _read_txt(path: str, session: Session) -> Iterator[Named]:
    data = _read_bytes(path, MAX_TEXT_BYTES, "text")
    yield path, _guard(path, _article_from_bytes, path, path, data)


def _read_html(path: str, session: Session) -> Iterator[Named]:
    yield _page_item(path, _read_bytes(path, MAX_PAGE_BYTES))


def _page_item(name: str, data: bytes) -> Named:
    data = _refuse_binary(name, data)
    raw = _truncate_bytes(data)
    try:
        article = pages.read_page(name, data)
    except InputError as error:
        return name, Rejection(name, error.problem, raw=raw)
    return check_found(Found(name, article, raw=raw))


def _read_feed(path: str, session: Session) -> Iterator[Named]:
    with open(path, "rb") as stream:
        yield from session.entry_items(feeds.read_entries(path, stream))


def _read_urls(path: str, session: Session) -> Iterator[Named]:
    text = _decode(path, _read_bytes(path, MAX_URLS_BYTES, "URL list"))
    for url in url_lines(text):
        yield from _read_url(url, session)


def url_lines(text: str) -> list[str]:
    """The URLs of a URL list: one a line; blank lines and lines starting with # are skipped."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _read_url(url: str, session: Session) -> Iterator[Named]:
    """Fetch URL and read what it serves: an HTML page (one article) or a feed (its entries)."""
    try:
        response = session.fetcher.fetch(url)
        kind = sniff_whole(response.body)
        if kind == "feed":
            yield from session.entry_items(feeds.read_entries(url, io.BytesIO(response.body)))
        elif kind == "html":
            raw = _truncate_bytes(response.body)
            article = pages.read_page(url, response.body, url=response.url)
            yield check_found(Found(url, article, raw=raw))
        else:
            raise InputError(url, f"not an HTML page or a feed ({_content_type(response.content_type)})",
                             raw=_truncate_bytes(response.body))
    except InputError as error:
        yield url, Rejection(url, error.problem, raw=error.raw)


def _read_stream(name: str, stream: BinaryIO, session: Session) -> Iterator[Named]:
    """Stream JSON lines when the start of the input is JSON lines (a bad line among the first ones,
    even the very first, does not change that); else read the input whole, up to MAX_STDIN_BYTES,
    and read it as its content says."""
    head = stream.read(SNIFF_BYTES)
    kind = sniff(head, complete=len(head) < SNIFF_BYTES)
    if kind == "jsonl":
        yield from _jsonl_lines(name, read_lines(_Prefixed(head, stream)))
        return
    data = head + stream.read(MAX_STDIN_BYTES + 1 - len(head)) if len(head) == SNIFF_BYTES else head
    if len(data) > MAX_STDIN_BYTES:
        problem = (f"standard input is over the {MAX_STDIN_BYTES / 1e6:g} MB limit for input that is not "
                   "JSON lines")
        yield name, Rejection(name, problem, raw=_truncate_bytes(data))
        return
    if kind in ("binary", "utf16"):
        yield _page_item(name, data)  # refused with the reason
    elif kind in ("json", "telegram"):
        yield from _guard_stream(name, _json_items(name, data))
    elif kind == "feed":
        yield from _guard_stream(name, session.entry_items(feeds.read_entries(name, io.BytesIO(data))))
    elif kind == "html":
        yield _page_item(name, data)
    elif kind == "urls":
        yield from _guard_stream(name, (item for url in url_lines(_decode(name, data))
                                        for item in _read_url(url, session)))
    else:
        yield name, _guard(name, _article_from_bytes, name, "-", data)


class _Prefixed(io.RawIOBase):
    """HEAD, then the rest of STREAM: the bytes sniffed are not lost."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._head:
            head, self._head = self._head, b""
            return head
        return self._stream.read(size)


def _guard_stream(name: str, items: Iterator[Named]) -> Iterator[Named]:
    """ITEMS, with an error raised part-way turned into a last Rejection."""
    try:
        yield from items
    except InputError as error:
        yield error.name, Rejection(error.name, error.problem, raw=error.raw)
    except Exception as error:  # a reader's bug must cost the rest of this input, never the batch
        yield name, Rejection(name, f"cannot read ({type(error).__name__}: {error})")


KINDS: dict[str, Callable[[str, Session], Iterator[Named]]] = {
    "jsonl": _read_jsonl, "json": _read_json, "text": _read_txt, "html": _read_html, "feed": _read_feed,
    "telegram": _read_telegram, "urls": _read_urls, "binary": _read_binary, "utf16": _read_utf16,
}
# A directory is read for these files (each then recognised by its content, like a named file).
DIRECTORY_SUFFIXES = frozenset({".jsonl", ".json", ".txt", ".html", ".htm", ".xml", ".rss", ".atom"})


# Building articles: each builder returns an ArticleInput or raises InputError.

def _guard(name: str, build: Callable[..., ArticleInput], *args: object) -> Item:
    """BUILD(*ARGS), or a Rejection of NAME saying why not: any failure costs this one input."""
    try:
        return build(*args)
    except InputError as error:
        return Rejection(name, error.problem, raw=error.raw)
    except Exception as error:  # a reader's bug must cost one input, never the batch
        return Rejection(name, f"cannot read ({type(error).__name__}: {error})")


def _article_from_json_line(where: str, line: bytes) -> ArticleInput:
    text = _decode_utf8(where, line)
    return _article_from_object(where, _load_json(where, text), _truncate(text))


def _load_json(name: str, text: str, with_line: bool = False) -> object:
    """TEXT parsed as JSON; InputError naming NAME and the problem when it cannot be."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        at = f"line {error.lineno} column {error.colno}" if with_line else f"column {error.colno}"
        problem = f"not valid JSON ({error.msg} at {at})"
    except RecursionError:
        problem = "not valid JSON for strikewatch (nested too deeply)"
    except ValueError as error:  # an integer of thousands of digits
        problem = f"not valid JSON for strikewatch ({error})"
    raise InputError(name, problem, raw=_truncate(text))


def _article_from_object(where: str, data: object, raw: str) -> ArticleInput:
    raw = replace_surrogates(raw)[0]
    if not isinstance(data, dict):
        raise InputError(where, f"expected a JSON object (one article), got {_json_type(data)}", raw=raw)
    for field in ("id", "text"):
        if field not in data:
            raise InputError(where, f'missing required field "{field}"', raw=raw)
        if not isinstance(data[field], str):
            problem = f'field "{field}" must be a string, got {_json_type(data[field])}'
            raise InputError(where, problem, raw=raw)
    if not data["id"].strip():
        raise InputError(where, 'field "id" is empty', raw=raw)
    for field in OPTIONAL_FIELDS:
        if not isinstance(data.get(field), str | None):
            problem = f'field "{field}" must be a string or null, got {_json_type(data[field])}'
            raise InputError(where, problem, raw=raw)
    if data.get("published"):
        try:
            parse_published(data["published"], where)
        except InputError as error:
            raise InputError(where, f'field "published" is {error.problem}', raw=raw) from None
    fields = {field: data.get(field) or None for field in OPTIONAL_FIELDS}
    return _article(where, id=data["id"], text=data["text"], raw=raw, **fields)


def _article_from_bytes(name: str, article_id: str, data: bytes) -> ArticleInput:
    _check_size(len(data), MAX_TEXT_BYTES, name, "text", raw=_truncate_bytes(data))
    text = _decode(name, data)
    title, body = split_title(text.replace("\r\n", "\n").replace("\r", "\n"))
    body, joined = unwrap(body)
    plural = "s" if joined > 1 else ""
    changes = (f"{joined} hard line break{plural} inside paragraphs joined",) if joined else ()
    return _article(name, id=article_id, text=body, title=title, raw=_truncate(text), changes=changes)


def _checked_article(name: str, raw: str | None, fields: dict[str, str | None]) -> ArticleInput:
    return _article(name, raw=raw, **fields)


def _article(name: str, *, raw: str | None, changes: tuple[str, ...] = (), **fields: Any) -> ArticleInput:
    """Check an article's text and build it: non-empty, within the size limit, in a language read
    (English, Ukrainian, Russian: ``language.detect``), a report; lone surrogates replaced and over-long
    tokens cut (``limits.clean_text``), each change noted; a long title cut, with a note."""
    raw = replace_surrogates(raw)[0] if raw else raw
    notes = list(changes)
    for field in ("id", *OPTIONAL_FIELDS):
        if fields.get(field):
            fields[field], count = replace_surrogates(fields[field])
            if count:
                plural = "s" if count > 1 else ""
                notes.append(f'{count} lone surrogate{plural} in field "{field}" replaced by U+FFFD')
    text = replace_surrogates(fields["text"] or "")[0]
    if not text.strip():
        raise InputError(name, "empty text", raw=raw)
    if not WORD.search(text):
        raise InputError(name, "no words in the text (only digits, punctuation or symbols)", raw=raw)
    _check_size(len(text.encode("utf-8")), MAX_TEXT_BYTES, name, "text", raw=raw)
    fields["text"], cleaned = clean_text(fields["text"] or "")
    notes += cleaned
    detection = language.detect(text)
    if not detection.read:
        raise InputError(name, detection.problem(), raw=raw)
    problem = not_a_report(text, detection.code)
    if problem:
        raise InputError(name, problem, raw=raw)
    title, note = cut_title(fields.get("title"))
    if note:
        fields = {**fields, "title": title, "notes": (*fields.get("notes", ()), note)}
    return ArticleInput(**fields, language=detection.code, changes=tuple(notes))


def cut_title(title: str | None) -> tuple[str | None, str | None]:
    """TITLE, cut to MAX_STORED_TITLE_CHARS at a space when it is longer, and a note saying so."""
    if title is None or len(title) <= MAX_STORED_TITLE_CHARS:
        return title, None
    head = title[: MAX_STORED_TITLE_CHARS - 1]
    space = head.rfind(" ")
    cut = (head[:space] if space > MAX_STORED_TITLE_CHARS // 2 else head).rstrip() + "…"
    return cut, f"title cut from {len(title):,} to {len(cut)} characters (at most {MAX_STORED_TITLE_CHARS})"


def _finish(items: Iterator[Named], published: str | None) -> Iterator[Item]:
    """Give articles the default publication date, and reject an id already used."""
    first_seen: dict[str, str] = {}
    for name, item in items:
        if isinstance(item, ArticleInput):
            if item.id in first_seen:
                reason = f'duplicate id "{item.id}" (first used by {first_seen[item.id]})'
                item = Rejection(name, reason, raw=_truncate(item.text))
            else:
                first_seen[item.id] = name
                if published and not item.published:
                    item = replace(item, published=published)
        yield item


# Bytes and text.

def _read_bytes(path: str, limit: int, what: str = "file") -> bytes:
    """The bytes of PATH, reading at most LIMIT + 1 of them: the size a file claims is not trusted."""
    with open(path, "rb") as file:
        _check_size(os.fstat(file.fileno()).st_size, limit, path, what)
        data = file.read(limit + 1)
    if len(data) > limit:
        raise InputError(path, f"{what} is over the {limit / 1e6:g} MB limit (more was read than the file "
                               "claimed to hold)")
    return data


def _check_size(size: int, limit: int, name: str, what: str, raw: str | None = None) -> None:
    if size > limit:
        raise InputError(name, f"{what} is {size / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit", raw=raw)


def _decode(name: str, data: bytes) -> str:
    """Decode a whole file's bytes as UTF-8 text, refusing binary data."""
    return _decode_utf8(name, _refuse_binary(name, data))


def _refuse_binary(name: str, data: bytes) -> bytes:
    kind = sniff(data[:SNIFF_BYTES], complete=len(data) <= SNIFF_BYTES)
    if kind == "utf16":
        raise InputError(name, "text is UTF-16, not UTF-8 (save it as UTF-8)", raw=_truncate_bytes(data))
    if kind == "binary" or is_binary(data):
        raise InputError(name, f"not text ({describe_binary(data)})", raw=_truncate_bytes(data))
    return data


def _decode_utf8(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problem = f"not valid UTF-8 ({error.reason}, byte 0x{data[error.start]:02x} at offset {error.start})"
        raise InputError(name, problem, raw=_truncate_bytes(data)) from None


def _binary(stream: BinaryIO | io.TextIOBase) -> BinaryIO:
    if hasattr(stream, "buffer"):
        return stream.buffer
    if isinstance(stream, io.TextIOBase):
        return io.BytesIO(stream.read().encode("utf-8"))
    return stream


def _truncate(text: str) -> str:
    return text[:MAX_RAW_CHARS]


def _raw_json(value: object) -> str:
    try:
        return _truncate(json.dumps(value, ensure_ascii=False))
    except (ValueError, RecursionError):
        return _truncate(repr(value))


def _shown(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _truncate_bytes(data: bytes) -> str:
    return data[:MAX_RAW_CHARS].decode("utf-8", errors="replace")


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number",
             float: "number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _content_type(value: str | None) -> str:
    return f"served as {value.split(';')[0].strip()}" if value else "no content type"
