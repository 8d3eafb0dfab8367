"""Reports of one attack, reconciled into incidents.

One article is one voice. An *incident* is one wave of attack: everything one attacker launched
at one target country in one night (or one day), as the Air Force counts them, told by every
report that describes any part of it. Inside it, each place has its own *place report*: the
drones over Kharkiv, the dead in Odesa.

Clustering (``cluster_reports``) works inside blocks of one attacker and one target country (a
report that names only one side takes the other from the only block that has it):

* a report's *night* is the date its attack is filed under, the morning's date for an overnight
  attack. "Thursday night" or "late on Thursday" moves the date one day on (and may also mean the
  night that ended on Thursday), but "tonight" posted in the small hours of its day is the night now
  ending; an evening report about "today", a morning report's "Thursday" and a report dated only by its
  publication day may mean either of two nights, but a night named by its morning ("overnight into
  Saturday", "the night of 24-25 May") is that night, however late the report tells it;
* every report sure of its night joins the wave of that night and period: a daytime strike
  ("a glide-bomb strike on Kharkiv on Monday afternoon", ``AirAttack.period``) is a wave of its
  own beside the overnight one;
* a report that may mean two nights joins, of the waves of those nights, the one sharing most
  exact national figures with it, then its first night's; never one that holds another event of
  its article, which the reader already told apart; a report dated by its publication day alone, or
  giving distinctive national counts of its own, stays on its first night unless the other night's wave
  shares a figure with it, or (dated by its publication day alone) it tells a toll as risen from one a
  report of that wave gives for a place they share (``_toll_rose_from``);
* a report giving another wave's distinctive national counts (539, not 2 or 100) moves into it: a
  daytime report giving the night's totals, or a follow-up dated up to two weeks later giving two
  of an earlier night's (``_move_corroborated``);
* waves a day apart merge when two of their reports share a place and at least as many exact
  national counts as they disagree on, and the waves' most reported counts do not disagree more
  than they agree (one outlet's "Thursday night" is another's "Friday"); a destroyed or hit count
  shared under different launched counts (29 of 35 drones, 29 of 31) is no shared count, and two
  reports that each name their night by its morning ("the night into Friday") never link two nights;
* a report with no date at all joins the wave of its block whose reports, together, give most of
  its exact national counts (the same 539 drones launched), or, giving none, the wave with a report of
  its place giving its distinctive toll (35 killed and 117 injured in Sumy), and the incident says so;
  else it stays alone. One that prints its day and month without a year ("KHARKIV, March 24 —", quoted
  as its date evidence) settles by them a tie between nights, and sharing nothing joins the one wave of
  that day, month and period.

Reconciling (``reconcile_incident``) keeps every value each report gives as a ``Claim`` and picks
one per field with a rule a reader can check; when claims disagree the ``Figure`` says so. Each
claim has a scope (``strikewatch.extract.scope``): national figures are reconciled with national
ones only, and each place's figures with that place's. The national casualty figure is the
stated national total where a report gives one, else the sum of the place reports, and its rule
says which. Every tunable lives in the ``[reconcile]`` section of ``defaults.toml``.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from .config import defaults, setting
from .dates import NIGHT_RANGE, day_and_month, names_morning
from .extract.casualties import RISING
from .extract.figures import is_region
from .quantities import NUMBER, parse
from .records import AirAttack, PlaceReport

__all__ = [
    "Claim", "Figure", "Incident", "PlaceFigures", "ReconcileOptions", "Report", "build_incidents",
    "cluster_reports", "reconcile_incident", "reports_to_claims",
]

COUNT_FIELDS = ("drones.launched", "drones.destroyed", "drones.hit",
                "missiles.launched", "missiles.destroyed", "missiles.hit")
CASUALTY_FIELDS = ("killed", "injured")
UNION_FIELDS = ("places", "damage")
FIELDS = (*COUNT_FIELDS, *CASUALTY_FIELDS, "alert_hours", "record", "date", *UNION_FIELDS)

Value = int | float | bool | str | tuple[str, ...]


@dataclass(frozen=True)
class ReconcileOptions:
    """How reports are grouped into incidents and how their values are chosen."""

    date_tolerance_days: int = setting("reconcile", "date_tolerance_days")
    evening_hour: int = setting("reconcile", "evening_hour")
    day_from_hour: int = setting("reconcile", "day_from_hour")
    next_day_hour: int = setting("reconcile", "next_day_hour")
    small_hours_end: int = setting("reconcile", "small_hours_end")
    morning_end: int = setting("reconcile", "morning_end")
    min_shared_places: int = setting("reconcile", "min_shared_places")
    corroborating_fields: tuple[str, ...] = setting("reconcile", "corroborating_fields", tuple)
    official_sources: tuple[str, ...] = setting("reconcile", "official_sources", tuple)
    approximate_words: tuple[str, ...] = setting("reconcile", "approximate_words", tuple)
    weapon_words: tuple[str, ...] = setting("reconcile", "weapon_words", tuple)
    round_to: int = setting("reconcile", "round_to")
    evening_date_words: tuple[str, ...] = setting("reconcile", "evening_date_words", tuple)
    overnight_date_words: tuple[str, ...] = setting("reconcile", "overnight_date_words", tuple)
    distinctive_count: int = setting("reconcile", "distinctive_count")
    day_joins_night_counts: int = setting("reconcile", "day_joins_night_counts")
    corroboration_window_days: int = setting("reconcile", "corroboration_window_days")
    corroboration_min_counts: int = setting("reconcile", "corroboration_min_counts")
    same_figure_share: float = setting("reconcile", "same_figure_share")
    # the words that tell a night in a date quote: ``[scope.<language>] night`` of every language read
    night_words: tuple[str, ...] = setting("scope", "languages", lambda languages: tuple(
        word for language in languages for word in defaults(f"scope.{language}")["night"]))


@dataclass(frozen=True)
class Report:
    """One event of one stored article, as the reconciler sees it."""

    article_id: str
    event_index: int
    event: AirAttack
    outlet: str | None = None
    published: str | None = None  # ISO date or date-time of the article

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.event_index)


@dataclass(frozen=True)
class Claim:
    """One value of one field, as one report states it."""

    field: str
    value: Value
    article_id: str
    event_index: int
    outlet: str | None
    published: str | None
    source: str | None  # from the Evidence for that field ("Ukrainian air force", ...)
    hedged: bool
    quote: str | None
    official: bool  # the source is an official body (air force, ministry, governor...), not media
    scope: str = "national"  # "national", "regional" or "local" (strikewatch.extract.scope)
    place: str | None = None  # the region or town a regional or local figure counts over


@dataclass(frozen=True)
class Figure:
    """The reconciled value of one field of an incident."""

    field: str
    value: Value | None
    rule: str  # readable: "official source over media", "latest casualty figure", ...
    claims: tuple[Claim, ...]
    conflict: bool  # the claims disagree


@dataclass(frozen=True)
class PlaceFigures:
    """One place of a wave with its own reconciled figures (the drones over Kharkiv, the dead in Odesa)."""

    place: str
    scope: str  # "regional" or "local"
    figures: Mapping[str, Figure] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"place": self.place, "scope": self.scope,
                "figures": {name: {"value": f.value, "rule": f.rule, "conflict": f.conflict,
                                   "claims": len(f.claims)} for name, f in sorted(self.figures.items())}}


@dataclass(frozen=True)
class Incident:
    """One wave of attack, as all the reports that describe it tell it."""

    id: str  # stable, readable, URL-safe: "2025-07-04-ru-ua-kyiv" (+ "-2" on collision)
    date: str | None  # the night the wave is filed under (the morning's date), or the day of a daytime one
    attacker: str | None
    target_country: str | None
    places: tuple[str, ...]
    members: tuple[tuple[str, int], ...]  # (article_id, event_index), sorted
    figures: Mapping[str, Figure] = field(default_factory=dict)  # national, by field, where a report gives it
    period: str = "night"  # "night", or "day" for a daytime strike kept apart from the overnight wave
    place_reports: tuple[PlaceFigures, ...] = ()  # by place, most reported first
    notes: tuple[str, ...] = ()  # how the wave was put together, where a reader may ask (an undated report)


# ---------------------------------------------------------------------------------------------
# Claims


def reports_to_claims(report: Report, options: ReconcileOptions | None = None) -> list[Claim]:
    """Every value the report's event gives, one claim per field, with its source, quote and scope.

    A figure the event gives for one place is claimed once, from its place report, with that scope.
    """
    options = options or ReconcileOptions()
    claims = []
    for name in FIELDS:
        value = _field_value(report.event, name)
        if value is None or value == () or (name == "record" and value is False):
            continue  # a report silent on a field claims nothing about it
        claim = _claim(report, name, value, options)
        if claim.scope != "national" and any(p.place == claim.place for p in report.event.place_reports):
            continue  # its place report claims it
        claims.append(claim)
    for place in report.event.place_reports:
        claims += _place_claims(report, place, options)
    return claims


def _place_claims(report: Report, place: PlaceReport, options: ReconcileOptions) -> list[Claim]:
    out = []
    for name in (*COUNT_FIELDS, *CASUALTY_FIELDS):
        value = _field_value(place, name)  # type: ignore[arg-type]  # a PlaceReport has the same figures
        if value is None:
            continue
        quotes = [e for e in place.evidence if e.field == name]
        first = quotes[0] if quotes else None
        source = first.source if first else None
        out.append(Claim(field=name, value=value, article_id=report.article_id,
                         event_index=report.event_index, outlet=report.outlet, published=report.published,
                         source=source,
                         hedged=bool(quotes) and all(e.hedged for e in quotes),
                         quote=first.quote if first else None, official=is_official(source, options),
                         scope=place.scope, place=place.place))
    return out


def _field_value(event: AirAttack | PlaceReport, name: str) -> Value | None:
    if "." in name:
        kind, what = name.split(".")
        return getattr(getattr(event, kind), what)
    value = getattr(event, name)
    return tuple(value) if isinstance(value, list) else value


def _claim(report: Report, name: str, value: Value, options: ReconcileOptions) -> Claim:
    quotes = [e for e in report.event.evidence if e.field == name]
    sourced = [e for e in quotes if e.source]
    first = sourced[0] if sourced else (quotes[0] if quotes else None)
    source = first.source if first else None
    scoped = next((e for e in quotes if e.scope), None)  # unscoped (stored before scopes): national
    return Claim(
        field=name, value=value, article_id=report.article_id, event_index=report.event_index,
        outlet=report.outlet, published=report.published, source=source,
        hedged=bool(quotes) and all(e.hedged for e in quotes), quote=first.quote if first else None,
        official=is_official(source, options), scope=scoped.scope if scoped else "national",
        place=scoped.place if scoped else None,
    )


def is_official(source: str | None, options: ReconcileOptions | None = None) -> bool:
    """Whether a source names an official body ("Ukraine's air force", "the mayor") rather than media."""
    if not source:
        return False
    return _has_word(f" {source.lower()} ", (options or ReconcileOptions()).official_sources)


# ---------------------------------------------------------------------------------------------
# Clustering


def cluster_reports(reports: Sequence[Report], options: ReconcileOptions | None = None) -> list[list[Report]]:
    """Group reports into waves (see the module); the result does not depend on the input order.

    Each group is sorted by (article_id, event_index); groups are sorted by night, attacker,
    target country and first member.
    """
    options = options or ReconcileOptions()
    unique = {r.key: r for r in reports}
    ordered = [unique[k] for k in sorted(unique)]
    blocks: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for report in ordered:
        blocks[(report.event.attacker or "", report.event.target_country or "")].append(report)
    blocks = _fill_sides(blocks, options)
    groups = [group for block in blocks.values() for group in _waves(block, options)]
    return sorted(groups, key=_group_order)


def _fill_sides(blocks: dict[tuple[str, str], list[Report]],
                options: ReconcileOptions | None = None) -> dict[tuple[str, str], list[Report]]:
    """Reports that name one side only join the one block that names both and shares that side.

    Where several blocks share it (Tel Aviv is struck from Yemen and from Lebanon), each report joins
    the one block with a report of its night, or else the one whose reports of its night share a place
    with it; otherwise it stays apart.
    """
    options = options or ReconcileOptions()
    out: dict[tuple[str, str], list[Report]] = defaultdict(list)
    whole = [key for key in blocks if key[0] and key[1]]
    for (attacker, target), members in blocks.items():
        if not (attacker and target) and (attacker or target):
            matches = [k for k in whole
                       if (not attacker or k[0] == attacker) and (not target or k[1] == target)]
            if len(matches) == 1:
                out[matches[0]].extend(members)
                continue
            for report in members:
                out[_side_home(report, matches, blocks, options) or (attacker, target)].append(report)
            continue
        out[(attacker, target)].extend(members)
    return {key: sorted(members, key=lambda r: r.key) for key, members in out.items()}


def _side_home(report: Report, matches: list[tuple[str, str]], blocks: dict[tuple[str, str], list[Report]],
               options: ReconcileOptions) -> tuple[str, str] | None:
    """Of several blocks a one-sided report may belong to, the only one with a report of its night, else
    the only one whose reports of its night share a place with it; None when that does not decide."""
    nights = set(report_nights(report, options))
    if not nights:
        return None
    same_night = {key: [o for o in blocks[key] if nights & set(report_nights(o, options))] for key in matches}
    if any(o.article_id == report.article_id for others in same_night.values() for o in others):
        return None  # its article tells another event of that night, which the reader told apart
    dated = [key for key, others in same_night.items() if others]
    if len(dated) == 1:
        return dated[0]
    places = place_keys(report.event.places)
    placed = [key for key in dated if any(places & place_keys(o.event.places) for o in same_night[key])]
    return placed[0] if len(placed) == 1 else None


def _group_order(group: list[Report]) -> tuple:
    nights = [n for r in group for n in report_nights(r)]
    first = min(nights).isoformat() if nights else "9999"
    head = group[0]
    return (first, head.event.attacker or "", head.event.target_country or "", head.key)


def report_nights(report: Report, options: ReconcileOptions | None = None) -> tuple[date, ...]:
    """The night(s) the report's attack may be filed under (the morning's date), most likely first.

    The first is the report's own date, moved a day on for "Thursday night". The others are the
    nights it may also mean: an evening report about "today" may concern the coming night, a
    morning report's "Thursday" the night into Friday, and a date taken from the publication day
    (no date in the text) a follow-up of the night before.
    A night named by its morning ("overnight into Saturday", told in a review posted on Sunday morning)
    is that night alone.
    """
    options = options or ReconcileOptions()
    day = _as_date(report.event.date) or _as_date(report.published)
    if day is None:
        return ()
    quote = " ".join(e.quote.lower() for e in report.event.evidence if e.field == "date")
    if names_morning(quote):
        # "overnight into Saturday", "the night of 3 to 4 July": dated by its morning already, whenever posted
        return (day,)
    moment = _as_datetime(report.published) if len(report.published or "") > 10 else None
    # "tonight", said in the small hours of the day it dates: the night now ending
    small_hours = moment is not None and moment.date() == day and moment.hour < options.small_hours_end
    # "on Tuesday evening" in a report published that evening is dated by the coming morning already
    ahead = (moment is not None and moment.date() == day - timedelta(days=1)
             and moment.hour >= options.evening_hour)
    late = (_has_word(quote, options.evening_date_words) and not small_hours and not ahead
            and not _has_word(quote, options.overnight_date_words) and not NIGHT_RANGE.search(quote))
    if late:
        # "Thursday night" is filed under Friday morning; some writers mean the night that ended on Thursday
        return (day + timedelta(days=1), day)
    one = timedelta(days=1)
    if moment is not None and moment.date() == day and moment.hour >= options.evening_hour:
        return (day, day + one)
    if moment is not None and moment.date() == day + one and moment.hour < options.next_day_hour:
        return (day, day + one)
    if not quote and _as_date(report.published) == day:
        return (day, day - one)
    return (day,)


def _has_word(text: str, words: Iterable[str]) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


WaveKey = tuple[date, str]  # (night, period)


def _period(report: Report) -> str:
    return report.event.period or "night"


def _waves(block: list[Report], options: ReconcileOptions) -> list[list[Report]]:
    """The waves of one attacker/target block: one per night and period (see the module).

    An undated event of an article that dates another of its events is a strike the article recalls
    ("since September last year, when a missile strike killed seven"): it is filed by its figures, as an
    undated report, never under the publication day its article's own attack holds."""
    dated = {r.article_id for r in block if r.event.date}
    nights = {r.key: () if r.event.date is None and r.article_id in dated else report_nights(r, options)
              for r in block}
    waves: dict[WaveKey, list[Report]] = defaultdict(list)
    sure = [r for r in block if len(nights[r.key]) == 1]
    unsure = [r for r in block if len(nights[r.key]) > 1]
    for report in sure:
        waves[(nights[report.key][0], _period(report))].append(report)
    for report in unsure:
        candidates = [(night, _period(report)) for night in nights[report.key]]
        waves[_best_wave(report, candidates, waves, options)].append(report)
    _move_corroborated(waves, options)
    _move_to_the_day(waves, options)
    _join_untold_nights(waves, options)
    waves = {key: members for key, members in waves.items() if members}
    links = _UnionFind(sorted(waves))
    _merge_near_nights(waves, links, {r.key: place_keys(r.event.places) for r in block}, options)
    merged: dict[WaveKey, list[Report]] = defaultdict(list)
    for key, members in waves.items():
        merged[links.find(key)].extend(members)
    groups = list(merged.values())
    # a wave's period is its key's (waves merge only with waves of their period), whatever its members tell:
    # a report moved into the day's wave keeps the night its reader gave it
    periods = {id(members): key[1] for key, members in merged.items()}
    for report in (r for r in block if not nights[r.key]):
        home = _undated_home(report, groups, options, periods)
        if home is None:
            groups.append([report])
        else:
            home.append(report)
    return [sorted(g, key=lambda r: r.key) for g in groups]


