"""The scorer (strikewatch.evaluate) on small hand-made gold/predicted pairs with hand-computed figures."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from strikewatch.evaluate import (
    match_events,
    normalise_place,
    pair_score,
    read_jsonl,
    rouge_l,
    rouge_n,
    score,
    tokens,
)

REFERENCE_SCORER = Path(__file__).resolve().parents[1] / "eval" / "spec" / "score.py"  # the SPEC's own scorer
TEXT = ("Russia launched 41 drones and 6 missiles at Kharkiv overnight. Air defences shot down 35 drones. "
        "Two people were killed and five injured.")
BRIEF = {"headline": "Russian drones and missiles hit Kharkiv, killing two",
         "dek": "Air defences shot down 35 of 41 drones.",
         "summary": "Russia launched 41 drones and 6 missiles at Kharkiv overnight. Two people were killed."}


def make_event(**changes: object) -> dict:
    """A gold-style event with 13 slots: 9 scalars, 2 places, 2 damage categories (record is false)."""
    event = {
        "kind": "air_attack", "date": "2025-03-08", "attacker": "RU", "target_country": "UA",
        "places": ["Kharkiv", "Kyiv Oblast"],
        "drones": {"launched": 41, "destroyed": 35, "hit": None},
        "missiles": {"launched": 6, "destroyed": None, "hit": None},
        "killed": 2, "injured": 5, "damage": ["energy", "residential"], "record": False,
        "alert_hours": 4, "evidence": [],
    }
    event.update(changes)
    return event


def make_record(article_id: str = "a1", events: list[dict] | None = None,
                context: list[dict] | None = None, brief: dict | None = None) -> dict:
    return {"id": article_id, "brief": brief or dict(BRIEF), "events": events or [], "context": context or []}


def run(gold_events: list[dict], pred_events: list[dict], **pred_fields: object):
    gold = {"a1": make_record(events=gold_events)}
    pred = {"a1": {**make_record(events=pred_events), **pred_fields}}
    return score({"a1": {"id": "a1", "text": TEXT}}, gold, pred)


def counts(report, field: str) -> tuple[float, float, float]:
    figures = report.fields[field]
    return figures["precision"], figures["recall"], figures["support"]


def test_perfect_prediction_scores_one() -> None:
    report = run([make_event()], [make_event()])
    assert report.overall == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 13}
    assert report.numbers_f1 == 1.0
    assert report.events["f1"] == 1.0
    assert report.rouge == {"summary_rouge1": 1.0, "summary_rouge2": 1.0, "summary_rougeL": 1.0,
                            "headline_rouge1": 1.0}
    assert report.schema_errors == 0 and report.missing_records == 0
    assert report.errors == []


def test_a_wrong_number_is_one_false_positive_and_one_false_negative() -> None:
    report = run([make_event()], [make_event(killed=3)])
    assert report.fields["killed"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    # 12 of 13 slots right, one wrong claim: P = R = F1 = 12/13
    assert report.overall["precision"] == pytest.approx(12 / 13)
    assert report.overall["recall"] == pytest.approx(12 / 13)
    # numbers: 5 slots (3 counts, killed, injured), 4 right, 1 FP, 1 FN: P = R = 4/5
    assert report.numbers_f1 == pytest.approx(0.8)
    assert report.errors == ["a1: killed: gold 2 predicted 3"]


def test_a_null_claim_for_a_gold_slot_is_only_a_false_negative() -> None:
    report = run([make_event()], [make_event(alert_hours=None)])
    assert report.overall["precision"] == 1.0
    assert report.overall["recall"] == pytest.approx(12 / 13)


def test_a_missed_event_counts_all_its_slots_as_false_negatives() -> None:
    report = run([make_event()], [])
    assert report.overall == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 13}
    assert report.events == {"gold": 1, "pred": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert report.errors[0] == "a1: missed event RU->UA ['Kharkiv', 'Kyiv Oblast']"


def test_a_spurious_event_counts_all_its_claims_as_false_positives() -> None:
    report = run([], [make_event(record=True)])
    # 13 claims plus the record flag, none wanted: precision 0, recall vacuously 1
    assert report.overall == {"precision": 0.0, "recall": 1.0, "f1": 0.0, "support": 0}
    assert counts(report, "record") == (0.0, 1.0, 0)
    assert report.events["precision"] == 0.0


def test_one_of_two_gold_events_found() -> None:
    other = make_event(attacker="UA", target_country="RU", places=["Belgorod Oblast"], date="2025-03-07",
                       drones={"launched": None, "destroyed": 12, "hit": None},
                       missiles={"launched": None, "destroyed": None, "hit": None},
                       killed=None, injured=1, damage=[], alert_hours=None)
    report = run([make_event(), other], [make_event()])
    assert report.events == {"gold": 2, "pred": 1, "precision": 1.0, "recall": 0.5,
                             "f1": pytest.approx(2 / 3)}
    # the missed event's 6 slots (date, attacker, target, one place, drones destroyed, injured) are FN
    assert report.overall["support"] == 13 + 6
    assert report.overall["recall"] == pytest.approx(13 / 19)


def test_places_are_normalised() -> None:
    gold = make_event(places=["Kyiv Oblast", "Krasnodar Krai", "Kharkiv"])
    pred = make_event(places=["Kyiv region", "Krasnodar region", "kharkiv city"])
    assert counts(run([gold], [pred]), "places") == (1.0, 1.0, 3)
    report = run([make_event(places=["Kyiv Oblast"])], [make_event(places=["Kyiv"])])
    assert counts(report, "places") == (0.0, 0.0, 1)
    assert normalise_place("  Odesa   Oblast ") == normalise_place("odesa province") == "odesa (region)"


def test_countries_compare_case_insensitively_and_alerts_within_a_hundredth() -> None:
    report = run([make_event(alert_hours=3.5)], [make_event(attacker="ru", alert_hours=3.504)])
    assert counts(report, "attacker") == (1.0, 1.0, 1)
    assert counts(report, "alert_hours") == (1.0, 1.0, 1)


def test_record_counts_only_when_true() -> None:
    assert counts(run([make_event(record=True)], [make_event(record=True)]), "record") == (1.0, 1.0, 1)
    assert counts(run([make_event(record=True)], [make_event()]), "record") == (0.0, 0.0, 1)
    assert run([make_event()], [make_event()]).fields["record"]["support"] == 0


def test_events_below_the_match_threshold_stay_apart() -> None:
    gold = make_event()
    unrelated = make_event(attacker="IR", target_country="IL", places=["Tel Aviv"], date=None,
                           drones={"launched": None, "destroyed": None, "hit": None},
                           missiles={"launched": 180, "destroyed": None, "hit": None},
                           killed=None, injured=None)
    assert pair_score(gold, unrelated) < 2
    assert match_events([gold], [unrelated]) == []
    # attacker and target alone (4 points) are enough to pair
    assert match_events([gold], [make_event(places=[], date=None)]) == [(0, 0)]


def test_matching_is_one_to_one_best_first() -> None:
    night = make_event()
    day = make_event(date="2025-03-09", places=["Kharkiv"], killed=None, injured=None,
                     drones={"launched": None, "destroyed": None, "hit": None},
                     missiles={"launched": None, "destroyed": None, "hit": None})
    assert sorted(match_events([night, day], [day, night])) == [(0, 1), (1, 0)]


def test_evidence_with_bad_offsets_lowers_validity() -> None:
    start = TEXT.index("41 drones")
    good = {"field": "drones.launched", "quote": "41 drones", "start": start, "end": start + 9}
    shifted = {**good, "start": start + 1, "end": start + 10}
    blank = {"field": "killed", "quote": " ", "start": 0, "end": 1}
    broken = {"field": "killed", "quote": "Two people", "start": "x", "end": None}
    report = run([make_event()], [make_event(evidence=[good, shifted, blank, broken])])
    assert report.evidence_items == 4
    assert report.evidence_valid == pytest.approx(0.25)
    assert run([make_event()], [make_event()]).evidence_valid is None


def test_context_is_matched_leniently_by_kind_and_actor_last_names() -> None:
    gold = make_record(events=[make_event()], context=[
        {"kind": "call", "actors": ["Donald Trump", "Vladimir Putin"]},
        {"kind": "statement", "actors": ["Volodymyr Zelensky"]},
        {"kind": "sanctions", "actors": []},
    ])
    pred = make_record(events=[make_event()], context=[
        {"kind": "call", "actors": ["Putin"]},
        {"kind": "statement", "actors": ["Zelenskyy"]},
        {"kind": "sanctions", "actors": ["European Union"]},
        {"kind": "meeting", "actors": ["Donald Trump"]},
    ])
    report = score({"a1": {"text": TEXT}}, {"a1": gold}, {"a1": pred})
    # 3 TP, 1 FP, 0 FN: P = 3/4, R = 1, F1 = 6/7
    assert report.context_f1 == pytest.approx(6 / 7)
    wrong_kind = make_record(context=[{"kind": "meeting", "actors": ["Donald Trump", "Vladimir Putin"]}])
    gold_call = make_record(context=[{"kind": "call", "actors": ["Donald Trump"]}])
    assert score({}, {"a1": gold_call}, {"a1": wrong_kind}).context_f1 == 0.0


def test_missing_records_and_schema_errors_are_counted() -> None:
    gold = {"a1": make_record("a1", [make_event()]), "a2": make_record("a2", [make_event()])}
    bad = make_record("a1", [make_event(killed=-1, attacker="Russia")])
    report = score({}, gold, {"a1": bad})
    assert report.missing_records == 1
    assert "a2: no predicted record" in report.errors
    assert report.schema_errors == 2
    assert report.headline()["missing_records"] == 1
    assert score({}, gold, {"a1": bad}, validate=False).schema_errors == 0


def test_rouge() -> None:
    ref = tokens("Russian drones hit Kharkiv overnight")
    assert rouge_n(ref, ref, 1) == rouge_n(ref, ref, 2) == rouge_l(ref, ref) == 1.0
    assert rouge_n(ref, tokens("Quiet night in Lviv"), 1) == 0.0
    hyp = tokens("drones hit Kharkiv")
    # unigrams: 3 shared, P = 3/3, R = 3/5 -> F1 = 0.75; bigrams: 2 shared of 2 and 4 -> 2/3
    assert rouge_n(ref, hyp, 1) == pytest.approx(0.75)
    assert rouge_n(ref, hyp, 2) == pytest.approx(2 / 3)
    assert rouge_l(ref, hyp) == pytest.approx(0.75)


def test_report_renders_and_serialises() -> None:
    report = run([make_event()], [make_event(killed=3)])
    table = report.format()
    assert "OVERALL" in table and "a1: killed" not in table
    assert "a1: killed: gold 2 predicted 3" in report.format(show_errors=True)
    figures = json.loads(json.dumps(report.to_dict()))
    assert figures["fields"]["killed"]["support"] == 1
    assert figures["summary_rouge1"] == 1.0


def test_read_jsonl_counts_unreadable_lines(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text('{"id": "a1"}\nnot json\n\n{"no_id": 1}\n', encoding="utf-8")
    records, unreadable = read_jsonl(path)
    assert list(records) == ["a1"] and unreadable == 2


# ------------------------------------------------------------ agreement with the reference scorer

def cross_check_cases() -> tuple[dict, dict, dict]:
    """Inputs, gold and predictions exercising every kind of agreement and disagreement."""
    other = make_event(attacker="UA", target_country="RU", places=["Belgorod Oblast", "Shebekino"],
                       drones={"launched": None, "destroyed": 12, "hit": None},
                       missiles={"launched": None, "destroyed": None, "hit": None},
                       killed=None, injured=0, damage=["residential"], alert_hours=None, record=True)
    start = TEXT.index("35 drones")
    evidence = [{"field": "drones.destroyed", "quote": "35 drones", "start": start, "end": start + 9},
                {"field": "killed", "quote": "Two people", "start": 0, "end": 10}]
    gold = {
        "p1": make_record("p1", [make_event()],
                          [{"kind": "call", "actors": ["Donald Trump", "Vladimir Putin"]}]),
        "p2": make_record("p2", [make_event(), other]),
        "p3": make_record("p3", [make_event(), make_event()]),
        "p4": make_record("p4", [], [{"kind": "sanctions", "actors": ["European Union"]}]),
        "p5": make_record("p5", [make_event()]),
    }
    pred = {
        "p1": make_record("p1", [make_event(evidence=evidence)], [{"kind": "call", "actors": ["Putin"]}],
                          brief={"headline": "Drones hit Kharkiv", "dek": "",
                                 "summary": "Two people were killed."}),
        "p2": make_record("p2", [make_event(killed=3, places=["Kharkiv", "Kyiv region", "Izium"]),
                                 make_event(attacker="UA", target_country="RU", places=["Kursk Oblast"])]),
        "p3": make_record("p3", [make_event(date="2025-03-09"), make_event(injured=None),
                                 make_event(attacker="BY", target_country="PL", places=[], date=None)]),
        "p4": make_record("p4", [make_event(killed=-1)], [{"kind": "statement", "actors": ["Zelensky"]}]),
    }
    inputs = {key: {"id": key, "text": TEXT} for key in gold}
    return inputs, gold, pred


def write_jsonl(path: Path, records: dict[str, dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records.values()), encoding="utf-8")
    return path


@pytest.mark.skipif(not REFERENCE_SCORER.exists(), reason="reference scorer not available")
def test_figures_equal_the_reference_scorer(tmp_path: Path) -> None:
    inputs, gold, pred = cross_check_cases()
    completed = subprocess.run(
        [sys.executable, str(REFERENCE_SCORER), "--json",
         "--input", str(write_jsonl(tmp_path / "in.jsonl", inputs)),
         "--gold", str(write_jsonl(tmp_path / "gold.jsonl", gold)),
         "--pred", str(write_jsonl(tmp_path / "pred.jsonl", pred))],
        capture_output=True, text=True, check=True)
    assert_same_figures(score(inputs, gold, pred).to_dict(), json.loads(completed.stdout))


def assert_same_figures(ours: object, reference: object, path: str = "") -> None:
    """Nested figures equal key for key, floats to 1e-12."""
    if isinstance(reference, dict):
        assert isinstance(ours, dict) and ours.keys() == reference.keys(), path
        for key in reference:
            assert_same_figures(ours[key], reference[key], f"{path}.{key}")
    elif isinstance(reference, float):
        assert ours == pytest.approx(reference, abs=1e-12), path
    else:
        assert ours == reference, path
