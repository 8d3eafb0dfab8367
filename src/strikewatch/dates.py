"""When an attack happened, resolved from the article's own words and its publication date.

The SPEC dates an attack by the calendar day it ended: "overnight into Friday" is
that Friday, "Tuesday night" is Tuesday unless the text carries it into Wednesday,
"the night of 17-18 September" is the 18th. Relative days resolve against
``published``; a day and month without a year resolve only when ``published``
gives the year. Vague references ("earlier this week") resolve to nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from .lexicon.en import ANSWERING, ATTACK_WORD
from .quantities import ORDINAL, ordinal
from .remembered import remembered
from .spans import blank

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Holidays named like days ("on New Year's Eve", "overnight into Christmas Day"): (month, day) of each; not one
# that names a thing of the holiday ("the Air Force's New Year's Day report", "a Christmas Eve service")
HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25)}
_HOLIDAY = (r"(?:New\s+Year['’]s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day))(?!\s+(?:report|address|message|speech|"
            r"greetings?|truce|ceasefire|celebrations?|part(?:y|ies)|service|mass|events?|holidays?)\b)")

# A day of a month written out ("Oct. 17", "17 October 2023"): its number counts nothing.
DAY_OF_MONTH = remembered(rf"\b(?:(?-i:{_MON})\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:{_MON}))"
                          rf"(?:,?\s+\d{{4}})?\b")

# Reporting clauses carry the day of the report, not of the attack: "said on Sunday", "said at a briefing on
# Wednesday afternoon", "residents on Friday recalled the night of 9 October".
_VENUE = (r"\s+(?:at|in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
          r"(?:briefing|statement|address|conference|interview|post|message|speech|update)")
_REPORTED = r"(?:said|says|told\s+\w+|reported|added|wrote|posted|announced|confirmed|stated|published|recalled)"
REPORTING = re.compile(
    rf"\b(?:{_REPORTED}\b(?:"
    rf"(?:{_VENUE}|(?:\s+\w+){{0,2}}?)(?:\s+(?:on|late\s+on|early\s+on|by))?\s+{_DAY}(?!'s|’s)(?:\s+(?:morning|afternoon|evening|night))?|"
    # "officials reported on Dec. 30": a day and month said of the report
    rf"\s+on\s+(?-i:{_MON})\s+\d{{1,2}}\b(?!'s|’s))|"
    # "The Pentagon on Monday named the three soldiers": the day the speaker spoke (only with the day first: "the
    # hospital named after Mechnikov on Sunday night" names a building)
    rf"on\s+{_DAY}(?:\s+(?:morning|afternoon|evening))?\s+(?:{_REPORTED}|named)\b)",
    re.IGNORECASE)
# A deadline dates a figure, not the attack: "by Friday, 12 people were confirmed dead".
DEADLINE = re.compile(rf"\bby\s+(?:late\s+|early\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?\b(?!'s|’s)",
                      re.IGNORECASE)
# Days said of what came after the attack: a figure's growth carries the day it was counted ("the toll rose to 40 on
# Monday", "the number of injured had risen to 151 by Monday morning", "rose to 31 on Aug. 1"), a day of mourning
# the day declared or kept ("declared Aug. 1 a day of mourning", "Sunday was declared a day of mourning", "Kyiv held a
# day of mourning on Friday"), a state that lasted the day it was seen in ("a fire that was still burning on
# Tuesday", "remained without power on Friday", "a blaze that crews were still battling on Tuesday")
_NAMED_DAY = rf"(?:(?-i:{_DAY})|(?-i:{_MON})\s+\d{{1,2}}\b|\d{{1,2}}\s+(?-i:{_MON}))"
_BE = r"(?:was|will\s+be|has\s+been|is)"  # "Sunday was declared", "a day of mourning will be held"
AFTERMATH_DAY = re.compile(
    rf"\b(?:rose|risen|climbed|grew|grown|increased|reached|stood|stands|jumped)\s+(?:to|at)\s+[^.;,]{{0,40}}?\b"
    rf"(?:on|by)\s+(?:late\s+|early\s+)?{_NAMED_DAY}|"
    rf"\bdeclared\s+(?:(?:on\s+)?{_NAMED_DAY}\s+(?:as\s+)?an?|an?)\s+(?:[\w-]+\s+){{0,2}}?days?\s+of\s+mourning"
    rf"(?:\s+(?:on|for)\s+{_NAMED_DAY})?|"
    rf"\b{_NAMED_DAY}\s+{_BE}\s+(?:declared\s+)?an?\s+(?:[\w-]+\s+){{0,2}}?day\s+of\s+mourning|"
    # the day a city mourned: "marked a day of mourning on Wednesday", "a day of mourning was declared for Friday"
    rf"\bdays?\s+of\s+mourning\s+(?:{_BE}\s+)?(?:(?:held|declared|observed|marked)\s+)?"
    rf"(?:on|for)\s+{_NAMED_DAY}(?!['’]s)|"
    rf"\b(?:still|remained|remains|continued\s+to)\s+(?:be\s+)?(?:burning|smou?ldering|blazing|raging|burn|smou?lder|"
    rf"closed|shut|without\s+\w+|out\s+of\s+(?:service|action)|battling|fighting|tackling|trying\s+to\s+(?:contain|"
    rf"put\s+out|extinguish))\b[^.;,]{{0,40}}?\b(?:on|until)\s+{_NAMED_DAY}",
    re.IGNORECASE)
# The day a war or a campaign began, said as the start of a stretch, dates no attack: "the heaviest exchange since the
# war began on Friday", "since fighting broke out on October 8", "the war that began on October 8" (but "a campaign that
# began on March 15, when strikes on the capital killed 53" dates the strike it tells)
_WAR = r"(?:war|campaign|conflict|fighting|hostilities|confrontation|escalation|offensive|invasion)"
WAR_BEGAN = re.compile(rf"\b(?:since\s+(?:the\s+)?(?:[\w-]+\s+)?{_WAR}\s+|{_WAR}\s+(?:that|which)\s+)"
                       rf"(?:began|started|erupted|broke\s+out)\s+(?:on\s+)?{_NAMED_DAY}(?:,?\s+\d{{4}})?+(?!,?\s+when\b)",
                       re.IGNORECASE)
# A dateline dates the report, not the attack: "KYIV, May 17 (Northern Wire) —", "KYIV, Ukraine, Aug 28 -", and a
# local paper's under its byline: "By Our Correspondent\n\nNEW DELHI, May 9:"
DATELINE = re.compile(rf"^\s*(?:By\s[^\n]{{1,80}}\n\s*)?(?:(?:[A-Z][A-Z'’. /-]+|[A-Z][a-z]+)(?:,\s+[A-Z][\w ]+)?,\s+"
                      rf"(?:{_MON}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON})(?:,?\s+\d{{4}})?|"
                      # a report dated at its head with no place: "December 30, 2023 —", "13 May 2025 —"
                      rf"(?:{_MON}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON}),?\s+\d{{4}})(?=\s*(?:\([^)]{{1,40}}\)\s*)?[-–—:])")
# A clock time told again in another time zone, in brackets after the local one: "from about 3 a.m. local time (2330
# GMT on Thursday)" is the local day's, not the day the brackets name
OTHER_ZONE = re.compile(rf"\(\s*(?:\d{{1,2}}[:.]?\d{{2}}|\d{{1,2}}\s*[ap]\.?m\.?)\s*(?:GMT|UTC|Z|[A-Z][a-z]+\s+time)\s+"
                        rf"(?:on\s+)?(?:{_DAY}|{_MON}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON})\s*\)")
# (not a comparison: "a smaller wave than last week" dates nothing)
# (nor a stretch named as another event's own: "in retaliation for last week's bombing in the capital")
VAGUE = re.compile(r"(?<!\bthan\s)\b(?:earlier\s+this\s+week|last\s+week|earlier\s+this\s+month|recently|in\s+recent\s+days|"
                   r"this\s+week|days\s+ago|weeks\s+ago|last\s+month|earlier\s+in\s+the\s+week|"
                   # a weekend is two days: which one is not said
                   r"(?:over|during)\s+the\s+weekend)\b(?!['’]s)", re.IGNORECASE)

_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?"  # "7am", "19:00", "9 p.m."

_EXPRESSIONS = [
    ("night_range", re.compile(rf"\bnight\s+of\s+(?:(\d{{1,2}})\s*(?:-|–|to|into)\s*(\d{{1,2}})\s+({_MON})|({_MON})\s+(\d{{1,2}})\s*(?:-|–|to|into)\s*(\d{{1,2}}))(?:,?\s+(\d{{4}}))?", re.I)),
    # "from 19:00 on Wednesday", "from 18:00 on 2 February": an Air Force count runs from an evening to the next morning
    # ... or "from 6 pm on Monday until the morning", "between 7 p.m. on 4 March and 9 a.m. on 5 March"
    ("from_evening", re.compile(rf"\b(?:from|between)\s+(?:(?:1[2-9]|2[0-3])[:.]\d{{2}}|(?:[5-9]|1[01])(?:[:.]\d{{2}})?\s*p\.?\s?m\.?)\s+"
                                rf"(?:\(\w+\)\s+|[A-Z]\w+\s+time\s+)?(?:on\s+)?(?:({_DAY})|(\d{{1,2}})\s+({_MON})|"
                                rf"({_MON})\s+(\d{{1,2}}))(?:,?\s+(\d{{4}}))?", re.I)),
    # "The attack began at around 6 p.m. on July 3", "a wave that started shortly after 19:00 on Monday": a night's
    # start, late in the evening (not "began at 13:00 on Monday", a day's own strike)
    ("from_evening", re.compile(rf"\b(?:began|started|starting|beginning)\s+(?:at\s+)?(?:(?:around|about|roughly|"
                                rf"shortly\s+after|just\s+after|after)\s+)?(?:(?:1[89]|2[0-3])[:.]\d{{2}}|"
                                rf"(?:[6-9]|1[01])(?:[:.]\d{{2}})?\s*p\.?\s?m\.?)\s+(?:on\s+)?(?:({_DAY})|(\d{{1,2}})\s+({_MON})|"
                                rf"({_MON})\s+(\d{{1,2}}))(?:,?\s+(\d{{4}}))?", re.I)),
    # "two salvos on Friday evening and further launches after midnight": an evening's attack carried past midnight
    # ends the next morning
    ("from_evening", re.compile(rf"\b({_DAY})\s+evening\b[^.;]{{0,60}}?\b(?:after|past)\s+midnight\b", re.I)),
    # "The drones started flying in on Wednesday evening": an attack that began in the evening ends the next morning
    ("from_evening", re.compile(rf"\b(?:started|began|starting|beginning)\b(?:\s+[\w-]+){{0,4}}?\s+(?:on\s+)?({_DAY})"
                                rf"\s+evening\b", re.I)),
    # "the 20 Shahed drones Russia launched on Friday evening": drones launched in an evening fly through the night
    # that ends the next morning (not "a missile attack launched on Monday evening", over within the evening)
    ("from_evening", re.compile(rf"\b(?:drones|Shaheds|UAVs)\s+(?:(?:that|which)\s+)?(?:[\w-]+\s+){{0,3}}?launched\s+"
                                rf"(?:on\s+)?({_DAY})\s+evening\b", re.I)),
    # "in the early hours of November 19", "before dawn on Sunday": a night named by the morning it ended
    ("morning_of", re.compile(rf"\b(?:in\s+the\s+(?:early|small|pre-dawn)\s+hours\s+of|before\s+dawn\s+on)\s+(?:({_DAY})|"
                              rf"(\d{{1,2}})\s+({_MON})|({_MON})\s+(\d{{1,2}}))(?:,?\s+(\d{{4}}))?\b", re.I)),
    # "April 15-16: 659 drones", "the decisive night was May 9-10": two days in a row, without "night of", are a night
    # all the same (a longer stretch, "6-12 July", dates no one attack)
    ("night_range", re.compile(rf"\b(?:(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})\s+({_MON})|({_MON})\s+(\d{{1,2}})\s*[-–]\s*"
                               rf"(\d{{1,2}}))\b(?:,?\s+(\d{{4}}))?", re.I)),
    ("full", re.compile(rf"\b(?:(\d{{1,2}})\s+({_MON})|({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("into_day", re.compile(rf"\b(?:overnight|night|early\s+hours|hours|continued|ran|lasted|running)\s+(?:\w+\s+){{0,4}}?into\s+(?:the\s+(?:early\s+hours|morning)\s+of\s+)?({_DAY}|{_HOLIDAY})", re.I)),
    # "Friday into Saturday, December 5-6, was the heaviest": a night named by the two days it spans, with no "night"
    ("into_day", re.compile(rf"\b(?:{_DAY})\s+into\s+({_DAY})\b", re.I)),
    # "between 7am on Wednesday and 7am today", "from Wednesday morning to Thursday morning": a stretch of hours
    # named by both its ends ends on the later, also when that is the day of the report
    ("until_day", re.compile(rf"\b(?:from|between)\s+(?:{_CLOCK}\s+(?:on\s+)?)?{_DAY}(?:\s+(?:morning|evening|night))?\s+"
                             rf"(?:to|and|until|till)\s+(?:{_CLOCK}\s+(?:on\s+)?)?({_DAY}|today)\b", re.I)),
    ("until_day", re.compile(rf"\b(?:until|till)\s+(?:the\s+)?(?:early\s+hours\s+of\s+|morning\s+of\s+)?"
                             rf"(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?\s+)?(?:on\s+)?)?({_DAY})", re.I)),
    # "Saturday night's attack, which ended early on Sunday": the day it ended
    ("until_day", re.compile(rf"\b(?:ended|ending)\s+(?:only\s+)?(?:early\s+|late\s+)?(?:on\s+)?(?:the\s+(?:early\s+hours|"
                             rf"morning)\s+of\s+)?({_DAY})", re.I)),
    # "after Friday's Russian attack", "the Friday airstrike on Dnipro": the day is said of the attack itself
    ("attack_day", re.compile(rf"\b(?:({_DAY})(?:\s+(?:night|evening|morning|afternoon))?(?:'s|’s)\s+(?:[\w-]+\s+){{0,4}}?|"
                              rf"the\s+({_DAY})(?:\s+(?:night|evening|morning|afternoon))?\s+(?:[\w-]+\s+){{0,2}}?)"
                              rf"(?:attacks?|(?:air\s*)?strikes?|airstrikes?|assault|barrage|raid|bombardment|shelling)\b",
                              re.I)),
    ("day", re.compile(rf"\b({_DAY}|{_HOLIDAY})(?:'s)?\b", re.I)),
    # (not "over the previous day": a daily report's tally of the 24 hours up to it, which dates no attack of its own)
    ("yesterday", re.compile(r"\b(?:yesterday|(?<!over\s)(?<!during\s)the\s+previous\s+(?:night|day|evening)|"
                             r"the\s+night\s+before|the\s+day\s+before)\b", re.I)),
    ("today", re.compile(r"\b(?:today|this\s+morning|last\s+night|overnight|tonight|earlier\s+today)\b", re.I)),
]


_FULL = dict(_EXPRESSIONS)["full"]
# "the night of 3 to 4 July": a night named by both its days, dated by the morning's
NIGHT_RANGE = next(rx for kind, rx in _EXPRESSIONS if kind == "night_range")


@dataclass(frozen=True)
class DateMention:
    """A day that a sentence names, resolved, with where it was said."""

    value: date | None
    start: int  # offsets relative to the sentence
    end: int
    kind: str  # which expression matched: "full", "day", "into_day", ...


def published_date(published: str | None) -> date | None:
    """The calendar day of publication as written (local date of the time stamp)."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
    except ValueError:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published.strip())
        return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def published_hour(published: str | None) -> int | None:
    """The hour of the day of publication as written, when the time stamp has one."""
    if not published or "T" not in published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).hour
    except ValueError:
        return None


