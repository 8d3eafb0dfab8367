"""What kind of input some bytes are, from their content: the file name is only a hint.

``sniff(head)`` looks at the first bytes of an input and names its kind:

========== ===========================================================================
html       an HTML page (``<!DOCTYPE html>``, ``<html>``, or any markup that is not a feed)
feed       an RSS 2.0, RSS 1.0 (RDF) or Atom document
telegram   a Telegram Desktop export: a JSON object with a ``"messages"`` array
jsonl      JSON lines: most of the first lines are JSON objects on their own (a bad line among
           them, even the first, does not make the whole input something else)
json       a JSON document (an object or array spread over several lines, or an array on one)
urls       a list of http(s) URLs, one a line (blank lines and ``#`` comments allowed)
text       anything else: one plain-text article
utf16      text in UTF-16 (with a byte-order mark, or ASCII with every other byte NUL)
binary     not text at all (``describe_binary`` says what: gzip, zip, ...)
========== ===========================================================================

``choose_kind`` weighs that against the file's suffix: binary data, UTF-16, JSON lines, a feed, a
Telegram export, a URL list and an HTML document are recognised whatever the file is called,
while for the rest a ``.json``, ``.jsonl``, ``.txt`` or ``.html`` suffix says how the user wants
it read.
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
STRONG_KINDS = frozenset({"feed", "telegram", "urls", "html", "jsonl", "binary", "utf16"})
JSONL_SNIFF_LINES = 50  # how many of the first lines decide whether an input is JSON lines
LINE_BREAK = re.compile(rb"\r\n|\r|\n")
MAGIC = (  # the first bytes of formats people mistake for text files, and what to say about them
    (b"\x1f\x8b", "gzip-compressed data; decompress it first"),
    (b"PK\x03\x04", "a zip archive; unpack it first"),
    (b"BZh", "bzip2-compressed data; decompress it first"),
    (b"\xfd7zXZ\x00", "xz-compressed data; decompress it first"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data; decompress it first"),
    (b"%PDF-", "a PDF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
SUFFIX_KINDS = {".jsonl": "jsonl", ".json": "json", ".txt": "text", ".html": "html", ".htm": "html",
                ".xml": "feed", ".rss": "feed", ".atom": "feed"}


def sniff(head: bytes, complete: bool = False) -> str | None:
    """The kind of input HEAD (its first bytes) begins; None if it holds nothing but whitespace.

    COMPLETE says HEAD is the whole input, so that its last line is a whole line.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_without_bom(head):
        return "utf16"
    if is_binary(head) or head.startswith(tuple(magic for magic, _ in MAGIC)):
        return "binary"
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if not start:
        return None
    if start.startswith(b"<"):
        return _markup_kind(start)
    if start.startswith((b"{", b"[")):
        return _json_kind(start, complete)
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


def describe_binary(head: bytes) -> str:
    """What binary data HEAD begins, for a rejection: "gzip-compressed data; ...", else "binary data"."""
    return next((what for magic, what in MAGIC if head.startswith(magic)), "binary data")


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


def _json_kind(start: bytes, complete: bool) -> str:
    """JSON lines when most of the first complete lines are JSON objects on their own, else JSON."""
    if start.startswith(b"{") and TELEGRAM.search(start):
        return "telegram"
    lines = LINE_BREAK.split(start)
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut short
    lines = [line for line in lines if line.strip()][:JSONL_SNIFF_LINES]
    objects = sum(_is_json_object(line) for line in lines)
    if len(lines) == 1 and not objects:
        return "json"
    return "jsonl" if objects and objects * 2 >= len(lines) else "json"


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _utf16_without_bom(head: bytes) -> bool:
    """ASCII text written as UTF-16: a NUL after (or before) almost every character."""
    sample = head[:BINARY_SNIFF_BYTES]
    if len(sample) < 8:
        return False
    pairs = len(sample) // 2
    for nul in (1, 0):  # little-endian puts the NUL second
        nuls = sum(sample[i] == 0 for i in range(nul, pairs * 2, 2))
        others = sum(sample[i] == 0 for i in range(1 - nul, pairs * 2, 2))
        if nuls >= 0.9 * pairs and others == 0:
            return True
    return False


def _is_url_list(start: bytes, complete: bool) -> bool:
    text = start.decode("utf-8", errors="replace")
    lines = text.splitlines()
    if not complete and len(start) >= SNIFF_BYTES - 1 and lines:
        lines = lines[:-1]  # the last line may be cut short
    lines = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and all(URL_LINE.fullmatch(line) for line in lines)
