"""`strikewatch check`: the news figures against the Air Force tallies, on a night where the two
sides agree and on one where they differ; the incremental tally import; derived official figures."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest_store import db_url_fixture, write_jsonl  # noqa: F401
from strikewatch.check import CheckOptions, check_incidents, derived_figures, gap, national_figures, tally_gap
from strikewatch.cli import cli
from strikewatch.store import Store

# Invented reports of two nights, written for these tests in the shape outlets use.
NEWS = [
    {
        "id": "kyiv-herald-0704",
        "outlet": "Kyiv Herald",
        "published": "2025-07-04T09:10:00+03:00",
        "title": (
            "Russia launches 539 drones and 11 missiles at Ukraine in overnight attack on Kyiv"
        ),
        "text": (
            "Russia launched 539 drones and 11 missiles at Ukraine overnight, the Ukrainian air force "
            "said on Friday. Air defence units shot down 268 of the drones and two of the missiles, "
            "and a further 208 drones were lost to electronic warfare.\n\nIn Kyiv, at least two "
            "people were killed and 23 injured as debris fell on residential buildings in several "
            "districts, mayor Vitali Klitschko said."
        ),
    },
    {
        "id": "dnipro-times-0724",
        "outlet": "Dnipro Times",
        "published": "2025-07-24T08:00:00+03:00",
        "title": "Russia fires about 300 drones at Ukraine overnight",
        "text": (
            "Russia launched about 300 drones and 4 missiles at Ukraine overnight, officials said on "
            "Thursday. Air defence units shot down 280 of the drones, the Ukrainian air force "
            "said.\n\nIn Dnipro, a drone hit a warehouse, injuring three people, regional governor "
            "Serhiy Lysak said."
        ),
    },
]
# Invented posts in the Air Force's own format (its channel is the outlet).
AIRFORCE_POSTS = [
    {
        "id": "af-0724",
        "outlet": "Ukrainian Air Force (official channel)",
        "published": "2025-07-24T09:30:00+03:00",
        "url": "https://t.me.example/kpszsu/2211",
        "text": (
            "On the night of 24 July 2025, the enemy attacked Ukraine with 352 Shahed-type attack "
            "drones and decoy drones and 4 Iskander-M ballistic missiles. Air defence shot down or "
            "suppressed 326 drones and 3 missiles. Hits were recorded in Dnipro."
        ),
    },
    {
        "id": "af-0810",
        "outlet": "Ukrainian Air Force (official channel)",
        "published": "2025-08-10T08:45:00+03:00",
        "url": "https://t.me.example/kpszsu/2390",
        "text": (
            "On the night of 10 August 2025, the enemy attacked Ukraine with 47 Shahed-type attack "
            "drones and decoy drones. Air defence shot down or suppressed 40 drones. Hits were "
            "recorded in Sumy region."
        ),
    },
]
HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,"
          "source\n")
# A small tally file in the columns of missile_attacks_daily.csv, with figures written for these tests.
# 4 July: every figure within 2% of the news (478 destroyed against the news' 476). 24 July: 352 drones
# against the news' "about 300", and a missiles destroyed figure the news does not give.
TALLY_ROWS = [
    "2025-07-03 20:00,2025-07-04 06:00,Shahed-136/131,Kursk oblast,Ukraine,,539,270,208,kpszsu/posts/a1",
    "2025-07-03 20:00,2025-07-04 06:00,X-101/X-555,Saratov oblast,Ukraine,,11,2,,kpszsu/posts/a1",
    "2025-07-23 19:00,2025-07-24 08:00,Shahed-136/131,Kursk oblast,Ukraine,,352,326,,kpszsu/posts/a2",
    "2025-07-23 19:00,2025-07-24 08:00,Iskander-M,Kursk oblast,Ukraine,,4,3,,kpszsu/posts/a2",
]


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def tallies(path: Path, rows: list[str]) -> str:
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return str(path)


@pytest.fixture
def checked(db_url: str, tmp_path: Path) -> str:
    """A database holding the two nights' news and the tally file; its URL."""
    assert run("ingest", write_jsonl(tmp_path / "news.jsonl", NEWS), "--db", db_url).exit_code == 0
    path = tallies(tmp_path / "missile_attacks_daily.csv", TALLY_ROWS)
    result = run("import-airforce", path, "--db", db_url)
    assert result.exit_code == 0, result.output
    return db_url


def jsonl(db: str, *options: str) -> tuple[list[dict], dict[str, dict]]:
    result = run("check", "--db", db, "--format", "jsonl", *options)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    return ([line for line in lines if line["type"] == "figure"],
            {line["field"]: line for line in lines if line["type"] == "summary"})


