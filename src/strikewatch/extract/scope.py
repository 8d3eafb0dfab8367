"""What each figure counts over: the whole country, one region or one town.

An article about one night often gives two kinds of figure side by side: the Air Force's nightly
total ("Russia launched 85 drones across Ukraine, 64 were destroyed") and a city's own ("17 Shahed
drones attacked Kharkiv, 12 were shot down, the mayor said"). The reader (``rules``, ``cyrillic``)
keeps one figure per field; this stage, run on its events, says which kind each one is, and keeps
the figures of single places beside them.

``scope_events`` does two things for every event:

* each evidence of a count or casualty field gets a *scope* (``national``, ``regional`` or
  ``local``) and, unless national, the place it counts over. The decision is made from the
  sentence that holds the quote, in this order, and the first rule that applies decides:

  1. a national word in the sentence ("across the country", "nationwide", "in total", a number of
     regions) makes it national;
  2. for a count, the target country named in the sentence ("launched 539 drones at Ukraine"), unless
     a word naming the region or town is next to it ("11 drones over the region", "over the city"),
     which makes it the figure of the region or town the sentence or the event names;
  3. a place named next to the quote makes it local (a town) or regional (an oblast, a region):
     for a casualty figure any place ("two people were killed in Odesa", "Kharkiv: one dead"), for a
     count a place after a preposition ("over Kyiv alone, 40 drones"), since "Russia attacked Kyiv
     with about 550 drones" is most often the whole night's figure told by its main target; several
     places named next to it ("over the Kursk, Bryansk and Belgorod regions") make it national,
     the figure of the whole wave;
  4. the source: a mayor or city administration is local, a governor or regional administration
     regional, the air force or the general staff national;
  5. for a casualty figure, the target country named in the sentence;
  6. otherwise a count is national (the night's figure as the article gives it);
  7. a casualty figure belongs to a place named anywhere in the sentence, else to the event's one
     place, and is national when the event names several.

* every sentence that names a place of the event and carries a figure is read again on its own
  with the same backend; the figures it gives for that place become the event's *place reports*
  (``PlaceReport``), so that "17 Shahed drones attacked Kharkiv" survives beside the national 85.

The event also gets its *period*: ``day`` when a time of day is written next to its date ("on
Monday afternoon", "on Monday evening"), or when the sentences that date it and count its weapons
speak of the daytime and never of the night (with neither, the sentences that tell it at all); else
``night``. A daytime
strike and the overnight wave of the same date are different attacks.

Every word list lives in the ``[scope]`` section of ``defaults.toml``, per language.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from ..config import setting
from ..dates import REPORTING, names_morning, published_date, said_late, stretch_opened_late, tells_days_after
from ..quantities import NUMBER
from ..records import AirAttack, ArticleInput, Counts, Evidence, PlaceReport
from ..remembered import remembered
from ..spans import Sentence, sentences
from .alerts import CLOCK, clock

__all__ = ["FIGURE_FIELDS", "ScopeWords", "country_words", "decide_scope", "place_scope", "scope_events"]

COUNT_FIELDS = ("drones.launched", "drones.destroyed", "drones.hit",
                "missiles.launched", "missiles.destroyed", "missiles.hit")
CASUALTY_FIELDS = ("killed", "injured")
FIGURE_FIELDS = (*COUNT_FIELDS, *CASUALTY_FIELDS)


@dataclass(frozen=True)
class ScopeOptions:
    """The ``[scope]`` settings: the languages with word lists of their own, and those lists."""

    languages: tuple[str, ...] = setting("scope", "languages", tuple)
    attach_chars: int = setting("scope", "attach_chars")
    day_hours: tuple[int, int] = setting("scope", "day_hours", tuple)
    morning_day_from: int = setting("scope", "morning_day_from")
    evening_hour: int = setting("scope", "evening_hour")
    region_suffixes: tuple[str, ...] = setting("scope", "region_suffixes", tuple)
    max_sentences: int = setting("scope", "max_sentences")
    country_names: dict = setting("scope", "country_names", dict)
    en: dict = setting("scope", "en", dict)
    uk: dict = setting("scope", "uk", dict)
    ru: dict = setting("scope", "ru", dict)


@cache
def _options() -> ScopeOptions:
    return ScopeOptions()

ReadEvents = Callable[[ArticleInput], Sequence[AirAttack]]


@dataclass(frozen=True)
class ScopeWords:
    """The words of one language that tell a figure's scope and an attack's time of day."""

    national: tuple[str, ...]
    local_sources: tuple[str, ...]
    regional_sources: tuple[str, ...]
    national_sources: tuple[str, ...]
    region_suffixes: tuple[str, ...]
    day: tuple[str, ...]
    day_attached: tuple[str, ...]
    night: tuple[str, ...]
    place_prepositions: tuple[str, ...]
    place_fillers: tuple[str, ...]
    attach_chars: int
    day_hours: tuple[int, int]
    evening_hour: int
    morning_day_from: int
    night_apart: tuple[str, ...] = ()
    morning_attached: tuple[str, ...] = ()
    hours_later: tuple[str, ...] = ()
    regional_words: tuple[str, ...] = ()
    local_words: tuple[str, ...] = ()

    @classmethod
    def for_language(cls, language: str | None) -> ScopeWords:
        return _words(language if language in _options().languages else "en")


@cache
def _words(language: str) -> ScopeWords:
    words = getattr(_options(), language)
    return ScopeWords(
        national=tuple(words["national"]), local_sources=tuple(words["local_sources"]),
        regional_sources=tuple(words["regional_sources"]), national_sources=tuple(words["national_sources"]),
        region_suffixes=_options().region_suffixes, day=tuple(words["day"]), night=tuple(words["night"]),
        day_attached=tuple(words["day_attached"]),
        place_prepositions=tuple(words["place_prepositions"]), place_fillers=tuple(words["place_fillers"]),
        attach_chars=_options().attach_chars, regional_words=tuple(words["regional_words"]),
        local_words=tuple(words["local_words"]), day_hours=_options().day_hours,
        evening_hour=_options().evening_hour, night_apart=tuple(words["night_apart"]),
        morning_attached=tuple(words["morning_attached"]), morning_day_from=_options().morning_day_from,
        hours_later=tuple(words["hours_later"]))


_CLOCK_AT = remembered(
    rf"\b(?:at|around|about|shortly\s+after|shortly\s+before)\s+(?:about\s+|around\s+)?{CLOCK}",
    re.IGNORECASE)


def clock_times(text: str) -> list[float]:
    """The clock times of the day the text tells an event at ("at about 11:00", "shortly after 3 p.m."), in
    hours; a bare number ("at 11") is no time."""
    times = []
    for m in _CLOCK_AT.finditer(text):
        if m.group(2) is not None or m.group(3) is not None:
            hour = clock(m.group(1), m.group(2), m.group(3))
            if hour is not None:
                times.append(hour)
    return times


# a count told over a stretch of clock times: "between 8am and 6.30pm", "from 09:00 to 18:00"
_CLOCK_SPAN = remembered(rf"\b(?:between|from)\s+{CLOCK}\s+(?:and|to|until|till)\s+{CLOCK}", re.IGNORECASE)


def clock_spans(text: str) -> list[tuple[float, float]]:
    """The stretches of clock time the text tells a count over ("between 8am and 6.30pm"), in hours; a bare
    number at either end ("between 10 and 16") is no time."""
    spans = []
    for m in _CLOCK_SPAN.finditer(text):
        if (m.group(2) or m.group(3)) and (m.group(5) or m.group(6)):
            start, end = clock(m.group(1), m.group(2), m.group(3)), clock(m.group(4), m.group(5), m.group(6))
            if start is not None and end is not None:
                spans.append((start, end))
    return spans


def told_in_daytime(text: str, words: ScopeWords | None = None) -> bool:
    """Whether the text tells a clock time of the day (``day_hours``), or one from ``morning_day_from`` on
    hours after what was told before it ("Hours later, at 9:08, two ballistic missiles struck": the night's
    count is closed by then; a bare "at nine" may still be the night's drones), or a stretch of the same day
    centred in the day's hours ("between 8am and 6.30pm": a daytime wave, not the night's running on)."""
    words = words or ScopeWords.for_language("en")
    (first, last), told = words.day_hours, clock_times(text)
    if any(first <= hour < last for hour in told):
        return True
    if any(start < end and first <= (start + end) / 2 < last for start, end in clock_spans(text)):
        return True
    return bool(told) and _has(text.lower(), words.hours_later) and any(
        words.morning_day_from <= hour < last for hour in told)


def place_scope(place: str, words: ScopeWords | None = None) -> str:
    """"regional" for an oblast or region ("Kharkiv Oblast"), "local" for a town."""
    suffixes = (words or ScopeWords.for_language("en")).region_suffixes
    return "regional" if place.lower().endswith(tuple(f" {s}" for s in suffixes)) else "local"


def _has(text: str, words: Iterable[str]) -> bool:
    return bool(_any_of(tuple(words)).search(text))


@cache
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for any of WORDS written as a whole word (a word list is asked about in every
    sentence; compiled once)."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)")


# ---------------------------------------------------------------------------------------------
# One figure


@dataclass(frozen=True)
class _Sentence:
    """A sentence of the article, with what reading it alone found."""

    sentence: Sentence
    events: tuple[AirAttack, ...]

    @property
    def places(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p for e in self.events for p in e.places))


_FIGURE = remembered(rf"\d|\b(?:{NUMBER})\b", re.I)  # a number in digits or in words ("two others")
# "41 drones overnight, 17 of them over Krasnodar Krai", "54 drones over seven regions, including 21 over
# Belgorod": a count followed by its breakdown by place is the total of the parts
_BREAKDOWN = re.compile(rf"^[^.;]{{0,40}}?(?:,|:|\s[-–—])\s*(?:including\s+|among\s+them\s+)?"
                        rf"(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:of\s+them\s+|of\s+which\s+)?"
                        rf"(?:over|above|in|across)\s", re.I)


def decide_scope(sentence: str, start: int, end: int, field: str, source: str | None,
                 places: Sequence[str], event_places: Sequence[str], country_words: Sequence[str],
                 words: ScopeWords) -> tuple[str, str | None]:
    """(scope, place) of the figure quoted at START:END of SENTENCE (offsets into it); see the module.

    PLACES are the places the sentence names, EVENT_PLACES the event's, COUNTRY_WORDS the names of
    the target country.
    """
    low = sentence.lower()
    count = field in COUNT_FIELDS
    if _has(low, words.national) or (count and _BREAKDOWN.match(sentence[end:])):
        return "national", None
    for scope, named in (("regional", words.regional_words), ("local", words.local_words)):
        if count and (places or event_places) and _closest(low, start, end, named, words) is not None:
            # "11 drones over the region": the region the sentence or the event names, else the one around
            # its town ("24 drones were destroyed over the region" in a report about Zaporizhzhia)
            return scope, _of_kind(places or event_places, scope, words)
    lowered = [w.lower() for w in country_words]
    country = _has(low, lowered)
    near_country = _closest(low, start, end, lowered, words)
    near = _near_places(low, start, end, places, words)
    if len(near) > 1:
        return "national", None  # "over the Kursk, Bryansk and Belgorod regions": the wave's figure
    if count:  # "attacked Kyiv with about 550 drones" is often the night's figure: "over Kyiv" is Kyiv's
        near = [p for p in near if _after_preposition(low, p, words)]
    attached = near[0] if near else None
    place_distance = _distance(low, start, end, attached, words) if attached else None
    if count and near_country is not None and (place_distance is None or near_country <= place_distance):
        return "national", None
    if attached:
        return place_scope(attached, words), attached
    src = (source or "").lower()
    for scope, sources in (("local", words.local_sources), ("regional", words.regional_sources)):
        if _has(src, sources) and (places or event_places):
            chosen = _of_kind(places or event_places, scope, words)
            return place_scope(chosen, words), chosen
    if _has(src, words.national_sources) or country:
        return "national", None
    if count:
        return "national", None
    if places:
        nearest = _nearest(low, start, end, places, words)
        return place_scope(nearest, words), nearest
    if len(event_places) == 1:
        return place_scope(event_places[0], words), event_places[0]
    return "national", None


def _closest(low: str, start: int, end: int, names: Sequence[str], words: ScopeWords) -> int | None:
    """How far the nearest of NAMES is written from the quote, when within the attach window."""
    found = [max(start - m.start(), m.start() - end, 0)
             for n in names if n and n in low  # a name found only inside a longer word is not written
             for m in re.finditer(rf"(?<!\w){re.escape(n)}", low)]
    near = [d for d in found if d <= words.attach_chars]
    return min(near) if near else None


def _names(place: str, words: ScopeWords) -> list[str]:
    """How a place may be written in a sentence: "Kharkiv Oblast" and "Kharkiv"."""
    low = place.lower()
    out = [low]
    for suffix in words.region_suffixes:
        if low.endswith(f" {suffix}"):
            out.append(low[: -len(suffix) - 1])
    return out


def _positions(low: str, place: str, words: ScopeWords) -> list[int]:
    return [m.start() for name in _names(place, words) for m in re.finditer(re.escape(name), low)]


def _distance(low: str, start: int, end: int, place: str, words: ScopeWords) -> int | None:
    found = _positions(low, place, words)
    if not found:
        return None
    return min(max(start - p, p - end, 0) for p in found)


def _after_preposition(low: str, place: str, words: ScopeWords) -> bool:
    """Whether PLACE is written after a preposition of place ("over Kyiv", "in the city of Sumy")."""
    before = _preposition_before(words.place_prepositions, words.place_fillers)
    return any(before.search(low[max(0, p - 40):p]) for p in _positions(low, place, words))


@cache
def _preposition_before(prepositions: tuple[str, ...], fillers: tuple[str, ...]) -> re.Pattern[str]:
    preps = "|".join(re.escape(w) for w in prepositions)
    fills = "|".join(re.escape(w) for w in fillers)
    return re.compile(rf"(?<!\w)(?:{preps})\s+(?:(?:{fills})\s+)*$")


def _near_places(low: str, start: int, end: int, places: Sequence[str], words: ScopeWords) -> list[str]:
    """The places written within the attach window of the quote, nearest first."""
    near = sorted((d, p) for p in places if (d := _distance(low, start, end, p, words)) is not None
                  and d <= words.attach_chars)
    return list(dict.fromkeys(p for _, p in near))


def _nearest(low: str, start: int, end: int, places: Sequence[str], words: ScopeWords) -> str:
    """The place written nearest the quote; the first place when none is written (another script)."""
    near = [(d, i, p) for i, p in enumerate(places)
            if (d := _distance(low, start, end, p, words)) is not None]
    return min(near)[2] if near else places[0]


def _of_kind(places: Sequence[str], scope: str, words: ScopeWords) -> str:
    same = [p for p in places if place_scope(p, words) == scope]
    return (same or list(places))[0]


# ---------------------------------------------------------------------------------------------
# Events


def scope_events(article: ArticleInput, events: Sequence[AirAttack],
                 read: ReadEvents) -> tuple[AirAttack, ...]:
    """EVENTS with every figure scoped, their place reports and their period (see the module).

    READ is the backend that read the article; it reads single sentences again.
    """
    if not events:
        return tuple(events)
    words = ScopeWords.for_language(article.language)
    text = article.text
    spans = sentences(text)
    cache: dict[int, _Sentence] = {}

    def reread(index: int) -> _Sentence:
        if index not in cache:
            s = spans[index]
            found = read(ArticleInput(id=f"{article.id}#sentence{index}", text=s.text,
                                      published=article.published, language=article.language))
            cache[index] = _Sentence(s, tuple(found))
        return cache[index]

    published = published_date(article.published)
    return tuple(_scope_event(text, spans, event, reread, words, published) for event in events)


def _sentence_of(spans: Sequence[Sentence], offset: int) -> int | None:
    for i, s in enumerate(spans):
        if s.start <= offset < s.end:
            return i
    return None


def _scope_event(text: str, spans: Sequence[Sentence], event: AirAttack, reread: Callable[[int], _Sentence],
                 words: ScopeWords, published: date | None = None) -> AirAttack:
    countries = country_words(event.target_country)
    evidence = []
    for e in event.evidence:
        index = _sentence_of(spans, e.start) if e.field in FIGURE_FIELDS else None
        if index is None:
            evidence.append(e)
            continue
        s = reread(index)
        base = s.sentence.start
        scope, place = decide_scope(s.sentence.text, e.start - base, e.end - base, e.field, e.source,
                                    s.places, event.places, countries, words)
        evidence.append(replace(e, scope=scope, place=place))
    reports = _place_reports(text, spans, event, evidence, reread, countries, words)
    return replace(event, evidence=tuple(evidence), place_reports=reports,
                   period=_period(text, spans, event, words, published))


def _place_reports(text: str, spans: Sequence[Sentence], event: AirAttack, evidence: list[Evidence],
                   reread: Callable[[int], _Sentence], countries: Sequence[str],
                   words: ScopeWords) -> tuple[PlaceReport, ...]:
    """The figures the article gives for single places: its own local figures, and every sentence
    naming one of its places, read alone."""
    figures: dict[str, dict[str, tuple[int, Evidence]]] = {}

    def add(place: str, field: str, value: int, quote: Evidence) -> None:
        mine = figures.setdefault(place, {})
        if field not in mine or (field in CASUALTY_FIELDS and value > mine[field][0]):
            mine[field] = (value, quote)  # a count as first given; a toll at its highest

    places_of: dict[str, set[str | None]] = {}
    for e in evidence:
        places_of.setdefault(e.field, set()).add(e.place if e.scope in ("local", "regional") else None)
    for e in evidence:
        # the event's figure is the place's own only when all its quotes are that place's; a sum over
        # places is left to each place's sentence, read alone below
        if e.scope in ("local", "regional") and e.place and places_of[e.field] == {e.place}:
            value = _value(event, e.field)
            if isinstance(value, int):
                add(e.place, e.field, value, e)
    wanted = {p.lower() for p in event.places}
    limit = _options().max_sentences
    for index in _candidate_sentences(spans, event, words)[:limit]:
        s = reread(index)
        for found in s.events:
            if not _same_sides(found, event) or not wanted & {p.lower() for p in found.places}:
                continue
            for quote in found.evidence:
                value = _value(found, quote.field) if quote.field in FIGURE_FIELDS else None
                if not isinstance(value, int):
                    continue
                scope, place = decide_scope(s.sentence.text, quote.start, quote.end, quote.field,
                                            quote.source, s.places, event.places, countries, words)
                if scope == "national" or place is None or place.lower() not in wanted:
                    continue
                start, end = s.sentence.start + quote.start, s.sentence.start + quote.end
                if text[start:end] != quote.quote:
                    continue  # never a quote that is not where it says
                add(place, quote.field, value, replace(quote, start=start, end=end, scope=scope, place=place))
    return tuple(_report(place, fields, words) for place, fields in figures.items())


def _candidate_sentences(spans: Sequence[Sentence], event: AirAttack, words: ScopeWords) -> list[int]:
    """Sentences that may hold a place's figure: a number, in digits or words, and one of the event's
    places, as written."""
    names = [n for p in event.places for n in _names(p, words)]
    out = []
    for i, s in enumerate(spans):
        low = s.text.lower()
        if _FIGURE.search(low) and any(n in low for n in names):
            out.append(i)
    return out


def _report(place: str, fields: dict[str, tuple[int, Evidence]], words: ScopeWords) -> PlaceReport:
    def get(name: str) -> int | None:
        return fields[name][0] if name in fields else None

    def counts(kind: str) -> Counts:
        return Counts(get(f"{kind}.launched"), get(f"{kind}.destroyed"), get(f"{kind}.hit"))
    quotes = tuple(sorted((q for _, q in fields.values()), key=lambda q: (q.start, q.field)))
    return PlaceReport(place=place, scope=place_scope(place, words), drones=counts("drones"),
                       missiles=counts("missiles"), killed=get("killed"), injured=get("injured"),
                       evidence=quotes)


def _value(event: AirAttack, field: str) -> int | None:
    if "." in field:
        kind, what = field.split(".")
        return getattr(getattr(event, kind), what)
    return getattr(event, field)


def _same_sides(found: AirAttack, event: AirAttack) -> bool:
    """A sentence's own reading does not contradict the event's attacker and target."""
    sides = ("attacker", "target_country")
    return all(getattr(found, side) in (None, getattr(event, side)) for side in sides)


def _period(text: str, spans: Sequence[Sentence], event: AirAttack, words: ScopeWords,
            published: date | None = None) -> str:
    """"day" for a daytime strike, else "night".

    A time of day written next to the event's date ("on Friday afternoon", "on Monday evening")
    decides, unless the night is named before it in its sentence ("the overnight attack's toll rose
    on Sunday afternoon"); else the sentences dating the event and counting its weapons decide: day
    when they speak of the daytime only. An event dated after the article's ``published`` day is the night
    still going on when it was written ("drones were flying over Odesa on Tuesday evening", posted at 22:35).
    """
    if published is not None and event.date is not None and event.date > published.isoformat():
        return "night"
    reach = words.attach_chars // 2
    after = {}  # sentence index -> where an earlier attack's clause begins ("came a day after ...")
    for e in event.evidence:
        if e.field != "date":
            continue
        index = _sentence_of(spans, e.start)
        if tells_days_after(e.quote):  # the words before it are the later attack's ("the afternoon raid")
            if index is not None:
                after[index] = e.end
            around, before = text[e.end:e.end + reach].lower(), ""
        else:
            around = text[max(0, e.start - reach):e.end + reach].lower()
            before = text[spans[index].start:e.start].lower() if index is not None else ""
        if _has(around, words.night) or _has(before, words.night) or names_morning(e.quote) \
                or said_late(e.quote) or stretch_opened_late(before, e.quote):
            # "through the night"; "the overnight attack's toll rose on Sunday afternoon"; "late on Monday
            # evening"; "from late Thursday until Friday lunchtime" (begun in the night)
            return "night"
        if _has(around, words.day_attached):
            return "day"
        told = morning_clock(text, e.end, before, words)
        if told is not None:
            return told
    fields = ("date", *COUNT_FIELDS)
    indexes = {i for e in event.evidence if e.field in fields
               if (i := _sentence_of(spans, e.start)) is not None}
    if not indexes:  # no date, no count: the sentences that tell it at all ("in broad daylight, a salvo")
        indexes = {i for e in event.evidence if (i := _sentence_of(spans, e.start)) is not None}
    if not indexes and spans:
        indexes = {0}
    # (a reporting clause's time is the report's: "the governor said at a briefing on Wednesday afternoon")
    said = REPORTING.sub(" ", " ".join(spans[i].text[max(0, after.get(i, 0) - spans[i].start):].lower()
                                       for i in sorted(indexes)))
    day = _has(said, words.day) or told_in_daytime(said, words)
    return "day" if day and not _has(_other_night(words).sub(" ", said), words.night) else "night"


_EARLY_BEFORE = re.compile(r"\bearly\s+(?:on\s+)?$")
_PARAGRAPHS_READ = 2


def morning_clock(text: str, end: int, before: str, words: ScopeWords) -> str | None:
    """For a date followed by a morning ("on Wednesday morning", not "early on Wednesday morning"), which may
    be the night's end or the day: "day" or "night" by the first clock time told after it in its paragraph or
    the next ("The strike happened at about 10:40", "shortly after 9 a.m.": from ``morning_day_from`` to the
    end of ``day_hours``); None when there is no such morning or no clock time."""
    if not words.morning_attached or _EARLY_BEFORE.search(before):
        return None
    if not _any_of(words.morning_attached).match(text[end:end + 20].lower().lstrip()):
        return None
    stop = end
    for _ in range(_PARAGRAPHS_READ):
        found = text.find("\n\n", stop + 2)
        stop = len(text) if found < 0 else found
    told = clock_times(text[end:stop])
    if not told:
        return None
    return "day" if words.morning_day_from <= told[0] < words.day_hours[1] else "night"


@cache
def _other_night(words: ScopeWords) -> re.Pattern[str]:
    """A night named as another wave the strike is set beside, to the end of its clause ("hours after an
    overnight wave of 139 drones", "together with the night attack"): no night of the strike's own."""
    if not words.night_apart:
        return _any_of(())
    apart, night = _any_of(words.night_apart).pattern, _any_of(words.night).pattern
    return re.compile(rf"{apart}\s+(?:(?:an?|the|that|this)\s+)?(?:[\w'’-]+\s+){{0,2}}?{night}[^,.;]*")


def country_words(code: str | None) -> tuple[str, ...]:
    """The names a sentence may give the country CODE ("Ukraine"), never its adjective."""
    if not code:
        return ()
    from ..lexicon import en  # the country's name, not its adjective: "Ukrainian air defence" is no cue

    name = (en.COUNTRY_NAME[code],) if code in en.COUNTRY_NAME else ()
    return name + tuple(_options().country_names.get(code, ()))