def _best_wave(report: Report, candidates: list[WaveKey], waves: dict[WaveKey, list[Report]],
               options: ReconcileOptions) -> WaveKey:
    """Of the waves a report may belong to, the one sharing most exact national figures with it, then
    the one whose toll of a shared place it tells as risen (``_toll_rose_from``), then its first night's; a
    new wave on its first night when none of them exists yet, or when the other night's wave shares no
    figure with a report dated by its publication day alone or giving distinctive national counts of its
    own (an evening report of the Air Force's morning tally: 35 drones overnight), nor a toll it updates.

    A wave holding another event of the same article is left out: the reader already told them
    apart. A shared place is no evidence here: a wave names most of the country's cities.
    """
    existing = [key for key in candidates if waves.get(key)
                and not any(other.article_id == report.article_id for other in waves[key])]
    if not existing:
        free = [key for key in candidates
                if not any(o.article_id == report.article_id for o in waves.get(key, ()))]
        return (free or candidates)[0]

    def score(key: WaveKey) -> tuple:
        figures = max(_corroborate(report, other, options) for other in waves[key])
        return (figures, _toll_rose_from(report, waves[key]), -candidates.index(key))
    best = max(existing, key=score)
    first = candidates[0]
    if best != first and not waves.get(first) and _evening_of_its_day_alone(report, options):
        # posted in the evening, dated by nothing but that day, and no attack of that day is told: the night
        # coming, whose drones it tells in the air ("groups of Shahed drones were flying over the south")
        return best
    if (best != first and score(best)[:2] == (0, False)
            and (not _dated_in_text(report) or _distinctive_counts(report, options))
            and not any(o.article_id == report.article_id for o in waves.get(first, ()))):
        # dated by its publication day alone, or giving distinctive counts the other night's reports do not:
        # no figure shared, no reason to leave its own night
        return first
    return best


