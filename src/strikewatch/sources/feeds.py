"""RSS 2.0, RSS 1.0 and Atom feeds -> one entry at a time, with constant memory.

A feed is parsed as a stream (``lxml.etree.iterparse``): each ``<item>`` or ``<entry>`` is read,
turned into an ``Entry`` and dropped before the next is parsed, so a feed of 10,000 entries
costs no more memory than a feed of ten. The feed's title becomes each entry's outlet.

An entry's text is its full content (``content:encoded``, Atom ``<content>``) when it has one,
else its description or summary; HTML in it is turned into paragraphs of plain text. Dates
(RFC 822 in RSS, ISO 8601 in Atom and Dublin Core) become ISO 8601.

Malformed XML stops the stream where it breaks: the entries before that point were complete and
are kept, and ``FeedError`` says where the feed broke.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import BinaryIO

import lxml.html
from lxml import etree

from ..errors import FeedError
from .pages import is_boilerplate_line

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
ENTRY_TAGS = frozenset({"item", f"{RSS1}item", f"{ATOM}entry"})
FEED_TITLE_PARENTS = frozenset({"channel", f"{RSS1}channel", f"{ATOM}feed"})
TITLE_TAGS = frozenset({"title", f"{RSS1}title", f"{ATOM}title"})
ROOTS = frozenset({"rss", f"{RDF}RDF", f"{ATOM}feed"})
BLOCK_TAGS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
                        "article", "ul", "ol", "table", "pre", "figure"})
DROP_TAGS = ("script", "style", "figcaption", "iframe", "noscript")
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A feed title's generic tail: "Kyiv Ledger - Latest news", "Frontline Review | RSS".
GENERIC_TITLE_TAIL = re.compile(
    r"\s+[-–—|:]\s+(latest|latest news|news|top stories|all (stories|articles|news)|rss|feed|home|world)\s*$",
    re.IGNORECASE)
# Private-use characters that mark a block boundary and a <br> while HTML is flattened to text.
PARAGRAPH_BREAK = "\ue000"
LINE_BREAK = "\ue001"
REPEATED_LINE_BREAKS = re.compile(f"{LINE_BREAK}(\\s*{LINE_BREAK})+")  # <br><br> ends a paragraph


@dataclass(frozen=True)
class Entry:
    """One feed entry, its text already plain."""

    key: str  # stable identity: the guid or Atom id, else the link, else a hash of title and date
    title: str | None
    link: str | None
    published: str | None  # ISO 8601
    text: str  # plain text, paragraphs separated by blank lines; may be empty
    outlet: str | None  # the feed's title
    raw: str  # the entry's XML, for the rejects log


def read_entries(name: str, stream: BinaryIO) -> Iterator[Entry]:
    """Yield each entry of the feed in STREAM (named NAME) as it is parsed.

    Raise FeedError if STREAM is not an RSS or Atom feed, or when its XML breaks (after the
    entries before the break were yielded).
    """
    outlet: str | None = None
    count = 0
    events = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, no_network=True,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        for event, element in events:
            if event == "start":
                if element.getparent() is None and element.tag not in ROOTS:
                    root = _local(element.tag)
                    raise FeedError(name, f"not an RSS or Atom feed (its root element is <{root}>)")
                continue
            if element.tag in TITLE_TAGS and _parent_tag(element) in FEED_TITLE_PARENTS:
                outlet = outlet_name(_text_of(element)) or outlet
            elif element.tag in ENTRY_TAGS:
                count += 1
                yield _entry(name, count, element, outlet)
                _drop(element)
    except etree.XMLSyntaxError as error:
        before = f"; the {count} entries before it were read" if count else ""
        raise FeedError(name, f"malformed XML ({error.msg}){before}") from None


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block element, separated by blank lines."""
    if "<" not in markup:
        return _paragraphs(markup, html=True)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _paragraphs(markup, html=True)
    for element in root.iter(*DROP_TAGS):
        element.drop_tree()
    for element in root.iter():
        if element.tag == "br":
            element.tail = LINE_BREAK + (element.tail or "")
        elif element.tag in BLOCK_TAGS:
            element.text = PARAGRAPH_BREAK + (element.text or "")
            element.tail = PARAGRAPH_BREAK + (element.tail or "")
    return _paragraphs(root.text_content(), html=True)


