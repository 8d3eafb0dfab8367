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

A search not kept is first tried the cheap way: most of these patterns are long alternations of words
that the engine tries at every position of a sentence, and every match of one consumes one of a few
literal strings ("drone", "missile", "shot"...: ``required_literals``, read from the pattern's parse).
A text in which none of them occurs (compared lower-cased) cannot match, and the answer is "no match"
without running the pattern: the same answer, found in a fraction of the time (in 2026-12, four searches
of a sentence in five are ruled out so; with the casualty patterns remembered and digits counted, 13%
less CPU time for the 1,000 articles of ``benchmarks/extract_speed.py``). A pattern whose matches consume
one literal of each of several such sets (a country's name, then "drones" or "missiles") needs the text to
hold one of each (``required_sets``): a fifth of the searches that pass the first set are ruled out by the
others.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from re import _constants as sre  # the parse tree of a pattern: Python's own (3.11+), as ``re`` reads it
from re import _parser as sre_parse

KEPT = 512  # answers kept by one pattern; an article of 100 sentences asks a few hundred
_NOT_KEPT = object()  # what the answers kept give for a search not kept (None is an answer: no match)
_UNSET = object()  # a pattern's required literals, not read yet
# Letters that a case-blind match takes for an ASCII letter though ``str.lower`` does not make them that
# letter ("ı" and "İ" for "i", "ſ" for "s"; found by trying every code point): a text holding one is searched
# in full.
_FOLDED_APART = ("\u0130", "\u0131", "\u017f")
MAX_CLASS = 12  # a character class of at most this many ASCII characters is a set of one-character literals
# stands for "a digit of any script" (``\d``) among a pattern's literals, which are all ASCII
DIGIT = "\N{SYMBOL FOR NULL}"
_ANY_DIGIT = re.compile(r"\d")


class Remembered:
    """A compiled pattern whose searches are remembered; its other methods and attributes
    (``sub``, ``split``, ``pattern``, ``groupindex``...) are the compiled pattern's own."""

    __slots__ = ("compiled", "_found", "_needs")

    def __init__(self, compiled: re.Pattern[str]):
        self.compiled = compiled
        self._found: dict[tuple[str, str, int, int], object] = {}
        self._needs: tuple[tuple[str, ...], ...] | object = _UNSET  # read on first use: ``required_sets``

    def _answer(self, kind: str, string: str, pos: int, endpos: int):
        key = (kind, string, pos, endpos)
        found = self._found.get(key, _NOT_KEPT)  # a miss is as common as a hit: no KeyError raised for it
        if found is not _NOT_KEPT:
            return found
        if len(self._found) >= KEPT:
            self._found.clear()
        needs = self._needs
        if needs is _UNSET:
            needs = self._needs = required_sets(self.compiled)
        if needs and not _may_match(needs, string, pos, endpos):
            found = self._found[key] = () if kind == "finditer" else None
            return found
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
    _lowered.clear()


_lowered: dict[str, str | None] = {}  # each text searched, lower-cased once for every pattern


def _may_match(needs: tuple[tuple[str, ...], ...], string: str, pos: int, endpos: int) -> bool:
    """Whether STRING[pos:endpos] holds one literal of each set of NEEDS, compared lower-cased (``DIGIT``,
    first in a set when there: any digit); True when the text holds a letter that lower-casing and a
    case-blind match read differently (``_FOLDED_APART``)."""
    low = _lowered.get(string, _NOT_KEPT)
    if low is _NOT_KEPT:
        if len(_lowered) >= KEPT:
            _lowered.clear()
        low = _lowered[string] = None if any(c in string for c in _FOLDED_APART) else string.lower()
    if low is None:
        return True
    whole = pos == 0 and endpos >= len(low)
    for literals in needs:
        if literals[0] == DIGIT and _ANY_DIGIT.search(string, pos, endpos):
            continue
        if whole:
            if not any(map(low.__contains__, literals)):  # ``map``: no Python frame per literal
                return False
        elif not any(low.find(literal, pos, endpos) >= 0 for literal in literals):
            return False
    return True


def required_literals(compiled: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which every match of COMPILED consumes (so a text holding none of
    them, lower-cased, has no match), or None when the pattern has no such set. Read from the pattern's
    parse: a run of literal characters is one string, an alternation needs one of its branches' sets, a
    repeat at least once needs its item's, ``\\d`` is ``DIGIT`` (put first); what a look-around, a
    back-reference or a class of many characters requires is not counted. Of a sequence's sets, the one
    of longest shortest string is kept."""
    sets = required_sets(compiled)
    return sets[0] if sets else None


def required_sets(compiled: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Every set of ``required_literals`` a match of COMPILED consumes one of, not only the best: a pattern
    that needs a country's name and then "drones" or "missiles" needs both, and a text without the second is
    ruled out though it names a country. The quickest to rule out first (``required_literals``'s own set);
    empty when the pattern has none."""
    if not isinstance(compiled.pattern, str):
        return ()
    sets = _all_of(sre_parse.parse(compiled.pattern, compiled.flags))
    ordered: list[tuple[str, ...]] = []
    for needs in sorted(sets, key=_quickness, reverse=True):  # stable: the first of equally quick sets leads
        literals = tuple(sorted(needs, key=lambda literal: (literal != DIGIT, literal)))
        if literals not in ordered:
            ordered.append(literals)
    return tuple(ordered)


def _all_of(items: Iterable[tuple]) -> list[frozenset[str]]:
    """The sets of literals a sequence of parse items needs, one of each: a run of literal characters is one
    string, and an item's own sets count as the sequence's."""
    sets: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            sets.append(frozenset(["".join(run)]))
            run = []
        if op is not None:
            sets += _item_needs(op, av)
    return sets


def _item_needs(op, av) -> list[frozenset[str]]:
    if op is sre.SUBPATTERN:
        return _all_of(av[3])
    if op is sre.ATOMIC_GROUP:
        return _all_of(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _all_of(av[2]) if av[0] >= 1 else []
    if op is sre.BRANCH:
        branches = [_best(_all_of(branch)) for branch in av[1]]
        if any(b is None for b in branches):
            return []
        return [_shortest(frozenset().union(*branches))]
    needs = _class_needs(op, av)
    return [needs] if needs is not None else []


def _class_needs(op, av) -> frozenset[str] | None:
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL and value < 128:
                chars.add(chr(value).lower())
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                chars.add(DIGIT)
            elif kind is sre.RANGE and value[1] < 128:
                chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
            else:
                return None  # a negated class, another category, a letter beyond ASCII
        return frozenset(chars) if len(chars) <= MAX_CLASS else None
    return None  # a look-around, an anchor, any character, a back-reference: nothing consumed for sure


def _quickness(literals: frozenset[str]) -> tuple[int, int]:
    """How quickly a set rules a text out: by its shortest string's length, then by fewer strings."""
    return min(map(len, literals)), -len(literals)


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """Of sets each of which a match needs one of, the quickest to rule out (the first of equally quick)."""
    best: frozenset[str] | None = None
    for needs in sets:
        if best is None or _quickness(needs) > _quickness(best):
            best = needs
    return best


def _shortest(literals: frozenset[str]) -> frozenset[str]:
    """LITERALS without those that hold another of them (a text holding "strikes" holds "strike")."""
    kept: list[str] = []
    for literal in sorted(literals, key=len):
        if not any(k in literal for k in kept):
            kept.append(literal)
    return frozenset(kept)