def _evening_of_its_day_alone(report: Report, options: ReconcileOptions) -> bool:
    """Whether a report dated by its publication day alone was posted that day in the evening (from
    ``evening_hour``)."""
    moment = _as_datetime(report.published) if len(report.published or "") > 10 else None
    return (not _dated_in_text(report) and moment is not None and moment.hour >= options.evening_hour
            and report.event.date == moment.date().isoformat())


def _toll_rose_from(report: Report, wave: list[Report]) -> bool:
    """Whether a report dated by its publication day alone tells a toll as risen ("the death toll has risen to
    five") from one a report of the wave gives for a place they share (two killed in Kyiv): a follow-up of
    that attack, told after its night, whatever day it was posted. A toll rises after the attack it counts, so
    a report of a risen toll with no date of its own is no news of a new night."""
    if _dated_in_text(report):
        return False
    places = place_keys(report.event.places)
    risen = [name for name in CASUALTY_FIELDS if isinstance(getattr(report.event, name), int)
             and any(e.field == name and RISING.search(e.quote) for e in report.event.evidence)]
    return bool(places and risen) and any(
        places & place_keys(other.event.places)
        and any(isinstance(was := getattr(other.event, name), int) and was <= getattr(report.event, name)
                for name in risen)
        for other in wave if other.article_id != report.article_id)


