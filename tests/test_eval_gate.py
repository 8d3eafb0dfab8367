"""The annotated corpus in eval/ is well formed, and the quality gate holds its floors."""
from __future__ import annotations

import importlib.util
import json
import re
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

import jsonschema
import pytest

from strikewatch.evaluate import load_schema, score

EVAL = Path(__file__).resolve().parent.parent / "eval"
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def load_jsonl(name: str) -> list[dict]:
    lines = (EVAL / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("strikewatch_eval_gate", EVAL / "gate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ARTICLES = load_jsonl("articles.jsonl")
GOLD = load_jsonl("gold.jsonl")
TEXTS = {a["id"]: a["text"] for a in ARTICLES}
EVENTS = [(g["id"], e) for g in GOLD for e in g["events"]]
gate = load_gate()


# ------------------------------------------------------------ the corpus

def test_articles_and_gold_share_unique_ids_in_order() -> None:
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) >= 34
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"sw-\d{3}", i) for i in ids)
    assert [g["id"] for g in GOLD] == ids


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_article_is_a_spec_input(article: dict) -> None:
    assert set(article) == {"id", "title", "published", "url", "outlet", "text"}
    optional = ("title", "published", "url", "outlet")
    assert all(article[k] is None or isinstance(article[k], str) for k in optional)
    if article["published"] is not None:
        datetime.fromisoformat(article["published"])
    text = article["text"]
    assert 120 <= len(text.split()) <= 400
    assert "\n\n" in text and not re.search(r"(?<!\n)\n(?!\n)|\n{3,}", text)


@pytest.mark.parametrize("record", GOLD, ids=lambda g: g["id"])
def test_gold_record_validates_against_the_schema(record: dict) -> None:
    jsonschema.Draft202012Validator(load_schema()).validate(record)


@pytest.mark.parametrize(("article_id", "event"), EVENTS, ids=[f"{i}-{n}" for n, (i, _) in enumerate(EVENTS)])
def test_gold_event_is_well_formed(article_id: str, event: dict) -> None:
    if event["date"] is not None:
        assert 2023 <= date.fromisoformat(event["date"]).year <= 2025
    assert len(set(event["places"])) == len(event["places"])
    assert len(set(event["damage"])) == len(event["damage"])
    for weapon in ("drones", "missiles"):
        counts = event[weapon]
        for part in ("destroyed", "hit"):
            if counts["launched"] is not None and counts[part] is not None:
                assert counts[part] <= counts["launched"], f"{weapon}.{part} exceeds launched"


@pytest.mark.parametrize("record", GOLD, ids=lambda g: g["id"])
def test_gold_quotes_equal_the_text_at_their_offsets(record: dict) -> None:
    text = TEXTS[record["id"]]
    items = [item for event in record["events"] for item in event["evidence"]] + record["context"]
    for item in items:
        assert text[item["start"]:item["end"]] == item["quote"]


@pytest.mark.parametrize("record", GOLD, ids=lambda g: g["id"])
def test_gold_brief_meets_the_length_limits(record: dict) -> None:
    brief = record["brief"]
    assert 0 < len(brief["headline"]) <= 90
    assert 0 < len(brief["dek"]) <= 200 and len(SENTENCE_END.findall(brief["dek"])) == 1
    assert 0 < len(brief["summary"]) <= 600 and 1 <= len(SENTENCE_END.findall(brief["summary"])) <= 3


def test_gold_scores_perfectly_against_itself() -> None:
    inputs = {a["id"]: a for a in ARTICLES}
    gold = {g["id"]: g for g in GOLD}
    report = score(inputs, gold, gold)
    assert report.overall["f1"] == report.events["f1"] == report.context_f1 == 1.0
    assert report.schema_errors == 0


@pytest.mark.parametrize("corpus", ["holdout", "holdout2"])
def test_held_out_corpus_is_well_formed_and_scores_perfectly_against_itself(corpus: str) -> None:
    articles, gold = load_jsonl(f"{corpus}/articles.jsonl"), load_jsonl(f"{corpus}/gold.jsonl")
    assert [a["id"] for a in articles] == [g["id"] for g in gold]
    texts = {a["id"]: a["text"] for a in articles}
    validator = jsonschema.Draft202012Validator(load_schema())
    for record in gold:
        validator.validate(record)
        items = [item for event in record["events"] for item in event["evidence"]] + record["context"]
        assert all(texts[record["id"]][i["start"]:i["end"]] == i["quote"] for i in items), record["id"]
    report = score({a["id"]: a for a in articles}, {g["id"]: g for g in gold}, {g["id"]: g for g in gold})
    assert report.overall["f1"] == report.events["f1"] == 1.0 and report.schema_errors == 0
    floors = json.loads((EVAL / corpus / "baseline.json").read_text(encoding="utf-8"))["floors"]
    assert set(floors) >= {"overall_f1", "numbers_f1", "events_f1", "evidence_valid", "context_f1"}


# ------------------------------------------------------------ the gate

FIGURES = {"overall_f1": 0.70, "numbers_f1": 0.60, "events_f1": 0.80, "evidence_valid": 1.0,
           "context_f1": 0.50, "schema_errors": 0, "missing_records": 0}


def test_baseline_has_a_floor_for_every_headline_figure() -> None:
    floors = gate.read_floors(EVAL / "baseline.json")
    assert set(floors) == set(gate.FLOOR_KEYS)
    assert all(0.0 <= v <= 1.0 for v in floors.values())


def test_gate_fails_below_a_floor_and_on_any_schema_error_or_missing_record() -> None:
    floors = dict.fromkeys(gate.FLOOR_KEYS, 0.5)
    assert gate.check(FIGURES, floors) == []
    below = gate.check({**FIGURES, "numbers_f1": 0.49}, floors)
    assert below == ["numbers_f1 0.490 is below its floor 0.500"]
    assert len(gate.check({**FIGURES, "schema_errors": 2, "missing_records": 1}, floors)) == 2


def test_update_raises_floors_by_the_margin_and_never_lowers_them() -> None:
    floors = dict.fromkeys(gate.FLOOR_KEYS, 0.55)
    raised = gate.raised_floors(FIGURES, floors)
    assert raised["overall_f1"] == pytest.approx(0.68)
    assert raised["evidence_valid"] == pytest.approx(0.98)
    assert raised["context_f1"] == 0.55  # 0.50 - 0.02 would lower it


def test_gate_runs_the_extractor_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    subset = tmp_path / "articles.jsonl"
    gold = tmp_path / "gold.jsonl"
    subset.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES[:2]), encoding="utf-8")
    gold.write_text("".join(json.dumps(g) + "\n" for g in GOLD[:2]), encoding="utf-8")
    floors = tmp_path / "baseline.json"
    gate.write_floors(floors, dict.fromkeys(gate.FLOOR_KEYS, 0.0))

    code = gate.main(["--input", str(subset), "--gold", str(gold), "--floors", str(floors)])
    out = capsys.readouterr().out
    assert "OVERALL" in out and ("GATE PASS" in out) == (code == 0)
    assert "records: 2 gold, 0 missing" in out

    gate.main(["--input", str(subset), "--gold", str(gold), "--floors", str(floors), "--update"])
    assert set(gate.read_floors(floors)) == set(gate.FLOOR_KEYS)
