"""The store: schema and migrations, ingest outcomes, versions, duplicates, rejects, incidents, queries.

Every test runs on SQLite and, with STRIKEWATCH_TEST_POSTGRES set, on PostgreSQL too.
"""
from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy

from conftest_store import ARTICLES, article, db_url_fixture, store_fixture, write_jsonl  # noqa: F401
from strikewatch import airforce, reconcile
from strikewatch.extract import extract_article
from strikewatch.ingest import read_inputs
from strikewatch.migrations import MIGRATIONS, applied_migrations
from strikewatch.records import AirAttack, ArticleInput, Brief, Rejection
from strikewatch.store import Store, database_url

TALLIES_HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
                  "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
                  "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
                  "destroyed_details,launched_details,launch_place_details,source\n")
EMPTY_COLUMNS = "," * 12  # still_attacking ... launch_place_details


def inputs(*rows: dict) -> list[ArticleInput]:
    return [ArticleInput(**row) for row in rows]


def ingest(store: Store, *rows: dict):
    return store.ingest(inputs(*rows))


def columns(store: Store, table: str) -> set[str]:
    return set(store.t[table].c.keys())


def test_every_kept_record_field_has_a_column(store: Store) -> None:
    def names(record: type) -> set[str]:
        return {f.name for f in dataclasses.fields(record)}
    counts = {f"{weapon}_{count}" for weapon in ("drones", "missiles")
              for count in ("launched", "destroyed", "hit")}
    expected = {
        "articles": names(ArticleInput) | names(Brief),
        "events": names(AirAttack) - {"drones", "missiles"} | counts,  # weapons: a JSON list
        "claims": names(reconcile.Claim),
        "incidents": names(reconcile.Incident) - {"members", "figures"} | counts,
        "incident_members": {"incident_id", "article_id", "event_index"},
        "rejects": names(Rejection),
        "airforce_tallies": names(airforce.Tally),
    }
    for table, names in expected.items():
        assert names <= columns(store, table), (table, names - columns(store, table))
    assert {"figures", "conflicts", "n_reports", "n_conflicts"} <= columns(store, "incidents")


def test_migrations_are_recorded_and_applied_once(db_url: str) -> None:
    names = [step.__name__ for step in MIGRATIONS]
    assert names[0] == "m001_initial" and names == sorted(names)
    numbers = [int(name[1:4]) for name in names]  # one list, numbered in increasing order, no number twice
    assert numbers == sorted(set(numbers)) and numbers[:4] == [1, 2, 3, 4], names
    with Store(db_url) as first:
        assert applied_migrations(first.engine) == names
        ingest(first, article("lviv-post"))
    with Store(db_url) as again:  # reopening migrates nothing and keeps the data
        assert applied_migrations(again.engine) == names
        assert again.articles()["total"] == 1


def test_database_url_accepts_paths_and_plain_postgres_urls() -> None:
    assert database_url("records/strikewatch.db") == "sqlite:///records/strikewatch.db"
    assert database_url("postgresql://u@db:5432/sw") == "postgresql+psycopg://u@db:5432/sw"
    assert database_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def test_ingest_stores_the_record_events_and_claims(store: Store) -> None:
    summary = ingest(store, article("odesa-ledger"), article("lviv-post"))
    assert (summary.added, summary.unchanged, summary.rejected) == (2, 0, 0)
    stored = store.article("odesa-ledger")
    expected = extract_article(ArticleInput(**article("odesa-ledger"))).to_dict()
    assert stored["record"] == expected
    assert stored["text"] == ARTICLES["odesa-ledger"]["text"]
    assert stored["outlet"] == "Odesa Ledger" and stored["version"] == 1
    assert stored["brief"] == expected["brief"]
    assert [o["match"] for o in stored["outlets"]] == ["original"]
    with store.engine.connect() as connection:
        query = "SELECT field, value FROM claims WHERE article_id = 'odesa-ledger'"
        claims = connection.execute(sqlalchemy.text(query))
        by_field = {field: json.loads(value) for field, value in claims}
    assert by_field["drones.launched"] == 87 and by_field["killed"] == 2 and by_field["places"] == ["Odesa"]


