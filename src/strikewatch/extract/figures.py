"""One figure per field and event: the figures an article states for one slot, reconciled.

Within a sentence, a stated total wins over its parts and parts add up (``combine_parts``). Across
sentences, additions join the figure before them, an exact figure beats a rough one and a stated total
beats a listed breakdown (``reconcile_count``). Casualty tolls take the latest correction, then a stated
total, then the sum over places or the highest figure (``reconcile_casualties``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..gazetteer import region_holds, region_of
from ..lexicon.cyrillic_common import SEPARATE_CITIES


@dataclass
class Fact:
    """One figure read from one sentence, before reconciliation."""

    value: int
    evidence: list[tuple[int, int]]  # absolute offsets
    rough: bool = False
    additive: bool = False  # "another 21", "a further 27": add to what came before
    scope: str | None = None  # the place a casualty figure belongs to
    total: bool = False  # "in all", "across the country"
    ew: bool | None = False  # destroyed by electronic warfare ("lost locationally"); None when both kinds
    model: bool = False  # the phrase names a weapon model ("Kh-101 cruise missiles"), so it is a part
    # a sum of one sentence's parts ("30 Kh-101, of which 21 were downed; 8 Kalibrs, 7 downed")
    breakdown: bool = False
    revision: bool = False  # "the toll was revised down to 10": a correction that replaces earlier figures
    vague: bool = False  # "several people were killed in Sumy": a place's part with no figure
    rising: bool = False  # "the toll rose to more than 40": the figure grown, not another source's estimate
    estimate: bool = False  # "residents put the death toll at over 30": a toll told with no verb of growth
    both: bool = False  # "no casualties", "no one was hurt": a zero of the killed and the injured at once
    # a count the report sets aside: "initially reported 42 wounded", replaced by a later one, or "more than
    # 100 terrorists had died", the striking side's claim; either gives way to another toll of its place
    set_aside: bool = False
    # a zero one local official tells ("no casualties, the governor said"): of the official's own area
    local: bool = False
    # how many short of the whole launched a destroyed figure told as "all but N" is (its value ALL_LAUNCHED)
    short_of: int = 0
    # the one class of missile the figure counts, if it names one ("30 cruise missiles"; MISSILE_CLASSES)
    missile_class: str | None = None


def combine_parts(facts: list[Fact], listed: bool = False) -> Fact:
    """Figures for one slot within one sentence: a stated total wins over its parts, else parts add up; the
    sum of a ``listed`` sentence's items is a breakdown."""
    if len(facts) == 1:
        return facts[0]
    values = [f.value for f in facts]
    # the total may be told before its parts or after them ("75 of the cruise missiles and both Kh-59s, a
    # total of 77"), and a bare total is read after the weapon phrases ("31 were destroyed: 21 Kh-101s, ...")
    total = next((f for f in facts if f.value * 2 == sum(values) and not f.additive and not f.model), None)
    if total is not None:
        return total
    first = facts[0]
    ew = None if len({f.ew for f in facts}) > 1 else first.ew
    return Fact(sum(values), [span for f in facts for span in f.evidence], rough=any(f.rough for f in facts),
                additive=all(f.additive for f in facts), ew=ew, breakdown=listed)


def reconcile_count(facts: list[Fact]) -> Fact | None:
    """Across sentences: additions join the figure before them; counts of different classes of missile, with
    no count of them all, add up; an exact figure beats a rough one."""
    running: list[Fact] = []
    for f in facts:
        if f.additive and running:
            prev = running[-1]
            running[-1] = Fact(prev.value + f.value, prev.evidence + f.evidence, rough=prev.rough or f.rough)
        else:
            running.append(f)
    if not running:
        return None
    classes = {f.missile_class for f in running}
    if len(classes) > 1 and None not in classes:
        # "Iran fired 30 cruise missiles." ... "It also fired 120 ballistic missiles": each best, summed
        parts = [best([f for f in running if f.missile_class == c]) for c in sorted(classes)]
        return Fact(sum(f.value for f in parts), [span for f in parts for span in f.evidence],
                    rough=any(f.rough for f in parts))
    stated = [f for f in running if not (f.breakdown or f.rough or f.model)]
    if stated and any(f.breakdown for f in running):
        running = [f for f in running if not f.breakdown]  # a stated total wins over a list's items added up
    kinetic, ew = [f for f in running if f.ew is False], [f for f in running if f.ew is True]
    if kinetic and ew:  # "48 were shot down." ... "24 were lost locationally." are parts of one figure
        k, e = best(kinetic), best(ew)
        running.append(Fact(k.value + e.value, k.evidence + e.evidence, rough=k.rough or e.rough, ew=None))
    return best(running)


def best(facts: list[Fact]) -> Fact:
    exact = [f for f in facts if not f.rough]
    rough = [f for f in facts if f.rough]
    if exact and (not rough or max(f.value for f in exact) * 2 >= max(f.value for f in rough)):
        return max(exact, key=lambda f: f.value)
    return max(facts, key=lambda f: f.value)


