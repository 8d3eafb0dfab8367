"""Numbers as news prose writes them: "539", "1,000", "twenty-seven", "a dozen", "more than 800".

``NUMBER`` is a regular expression for one number; ``parse`` turns its text into
an int (None for vague amounts such as "dozens" or "several"). Hedges of size
("about", "more than") are reported separately, because the SPEC counts "more
than N" as N but prefers an exact figure to a rough one for the same thing.
"""
from __future__ import annotations

import re

from text_to_num import text2num

from .lexicon.en import AT_LEAST, NUMBER_WORDS, ROUGH, VAGUE  # noqa: F401 - re-exported: the number grammar's words

_UNITS = NUMBER_WORDS
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD = (r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[:9]) + r"))?|"
         + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")")
# ("a hundred and forty-five" is one number, never "forty-five" after a hundred)
_WORD_NUMBER = (rf"(?:{_WORD}|a)\s+hundred(?:\s+(?:and\s+)?{_WORD})?(?:\s+thousand)?|{_WORD}(?:\s+thousand)?|"
                r"a\s+thousand")
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"

# One number: digits, number words, "a dozen" or "two dozen". Vague amounts are matched so callers can skip them.
_DOZENS = rf"(?:{_WORD}|\d{{1,2}})\s+dozen\b(?!s)"
# (not the "dozen" of "several dozen" or "a few dozen", a vague amount)
NUMBER = rf"(?:{_DOZENS}|{_DIGITS}|a\s+dozen|(?<!several\s)(?<!few\s)(?<!some\s)dozen|{_WORD_NUMBER})"

_NUMBER_RE = re.compile(rf"^(?:{NUMBER})$", re.IGNORECASE)
# An ordinal that counts so far: "a sixth body was recovered" (the sixth dead)
_ORDINALS = "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
ORDINAL = "(?:" + "|".join(_ORDINALS) + ")"


def ordinal(text: str) -> int | None:
    """The count an ordinal word gives ("third": 3); None for any other word."""
    word = text.strip().lower()
    return _ORDINALS.index(word) + 2 if word in _ORDINALS else None


def parse(text: str) -> int | None:
    """The value of one number as written; None when it is not a precise number."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if not t or not _NUMBER_RE.match(t):
        return None
    if re.fullmatch(_DIGITS, t):
        whole, _, fraction = t.replace(",", "").partition(".")
        return int(whole) if not fraction.strip("0") else None  # never through float: 17 digits stay exact
    if t in ("dozen", "a dozen"):
        return 12
    if t.endswith(" dozen"):  # "two dozen missiles": 24
        times = parse(t.removesuffix(" dozen"))
        return times * 12 if times is not None else None
    if t.startswith("a "):
        t = "one " + t[2:]
    try:
        return int(text2num(t.replace("-", " "), "en"))
    except ValueError:
        return None


def parse_hours(text: str) -> float | None:
    """Hours in "two and a half", "5.5", "six", "an hour and a half", "half an hour"."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t in ("an", "one", "a"):
        return 1.0
    if t == "half an":
        return 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    m = re.fullmatch(rf"({NUMBER}|an|a)(?: and a half)?", t)
    if not m:
        return None
    base = 1 if m.group(1) in ("an", "a") else parse(m.group(1))
    if base is None:
        return None
    return base + (0.5 if t.endswith("and a half") else 0.0)