def _month(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(key))


def _weekday_on_or_before(day: str, ref: date) -> date:
    back = (ref.weekday() - WEEKDAYS.index(day.lower())) % 7
    return ref - timedelta(days=back)


def _named_day(name: str, ref: date) -> date:
    """A weekday on or before ``ref``, or a holiday ("New Year's Eve") on or before it: the latest that is not
    more than two days after ``ref`` ("New Year's Day" said on 31 December is the next day)."""
    holiday = HOLIDAYS.get(re.sub(r"\s+", " ", name.lower().replace("’", "'")))
    if holiday is None:
        return _weekday_on_or_before(name, ref)
    month, day = holiday
    return max(d for d in (date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1))
               if d <= ref + timedelta(days=2))


def _day_month(day: int, month: int, year: int | None, ref: date | None) -> date | None:
    if year is None:
        if ref is None:
            return None
        year = ref.year
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        # "on 28 December" read in a January paper is last year's.
        return date(year - 1, month, day) if candidate > ref + timedelta(days=2) else candidate
    try:
        return date(year, month, day)
    except ValueError:
        return None


_NIGHT_AFTER = re.compile(r"\s+night\b", re.I)
_LAST_YEAR = re.compile(r",?\s+(?:of\s+)?last\s+year\b", re.I)
# "last Friday" before a weekday: the latest such day before the one it is said on, never that day itself
_LAST_BEFORE = re.compile(r"\blast\s+$", re.I)
_WEEKDAY_KINDS = ("day", "attack_day")
# "on Tuesday evening", "late on Tuesday", "on Tuesday night": the evening of the day named
_EVENING_AFTER = re.compile(r"\s+(?:evening|night)\b", re.I)
_LATE = r"\blate\s+(?:on\s+)?"
_LATE_BEFORE = re.compile(_LATE + "$", re.I)
_LATE_OPENING = re.compile(r"\s*" + _LATE, re.I)
_DAYTIME_AFTER = re.compile(r"\s+(?:morning|afternoon)\b", re.I)


