"""Reports of one attack grouped into incidents, and one value per field chosen by a readable rule."""
from __future__ import annotations

import importlib.util
import random
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strikewatch.reconcile import (
    Report,
    build_incidents,
    cluster_reports,
    reconcile_incident,
    report_nights,
    reports_to_claims,
)
from strikewatch.records import AirAttack, Counts, Evidence

ROOT = Path(__file__).resolve().parent.parent


def load_eval() -> ModuleType:
    name = "strikewatch_eval_clustering"
    spec = importlib.util.spec_from_file_location(name, ROOT / "eval" / "clustering.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def ev(field: str, quote: str, source: str | None = None, hedged: bool = False) -> Evidence:
    return Evidence(field=field, start=0, end=len(quote), quote=quote, source=source, hedged=hedged)


def report(article_id: str, *, day: str | None = "2025-03-09", attacker: str = "RU", target: str = "UA",
           places: tuple[str, ...] = ("Kyiv",), published: str | None = "2025-03-09T09:00:00+02:00",
           outlet: str | None = "Kyiv Ledger", evidence: tuple[Evidence, ...] = (), index: int = 0,
           **fields) -> Report:
    event = AirAttack(date=day, attacker=attacker, target_country=target, places=places,
                      evidence=evidence, **fields)
    return Report(article_id, index, event, outlet=outlet, published=published)


def groups(reports) -> list[list[str]]:
    return sorted(sorted(r.article_id for r in g) for g in cluster_reports(reports))


# --- the multi-report fixture set -------------------------------------------------------------


@pytest.fixture(scope="module")
def fixture_scores():
    return load_eval().evaluate()


def test_fixture_set_clusters_with_high_pairwise_precision_and_recall(fixture_scores):
    s = fixture_scores
    assert s.gold_pairs >= 40  # 11 waves told by 2-7 reports each
    assert s.precision >= 0.95, s.false_pairs
    assert s.recall >= 0.90, s.missed_pairs
    assert not s.missing


def test_fixture_decoys_stay_apart(fixture_scores):
    rows = fixture_scores.per_attack
    # same night: the Russian wave (Kyiv and Odesa), Ukrainian drones on Bryansk, a Houthi missile at Israel
    incidents = [rows[label]["incidents"] for label in ("A01", "A03", "D01")]
    assert all(len(i) == 1 for i in incidents) and len({i[0] for i in incidents}) == 3
    # Sumy attacked on two consecutive nights: two incidents
    assert rows["A07"]["incidents"] != rows["A09"]["incidents"]
    # the follow-up a day later with the updated toll joins its attack
    assert rows["A01"]["whole"] and rows["A11"]["whole"]


# --- clustering rules ---------------------------------------------------------------------------


def test_same_night_different_regions_are_one_wave():
    reports = [report("a", places=("Odesa",)), report("b", places=("Odesa Oblast",)),
               report("c", places=("Kharkiv",))]
    assert groups(reports) == [["a", "b", "c"]]


def test_a_daytime_strike_is_kept_apart_from_the_overnight_wave():
    overnight = [report(x, places=(p,), period="night") for x, p in (("a", "Kyiv"), ("b", "Kharkiv"))]
    daytime = report("c", places=("Kharkiv",), period="day")
    assert groups([*overnight, daytime]) == [["a", "b"], ["c"]]
    ids = [i.id for i in build_incidents([*overnight, daytime])]
    assert "2025-03-09-ru-ua-day-kharkiv" in ids


def test_a_strike_the_report_recalls_undated_joins_no_night_of_its_publication():
    own = report("a", places=("Lviv",), killed=4)
    recalled = report("a", day=None, places=("Lviv Oblast",), killed=7, index=1)
    night_before = report("b", day="2025-03-08", places=("Kharkiv",), published="2025-03-08T08:00:00+02:00")
    same_night = report("c", places=("Kyiv",))
    assert groups([own, recalled, night_before, same_night]) == [["a"], ["a", "c"], ["b"]]


def test_other_attacker_or_target_is_never_the_same_incident():
    reports = [report("a"), report("b", attacker="UA", target="RU", places=("Kyiv",)),
               report("c", attacker="BY")]
    assert len(groups(reports)) == 3


def test_a_day_apart_joins_only_with_a_shared_exact_figure():
    first = report("a", drones=Counts(launched=412))
    echo = report("b", day="2025-03-10", published="2025-03-10T20:00:00+02:00",
                  evidence=(ev("date", "Monday"),), drones=Counts(launched=412))
    other = report("c", day="2025-03-10", published="2025-03-10T20:00:00+02:00",
                   evidence=(ev("date", "overnight"),), drones=Counts(launched=95))
    assert groups([first, echo]) == [["a", "b"]]
    assert groups([first, other]) == [["a"], ["c"]]


def test_a_day_apart_the_same_part_of_different_wholes_is_a_coincidence():
    first = report("a", drones=Counts(launched=35, destroyed=29), evidence=(ev("date", "overnight"),))
    other = report("b", day="2025-03-10", published="2025-03-10T09:00:00+02:00",
                   evidence=(ev("date", "overnight"),), drones=Counts(launched=31, destroyed=29))
    echo = report("c", day="2025-03-10", published="2025-03-10T09:00:00+02:00",
                  evidence=(ev("date", "overnight"),), drones=Counts(launched=35, destroyed=29))
    assert groups([first, other]) == [["a"], ["b"]]
    assert groups([first, echo]) == [["a", "c"]]


def test_consecutive_nights_on_one_city_stay_apart():
    night1 = [report(x, evidence=(ev("date", "overnight"),)) for x in ("a", "b")]
    night2 = [report(x, day="2025-03-10", published="2025-03-10T08:00:00+02:00",
                     evidence=(ev("date", "overnight"),)) for x in ("c", "d")]
    assert groups(night1 + night2) == [["a", "b"], ["c", "d"]]


def test_thursday_in_a_friday_morning_report_joins_fridays_attack():
    friday = [report(x, day="2025-04-18", published="2025-04-18T08:00:00+03:00",
                     evidence=(ev("date", "overnight"),)) for x in ("a", "b")]
    late = report("c", day="2025-04-17", published="2025-04-18T10:00:00+03:00",
                  evidence=(ev("date", "Thursday"),))
    assert report_nights(late)[1].isoformat() == "2025-04-18"
    assert groups([*friday, late]) == [["a", "b", "c"]]


def test_thursday_night_is_filed_under_friday():
    # Friday first; the night that ended on Thursday is the other night some writers mean
    late = report("c", day="2025-04-17", evidence=(ev("date", "Thursday night"),))
    assert [d.isoformat() for d in report_nights(late)] == ["2025-04-18", "2025-04-17"]
    friday = [report(x, day="2025-04-18", published="2025-04-18T09:00:00+03:00",
                     evidence=(ev("date", "overnight"),)) for x in ("a", "b")]
    assert groups([*friday, late]) == [["a", "b", "c"]]


def test_an_earlier_thursday_night_beside_its_articles_friday_event_is_the_night_into_thursday():
    # "On Thursday night Russia had struck ... with 143 drones" in a report of the night into Friday:
    # Friday's wave holds the article's own event, so the other night the words may mean is taken
    friday = report("r", day="2025-04-18", published="2025-04-18T10:00:00+03:00",
                    evidence=(ev("date", "overnight into Friday"),), drones=Counts(launched=212))
    earlier = report("r", index=1, day="2025-04-17", published="2025-04-18T10:00:00+03:00",
                     evidence=(ev("date", "Thursday night"),), drones=Counts(launched=143))
    thursday = report("t", day="2025-04-17", published="2025-04-17T09:00:00+03:00",
                      evidence=(ev("date", "overnight"),), drones=Counts(launched=143))
    found = sorted(sorted(f"{x.article_id}#{x.event_index}" for x in g)
                   for g in cluster_reports([friday, earlier, thursday]))
    assert found == [["r#0"], ["r#1", "t#0"]]


def test_a_follow_up_dated_by_its_publication_joins_the_night_before_whose_figure_it_gives():
    night = [report(x, evidence=(ev("date", "overnight"),), drones=Counts(launched=137)) for x in ("a", "b")]
    follow = report("f", day="2025-03-10", published="2025-03-10T11:00:00+02:00", killed=7,
                    drones=Counts(launched=137))
    assert groups([*night, follow]) == [["a", "b", "f"]]


def test_a_report_dated_by_its_publication_alone_stays_on_its_day_when_the_night_before_shares_nothing():
    # Kyiv is attacked on consecutive nights: a next-morning report is no follow-up without a shared figure
    night = [report(x, evidence=(ev("date", "overnight"),), drones=Counts(launched=137)) for x in ("a", "b")]
    follow = report("f", day="2025-03-10", published="2025-03-10T08:00:00+02:00", killed=2)
    assert groups([*night, follow]) == [["a", "b"], ["f"]]


def test_a_report_of_a_risen_toll_dated_by_its_publication_joins_the_night_whose_toll_it_updates():
    # "the death toll from the Russian attack on Kyiv has risen to five", posted the next day with no date of
    # its own: a toll rises after its attack, from the two killed in Kyiv the night's reports gave
    night = [report("a", evidence=(ev("date", "overnight"), ev("killed", "Two were killed")), killed=2),
             report("b", evidence=(ev("date", "overnight"),), drones=Counts(launched=137))]
    follow = report("f", day="2025-03-10", published="2025-03-10T12:00:00+02:00", killed=5,
                    evidence=(ev("killed", "The death toll from the attack on Kyiv has risen to five"),))
    assert groups([*night, follow]) == [["a", "b", "f"]]
    # the same toll told without a rise, or of a place the night did not strike, is news of its own night
    plain = replace(follow, event=replace(follow.event, evidence=(ev("killed", "Five people were killed"),)))
    assert groups([*night, plain]) == [["a", "b"], ["f"]]
    elsewhere = replace(follow, event=replace(follow.event, places=("Odesa",)))
    assert groups([*night, elsewhere]) == [["a", "b"], ["f"]]


def test_a_placeless_report_joins_its_nights_wave():
    kyiv = [report("a", drones=Counts(launched=412)), report("b")]
    odesa = [report(x, places=("Odesa",)) for x in ("c", "d", "e")]
    summary = report("s", places=(), drones=Counts(launched=412))
    assert groups([*kyiv, *odesa, summary]) == [["a", "b", "c", "d", "e", "s"]]


def test_undated_reports_without_shared_figures_are_each_their_own_incident():
    reports = [report("a", day=None, published=None), report("b", day=None, published=None)]
    assert groups(reports) == [["a"], ["b"]]


def test_an_undated_report_joins_the_wave_whose_national_figures_it_shares_and_says_so():
    night1 = [report("a", drones=Counts(launched=412, destroyed=381)), report("b", places=("Odesa",))]
    night2 = [report("c", day="2025-03-10", published="2025-03-10T08:00:00+02:00",
                     evidence=(ev("date", "overnight"),), drones=Counts(launched=95))]
    undated = report("u", day=None, published=None, places=(), drones=Counts(launched=412, destroyed=381))
    assert groups([*night1, *night2, undated]) == [["a", "b", "u"], ["c"]]
    wave = next(i for i in build_incidents([*night1, *night2, undated]) if ("u", 0) in i.members)
    assert wave.date == "2025-03-09"
    assert wave.notes == ("u gives no date; it joined this wave by the national figures it shares "
                          "(drones.destroyed 381, drones.launched 412)",)


def test_an_undated_report_joins_the_night_whose_reports_together_give_its_figures():
    # The night's figures are spread over its reports: one gives the launched counts, another the
    # destroyed. An evening report of a daytime strike repeats three of them beside its own event.
    night = [report("a", drones=Counts(launched=412), missiles=Counts(launched=38)),
             report("b", places=("Odesa",), drones=Counts(destroyed=381), missiles=Counts(destroyed=35)),
             report("c", places=("Lviv",))]
    day = report("c", index=1, places=("Sumy",), period="day", drones=Counts(launched=412, destroyed=381),
                 missiles=Counts(launched=38))
    undated = report("u", day=None, published=None, places=(), drones=Counts(launched=412, destroyed=381),
                     missiles=Counts(launched=38, destroyed=35))
    found = sorted(sorted(f"{r.article_id}#{r.event_index}" for r in g)
                   for g in cluster_reports([*night, day, undated]))
    assert found == [["a#0", "b#0", "c#0", "u#0"], ["c#1"]]


def test_an_undated_report_sharing_only_a_local_figure_stays_apart():
    local = (ev("drones.destroyed", "40 drones over Kyiv").__class__(
        field="drones.destroyed", start=0, end=9, quote="40 drones", scope="local", place="Kyiv"),)
    night = [report("a", drones=Counts(launched=412, destroyed=40))]
    undated = report("u", day=None, published=None, drones=Counts(destroyed=40), evidence=local)
    assert groups([*night, undated]) == [["a"], ["u"]]


def test_a_report_naming_only_its_target_joins_the_one_theatre_attacking_it():
    reports = [report("a"), report("b", attacker=None, places=("Odesa",)),
               report("c", attacker="UA", target="RU", places=("Bryansk Oblast",))]
    assert groups(reports) == [["a", "b"], ["c"]]


# --- reconciliation rules -----------------------------------------------------------------------


def test_counts_official_source_over_media():
    media = report("a", drones=Counts(launched=539),
                   evidence=(ev("drones.launched", "539 drones", "officials"),))
    official = report("b", drones=Counts(launched=550),
                      evidence=(ev("drones.launched", "550 drones", "Ukraine's air force"),))
    echo = report("c", drones=Counts(launched=539), evidence=(ev("drones.launched", "539 drones"),))
    figure = reconcile_incident([media, official, echo]).figures["drones.launched"]
    assert figure.value == 550 and figure.rule == "official source over media" and figure.conflict


def test_counts_exact_over_rounded():
    rounded = report("a", drones=Counts(launched=550), evidence=(ev("drones.launched", "some 550 drones"),))
    exact = report("b", drones=Counts(launched=539), evidence=(ev("drones.launched", "539 drones"),))
    figure = reconcile_incident([rounded, exact]).figures["drones.launched"]
    assert figure.value == 539 and figure.rule.startswith("the most specific figure")


def test_counts_breakdown_by_weapon_over_a_bare_total():
    total = report("a", missiles=Counts(launched=13), evidence=(ev("missiles.launched", "13 missiles"),))
    parts = report("b", missiles=Counts(launched=11), evidence=(
        ev("missiles.launched", "seven Kh-101 cruise missiles"), ev("missiles.launched", "four Iskander-M")))
    figure = reconcile_incident([total, parts]).figures["missiles.launched"]
    assert figure.value == 11 and "broken down by weapon" in figure.rule


def test_counts_most_reported_value_then():
    # 63 and 66 are one figure told by three reports; as exact as each other, the more reported wins
    reports = [
        report(x, drones=Counts(hit=n), evidence=(ev("drones.hit", f"{n} hits"),))
        for x, n in (("a", 63), ("b", 66), ("c", 63))
    ]
    figure = reconcile_incident(reports).figures["drones.hit"]
    assert figure.value == 63 and figure.rule == "the most reported value"


def test_counts_a_figure_several_reports_give_beats_a_far_smaller_one_told_once():
    # the Air Force's night told by two outlets; a region's administration counted its own seven
    # "Shahed" drones, a figure that names a weapon and would otherwise win as a breakdown
    night = [
        report(x, places=(), drones=Counts(launched=n), evidence=(ev("drones.launched", q, "Air Force"),))
        for x, n, q in (("a", 85, "85 drones"), ("b", 85, "around 85 drones"))
    ]
    region = report(
        "c",
        places=(),
        drones=Counts(launched=7),
        evidence=(ev("drones.launched", "Seven Shahed drones", "the regional military administration"),),
    )
    figure = reconcile_incident([*night, region]).figures["drones.launched"]
    assert figure.value == 85 and figure.rule.startswith("the figure most reports give") and figure.conflict


def test_a_destroyed_figure_summed_from_its_parts_beats_reports_of_one_part():
    # the air force's 82 shot down and 75 lost to jamming (157) against two outlets' 82 shot down only
    whole = report("a", places=(), drones=Counts(launched=162, destroyed=157),
                   evidence=(ev("drones.launched", "162 drones", "Air Force"),
                             ev("drones.destroyed", "82 of the drones", "Air Force"),
                             ev("drones.destroyed", "another 75 drones", "Air Force")))
    parts = [report(x, places=(), drones=Counts(launched=162, destroyed=82),
                    evidence=(ev("drones.destroyed", "82 were shot down", "Air Force"),)) for x in "bc"]
    figure = reconcile_incident([whole, *parts]).figures["drones.destroyed"]
    assert figure.value == 157 and figure.rule == "a whole over the parts another report sums it from"


def test_counts_unhedged_over_hedged():
    hedged = report(
        "a",
        drones=Counts(launched=805),
        evidence=(ev("drones.launched", "reportedly 805 drones", "air force", hedged=True),),
    )
    plain = report("b", drones=Counts(launched=811), evidence=(ev("drones.launched", "811 drones"),))
    figure = reconcile_incident([hedged, plain]).figures["drones.launched"]
    assert figure.value == 811 and figure.rule == "unhedged over hedged"


def test_alert_hours_that_differ_are_a_conflict_settled_by_the_most_reported():
    reports = [
        report(x, alert_hours=h, evidence=(ev("alert_hours", f"alert lasted {h} hours"),))
        for x, h in (("a", 5.0), ("b", 5.5), ("c", 5.0))
    ]
    figure = reconcile_incident(reports).figures["alert_hours"]
    assert (figure.value, figure.conflict, figure.rule) == (5.0, True, "the most reported value")


def test_casualties_latest_figure_wins():
    early = report(
        "a", killed=3, published="2025-03-09T08:00:00+02:00", evidence=(ev("killed", "3 killed", "mayor"),)
    )
    later = report(
        "b", killed=5, published="2025-03-09T14:00:00+02:00", evidence=(ev("killed", "toll rose to five"),)
    )
    figure = reconcile_incident([later, early]).figures["killed"]
    assert figure.value == 5 and figure.rule.startswith("the latest casualty figure") and figure.conflict


def test_casualties_a_downward_revision_that_is_latest_wins():
    first = report("a", injured=31, published="2025-04-17T08:00:00+03:00")
    revised = report(
        "b",
        injured=28,
        published="2025-04-17T16:00:00+03:00",
        evidence=(ev("injured", "revised the number of injured down to 28", "governor"),),
    )
    assert reconcile_incident([first, revised]).figures["injured"].value == 28


def test_casualties_hedged_claims_lose_to_unhedged_even_when_later():
    sure = report(
        "a", killed=1, published="2025-08-02T09:00:00+03:00", evidence=(ev("killed", "one killed"),)
    )
    rumour = report(
        "b",
        killed=3,
        published="2025-08-02T12:00:00+03:00",
        evidence=(ev("killed", "three were reportedly killed", hedged=True),),
    )
    figure = reconcile_incident([sure, rumour]).figures["killed"]
    assert figure.value == 1 and figure.rule == "unhedged over hedged"


def test_places_and_damage_are_unions_not_conflicts():
    a = report("a", places=("Kyiv", "Brovary"), damage=("residential",))
    b = report("b", places=("Kyiv",), damage=("energy", "residential"))
    incident = reconcile_incident([a, b])
    assert incident.places == ("Kyiv", "Brovary")  # most named first
    assert incident.figures["damage"].value == ("residential", "energy")
    assert not incident.figures["places"].conflict and not incident.figures["damage"].conflict


def test_date_most_common_then_earliest():
    reports = [report("a", day="2025-03-09"), report("b", day="2025-03-10"), report("c", day="2025-03-09")]
    assert reconcile_incident(reports).date == "2025-03-09"
    tie = reconcile_incident([report("a", day="2025-03-10"), report("b", day="2025-03-09")]).figures["date"]
    assert tie.value == "2025-03-09" and tie.rule.endswith("ties go to the earliest") and tie.conflict


def test_record_true_if_any_unhedged_claim():
    hedged = report("a", record=True, evidence=(ev("record", "reportedly the largest", hedged=True),))
    plain = report("b", record=True, evidence=(ev("record", "the largest attack of the war", "air force"),))
    silent = report("c")
    assert reconcile_incident([hedged, plain, silent]).figures["record"].value is True
    only_hedged = reconcile_incident([hedged, silent]).figures["record"]
    assert only_hedged.value is False and only_hedged.rule == "only hedged reports call it a record"


def test_agreeing_claims_are_no_conflict():
    reports = [report(x, drones=Counts(destroyed=64)) for x in "abc"]
    figure = reconcile_incident(reports).figures["drones.destroyed"]
    assert not figure.conflict and figure.rule == "the 3 reports giving it agree"


def test_claims_keep_outlet_source_hedge_and_quote():
    r = report(
        "a",
        outlet="Baltic Wire",
        killed=2,
        drones=Counts(launched=40),
        evidence=(
            ev("killed", "two people were killed", "regional governor"),
            ev("drones.launched", "40 drones", "Telegram channels", hedged=True),
        ),
    )
    claims = {c.field: c for c in reports_to_claims(r)}
    assert claims["killed"].official and claims["killed"].quote == "two people were killed"
    assert claims["killed"].outlet == "Baltic Wire" and claims["killed"].source == "regional governor"
    assert claims["drones.launched"].hedged and not claims["drones.launched"].official
    assert "record" not in claims and "injured" not in claims  # silence claims nothing


def test_a_conflict_lists_each_value_with_its_sources():
    a = report(
        "a",
        outlet="Kyiv Ledger",
        drones=Counts(launched=539),
        evidence=(ev("drones.launched", "539 drones", "Ukraine's air force"),),
    )
    b = report(
        "b",
        outlet="Baltic Wire",
        drones=Counts(launched=550),
        evidence=(ev("drones.launched", "550 drones"),),
    )
    figure = reconcile_incident([a, b]).figures["drones.launched"]
    assert {(c.value, c.outlet, c.source) for c in figure.claims} == {
        (539, "Kyiv Ledger", "Ukraine's air force"),
        (550, "Baltic Wire", None),
    }


def test_reconcile_needs_reports():
    with pytest.raises(ValueError, match="at least one report"):
        reconcile_incident([])


# --- incident ids -------------------------------------------------------------------------------


def test_incident_ids_are_readable_and_url_safe():
    reports = [report("a", places=("Kyiv", "Bila Tserkva")), report("b", places=("Kyiv",))]
    (incident,) = build_incidents(reports)
    assert incident.id == "2025-03-09-ru-ua-kyiv"
    assert incident.members == (("a", 0), ("b", 0))


def test_colliding_ids_get_a_suffix_in_a_stable_order():
    reports = [report(x, day=None, published=None, places=("Kyiv",)) for x in ("b", "a", "c")]
    incidents = build_incidents(reports)
    assert [(i.id, i.members) for i in incidents] == [
        ("undated-ru-ua-kyiv", (("a", 0),)),
        ("undated-ru-ua-kyiv-2", (("b", 0),)),
        ("undated-ru-ua-kyiv-3", (("c", 0),)),
    ]


# --- properties ---------------------------------------------------------------------------------

PLACES = ("Kyiv", "Kyiv Oblast", "Odesa", "Lviv", "Sumy", "Kharkiv")
DAYS = ("2025-03-08", "2025-03-09", "2025-03-10")


@st.composite
def reports_strategy(draw):
    n = draw(st.integers(min_value=1, max_value=12))
    out = []
    for i in range(n):
        day = draw(st.sampled_from(DAYS))
        out.append(
            report(
                f"r{i:02d}",
                day=day,
                attacker=draw(st.sampled_from(("RU", "UA"))),
                places=tuple(draw(st.lists(st.sampled_from(PLACES), max_size=2, unique=True))),
                published=day + draw(st.sampled_from(("", "T07:00:00+02:00", "T21:30:00+02:00"))),
                evidence=tuple(draw(st.lists(st.just(ev("date", "overnight")), max_size=1))),
                drones=Counts(launched=draw(st.sampled_from((None, 40, 412)))),
                killed=draw(st.sampled_from((None, 1, 3))),
            )
        )
    return out


@settings(max_examples=60, deadline=None)
@given(reports_strategy(), st.randoms(use_true_random=False))
def test_input_order_does_not_change_the_incidents(reports, rnd):
    shuffled = list(reports)
    rnd.shuffle(shuffled)
    assert build_incidents(shuffled) == build_incidents(reports)


@settings(max_examples=60, deadline=None)
@given(reports_strategy())
def test_clustering_twice_changes_nothing(reports):
    once = cluster_reports(reports)
    again = cluster_reports([r for group in once for r in group])
    assert once == again
    assert sorted(r.key for g in once for r in g) == sorted(r.key for r in reports)


def test_ids_are_unique_on_many_random_reports():
    rnd = random.Random(7)
    reports = [
        report(f"x{i}", day=rnd.choice(DAYS), places=(rnd.choice(PLACES),), attacker=rnd.choice(("RU", "UA")))
        for i in range(300)
    ]
    ids = [i.id for i in build_incidents(reports)]
    assert len(ids) == len(set(ids))


# --- a night named beyond doubt -----------------------------------------------------------------


def test_overnight_names_its_night_only_in_a_report_posted_that_morning():
    from strikewatch.reconcile import ReconcileOptions, _exact_night
    options = ReconcileOptions()
    morning = report("m", day="2025-03-09", evidence=(ev("date", "overnight"),),
                     published="2025-03-09T08:30:00+02:00")
    afternoon = report("p", day="2025-03-09", evidence=(ev("date", "overnight"),),
                       published="2025-03-09T15:40:00+02:00")
    assert _exact_night(morning, options)
    assert not _exact_night(afternoon, options)  # by the afternoon "overnight" may be either side of midnight


def test_a_night_word_of_any_language_read_names_the_night_of_a_morning_report():
    from strikewatch.reconcile import ReconcileOptions, _exact_night
    options = ReconcileOptions()
    ukrainian = report("u", day="2025-03-09", evidence=(ev("date", "вночі"),),
                       published="2025-03-09T07:15:00+02:00")
    russian = report("r", day="2025-03-09", evidence=(ev("date", "ночью"),),
                     published="2025-03-09T07:15:00+02:00")
    assert _exact_night(ukrainian, options)
    assert _exact_night(russian, options)


def test_the_parts_of_a_national_figure_never_demote_a_place_figure():
    # one report sums the night's 57 destroyed from 45 shot down and 12 lost, and counts 9 over Kharkiv;
    # another counts 45 over Kharkiv: 45 is a part of the national whole, not of Kharkiv's figure
    from strikewatch.records import PlaceReport
    national = report("a", places=("Kharkiv",), drones=Counts(launched=60, destroyed=57),
                      evidence=(ev("drones.destroyed", "45 were shot down", "Air Force"),
                                ev("drones.destroyed", "another 12 were lost", "Air Force")),
                      place_reports=(PlaceReport("Kharkiv", "local", drones=Counts(destroyed=9)),))
    city = report("b", places=("Kharkiv",),
                  place_reports=(PlaceReport("Kharkiv", "local", drones=Counts(destroyed=45)),))
    incident = reconcile_incident([national, city])
    assert incident.figures["drones.destroyed"].value == 57
    kharkiv = next(p for p in incident.place_reports if p.place == "Kharkiv").figures["drones.destroyed"]
    assert "a whole over the parts" not in kharkiv.rule


def test_an_undated_report_joined_by_its_toll_is_noted_with_the_distinctive_toll_only():
    # the follow-up gives no date; its 37 killed is the Sumy strike's final toll, its 4 injured proves nothing
    strike = report("s", day="2025-04-13", places=("Sumy",), killed=37, injured=4,
                    evidence=(ev("date", "Sunday morning"),), published="2025-04-13T13:00:00+03:00")
    follow_up = report("f", day=None, places=("Sumy",), killed=37, injured=4, published=None)
    incident = next(i for i in build_incidents([strike, follow_up]) if ("f", 0) in i.members)
    assert ("s", 0) in incident.members
    assert incident.notes == ("f gives no date; it joined this wave by the toll of its place it shares "
                              "(killed 37)",)


def test_an_evening_report_of_the_mornings_tally_stays_on_its_night_when_the_next_shares_nothing():
    # posted at 19:00, "overnight" may be either side of midnight; 48 drones the next night's reports never
    # give keep it on the night that ended that morning
    tally = report("t", day="2025-03-09", published="2025-03-09T19:00:00+02:00", places=(),
                   evidence=(ev("date", "overnight"),), drones=Counts(launched=48, destroyed=39))
    next_night = [report(x, day="2025-03-10", published="2025-03-10T09:00:00+02:00",
                         evidence=(ev("date", "overnight"),), drones=Counts(launched=73)) for x in ("a", "b")]
    assert groups([tally, *next_night]) == [["a", "b"], ["t"]]
    # with no count of its own, nothing keeps it off the wave of the night it may be telling
    under_way = report("u", day="2025-03-09", published="2025-03-09T22:00:00+02:00", places=(),
                       evidence=(ev("date", "overnight"),))
    assert groups([under_way, *next_night]) == [["a", "b", "u"]]


def test_a_night_named_by_its_morning_is_that_night_even_in_a_report_of_the_next_morning():
    # a weekly review posted on Sunday morning: "Late on Friday, a missile struck Dobropillia" (Friday's
    # evening, filed under Saturday or Friday) and "Overnight into Saturday, Russia launched 162 drones"
    # (Saturday's night, however late it is told): the second is sure of its night and takes it, so the
    # first goes to Friday's
    posted = "2025-03-09T10:00:00+02:00"
    late = report("review", index=0, day="2025-03-07", places=("Dobropillia",), published=posted,
                  evidence=(ev("date", "Late on Friday"),), killed=11)
    into = report("review", index=1, day="2025-03-08", places=("Kharkiv Oblast",), published=posted,
                  evidence=(ev("date", "Overnight into Saturday"),), drones=Counts(launched=162))
    saturday = report("sat", day="2025-03-08", places=("Dobropillia",), published="2025-03-08T08:10:00+02:00",
                      evidence=(ev("date", "overnight"),), drones=Counts(launched=162))
    friday = report("fri", day="2025-03-07", places=("Kharkiv",), published="2025-03-07T07:30:00+02:00",
                    evidence=(ev("date", "before dawn on Friday"),))
    assert [d.isoformat() for d in report_nights(into)] == ["2025-03-08"]
    waves = {frozenset(r.key for r in g) for g in cluster_reports([late, into, saturday, friday])}
    assert waves == {frozenset({("review", 1), ("sat", 0)}), frozenset({("review", 0), ("fri", 0)})}


def test_an_undated_report_printing_its_day_and_month_without_a_year_joins_that_days_wave():
    # "KYIV, Jan 2 -" with no year and no publication date: its 39 drones are also a night's of April a year
    # later, but only 2 January's wave is of its day and month
    january = report("jan", day="2023-01-02", published="2023-01-02T09:00:00+02:00",
                     evidence=(ev("date", "overnight"),), drones=Counts(launched=39, destroyed=39))
    april = report("apr", day="2024-04-11", published="2024-04-11T09:00:00+02:00",
                   evidence=(ev("date", "overnight"),), drones=Counts(launched=39, destroyed=37))
    feature = report("feature", day=None, published=None, evidence=(ev("date", "Jan 2"),),
                     drones=Counts(launched=39))
    assert groups([january, april, feature]) == [["apr"], ["feature", "jan"]]
    # without its day and month, the two nights share as much with it: it stays alone
    bare = replace(feature.event, evidence=())
    assert groups([january, april, Report("feature", 0, bare)]) == [["apr"], ["feature"], ["jan"]]


def test_an_undated_report_sharing_nothing_joins_the_one_wave_of_its_printed_day_and_period():
    # "KHARKIV, March 24 -": a governor's toll of the region, no national count, no year
    night = report("night", day="2026-03-24", places=("Kharkiv Oblast", "Odesa"),
                   published="2026-03-24T10:00:00+02:00",
                   evidence=(ev("date", "overnight into Tuesday"),), drones=Counts(launched=392))
    other = report("other", day="2026-03-20", places=("Kharkiv Oblast",),
                   published="2026-03-20T10:00:00+02:00",
                   evidence=(ev("date", "overnight"),), drones=Counts(launched=118))
    region = report("region", day=None, published=None, places=("Kharkiv Oblast",),
                    evidence=(ev("date", "March 24"),), killed=3, injured=11)
    assert groups([night, other, region]) == [["night", "region"], ["other"]]
    incident = next(i for i in build_incidents([night, other, region])
                    if "region" in {m[0] for m in i.members})
    assert incident.notes == ("region gives no year; it joined the one wave of the day and month it prints "
                              "(24 March)",)


def test_a_printed_day_and_month_never_outweighs_the_figures_an_event_shares_with_another_night():
    # "KYIV, Sept. 21 -", no year: the article tells the night into the 21st (43 missiles) and, apart, the
    # night before (24 drones); its dateline is the first's, and the second goes with the night whose 24
    # drones it gives
    sept20 = report("s20", day="2023-09-20", published="2023-09-20T09:30:00+03:00",
                    evidence=(ev("date", "overnight"),), drones=Counts(launched=24, destroyed=17))
    sept21 = report("s21", day="2023-09-21", published="2023-09-21T10:20:00+03:00",
                    evidence=(ev("date", "before dawn on Thursday"),),
                    missiles=Counts(launched=43, destroyed=36))
    night = report("wire", index=0, day=None, published=None, evidence=(ev("date", "Sept. 21"),),
                   missiles=Counts(launched=43, destroyed=36))
    before = report("wire", index=1, day=None, published=None, evidence=(ev("date", "Sept. 21"),),
                    drones=Counts(launched=24))
    waves = {frozenset(r.key for r in g) for g in cluster_reports([sept20, sept21, night, before])}
    assert waves == {frozenset({("s20", 0), ("wire", 1)}), frozenset({("s21", 0), ("wire", 0)})}


def test_a_printed_day_and_month_outweighs_a_round_count_shared_with_another_night():
    # "CHISINAU, Nov. 17 -", no year: a missile's wreckage in a border village; its round 60 missiles are also
    # another night's, a year later, but only 17 November's wave is of the day it prints
    november = report("nov", day="2022-11-17", published="2022-11-17T11:00:00+02:00",
                      evidence=(ev("date", "Thursday"),), places=("Kyiv",), killed=1)
    other = report("other", day="2023-12-29", published="2023-12-29T10:00:00+02:00",
                   evidence=(ev("date", "overnight"),), missiles=Counts(launched=60, destroyed=41))
    village = report("village", day=None, published=None, places=("Ocnita",),
                     evidence=(ev("date", "Nov. 17"),), missiles=Counts(launched=60))
    assert groups([november, other, village]) == [["nov", "village"], ["other"]]
    # a distinctive count it shares still takes it to that night, whatever day it prints
    distinct = report("village", day=None, published=None, places=("Ocnita",),
                      evidence=(ev("date", "Nov. 17"),), missiles=Counts(launched=41))
    assert groups([november, replace(other, event=replace(other.event, missiles=Counts(launched=41))),
                   distinct]) == [["nov"], ["other", "village"]]


def test_a_night_no_report_tells_joins_the_daytime_barrage_of_its_date():
    # a Monday-morning missile barrage: one outlet times it in daylight, the others date it "on Monday" or by
    # their publication day; no one tells a night, so they are all the one barrage
    barrage = report("capital", day="2022-11-14", published="2022-11-14T15:00:00+02:00", places=("Kyiv",),
                     evidence=(ev("date", "Monday"),), period="day", killed=2)
    region = report("region", day="2022-11-14", published="2022-11-14T13:00:00+02:00", places=("Lviv",),
                    evidence=(ev("date", "Monday"),), injured=3)
    bare = report("bare", day="2022-11-14", published="2022-11-14T12:00:00+02:00", places=("Odesa",))
    assert groups([barrage, region, bare]) == [["bare", "capital", "region"]]
    # a report that tells the night keeps the night's wave apart
    night = replace(region, event=replace(region.event, evidence=(ev("date", "overnight"),)))
    assert groups([barrage, night, bare]) == [["bare", "region"], ["capital"]]
    # so does one giving the Air Force's distinctive tally of the night
    tally = replace(region, event=replace(region.event, drones=Counts(launched=109, destroyed=99)))
    assert groups([barrage, tally, bare]) == [["bare", "region"], ["capital"]]


def test_an_evening_report_dated_by_its_day_alone_tells_the_coming_night_when_that_day_has_no_attack():
    # posted at 23:10, drones told in the air over the south with no day named: the night into the next
    # morning
    flying = report("flying", day="2024-09-03", published="2024-09-03T23:10:00+03:00",
                    places=("Mykolaiv Oblast",))
    morning = report("morning", day="2024-09-04", published="2024-09-04T08:30:00+03:00",
                     places=("Poltava",), evidence=(ev("date", "overnight"),), killed=4)
    assert groups([flying, morning]) == [["flying", "morning"]]
    # with an attack of its own day told, it stays on that day, as a report dated by its day alone does
    same_day = report("earlier", day="2024-09-03", published="2024-09-03T09:00:00+03:00",
                      places=("Odesa",), evidence=(ev("date", "overnight"),), injured=2)
    assert groups([flying, morning, same_day]) == [["earlier", "flying"], ["morning"]]


def test_an_evening_breaking_report_dated_by_its_day_alone_joins_that_days_strike_on_its_town():
    # a missile strike on Uman told "on Tuesday afternoon", the night's drones over Kharkiv and the
    # Cherkasy region, and a breaking item posted at 19:40 with no date of its own naming Uman and its
    # region: the day's strike, not the night before (the region around its town decides nothing)
    day = "2025-06-10"
    strike = report("strike", day=day, published=f"{day}T21:00:00+03:00", places=("Uman",), period="day",
                    evidence=(ev("date", "on Tuesday afternoon"),), killed=3)
    night = report("night", day=day, published=f"{day}T08:10:00+03:00", places=("Kharkiv", "Cherkasy Oblast"),
                   evidence=(ev("date", "overnight"),), drones=Counts(launched=57, destroyed=41))
    breaking = report("breaking", day=day, published=f"{day}T19:40:00+03:00",
                      places=("Uman", "Cherkasy Oblast"))
    assert groups([strike, night, breaking]) == [["breaking", "strike"], ["night"]]
    # a town a report of the night names too may be the night's: it stays there
    uman_night = replace(night, event=replace(night.event, places=("Kharkiv", "Uman")))
    assert groups([strike, uman_night, breaking]) == [["breaking", "night"], ["strike"]]


def test_an_undated_report_printing_its_day_joins_the_wave_of_its_period_when_the_days_holds_a_moved_report():
    # the breaking item posted that evening moves into the day's strike on Uman and keeps the night its reader
    # gave it; a report with no year printing "June 10" about the night is still that night's, not left alone
    day = "2025-06-10"
    strike = report("strike", day=day, published=f"{day}T21:00:00+03:00", places=("Uman",), period="day",
                    evidence=(ev("date", "on Tuesday afternoon"),), killed=3)
    night = report("night", day=day, published=f"{day}T08:10:00+03:00", places=("Kharkiv",),
                   evidence=(ev("date", "overnight"),), drones=Counts(launched=57, destroyed=41))
    breaking = report("breaking", day=day, published=f"{day}T19:40:00+03:00", places=("Uman",))
    printed = report("printed", day=None, published=None, places=("Kharkiv Oblast",),
                     evidence=(ev("date", "June 10"),))
    assert groups([strike, night, breaking, printed]) == [["breaking", "strike"], ["night", "printed"]]
