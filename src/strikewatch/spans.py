"""Sentences and quotes as character offsets into an article's text.

Every fact strikewatch extracts points back into the text it came from, so
everything here works on offsets: ``Sentence.start``/``end`` index the original
text, and ``text[s.start:s.end] == s.text`` always holds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Abbreviations after which a full stop does not end a sentence (a month's in capitals too: "OCT. 10").
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Rev|Prof|St|No|Nos|Jr|Sr|Gov|Sen|Rep|vs|etc|approx|"
    r"(?i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))|\b[A-Z]|\b(?:U\.S|U\.K|e\.g|i\.e))\.$")
_TIME_ABBREV = re.compile(r"\b[ap]\.m\.$")
_ABBREV_REACH = 12  # characters before a full stop that _ABBREV and _TIME_ABBREV need to see
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_WEEKDAY_OR_MONTH = re.compile(  # and time zones: "3:05 p.m. ET, April 24"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|(?:[ECMP][SD]?T|GMT|BST|UTC|CES?T|EES?T|MSK)(?=[\s,.)]|$))\b")

# A liveblog entry's time stamp at the start of a line: "17:15 — The Air Force says ...", "Posted at 9.40am",
# "22:40 - Explosions in Kharkiv" (a hyphen only with a space on either side)
ENTRY_STAMP = re.compile(r"(?<![^\n])[ \t]*(?:Posted\s+at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
                         r"(?:\s+[A-Z]{2,4})?(?:\s*[|—–,(]|\s+-(?=\s)|\s*$)", re.MULTILINE)


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: its offsets, its text and the paragraph it belongs to."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int  # position in the article, counting from 0


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; paragraphs (lines) always end a sentence."""
    return list(_sentences(text))


@lru_cache(maxsize=256)  # an article is split by its reader, its scope, its brief and its checks
def _sentences(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    para = 0
    for line in re.finditer(r"[^\n]+", text):
        chunk = line.group()
        if not chunk.strip():
            continue
        base = line.start()
        cut = 0
        for m in _BOUNDARY.finditer(chunk):
            # only the last few characters before the stop can be an abbreviation: searching the whole
            # line before each stop made a long paragraph quadratic
            head_end, head_start = m.start() + 1, max(0, m.start() + 1 - _ABBREV_REACH)
            if _ABBREV.search(chunk, head_start, head_end):
                continue
            if _TIME_ABBREV.search(chunk, head_start, head_end) and (
                    not chunk[m.end():m.end() + 1].isupper() or _WEEKDAY_OR_MONTH.match(chunk, m.end())):
                continue
            end = base + m.end()
            _add(out, text, base + cut, end, para)
            cut = m.end()
        _add(out, text, base + cut, base + len(chunk), para)
        para += 1
    return tuple(_join_lists(out, text))


_BULLET = re.compile(r"[–—•*-]\s")


def _item_continues(item: str) -> bool:
    """Whether a bulleted item continues the line above it: a count or a lower-case phrase ("– 2 Iskander-M
    missiles;", "– a shop;"), not a headline of its own ("- Russia attacks Ukraine with 309 drones")."""
    first = next((c for c in item[1:] if c.isalnum()), "")
    return first.isdigit() or first.islower()


def _join_lists(out: list[Sentence], text: str) -> list[Sentence]:
    """A line ending in a colon and the bulleted lines under it are one sentence: the items of
    "air defence shot down 309 targets:" / "– 2 Iskander-M missiles;" / "– 276 UAVs" share its verb. A list
    whose first item is a headline of its own ("Key developments:" / "- Russia attacks Ukraine…") is a list of
    sentences."""
    joined: list[Sentence] = []
    listed = False  # whether the last sentence is a line with the list items joined to it
    for s in out:
        last = joined[-1] if joined else None
        if last is not None and _BULLET.match(s.text) and s.paragraph > last.paragraph \
                and text[last.end:s.start].count("\n") == 1 and \
                (listed or ((last.text.endswith(":") or _BULLET.match(last.text.splitlines()[-1]))
                           and _item_continues(s.text))):
            joined[-1] = Sentence(last.start, s.end, text[last.start:s.end], last.paragraph, last.index)
            listed = True
        else:
            joined.append(Sentence(s.start, s.end, s.text, s.paragraph, len(joined)))
            listed = False
    return joined


def _add(out: list[Sentence], text: str, start: int, end: int, para: int = 0) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], para, len(out)))


def locate(text: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text``, the occurrence nearest to ``near``; None if absent."""
    if not quote:
        return None
    best = None
    i = text.find(quote)
    while i != -1:
        if best is None or abs(i - near) < abs(best - near):
            best = i
        i = text.find(quote, i + 1)
    return None if best is None else (best, best + len(quote))


def blank(match: re.Match[str]) -> str:
    """Spaces as long as MATCH: for ``pattern.sub(blank, text)``, which masks what a pattern finds and
    keeps every other offset where it was."""
    return " " * len(match.group())