def is_region(place: str) -> bool:
    return place.endswith((" Oblast", " Krai", " Republic", " region", " Governorate", " Province"))




def _outside(place: str, other: str) -> bool:
    """Whether a toll said of ``place`` leaves out ``other``: another town, a region that does not hold it,
    or the region around a city of special status."""
    if other == place:
        return False
    if SEPARATE_CITIES.get(place) == other or SEPARATE_CITIES.get(other) == place:
        return True
    if is_region(place):
        return region_holds(place, other) is False if not is_region(other) else True
    return not (is_region(other) and region_holds(other, place) is not False)


def _apart(region: str, town: str) -> bool:
    """Whether a town lies outside a region by the strictest reading: a city of special status beside it, or
    a town whose nearest region is another."""
    return SEPARATE_CITIES.get(region) == town or SEPARATE_CITIES.get(town) == region \
        or region_holds(region, town, reach_km=0) is False


def _place_totals(facts: list[Fact]) -> list[Fact]:
    """A total said of one place ("the attack on Kyiv killed at least six"), and said again as that place's,
    is the place's part when the article gives a figure for a place outside it ("In the Odesa region, two
    people were killed"): the toll is their sum. A place outside with no figure of its own ("several were
    hurt in Sumy") leaves it a total."""
    placed = [f for f in facts if f.total and f.scope is not None]
    if not placed or any(f.total and f.scope is None for f in facts):
        return facts
    scopes = {f.scope for f in placed}
    if not all(any(g.scope == f.scope and g.value == f.value and not g.total for g in facts) for f in placed):
        return facts  # a lead's figure is the place's only when the article gives it again as the place's
    outside = [f for f in facts if f.scope is not None and not f.total
               and all(_outside(p, f.scope) for p in scopes)]
    if not outside or any(f.vague for f in outside) or all(f.value == 0 for f in outside):
        return facts
    return [replace(f, total=False) if f in placed else f for f in facts]


def _zeros_of_parts(facts: list[Fact], struck: set[str]) -> list[Fact]:
    """A zero said of one place ("In Rostov, debris damaged a substation; there were no casualties") tells
    nothing of an attack that struck places outside it that no figure speaks of: such zeros are left out. So
    too a zero one local official tells with no place (``Fact.local``), in an attack on several regions."""
    regions = {_region(p) for p in struck} - {None}
    if len(regions) > 1 and any(f.local for f in facts):
        # "He added that there were no casualties", of one region of an attack on several: not all of theirs
        facts = [f for f in facts if not (f.local and f.value == 0 and f.scope is None)]
    zeros = [f for f in facts if f.value == 0 and not f.vague and f.scope is not None and not f.total]
    if not zeros or any(f.scope is None or f.value > 0 for f in facts):
        return facts
    scopes = {f.scope for f in facts if f.scope}
    if not any(all(_elsewhere(s, p) for s in scopes) for p in struck):
        return facts  # every place struck is in a region a figure speaks of, or cannot be placed
    return [f for f in facts if f not in zeros]


def _region(place: str) -> str | None:
    """The region a place lies in, by the gazetteer; a region the gazetteer does not place ("Oryol Oblast",
    "Samara Oblast") is its own, so that a local official's zero in an attack on several such regions is
    told apart from the attack's."""
    return region_of(place) or (place if is_region(place) else None)


def _elsewhere(place: str, other: str) -> bool:
    """Whether ``other`` lies in another region than ``place``, by the gazetteer; False when unsure (a town
    within reach of a region named is taken to be in it: "Sochi" and "Krasnodar Krai")."""
    here, there = region_of(place), region_of(other)
    if here is None or there is None or here == there:
        return False
    return not any(is_region(a) and region_holds(a, b) for a, b in ((place, other), (other, place)))


