"""User inputs -> ArticleInput, or a Rejection saying which input was bad and why.

``read_inputs`` accepts what a user has at hand: JSONL files of articles (one JSON object a
line, ``id`` and ``text`` required), ``.json`` files holding one article or a list of them,
plain-text and saved HTML articles, directories of those, and ``-`` for standard input. It
yields one item per article found, in input order, and never raises because of one bad input:
a bad input becomes a ``Rejection`` naming it (``articles.jsonl:7``, ``page.html``) with the
problem and the raw input, truncated, so that nothing is lost.
"""
from __future__ import annotations

import codecs
import io
import itertools
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import trafilatura

from .errors import InputError
from .records import ArticleInput, Rejection

# Limits. Each one is a judgement, not a law: change it here and the messages follow.
MAX_TEXT_BYTES = 2_000_000  # an article's text, UTF-8; the longest news articles are ~100 kB
MAX_PAGE_BYTES = 20_000_000  # a saved HTML page before extraction; pages carry scripts and styles
MAX_RAW_CHARS = 10_000  # how much of a rejected input Rejection.raw keeps for the rejects log
BINARY_SNIFF_BYTES = 8_000  # how much of a file is looked at to tell text from binary data (as git)
MAX_CONTROL_CHAR_SHARE = 0.10  # more control characters than this in the sniffed part = binary
MIN_WORDS_FOR_LANGUAGE_CHECK = 30  # shorter texts are too short to judge their language
# Share of words that are common English function words ("the", "of", "were"...). English news
# runs 0.27-0.41 and terse wire copy ("Drones hit Odesa overnight, officials said.") about 0.10;
# French, German and Spanish news stay under 0.05 and Cyrillic text is 0.
MIN_ENGLISH_STOPWORD_SHARE = 0.08
MAX_TITLE_CHARS = 150  # a .txt file's first line is a headline only if it is this short...
MAX_TITLE_WORDS = 25  # ...has at most this many words, no final full stop and a blank line after
MIN_PAGE_SENTENCE_WORDS = 8  # a page's main text needs a line this long; menus and footers are shorter

ENGLISH_STOPWORDS = frozenset("""
    a about above after again against all am an and any are as at be because been before being
    below between both but by could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves
""".split())
OPTIONAL_FIELDS = ("title", "published", "url", "outlet")
STDIN_NAME = "stdin"  # how rejections name standard input; a plain-text article read from it has id "-"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?")
HEADLINE_THEN_BODY = re.compile(r"\s*([^\n]+)\n[ \t]*\n(.*)", re.DOTALL)
WORD = re.compile(r"[^\W\d_]+")

Item = ArticleInput | Rejection
Named = tuple[str, Item]  # an item and the name of the input it came from


def read_inputs(paths: list[str], *, published: str | None = None,
                stdin: BinaryIO | io.TextIOBase | None = None) -> Iterator[Item]:
    """Yield one ArticleInput or Rejection per article found in PATHS, in input order.

    A path is a ``.jsonl``, ``.json``, ``.txt``, ``.html``/``.htm`` file, a directory of such
    files (read recursively, sorted), or ``-`` for STDIN (``sys.stdin`` by default). PUBLISHED
    is the ISO 8601 date given to articles that carry none; an invalid one raises InputError
    at once, before any input is read.
    """
    default = parse_published(published, "--published") if published is not None else None
    return _finish(itertools.chain.from_iterable(_read_path(path, stdin) for path in paths), default)


def parse_published(value: str, name: str = "published") -> str:
    """Return VALUE if it is an ISO 8601 date or date-time (YYYY-MM-DD[THH:MM[:SS][±HH:MM]])."""
    try:
        if not ISO_DATE.fullmatch(value):
            raise ValueError
        datetime.fromisoformat(value)
    except ValueError:
        raise InputError(name, f"not an ISO 8601 date or date-time: {value!r} "
                               "(expected e.g. 2025-07-04 or 2025-07-04T06:30:00+03:00)") from None
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