def coming_night(sentence: str, mention: DateMention, published: date | None) -> DateMention | None:
    """The night that ends the next morning, when ``mention`` names the evening of the day a report was published
    ("drones were flying over Odesa on Tuesday evening", "late on Wednesday", said that evening): a night still
    going on, dated like "tonight" said at 22:40 (a strike that evening already over keeps its day). None when the
    mention names no such evening."""
    if published is None or mention.kind != "day" or mention.value != published:
        return None
    after = _EVENING_AFTER.match(sentence, mention.end)  # ("Tuesday night" is quoted whole already)
    if not (after or sentence[mention.start:mention.end].lower().endswith("night")
            or _LATE_BEFORE.search(sentence[:mention.start])):
        return None
    return replace(mention, value=published + timedelta(days=1), end=after.end() if after else mention.end,
                   kind="from_evening")


def opening_day(sentence: str, published: date | None) -> date | None:
    """The day before publication, when the opening sentence of a report dates its story by it ("Turkish jets struck
    northern Syria early on Sunday", read on Monday): the day an attack the report tells with no day of its own took
    place. None for any other day, and for an evening or a night ("on Thursday night", "late on Thursday"), which may
    run into the day of publication."""
    if published is None:
        return None
    mention = attack_date(sentence, published)[0]
    if mention is None or mention.value != published - timedelta(days=1):
        return None
    if _EVENING_AFTER.match(sentence, mention.end) or _LATE_BEFORE.search(sentence[:mention.start]) \
            or sentence[mention.start:mention.end].lower().endswith("night"):
        return None
    return mention.value


def late_start(text: str, start: int, end: int) -> int:
    """Where the quote of a day said from ``start`` to ``end`` begins: before "late on" when the text says it ("late
    on Friday", the evening that the night's wave ending the next morning holds), else at ``start`` (also for "late
    on Friday morning", which is the day's)."""
    m = _LATE_BEFORE.search(text, max(0, start - 12), start)
    return m.start() if m and not _DAYTIME_AFTER.match(text, end) else start


def said_late(quote: str) -> bool:
    """Whether a date quote opens with "late" ("late on Monday"): the evening the night's wave holds."""
    return bool(_LATE_OPENING.match(quote))


# "from late Thursday until Friday lunchtime", "from Sunday evening into Monday": a stretch opened in the evening or
# the night the day before, closed by the day that follows
_OPENED_LATE = re.compile(rf"\bfrom\s+(?:{_LATE}(?:{'|'.join(WEEKDAYS)})|(?:{'|'.join(WEEKDAYS)})\s+(?:evening|night)|"
                          rf"(?:the\s+)?(?:evening|night)\s+(?:of\s+)?(?:{'|'.join(WEEKDAYS)}))"
                          rf"\s+(?:until|till|to|into|through)\s+(?:on\s+)?(?:{'|'.join(WEEKDAYS)})\b", re.I)


def stretch_opened_late(before: str, quote: str) -> bool:
    """Whether a date quote ("until Friday", "Friday") closes a stretch that the words before it open late the day
    before or in its evening ("from late Thursday", "from Thursday evening into"): a wave that began in the night,
    whatever time of the next day it ran into ("until Friday lunchtime")."""
    told = before + quote
    return any(m.end() > len(before) for m in _OPENED_LATE.finditer(told))