def test_reingesting_the_same_articles_changes_nothing(store: Store) -> None:
    ingest(store, article("odesa-ledger"), article("odesa-wire"))
    before = (store.articles(), store.incidents(), store.stats())
    summary = ingest(store, article("odesa-ledger"), article("odesa-wire"))
    assert (summary.added, summary.updated, summary.unchanged, summary.incidents) == (0, 0, 2, 0)
    assert (store.articles(), store.incidents(), store.stats()) == before


def test_same_text_under_another_id_is_one_more_outlet(store: Store) -> None:
    ingest(store, article("lviv-post"))
    copy = article("lviv-post", id="syndicated-1", outlet="Western Herald", url="https://herald.example/lviv")
    reworded = article("lviv-post", id="syndicated-2", outlet="Carpathian Daily",
                       text=ARTICLES["lviv-post"]["text"].upper().replace(".", " ."))
    summary = ingest(store, copy, reworded)
    assert (summary.added, summary.duplicates) == (0, 2)
    outlets = store.article("lviv-post")["outlets"]
    assert {(o["input_id"], o["outlet"], o["match"]) for o in outlets} == {
        ("lviv-post", "Lviv Post", "original"), ("syndicated-1", "Western Herald", "same text"),
        ("syndicated-2", "Carpathian Daily", "same text")}
    assert store.articles()["total"] == 1 and store.article("syndicated-1") is None
    assert store.known_ids(["syndicated-1", "lviv-post", "never-seen"]) == {"syndicated-1", "lviv-post"}
    assert ingest(store, copy).unchanged == 1


def test_lightly_edited_copy_is_a_near_duplicate(store: Store) -> None:
    ingest(store, article("odesa-ledger"))
    edited = ARTICLES["odesa-ledger"]["text"].replace("were also damaged.", "were also damaged, he added.")
    copy = article("odesa-ledger", id="odesa-ledger-copy", outlet="Danube News", text=edited)
    summary = ingest(store, copy)
    assert summary.duplicates == 1
    matches = {o["input_id"]: o["match"] for o in store.article("odesa-ledger")["outlets"]}
    assert matches["odesa-ledger-copy"] == "near duplicate"


def test_new_text_under_a_stored_id_is_a_new_version(store: Store) -> None:
    ingest(store, article("odesa-ledger"))
    updated_text = ARTICLES["odesa-ledger"]["text"].replace("killing two people and injuring nine",
                                                            "killing four people and injuring 15")
    summary = ingest(store, article("odesa-ledger", text=updated_text, published="2025-06-14T15:00:00+03:00"))
    assert (summary.added, summary.updated) == (0, 1)
    stored = store.article("odesa-ledger")
    assert stored["version"] == 2 and stored["text"] == updated_text
    assert [(v["version"], v["published"]) for v in stored["versions"]] == [(1, "2025-06-14T08:30:00+03:00")]
    incident = store.incident(store.incidents()["items"][0]["id"])
    assert (incident["killed"], incident["injured"]) == (4, 15)
    assert [c["value"] for c in incident["figures"]["killed"]["claims"]] == [4]  # old claims replaced


def test_bad_inputs_are_kept_with_reason_and_raw_and_the_batch_goes_on(store: Store, tmp_path: Path) -> None:
    broken = '{"id": "broken", "text": "Drones hit'
    path = write_jsonl(tmp_path / "batch.jsonl",
                       [article("lviv-post"), broken, {"id": "no-text"}, article("belgorod-news")])
    summary = store.ingest(read_inputs([path]))
    assert (summary.added, summary.rejected) == (2, 2)
    rows = store.rejects()["items"]
    assert {(r["input"], r["stage"]) for r in rows} == {(f"{path}:2", "read"), (f"{path}:3", "read")}
    kept = next(r for r in rows if r["input"] == f"{path}:2")
    assert "not valid JSON" in kept["reason"] and kept["raw"] == broken
    assert store.known_ids([f"{path}:3"]) == {f"{path}:3"}


