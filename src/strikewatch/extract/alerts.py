"""How long the air-raid alert lasted: a stated duration ("sirens sounded for more than eight hours") or the
span between two clock times ("the alert lasted from 01:14 to 06:02")."""
from __future__ import annotations

import re

from ..quantities import NUMBER, ROUGH, parse, parse_hours

# the alert, under any of its names ("the regime of 'UAV danger'"), and the words up to its duration (across a
# clock time: "lifted at 6:15 a.m. after being in effect for")
_DANGER = r"(?:UAV|drone|missile)\s+danger"
_ALERT = rf"(?:alert|alarm|sirens?|air[- ]raid\s+warnings?|{_DANGER})s?"
# a regional alert told by its Russian name, which the word "alert" does not find
DANGER = re.compile(rf"\b{_DANGER}\b", re.IGNORECASE)
_SIRENS = rf"\b{_ALERT}\b(?:[^.;]|\b[ap]\.m\.){{0,80}}?\b"
_LASTED = (r"(?:lasted|went\s+on\s+for|continued\s+for|(?:was|were)\s+in\s+(?:place|effect|force)\s+for|"
           r"sounded\s+for|(?:is|was|were|are)\s+lifted\s+after|after\s+being\s+in\s+(?:place|effect|force)\s+for|for)")
_HOURS = (rf"(?:(?P<q>{ROUGH}|at\s+least|just\s+over)\s+)?"
          rf"(?P<h>{NUMBER}|an?|half\s+an|\d+(?:\.\d+)?)(?P<half>\s+and\s+a\s+half)?\s+hours?"
          rf"(?P<half_after>\s+and\s+a\s+half)?(?:\s+and\s+(?P<min>\d+|{NUMBER})\s+minutes?)?")
DURATION = re.compile(rf"{_SIRENS}{_LASTED}\s+{_HOURS}", re.IGNORECASE)
# the duration told first: "nearly seven hours of alert", "five hours of air-raid sirens"
HOURS_OF = re.compile(rf"\b{_HOURS}\s+of\s+(?:the\s+)?(?:air[- ]raid\s+)?{_ALERT}\b", re.IGNORECASE)
_ROUGH_BEFORE = re.compile(rf"\b{ROUGH}\s*$", re.IGNORECASE)
# an alert still under way as the report is written ("sirens have been sounding for more than two hours", "the
# alert has been on for an hour"): how long it has run so far, not how long it lasted
_UNDER_WAY = re.compile(r"\b(?:has|have)\s+been\b", re.IGNORECASE)
CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?\s?m\.?)?"
CLOCK_SPAN = re.compile(
    rf"\b(?:alert|alarm|sirens?)s?\b[^.;]{{0,80}}?\b(?:from|declared\s+at|sounded\s+at|began\s+at|issued\s+at|at)\s+"
    rf"{CLOCK}[^.;]{{0,80}}?\b(?:to|until|till|lifted\s+at|ended\s+at|cancelled\s+at|called\s+off\s+at)\s+{CLOCK}",
    re.IGNORECASE)


def alert(piece: str, base: int) -> tuple[float, tuple[int, int]] | None:
    m = DURATION.search(piece) or HOURS_OF.search(piece)
    if m and m.re is DURATION and _UNDER_WAY.search(m.group(0)):
        m = None  # "Sirens have been sounding across the country for more than two hours": not over yet
    if m and m.group("q") and (span := CLOCK_SPAN.search(piece)) and not any(
            _ROUGH_BEFORE.search(piece, 0, span.start(i)) for i in (1, 4)):
        # "almost five hours, from 01:14 to 06:02": the clock times are exact (not "until close to 6:30 a.m. —
        # nearly seven hours of alert", a clock time told roughly)
        m = None
    if m:
        # "two and a half hours" and "an hour and a half" both end up as "<n> and a half"
        hours = parse_hours(m.group("h") + (m.group("half") or m.group("half_after") or ""))
        if hours is not None:
            if m.group("min"):
                minutes = parse(m.group("min"))
                hours += (minutes or 0) / 60
            return round(hours, 2), (base + m.start(), base + m.end())
    m = CLOCK_SPAN.search(piece)
    if m:
        start, end = clock(m.group(1), m.group(2), m.group(3)), clock(m.group(4), m.group(5), m.group(6))
        if start is not None and end is not None:
            return round((end - start) % 24, 2), (base + m.start(), base + m.end())
    return None


def clock(h: str, mins: str | None, ampm: str | None) -> float | None:
    hour = int(h)
    if hour > 24 or (mins and int(mins) > 59):
        return None
    if ampm:
        pm = ampm.lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    return hour + (int(mins) / 60 if mins else 0)
