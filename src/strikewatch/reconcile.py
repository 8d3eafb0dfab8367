"""Reports of one attack, reconciled into incidents.

One article is one voice. An *incident* is the attack itself, told by every report that
describes it: the events that ``extract`` found in many articles, grouped by attacker, target
country, night and place, with one reconciled value per field and the rule that chose it.

Clustering (``cluster_reports``) works inside blocks of one attacker and one target country:

* a report's *night* is the date its attack is filed under, the morning's date for an overnight
  attack. "Thursday night" or "late on Thursday" moves the date one day on, and an evening report
  about "today" may concern the coming night, so it may belong to either;
* two reports of the same night that name a common place (a city and its oblast count as one)
  are one attack; reports a day apart join only when they also share an exact figure;
* reports are linked transitively, so raids on different regions the same night stay apart
  unless some report names them together as one wave;
* a report that names no place joins the attack of its night that shares a figure with it,
  else the most reported attack of that night.

Reconciling (``reconcile_incident``) keeps every value each report gives as a ``Claim`` and picks
one per field with a rule a reader can check; when claims disagree the ``Figure`` says so.
Every tunable lives in the ``[reconcile]`` section of ``defaults.toml``.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from .config import setting
from .records import AirAttack

__all__ = [
    "Claim", "Figure", "Incident", "ReconcileOptions", "Report", "build_incidents", "cluster_reports",
    "reconcile_incident", "reports_to_claims",
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
    next_day_hour: int = setting("reconcile", "next_day_hour")
    min_shared_places: int = setting("reconcile", "min_shared_places")
    corroborating_fields: tuple[str, ...] = setting("reconcile", "corroborating_fields", tuple)
    official_sources: tuple[str, ...] = setting("reconcile", "official_sources", tuple)
    approximate_words: tuple[str, ...] = setting("reconcile", "approximate_words", tuple)
    weapon_words: tuple[str, ...] = setting("reconcile", "weapon_words", tuple)
    round_to: int = setting("reconcile", "round_to")
    evening_date_words: tuple[str, ...] = setting("reconcile", "evening_date_words", tuple)
    overnight_date_words: tuple[str, ...] = setting("reconcile", "overnight_date_words", tuple)


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


@dataclass(frozen=True)
class Figure:
    """The reconciled value of one field of an incident."""

    field: str
    value: Value | None
    rule: str  # readable: "official source over media", "latest casualty figure", ...
    claims: tuple[Claim, ...]
    conflict: bool  # the claims disagree


@dataclass(frozen=True)
class Incident:
    """One attack, as all the reports that describe it tell it."""

    id: str  # stable, readable, URL-safe: "2025-07-04-ru-ua-kyiv" (+ "-2" on collision)
    date: str | None
    attacker: str | None
    target_country: str | None
    places: tuple[str, ...]
    members: tuple[tuple[str, int], ...]  # (article_id, event_index), sorted
    figures: Mapping[str, Figure] = field(default_factory=dict)  # by field; only fields some report gives


# ---------------------------------------------------------------------------------------------
# Claims


def reports_to_claims(report: Report, options: ReconcileOptions | None = None) -> list[Claim]:
    """Every value the report's event gives, one claim per field, with its source and quote."""
    options = options or ReconcileOptions()
    claims = []
    for name in FIELDS:
        value = _field_value(report.event, name)
        if value is None or value == () or (name == "record" and value is False):
            continue  # a report silent on a field claims nothing about it
        claims.append(_claim(report, name, value, options))
    return claims


def _field_value(event: AirAttack, name: str) -> Value | None:
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
    return Claim(
        field=name, value=value, article_id=report.article_id, event_index=report.event_index,
        outlet=report.outlet, published=report.published, source=source,
        hedged=bool(quotes) and all(e.hedged for e in quotes), quote=first.quote if first else None,
        official=is_official(source, options),
    )


def is_official(source: str | None, options: ReconcileOptions | None = None) -> bool:
    """Whether a source names an official body ("Ukraine's air force", "the mayor") rather than media."""
    if not source:
        return False
    return _has_word(f" {source.lower()} ", (options or ReconcileOptions()).official_sources)


# ---------------------------------------------------------------------------------------------
# Clustering