def test_an_extractor_failure_is_a_reject_and_the_batch_goes_on(store: Store, monkeypatch) -> None:
    def fail_on_lviv(item: ArticleInput):
        if item.id == "lviv-post":
            raise ValueError("cannot parse the figures")
        return extract_article(item)
    monkeypatch.setattr("strikewatch.store.extract_article", fail_on_lviv)
    seen = []
    summary = store.ingest(inputs(article("lviv-post"), article("belgorod-news")),
                           on_reject=lambda rejection, stage: seen.append((rejection.input, stage)))
    assert (summary.added, summary.rejected) == (1, 1) and seen == [("lviv-post", "extract")]
    row = store.rejects()["items"][0]
    assert row["reason"] == "extractor failed: ValueError: cannot parse the figures"
    assert row["raw"] == ARTICLES["lviv-post"]["text"]


def test_two_outlets_make_one_incident_with_conflicts_marked(store: Store) -> None:
    ingest(store, article("odesa-ledger"), article("odesa-wire"), article("lviv-post"))
    odesa = store.incidents(place="odesa")["items"]
    assert len(odesa) == 1 and odesa[0]["n_reports"] == 2
    incident = store.incident(odesa[0]["id"])
    assert {"drones.launched", "killed", "injured"} <= set(incident["conflicts"])
    claims = incident["figures"]["drones.launched"]["claims"]
    assert sorted((c["value"], c["outlet"]) for c in claims) == [(87, "Odesa Ledger"), (90, "Black Sea Wire")]
    assert all(c["quote"] for c in claims)
    assert incident["figures"]["drones.launched"]["conflict"] is True
    assert {a["id"] for a in incident["articles"]} == {"odesa-ledger", "odesa-wire"}
    assert store.article("odesa-wire")["incidents"] == [incident["id"]]


def test_incident_filters_and_sorting(store: Store) -> None:
    ingest(store, *(article(name) for name in ARTICLES))
    everything = store.incidents()
    assert everything["total"] == 3
    dates = [i["date"] for i in everything["items"]]
    assert dates == sorted(dates, reverse=True)
    assert [i["attacker"] for i in store.incidents(attacker="ua")["items"]] == ["UA"]
    assert {i["target_country"] for i in store.incidents(target="UA")["items"]} == {"UA"}
    one_day = store.incidents(since="2025-06-20", until="2025-06-20")["items"]
    assert [i["places"] for i in one_day] == [["Lviv"]]
    assert store.incidents(place="BELGOROD")["total"] == 0  # a place is matched whole...
    oblast = store.incidents(place="belgorod oblast")["items"]
    assert oblast[0]["places"] == ["Belgorod Oblast", "Kursk Oblast"]
    contains = store.incidents(place="BELGOROD", place_match="contains")  # ...unless asked otherwise
    assert contains["items"][0]["places"] == ["Belgorod Oblast", "Kursk Oblast"]
    assert store.incidents(place="100%")["total"] == 0
    assert store.incidents(min_drones=80)["items"][0]["places"] == ["Odesa"]
    by_missiles = [i["missiles_launched"] for i in store.incidents(sort="-missiles")["items"]]
    assert by_missiles[:2] == [12, 4] and by_missiles[2] is None  # unknown figures sort last
    page = store.incidents(sort="date", limit=1, offset=1)
    assert (page["total"], len(page["items"]), page["items"][0]["places"]) == (3, 1, ["Lviv"])
    with pytest.raises(ValueError, match="unknown sort"):
        store.incidents(sort="size")