def _dated_in_text(report: Report) -> bool:
    return any(e.field == "date" and e.quote for e in report.event.evidence)


def _move_corroborated(waves: dict[WaveKey, list[Report]], options: ReconcileOptions) -> None:
    """Reports that give another wave's distinctive national counts move into it (in place).

    A daytime report sharing ``day_joins_night_counts`` of them with the overnight wave of its night
    tells that wave (the Air Force's nightly totals, told in daylight); a report sharing
    ``corroboration_min_counts`` with the wave of an earlier night, up to ``corroboration_window_days``
    before its own, tells that night (a follow-up dated by its publication day) when it shares more
    with it than with its own wave. A report never moves into a wave that holds another event of its
    article, and a report of an article that also speaks in its own wave is no evidence (an article
    that gives its figures to two events of its own says nothing about which night they are).
    """
    marks = {r.key: _distinctive_counts(r, options) for members in waves.values() for r in members}
    moves = []
    for key, members in waves.items():
        night, period = key
        speaking = {o.article_id for o in members}
        for report in members:
            if not marks[report.key]:
                continue  # nothing distinctive to tell its night by
            own = max((len(marks[report.key] & marks[o.key]) for o in members
                       if o.article_id != report.article_id), default=0)
            best: tuple | None = None
            for gap in range(options.corroboration_window_days + 1):
                for other_period in ("night", "day"):
                    other_key = (night - timedelta(days=gap), other_period)
                    others = waves.get(other_key)
                    if gap == 0 and period == "day" and other_period == "night":
                        need, above = options.day_joins_night_counts, own
                    elif gap > 0 and other_period in (period, "night"):
                        need, above = options.corroboration_min_counts, own + 1
                    else:
                        continue
                    if not others or need <= 0 or any(o.article_id == report.article_id for o in others):
                        continue
                    shared = max((n for o in others if o.article_id not in speaking
                                  and (n := len(marks[report.key] & marks[o.key]))
                                  and _corroborate(report, o, options) > _disagree(report, o, options)),
                                 default=0)
                    if shared >= max(need, above):
                        rank = (shared, -gap, len(others))
                        if best is None or rank > best[0]:
                            best = (rank, other_key)
            if best is not None:
                moves.append((key, report, best[1]))
    for key, report, other_key in moves:
        waves[key].remove(report)
        waves[other_key].append(report)


def _move_to_the_day(waves: dict[WaveKey, list[Report]], options: ReconcileOptions) -> None:
    """Reports of a night's wave dated by a day that tells no night ("on Sunday", not "overnight", nor only
    by the day they were published) join the daytime wave of that date when it names every place they name
    (in place): "Sunday's missile strike on Sumy", "missiles struck the Lviv region on Thursday" beside a
    daytime strike on Sumy or Lviv that day is that strike, unless a report that tells the night (its date
    words name the night, or it was posted in the small hours) names one of those places too, or it shares a
    distinctive national count with another report of the night. A report never moves into a wave that holds
    another event of its article.

    A report posted that evening and dated by nothing but its publication day (``_evening_of_its_day_alone``:
    "a missile has struck a residential area of Kryvyi Rih", posted at 19:10) joins it likewise when the
    towns it names are all struck by the daytime wave and named by no other report of the night: breaking
    news of the day's strike, not of the night before (the regions around its towns decide nothing)."""
    for (night, period), members in list(waves.items()):
        day = waves.get((night, "day"))
        if period != "night" or not day:
            continue
        told = [r for r in members if _tells_night(r, options)]
        struck = frozenset().union(*(place_keys(o.event.places) for o in day))
        for report in [r for r in members if r not in told]:
            if _dated_in_text(report):
                places, named = place_keys(report.event.places), told
            elif _evening_of_its_day_alone(report, options):
                places = place_keys(p for p in report.event.places if not is_region(p))
                named = [o for o in members if o.article_id != report.article_id]
            else:
                continue
            if (places and places <= struck
                    and not any(places & place_keys(o.event.places) for o in named)
                    and not any(o.article_id == report.article_id for o in day)
                    and not any(_distinctive_counts(report, options) & _distinctive_counts(o, options)
                                for o in members if o.article_id != report.article_id)):
                members.remove(report)
                day.append(report)