def english_stopword_share(text: str) -> float | None:
    """Share of TEXT's words that are common English function words; None if too few words."""
    words = WORD.findall(text.lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE_CHECK:
        return None
    return sum(word in ENGLISH_STOPWORDS for word in words) / len(words)


def _looks_like_headline(line: str) -> bool:
    line = line.strip()
    return (len(line) <= MAX_TITLE_CHARS and len(line.split()) <= MAX_TITLE_WORDS
            and not line.endswith(".") and WORD.search(line) is not None)


# Reading: each reader yields (name, item) pairs, and may raise InputError or OSError about the
# whole file, which _read_file turns into one Rejection.

def _read_path(path: str, stdin: BinaryIO | io.TextIOBase | None) -> Iterator[Named]:
    if path == "-":
        return _read_stream(STDIN_NAME, _binary(stdin if stdin is not None else sys.stdin))
    if os.path.isdir(path):
        return _read_directory(path)
    return _read_file(path)


def _read_file(path: str) -> Iterator[Named]:
    reader = READERS.get(Path(path).suffix.lower(), _read_unknown)
    try:
        yield from reader(path)
    except InputError as error:
        yield error.name, Rejection(error.name, error.problem, raw=error.raw)
    except OSError as error:
        yield path, Rejection(path, f"cannot read ({error.strerror or error})")


def _read_directory(path: str) -> Iterator[Named]:
    errors: list[OSError] = []
    files = []
    for root, dirs, names in os.walk(path, onerror=errors.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [os.path.join(root, n) for n in names
                  if Path(n).suffix.lower() in READERS and not n.startswith(".")]
    for error in errors:
        name = error.filename or path
        yield name, Rejection(name, f"cannot read ({error.strerror or error})")
    if not files and not errors:
        suffixes = ", ".join(sorted(READERS))
        yield path, Rejection(path, f"no article files ({suffixes}) in the directory")
    for file in sorted(files, key=lambda f: Path(f).relative_to(path).parts):
        yield from _read_file(file)


def _read_jsonl(path: str) -> Iterator[Named]:
    with open(path, "rb") as lines:
        yield from _jsonl_lines(path, lines)


def _jsonl_lines(name: str, lines: Iterable[bytes]) -> Iterator[Named]:
    for number, line in enumerate(lines, 1):
        if line.strip():
            where = f"{name}:{number}"
            yield where, _guard(where, _article_from_json_line, where, line.rstrip(b"\r\n"))


def _read_json(path: str) -> Iterator[Named]:
    text = _decode(path, _read_bytes(path, MAX_PAGE_BYTES))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        problem = f"not valid JSON ({error.msg} at line {error.lineno} column {error.colno})"
        raise InputError(path, problem, raw=_truncate(text)) from None
    if not isinstance(data, list):
        yield path, _guard(path, _article_from_object, path, data, _truncate(text))
        return
    for index, item in enumerate(data):
        where = f"{path}[{index}]"
        yield where, _guard(where, _article_from_object, where, item, _truncate(json.dumps(item)))


def _read_txt(path: str) -> Iterator[Named]:
    data = _read_bytes(path, MAX_TEXT_BYTES, "text")
    yield path, _guard(path, _article_from_bytes, path, path, data)


def _read_html(path: str) -> Iterator[Named]:
    data = _refuse_binary(path, _read_bytes(path, MAX_PAGE_BYTES))
    yield path, _guard(path, _article_from_page, path, data)


def _read_unknown(path: str) -> Iterator[Named]:
    with open(path, "rb") as stream:
        yield from _read_stream(path, stream, article_id=path)


def _read_stream(name: str, stream: BinaryIO, article_id: str = "-") -> Iterator[Named]:
    """Read JSONL when the first non-blank character is ``{``, else one plain-text article."""
    head = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    lines = itertools.chain(head, stream)
    if b"".join(head).removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{"):
        yield from _jsonl_lines(name, lines)
        return
    yield name, _guard(name, _article_from_bytes, name, article_id, b"".join(lines))


READERS: dict[str, Callable[[str], Iterator[Named]]] = {
    ".jsonl": _read_jsonl, ".json": _read_json, ".txt": _read_txt, ".html": _read_html, ".htm": _read_html,
}


# Building articles: each builder returns an ArticleInput or raises InputError.

def _guard(name: str, build: Callable[..., ArticleInput], *args: object) -> Item:
    try:
        return build(*args)
    except InputError as error:
        return Rejection(name, error.problem, raw=error.raw)


def _article_from_json_line(where: str, line: bytes) -> ArticleInput:
    text = _decode_utf8(where, line)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(where, f"not valid JSON ({error.msg} at column {error.colno})",
                         raw=_truncate(text)) from None
    return _article_from_object(where, data, _truncate(text))


def _article_from_object(where: str, data: object, raw: str) -> ArticleInput:
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
    return _article(name, id=article_id, text=body, title=title, raw=_truncate(text))


def _article_from_page(path: str, page: bytes) -> ArticleInput:
    document = trafilatura.bare_extraction(
        page, favor_precision=True, include_comments=False, include_tables=False, with_metadata=True,
        # Dates from the page's metadata only: the extensive search also guesses from "© 2025".
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    raw = _truncate_bytes(page)
    lines = [line.strip() for line in (document.text if document else "").splitlines() if line.strip()]
    if document and lines and lines[0] == (document.title or "").strip():
        lines = lines[1:]  # the page's <h1> repeats the headline
    if not any(len(line.split()) >= MIN_PAGE_SENTENCE_WORDS for line in lines):
        raise InputError(path, "no article text found in the page", raw=raw)
    return _article(path, id=path, text="\n\n".join(lines), title=document.title, published=document.date,
                    url=document.url, outlet=document.sitename, raw=raw)


def _article(name: str, *, raw: str | None, **fields: str | None) -> ArticleInput:
    """Check an article's text and build it: non-empty, within the size limit, English."""
    text = fields["text"] or ""
    if not text.strip():
        raise InputError(name, "empty text", raw=raw)
    _check_size(len(text.encode("utf-8")), MAX_TEXT_BYTES, name, "text", raw=raw)
    share = english_stopword_share(text)
    if share is not None and share < MIN_ENGLISH_STOPWORD_SHARE:
        problem = (f"text does not look like English ({share:.0%} of its words are common English "
                   f"words, expected at least {MIN_ENGLISH_STOPWORD_SHARE:.0%})")
        raise InputError(name, problem, raw=raw)
    return ArticleInput(**fields)


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
    with open(path, "rb") as file:
        _check_size(os.fstat(file.fileno()).st_size, limit, path, what)
        return file.read()


def _check_size(size: int, limit: int, name: str, what: str, raw: str | None = None) -> None:
    if size > limit:
        raise InputError(name, f"{what} is {size / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit", raw=raw)


def _decode(name: str, data: bytes) -> str:
    """Decode a whole file's bytes as UTF-8 text, refusing binary data."""
    return _decode_utf8(name, _refuse_binary(name, data))


def _refuse_binary(name: str, data: bytes) -> bytes:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(name, "text is UTF-16, not UTF-8 (save it as UTF-8)", raw=_truncate_bytes(data))
    if _is_binary(data):
        raise InputError(name, "not text (binary data)", raw=_truncate_bytes(data))
    return data


def _decode_utf8(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problem = f"not valid UTF-8 ({error.reason}, byte 0x{data[error.start]:02x} at offset {error.start})"
        raise InputError(name, problem, raw=_truncate_bytes(data)) from None


def _is_binary(data: bytes) -> bool:
    sniff = data[:BINARY_SNIFF_BYTES]
    if b"\x00" in sniff:
        return True
    controls = sum((byte < 32 and byte not in b"\t\n\r\f") or byte == 127 for byte in sniff)
    return bool(sniff) and controls / len(sniff) > MAX_CONTROL_CHAR_SHARE


def _binary(stream: BinaryIO | io.TextIOBase) -> BinaryIO:
    if hasattr(stream, "buffer"):
        return stream.buffer
    if isinstance(stream, io.TextIOBase):
        return io.BytesIO(stream.read().encode("utf-8"))
    return stream


def _truncate(text: str) -> str:
    return text[:MAX_RAW_CHARS]


def _truncate_bytes(data: bytes) -> str:
    return data[:MAX_RAW_CHARS].decode("utf-8", errors="replace")


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number",
             float: "number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