def reconcile_casualties(facts: list[Fact], other_scopes: set[str], struck: set[str] | None = None,
                         other_counted: bool = False) -> Fact | None:
    """A correction wins; then a stated total; else the sum over places (their highest figures), or the
    highest overall figure (tolls grow through the day, and later sentences often give a part).

    A zero of both kinds ("no casualties were reported in the city") in an attack whose other kind counts
    victims (``other_counted``: "two people were injured in the region") was said of a part: it tells
    nothing of this kind's toll over the whole attack."""
    if other_counted:
        facts = [f for f in facts if not f.both]
    facts = _zeros_of_parts(facts, struck or set())
    if not facts:
        return None
    facts = _added(facts)
    # "initially reported 42 wounded" ... "39 injured": a count set aside gives way to another of its place
    facts = [f for f in facts if not (f.set_aside and any(
        not g.set_aside and not g.vague and g.value > 0 and g.scope == f.scope for g in facts))]
    if any(f.value > 0 for f in facts):
        # "No one was killed." with no place, next to figures elsewhere (a liveblog's other city):
        # a zero that names no place gives way to any stated figure
        facts = [f for f in facts if f.value > 0 or f.scope is not None or not f.total] or facts
    revisions = [f for f in facts if f.revision]
    if any(f.scope is None for f in revisions):
        return max(revisions, key=lambda f: f.evidence[0][0])  # the last correction in the text
    for place in {f.scope for f in revisions}:  # "the toll in Kyiv has risen to three": Kyiv's figure only
        last = max((f for f in revisions if f.scope == place), key=lambda f: f.evidence[0][0])
        facts = [f for f in facts if f.scope != place or f is last]
    towns = [f for f in facts if f.scope and not f.vague and not is_region(f.scope) and f.evidence]
    if towns:
        # "killed one and injured five in Russia's Belgorod region", and after it each town's part: a
        # region's figure given before every town's is the total they add up to
        first = min(f.evidence[0][0] for f in towns)
        heads = [f for f in facts
                 if f.scope and is_region(f.scope) and f.evidence and f.evidence[0][0] < first]
        outside = {f.scope for f in towns for h in heads if region_holds(h.scope, f.scope) is False}
        if len({h.scope for h in heads}) > 1:
            # "Kyiv region: 16 injured ... Zhytomyr region: 12 injured": each region's figure is its own part;
            # a town is another's when none of them holds it, by its nearest region ("Kyiv", a city of special
            # status, is not the Kyiv region's)
            outside = {f.scope for f in towns if all(_apart(h.scope, f.scope) for h in heads)}
        if outside or len({h.scope for h in heads}) > 1:
            # "In the Zhytomyr region, three people were injured ... In Lviv, one person was hurt": a town of
            # another region adds to the region's figure, which holds only its own towns' parts
            held = {f.scope for f in towns if f.scope not in outside}
            facts = [f for f in facts if f.scope not in held]
        else:
            facts = [replace(f, total=True) if f in heads else f for f in facts]
    facts = _place_totals(facts)
    totals = [f for f in facts if f.total]
    if totals:
        # a figure said of the whole attack, or an exact or risen one said of a total's own place, later
        # and higher than a stated total, is the toll grown since ("killing 12 in Dnipro" ... "the toll
        # rose to 23")
        told = [t.evidence[0][0] for t in totals if t.evidence]
        grown = [f for f in facts if f.scope is not None and not f.vague and (f.rising or not f.rough)
                 and told and f.evidence and f.evidence[0][0] > min(told)
                 and f.scope in {t.scope for t in totals}]
        whole = [f for f in facts if f.scope is None and not f.vague]
        return _exact_over_rough(totals + grown + whole)
    general = [f for f in facts if f.scope is None]
    by_place: dict[str, list[Fact]] = {}
    for f in facts:
        if f.scope is not None:
            by_place.setdefault(f.scope, []).append(f)
    parts: dict[str, Fact] = {}
    for place, found in by_place.items():  # a place's highest figure; a vague one only when it has no other
        stated = [f for f in found if not f.vague]
        parts[place] = _exact_over_rough(stated) if stated else found[0]
    candidates = list(general)
    if any(f.vague for f in parts.values()):
        parts = {}  # a sum with a place whose figure is not given would be short: no sum at all
    if parts:
        summed = Fact(sum(f.value for f in parts.values()), [s for f in parts.values() for s in f.evidence])
        if summed.value > 0 or not (other_scopes - set(parts)):
            candidates.append(summed)
    if not candidates:
        return None
    return _exact_over_rough(candidates)


def _added(facts: list[Fact]) -> list[Fact]:
    """Figures told as additions ("Another 15 were killed", "two more were injured") joined to the figure told
    before them, which keeps its place; an addition with nothing before it stands alone."""
    if not any(f.additive for f in facts):
        return facts
    out: list[Fact] = []
    for f in sorted(facts, key=lambda f: f.evidence[0][0] if f.evidence else -1):
        before = [i for i, g in enumerate(out) if g.value > 0 and not g.vague and g.evidence]
        if f.additive and before and f.evidence:
            prev = out[before[-1]]
            out[before[-1]] = replace(prev, value=prev.value + f.value, evidence=prev.evidence + f.evidence,
                                      rough=prev.rough or f.rough)
        else:
            out.append(f)
    return out


def _exact_over_rough(facts: list[Fact]) -> Fact:
    """The highest toll, save that a rough estimate of the toll ("community leaders put the number of dead at
    over 120", "residents put the toll higher, at over 30") gives way to an exact figure ("at least 85 were
    killed"); a rough figure more than twice the exact one is no estimate of the same thing."""
    top = max(facts, key=lambda f: f.value)
    if not (top.rough and top.estimate):
        return top
    exact = [f for f in facts if not (f.rough or f.vague) and f.value > 0]
    if exact and max(f.value for f in exact) * 2 >= top.value:
        return max(exact, key=lambda f: f.value)
    return top