def _join_untold_nights(waves: dict[WaveKey, list[Report]], options: ReconcileOptions) -> None:
    """A night's wave none of whose reports tells a night joins the daytime wave of its date (in place):
    when the only attack of a date is a daytime barrage ("missiles struck Kyiv on Monday"), the reports that
    date it by its day alone, by their publication day or by nothing else are that barrage, not a night no
    one told. A report that tells the night ("overnight", "before dawn", "overnight into Monday", or posted in
    the small hours) keeps its wave apart, and so does one giving a distinctive national count (the Air
    Force's tally of a night: 109 drones and 127 missiles, beside a daytime strike on one city), one dated by
    nothing but its posting that morning (before ``morning_end``: a morning's news is the night's), and an
    article that tells both, which the reader already told apart."""
    for (night, period), members in list(waves.items()):
        day = waves.get((night, "day"))
        if period != "night" or not day or not members:
            continue
        if any(_tells_night(r, options) or _exact_night(r, options) or _distinctive_counts(r, options)
               or (not _dated_in_text(r) and _posted_on_its_day_before(r, options.morning_end))
               for r in members):
            continue
        if {r.article_id for r in members} & {r.article_id for r in day}:
            continue
        day.extend(members)
        members.clear()


def _tells_night(report: Report, options: ReconcileOptions) -> bool:
    """Whether a report tells its attack as the night's: its date words name the night ("overnight", "before
    dawn"), or it was posted in the small hours of the day it dates its attack to."""
    return (_has_word(_date_quote(report), options.night_words)
            or _posted_on_its_day_before(report, options.small_hours_end))


def _date_quote(report: Report) -> str:
    """The quotes that date a report's attack, lower-cased and joined."""
    return " ".join(e.quote.lower() for e in report.event.evidence if e.field == "date")


def _posted_on_its_day_before(report: Report, hour: int) -> bool:
    """Whether the report was posted, with its time, before ``hour`` on the day it dates its attack to."""
    moment = _as_datetime(report.published) if len(report.published or "") > 10 else None
    return moment is not None and report.event.date == moment.date().isoformat() and moment.hour < hour


def _distinctive_counts(report: Report, options: ReconcileOptions) -> frozenset[tuple[str, Value]]:
    """The report's distinctive exact national counts: at least ``distinctive_count`` and not a round
    figure (539 drones, not 2 missiles or "100 drones")."""
    return frozenset((name, value) for name, value in _national_counts(report, options).items()
                     if isinstance(value, int) and not isinstance(value, bool)
                     and value >= options.distinctive_count and value % options.round_to != 0)


def _merge_near_nights(waves: dict[WaveKey, list[Report]], links: _UnionFind,
                       keys: dict[tuple[str, int], frozenset[str]], options: ReconcileOptions) -> None:
    """Waves up to the tolerance apart merge when two of their reports share a place and at least as many
    exact national counts as they disagree on, and the waves' most reported counts do not disagree more
    than they agree (one report mixing up two nights' figures does not link them)."""
    if options.date_tolerance_days <= 0:
        return
    for (night, period), members in sorted(waves.items()):
        for gap in range(1, options.date_tolerance_days + 1):
            other = waves.get((night + timedelta(days=gap), period))
            if not other or links.find((night, period)) == links.find((night + timedelta(days=gap), period)):
                continue
            if not any(keys[a.key] & keys[b.key]
                       and not (_exact_night(a, options) and _exact_night(b, options))
                       and _corroborate(a, b, options) >= max(1, _disagree(a, b, options))
                       for a in members for b in other):
                continue
            mine, theirs = _consensus(members, options), _consensus(other, options)
            both = [name for name in mine if name in theirs]
            if sum(mine[n] == theirs[n] for n in both) >= sum(mine[n] != theirs[n] for n in both):
                links.union((night, period), (night + timedelta(days=gap), period))


def _exact_night(report: Report, options: ReconcileOptions) -> bool:
    """Whether a report names its night beyond doubt: by the morning it ended ("overnight into Friday", "the
    night into Saturday"), or by a night word of ``[scope.<language>] night`` ("overnight", "вночі") in a
    report posted that morning (before ``morning_end``). Two such reports a day apart are two nights, never
    one night told by two outlets either side of midnight."""
    quote = _date_quote(report)
    if not quote:
        return False
    return names_morning(quote) or (_has_word(quote, options.night_words)
                                    and _posted_on_its_day_before(report, options.morning_end))


def _undated_home(report: Report, groups: list[list[Report]], options: ReconcileOptions,
                  periods: Mapping[int, str] | None = None) -> list[Report] | None:
    """The wave whose reports, together, give most of an undated report's exact national counts (ties:
    the larger wave). Together: the night's figures are spread over its reports (one gives the launched
    figures, another the destroyed), while a daytime strike told beside them repeats some of them. Waves of
    different nights that share as many of its counts leave it alone: nothing tells which night it is (the
    same 39 drones on two nights a year apart). A report sharing no national count joins, likewise, the wave
    with a report of its place giving its distinctive tolls (``_toll_shares``: the final toll of one strike,
    35 killed and 117 injured in Sumy).

    A report that prints its day and month but no year ("KHARKIV, March 24 —": the article's, which may be
    told of another of its events) settles by them a tie between waves of different nights, and with nothing
    shared joins the one wave of that day, month and period that holds no other event of its article (of
    two holding a report of its period, the one built as that period's wave, ``periods``: the day's wave may
    hold a report moved into it with the night its reader gave it). A wave of another day and month shares
    nothing with it unless it gives one of its distinctive counts: 50 missiles, or two Kinzhals, are told of
    many nights, and the day it prints outweighs them.

    A wave holding another event of its article is left out: the reader already told them apart (a strike
    the report recalls, whose toll its own wave's place report repeats)."""
    groups = [group for group in groups
              if group and not any(other.article_id == report.article_id for other in group)]
    told = _told_day(report)
    scored = [(_wave_shares(report, group, options), len(group), group) for group in groups
              if not told or _wave_day(group, options) == told
              or _wave_shares(report, group, options, distinctive=True)]
    scored = [s for s in scored if s[0] > 0]
    if not scored:  # no national count in common: a toll of its place ("35 killed and 117 injured in Sumy")
        scored = [(n, len(group), group) for group in groups
                  if (n := len(_toll_shares(report, group, options)))]
    if not scored and told:  # nothing shared: the one wave of its day, month and period
        alike = [group for group in groups if _wave_day(group, options) == told
                 and any(_period(r) == _period(report) for r in group)
                 and not any(o.article_id == report.article_id for o in group)]
        if len(alike) > 1:  # the other period's wave holding a report moved into it: the wave of its period
            alike = [group for group in alike if (periods or {}).get(id(group)) == _period(report)]
        return alike[0] if len(alike) == 1 else None
    if not scored:
        return None
    most = max(s[0] for s in scored)
    scored = [s for s in scored if s[0] == most]
    if told and len({_wave_night(s[2], options) for s in scored}) > 1:
        scored = [s for s in scored if _wave_day(s[2], options) == told] or scored  # the day it prints
    if len({_wave_night(s[2], options) for s in scored}) > 1:
        return None
    return min(scored, key=lambda s: (-s[0], -s[1], min(r.key for r in s[2])))[2]


