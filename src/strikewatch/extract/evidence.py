"""The evidence check every backend's events pass before they become a record.

- Each quote must equal ``text[start:end]``; an item that does not is dropped.
- A figure (a weapon count, the killed or injured) must be supported by its quotes: a
  figure that no quote gives, where the quotes state other numbers ("a record 550 drones"
  read as 1), is set to null with its evidence. Figures fixed by words ("both", "no one",
  "killing him"), sums of parts and derived shares ("two-thirds of the 48") stand.

Nothing is dropped silently: each drop is returned as a reason, and the record keeps it
(``ArticleRecord.dropped``).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..quantities import NUMBER, ordinal, parse
from ..records import AirAttack, Evidence
from .casualties import ORDINAL_TOLL

_FIGURE = re.compile(rf"(?<![\w-])(?:{NUMBER})(?![\w-])", re.IGNORECASE)
# Words that derive a figure from the one a quote states: "two-thirds of the 48", "all but three", "a
# commander along with 18 others" (19) (a fraction, not the ordinal of "the third strike in a week")
_DERIVING = re.compile(r"\b(?:half|thirds|quarters|(?:(?<=-)|(?<=\bone\s)|(?<=\ba\s))(?:third|quarter)|"
                       r"all|but|of|remaining|rest|others?|and)\b", re.IGNORECASE)
COUNT_FIELDS = tuple(f"{w}.{r}" for w in ("drones", "missiles") for r in ("launched", "destroyed", "hit"))
FIGURE_FIELDS = (*COUNT_FIELDS, "killed", "injured")


# (a lone weapon that "evaded" the defences states none destroyed: "a missile fired from Yemen evaded them")
_ZERO_WORDS = r"\b(?:no\s+one|nobody|none|neither|no|evaded|eluded|slipped\s+through)\b"
_WORD_FIGURES = ((re.compile(_ZERO_WORDS, re.I), 0),
                 (re.compile(r"\b(?:an?|single|lone)\b", re.I), 1), (re.compile(r"\bboth\b", re.I), 2))


# Readers of figures in other languages' words ("дві ракети" states 2), added by the backends that
# read those languages; each takes a quote and returns the figures it states.
FIGURE_READERS: list[Callable[[str], list[int]]] = []


def _figures(quote: str) -> list[int]:
    """The figures a quote states, in numbers or in words ("no one" is 0, "an Iskander" 1, "both" 2)."""
    figures = [v for v in (parse(m.group()) for m in _FIGURE.finditer(quote)) if v is not None]
    figures += [v for reader in FIGURE_READERS for v in reader(quote)]
    return figures + [value for rx, value in _WORD_FIGURES if rx.search(quote)]


def supports(value: int, quotes: list[str]) -> bool:
    """Whether ``quotes`` support ``value``: a quote states it, or counts to it ("a sixth body"); or each
    quote states a part of it; or no quote states any figure, so words fix it ("both", "killing him", "no
    one"); or a quote derives it from the figure it states ("two-thirds of the 48")."""
    stated = [_figures(q) for q in quotes]
    if any(value in figures for figures in stated):
        return True
    if any(value == ordinal(m.group("n")) for q in quotes for m in ORDINAL_TOLL.finditer(q)):
        return True  # "a sixth body was recovered": the toll so far (not "a second missile" read as two)
    if len(quotes) > 1 and all(stated):
        return True
    if not any(stated):
        return True
    return any(_DERIVING.search(q) for q in quotes)


def _value(event: AirAttack, field: str) -> int | None:
    if "." in field:
        weapon, role = field.split(".")
        return getattr(getattr(event, weapon), role)
    return getattr(event, field)


def _without(event: AirAttack, field: str) -> AirAttack:
    if "." in field:
        weapon, role = field.split(".")
        return replace(event, **{weapon: replace(getattr(event, weapon), **{role: None})})
    return replace(event, **{field: None})


def check_event(text: str, event: AirAttack, where: str) -> tuple[AirAttack, list[str]]:
    """The event with every unsupported item removed, and the reason for each removal."""
    reasons: list[str] = []
    kept: list[Evidence] = []
    for item in event.evidence:
        if not item.quote.strip():
            reasons.append(f"{where}: {item.field} evidence at {item.start}-{item.end} quotes nothing")
        elif 0 <= item.start <= item.end <= len(text) and text[item.start:item.end] == item.quote:
            kept.append(item)
        else:
            reasons.append(f"{where}: {item.field} evidence {item.quote[:60]!r} is not the text at "
                           f"{item.start}-{item.end}")
    event = replace(event, evidence=tuple(kept))
    for field in FIGURE_FIELDS:
        value = _value(event, field)
        if value is None:
            continue
        quotes = [e.quote for e in event.evidence if e.field == field]
        if not quotes or not supports(value, quotes):
            shown = "; ".join(repr(q[:60]) for q in quotes) or "no quote"
            reasons.append(f"{where}: {field} = {value} dropped: not supported by {shown}")
            event = _without(event, field)
            event = replace(event, evidence=tuple(e for e in event.evidence if e.field != field))
    return event, reasons


def check_events(text: str, events: tuple[AirAttack, ...]) -> tuple[tuple[AirAttack, ...], tuple[str, ...]]:
    """Every event checked against ``text``; the reasons for what was dropped, in order."""
    checked, reasons = [], []
    for i, event in enumerate(events):
        event, why = check_event(text, event, f"event {i + 1}")
        checked.append(event)
        reasons.extend(why)
    return tuple(checked), tuple(reasons)


__all__ = ["COUNT_FIELDS", "FIGURE_FIELDS", "FIGURE_READERS", "check_event", "check_events", "supports"]
