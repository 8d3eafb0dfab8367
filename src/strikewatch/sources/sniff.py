"""What kind of input some bytes are, from their content: the file name is only a hint.

``sniff(head)`` looks at the first bytes of an input and names its kind:

========== ===========================================================================
html       an HTML page (``<!DOCTYPE html>``, ``<html>``, or any markup that is not a feed)
feed       an RSS 2.0, RSS 1.0 (RDF) or Atom document
telegram   a Telegram Desktop export: a JSON object with a ``"messages"`` array
jsonl      JSON lines (the first line is a JSON value on its own)
json       a JSON document (an object or array spread over several lines)
urls       a list of http(s) URLs, one a line (blank lines and ``#`` comments allowed)
text       anything else: one plain-text article
binary     not text at all
========== ===========================================================================

``choose_kind`` weighs that against the file's suffix: a feed, a Telegram export, a URL list
and an HTML document are recognised whatever the file is called, while for the rest a
``.json``, ``.jsonl``, ``.txt`` or ``.html`` suffix says how the user wants it read.
"""
from __future__ import annotations

import codecs
import json
import re

SNIFF_BYTES = 65_536  # how much of an input sniff() needs to see
BINARY_SNIFF_BYTES = 8_000  # as git: a NUL byte or many control characters here mean binary data
MAX_CONTROL_CHAR_SHARE = 0.10
LEADING_MARKUP = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.DOTALL | re.IGNORECASE)
FIRST_TAG = re.compile(rb"<([A-Za-z][\w.:-]*)")
FEED_ROOTS = frozenset({b"rss", b"feed", b"rdf"})
HTML_DOCTYPE = re.compile(rb"\s*(<\?.*?\?>\s*)?(<!--.*?-->\s*)*<!DOCTYPE\s+html", re.DOTALL | re.IGNORECASE)
TELEGRAM = re.compile(rb'"messages"\s*:\s*\[')
URL_LINE = re.compile(r"https?://[^\s/?#]+[^\s]*")
STRONG_KINDS = frozenset({"feed", "telegram", "urls", "html"})
SUFFIX_KINDS = {".jsonl": "jsonl", ".json": "json", ".txt": "text", ".html": "html", ".htm": "html",
                ".xml": "feed", ".rss": "feed", ".atom": "feed"}


def sniff(head: bytes, complete: bool = False) -> str | None:
    """The kind of input HEAD (its first bytes) begins; None if it holds nothing but whitespace.

    COMPLETE says HEAD is the whole input, so that its last line is a whole line.
    """
    if is_binary(head):
        return "binary"
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if not start:
        return None
    if start.startswith(b"<"):
        return _markup_kind(start)
    if start.startswith((b"{", b"[")):
        return _json_kind(start)
    return "urls" if _is_url_list(start, complete) else "text"


def sniff_whole(data: bytes) -> str | None:
    """The kind of DATA, a whole input in memory (a fetched body, standard input)."""
    return sniff(data[:SNIFF_BYTES], complete=len(data) <= SNIFF_BYTES)


def choose_kind(sniffed: str | None, suffix: str) -> str:
    """The reader to use for an input of kind SNIFFED whose file name ends in SUFFIX."""
    by_suffix = SUFFIX_KINDS.get(suffix.lower())
    if sniffed in STRONG_KINDS:
        return sniffed
    if by_suffix is not None:
        return by_suffix
    return sniffed if sniffed in ("json", "jsonl") else "text"


def is_binary(data: bytes) -> bool:
    """True if DATA begins like binary data, not text."""
    sniff_part = data[:BINARY_SNIFF_BYTES]
    if sniff_part.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False  # text, in an encoding the text readers refuse with a clear message
    if b"\x00" in sniff_part:
        return True
    controls = sum((byte < 32 and byte not in b"\t\n\r\f") or byte == 127 for byte in sniff_part)
    return bool(sniff_part) and controls / len(sniff_part) > MAX_CONTROL_CHAR_SHARE


def _markup_kind(start: bytes) -> str:
    if HTML_DOCTYPE.match(start):
        return "html"
    position = 0
    while match := LEADING_MARKUP.match(start, position):
        position = match.end()
    tag = FIRST_TAG.match(start, start.find(b"<", position) if b"<" in start[position:] else position)
    root = tag[1].rsplit(b":", 1)[-1].lower() if tag else b""
    return "feed" if root in FEED_ROOTS else "html"


def _json_kind(start: bytes) -> str:
    if start.startswith(b"{") and TELEGRAM.search(start):
        return "telegram"
    first_line = start.split(b"\n", 1)[0]
    try:
        json.loads(first_line)
    except ValueError:
        return "json"
    return "jsonl"


def _is_url_list(start: bytes, complete: bool) -> bool:
    text = start.decode("utf-8", errors="replace")
    lines = text.splitlines()
    if not complete and len(start) >= SNIFF_BYTES - 1 and lines:
        lines = lines[:-1]  # the last line may be cut short
    lines = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and all(URL_LINE.fullmatch(line) for line in lines)