def test_totals_per_theatre_places_and_countries(store: Store) -> None:
    ingest(store, *(article(name) for name in ARTICLES))
    rows = store.incidents()["items"]
    theatres = {(t["attacker"], t["target_country"]): t for t in store.theatres()}
    assert set(theatres) == {("RU", "UA"), ("UA", "RU")}
    ru = [r for r in rows if r["attacker"] == "RU"]
    assert theatres["RU", "UA"]["incidents"] == len(ru) == 2 and theatres["RU", "UA"]["nights"] == 2
    assert theatres["RU", "UA"]["missiles_launched"] == sum(r["missiles_launched"] or 0 for r in ru)
    assert theatres["UA", "RU"]["drones_launched"] is None  # no incident gives it: unknown, not 0
    assert [t["incidents"] for t in store.theatres(attacker="UA")] == [1]
    groups = store.place_totals()
    assert sorted(g["incidents"] for g in groups) == [1, 1, 1]
    odesa = next(g for g in groups if g["places"] == ["Odesa"])
    assert odesa["launched"] == next(r["drones_launched"] + r["missiles_launched"] for r in rows
                                     if r["places"] == ["Odesa"])
    assert store.countries() == {"attackers": ["RU", "UA"], "targets": ["RU", "UA"]}


def test_a_title_note_is_stored_and_read_back(store: Store) -> None:
    [item] = read_inputs(["-"], stdin=__import__("io").BytesIO(
        json.dumps({**article("lviv-post"), "title": "Cruise missiles " * 40}).encode()))
    store.ingest([item])
    stored = store.articles()["items"][0]
    assert len(stored["title"]) <= 300 and stored["notes"] == [item.notes[0]]
    assert item.notes[0].startswith("title cut from 640 to ")


def test_incident_ids_stay_stable_when_other_nights_are_ingested(store: Store) -> None:
    ingest(store, article("odesa-ledger"), article("odesa-wire"))
    first = [i["id"] for i in store.incidents()["items"]]
    ingest(store, article("lviv-post"), article("belgorod-news"))
    assert set(first) <= {i["id"] for i in store.incidents()["items"]}


def test_stats_add_up_the_incidents(store: Store) -> None:
    ingest(store, *(article(name) for name in ARTICLES))
    rows = [r for r in store.incidents()["items"] if (r["attacker"], r["target_country"]) == ("RU", "UA")]
    stats = store.stats(attacker="RU", target="UA")
    assert stats["totals"]["incidents"] == 2 and stats["totals"]["articles"] == 3  # Belgorod is UA -> RU
    assert stats["totals"]["killed"] == sum(r["killed"] or 0 for r in rows)
    assert sum(n["incidents"] for n in stats["nights"]) == 2
    assert [n["date"] for n in stats["nights"]] == sorted(r["date"] for r in rows)
    assert [w["week"] for w in stats["weeks"]] == ["2025-06-09", "2025-06-16"]  # ISO Mondays
    launched = [(r["drones_launched"] or 0) + (r["missiles_launched"] or 0) for r in stats["largest"]]
    assert launched == sorted(launched, reverse=True) and 0 not in launched
    pairs = [(r[f"{w}_launched"], r[f"{w}_destroyed"]) for r in rows for w in ("drones", "missiles")
             if r[f"{w}_launched"] is not None and r[f"{w}_destroyed"] is not None]
    assert len(pairs) == 3  # Odesa drones and missiles, Lviv missiles
    share = sum(d for _, d in pairs) / sum(launched for launched, _ in pairs)
    assert stats["totals"]["destroyed_share"] == round(share, 4)
    assert store.stats(since="2025-06-16", attacker="RU", target="UA")["totals"]["incidents"] == 1
    for week in stats["weeks"]:  # a week none of whose incidents gives a figure shows None, not 0
        week_rows = [r for r in rows if week["week"] <= r["date"] < _next_week(week["week"])]
        if all(r["drones_launched"] is None for r in week_rows):
            assert week["drones_launched"] is None
        else:
            assert week["drones_launched"] == sum(r["drones_launched"] or 0 for r in week_rows)
    json.dumps(stats)  # JSON-ready as it is


def test_articles_page_and_search(store: Store) -> None:
    ingest(store, *(article(name) for name in ARTICLES))
    page = store.articles(limit=2)
    assert page["total"] == 4 and [a["id"] for a in page["items"]] == ["belgorod-news", "lviv-post"]
    assert "text" not in page["items"][0] and page["items"][0]["brief"]["headline"]
    assert [a["id"] for a in store.articles(q="cruise missiles")["items"]] == ["lviv-post"]
    assert store.article("missing") is None and store.incident("missing") is None