def test_a_night_where_the_news_and_the_tallies_agree(checked: str) -> None:
    figures, _ = jsonl(checked, "--until", "2025-07-04")
    by_field = {f["field"]: f for f in figures}
    assert {f["night"] for f in figures} == {"2025-07-04"} and len(figures) == 4
    assert all(f["status"] == "agree" and f["basis"] == "imported" for f in figures)
    destroyed = by_field["drones.destroyed"]  # 476 against 478: within 2%, not equal
    assert (destroyed["news"], destroyed["official"], destroyed["difference"]) == (476, 478, -2)
    assert destroyed["relative"] == pytest.approx(2 / 478, abs=1e-4)
    launched = by_field["drones.launched"]
    assert (launched["news"], launched["official"], launched["difference"]) == (539, 539, 0)
    (claim,) = launched["claims"]
    assert claim["quote"] == "539 drones" and claim["outlet"] == "Kyiv Herald"
    assert claim["source"] == "Ukrainian air force"


def test_a_night_where_they_differ(checked: str) -> None:
    figures, summary = jsonl(checked, "--since", "2025-07-24")
    by_field = {f["field"]: f for f in figures}
    launched = by_field["drones.launched"]
    assert (launched["news"], launched["official"], launched["difference"], launched["status"]) == \
        (300, 352, -52, "differ")
    assert launched["claims"][0]["quote"] == "about 300 drones"
    assert by_field["missiles.launched"]["status"] == "agree"
    only = by_field["missiles.destroyed"]
    assert (only["news"], only["official"], only["status"]) == (None, 3, "official only")
    assert summary["all"] == {"type": "summary", "field": "all", "agree": 1, "differ": 2, "news_only": 0,
                              "official_only": 1, "agreement": 0.333, "tolerance": 0.02}


def test_the_table_lists_each_figure_with_its_claims_and_ends_with_the_summary(checked: str) -> None:
    result = run("check", "--db", checked)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["night", "incident", "field", "news", "official", "basis", "diff", "%",
                                "status"]
    row = next(line for line in lines if "2025-07-24" in line and "drones.launched" in line)
    assert row.split()[3:] == ["300", "352", "imported", "-52", "14.8", "differ"]
    assert '    300 (Dnipro Times, officials): "about 300 drones"' in lines
    summary = lines[lines.index(next(x for x in lines if x.startswith("summary"))):]
    assert summary[2].split() == ["drones.launched", "1", "1", "0", "0", "0.500"]
    assert summary[-1].split() == ["all", "5", "2", "0", "1", "0.714"]


def test_csv_has_one_row_per_figure_and_the_summary_on_stderr(checked: str) -> None:
    result = run("check", "--db", checked, "--format", "csv", "--field", "drones.launched")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["night"], r["news"], r["official"], r["status"]) for r in rows] == \
        [("2025-07-04", "539", "539", "agree"), ("2025-07-24", "300", "352", "differ")]
    assert rows[1]["claims"] == '300 (Dnipro Times, officials): "about 300 drones"'
    assert "summary" in result.stderr and "drones.launched" in result.stderr


def test_the_tolerance_is_a_setting_and_an_option(checked: str) -> None:
    assert CheckOptions.from_defaults().tolerance == 0.02  # defaults.toml [check] tolerance
    _, loose = jsonl(checked, "--tolerance", "0.2")  # 300 against 352 is 14.8% off
    assert loose["drones.launched"]["agree"] == 2 and loose["all"]["tolerance"] == 0.2
    differing, summary = jsonl(checked, "--differing")
    assert {(f["night"], f["field"]) for f in differing} == {("2025-07-24", "drones.launched"),
                                                            ("2025-07-24", "drones.destroyed")}
    assert summary["all"]["agree"] == 5  # the summary still counts every figure


def test_no_tallies_means_nothing_to_check(db_url: str, tmp_path: Path) -> None:
    run("ingest", write_jsonl(tmp_path / "news.jsonl", NEWS), "--db", db_url)
    result = run("check", "--db", db_url)
    assert result.exit_code == 0 and result.output.startswith("no night with official figures in the record")


def test_differs_from_the_tallies_filters_incidents(checked: str) -> None:
    with Store(checked) as store:
        differing = store.incidents(differs_by=0.02)["items"]
        assert [i["date"] for i in differing] == ["2025-07-24"]
        assert differing[0]["tally_gap"] == pytest.approx(52 / 352, abs=1e-5)
        assert store.incidents(differs_by=0.2)["total"] == 0


