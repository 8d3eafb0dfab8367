"""The bounds every article is held to, whatever its source: text that patterns can read safely, and
figures that are plausible integers.

- ``clean_text`` runs when an article is read (``ingest``), before any pattern sees its text: a lone
  UTF-16 surrogate (which no UTF-8 output can carry) becomes U+FFFD, and a run of characters without
  a space longer than ``max_token_chars`` is cut to that length. What it changed is returned as notes,
  which the record keeps (``ArticleRecord.changed``).
- ``bound_events`` runs after the evidence check: a count that is negative ("-5 drones", "minus
  five") or above ``max_count`` (the totals, casualties and per-model figures), and an alert
  duration that is not finite or above ``max_alert_hours``, is dropped from its event with the
  reason.

Every limit is in ``defaults.toml`` [limits]; README, "Limits", says what happens at each.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache

from .config import setting
from .records import AirAttack


@dataclass(frozen=True)
class LimitOptions:
    """The bounds of defaults.toml [limits] (README, "Limits")."""

    time_budget_seconds: float = setting("limits", "time_budget_seconds")  # one article's extraction
    worker_start_seconds: float = setting("limits", "worker_start_seconds")  # a fresh worker's start
    max_token_chars: int = setting("limits", "max_token_chars")  # a longer run without a space is cut
    max_count: int = setting("limits", "max_count")  # a larger count is dropped
    max_alert_hours: float = setting("limits", "max_alert_hours")  # a longer alert is dropped


SURROGATE = re.compile("[\ud800-\udfff]")
COUNT_FIELDS = tuple(f"{w}.{r}" for w in ("drones", "missiles") for r in ("launched", "destroyed", "hit"))
FIGURE_FIELDS = (*COUNT_FIELDS, "killed", "injured")
FIRST_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)
# A sign or word just before a figure's quote that makes it negative: "-5 drones", "−7", "minus five".
NEGATIVE_BEFORE = re.compile(r"(?:(?<![\w.,])[-−]|\bminus\s+|\bnegative\s+)$", re.IGNORECASE)


def replace_surrogates(value: str) -> tuple[str, int]:
    """VALUE with each lone surrogate replaced by U+FFFD, and how many there were."""
    return SURROGATE.subn("\ufffd", value)


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """TEXT made safe for the patterns (see the module docstring), and a note for each change."""
    notes = []
    text, surrogates = replace_surrogates(text)
    if surrogates:
        plural = "s" if surrogates > 1 else ""
        notes.append(f"{surrogates} lone surrogate{plural} in the text replaced by U+FFFD")
    longest = LimitOptions().max_token_chars
    text, cut = _long_token(longest).subn(lambda m: m.group()[:longest], text)
    if cut:
        notes.append(f"{cut} run{'s' if cut > 1 else ''} of more than {longest} characters without a "
                     f"space cut to {longest}")
    return text, tuple(notes)


@cache
def _long_token(longest: int) -> re.Pattern[str]:
    return re.compile(rf"\S{{{longest + 1},}}")


def bound_events(text: str, events: tuple[AirAttack, ...]) -> tuple[tuple[AirAttack, ...], tuple[str, ...]]:
    """EVENTS with every implausible figure dropped (see the module docstring), and the reasons."""
    bounded, reasons = [], []
    for index, event in enumerate(events):
        event, why = bound_event(text, event, f"event {index + 1}")
        bounded.append(event)
        reasons += why
    return tuple(bounded), tuple(reasons)


def bound_event(text: str, event: AirAttack, where: str) -> tuple[AirAttack, list[str]]:
    """EVENT without its implausible figures, and the reason for each one dropped."""
    reasons, limits = [], LimitOptions()
    for field in FIGURE_FIELDS:
        value = _value(event, field)
        if value is None:
            continue
        problem = _count_problem(text, event, field, value, limits.max_count)
        if problem:
            reasons.append(f"{where}: {field} = {_shown(value)} dropped: {problem}")
            event = _without(event, field)
    for weapon in event.weapons:  # per-model figures are held to the same bounds as the totals
        for role in ("launched", "destroyed"):
            value, field = getattr(weapon, role), f"weapons.{weapon.model}.{role}"
            problem = None if value is None else _count_problem(text, event, field, value, limits.max_count)
            if problem:
                reasons.append(f"{where}: {field} = {_shown(value)} dropped: {problem}")
                event = _without_weapon_figure(event, weapon.model, role)
    hours = event.alert_hours
    if hours is not None:
        finite = isinstance(hours, int | float) and math.isfinite(hours)
        if not finite or hours < 0 or hours > limits.max_alert_hours:
            why = "not a finite number" if not finite else (
                "negative" if hours < 0 else f"over the maximum of {limits.max_alert_hours:g} hours")
            reasons.append(f"{where}: alert_hours = {_shown(hours)} dropped: {why}")
            event = _without(event, "alert_hours")
    return event, reasons


def _count_problem(text: str, event: AirAttack, field: str, value: object, most: int) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"not an integer ({type(value).__name__})"
    if value < 0:
        return "negative"
    if value > most:
        return f"over the maximum of {most:,}"
    quotes = [e for e in event.evidence if e.field == field]
    if any(NEGATIVE_BEFORE.search(_before_figure(text, e.start, e.end)) for e in quotes):
        return "the text gives it as a negative number"
    return None


def _before_figure(text: str, start: int, end: int) -> str:
    """The text just before the first figure of the quote at START:END (its sign, if any)."""
    digit = FIRST_FIGURE.search(text, start, end)
    return text[max(0, start - 12):digit.start() if digit else start]


def _shown(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else f"{shown[:20]}...({len(shown)} characters)"


def _value(event: AirAttack, field: str) -> object:
    if "." in field:
        weapon, role = field.split(".")
        return getattr(getattr(event, weapon), role)
    return getattr(event, field)


def _without_weapon_figure(event: AirAttack, model: str, role: str) -> AirAttack:
    """EVENT without ROLE's figure of weapon MODEL (and without the model when it has no figure left)."""
    weapons = []
    for weapon in event.weapons:
        if weapon.model == model:
            weapon = replace(weapon, **{role: None})
            if weapon.launched is None and weapon.destroyed is None:
                continue
        weapons.append(weapon)
    field = f"weapons.{model}.{role}"
    evidence = tuple(e for e in event.evidence if e.field != field)
    return replace(event, weapons=tuple(weapons), evidence=evidence)


def _without(event: AirAttack, field: str) -> AirAttack:
    if "." in field:
        weapon, role = field.split(".")
        event = replace(event, **{weapon: replace(getattr(event, weapon), **{role: None})})
    else:
        event = replace(event, **{field: None})
    return replace(event, evidence=tuple(e for e in event.evidence if e.field != field))