@lru_cache(maxsize=4096)  # a sentence is asked about several times: by its event, its tolls, its rereading
def mentions(sentence: str, published: date | None, evening: bool = False) -> tuple[DateMention, ...]:
    """Every day the sentence names (reporting clauses excluded), in text order; in a report published in
    the ``evening``, "tonight" is the night that ends the next morning."""
    masked = OTHER_ZONE.sub(blank, DATELINE.sub(blank, AFTERMATH_DAY.sub(blank, REPORTING.sub(blank, DEADLINE.sub(
        blank, WAR_BEGAN.sub(blank, sentence))))))
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, rx in _EXPRESSIONS:
        for m in rx.finditer(masked):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _resolve(kind, m, published)
            if evening and value is not None and m.group().lower() == "tonight":
                value += timedelta(days=1)
            if kind == "full" and value is not None and not m.group(5) and _LAST_YEAR.match(masked, m.end()) \
                    and published is not None and value.year == published.year:
                value = _day_month(value.day, value.month, value.year - 1, None)  # "On 18 April last year"
            taken.append((m.start(), m.end()))
            day = next((g for g in (1, 2) if kind == "attack_day" and m.group(g)), None)
            start, end = (m.start(day), m.end(day)) if day else (m.start(), m.end())  # quote the day
            if value is not None and value == published and kind in _WEEKDAY_KINDS and _LAST_BEFORE.search(masked, 0, start):
                value -= timedelta(days=7)  # "last Friday's attack" said on a Friday: a week before, not that day
            night = _NIGHT_AFTER.match(masked, end) if kind in ("day", "attack_day") else None
            if night:
                end = night.end()  # "Saturday night": the quote says which night, filed under Sunday's morning
            found.append(DateMention(value, start, end, kind))
    return tuple(sorted(found, key=lambda d: d.start))


def _day_month_told(m: re.Match, ref: date | None) -> date | None:
    """The date of a mention told by day and month, either way round, with its year if given: groups 2-3
    (day, month) or 4-5 (month, day), the year in group 6."""
    day, month = (int(m.group(2)), _month(m.group(3))) if m.group(2) else (int(m.group(5)), _month(m.group(4)))
    return _day_month(day, month, int(m.group(6)) if m.group(6) else None, ref)


def _resolve(kind: str, m: re.Match, ref: date | None) -> date | None:
    if kind == "night_range":
        first, day, month, year = (m.group(1), int(m.group(2)), _month(m.group(3)), m.group(7)) if m.group(1) else \
            (m.group(5), int(m.group(6)), _month(m.group(4)), m.group(7))
        if int(first) + 1 != day and not m.group().lower().startswith("night"):
            return None  # a stretch of days
        return _day_month(day, month, int(year) if year else None, ref)
    if kind == "from_evening":
        if m.group(1):
            start = _weekday_on_or_before(m.group(1), ref) if ref else None
        else:
            start = _day_month_told(m, ref)
        return start + timedelta(days=1) if start else None
    if kind == "morning_of" and not m.group(1):
        return _day_month_told(m, ref)
    if kind == "full":
        if m.group(1):
            day, month = int(m.group(1)), _month(m.group(2))
        else:
            day, month = int(m.group(4)), _month(m.group(3))
        year = int(m.group(5)) if m.group(5) else None
        return _day_month(day, month, year, ref)
    if ref is None:
        return None
    if kind in ("into_day", "until_day", "day", "attack_day", "morning_of"):
        name = m.group(1) or m.group(2)
        return ref if name.lower() == "today" else _named_day(name, ref)
    if kind == "yesterday":
        return ref - timedelta(days=1)
    return ref  # today, overnight, last night: the morning of publication


# A roundup's heading: a line that is only a day, perhaps after a place ("Monday:", "Kharkiv, Tuesday.",
# "Wednesday, 5 February", "Oryol and Bryansk regions, Saturday 15 March.").
_DAY_HEADING = re.compile(
    rf"^\s*(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|regions?|oblasts?|krai|province|district)){{0,4}},\s*)?"
    rf"(?P<day>{_DAY}|(?:\d{{1,2}}\s+{_MON}|{_MON}\s+\d{{1,2}})"
    rf"(?:,?\s+\d{{4}})?)(?:,?\s+(?:\d{{1,2}}\s+{_MON}|{_MON}\s+\d{{1,2}})(?:,?\s+\d{{4}})?)?\s*[:.–—-]?\s*$")


# A roundup's heading that names a night by both its days, or a stretch of days: "Oct. 17-18.", "17-18 October:",
# "Saturday night to Sunday, February 22.", "Wednesday to Friday." (a night is dated by its morning; a longer
# stretch heads a section of no one day)
_RANGE_HEADING = re.compile(
    rf"^\s*(?:(?P<month>{_MON})\s+\d{{1,2}}\s*[-–]\s*(?P<day>\d{{1,2}})|\d{{1,2}}\s*[-–]\s*(?P<day2>\d{{1,2}})\s+"
    rf"(?P<month2>{_MON})|(?P<first>{_DAY})(?:\s+(?:night|evening))?\s+(?:to|into|[-–])\s+(?P<last>{_DAY}))"
    rf"(?P<date>,?\s+(?:\d{{1,2}}\s+{_MON}|{_MON}\s+\d{{1,2}}))?(?:,?\s+(?P<year>\d{{4}}))?\s*[:.–—-]?\s*$")


def _range_heading(line: str, published: date | None) -> DateMention | None:
    """The day a heading that names a night or a stretch of days dates (see ``_RANGE_HEADING``): a night's
    morning; None (a heading all the same) for a stretch longer than a night."""
    m = _RANGE_HEADING.match(line)
    if not m:
        return None
    year = int(m.group("year")) if m.group("year") else None
    said = max(m.end(g) for g in ("day", "month2", "last", "date", "year") if m.group(g))  # where the quote ends
    if m.group("first"):
        if (WEEKDAYS.index(m.group("last").lower()) - WEEKDAYS.index(m.group("first").lower())) % 7 != 1:
            return DateMention(None, m.start("first"), said, "heading")
        found = [d for d in mentions(m.group("date") or "", published) if d.kind == "full" and d.value]
        value = found[0].value if m.group("date") and found else \
            _named_day(m.group("last"), published) if published else None
        return DateMention(value, m.start("first"), said, "heading")
    day, month = (m.group("day"), m.group("month")) if m.group("day") else (m.group("day2"), m.group("month2"))
    value = _day_month(int(day), _month(month), year, published)
    return DateMention(value, len(line) - len(line.lstrip()), said, "heading")


# A timeline's aside after the weekday that heads an entry: "Friday 20 September (the prelude)." (a dateline's
# "KYIV, 17 March (Agency)." is no heading)
_HEADING_ASIDE = re.compile(rf"^(\s*{_DAY}\b[^()\n]*?)\s*\([^()\n]{{1,40}}\)(?=\s*[:.–—-]?\s*$)")


# "Tuesday: Russia launched…", "Thursday, November 27 — A quieter night": a roundup's day opening its paragraph
_DAY_LEAD = re.compile(
    rf"^\s*(?P<day>{_DAY}(?:,?\s+(?:\d{{1,2}}\s+{_MON}|{_MON}\s+\d{{1,2}})(?:,?\s+\d{{4}})?)?)\s*(?::|\s[–—]|\s-)\s+(?=[A-Z\"“])")