def test_a_newer_tally_file_updates_only_the_rows_that_changed(checked: str, tmp_path: Path) -> None:
    newer = [row.replace(",352,326,", ",300,281,") if "a2" in row and "Shahed" in row else row
             for row in TALLY_ROWS]
    newer.append("2025-08-09 21:00,2025-08-10 07:00,Shahed-136/131,Kursk oblast,Ukraine,,47,40,,"
                 "kpszsu/posts/a3")
    result = run("import-airforce", tallies(tmp_path / "newer.csv", newer), "--db", checked)
    assert result.exit_code == 0
    assert result.stderr.startswith("5 tallies read: 1 added, 1 changed, 3 unchanged; "
                                    "0 stored before and not in this file, kept;")
    figures, _ = jsonl(checked, "--since", "2025-07-24", "--field", "drones.launched")
    assert (figures[0]["official"], figures[0]["status"]) == (300, "agree")
    again = run("import-airforce", str(tmp_path / "newer.csv"), "--db", checked)
    assert again.stderr.startswith("5 tallies read: 0 added, 0 changed, 5 unchanged")
    assert again.stderr.rstrip().endswith("0 incidents checked")  # nothing changed, nothing recomputed
    partial = run("import-airforce", tallies(tmp_path / "one.csv", newer[:1]), "--db", checked)
    assert partial.stderr.startswith("1 tallies read: 0 added, 0 changed, 1 unchanged; "
                                     "4 stored before and not in this file, kept;")


def test_figures_from_air_force_posts_are_derived_and_shown_beside_the_imported_ones(checked: str,
                                                                                   tmp_path: Path) -> None:
    posts = write_jsonl(tmp_path / "posts.jsonl", AIRFORCE_POSTS)
    assert run("ingest", posts, "--db", checked).exit_code == 0
    with Store(checked) as store:
        both = store.incidents(since="2025-07-24", until="2025-07-24")["items"][0]
        assert (both["official_drones_launched"], both["derived_drones_launched"]) == (352, 352)
        assert both["tally_basis"] == "imported"
        derived_only = store.incidents(since="2025-08-10")["items"][0]
        assert derived_only["official_drones_launched"] is None
        assert derived_only["derived_drones_launched"] == 47
        assert derived_only["tally_basis"] == "derived"
        detail = store.incident(derived_only["id"])
        assert detail["derived"]["articles"] == ["af-0810"] and detail["official"] is None
    figures, _ = jsonl(checked, "--since", "2025-07-24")
    july = next(f for f in figures if f["night"] == "2025-07-24" and f["field"] == "drones.launched")
    assert (july["imported"], july["derived"], july["basis"]) == (352, 352, "imported")
    august = next(f for f in figures if f["night"] == "2025-08-10" and f["field"] == "drones.launched")
    assert (august["official"], august["basis"], august["imported"]) == (47, "derived", None)


def test_gap_and_agreement_at_the_edges() -> None:
    assert gap(549, 539) < 0.02 < gap(550, 539)  # 539 and 550, both reported on 4 July 2025: not within 2%
    assert gap(0, 0) == 0 and gap(1, 0) == 1  # an official 0 is matched by a news 0 only
    figures = {"drones.launched": {"value": 550, "claims": []}, "killed": {"value": 3}}
    assert national_figures({"figures": figures}) == {"drones.launched": figures["drones.launched"]}
    assert tally_gap(figures, {"drones.launched": 539}) == pytest.approx(11 / 539, abs=1e-6)
    assert tally_gap(figures, {"missiles.launched": 4}) is None  # no field given by both sides
    report = check_incidents([{"id": "x", "date": "2025-07-04", "figures": figures,
                               "official": {"drones.launched": 539}, "derived": None}],
                             CheckOptions(tolerance=0.021))
    assert [c.status for c in report.checks] == ["agree"]


def test_derived_figures_take_the_latest_air_force_post_and_ignore_the_media() -> None:
    def claim(value, outlet, published):
        return {"value": value, "outlet": outlet, "published": published, "hedged": False,
                "article_id": outlet}
    figures = {"drones.launched": {"value": 400, "claims": [
        claim(400, "Kyiv Herald", "2025-07-04T10:00"),
        claim(520, "Повітряні сили ЗСУ", "2025-07-04T07:00"),
        claim(539, "Повітряні сили ЗСУ", "2025-07-04T09:00")]}}
    derived = derived_figures("2025-07-04", figures)
    assert derived["drones.launched"] == 539 and derived["drones.destroyed"] is None
    media_only = {"drones.launched": {"claims": [claim(400, "Kyiv Herald", None)]}}
    assert derived_figures("2025-07-04", media_only) is None


