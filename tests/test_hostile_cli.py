"""The command line under hostile input: one test per problem, each with good records after the bad one."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time

import pytest

import strikewatch
from hostile import GOOD, wrapped
from strikewatch.cli import cli
from strikewatch.extract import extract_each
from strikewatch.ingest import read_inputs
from strikewatch.records import ArticleInput, Rejection

EXTRACT_MODULE = sys.modules["strikewatch.extract"]


def line(article_id: str, text: str = GOOD, **fields) -> str:
    return json.dumps({"id": article_id, "text": text, "published": "2025-07-04", **fields})


def extract(runner, *args, **kwargs):
    return runner.invoke(cli, ["extract", *args], catch_exceptions=False, **kwargs)


def ids(result) -> list[str]:
    return [json.loads(row)["id"] for row in result.stdout.splitlines()]


def rejected(result) -> list[str]:
    return [row.removeprefix("strikewatch: rejected ") for row in result.stderr.splitlines()
            if row.startswith("strikewatch: rejected ")]


def test_a_figure_beyond_64_bits_is_dropped_and_the_batch_goes_on(runner, write, tmp_path):
    path = write("a.jsonl", "\n".join([line("big", "Russia launched 9223372036854775808 drones at Kharkiv "
                                                   "overnight, the air force said."), line("after")]))
    result = extract(runner, path)
    assert result.exit_code == 0 and ids(result) == ["big", "after"]
    big = json.loads(result.stdout.splitlines()[0])
    assert big["dropped"] == ["event 1: drones.launched = 9223372036854775808 dropped: over the maximum of 1,000,000"]
    db = str(tmp_path / "s.db")
    ingest = runner.invoke(cli, ["ingest", path, "--db", db], catch_exceptions=False)
    assert ingest.exit_code == 0, ingest.stderr
    stored = sqlite3.connect(db).execute("select id from articles order by id").fetchall()
    assert stored == [("after",), ("big",)]


def test_a_per_model_figure_beyond_the_maximum_is_dropped_with_the_total(runner, write):
    text = ("У ніч на 4 липня противник атакував Україну 5000000 ударними БпЛА типу Shahed та 4 крилатими "
            "ракетами Х-101.\nЗа попередніми даними, збито 40 ворожих БпЛА типу Shahed та 3 крилаті ракети Х-101.")
    path = write("uk.jsonl", "\n".join([line("big-uk", text), line("after")]))
    result = extract(runner, path)
    assert result.exit_code == 0 and ids(result) == ["big-uk", "after"]
    big = json.loads(result.stdout.splitlines()[0])
    assert big["language"] == "uk"
    assert big["dropped"] == ["event 1: drones.launched = 5000000 dropped: over the maximum of 1,000,000",
                              "event 1: weapons.Shahed.launched = 5000000 dropped: over the maximum of 1,000,000"]
    [event] = big["events"]
    assert event["drones"]["launched"] is None and event["drones"]["destroyed"] == 40
    assert {"model": "Shahed", "kind": "drone", "launched": None, "destroyed": 40} in event["weapons"]
    assert not any(e["field"] == "weapons.Shahed.launched" for e in event["evidence"])


def test_exact_figures_never_pass_through_float():
    record = strikewatch.extract("Russia launched 123456 drones at Kyiv overnight, the air force said.",
                                 published="2025-07-04")
    assert record.events[0].drones.launched == 123456
    from strikewatch.quantities import parse
    assert parse("12345678901234567") == 12345678901234567 and parse("5.5") is None


@pytest.mark.parametrize(("text", "read_by_the_extractor"), [
    ("Russia launched -5 drones at Dnipro overnight, the air force said.", False),
    ("Russia launched −7 drones at Dnipro overnight, the air force said.", True),
    ("Russia launched minus five drones at Dnipro overnight, the air force said.", True),
])
def test_negative_figures_are_dropped_with_the_reason(text, read_by_the_extractor):
    record = strikewatch.extract(text, published="2025-07-04")
    assert all(e.drones.launched is None for e in record.events)
    reasons = [d for d in record.dropped if "the text gives it as a negative number" in d]
    assert bool(reasons) == read_by_the_extractor, record.dropped


def test_an_endless_alert_is_dropped_and_the_json_stays_strict(runner, write):
    text = "The air raid alert in Kyiv lasted " + "9" * 400 + " hours after Russia launched 40 drones, officials said."
    result = extract(runner, write("a.jsonl", "\n".join([line("alert", text), line("after")])))
    assert result.exit_code == 0 and ids(result) == ["alert", "after"]
    assert "Infinity" not in result.stdout and "NaN" not in result.stdout
    assert json.loads(result.stdout.splitlines()[0])["events"][0]["alert_hours"] is None


def test_deep_nesting_and_huge_integers_reject_one_line_each(runner, write):
    path = write("a.jsonl", "\n".join([line("before"), "[" * 100_000 + "]" * 100_000,
                                       '{"id": "n", "text": "x", "n": ' + "9" * 5000 + "}", line("after")]))
    result = extract(runner, path)
    assert result.exit_code == 1 and ids(result) == ["before", "after"]
    assert rejected(result)[0] == f"{path}:2: not valid JSON for strikewatch (nested too deeply)"


def test_lone_surrogates_are_replaced_and_said_so(runner, write, tmp_path):
    bad = '{"id": "s\\ud800", "text": "Russia launched 12 drones at Poltava \\udc00 overnight, officials said."}'
    path = write("a.jsonl", "\n".join([bad, line("after")]))
    out = tmp_path / "out.jsonl"
    result = extract(runner, path, "-o", str(out))
    assert result.exit_code == 0
    records = [json.loads(row) for row in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["s\ufffd", "after"]
    assert records[0]["changed"] == ['1 lone surrogate in field "id" replaced by U+FFFD',
                                     "1 lone surrogate in the text replaced by U+FFFD"]
    ingest = runner.invoke(cli, ["ingest", path, "--db", str(tmp_path / "s.db")], catch_exceptions=False)
    assert ingest.exit_code == 0, ingest.stderr


def test_a_bad_first_line_on_standard_input_does_not_decide_the_format(runner):
    result = extract(runner, "-", input="{broken\n" + line("s1") + "\n" + line("s2") + "\n")
    assert result.exit_code == 1 and ids(result) == ["s1", "s2"]
    assert rejected(result) == ["stdin:1: not valid JSON (Expecting property name enclosed in double quotes at column 2)"]


def test_json_lines_saved_as_txt_are_read_as_json_lines(runner, write):
    result = extract(runner, write("a.txt", "{broken\n" + line("t1") + "\n" + line("t2") + "\n"))
    assert result.exit_code == 1 and ids(result) == ["t1", "t2"]


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("a.jsonl", __import__("gzip").compress((line("g") + "\n").encode()), "not text (gzip-compressed data; decompress it first)"),
    ("b.jsonl", (line("u") + "\n").encode("utf-16"), "text is UTF-16, not UTF-8 (save it as UTF-8)"),
])
def test_compressed_and_utf16_files_are_one_rejection(runner, write, name, content, reason):
    path = write(name, content)
    result = extract(runner, path, write("after.jsonl", line("after") + "\n"))
    assert ids(result) == ["after"] and rejected(result) == [f"{path}: {reason}"]


def test_cr_only_line_endings_are_line_endings(runner, write):
    result = extract(runner, write("a.jsonl", line("c1") + "\r" + line("c2") + "\r"))
    assert result.exit_code == 0 and ids(result) == ["c1", "c2"]


def test_a_line_over_the_limit_is_skipped_without_being_held(runner, write, monkeypatch):
    monkeypatch.setattr("strikewatch.ingest.MAX_LINE_BYTES", 10_000)
    monkeypatch.setattr("strikewatch.ingest.READ_CHUNK_BYTES", 4_096)
    path = write("a.jsonl", "\n".join([line("long", "x " * 20_000), line("after")]) + "\n")
    monkeypatch.setattr("strikewatch.ingest.read_lines.__defaults__", (10_000,))
    result = extract(runner, path)
    assert ids(result) == ["after"]
    assert rejected(result) == [f"{path}:1: line is over the 0.01 MB limit; skipped without being read whole"]


def test_a_fifo_in_a_directory_is_skipped_with_the_reason(runner, tmp_path, write):
    write("dir/a.jsonl", line("a1") + "\n")
    os.mkfifo(tmp_path / "dir" / "b.jsonl")
    result = extract(runner, str(tmp_path / "dir"))
    assert ids(result) == ["a1"]
    assert rejected(result) == [f"{tmp_path}/dir/b.jsonl: not a regular file (a FIFO (named pipe)); skipped"]


def test_a_link_to_dev_zero_is_not_read(runner, tmp_path, write):
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    result = extract(runner, str(tmp_path / "zero.txt"), write("after.jsonl", line("after") + "\n"))
    assert ids(result) == ["after"]
    assert rejected(result) == [f"{tmp_path}/zero.txt: not a regular file (a character device); skipped"]


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13-01", "0001-01-01", "9999-12-31"])
def test_published_edge_cases(runner, write, value):
    record = strikewatch.extract(GOOD, published=value)
    assert record.changed[0].startswith("published not ") and record.changed[0].endswith("; ignored")
    assert extract(runner, write("a.jsonl", line("a") + "\n"), "--published", value).exit_code == 2
    result = extract(runner, write("b.jsonl", line("b", published=value) + "\n" + line("after") + "\n"))
    assert ids(result) == ["after"] and len(rejected(result)) == 1


def test_an_article_over_the_time_budget_is_rejected_and_the_batch_goes_on(runner, write, monkeypatch):
    real = EXTRACT_MODULE.extract_article

    def slow(item):
        if item.id == "slow":
            time.sleep(30)
        return real(item)
    monkeypatch.setattr(EXTRACT_MODULE, "extract_article", slow)
    path = write("a.jsonl", "\n".join([line("slow"), line("after")]) + "\n")
    started = time.monotonic()
    result = extract(runner, path, "--time-budget", "1")
    assert time.monotonic() - started < 20
    assert ids(result) == ["after"]
    assert rejected(result) == ["slow: took more than 1 s to extract (the per-article time budget, [limits] "
                                "time_budget_seconds); extraction stopped"]


def test_a_sentence_in_capitals_is_quick():
    text = ("RUSSIAN DRONES AND MISSILES STRUCK ENERGY INFRASTRUCTURE IN THE ODESA REGION OVERNIGHT, CAUSING "
            "FIRES AND POWER OUTAGES ACROSS SEVERAL DISTRICTS OF THE CITY, THE REGIONAL GOVERNOR SAID.")
    [result] = extract_each([ArticleInput(id="caps", text=text, published="2025-07-04")], time_budget=2.0)
    assert not isinstance(result, Rejection), result


def test_hard_wrapped_text_gives_the_figures_of_the_unwrapped_one(runner, write):
    text = (GOOD + " " + GOOD.replace("Odesa", "Mykolaiv").replace("46", "52"))
    plain = extract(runner, write("plain.txt", text))
    wrapped_run = extract(runner, write("wrapped.txt", wrapped(text, 70)))
    events = [json.loads(r.stdout)["events"] for r in (plain, wrapped_run)]
    figures = [[(e["drones"], e["missiles"], e["injured"], e["places"]) for e in ev] for ev in events]
    assert figures[0] == figures[1]
    [note] = json.loads(wrapped_run.stdout)["changed"]
    assert note.endswith("hard line breaks inside paragraphs joined")


def test_no_words_and_no_named_attacker(runner, write):
    dots = extract(runner, write("dots.txt", "..."))
    assert rejected(dots) == [f"{write('dots.txt', '...')}: no words in the text (only digits, punctuation or symbols)"]
    words = "\n".join("Drones attacked Kyiv overnight and air defence shot down most of them, officials said. "
                      "Three people were injured.".split())
    record = json.loads(extract(runner, write("words.txt", words)).stdout)
    assert "Russia" not in json.dumps(record["brief"])


def test_reingesting_adds_no_rejects(runner, write, tmp_path):
    path = write("a.jsonl", "\n".join([line("a1"), "not json", line("a2")]) + "\n")
    db = str(tmp_path / "s.db")
    for _ in range(3):
        assert runner.invoke(cli, ["ingest", path, "--db", db], catch_exceptions=False).exit_code == 1
    assert sqlite3.connect(db).execute("select count(*) from rejects").fetchone() == (1,)


def test_python_api_ignores_an_impossible_published_and_says_so():
    record = strikewatch.extract(GOOD, published="2025-02-30")
    assert record.events and record.changed == (
        "published not an ISO 8601 date or date-time: '2025-02-30' (expected e.g. 2025-07-04 or "
        "2025-07-04T06:30:00+03:00); ignored",)


def test_reading_never_raises_for_one_input(tmp_path):
    (tmp_path / "a.jsonl").write_text(line("ok") + "\n" + "[" * 100_000 + "\n")
    items = list(read_inputs([str(tmp_path / "a.jsonl")]))
    assert [type(i).__name__ for i in items] == ["ArticleInput", "Rejection"]


def test_ingest_in_a_real_process_survives_every_hostile_line(tmp_path):
    from hostile import JSONL_LINES
    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "strikewatch", "ingest", str(path), "--db", str(db)],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    connection = sqlite3.connect(db)
    stored = {row[0] for row in connection.execute("select input_id from article_outlets")}
    assert {"good-1", "good-2", "overflow"} <= stored
    rejects = connection.execute("select count(*), count(distinct reject_key) from rejects").fetchone()
    assert rejects[0] == rejects[1]