# "2 March — The first strike on the port", "March 9: 40 drones at the depot": a timeline's date with no weekday
# opening its paragraph (a heading only in a timeline, which opens two paragraphs or more so: one such date is a
# dateline, "April 4, 2025 - Russia launched ..."); a gallery's numbered captions each open with a dateline,
# "3. ODESA, March 9 - Firefighters ...", whose date heads the caption as a timeline's does
_DATE_LEAD = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s+)?(?:[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+){0,3},\s+)?"
    rf"(?P<day>(?:\d{{1,2}}\s+{_MON}|{_MON}\s+\d{{1,2}})(?:,?\s+\d{{4}})?)\s*(?::|\s[–—]|\s-)\s+(?=[A-Z0-9\"“])")


# "**Friday 13 June.** Israel opens its campaign", "**24 November.** Hezbollah fired", "**Tuesday 25 March -
# Omdurman.** Drones struck": a day set in bold (Markdown) opening its paragraph, perhaps with the place it tells of
_BOLD_LEAD = re.compile(
    rf"^\s*\*\*(?P<day>(?:{_DAY},?\s+)?(?:\d{{1,2}}\s+{_MON}|{_MON}\s+\d{{1,2}})(?:,?\s+\d{{4}})?|{_DAY})"
    rf"(?:\s*[-–—,]\s*[^*\n]{{1,40}}?)?\s*[.:]?\*\*\s+(?=[A-Z\"“])")


# a paragraph opened by a title in bold: "**The totals.** Israel says", "**Background.** Three days before"
_BOLD_TITLE = re.compile(r"^\s*\*\*[^*\n]{1,60}\*\*\s")


def titled_section(line: str) -> bool:
    """Whether a paragraph opens with a title of its own in bold (``_BOLD_TITLE``): a roundup's section that a day
    set in bold before it (``_BOLD_LEAD``) no longer heads."""
    return bool(_BOLD_TITLE.match(line))


# A heading set in capitals ("MONDAY, OCT. 10 —", "SUNDAY"): its words up to the first lower-case one
_CAPS_OPENING = re.compile(r"^\s*[A-Z]{3,}\b(?:[\s,.:–—-]+(?:[A-Z]+|\d+)\b)*")


def _titled(line: str) -> str:
    """``line`` with a heading in capitals that opens it written as a title ("Monday, Oct. 10 —"), so the
    day patterns read it; offsets are kept."""
    m = _CAPS_OPENING.match(line)
    return line if not m else m.group().title() + line[m.end():]


def day_lead(line: str, published: date | None) -> DateMention | None:
    """The day a paragraph opens with ("Tuesday: …", "TUESDAY, OCT. 11 — …", "**Tuesday 25 March.** …"), resolved against ``published``;
    None when it opens otherwise. Offsets are those of the day in ``line``."""
    line = _titled(line)
    m = _DAY_LEAD.match(line) or _BOLD_LEAD.match(line)
    if not m:
        return None
    found = [d for d in mentions(m.group("day"), published) if d.kind in ("full", "day")]
    day = next((d for d in found if d.kind == "full" and d.value), found[0] if found else None)
    return DateMention(day.value if day else None, m.start("day"), m.end("day"), "heading")


def timeline(text: str) -> bool:
    """Whether two paragraphs of TEXT or more open with a date and no weekday ("2 March — …", "9 March — …"):
    a timeline, whose dates head its sections (``date_lead``)."""
    return sum(1 for paragraph in text.split("\n") if _DATE_LEAD.match(paragraph)) >= 2


def date_lead(line: str, published: date | None) -> DateMention | None:
    """The date a timeline's paragraph opens with ("2 March — The first strike on the port"), resolved against
    ``published``; None when it opens otherwise. Offsets are those of the date in ``line``."""
    m = _DATE_LEAD.match(line)
    if not m:
        return None
    found = [d for d in mentions(m.group("day"), published) if d.kind == "full"]
    return DateMention(found[0].value if found else None, m.start("day"), m.end("day"), "heading")


def day_heading(line: str, published: date | None) -> DateMention | None:
    """The day a heading line names, resolved against ``published``; None when the line is not a
    heading. An unresolved day still counts as a heading (its value is None)."""
    line = _HEADING_ASIDE.sub(r"\1", _titled(line))
    m = _DAY_HEADING.match(line)
    if not m:
        return _range_heading(line, published)
    found = [d for d in mentions(line, published) if d.kind in ("full", "day")]
    full = next((d for d in found if d.kind == "full" and d.value), None)
    day = full or (found[0] if found else None)
    if day is None:
        return DateMention(None, m.start("day"), m.end("day"), "heading")
    return DateMention(day.value, day.start, day.end, "heading")


# What may stand before a night that opens a sentence: "Overnight into Friday, ...", "Then came the night into
# Thursday.", "On the night of 24-25 April, ...", and the evening's day of a review's "Tuesday night into Wednesday."
_OPENER_LEAD = re.compile(r"\W*(?:(?:then|and|but)\s+)?(?:(?:came|followed)\s+)?(?:(?:on|in|during)\s+)?(?:the\s+)?"
                          rf"(?:{_DAY}\s+)?", re.IGNORECASE)
# The nights that name their morning: "overnight into Friday", "the night of 24-25 April", "from 18:00 on Monday"
EXACT_NIGHTS = ("into_day", "night_range", "from_evening", "morning_of")
# Nights whatever their words: "from 6 p.m. on Monday", "before dawn on Sunday"
NIGHT_KINDS = ("from_evening", "morning_of")


# "last night" (a "today" mention), which in a report posted in the small hours while the night's attack is still under
# way is the night before it
_LAST_NIGHT = re.compile(r"last\s+night", re.I)


def night_before_the_one_under_way(sentence: str, mention: DateMention) -> DateMention | None:
    """""Last night four people were killed in the region", posted at 03:10 while the blasts of the night now going on
    are heard: the night before it, which ended the morning before the report's day (kind "last_night"); None when
    MENTION is no "last night"."""
    if mention.value is None or not _LAST_NIGHT.fullmatch(sentence[mention.start:mention.end]):
        return None
    return replace(mention, value=mention.value - timedelta(days=1), kind="last_night")


def names_morning(quote: str) -> bool:
    """Whether a date quote names a night by the morning it ended ("overnight into Friday", "the night of 24-25
    April", "started flying in on Wednesday evening"): a night, whatever time of day it also names."""
    return any(d.kind in EXACT_NIGHTS for d in mentions(quote, None))


def night_opener(sentence: str, published: date | None) -> DateMention | None:
    """The night a sentence opens with, when it names its morning ("Overnight into Friday, Russia kept up its
    attacks", "Then came the night into Thursday."); None when the sentence opens otherwise."""
    first = next((d for d in mentions(sentence, published) if d.kind in EXACT_NIGHTS), None)
    if first is None or first.value is None:
        return None
    return first if _OPENER_LEAD.fullmatch(sentence[:first.start]) else None


# How far into a text a printed date still dates the report: a dateline, a caption, a lead.
PRINTED_DATE_WINDOW = 500


# A photo's caption, which often carries the full date a dateline gives without its year: one labelled as such, or a
# paragraph in brackets that closes with the photo's credit ("(Rescuers search the rubble in Kharkiv, Ukraine, May 3,
# 2025. Agency/Name Surname)")
_CAPTION = re.compile(r"^[ \t]*(?:(?:photo(?:\s+caption)?|caption|pictured|picture|image)[ \t]*[:.–—-][^\n]*|"
                      r"\([^\n()]*\.\s+[\w.&-]+(?:\s[\w.&-]+){0,2}/[^\n()/]+\)[ \t]*$)", re.IGNORECASE | re.MULTILINE)