def cluster_reports(reports: Sequence[Report], options: ReconcileOptions | None = None) -> list[list[Report]]:
    """Group reports of the same attack; the result does not depend on the input order.

    Each group is sorted by (article_id, event_index); groups are sorted by night, attacker,
    target country and first member.
    """
    options = options or ReconcileOptions()
    unique = {r.key: r for r in reports}
    ordered = [unique[k] for k in sorted(unique)]
    blocks: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for report in ordered:
        blocks[(report.event.attacker or "", report.event.target_country or "")].append(report)
    groups = [group for block in blocks.values() for group in _cluster_block(block, options)]
    return sorted(groups, key=_group_order)


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
    """
    options = options or ReconcileOptions()
    day = _as_date(report.event.date) or _as_date(report.published)
    if day is None:
        return ()
    quote = " ".join(e.quote.lower() for e in report.event.evidence if e.field == "date")
    late = _has_word(quote, options.evening_date_words) and not _has_word(quote, options.overnight_date_words)
    if late:
        return (day + timedelta(days=1),)  # "Thursday night" is filed under Friday morning
    one = timedelta(days=1)
    moment = _as_datetime(report.published) if len(report.published or "") > 10 else None
    if moment is not None and moment.date() == day and moment.hour >= options.evening_hour:
        return (day, day + one)
    if moment is not None and moment.date() == day + one and moment.hour < options.next_day_hour:
        return (day, day + one)
    if not quote and _as_date(report.published) == day:
        return (day, day - one)
    return (day,)


def _has_word(text: str, words: Iterable[str]) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def _cluster_block(block: list[Report], options: ReconcileOptions) -> list[list[Report]]:
    """Cluster one attacker/target block: placed reports by night and place, then the placeless."""
    nights = {r.key: report_nights(r, options) for r in block}
    keys = {r.key: place_keys(r.event.places) for r in block}
    placed = [r for r in block if keys[r.key] and nights[r.key]]
    links = _UnionFind(r.key for r in placed)
    _link_same_night(placed, nights, keys, links, options)
    by_key = {r.key: r for r in block}
    _link_other_night(links.groups(), nights, keys, links)
    _link_near_nights(placed, nights, keys, links, options)
    clusters = [[by_key[k] for k in g] for g in links.groups()]
    placed_keys = {r.key for r in placed}
    rest = [r for r in block if r.key not in placed_keys]
    return _attach_placeless(clusters, rest, nights, options)


def _link_same_night(placed: list[Report], nights: dict, keys: dict, links: _UnionFind,
                     options: ReconcileOptions) -> None:
    """Reports sharing their first night and enough places are one attack."""
    buckets: dict[tuple[date, str], list[tuple[str, int]]] = defaultdict(list)
    for r in placed:
        for place in keys[r.key]:
            buckets[(nights[r.key][0], place)].append(r.key)
    if options.min_shared_places <= 1:
        for members in buckets.values():
            for other in members[1:]:
                links.union(members[0], other)
        return
    shared: Counter = Counter()
    for members in buckets.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                shared[(a, b)] += 1
    for (a, b), n in shared.items():
        if n >= min(options.min_shared_places, len(keys[a]), len(keys[b])):
            links.union(a, b)


def _link_other_night(groups: list[list[tuple[str, int]]], nights: dict, keys: dict,
                      links: _UnionFind) -> None:
    """A group whose every report may also mean another night joins that night's attack on its places.

    A lone "Thursday" in a Friday-morning report joins Friday's attack on the same city; a group
    with one report that is sure of its night stays where it is.
    """
    by_night: dict[date, list[list[tuple[str, int]]]] = defaultdict(list)
    for group in groups:
        by_night[nights[group[0]][0]].append(group)
    for group in groups:
        others = set.intersection(*(set(nights[k][1:]) for k in group))
        places = _group_places(group, keys)
        for night in sorted(others):
            targets = [g for g in by_night.get(night, []) if places & _group_places(g, keys)]
            if targets:
                best = min(targets, key=lambda g: (-len(g), g[0]))
                links.union(group[0], best[0])
                break


def _group_places(group: list[tuple[str, int]], keys: dict) -> frozenset[str]:
    return frozenset().union(*(keys[k] for k in group))


def _link_near_nights(placed: list[Report], nights: dict, keys: dict, links: _UnionFind,
                      options: ReconcileOptions) -> None:
    """Reports up to the tolerance apart join when they share a place and an exact figure."""
    if options.date_tolerance_days <= 0:
        return
    names = options.corroborating_fields
    figured = [r for r in placed if any(_field_value(r.event, n) is not None for n in names)]
    by_place_night: dict[tuple[str, date], list[Report]] = defaultdict(list)
    for r in figured:
        for place in keys[r.key]:
            by_place_night[(place, nights[r.key][0])].append(r)
    for (place, night), members in by_place_night.items():
        for gap in range(1, options.date_tolerance_days + 1):
            for b in by_place_night.get((place, night + timedelta(days=gap)), []):
                for a in members:
                    if links.find(a.key) != links.find(b.key) and _corroborate(a, b, options):
                        links.union(a.key, b.key)


def _corroborate(a: Report, b: Report, options: ReconcileOptions) -> int:
    """How many exact figures two reports share (the same 539 launched drones)."""
    shared = 0
    for name in options.corroborating_fields:
        x, y = _field_value(a.event, name), _field_value(b.event, name)
        if x is not None and x == y:
            shared += 1
    return shared


def _attach_placeless(clusters: list[list[Report]], rest: list[Report], nights: dict,
                      options: ReconcileOptions) -> list[list[Report]]:
    """Put each report that names no place with an attack of its night, or with its night's others.

    Among the attacks of its first night (else of its other nights) it joins the one sharing the
    most exact figures with it, then the most reported one.
    """
    out = [list(c) for c in clusters]
    by_night: dict[date, list[list[Report]]] = defaultdict(list)
    for cluster in out:
        by_night[nights[cluster[0].key][0]].append(cluster)
    orphans: dict[date | None, list[Report]] = defaultdict(list)
    for report in rest:
        best = _placeless_home(report, by_night, nights, options)
        if best is None:
            orphans[nights[report.key][0] if nights[report.key] else None].append(report)
        else:
            best.append(report)
    for night, members in sorted(orphans.items(), key=lambda kv: str(kv[0])):
        if night is not None:
            out.append(members)
        else:
            out.extend([m] for m in members)  # undated reports cannot be placed in any attack
    return [sorted(c, key=lambda r: r.key) for c in out]


def _placeless_home(report: Report, by_night: dict[date, list[list[Report]]], nights: dict,
                    options: ReconcileOptions) -> list[Report] | None:
    own = nights[report.key]
    for candidates_of in (own[:1], own[1:]):
        candidates = [c for night in candidates_of for c in by_night.get(night, [])]
        if candidates:
            return min(candidates, key=lambda c: (-max(_corroborate(report, m, options) for m in c), -len(c),
                                                  min(m.key for m in c)))
    return None


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
    """One incident from the reports of one attack: a reconciled figure per field, with its rule."""
    options = options or ReconcileOptions()
    if not reports:
        raise ValueError("reconcile_incident needs at least one report")
    ordered = sorted({r.key: r for r in reports}.values(), key=lambda r: r.key)
    claims: dict[str, list[Claim]] = defaultdict(list)
    for report in ordered:
        for claim in reports_to_claims(report, options):
            claims[claim.field].append(claim)
    specific = {(r.key, name): _specificity(r, name, options) for r in ordered for name in COUNT_FIELDS}
    figures = {name: _figure(name, claims[name], specific, options) for name in FIELDS if claims[name]}
    day = figures["date"].value if "date" in figures else None
    attacker = _most_common(r.event.attacker for r in ordered)
    target = _most_common(r.event.target_country for r in ordered)
    places = figures["places"].value if "places" in figures else ()
    return Incident(id=incident_id(day, attacker, target, places), date=day, attacker=attacker,
                    target_country=target, places=places, members=tuple(r.key for r in ordered),
                    figures=figures)


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


def incident_id(day: str | None, attacker: str | None, target: str | None, places: Sequence[str]) -> str:
    """A readable, URL-safe id: "2025-07-04-ru-ua-kyiv"."""
    parts = [day or "undated", (attacker or "xx").lower(), (target or "xx").lower()]
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


def _figure(name: str, claims: list[Claim], specific: dict, options: ReconcileOptions) -> Figure:
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
        value, rule = _pick(claims, _count_steps(claims, name, specific))
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


def _count_steps(claims: list[Claim], name: str, specific: dict) -> list[Step]:
    reported = Counter(c.value for c in claims)
    return [
        ("unhedged over hedged", lambda c: (not c.hedged,)),
        ("official source over media", lambda c: (c.official,)),
        ("the most specific figure (exact over rounded, broken down by weapon)",
         lambda c: specific.get(((c.article_id, c.event_index), name), (0, 0))),  # alert_hours has none
        ("the most reported value", lambda c: (reported[c.value],)),
        ("the latest report", lambda c: (_moment(c.published), c.article_id)),
    ]


def _casualty_steps(claims: list[Claim]) -> list[Step]:
    reported = Counter(c.value for c in claims)
    return [
        ("unhedged over hedged", lambda c: (not c.hedged,)),
        ("the latest casualty figure (tolls are revised as the day goes on)",
         lambda c: (_moment(c.published),)),
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