def _told_day(report: Report) -> tuple[int, int] | None:
    """The (month, day) the report's date quotes name by day and month ("March 24"), year or none."""
    return day_and_month(" ".join(e.quote for e in report.event.evidence if e.field == "date"))


def _wave_day(group: list[Report], options: ReconcileOptions) -> tuple[int, int] | None:
    """The (month, day) of the night a wave is filed under."""
    night = _as_date(_wave_night(group, options))
    return (night.month, night.day) if night else None


def _toll_shares(report: Report, group: list[Report], options: ReconcileOptions) -> set[tuple[str, int]]:
    """The report's distinctive tolls (killed, injured: at least ``distinctive_count`` and not a round
    figure) that another report of the wave naming one of its places gives too: the final toll of one
    strike."""
    places = place_keys(report.event.places)
    tolls = {(name, value) for name in CASUALTY_FIELDS
             if isinstance(value := getattr(report.event, name), int)
             and value >= options.distinctive_count and value % options.round_to}
    if not tolls or not places:
        return set()
    given = {(name, getattr(other.event, name)) for other in group
             if other is not report and places & place_keys(other.event.places) for name in CASUALTY_FIELDS}
    return tolls & given


def _wave_shares(report: Report, group: list[Report], options: ReconcileOptions,
                 distinctive: bool = False) -> int:
    """How many of the report's exact national counts (its distinctive ones only, with DISTINCTIVE) some
    report of the wave gives too."""
    given = {(name, value) for other in group for name, value in _national_counts(other, options).items()}
    own = _distinctive_counts(report, options) if distinctive else _national_counts(report, options).items()
    return sum(1 for item in own if item in given)


def _national_counts(report: Report, options: ReconcileOptions) -> dict[str, Value]:
    """The report's count figures that count over the whole country (unscoped ones included)."""
    out = {}
    for name in options.corroborating_fields:
        value = _field_value(report.event, name)
        scopes = {e.scope for e in report.event.evidence if e.field == name and e.scope}
        if value is not None and (not scopes or "national" in scopes):
            out[name] = value
    return out


def _corroborate(a: Report, b: Report, options: ReconcileOptions) -> int:
    """How many exact national figures two reports share (the same 539 launched drones); a part shared
    by two different wholes (29 of 35 drones shot down, 29 of 31) is a coincidence, not one attack."""
    x, y = _national_counts(a, options), _national_counts(b, options)
    return sum(1 for name, value in x.items() if y.get(name) == value and not _of_other_wholes(name, x, y))


def _of_other_wholes(name: str, x: Mapping[str, Value], y: Mapping[str, Value]) -> bool:
    """Whether the destroyed or hit count ``name`` counts parts of launched counts that differ."""
    weapon, role = name.split(".")
    whole = f"{weapon}.launched"
    return role != "launched" and whole in x and whole in y and x[whole] != y[whole]


def _consensus(members: list[Report], options: ReconcileOptions) -> dict[str, Value]:
    """The most reported national value of each count among a wave's reports (ties: the smaller)."""
    values: dict[str, Counter] = defaultdict(Counter)
    for report in members:
        for name, value in _national_counts(report, options).items():
            values[name][value] += 1
    return {name: min(c, key=lambda v: (-c[v], str(v))) for name, c in values.items()}


def _disagree(a: Report, b: Report, options: ReconcileOptions) -> int:
    """How many national counts two reports both give with different values."""
    x, y = _national_counts(a, options), _national_counts(b, options)
    return sum(1 for name, value in x.items() if name in y and y[name] != value)


def _shared_figures(a: Report, b: Report, options: ReconcileOptions) -> list[str]:
    x, y = _national_counts(a, options), _national_counts(b, options)
    return [f"{name} {value}" for name, value in x.items() if y.get(name) == value]


def place_keys(places: Iterable[str]) -> frozenset[str]:
    """Places folded so that a city and its oblast compare equal ("Kyiv", "Kyiv Oblast" -> "kyiv")."""
    out = set()
    for place in places:
        folded = _slug(place, sep=" ")
        folded = re.sub(r"\s+(?:oblast|krai|kray|region|province|republic|city)$", "", folded)
        if folded:
            out.add(folded)
    return frozenset(out)


class _UnionFind:
    """Disjoint sets of report keys; ``groups`` lists each set sorted."""

    def __init__(self, keys: Iterable[tuple[str, int]]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, key: tuple[str, int]) -> tuple[str, int]:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: tuple[str, int], b: tuple[str, int]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the smaller key is root: order-independent

    def groups(self) -> list[list[tuple[str, int]]]:
        out: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
        for key in sorted(self.parent):
            out[self.find(key)].append(key)
        return list(out.values())


# ---------------------------------------------------------------------------------------------
# Reconciling


def reconcile_incident(reports: Sequence[Report], options: ReconcileOptions | None = None) -> Incident:
    """One incident from the reports of one wave: a reconciled figure per field and scope, with its rule."""
    options = options or ReconcileOptions()
    if not reports:
        raise ValueError("reconcile_incident needs at least one report")
    ordered = sorted({r.key: r for r in reports}.values(), key=lambda r: r.key)
    national: dict[str, list[Claim]] = defaultdict(list)
    local: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    names: dict[str, Counter] = defaultdict(Counter)
    for report in ordered:
        for claim in reports_to_claims(report, options):
            if claim.scope == "national" or claim.place is None:
                national[claim.field].append(claim)
            else:
                key = _place_key(claim.place)
                local[key][claim.field].append(claim)
                names[key][claim.place] += 1
    specific = {(r.key, name): _specificity(r, name, options) for r in ordered for name in COUNT_FIELDS}
    # what each report's national destroyed figure adds up to; a place figure is never weighed against it
    parts = {(r.key, name): _summed_parts(r, name)
             for r in ordered for name in COUNT_FIELDS if name.endswith(".destroyed")}
    figures = _figures(national, specific, options, parts)
    places = _place_figures(local, names, specific, options)
    figures.update(_summed_casualties(figures, places))
    day = _wave_night(ordered, options) or (figures["date"].value if "date" in figures else None)
    attacker = _most_common(r.event.attacker for r in ordered)
    target = _most_common(r.event.target_country for r in ordered)
    named = figures["places"].value if "places" in figures else ()
    period = _most_common(_period(r) for r in ordered) or "night"
    return Incident(id=incident_id(day, attacker, target, named, period), date=day, attacker=attacker,
                    target_country=target, places=named, members=tuple(r.key for r in ordered),
                    figures=figures, period=period, place_reports=places, notes=_notes(ordered, options))