# A title that closes on the full date of its report, as bulletins print it: "Flash Update No. 3: Strikes across
# Ukraine, 26 August 2024", "Situation report (as of 14 May 2025)"
_TITLE_DATE = re.compile(rf"[,:;(–—-]\s*(?:as\s+of\s+)?(?P<date>(?:\d{{1,2}}\s+{_MON}|{_MON}\s+\d{{1,2}}),?\s+\d{{4}})"
                         r"\s*\)?\s*$", re.I)
# A stretch of days printed with its year ("covers Saturday and Sunday, February 1-2, 2025", "2–8 October 2023"): a
# digest of those days, dated by the last of them
_PRINTED_STRETCH = re.compile(rf"\b(?:\d{{1,2}}\s*[-–]\s*(?P<last1>\d{{1,2}})\s+(?P<month1>{_MON})|"
                              rf"(?P<month2>{_MON})\s+\d{{1,2}}\s*[-–]\s*(?P<last2>\d{{1,2}})),?\s+(?P<year>\d{{4}})\b", re.I)


def printed_date(text: str, title: str | None = None) -> date | None:
    """The full date a title closes on ("Flash Update No. 3: ..., 26 August 2024"), else the first full date with its
    year printed near the start of a text ("KYIV, December 29, 2023", "on 4 July 2025"; of a stretch of days, its
    last: "February 1-2, 2025"), else in a photo caption ("Photo caption: ... in Lviv, December 29, 2023."): the date
    of a report that carries no publication date."""
    closing = _TITLE_DATE.search(title or "")
    if closing and (m := _FULL.fullmatch(closing.group("date"))):
        return _resolve("full", m, None)
    for part in (text[:PRINTED_DATE_WINDOW], *(m.group() for m in _CAPTION.finditer(text))):
        full = next((m for m in _FULL.finditer(part) if m.group(5)), None)
        stretch = _PRINTED_STRETCH.search(part)
        if stretch and (full is None or stretch.start() <= full.start()):
            return _day_month(int(stretch.group("last1") or stretch.group("last2")),
                              _month(stretch.group("month1") or stretch.group("month2")), int(stretch.group("year")), None)
        if full is not None:
            return _resolve("full", full, None)
    return None


def printed_day(text: str) -> tuple[int, int] | None:
    """Where the first day and month printed near the start of a text stand, in a text that prints no year
    ("KHARKIV, March 24 —", "on the night of 1 to 2 September"): a night told by both its days is quoted whole.
    None when none is printed there."""
    head = text[:PRINTED_DATE_WINDOW]
    day, night = DAY_OF_MONTH.search(head), NIGHT_RANGE.search(head)
    if night and (day is None or night.start() <= day.start() < night.end()):
        return night.span()
    return day.span() if day else None


# Any year: a day and month are resolved in a leap year that ends after them, so that no day is pushed back a year
_ANY_YEAR = date(2000, 12, 31)


def day_and_month(quote: str) -> tuple[int, int] | None:
    """The (month, day) a date quote names by its day and month, with or without a year: the morning's for a
    night told by both its days ("the night of 1 to 2 September": (9, 2)); None when it names no month."""
    if not (NIGHT_RANGE.search(quote) or DAY_OF_MONTH.search(quote)):
        return None
    told = next((d.value for d in mentions(quote, _ANY_YEAR) if d.value and d.kind in ("night_range", "full")), None)
    return (told.month, told.day) if told else None


_RELATIVE = remembered(r"\b(?:(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+later|the\s+(?:next|following)\s+"
                       r"(?:day|night|morning|evening)|the\s+day\s+after(?!\s+tomorrow))\b", re.I)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def relative_day(sentence: str, told: date | None) -> DateMention | None:
    """"Three days later", "the next day": the day counted from TOLD, the last day the text named before."""
    m = _RELATIVE.search(sentence)
    if m is None or told is None:
        return None
    n = m.group("n")
    days = 1 if n is None else int(n) if n.isdigit() else _SMALL[n.lower()]
    return DateMention(told + timedelta(days=days), m.start(), m.end(), "relative")


# "Hours later, Israeli jets struck Hodeidah", "Within hours, the coalition launched strikes on Sanaa", "That night, a
# strike hit the camp", "Hours after the strike, …" (opening the sentence): the day of the attack told just before;
# "Russian missiles had struck Kharkiv two days earlier", "A night earlier, drones hit Odesa": that many days (or
# nights) before it; "The night before that, it launched 120 drones": one (a bare "the night before", "the previous
# day" stays the day before the report's: "over the previous day" is a daily tally's)
_HOURS = r"(?:just\s+|only\s+|a\s+few\s+|several\s+|some\s+)?hours"
_TOLD_DAY = remembered(
    rf"\b(?:{_HOURS}\s+later|within\s+(?:a\s+few\s+)?hours|later\s+(?:that|the\s+same)\s+(?:day|night|evening|afternoon)"
    rf"|(?:that|the\s+same)\s+(?:night|evening|afternoon)|(?:on\s+|later\s+)?the\s+same\s+day)\b"
    rf"|^\W*{_HOURS}\s+(?:after|before)\b"
    rf"|\b(?:(?P<n>a|one|two|three|four|five|six|\d)\s+(?:days?|nights?)\s+(?:earlier|before)"
    rf"|the\s+(?P<prev>(?:day|night)\s+before\s+that))(?=\s*(?:[,.;:)]|$))", re.I)


_REPORT_DAY = re.compile(rf"\b(?P<day>{_DAY})\b|\b(?P<month>{_MON})\s+(?P<date>\d{{1,2}})\b", re.IGNORECASE)


def reported_day(sentence: str, published: date | None) -> date | None:
    """The day a reporting clause carries ("the group said on Sunday it had launched drones", "officials reported on
    Dec. 30"): the attack it reports came no later, the best day for one the text gives no time of its own. None
    when no reporting clause names a day."""
    if published is None:
        return None
    for m in REPORTING.finditer(sentence):
        named = _REPORT_DAY.search(m.group())
        if named is None:
            continue
        day = _named_day(named["day"], published) if named["day"] else \
            _day_month(int(named["date"]), _month(named["month"]), None, published)
        if day is not None and day <= published:
            return day
    return None


def told_day(sentence: str, told: date | None) -> DateMention | None:
    """"Hours later", "that night", "two days earlier": the day counted back from TOLD, the day of the attack
    told just before (the same day unless a number of days is given)."""
    m = _TOLD_DAY.search(sentence)
    if m is None or told is None:
        return None
    n = m.group("n")
    days = 1 if m.group("prev") else 0 if n is None else int(n) if n.isdigit() else _SMALL[n.lower()]
    return DateMention(told - timedelta(days=days), m.start(), m.end(), "relative")