def test_the_dashboard_marks_derived_figures_and_serves_the_series_as_json(checked: str,
                                                                           tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from strikewatch.api import create_app

    run("ingest", write_jsonl(tmp_path / "posts.jsonl", AIRFORCE_POSTS), "--db", checked)
    with Store(checked) as store:
        client = TestClient(create_app(store))
        html = client.get("/incidents", params={"since": "2025-08-10"}).text
        assert re.search(r'<span class="derived" title="derived: [^"]*">47\*</span>', html)
        detail = client.get(f"/incidents/{store.incidents(since='2025-08-10')['items'][0]['id']}").text
        assert 'id="derived"' in detail and 'href="/articles/af-0810"' in detail
        series = client.get("/index.json").json()["tallies"]
        assert [n["date"] for n in series] == ["2025-07-04", "2025-07-24", "2025-08-10"]
        assert series[2]["drones"]["basis"] == "derived" and series[0]["drones"]["large_gap"] is False
        differing = client.get("/api/incidents", params={"differs": "true"}).json()
        assert [i["date"] for i in differing["items"]] == ["2025-07-24"]


def test_m006_carries_a_database_of_the_step_before_forward(tmp_path: Path) -> None:
    """A database as m004 left it (the m006 columns dropped again, its journal row deleted) gets keyed
    tally rows (a row stored twice kept once) and incidents with their gap to the tallies."""
    import sqlite3

    db = tmp_path / "old.db"
    run("ingest", write_jsonl(tmp_path / "news.jsonl", NEWS), "--db", str(db))
    run("import-airforce", tallies(tmp_path / "t.csv", TALLY_ROWS), "--db", str(db))
    with sqlite3.connect(db) as connection:
        connection.execute("DROP INDEX ux_airforce_tallies_row_key")
        connection.execute("DROP INDEX ix_incidents_tally_gap")
        for column in ("row_key", "imported_at", "updated_at"):
            connection.execute(f"ALTER TABLE airforce_tallies DROP COLUMN {column}")
        for column in ("derived_drones_launched", "derived_drones_destroyed", "derived_missiles_launched",
                       "derived_missiles_destroyed", "derived", "tally_basis", "tally_gap"):
            connection.execute(f"ALTER TABLE incidents DROP COLUMN {column}")
        columns = ("night, time_start, time_end, model, kind, launch_place, target, launched, destroyed, "
                   "lost, source")
        connection.execute(f"INSERT INTO airforce_tallies ({columns}) SELECT {columns} FROM airforce_tallies "
                           "WHERE id = 1")
        connection.execute("DELETE FROM migrations WHERE name = 'm006_tally_sources'")
    with Store(str(db)) as store:
        assert store.incidents(differs_by=0.02)["items"][0]["date"] == "2025-07-24"
    with sqlite3.connect(db) as connection:
        keys = [row[0] for row in connection.execute("SELECT row_key FROM airforce_tallies")]
    assert len(keys) == len(TALLY_ROWS) == len(set(keys)) and all(len(key) == 64 for key in keys)
    again = run("import-airforce", str(tmp_path / "t.csv"), "--db", str(db))
    count = len(TALLY_ROWS)
    assert again.stderr.startswith(f"{count} tallies read: 0 added, 0 changed, {count} unchanged")


def test_unreported_nights_are_listed_as_official_only(checked: str, tmp_path: Path) -> None:
    rows = [*TALLY_ROWS, "2025-07-09 19:00,2025-07-10 07:30,Shahed-136/131,Kursk oblast,Ukraine,,397,379,,"
                         "kpszsu/posts/a4",
            "2025-07-30 19:00,2025-07-31 07:30,Shahed-136/131,Kursk oblast,Ukraine,,309,288,,kpszsu/posts/a5"]
    run("import-airforce", tallies(tmp_path / "more.csv", rows), "--db", checked)
    figures, summary = jsonl(checked, "--unreported")
    missed = [f for f in figures if f["incident"] is None]
    # 10 July lies between the incidents' first and last nights; 31 July after the last, so it is out
    assert [(f["night"], f["field"], f["official"]) for f in missed] == [
        ("2025-07-10", "drones.launched", 397), ("2025-07-10", "drones.destroyed", 379)]
    assert all(f["status"] == "official only" for f in missed)
    assert [f["night"] for f in figures] == sorted(f["night"] for f in figures)
    assert summary["all"]["official_only"] == 3 and summary["all"]["agree"] == 5
    _, wider = jsonl(checked, "--unreported", "--until", "2025-08-31")
    assert wider["all"]["official_only"] == 5
    _, without = jsonl(checked)
    assert without["all"]["official_only"] == 1


def test_show_gives_both_the_imported_and_the_derived_figures(checked: str, tmp_path: Path) -> None:
    run("ingest", write_jsonl(tmp_path / "posts.jsonl", AIRFORCE_POSTS), "--db", checked)
    with Store(checked) as store:
        july = store.incidents(since="2025-07-24", until="2025-07-24")["items"][0]["id"]
    text = run("show", july, "--db", checked).stdout
    assert "Air Force tallies for 2025-07-24:" in text
    assert "    drones.launched: official 352, news 352" in text
    assert "derived from Air Force posts (af-0724), not imported:" in text
    assert "    drones.destroyed: derived 326" in text
