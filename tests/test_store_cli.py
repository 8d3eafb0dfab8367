"""The store commands end to end: ingest, incidents, show, stats, export, import-airforce, rejects."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest_store import ARTICLES, article, db_url_fixture, write_jsonl  # noqa: F401
from strikewatch.cli import cli
from strikewatch.store import Store

TALLIES = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,"
           "source\n"
           "2025-06-13 18:00,2025-06-14 08:30,Shahed-136/131,Kursk oblast,Ukraine,,88,73,3,kpszsu/posts/a\n"
           "2025-06-13 18:00,2025-06-14 08:30,Iskander-M,Kursk oblast,Ukraine,,4,2,,kpszsu/posts/a\n")


def run(*args: str, input: str | None = None):  # noqa: A002 - click's CliRunner calls it input
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def odesa_id(db: str) -> str:
    return json.loads(run("incidents", "--db", db, "--place", "odesa", "--format", "jsonl").output)["id"]


@pytest.fixture
def filled(db_url: str, tmp_path: Path) -> str:
    """A database holding the four test articles, by ingest; its URL."""
    path = write_jsonl(tmp_path / "articles.jsonl", [article(name) for name in ARTICLES])
    result = run("ingest", path, "--db", db_url)
    assert result.exit_code == 0, result.output
    assert result.stderr == "4 added, 0 updated, 0 unchanged, 0 duplicates, 0 rejected; 3 incidents rebuilt\n"
    return db_url


def test_ingest_again_changes_nothing_and_bad_lines_exit_1(filled: str, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "more.jsonl", [article("lviv-post"), '{"id": 7, "text": "x"}'])
    result = run("ingest", path, "--db", filled)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f'strikewatch: rejected (read) {path}:2: field "id" must be a string, got number',
        "0 added, 0 updated, 1 unchanged, 0 duplicates, 1 rejected; 0 incidents rebuilt"]
    listed = run("rejects", "--db", filled, "--format", "jsonl")
    assert [json.loads(line)["input"] for line in listed.output.splitlines()] == [f"{path}:2"]


def test_ingest_reads_stdin_and_the_database_from_the_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    runner = CliRunner(env={"STRIKEWATCH_DB": str(db)})
    result = runner.invoke(cli, ["ingest", "-", "--published", "2025-06-20T09:00:00+03:00"],
                           input=ARTICLES["lviv-post"]["text"])
    assert result.exit_code == 0 and result.stderr.startswith("1 added")
    with Store(str(db)) as store:
        assert store.article("-")["published"] == "2025-06-20T09:00:00+03:00"
        assert store.incidents()["items"][0]["date"] == "2025-06-20"


def test_incidents_as_table_jsonl_and_csv(filled: str) -> None:
    table = run("incidents", "--db", filled).output.splitlines()
    assert table[0].split()[:4] == ["id", "date", "by", "on"] and len(table) == 4
    odesa = next(line for line in table if "Odesa" in line)
    assert "2025-06-14" in odesa and " RU " in odesa
    lines = run("incidents", "--db", filled, "--format", "jsonl").output.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["date"] for r in rows] == ["2025-06-14", "2025-06-20", "2025-06-21"]
    filtered = run("incidents", "--db", filled, "--attacker", "UA", "--format", "csv").output
    parsed = list(csv.DictReader(io.StringIO(filtered)))
    assert len(parsed) == 1 and parsed[0]["places"] == "Belgorod Oblast; Kursk Oblast"  # one plain cell
    assert parsed[0]["conflicts"] == "" and "[" not in filtered
    limited = run("incidents", "--db", filled, "--sort", "-missiles", "--limit", "1", "--format", "jsonl")
    assert json.loads(limited.output)["places"] == ["Lviv"]
    assert run("incidents", "--db", filled, "--since", "2030-01-01").output == "no incidents\n"


def test_bad_options_are_usage_errors(filled: str) -> None:
    assert run("incidents", "--db", filled, "--sort", "size").exit_code == 2
    result = run("incidents", "--db", filled, "--since", "June")
    assert result.exit_code == 2 and "not an ISO 8601 date" in result.stderr


def test_show_lists_every_claim_and_marks_conflicts(filled: str) -> None:
    incident_id = odesa_id(filled)
    text = run("show", incident_id, "--db", filled).output
    assert "drones.launched: " in text and "CONFLICT" in text.split("drones.launched: ")[1].splitlines()[0]
    assert 'Odesa Ledger; Ukrainian air force: "87 drones' in text
    assert "Black Sea Wire" in text and "odesa-wire" in text
    shown = json.loads(run("show", incident_id, "--db", filled, "--format", "json").output)
    assert shown["id"] == incident_id and "killed" in shown["conflicts"]
    missing = run("show", "2025-01-01-ru-ua-nowhere", "--db", filled)
    assert missing.exit_code == 1 and "no incident '2025-01-01-ru-ua-nowhere'" in missing.stderr


def test_stats_text_and_json(filled: str) -> None:
    text = run("stats", "--db", filled).output
    russian, ukrainian = text.split("\n\nUA -> RU: ")  # one block per theatre, busiest first
    assert russian.startswith("RU -> UA: 2 incidents from 3 articles, 2025-06-14 to 2025-06-20\n"
                              "  drones 87 launched, 71 destroyed; missiles 16 launched, 11 destroyed\n")
    assert "2025-06-09" in russian and "largest attacks:" in russian and "2025-06-21" not in russian
    assert ukrainian.startswith("1 incident from 1 article, 2025-06-21 to 2025-06-21\n"
                                "  drones 0 launched, 25 destroyed; missiles 0 launched, 0 destroyed\n"
                                "  - destroyed where both figures are given")
    data = json.loads(run("stats", "--db", filled, "--format", "json", "--until", "2025-06-15").output)
    assert len(data) == 1 and data[0]["theatre"]["attacker"] == "RU"
    assert data[0]["totals"]["incidents"] == 1 and data[0]["nights"][0]["date"] == "2025-06-14"
    only = run("stats", "--db", filled, "--attacker", "Ukraine").output
    assert only.startswith("UA -> RU: ") and "RU -> UA" not in only


def test_export_writes_both_tables(filled: str, tmp_path: Path) -> None:
    result = run("export", "--db", filled, "--format", "csv", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    written = (tmp_path / "out" / "incidents.csv").read_text(encoding="utf-8")
    incidents = list(csv.DictReader(io.StringIO(written)))
    assert len(incidents) == 3 and f"{tmp_path / 'out' / 'incidents.csv'}: 3 rows" in result.stderr
    assert (tmp_path / "out" / "claims.csv").read_text(encoding="utf-8").startswith("incident_id,article_id")


def test_import_airforce_puts_official_figures_beside_the_news(filled: str, tmp_path: Path) -> None:
    tallies = tmp_path / "missile_attacks_daily.csv"
    tallies.write_text(TALLIES, encoding="utf-8")
    result = run("import-airforce", str(tallies), "--db", filled)
    assert result.exit_code == 0
    assert result.stderr.startswith("2 tallies read: 2 added, 0 changed, 0 unchanged")
    text = run("show", odesa_id(filled), "--db", filled).output
    assert "Air Force tallies for 2025-06-14:" in text
    assert "drones.launched: official 88, news 87" in text
    missing = run("import-airforce", str(tmp_path / "absent.csv"), "--db", filled)
    assert missing.exit_code == 1 and "absent.csv" in missing.stderr


def test_a_database_that_cannot_be_opened_is_named(tmp_path: Path) -> None:
    (tmp_path / "no-such-dir").mkdir()
    (tmp_path / "no-such-dir" / "x.db").mkdir()  # a directory where the file should be
    result = run("incidents", "--db", str(tmp_path / "no-such-dir" / "x.db"))
    assert result.exit_code == 1 and "cannot open the database" in result.stderr and "x.db" in result.stderr


@pytest.mark.parametrize("command", [["incidents"], ["stats"], ["rejects"], ["show", "2025-06-14-ru-ua-k"],
                                     ["export", "--format", "csv"], ["serve"], ["check"]])
def test_a_read_command_on_a_missing_database_says_so_and_creates_nothing(tmp_path: Path, command) -> None:
    db = tmp_path / "typo.db"
    result = run(*command, "--db", str(db))
    assert result.exit_code == 1
    assert f"{db}: no strikewatch database there (the file does not exist)" in result.stderr
    assert f"strikewatch ingest ARTICLES --db {db}" in result.stderr  # and how to make one
    assert not db.exists() and list(tmp_path.iterdir()) == []


def test_the_default_database_is_named_and_not_created(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("incidents")
    assert result.exit_code == 1 and "strikewatch.db: no strikewatch database there" in result.stderr
    assert "`strikewatch ingest ARTICLES`" in result.stderr and not (tmp_path / "strikewatch.db").exists()


def test_only_ingest_and_import_airforce_create_a_database(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [article("lviv-post")])
    assert run("ingest", path, "--db", str(tmp_path / "new.db")).exit_code == 0
    assert (tmp_path / "new.db").exists()
    (tmp_path / "tallies.csv").write_text(TALLIES, encoding="utf-8")
    tallies = run("import-airforce", str(tmp_path / "tallies.csv"), "--db", str(tmp_path / "t.db"))
    assert tallies.exit_code == 0
    assert (tmp_path / "t.db").exists()
    assert "no incidents" in run("incidents", "--db", str(tmp_path / "t.db")).output


def test_a_database_without_strikewatch_tables_is_not_read(tmp_path: Path) -> None:
    import sqlite3

    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE notes (x TEXT)").connection.commit()
    result = run("stats", "--db", str(tmp_path / "other.db"))
    assert result.exit_code == 1 and "no strikewatch database there (it has no tables)" in result.stderr


def test_incidents_take_a_country_name_or_say_a_code_is_expected(filled: str) -> None:
    by_code = run("incidents", "--db", filled, "--attacker", "RU", "--format", "jsonl").output
    by_name = run("incidents", "--db", filled, "--attacker", "Russia", "--format", "jsonl").output
    assert by_code and by_name == by_code
    bad = run("incidents", "--db", filled, "--attacker", "Rusia")
    assert bad.exit_code == 2 and "two-letter ISO code (RU, UA, IL...)" in bad.stderr


def test_show_counts_in_words_that_agree(filled: str) -> None:
    lviv = json.loads(run("incidents", "--db", filled, "--place", "Lviv", "--format", "jsonl").output)
    text = run("show", lviv["id"], "--db", filled).output
    assert text.splitlines()[1] == "1 report, 0 conflicting figures"


def test_ingest_warns_about_undated_attacks_and_names_published(tmp_path: Path) -> None:
    db = str(tmp_path / "undated.db")
    undated = {**article("lviv-post"), "id": "no-date", "published": None,
               "text": ARTICLES["lviv-post"]["text"].replace(" on Friday", "")}
    path = write_jsonl(tmp_path / "undated.jsonl", [undated])
    result = run("ingest", path, "--db", db)
    assert result.exit_code == 0
    assert "warning: 1 article has an attack with no date (no-date)" in result.stderr
    assert "--published YYYY-MM-DD" in result.stderr
    assert json.loads(run("incidents", "--db", db, "--format", "jsonl").output)["date"] is None
    dated = run("ingest", path, "--db", db, "--published", "2025-06-20")
    assert dated.exit_code == 0 and dated.stderr.startswith("0 added, 1 updated")
    assert "warning" not in dated.stderr
    assert json.loads(run("incidents", "--db", db, "--format", "jsonl").output)["date"] == "2025-06-20"
    assert "warning" not in run("ingest", path, "--db", db, "--published", "2025-06-20").stderr