# "The strike came two days after junta jets bombed…", "The engagement came a day after Israeli jets struck…": what
# follows happened that many days before the attack being told
# ("came a night after Russia sent 24 drones": the night before, a day before the attack being told; "comes a week
# after Shahed drones killed four in Sumy": seven days before it)
# ... or after a comma: "Israeli jets struck Hodeidah on Monday, setting fuel tanks ablaze, a day after a Houthi drone
# hit Tel Aviv"
# ("less than a day after", "less than twelve hours after": hours, as "came hours after" is, never a whole day back)
_DAYS_AFTER = remembered(r"(?:\b(?:came|comes|come|followed|follows)\s+|(?P<comma>,)\s+)(?:just\s+|only\s+|barely\s+|exactly\s+)?"
                         r"(?:(?P<within>(?:less\s+than|under|not\s+even)\s+(?:a\s+day|(?:\w+|\d+)\s+hours))|"
                         r"(?P<n>a|one|two|three|"
                         r"four|five|six|\d)\s+(?:days?|nights?|(?P<weeks>weeks?))|"
                         r"(?:a\s+few\s+|several\s+|some\s+)?(?:hours|days))\s+after\s+",
                         re.I)


def tells_days_after(quote: str) -> bool:
    """Whether a date quote is the "came a day after" of an earlier attack: the words before it tell the later
    attack ("The afternoon raid came a day after a missile strike on Ternopil"), not the one it dates."""
    return bool(_DAYS_AFTER.fullmatch(quote.strip() + " "))


def days_before(sentence: str, told: date | None, end: int | None = None, night: bool = False) -> DateMention | None:
    """"… came two days after <an earlier attack>" (or "hours after": the same day, or the day before when the attack
    being told is a NIGHT's, dated by its morning): the day two days before TOLD, the day of the attack being
    told, when SENTENCE (up to END) says so; None otherwise."""
    found = list(_DAYS_AFTER.finditer(sentence, 0, len(sentence) if end is None else end))
    m = found[-1] if found else None
    if m is None or told is None or m.group("comma") and re.search(r"\byears?$", sentence[:m.start()]):
        return None  # "in July last year, a day after": no day told to count back from
    n = m.group("n")
    days = 0 if n is None else int(n) if n.isdigit() else _SMALL[n.lower()]  # "came hours after": the same day
    days *= 7 if m.group("weeks") else 1
    if n is None and night:
        days = 1  # "struck Lebanon overnight, hours after a rocket hit the Golan": the evening before the night
    return DateMention(told - timedelta(days=days), m.start(), m.end(), "days_before")


def day_before_aftermath(sentence: str, published: date | None) -> tuple[DateMention, int] | None:
    """"Rescuers were still searching the rubble on Wednesday morning, a day after a missile struck the block":
    the day that closes the clause before ", N days after" is N days after the attack told after it. That
    attack's day, and where the clause telling it begins; None when the sentence has no such day."""
    for m in _DAYS_AFTER.finditer(sentence):
        n = m.group("n")
        if not m.group("comma") or n is None:
            continue
        named = attack_date(sentence[:m.start()], published)[0]
        if named is None or named.value is None or not re.fullmatch(
                r"(?:\s+(?:morning|afternoon|evening|night))?", sentence[named.end:m.start()], re.I):
            continue
        days = (int(n) if n.isdigit() else _SMALL[n.lower()]) * (7 if m.group("weeks") else 1)
        return replace(named, value=named.value - timedelta(days=days), kind="days_before"), m.end()
    return None


# "A minute of silence was held on Tuesday, exactly one year after a missile struck the hospital", "Three years to the
# day after a missile tore through the block, a court on Wednesday began…", "Monday marks the second anniversary of
# the strike": the day named is that many years after the attack the phrase's own clause tells
_YEARS_AFTER = re.compile(r"\b(?:(?:exactly|just|almost|nearly|precisely)\s+)?(?P<n>a|one|two|three|four|five|six|\d)\s+"
                          r"years?\s+(?:to\s+the\s+day\s+)?(?:after|since)\b|\b(?:the\s+)?(?P<nth>first|"
                          rf"{ORDINAL})\s+anniversary\s+of\b", re.I)
_CLAUSE_END = re.compile(r"[,.;:]|\s[—–-]\s")


def years_before(sentence: str, mention: DateMention) -> tuple[DateMention, str] | None:
    """MENTION moved back by the years "N years after" / "the Nth anniversary of" says, when SENTENCE has that
    phrase outside the mention, and the phrase's own clause (which should tell the attack); None otherwise."""
    low = sentence.lower()
    if "year" not in low and "anniversary" not in low:
        return None  # the common case, told without a regex
    m = next((m for m in _YEARS_AFTER.finditer(sentence) if not mention.start <= m.start() < mention.end), None)
    if m is None or mention.value is None:
        return None
    n = m.group("n")
    years = (ordinal(m.group("nth")) or 1) if n is None else int(n) if n.isdigit() else _SMALL[n.lower()]
    day = mention.value
    try:
        day = day.replace(year=day.year - years)
    except ValueError:  # 29 February
        day = day.replace(year=day.year - years, day=28)
    end = _CLAUSE_END.search(sentence, m.end())
    return replace(mention, value=day, kind="full"), sentence[m.end():end.start() if end else len(sentence)]


def after_clauses(sentence: str, comma: bool = False) -> list[int]:
    """Where "came two days after <another attack>" / "came hours after …" begins: what follows tells another
    attack."""
    return list(_after_clauses(sentence, comma))


@lru_cache(maxsize=4096)  # asked of a sentence, then of each of its pieces, and again when it is reread alone
def _after_clauses(sentence: str, comma: bool) -> tuple[int, ...]:
    # (", a day after" dates the attack after it, but cuts nothing: "struck Zaporizhzhia, three days after a strike on the
    # city killed five" tells that toll in passing)
    # ("less than a day after" counts the hours between two attacks, after a comma too, as "came hours after" does)
    return tuple(m.start() for m in _DAYS_AFTER.finditer(sentence) if comma or not m.group("comma") or m.group("within"))


# What may stand between a weekday and the date it is the weekday of: "Friday, April 4", "13 April, Palm Sunday",
# "April 12, Orthodox Easter Sunday"
_BESIDE = re.compile(r"[\s,()*]*(?:[A-Z]\w+\s+){0,2}")
# ... a weekday said as one of that date's week: "came on 25 May, when bombs hit a store on a Saturday afternoon"
_A_WEEKDAY = re.compile(r"\ba\s+$", re.I)
# ... or a date that heads its sentence, the weekdays after it being of its week: "April 25: 619 drones overnight into
# Saturday", "* OCTOBER 10, 2022 - Russia fired 84 missiles during the Monday morning rush hour"
_DATE_HEADS = re.compile(r"\W*(?:on\s+)?", re.I)


def _of_the_dates_week(sentence: str, mention: DateMention, full: DateMention) -> bool:
    """Whether the weekday MENTION names is said as one of the week of FULL, a date the same sentence names: beside
    it, as "a Saturday", or after FULL heading the sentence; not when said apart from it ("retaliation for the
    killing in Tehran on July 31 and for the strike on Beirut on Friday": the Friday before publication)."""
    gap = sentence[mention.end:full.start] if mention.start < full.start else sentence[full.end:mention.start]
    return bool(_BESIDE.fullmatch(gap) or _A_WEEKDAY.search(sentence, 0, mention.start)
                or full.start < mention.start and _DATE_HEADS.fullmatch(sentence, 0, full.start))