def plain_to_text(text: str) -> str:
    """Plain text with its paragraphs (split at blank lines) tidied: inner spaces collapsed."""
    return _paragraphs(text)


def outlet_name(feed_title: str | None) -> str | None:
    """The outlet a feed's title names, without a generic tail ("Kyiv Ledger - Latest" -> "Kyiv Ledger")."""
    return GENERIC_TITLE_TAIL.sub("", feed_title).strip() or feed_title if feed_title else None


def parse_date(value: str | None) -> str | None:
    """An RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core) date as ISO 8601; None if unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _entry(name: str, index: int, item: etree._Element, outlet: str | None) -> Entry:
    title = _child_text(item, "title", f"{RSS1}title", f"{ATOM}title")
    link = _link(item)
    published = parse_date(_child_text(item, "pubDate", f"{ATOM}published", f"{DC}date", f"{ATOM}updated"))
    guid = _child_text(item, "guid", f"{ATOM}id") or item.get(f"{RDF}about")
    if guid and ":" not in guid:  # an opaque guid ("kl-88412") is unique only within its feed
        guid = None if link else f"{name}#{guid}"
    key = guid or link or _fallback_key(name, index, title, published)
    return Entry(key=key, title=title, link=link, published=published, text=_body(item), outlet=outlet,
                 raw=etree.tostring(item, encoding="unicode"))


def _body(item: etree._Element) -> str:
    for tag in (f"{CONTENT}encoded", f"{ATOM}content", "description", f"{RSS1}description", f"{ATOM}summary"):
        element = item.find(tag)
        if element is None:
            continue
        kind = element.get("type", "text" if tag.startswith(ATOM) else "html")  # Atom's default is text
        if kind == "xhtml":
            markup = "".join(etree.tostring(child, encoding="unicode") for child in element)
        else:
            markup = element.text or ""
        text = html_to_text(markup) if kind != "text" else plain_to_text(markup)
        if text:
            return text
    return ""


def _link(item: etree._Element) -> str | None:
    for link in item.iterfind(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return _child_text(item, "link", f"{RSS1}link")


def _child_text(item: etree._Element, *tags: str) -> str | None:
    for tag in tags:
        element = item.find(tag)
        if element is not None and (text := _text_of(element)):
            return text
    return None


def _text_of(element: etree._Element) -> str | None:
    text = " ".join("".join(element.itertext()).split())
    return text or None


def _fallback_key(name: str, index: int, title: str | None, published: str | None) -> str:
    if not title:
        return f"{name}#{index}"
    return f"{name}#" + hashlib.sha256(f"{title}\n{published}".encode()).hexdigest()[:16]


def _paragraphs(text: str, html: bool = False) -> str:
    """Paragraphs split at PARAGRAPH_BREAK marks and blank lines, without boilerplate lines.

    In HTML a newline is a space like any other: only <br> marks (LINE_BREAK) break a line.
    """
    text = BLANK_LINE.sub(PARAGRAPH_BREAK, text)
    if html:
        text = REPEATED_LINE_BREAKS.sub(PARAGRAPH_BREAK, " ".join(text.split())).replace(LINE_BREAK, "\n")
    pieces = text.split(PARAGRAPH_BREAK)
    paragraphs = ("\n".join(line.strip() for line in SPACES.sub(" ", piece).splitlines() if line.strip())
                  for piece in pieces)
    return "\n\n".join(kept for kept in paragraphs if kept and not is_boilerplate_line(kept))


def _drop(element: etree._Element) -> None:
    """Free a parsed entry and the finished siblings before it, keeping memory flat."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _parent_tag(element: etree._Element) -> str | None:
    parent = element.getparent()
    return parent.tag if parent is not None else None


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]