def _figures(claims: Mapping[str, list[Claim]], specific: dict, options: ReconcileOptions,
             parts: Mapping[tuple[tuple[str, int], str], frozenset[int]] | None = None) -> dict[str, Figure]:
    """A figure per field some claim gives; destroyed and hit counts bounded by the launched figure.
    PARTS: the parts each report's destroyed figure is summed from (national figures only)."""
    out: dict[str, Figure] = {}
    for name in FIELDS:
        if not claims.get(name):
            continue
        weapon, _, role = name.partition(".")
        launched = out.get(f"{weapon}.launched") if role in ("destroyed", "hit") else None
        out[name] = _figure(name, claims[name], specific, options, launched.value if launched else None,
                            parts or {})
    return out


def _place_key(place: str) -> str:
    return next(iter(place_keys([place])), place.lower())


def _place_figures(local: dict, names: dict, specific: dict,
                   options: ReconcileOptions) -> tuple[PlaceFigures, ...]:
    out = []
    for key, claims in local.items():
        counts = names[key]
        place = min(counts, key=lambda p: (_REGION_SUFFIX.search(p) is not None, -counts[p], p))
        scope = "regional" if _REGION_SUFFIX.search(place) else "local"
        out.append(PlaceFigures(place, scope, _figures(claims, specific, options)))
    reported = {p.place: sum(len(f.claims) for f in p.figures.values()) for p in out}
    return tuple(sorted(out, key=lambda p: (-reported[p.place], p.place)))


def _summed_casualties(figures: dict[str, Figure], places: tuple[PlaceFigures, ...]) -> dict[str, Figure]:
    """killed and injured as the sum of the place reports, where no report states a national total."""
    out = {}
    for name in CASUALTY_FIELDS:
        parts = [(p.place, p.figures[name]) for p in places if name in p.figures]
        if name in figures:
            if parts:  # a reader may wonder why the places do not add up to it
                figures[name] = replace(figures[name], rule=f"{figures[name].rule} (a stated national total)")
            continue
        if not parts:
            continue
        total = sum(int(f.value) for _, f in parts)  # type: ignore[arg-type]  # casualty values are ints
        listed = ", ".join(f"{place} {f.value}" for place, f in parts)
        rule = f"sum of the place reports ({listed}): no report states a national total"
        out[name] = Figure(name, total, rule, tuple(c for _, f in parts for c in f.claims),
                           conflict=any(f.conflict for _, f in parts))
    return out


def _wave_night(ordered: list[Report], options: ReconcileOptions) -> str | None:
    """The night the wave is filed under: the most common first night of its reports, ties the earliest."""
    nights = [n[0] for r in ordered if (n := report_nights(r, options))]
    if not nights:
        return None
    counts = Counter(nights)
    return min(counts, key=lambda d: (-counts[d], d)).isoformat()


def _notes(ordered: list[Report], options: ReconcileOptions) -> tuple[str, ...]:
    """How an undated report came to be in the wave: the national figures it shares, else the distinctive
    toll of its place it shares (``_toll_shares``)."""
    out = []
    for report in ordered:
        if report_nights(report, options):
            continue
        shared = sorted({f for other in ordered if report_nights(other, options)
                         for f in _shared_figures(report, other, options)})
        dated = [other for other in ordered if report_nights(other, options)]
        tolls = sorted(f"{name} {value}" for name, value in _toll_shares(report, dated, options))
        if shared:
            out.append(f"{report.article_id} gives no date; it joined this wave by the national figures it "
                       f"shares ({', '.join(shared)})")
        elif tolls:
            out.append(f"{report.article_id} gives no date; it joined this wave by the toll of its place it "
                       f"shares ({', '.join(tolls)})")
        elif told := _told_day(report):
            out.append(f"{report.article_id} gives no year; it joined the one wave of the day and month it "
                       f"prints ({date(2000, *told):%-d %B})")
    return tuple(out)


def build_incidents(reports: Sequence[Report], options: ReconcileOptions | None = None) -> list[Incident]:
    """Cluster the reports and reconcile each cluster; sorted by date and id, ids unique."""
    options = options or ReconcileOptions()
    incidents = [reconcile_incident(group, options) for group in cluster_reports(reports, options)]
    incidents.sort(key=lambda i: (i.date or "", i.id, i.members))
    seen: Counter = Counter()
    out = []
    for incident in incidents:
        seen[incident.id] += 1
        if seen[incident.id] > 1:
            incident = _renamed(incident, f"{incident.id}-{seen[incident.id]}", seen)
        out.append(incident)
    return out


def _renamed(incident: Incident, new_id: str, seen: Counter) -> Incident:
    while new_id in seen:  # "-2" may itself be some place's id: count on
        seen[incident.id] += 1
        new_id = f"{incident.id}-{seen[incident.id]}"
    seen[new_id] += 1
    return replace(incident, id=new_id)


def incident_id(day: str | None, attacker: str | None, target: str | None, places: Sequence[str],
                period: str = "night") -> str:
    """A readable, URL-safe id: "2025-07-04-ru-ua-kyiv"; a daytime strike "2025-07-04-ru-ua-day-kharkiv"."""
    parts = [day or "undated", (attacker or "xx").lower(), (target or "xx").lower()]
    if period == "day":
        parts.append("day")
    if places:
        most = [p for p in places if not _REGION_SUFFIX.search(p)] or list(places)
        parts.append(_slug(most[0]))  # a city names an attack better than its oblast
    return "-".join(p for p in parts if p)


_REGION_SUFFIX = re.compile(r"\s(?:Oblast|Krai|Kray|Region|Province|Republic)$", re.I)


def _slug(text: str, sep: str = "-") -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", sep, ascii_text.lower().replace("'", "").replace("’", "")).strip(sep)


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _figure(name: str, claims: list[Claim], specific: dict, options: ReconcileOptions,
            launched: Value | None = None, parts: Mapping | None = None) -> Figure:
    claims = sorted(claims, key=lambda c: (c.article_id, c.event_index))
    if name in UNION_FIELDS:
        value, rule = _union(claims)
        return Figure(name, value, rule, tuple(claims), conflict=False)
    if name == "record":
        value, rule = _pick_record(claims)
    elif name == "date":
        value, rule = _pick_date(claims)
    elif name in CASUALTY_FIELDS:
        value, rule = _pick(claims, _casualty_steps(claims))
    else:
        value, rule = _pick(claims, _count_steps(claims, name, specific, launched, options.same_figure_share,
                                                   parts or {}))
    distinct = {c.value for c in claims}
    return Figure(name, value, rule, tuple(claims), conflict=len(distinct) > 1)