def test_airforce_tallies_give_official_figures_and_check_records(store: Store, tmp_path: Path) -> None:
    text = ARTICLES["odesa-ledger"]["text"].replace("at Ukraine overnight", "at Ukraine overnight, a record")
    ingest(store, article("odesa-ledger", text=text), article("lviv-post"))
    tallies = tmp_path / "missile_attacks_daily.csv"
    rows = [
        "2025-06-13 18:00,2025-06-14 08:30,Shahed-136/131,Kursk oblast,Ukraine,,88,73,3",
        "2025-06-13 18:00,2025-06-14 08:30,Iskander-M,Kursk oblast,Ukraine,,4,2,",
        "2025-05-01 18:00,2025-05-02 08:00,Shahed-136/131,Kursk oblast,Ukraine,,120,110,",
        "not a time,2025-06-14 08:30,X-101,,Ukraine,,1,1,",
    ]
    lines = [f"{row}{EMPTY_COLUMNS},kpszsu/posts/{n}\n" for n, row in enumerate(rows)]
    tallies.write_text(TALLIES_HEADER + "".join(lines), encoding="utf-8")
    summary = store.import_tallies(airforce.read_tallies(tallies))
    assert (summary.loaded, summary.rejected) == (3, 1)
    odesa = store.incident(store.incidents(place="odesa")["items"][0]["id"])
    assert (odesa["official_drones_launched"], odesa["official_drones_destroyed"]) == (88, 76)
    assert (odesa["official_missiles_launched"], odesa["official_missiles_destroyed"]) == (4, 2)
    assert odesa["drones_launched"] == 87  # the news figure stays beside the official one
    assert odesa["record_check"]["record"] is False and odesa["record_check"]["previous_max"] == 120
    # a record claimed in another theatre is never checked against Ukraine's tallies
    claimed = ISRAEL["text"].replace("at Israel overnight", "at Israel overnight, a record")
    ingest(store, dict(ISRAEL, text=claimed))
    israel = store.incidents(attacker="IR")["items"][0]
    assert israel["record"] is True
    assert store.incident(israel["id"])["record_check"] is None and israel["official_drones_launched"] is None
    lviv = store.incidents(place="lviv")["items"][0]
    assert lviv["official_missiles_launched"] is None
    assert store.rejects()["items"][0]["stage"] == "airforce"
    store.import_tallies([])  # an import merges: a file without the night's rows removes nothing
    assert store.incidents(place="odesa")["items"][0]["official_drones_launched"] == 88


def test_incidents_rebuilt_after_an_interrupted_ingest(store: Store, monkeypatch) -> None:
    monkeypatch.setattr(Store, "refresh_incidents", lambda self, on_reject=None: 0)  # killed before it
    ingest(store, article("lviv-post"))
    assert store.incidents()["total"] == 0
    monkeypatch.undo()
    assert ingest(store, article("lviv-post")).unchanged == 1
    assert store.incidents()["total"] == 1  # the stale night was kept and is rebuilt now


def test_a_night_the_reconciler_fails_on_stays_stale_and_others_are_built(store: Store, monkeypatch) -> None:
    build = reconcile.build_incidents

    def fails_on_lviv(reports, options=None):
        if any(report.event.places == ("Lviv",) for report in reports):
            raise KeyError("alert_hours")
        return build(reports, options)
    monkeypatch.setattr(reconcile, "build_incidents", fails_on_lviv)
    seen = []
    store.ingest(inputs(article("odesa-ledger"), article("lviv-post")),
                 on_reject=lambda rejection, stage: seen.append((rejection.input, stage)))
    assert seen == [("night 2025-06-20", "reconcile")]
    assert [i["places"] for i in store.incidents()["items"]] == [["Odesa"]]
    assert "KeyError" in store.rejects()["items"][0]["reason"]
    monkeypatch.undo()
    assert store.refresh_incidents() == 1  # the failed night stayed stale and is rebuilt once fixed
    assert store.incidents()["total"] == 2