def _in_week_of(sentence: str, mention: DateMention, full: DateMention, published: date | None) -> DateMention:
    """MENTION, a weekday, as the first such day on or after FULL, the date the sentence names; unchanged when
    that day is after publication, MENTION names no weekday or is not said as one of FULL's week. A night's
    morning ("April 25: ... overnight into Saturday") is FULL's day or the next, else it is another attack's date
    ("overnight into Sunday, in retaliation for a strike on April 1")."""
    ending = mention.kind in ("into_day", "until_day")
    # (the day a stretch ends on closes its quote: "between 8am on Thursday and 8am today" names no weekday it ends on)
    m = re.search(rf"{_DAY}$" if ending else _DAY, sentence[mention.start:mention.end], re.I) \
        if mention.kind in _WEEKDAY_KINDS or ending else None
    if m is None or not _of_the_dates_week(sentence, mention, full):
        return mention
    day = full.value + timedelta(days=(WEEKDAYS.index(m.group().lower()) - full.value.weekday()) % 7)
    if published is not None and day > published or ending and (day - full.value).days > 1:
        return mention
    return replace(mention, value=day)


# "in response to Ukraine's June 1 raid on Russian airfields": a date said of another side's attack through its
# possessive names that attack, never the one the sentence tells
_OTHER_ATTACK_DATE = re.compile(r"['’]s\s+$")
# ... save when the sentence tells that attack's own toll: "the death toll from Russia's July 31 attack rose to 31"
_TOLL_OF_ATTACK = re.compile(r"\b(?:toll|killed|dead|injured|wounded|victims|casualties)\s+(?:from|of|in)\s+(?:the\s+)?"
                             r"[\w-]+['’]s\s+$", re.I)
# ... and a day's attack named as what the one told answers or came after: "fired missiles overnight in response to
# Friday's Israeli strikes", "The strikes on Thursday followed Wednesday's attack": that attack's day gives way to any
# other day the sentence names (alone, it is the day of the attack recalled)
_ANSWERED_DAY = re.compile(rf"\b(?:{ANSWERING}|(?:to\s+)?avenge|followed|follows)\s+(?:the\s+|last\s+)?$", re.I)
_ATTACK_NAMED = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:attacks?|(?:air\s*)?strikes?|airstrikes?|assault|barrage|raids?|"
                           r"operation|offensive|bombardment)\b", re.I)


@lru_cache(maxsize=4096)  # a piece is dated again when its sentence is reread alone
def attack_date(sentence: str, published: date | None, evening: bool = False) -> tuple[DateMention | None, bool]:
    """The day an attack described in ``sentence`` ended, and whether the sentence is vague about it.

    An "into <day>"/"until <day>"/night-range expression fixes the end of the
    attack; otherwise the latest day named wins ("between 9 p.m. on Monday and
    6 a.m. on Tuesday" is Tuesday).
    """
    # a day after publication is a plan or a day of mourning, never the day an attack happened
    latest = published + timedelta(days=1) if published and evening else published  # "tonight", said at 22:40
    found = [d for d in mentions(sentence, published, evening)
             if d.value is not None and (latest is None or d.value <= latest)
             and not (d.kind == "full" and _OTHER_ATTACK_DATE.search(sentence[:d.start])
                      and _ATTACK_NAMED.match(sentence, d.end) and not _TOLL_OF_ATTACK.search(sentence[:d.start]))]
    vague = bool(VAGUE.search(sentence))
    answered = [d for d in found if d.kind in _WEEKDAY_KINDS and _ANSWERED_DAY.search(sentence, 0, d.start)]
    if answered and len(answered) < len(found):
        found = [d for d in found if d not in answered]
    if not found:
        return None, vague
    # ("in retaliation for Iran's Oct. 1 attack, ... on Saturday": a date said of another attack is not the week of
    # the weekday)
    full = max((d for d in found if d.kind == "full" and d.value
                and not re.search(r"['’]s\s+$", sentence[:d.start])), key=lambda d: d.value, default=None)
    if full is not None:
        # "on 25 May, ... on a Saturday afternoon", "on Friday, April 4": a weekday beside a date is that date's
        # week, not the week before publication
        found = [_in_week_of(sentence, d, full, published) for d in found]
    ends = [d for d in found if d.kind in ("into_day", "until_day", "night_range", "from_evening")]
    own = [d for d in found if d.kind == "attack_day"]
    if ends and own and own[0].start < ends[0].start and ends[0].value is not None and own[0].value is not None \
            and (ends[0].value - own[0].value).days == 1:
        # "Saturday night's attack, which ended early on Sunday": the attack's own day, ending on the next
        return replace(own[0], value=ends[0].value, end=ends[0].end), vague
    if ends and own and ends[0].start < own[0].start and re.match(r"end", sentence[ends[0].start:], re.I):
        # "the search ended on Wednesday afternoon, bringing the toll from Tuesday's night attack to 28": what ended
        # is no attack; the day said of the attack itself dates it
        return own[0], vague
    if ends:
        return ends[0], vague
    if own and _WHEN_BEFORE.search(sentence, 0, own[0].start):
        # "On Monday, a second raid set fuel tanks ablaze, and firefighters were still battling the blaze when
        # Tuesday's strikes hit": an attack named after "when" times the clause it ends; a day said before it, of a
        # clause that tells an attack, dates the sentence's own
        first = [d for d in found if d.start < own[0].start and d.kind not in ("today", "attack_day")
                 and ATTACK_WORD.search(_clause_of(sentence, d))]
        if first:
            return first[0], vague
    if own:
        return own[0], vague
    named = [d for d in found if d.kind != "today"] or found
    latest = max(named, key=lambda d: d.value)
    told = [d for d in named if d.value != latest.value and ATTACK_WORD.search(_clause_of(sentence, d))]
    if told and all(d.start > latest.start for d in told) and not ATTACK_WORD.search(_clause_of(sentence, latest)):
        # "firefighters were still fighting the blaze on Thursday evening, after a drone attack early on Wednesday":
        # a later day said first, of what followed the attack, gives way to the day of the clause that tells it
        return max(told, key=lambda d: d.value), vague
    return latest, vague


_WHEN_BEFORE = re.compile(r"\bwhen\s+$", re.I)  # "... when Tuesday's strikes hit": a day that times another clause
# where a clause begins or ends: punctuation, or a word that opens a clause of its own
_CLAUSE_EDGE = re.compile(r"[,;:()]|\s[—–-]\s|\b(?:after|when|while|as|before|since|following|which|who)\b", re.I)
_OPENING_WORDS = re.compile(r"(?i:and|but|then|on|early|late|by|from|until|in|the|of|at|\s)*")


def _clause_of(sentence: str, mention: DateMention) -> str:
    """The clause a day is said in: from the edge before it to the edge after it; a day that opens its sentence
    ("On Monday, drones hit Kyiv") dates the clause that follows it."""
    edges = [(m.start(), m.end()) for m in _CLAUSE_EDGE.finditer(sentence)]
    start = max((e for s, e in edges if e <= mention.start), default=0)
    after = [(s, e) for s, e in edges if s >= mention.end]
    end = after[0][0] if after else len(sentence)
    if _OPENING_WORDS.fullmatch(sentence[start:mention.start]) and \
            _OPENING_WORDS.fullmatch(sentence[mention.end:end]) and after:
        end = after[1][0] if len(after) > 1 else len(sentence)
    return sentence[start:end]