# A step narrows the candidate claims to those scoring best; the rule names the steps that chose.
Step = tuple[str, Callable[[Claim], tuple]]


def _pick(claims: list[Claim], steps: list[Step]) -> tuple[Value, str]:
    distinct = {c.value for c in claims}
    if len(distinct) == 1:
        n = len(claims)
        return claims[0].value, "one report" if n == 1 else f"the {n} reports giving it agree"
    pool = claims
    used = []
    for label, score in steps:
        best = max(score(c) for c in pool)
        narrowed = [c for c in pool if score(c) == best]
        if {c.value for c in narrowed} != {c.value for c in pool}:
            used.append(label)
        pool = narrowed
        if len({c.value for c in pool}) == 1:
            break
    return pool[0].value, "; then ".join(used)


def _count_steps(claims: list[Claim], name: str, specific: dict, launched: Value | None = None,
                 share: float = 0.0, parts: Mapping | None = None) -> list[Step]:
    """LAUNCHED, for a destroyed or hit count, is the reconciled launched figure of the same weapon.

    SHARE: two counts within this share of the larger are one figure told more or less exactly (539
    and "some 550"); a figure more reports give, so counted, beats one fewer reports give (the night's
    85 drones told by two outlets over the 7 a region's administration counted).

    PARTS: the parts each report's national destroyed figure is summed from, keyed by report and field;
    empty for a place's figures."""
    reported = Counter(c.value for c in claims)

    def support(c: Claim) -> int:
        return sum(1 for o in claims if _same_figure(c.value, o.value, share))

    def whole(c: Claim) -> bool:  # not a part another report's figure is summed from (82 of 82 + 75)
        return not any(o.value != c.value
                       and c.value in (parts or {}).get(((o.article_id, o.event_index), name), ())
                       for o in claims)
    bound = [("no more than were launched",
              lambda c: (not isinstance(launched, int) or c.value <= launched,))]
    return [
        *(bound if launched is not None else []),
        ("unhedged over hedged", lambda c: (not c.hedged,)),
        ("official source over media", lambda c: (c.official,)),
        ("a whole over the parts another report sums it from", lambda c: (whole(c),)),
        (
            f"the figure most reports give (counts within {share:.0%} of each other as one)",
            lambda c: (support(c),),
        ),
        (
            "the most specific figure (exact over rounded, broken down by weapon)",
            lambda c: specific.get(((c.article_id, c.event_index), name), (0, 0)),
        ),  # alert_hours has none
        ("the most reported value", lambda c: (reported[c.value],)),
        ("the latest report", lambda c: (_moment(c.published), c.article_id)),
    ]


def _same_figure(a: Value, b: Value, share: float) -> bool:
    if (
        not (isinstance(a, int | float) and isinstance(b, int | float))
        or isinstance(a, bool)
        or isinstance(b, bool)
    ):
        return a == b
    return abs(a - b) <= share * max(abs(a), abs(b))


def _casualty_steps(claims: list[Claim]) -> list[Step]:
    reported = Counter(c.value for c in claims)
    return [
        ("unhedged over hedged", lambda c: (not c.hedged,)),
        (
            "the latest casualty figure (tolls are revised as the day goes on)",
            lambda c: (_moment(c.published),),
        ),
        ("official source over media", lambda c: (c.official,)),
        ("the most reported value", lambda c: (reported[c.value],)),
        ("the larger figure", lambda c: (c.value,)),
    ]


def _pick_record(claims: list[Claim]) -> tuple[bool, str]:
    if any(not c.hedged for c in claims):
        return True, "a record if any unhedged report says so"
    return False, "only hedged reports call it a record"


def _pick_date(claims: list[Claim]) -> tuple[str, str]:
    counts = Counter(str(c.value) for c in claims)
    value = min(counts, key=lambda v: (-counts[v], v))
    if len(counts) == 1:
        return value, "one report" if len(claims) == 1 else f"the {len(claims)} reports giving it agree"
    top = [v for v in counts if counts[v] == counts[value]]
    return value, "the most reported date" + ("; ties go to the earliest" if len(top) > 1 else "")


def _union(claims: list[Claim]) -> tuple[tuple[str, ...], str]:
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for claim in claims:
        counts.update(set(claim.value))
        for value in claim.value:
            first.setdefault(value, len(first))
    return tuple(sorted(counts, key=lambda v: (-counts[v], first[v]))), "union of what the reports name"


def _specificity(report: Report, name: str, options: ReconcileOptions) -> tuple[int, int]:
    """(broken down by weapon, exact): a figure given with its parts or models beats a rounded one."""
    quotes = [e.quote.lower() for e in report.event.evidence if e.field == name]
    value = _field_value(report.event, name)
    if not quotes or not isinstance(value, int):
        return (0, 0)
    breakdown = len(quotes) > 1 or any(_has_word(q, options.weapon_words) for q in quotes)
    approximate = any(_has_word(q, options.approximate_words) for q in quotes)
    rounded = value >= options.round_to and value % options.round_to == 0
    return (int(breakdown), int(not approximate and not rounded))


_NUMBER_IN = re.compile(rf"\b{NUMBER}\b", re.I)


def _summed_parts(report: Report, name: str) -> frozenset[int]:
    """The parts a report's figure is the sum of, when its quotes give them ("82 shot down", "another 75
    lost": 157); empty when the figure has one quote or its quotes do not add up to it. Only destroyed
    figures are asked: shot down and lost to jamming are parts of one whole, while a launched figure summed
    from parts may add up two attacks an article tells."""
    quotes = [e.quote for e in report.event.evidence if e.field == name]
    value = _field_value(report.event, name)
    if len(quotes) < 2 or not isinstance(value, int):
        return frozenset()
    parts = [parse(m.group()) if (m := _NUMBER_IN.search(q)) else None for q in quotes]
    if None in parts or sum(parts) != value:
        return frozenset()
    return frozenset(parts)


def _moment(published: str | None) -> datetime:
    return _as_datetime(published) or datetime.min.replace(tzinfo=UTC)


def _as_datetime(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _as_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