def test_docs_name_every_table_and_column(store: Store) -> None:
    docs = (Path(__file__).resolve().parent.parent / "docs" / "record.md").read_text(encoding="utf-8")
    for name, table in store.t.items():
        assert f"`{name}`" in docs or f"### {name}" in docs, name
        missing = [column for column in table.c.keys() if f"`{column}`" not in docs]
        assert missing == [], (name, missing)


def test_long_ids_are_stored_and_nul_characters_are_refused_on_every_backend(store: Store) -> None:
    long_id = "https://lviv-post.example/" + "news/" * 200 + "missiles"
    text = ARTICLES["belgorod-news"]["text"].replace("overnight", "over\x00night")
    nul = article("belgorod-news", text=text)
    summary = ingest(store, article("lviv-post", id=long_id), nul)
    assert (summary.added, summary.rejected) == (1, 1)
    assert store.article(long_id)["title"] == ARTICLES["lviv-post"]["title"]
    row = store.rejects()["items"][0]
    assert (row["input"], row["stage"]) == ("belgorod-news", "store") and "NUL character" in row["reason"]
    assert "over\ufffdnight" in row["raw"]


def _next_week(monday: str) -> str:
    return (date.fromisoformat(monday) + timedelta(days=7)).isoformat()


# Invented report of a third theatre, written for these tests: Iran's drones over Israel.
ISRAEL = {"id": "israel-drones", "published": "2025-06-21T09:00:00+03:00", "outlet": "Levant Daily",
          "title": "Iran launches 100 drones at Israel",
          "text": "Iran launched 100 drones at Israel overnight, the Israeli military said on Saturday. "
                  "Air defences intercepted 95 of them.\n\nTwo people were injured in Haifa by falling "
                  "debris, the police said."}


def test_stats_keep_every_theatre_apart(store: Store) -> None:
    ingest(store, *(article(name) for name in ARTICLES), ISRAEL)
    rows = store.incidents()["items"]
    by_theatre = {(r["attacker"], r["target_country"]) for r in rows}
    assert {("RU", "UA"), ("UA", "RU"), ("IR", "IL")} <= by_theatre, by_theatre
    blocks = store.stats_by_theatre()
    assert [(b["theatre"]["attacker"], b["theatre"]["target_country"]) for b in blocks] == [
        (t["attacker"], t["target_country"]) for t in store.theatres()]
    assert sum(b["totals"]["incidents"] for b in blocks) == len(rows)
    for block in blocks:  # each block's totals are its own incidents' figures, and no one else's
        attacker, target = block["theatre"]["attacker"], block["theatre"]["target_country"]
        own = [r for r in rows if (r["attacker"], r["target_country"]) == (attacker, target)]
        for key in ("drones_launched", "drones_destroyed", "missiles_launched", "killed", "injured"):
            assert block["totals"][key] == sum(r[key] or 0 for r in own), (attacker, target, key)
        assert {r["id"] for r in block["largest"]} <= {r["id"] for r in own}
        assert sum(n["incidents"] for n in block["nights"]) == len(own)
    russian = store.stats()  # no theatre asked for: the busiest, and it says so
    assert (russian["theatre"]["attacker"], russian["theatre"]["target_country"]) == ("RU", "UA")
    assert russian["theatre"]["chosen"] == "busiest" and len(russian["theatres"]) == len(blocks)
    totals = russian["totals"]
    assert totals["drones_destroyed"] <= totals["drones_launched"]  # Ukraine's and Iran's drones not added
    assert totals["articles"] == 3  # the two Odesa reports and the Lviv one, not the Belgorod or Israel ones
    ukrainian = store.stats(attacker="UA")
    assert (ukrainian["theatre"]["attacker"], ukrainian["theatre"]["target_country"]) == ("UA", "RU")
    assert ukrainian["totals"]["drones_destroyed"] == 25 and ukrainian["totals"]["destroyed_share"] is None
    israeli = store.stats(attacker="IR", target="IL")
    assert israeli["theatre"]["chosen"] == "given"
    assert israeli["totals"]["drones_launched"] == 100 and israeli["totals"]["destroyed_share"] == 0.95
    assert store.stats(attacker="IR", target="UA")["totals"]["incidents"] == 0
