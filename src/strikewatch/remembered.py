"""Patterns that remember their searches: the same search over the same text is not run twice.

The English rules search each sentence with many patterns, several rules search the same piece of
it with the same pattern, and the scope reads a sentence again on its own (``extract.scope``),
every pattern anew. A pattern made with ``remembered`` keeps what each ``search``, ``match``,
``fullmatch`` and ``finditer`` found, by text and bounds, and gives it back when asked again. What a
search finds depends on nothing but the pattern, the text and the bounds, so the answer kept is the
answer a new search gives (match objects are immutable; ``finditer`` gives a new iterator over the
matches kept). Remembering costs a dictionary look-up, more than a search that fails on its first
characters, so only the costly patterns searched most often are remembered (about 75 of them,
in 2026-12: 9% less CPU time for English extraction).

What is kept is bounded: ``forget`` drops it all, before each article (``extract.forget_sentences``),
and a pattern that has kept ``KEPT`` answers drops them before keeping another.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator

KEPT = 512  # answers kept by one pattern; an article of 100 sentences asks a few hundred
_NOT_KEPT = object()  # what the answers kept give for a search not kept (None is an answer: no match)


class Remembered:
    """A compiled pattern whose searches are remembered; its other methods and attributes
    (``sub``, ``split``, ``pattern``, ``groupindex``...) are the compiled pattern's own."""

    __slots__ = ("compiled", "_found")

    def __init__(self, compiled: re.Pattern[str]):
        self.compiled = compiled
        self._found: dict[tuple[str, str, int, int], object] = {}

    def _answer(self, kind: str, string: str, pos: int, endpos: int):
        key = (kind, string, pos, endpos)
        found = self._found.get(key, _NOT_KEPT)  # a miss is as common as a hit: no KeyError raised for it
        if found is not _NOT_KEPT:
            return found
        if len(self._found) >= KEPT:
            self._found.clear()
        method = getattr(self.compiled, kind)
        found = self._found[key] = tuple(method(string, pos, endpos)) if kind == "finditer" \
            else method(string, pos, endpos)
        return found

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._answer("search", string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._answer("match", string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._answer("fullmatch", string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(self._answer("finditer", string, pos, endpos))

    def forget(self) -> None:
        self._found.clear()

    def __getattr__(self, name: str):
        if name in Remembered.__slots__:  # not set yet (an object being copied or unpickled)
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"remembered({self.compiled!r})"


_made: dict[re.Pattern[str], Remembered] = {}  # one Remembered per compiled pattern


def remembered(pattern: str | re.Pattern[str], flags: int = 0) -> Remembered:
    """PATTERN (compiled with FLAGS, as by ``re.compile``) remembering its searches. A pattern already
    compiled gives the same Remembered each time, so that ``is`` still tells it from the others."""
    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
    if compiled not in _made:
        _made[compiled] = Remembered(compiled)
    return _made[compiled]


def forget() -> None:
    """Drop every answer kept, by every pattern."""
    for pattern in _made.values():
        pattern.forget()
