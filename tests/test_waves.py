"""One night, one wave: figures scoped national, regional or local, place reports, the record check
on the best figure, and older databases carried forward (strikewatch.extract.scope, reconcile, store)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import MetaData, Table, create_engine, insert

from conftest_store import M004, _write_m004_incident, write_m004
from strikewatch import migrations, pipeline
from strikewatch.airforce import read_tallies
from strikewatch.dates import printed_date
from strikewatch.extract import extract_article
from strikewatch.extract.scope import ScopeWords, decide_scope
from strikewatch.migrations import MIGRATIONS, applied_migrations
from strikewatch.reconcile import Report, build_incidents, cluster_reports, report_nights
from strikewatch.records import AirAttack, ArticleInput, Counts
from strikewatch.store import Store

EN = ScopeWords.for_language("en")


def article(article_id: str, published: str, text: str, outlet: str = "Kyiv Ledger") -> ArticleInput:
    return ArticleInput(id=article_id, text=text, published=published, outlet=outlet)


# One night (3-4 July 2025 in the tallies' terms, filed under the morning of the 4th), told city by
# city and by the air force's summary.
THREE_CITIES = [
    article("kyiv", "2025-07-04T08:10:00+03:00",
            "Russia attacked Kyiv with drones and missiles overnight, setting fire to apartment buildings in "
            "three districts. Two people were killed in Kyiv, Mayor Vitali Klitschko said."),
    article("kharkiv", "2025-07-04T09:00:00+03:00",
            "Russia attacked Kharkiv with 17 Shahed drones overnight, 12 of which were shot down, Mayor Ihor "
            "Terekhov said. A warehouse and several cars were damaged.", "Eastern Dispatch"),
    article("odesa", "2025-07-04T09:30:00+03:00",
            "Russian drones hit Odesa overnight, injuring three people and damaging the port, Governor Oleh "
            "Kiper said.", "Harbour Times"),
    article("summary", "2025-07-04T10:00:00+03:00",
            "Russia launched 85 drones at Ukraine overnight, and air defences destroyed 64 of them, the "
            "Ukrainian air force said on Friday.", "Baltic Wire"),
]

# The night of 4 July 2025: the air force's 539 drones, an outlet's 550, the capital's toll, a daytime
# glide-bomb strike on Kharkiv the same day, and Ukrainian drones over Russia the same night.
JULY_4 = [
    article("af-0704", "2025-07-04T09:15:00+03:00",
            "Russia launched 539 drones and 11 missiles at Ukraine overnight, the largest aerial attack "
            "since the start of the full-scale invasion, Ukraine's air force said on Friday. Air defences "
            "shot down 270 drones and two missiles, and 208 more drones were lost to electronic jamming. "
            "Kyiv was the main target."),
    article("kyiv-0704", "2025-07-04T10:40:00+03:00",
            "Russia's overnight drone and missile attack on Kyiv killed two people and injured 23, Mayor "
            "Vitali Klitschko said on Friday. Fires broke out in several districts of the capital and a "
            "railway line was damaged.", "Meridian News"),
    article("wire-0704", "2025-07-04T12:05:00+03:00",
            "Russia launched 550 drones at Ukraine overnight, most of them at Kyiv, in the largest aerial "
            "attack of the war, Ukrainian officials said. Explosions were heard across the capital for "
            "hours.",
            "Baltic Wire"),
    article("kharkiv-day-0704", "2025-07-04T16:30:00+03:00",
            "Russian glide bombs struck Kharkiv on Friday afternoon, injuring five people, regional governor "
            "Oleh Syniehubov said. Two bombs hit an industrial area in the city during the day.",
            "Eastern Dispatch"),
    article("kursk-0704", "2025-07-04T09:00:00+03:00",
            "Russia's defence ministry said on Friday its air defences had destroyed 48 Ukrainian drones "
            "overnight over the Kursk, Bryansk and Belgorod regions.", "Northline Daily"),
]

TALLY_HEADER = "time_start,time_end,model,launch_place,target,launched,destroyed,not_reach_goal,source\n"
# Rows as the Air Force posted them: 9-10 June 2025 (479 drones, the record until 4 July) and 4 July.
TALLIES_BEFORE = (
    "2025-06-08 20:00,2025-06-09 08:00,Shahed-136/131,Kursk oblast,Ukraine,479,277,183,kpszsu/posts/0609\n"
    "2025-06-09 02:00,2025-06-09 06:00,X-101/X-555,Saratov oblast,Ukraine,15,6,,kpszsu/posts/0609\n"
)
TALLIES_0704 = (
    "2025-07-03 18:00,2025-07-04 06:00,Shahed-136/131,Kursk oblast,Ukraine,539,268,208,kpszsu/posts/0704\n"
    "2025-07-04 02:00,2025-07-04 06:00,Iskander-M/KN-23,Bryansk oblast,Ukraine,6,0,,kpszsu/posts/0704\n"
    "2025-07-04 02:00,2025-07-04 06:00,Iskander-K,Kursk oblast,Ukraine,4,2,,kpszsu/posts/0704\n"
    "2025-07-04 00:20,2025-07-04 00:30,X-47 Kinzhal,Lipetsk oblast,Kyiv,1,0,,kpszsu/posts/0704\n"
)


def tallies(tmp_path: Path, rows: str) -> list:
    path = tmp_path / "tallies.csv"
    path.write_text(TALLY_HEADER + rows, encoding="utf-8")
    return list(read_tallies(path))


@pytest.fixture
def store(tmp_path: Path):
    with Store(f"sqlite:///{tmp_path / 'waves.db'}") as s:
        yield s


def ru_ua(store: Store) -> list[dict]:
    return [store.incident(i["id"]) for i in store.incidents(attacker="RU", target="UA")["items"]]


# --- the scope of one figure ------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "quote", "field", "source", "places", "expected"), [
    ("Across Ukraine, Russia launched 85 drones overnight.", "85 drones", "drones.launched", None,
     ["Kharkiv"], ("national", None)),
    ("Russia launched 539 drones and 11 missiles at Ukraine overnight.", "539 drones", "drones.launched",
     "air force", ["Kyiv"], ("national", None)),
    ("Over Kyiv alone, 40 drones were shot down, the city military administration said.", "40 drones",
     "drones.destroyed", "military", ["Kyiv"], ("local", "Kyiv")),
    ("Russia attacked Kharkiv with 17 Shahed drones overnight, the mayor said.", "17 Shahed drones",
     "drones.launched", "mayor", ["Kharkiv"], ("local", "Kharkiv")),
    ("Russia reportedly attacked Kyiv overnight with about 550 drones, according to Ukrainian officials.",
     "about 550 drones", "drones.launched", "Ukrainian officials", ["Kyiv"], ("national", None)),
    ("Three people were injured in the Odesa Oblast, the governor said.", "Three people were injured",
     "injured", "governor", ["Odesa Oblast"], ("regional", "Odesa Oblast")),
    ("Two people were killed, the mayor said.", "Two people were killed", "killed", "mayor", ["Lviv"],
     ("local", "Lviv")),
    ("In total, 12 people were killed and 60 injured.", "12 people were killed", "killed", None, ["Kyiv"],
     ("national", None)),
    ("Air defences destroyed 48 drones over the Kursk, Bryansk and Belgorod regions.", "48 drones",
     "drones.destroyed", None, ["Kursk Oblast", "Bryansk Oblast", "Belgorod Oblast"], ("national", None)),
    # a count followed by its breakdown by place is the total of the parts
    ("The ministry said it had destroyed 41 Ukrainian drones overnight, 17 of them over Krasnodar Krai.",
     "41 Ukrainian drones", "drones.destroyed", "ministry", ["Krasnodar Krai"], ("national", None)),
    ("The ministry said it had destroyed 54 drones over seven regions, including 21 over Belgorod Oblast.",
     "54 drones", "drones.destroyed", "ministry", ["Belgorod Oblast"], ("national", None)),
])
def test_the_scope_of_a_figure_is_decided_from_its_sentence(sentence, quote, field, source, places, expected):
    start = sentence.index(quote)
    country = ["Ukraine"] if "Kursk" not in sentence else ["Russia"]
    got = decide_scope(sentence, start, start + len(quote), field, source, places, places, country, EN)
    assert got == expected


def test_the_reader_keeps_a_citys_figures_beside_the_national_ones():
    text = ("Russia attacked Kharkiv overnight with 17 Shahed drones, 12 of which were shot down, Mayor Ihor "
            "Terekhov said. Across Ukraine, Russia launched 85 drones overnight, and air defences destroyed "
            "64 of them, the Ukrainian air force said.")
    record = extract_article(article("kh", "2025-07-04T08:00:00+03:00", text))
    event = record.events[0]
    assert (event.drones.launched, event.drones.destroyed) == (85, 64)
    scopes = {e.field: e.scope for e in event.evidence if e.field.startswith("drones.")}
    assert scopes == {"drones.launched": "national", "drones.destroyed": "national"}
    (kharkiv,) = event.place_reports
    assert (kharkiv.place, kharkiv.scope) == ("Kharkiv", "local")
    assert (kharkiv.drones.launched, kharkiv.drones.destroyed) == (17, 12)
    assert all(text[q.start:q.end] == q.quote for q in kharkiv.evidence)
    assert record.to_dict()["events"][0]["place_reports"][0]["drones"]["launched"] == 17


# --- waves --------------------------------------------------------------------------------------


def test_three_cities_and_the_air_force_summary_are_one_incident_with_three_place_reports(store):
    pipeline.ingest(store, THREE_CITIES)
    (incident,) = ru_ua(store)
    assert incident["n_reports"] == 4 and incident["date"] == "2025-07-04"
    places = {p["place"]: p for p in incident["place_reports"]}
    assert set(places) == {"Kyiv", "Kharkiv", "Odesa"}
    assert places["Kharkiv"]["figures"]["drones.launched"]["value"] == 17
    assert places["Kyiv"]["figures"]["killed"]["value"] == 2
    assert places["Odesa"]["figures"]["injured"]["value"] == 3
    # the national figures are the air force's, never a city's
    assert (incident["drones_launched"], incident["drones_destroyed"]) == (85, 64)
    killed = incident["figures"]["killed"]
    assert killed["value"] == 2 and killed["rule"].startswith("sum of the place reports (Kyiv 2)")
    # a place filter finds the wave, whose Kharkiv figures are Kharkiv's own
    assert [i["id"] for i in store.incidents(place="Kharkiv")["items"]] == [incident["id"]]


def test_the_api_serves_the_place_reports_and_each_claims_scope(store):
    from fastapi.testclient import TestClient

    from strikewatch.api import ServeOptions, create_app

    pipeline.ingest(store, THREE_CITIES)
    (wave,) = ru_ua(store)
    client = TestClient(create_app(store, ServeOptions.from_defaults()))
    body = client.get(f"/api/incidents/{wave['id']}").json()
    assert {p["place"] for p in body["place_reports"]} == {"Kyiv", "Kharkiv", "Odesa"}
    assert body["period"] == "night"
    kharkiv = next(p for p in body["place_reports"] if p["place"] == "Kharkiv")
    assert kharkiv["figures"]["drones.launched"]["claims"][0]["scope"] == "local"
    assert body["figures"]["drones.launched"]["claims"][0]["scope"] == "national"


def test_a_city_figure_and_a_national_figure_are_each_reconciled_at_their_own_scope(store):
    both = article("kh-both", "2025-07-04T08:00:00+03:00",
                   "Russia attacked Kharkiv overnight with 17 Shahed drones, 12 of which were shot down, "
                   "Mayor Ihor Terekhov said. Across Ukraine, Russia launched 85 drones overnight, and air "
                   "defences destroyed 64 of them, the Ukrainian air force said.")
    city = article("kh-city", "2025-07-04T11:00:00+03:00",
                   "Russia attacked Kharkiv with 19 Shahed drones overnight, the city's mayor Ihor Terekhov "
                   "said in an update.", "Eastern Dispatch")
    pipeline.ingest(store, [both, city])
    (incident,) = ru_ua(store)
    national = incident["figures"]["drones.launched"]
    assert national["value"] == 85 and not national["conflict"]
    assert {c["scope"] for c in national["claims"]} == {"national"}
    (kharkiv,) = incident["place_reports"]
    local = kharkiv["figures"]["drones.launched"]
    assert sorted(c["value"] for c in local["claims"]) == [17, 19] and local["conflict"]
    assert {(c["scope"], c["place"]) for c in local["claims"]} == {("local", "Kharkiv")}
    assert incident["drones_launched"] == 85  # what the tallies are compared with


def test_the_night_of_4_july_2025_is_one_wave_checked_against_the_official_539(store, tmp_path):
    pipeline.ingest(store, JULY_4)
    store.import_tallies(tallies(tmp_path, TALLIES_BEFORE + TALLIES_0704))
    waves = store.incidents(attacker="RU", target="UA", since="2025-07-04", until="2025-07-04")["items"]
    night = [store.incident(w["id"]) for w in waves if store.incident(w["id"])["period"] == "night"]
    (wave,) = night
    assert "Kyiv" in wave["places"] and wave["n_reports"] == 3
    launched = wave["figures"]["drones.launched"]
    assert launched["value"] in (539, 550) and launched["conflict"]
    assert sorted({c["value"] for c in launched["claims"]}) == [539, 550]
    assert wave["official_drones_launched"] == 539 and wave["official_missiles_launched"] == 11
    assert wave["record"] is True
    check = wave["record_check"]
    assert check["basis"] == "official" and check["value"] == 539 and check["record"] is True
    assert (check["previous_max"], check["previous_night"]) == (479, "2025-06-09")
    # the daytime glide-bomb strike on Kharkiv and the Ukrainian drones over Russia are waves of their own
    day = [w for w in waves if w["id"] != wave["id"]]
    assert [(d["places"], store.incident(d["id"])["period"]) for d in day] == [(["Kharkiv"], "day")]
    (ua,) = store.incidents(attacker="UA", target="RU")["items"]
    assert ua["official_drones_launched"] is None  # the Air Force counts attacks on Ukraine only


def test_the_record_check_falls_back_to_the_news_figure_when_the_tallies_lack_the_night(store, tmp_path):
    pipeline.ingest(store, JULY_4[:3])
    store.import_tallies(tallies(tmp_path, TALLIES_BEFORE))
    (wave,) = ru_ua(store)
    check = wave["record_check"]
    assert wave["official_drones_launched"] is None
    assert check["basis"] == "news" and check["value"] == wave["drones_launched"] == check["news"]
    assert check["record"] is True and check["previous_max"] == 479


def test_no_record_check_without_any_tallies(store):
    pipeline.ingest(store, JULY_4[:3])
    (wave,) = ru_ua(store)
    assert wave["record"] is True and wave["record_check"] is None and wave["official"] is None


def test_an_undated_report_joins_the_wave_whose_national_figures_it_shares(store):
    undated = ArticleInput(id="undated", outlet="Steppe Telegraph", text=(
        "Russia launched 539 drones and 11 missiles at Ukraine overnight, Ukraine's air force said. Air "
        "defences shot down 270 drones and two missiles."))
    pipeline.ingest(store, [*JULY_4[:2], undated])
    (wave,) = ru_ua(store)
    assert wave["n_reports"] == 3
    assert any(n.startswith("undated gives no date; it joined this wave") and "drones.launched 539" in n
               for n in wave["notes"])


# --- migration --------------------------------------------------------------------------------


def test_a_database_built_at_m004_migrates_to_waves_and_keeps_its_data(tmp_path):
    old = tmp_path / "m004.db"
    engine = create_engine(f"sqlite:///{old}")
    assert migrations.migrate(engine, until=M004)[-1] == M004
    with engine.begin() as connection:  # the rows as the m004 store wrote them, scope-less
        write_m004(connection, [(item, extract_article(item)) for item in THREE_CITIES], incidents=False)
    _write_m004_incidents(engine)  # as m004 reconciled them: one incident per city
    engine.dispose()
    with Store(f"sqlite:///{old}") as store:
        assert applied_migrations(store.engine) == [step.__name__ for step in MIGRATIONS]
        assert "m005_waves_and_scope" in applied_migrations(store.engine)
        assert store.articles()["total"] == 4
        scopes = {(c["article_id"], c["field"]): (c["scope"], c["place"]) for c in store.claims()}
        assert scopes[("summary", "drones.launched")] == ("national", None)  # scoped as it migrated
        assert scopes[("kharkiv", "drones.launched")] == ("local", "Kharkiv")
        (wave,) = ru_ua(store)  # rebuilt as one wave when the store migrated
        assert wave["n_reports"] == 4 and wave["drones_launched"] == 85
        assert wave["period"] == "night" and wave["notes"] == []
        assert {p["place"] for p in wave["place_reports"]} == {"Kyiv", "Kharkiv", "Odesa"}
        assert store.incident("2025-07-04-ru-ua-odesa") is None


def test_a_database_at_m006_keeps_its_place_reports_claims_through_the_evidence_table(tmp_path):
    """A store written by the waves code (m005, m006: claims in full inside figures and place reports)
    is carried forward by m007: its incidents read back as a store built today gives them."""
    pairs = [(item, extract_article(item)) for item in THREE_CITIES]
    old = tmp_path / "m006.db"
    engine = create_engine(f"sqlite:///{old}")
    migrations.migrate(engine, until=M004)
    with engine.begin() as connection:
        write_m004(connection, pairs, incidents=False)
    assert migrations.migrate(engine, until="m006_tally_sources")[-1] == "m006_tally_sources"
    reports = [Report(item.id, index, event, outlet=item.outlet, published=item.published)
               for item, record in pairs for index, event in enumerate(record.events)]
    with engine.begin() as connection:
        connection.execute(Table("stale_nights", MetaData(), autoload_with=connection).delete())
        t = {name: Table(name, MetaData(), autoload_with=connection)
             for name in ("incidents", "incident_members")}
        for incident in build_incidents(reports):
            _write_m004_incident(connection, t, incident)
            places = [{"place": p.place, "scope": p.scope, "figures": _waves_figures(p.figures)}
                      for p in incident.place_reports]
            connection.execute(t["incidents"].update().where(t["incidents"].c.id == incident.id).values(
                figures=json.dumps(_waves_figures(incident.figures)), place_reports=json.dumps(places),
                period=incident.period, notes=json.dumps(list(incident.notes))))
    engine.dispose()
    with Store(f"sqlite:///{old}") as migrated:
        (after,) = ru_ua(migrated)
        quoted = [c for p in after["place_reports"] for f in p["figures"].values() for c in f["claims"]]
        assert quoted and all(c["quote"] and c["scope"] != "national" and c["place"] for c in quoted)
    with Store(f"sqlite:///{tmp_path / 'today.db'}") as today:
        pipeline.ingest(today, THREE_CITIES)
        (built,) = ru_ua(today)
    assert {p["place"] for p in after["place_reports"]} == {"Kyiv", "Kharkiv", "Odesa"}
    assert after["place_reports"] == built["place_reports"]
    assert after["figures"] == built["figures"]


def _waves_figures(figures: dict) -> dict:
    """FIGURES as the m005/m006 store wrote them: every claim in full, with its scope and place."""
    names = ("value", "article_id", "event_index", "outlet", "published", "source", "hedged", "quote",
             "official", "scope", "place")
    return {name: {"value": f.value, "rule": f.rule, "conflict": f.conflict,
                   "claims": [{n: list(v) if isinstance(v := getattr(c, n), tuple) else v for n in names}
                              for c in f.claims]}
            for name, f in sorted(figures.items())}


def _write_m004_incidents(engine) -> None:
    with engine.begin() as connection:
        incidents = Table("incidents", MetaData(), autoload_with=connection)
        members = Table("incident_members", MetaData(), autoload_with=connection)
        for article_id, place in (("kyiv", "Kyiv"), ("kharkiv", "Kharkiv"), ("odesa", "Odesa"),
                                  ("summary", None)):
            incident_id = f"2025-07-04-ru-ua-{(place or 'x').lower()}"
            connection.execute(insert(incidents), {
                "id": incident_id, "date": "2025-07-04", "attacker": "RU", "target_country": "UA",
                "places": json.dumps([place] if place else []), "places_key": f"|{(place or '').lower()}|",
                "damage": "[]", "n_reports": 1, "n_conflicts": 0, "conflicts": "[]", "launched_total": 0,
                "figures": "{}", "computed_at": "2025-07-04T12:00:00+00:00"})
            connection.execute(insert(members), {"incident_id": incident_id, "article_id": article_id,
                                                 "event_index": 0})


def test_a_daytime_salvo_told_with_no_figure_is_a_day_strike_beside_the_nights_wave():
    text = ("Overnight, Moscow sent nearly 80 cruise missiles and drones against Ukraine; officials said "
            "close to 70 were brought down. Hours later, in broad daylight, a salvo of ballistic missiles "
            "was fired at Kyiv; all of them were intercepted, the city authorities said.")
    record = extract_article(article("day-salvo", "2023-05-29T18:30:00Z", text))
    assert [(e.date, e.period, e.places) for e in record.events] == \
        [("2023-05-29", "night", ()), ("2023-05-29", "day", ("Kyiv",))]


def test_each_place_report_keeps_its_own_toll_when_one_article_gives_several(store):
    text = ("Russia attacked Ukraine overnight with 261 drones and 44 missiles, officials said.\n\n"
            "In Kharkiv, a missile hit an apartment block, killing three people and injuring 11, the "
            "governor said.\n\nIn Odesa, one man was killed and two others were wounded when drones "
            "struck the port, the regional administration said.")
    pipeline.ingest(store, [article("tolls", "2025-02-21T09:15:00+02:00", text)])
    (incident,) = ru_ua(store)
    places = {p["place"]: p["figures"] for p in incident["place_reports"]}
    assert (places["Kharkiv"]["injured"]["value"], places["Odesa"]["injured"]["value"]) == (11, 2)
    assert places["Odesa"]["killed"]["value"] == 1
    assert incident["figures"]["injured"]["value"] == 13


# --- reports of one night that used to stay apart ----------------------------------------------


def _reports(*articles: ArticleInput) -> list[Report]:
    out = []
    for item in articles:
        record = extract_article(item)
        out += [Report(item.id, n, event, outlet=item.outlet, published=item.published)
                for n, event in enumerate(record.events)]
    return out


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(r.article_id for r in group) for group in cluster_reports(reports))


NOV_17_NIGHT = article(
    "af-1117", "2024-11-17T09:00:00+02:00",
    "Russia launched 137 drones and 9 missiles at Ukraine overnight, the air force said on Sunday. "
    "Air defences shot down 109 of the drones. Lviv and Odesa were hit.")


def test_a_daytime_report_of_the_nights_air_force_totals_joins_the_nights_wave():
    day = article(
        "odesa-1117", "2024-11-17T15:40:00+02:00",
        "Russian missiles struck energy facilities in Odesa on Sunday afternoon. Russia launched 137 "
        "drones and 9 missiles at Ukraine in the attack, and 109 drones were shot down, the air force "
        "said.", "Harbour Times")
    reports = _reports(NOV_17_NIGHT, day)
    assert [r.event.period for r in reports] == ["night", "day"]
    assert _groups(reports) == [["af-1117", "odesa-1117"]]


def test_a_daytime_strike_with_no_national_figure_stays_beside_the_nights_wave():
    day = article(
        "kharkiv-1117", "2024-11-17T16:10:00+02:00",
        "Russian glide bombs struck Kharkiv on Sunday afternoon, injuring four people, the governor said.",
        "Eastern Dispatch")
    assert _groups(_reports(NOV_17_NIGHT, day)) == [["af-1117"], ["kharkiv-1117"]]


def test_a_follow_up_dated_by_its_publication_day_joins_the_night_whose_figures_it_gives():
    follow = article(
        "grid-1124", "2024-11-24T11:00:00+02:00",
        "A week after Russia launched 137 drones and 9 missiles at Ukraine, 109 drones of which were shot "
        "down, repairs to the grid in Odesa continue, officials said.", "Grid Weekly")
    reports = _reports(NOV_17_NIGHT, follow)
    assert reports[1].event.date == "2024-11-24"  # the reader dates it by its publication day
    assert _groups(reports) == [["af-1117", "grid-1124"]]


def test_a_later_night_with_round_or_small_figures_in_common_stays_its_own_wave():
    text = ("Russia launched 100 drones and 9 missiles at Ukraine overnight, the air force said. Air "
            "defences shot down 80 of the drones.")
    earlier = article("af-1118", "2024-11-18T09:00:00+02:00", text)
    later = article("af-1121", "2024-11-21T09:00:00+02:00", text, "Baltic Wire")
    assert _groups(_reports(earlier, later)) == [["af-1118"], ["af-1121"]]


def test_a_report_with_no_date_in_its_text_stays_on_its_own_night_when_the_night_before_shares_nothing():
    morning = article(
        "kyiv-1118", "2024-11-18T08:00:00+02:00",
        "Russian drones struck an apartment building in Kyiv, injuring three people, the city "
        "administration said.", "Meridian News")
    (report,) = _reports(morning)
    assert [d.isoformat() for d in report_nights(report)] == ["2024-11-18", "2024-11-17"]
    assert _groups(_reports(NOV_17_NIGHT, morning)) == [["af-1117"], ["kyiv-1118"]]


def test_a_report_mixing_two_nights_figures_does_not_merge_the_two_waves():
    def night(article_id: str, published: str, figures: str, outlet: str) -> ArticleInput:
        return article(article_id, published, f"Russia launched {figures}. Kyiv was hit.", outlet)
    first = [night(f"n1-{n}", "2025-05-25T09:00:00+03:00",
                   "298 drones and 69 missiles at Ukraine overnight, the air force said. Air defences shot "
                   "down 266 drones and 45 missiles", outlet)
             for n, outlet in enumerate(("Baltic Wire", "Meridian News"))]
    second = [night(f"n2-{n}", "2025-05-26T09:00:00+03:00",
                    "355 drones and 9 missiles at Ukraine overnight, the air force said. Air defences shot "
                    "down 288 drones and 9 missiles", outlet)
              for n, outlet in enumerate(("Baltic Wire", "Meridian News"))]
    mixed = night("mixed", "2025-05-26T10:00:00+03:00",
                  "298 drones and 69 missiles at Ukraine overnight, the air force said. Air defences shot "
                  "down 288 drones and 9 missiles", "Harbour Times")
    assert _groups(_reports(*first, *second, mixed)) == [["mixed", "n2-0", "n2-1"], ["n1-0", "n1-1"]]


def test_two_nights_each_named_by_their_morning_stay_two_waves_though_they_share_a_count():
    review = article(
        "week-0309", "2025-03-09T20:00:00+02:00",
        "Week in review.\n\nThursday night into Friday: Russia launched 140 drones and 2 Iskander-M missiles "
        "at Ukraine, and 131 drones were shot down. Homes were damaged in the Sumy region.", "Weekly Digest")
    morning = article(
        "af-0308", "2025-03-08T09:10:00+02:00",
        "Russia launched 152 drones and 2 missiles at Ukraine overnight, the air force said on Saturday. "
        "Air defences shot down 131 drones. Homes were damaged in the Sumy region.", "Baltic Wire")
    reports = _reports(review, morning)
    assert [r.event.date for r in reports] == ["2025-03-07", "2025-03-08"]
    assert _groups(reports) == [["af-0308"], ["week-0309"]]


def test_an_earlier_attack_told_after_came_a_day_after_takes_no_time_of_day_from_the_later_one():
    raid = article(
        "zap-1120", "2025-11-20T16:05:00+02:00",
        "Russian aircraft dropped guided bombs on Zaporizhzhia on Thursday afternoon, injuring five people, "
        "the regional governor said.\n\nThe afternoon raid came a day after a Russian missile strike on "
        "Ternopil killed at least 20 people.", "Zaporizhzhia Now")
    events = extract_article(raid).events
    assert [(e.date, e.period) for e in events] == [("2025-11-20", "day"), ("2025-11-19", "night")]


def test_a_report_that_tells_no_night_joins_the_days_strike_on_the_place_it_names():
    night = article(
        "kharkiv-0413", "2025-04-13T08:50:00+03:00",
        "Russian drones hit two districts of Kharkiv overnight, injuring two people, the governor said.",
        "Kharkiv Chronicle")
    strike = article(
        "sumy-0413", "2025-04-13T13:05:00+03:00",
        "Two Russian ballistic missiles struck the centre of Sumy at about 10:15 on Sunday, killing 21 "
        "people, the regional administration said.", "Northern Star")
    toll = article(
        "sumy-0414", "2025-04-14T19:30:00+03:00",
        "The number of people killed by Sunday's Russian missile strike on Sumy has risen to 35, the "
        "emergency service said on Monday.", "Europe Desk")
    reports = _reports(night, strike, toll)
    assert [r.event.period for r in reports] == ["night", "day", "night"]
    assert _groups(reports) == [["kharkiv-0413"], ["sumy-0413", "sumy-0414"]]


def test_an_undated_report_with_no_national_count_joins_the_wave_whose_report_gives_its_towns_toll():
    toll = article(
        "sumy-0414", "2025-04-14T19:30:00+03:00",
        "The number of people killed by Sunday's Russian missile strike on Sumy has risen to 35, and 117 "
        "people were injured, the emergency service said on Monday.", "Europe Desk")
    other = article(
        "odesa-0412", "2025-04-12T09:00:00+03:00",
        "Russian drones struck Odesa overnight, injuring three people, the governor said.", "Harbour Times")
    feature = ArticleInput(
        id="sumy-feature", published=None, outlet="Long Read",
        text="In Sumy, where two ballistic missiles struck the city centre on a Sunday morning, killing 35 "
             "people and wounding 117, the funerals have taken up most of the week.")
    reports = _reports(toll, other, feature)
    assert reports[2].event.date is None
    assert _groups(reports) == [["odesa-0412"], ["sumy-0414", "sumy-feature"]]
    (incident,) = [i for i in build_incidents(reports) if len(i.members) == 2]
    assert any("sumy-feature gives no date" in note for note in incident.notes)


def test_the_previous_night_and_a_night_named_by_both_days_are_not_moved_a_day_on():
    previous = article("prev", "2025-05-26T09:00:00+03:00",
                       "The previous night, Russia launched 298 drones at Ukraine, the air force said.")
    both = article("both", "2025-07-05T09:00:00+03:00",
                   "On the night of 3 to 4 July, Russia launched 539 drones at Ukraine, the air force said.")
    nights = {r.article_id: [d.isoformat() for d in report_nights(r)] for r in _reports(previous, both)}
    assert nights["prev"][0] == "2025-05-25"
    assert nights["both"][0] == "2025-07-04"


def test_a_one_sided_report_joins_the_block_with_a_report_of_its_night():
    def report(report_id: str, published: str, attacker: str | None, place: str) -> Report:
        event = AirAttack(date=published[:10], attacker=attacker, target_country="IL", places=(place,),
                          period="night")
        return Report(report_id, 0, event, published=published)
    yemen = report("ye", "2024-07-19T09:00:00+03:00", "YE", "Tel Aviv")
    lebanon = report("lb", "2024-07-27T20:00:00+03:00", "LB", "Majdal Shams")
    one_sided = report("tlv", "2024-07-19T11:00:00+03:00", None, "Tel Aviv")
    assert _groups([yemen, lebanon, one_sided]) == [["lb"], ["tlv", "ye"]]


def test_a_count_over_the_region_the_article_names_is_that_regions():
    sentence = "Air defence forces shot down 11 drones over the region."
    start = sentence.index("11 drones")
    got = decide_scope(sentence, start, start + len("11 drones"), "drones.destroyed", None, [],
                       ["Dnipropetrovsk Oblast", "Pavlohrad"], ["Ukraine"], EN)
    assert got == ("regional", "Dnipropetrovsk Oblast")


def test_a_report_with_no_publication_date_is_dated_by_its_photo_caption():
    text = ("LVIV, Dec. 29 (Lviv Courier) - Two people were injured when Russian missiles struck Lviv early "
            "on Friday, the mayor said.\n\nA school and a tram depot were damaged, and trams on several "
            "routes were replaced by buses for the rest of the day while crews restored the power lines."
            "\n\nThe mayor said more than 20 buildings had broken windows, among them a kindergarten and "
            "the university's main building, and that the city would pay for the repairs of private homes. "
            "Volunteers handed out film to cover the windows before the night frost.\n\nPhoto caption: "
            "Rescuers at a damaged school in Lviv, December 29, 2023.")
    assert text.index("December 29, 2023") > 500  # past the dateline and lead, where a printed date is sought
    assert printed_date(text) == date(2023, 12, 29)
    (event,) = extract_article(ArticleInput(id="lviv", text=text, outlet="Lviv Courier")).events
    assert event.date == "2023-12-29"


def test_a_count_over_the_region_of_a_report_about_one_town_is_not_national():
    # the report names its town only; "over the region" is the region around it, not the country
    text = ("Russian drones hit apartment blocks in Mykolaiv overnight, injuring four people, the regional "
            "governor Vitaliy Kim said. According to the Air Force's southern command, 31 drones were "
            "destroyed over the region. The overnight attack was part of a wave of 412 drones launched "
            "across the country.")
    (event,) = extract_article(article("mykolaiv", "2025-10-12T11:00:00+03:00", text)).events
    scopes = {(e.field, e.quote): (e.scope, e.place) for e in event.evidence if e.field.startswith("drones")}
    assert scopes[("drones.destroyed", "31 drones")] == ("regional", "Mykolaiv")
    assert ("national", None) in [v for (f, _), v in scopes.items() if f == "drones.launched"]


def test_a_destroyed_total_followed_by_its_parts_after_a_colon_is_not_added_to_them():
    text = (
        "Russia attacked Ukraine overnight with 112 drones and 6 missiles, the Air Force said on "
        "Tuesday. In total 87 drones were neutralised: 51 drones were shot down and 36 were lost "
        "locationally."
    )
    (event,) = extract_article(article("colon", "2025-10-14T09:00:00+03:00", text)).events
    assert (event.drones.launched, event.drones.destroyed) == (112, 87)


def test_a_night_before_told_in_the_pluperfect_is_its_own_event_and_joins_its_wave():
    followup = article(
        "tue",
        "2025-10-21T11:30:00+03:00",
        "Russia launched 212 drones at Ukraine overnight into Tuesday, the Air Force said, and air "
        "defences shot down 187 of them. Drones hit an energy facility in Poltava. On Monday night "
        "Russia had struck Ukraine with 143 drones and 17 missiles, killing three people in Kharkiv.",
        "Eastern Dispatch",
    )
    events = extract_article(followup).events
    assert sorted((e.date, e.drones.launched) for e in events) == [("2025-10-20", 143), ("2025-10-21", 212)]
    monday = article(
        "mon",
        "2025-10-20T09:00:00+03:00",
        "Russia attacked Ukraine overnight with 143 drones and 17 missiles, the Air Force said on "
        "Monday. Three people were killed in Kharkiv.",
        "Baltic Wire",
    )
    reports = [
        Report(a.id, i, e, outlet=a.outlet, published=a.published)
        for a in (followup, monday)
        for i, e in enumerate(extract_article(a).events)
    ]
    together = sorted(sorted(f"{r.article_id}#{r.event_index}" for r in g) for g in cluster_reports(reports))
    earlier = next(i for i, e in enumerate(events) if e.date == "2025-10-20")
    assert sorted(["mon#0", f"tue#{earlier}"]) in together and [f"tue#{1 - earlier}"] in together


def test_the_same_days_wave_told_earlier_in_the_pluperfect_is_apart_from_an_evening_strike():
    text = (
        "A Russian ballistic missile hit a school in Chernihiv on Sunday evening, injuring nine people, the "
        "mayor said. Earlier on Sunday, Russia had launched 96 drones and 11 missiles at targets across "
        "Ukraine; the Air Force said 71 drones and 9 missiles were shot down. Two people were killed in "
        "Zhytomyr in that attack."
    )
    events = extract_article(article("chernihiv", "2025-11-02T22:50:00+02:00", text)).events
    assert len(events) == 2
    strike = next(e for e in events if "Chernihiv" in e.places)
    wave = next(e for e in events if e is not strike)
    assert strike.period == "day" and strike.drones.launched is None
    assert (wave.period, wave.drones.launched, wave.missiles.launched, wave.date) == (
        "night",
        96,
        11,
        "2025-11-02",
    )


def test_reported_speech_in_the_pluperfect_is_the_same_night():
    text = (
        "Russia attacked Kyiv with drones overnight into Friday, injuring four people. The Air Force said "
        "on Thursday night Russia had launched 88 drones, 70 of which were shot down."
    )
    (event,) = extract_article(article("speech", "2025-10-24T09:00:00+03:00", text)).events
    assert (event.date, event.drones.launched) == ("2025-10-24", 88)


@pytest.mark.parametrize("text, published, nights", [
    # two nights told one after the other, each by its dates
    ("Two nights in a row, Russia has sent hundreds of drones at Ukraine's power plants. On the night of "
     "14-15 October, the Air Force counted 183 drones and 12 missiles. Of these, 141 drones were shot "
     "down. The following night, 15-16 October, Russia launched 227 drones, a new high for the month, and "
     "204 of them were shot down.",
     "2025-10-16T19:00:00+03:00", [("2025-10-15", 183, 141), ("2025-10-16", 227, 204)]),
    # a review's section opened by the two days a night spans ("Tuesday into Wednesday") is that night's
    ("Two nights in mid-March tested the air defences once more.\n\n"
     "Tuesday into Wednesday, March 11-12, was the larger. The Air Force counted 417 attack drones and "
     "22 missiles and reported 380 drones and 15 missiles destroyed. A grain warehouse in Vinnytsia "
     "burned.\n\nOn the night into Thursday, March 13, Russia sent 133 drones, of which 97 were shot "
     "down. A drone hit a school in Sumy, injuring three.",
     "2025-03-14T18:00:00+02:00", [("2025-03-12", 417, 380), ("2025-03-13", 133, 97)]),
])
def test_two_nights_in_one_review_are_two_events_each_dated_by_its_night(text, published, nights):
    events = extract_article(article("review", published, text, "The Ridge")).events
    assert sorted((e.date, e.drones.launched, e.drones.destroyed) for e in events) == nights


def test_a_night_range_at_the_end_of_a_weekly_comparison_tells_no_attack_of_its_own():
    text = (
        "Russia launched 410 drones and 17 missiles at Ukraine overnight into Sunday, the Air Force said; "
        "372 drones were shot down. On the quieter nights of the week the count ranged from 60 to 140 "
        "drones, with 95 on the night of 10-11 October."
    )
    (event,) = extract_article(article("week", "2025-10-12T10:00:00+03:00", text)).events
    assert (event.date, event.drones.launched) == ("2025-10-12", 410)


def test_a_weekday_night_told_days_later_is_filed_under_the_next_morning():
    # "Thursday night" ends on Friday morning: the wave the Air Force counts on Friday
    friday = article(
        "fri",
        "2025-10-24T08:30:00+03:00",
        "Russia attacked Ukraine overnight with 137 drones, the Air Force said; 109 were shot down. "
        "Two people were injured in Sumy.",
        "Baltic Wire",
    )
    sunday = article(
        "sun",
        "2025-10-26T12:00:00+03:00",
        "Zelensky asked allies for more air defence after Thursday night's Russian drone attack that "
        "injured two people in Sumy.",
        "Meridian News",
    )
    (late,) = extract_article(sunday).events
    assert any(e.field == "date" and e.quote == "Thursday night" for e in late.evidence)
    reports = [
        Report(a.id, 0, extract_article(a).events[0], outlet=a.outlet, published=a.published)
        for a in (friday, sunday)
    ]
    assert report_nights(reports[1]) == (date(2025, 10, 24), date(2025, 10, 23))  # Friday first
    assert [sorted(r.article_id for r in g) for g in cluster_reports(reports)] == [["fri", "sun"]]


def test_a_liveblogs_strike_this_afternoon_is_its_own_daytime_event_beside_the_night():
    text = (
        "21:10 — Rescuers in Sumy have found another body, bringing the toll from last night's drone strike "
        "to four.\n\n17:30 — Kharkiv: a guided aerial bomb hit the outskirts of the village of Kupiansk this "
        "afternoon, the governor says. Two people were injured.\n\n16:05 — The Air Force says Russia used 42 "
        "drones overnight; 35 were shot down."
    )
    events = extract_article(article("live", "2025-11-08T21:15:00+02:00", text, "Kyiv Ledger")).events
    strike = next(e for e in events if "Kupiansk" in e.places)
    night = next(e for e in events if e.drones.launched)
    assert strike is not night
    assert (strike.period, strike.injured, strike.drones.launched) == ("day", 2, None)
    assert (night.period, night.drones.launched, night.killed) == ("night", 42, 4)


def test_a_bare_night_tally_under_a_dateline_is_that_countrys_night():
    text = (
        "ODESA, November 9, 2025 — A smaller wave than last week: 64 drones overnight, 50 neutralised. "
        "The Air Force says six locations were hit."
    )
    (event,) = extract_article(ArticleInput(id="bare", text=text, outlet="NewsFeed UA")).events
    assert (event.target_country, event.date, event.drones.launched, event.drones.destroyed) == (
        "UA",
        "2025-11-09",
        64,
        50,
    )


def test_a_liveblogs_night_told_by_explosions_alone_joins_the_nights_wave():
    live = article(
        "live-night",
        "2025-10-12T02:50:00+03:00",
        "02:45 — The Air Force says a group of attack drones is heading for the Rivne region. Explosions "
        "reported in Rivne.\n\n01:30 — Lutsk mayor: \"Explosions are heard in the city, air defence is "
        "working.\"",
    )
    (event,) = extract_article(live).events
    assert (event.attacker, event.target_country, event.date) == ("RU", "UA", "2025-10-12")
    assert "Rivne" in event.places
    morning = article(
        "af-morning",
        "2025-10-12T09:00:00+03:00",
        "Russia launched 131 drones at Ukraine overnight, 104 of which were shot down, the Air Force said. "
        "Rivne and Lutsk were among the cities attacked.",
        "Baltic Wire",
    )
    reports = [
        Report(a.id, 0, extract_article(a).events[0], outlet=a.outlet, published=a.published)
        for a in (live, morning)
    ]
    groups = [sorted(r.article_id for r in g) for g in cluster_reports(reports)]
    assert groups == [["af-morning", "live-night"]]


def test_the_toll_from_an_earlier_days_barrage_is_that_days_attack():
    text = (
        "Russian missiles hit the centre of Kharkiv on Saturday evening, injuring 12 people, the governor "
        "said. In Ukraine, the toll from Friday's record barrage of 122 missiles and drones rose to 39 on "
        "Saturday as rescuers recovered more bodies from a shopping centre in Dnipro."
    )
    events = extract_article(article("toll", "2025-11-15T22:10:00+02:00", text)).events
    barrage = next(e for e in events if e.killed == 39)
    kharkiv = next(e for e in events if "Kharkiv" in e.places)
    assert barrage is not kharkiv
    assert (barrage.date, barrage.places) == ("2025-11-14", ("Dnipro",))
    assert (kharkiv.date, kharkiv.injured) == ("2025-11-15", 12)


def test_an_earlier_strike_told_by_what_it_left_behind_is_its_own_event():
    text = (
        "Power has been restored to most of the 800 Odesa homes that lost it after Tuesday's massive strike, "
        "the city administration said on Wednesday.\n\nOvernight, Russia launched 64 drones at Ukraine, "
        "of which 51 were shot down, according to the Air Force."
    )
    events = extract_article(article("after", "2025-11-19T10:30:00+02:00", text)).events
    assert sorted((e.date, e.drones.launched) for e in events) == [("2025-11-18", None), ("2025-11-19", 64)]
    earlier = next(e for e in events if e.date == "2025-11-18")
    assert "Odesa" in earlier.places
    # a reaction after an earlier strike, with nothing it left behind, tells no attack of its own
    said = ("After Tuesday's strike, the mayor called for more air defence. "
            "Overnight, Russia launched 64 drones.")
    (only,) = extract_article(article("said", "2025-11-19T10:30:00+02:00", said)).events
    assert only.drones.launched == 64


def test_drones_in_the_air_on_the_evening_of_publication_are_the_coming_night():
    # an evening report of drones under way, with a recap of the night that ended that morning: two nights
    text = (
        "Groups of Russian attack drones were moving towards Kharkiv and Poltava on Friday evening, the air "
        "force said, warning that a missile strike could follow. Explosions were heard in Kharkiv at about "
        "10 p.m.\n\n"
        "Overnight into Friday, Russia launched 137 drones at Ukraine, of which 118 were shot down, the air "
        "force said."
    )
    events = extract_article(article("evening", "2025-10-17T22:40:00+03:00", text)).events
    assert sorted((e.date, e.period, e.drones.launched) for e in events) == [
        ("2025-10-17", "night", 137), ("2025-10-18", "night", None)]
    coming = next(e for e in events if e.date == "2025-10-18")
    told = Report("evening", 0, coming, published="2025-10-17T22:40:00+03:00")
    assert [n.isoformat() for n in report_nights(told)] == ["2025-10-18"]


def test_a_strike_over_by_the_evening_of_publication_keeps_its_day():
    text = "A Russian drone hit a warehouse in Sumy on Friday evening, injuring two, the governor said."
    events = extract_article(article("over", "2025-10-17T22:40:00+03:00", text)).events
    assert [e.date for e in events] == ["2025-10-17"]


def test_an_undated_report_whose_figures_two_nights_share_equally_stays_alone():
    def wave(report_id: str, day: str, launched: int, destroyed: int) -> Report:
        event = AirAttack(date=day, attacker="RU", target_country="UA", places=("Kyiv",),
                          drones=Counts(launched=launched, destroyed=destroyed))
        return Report(report_id, 0, event, published=f"{day}T09:00:00+02:00")

    undated = Report("undated", 0, AirAttack(attacker="RU", target_country="UA",
                                             drones=Counts(launched=47)))
    reports = [wave("a", "2024-02-02", 47, 41), wave("b", "2025-06-11", 47, 33), undated]
    assert _groups(reports) == [["a"], ["b"], ["undated"]]
    # one night sharing more of them takes it
    reports[1] = wave("b", "2025-06-11", 53, 33)
    assert _groups(reports) == [["a", "undated"], ["b"]]


def test_a_scope_word_written_only_inside_a_longer_word_is_no_scope_word():
    # "в области" is spelled inside "районов области"; the count is the ministry's, over the country
    sentence = ("Средствами ПВО уничтожены 23 беспилотника над территорией пяти районов области "
                "и соседних регионов.")
    start = sentence.index("23 беспилотника")
    got = decide_scope(sentence, start, start + len("23 беспилотника"), "drones.destroyed", None, [],
                       ["Belgorod Oblast"], ["Russia"], ScopeWords.for_language("ru"))
    assert got == ("national", None)
