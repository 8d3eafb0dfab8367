"""Pairwise quality of incident clustering on a multi-report fixture set.

Runs the real extractor over every article of DIR/articles.jsonl, turns each event into a
``Report``, clusters them with ``strikewatch.reconcile.cluster_reports`` and compares the result
with DIR/gold.jsonl, which gives for each article the attack label of each event it should yield
(``{"id": "r001", "events": ["A01"]}``; ``[]`` for an article that reports no attack).

A pair is two gold events with the same label. Precision is the share of predicted same-incident
pairs that are gold pairs; recall the share of gold pairs predicted together. An event the
extractor misses cannot be paired, so it costs recall; an event gold does not expect is listed
and left out of the pairs.

    python eval/clustering.py [DIR]        # default: tests/data/reports
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from strikewatch.extract import extract_article
from strikewatch.ingest import read_inputs
from strikewatch.reconcile import ReconcileOptions, Report, cluster_reports
from strikewatch.records import ArticleInput

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "reports"
Unit = tuple[str, int]  # (article_id, event_index)


@dataclass(frozen=True)
class Scores:
    """Pairwise precision, recall and F1 of one clustering, with what went wrong."""

    precision: float
    recall: float
    f1: float
    true_pairs: int
    predicted_pairs: int
    gold_pairs: int
    false_pairs: tuple[tuple[Unit, Unit], ...] = ()
    missed_pairs: tuple[tuple[Unit, Unit], ...] = ()
    unexpected: tuple[Unit, ...] = ()  # events gold does not expect
    missing: tuple[Unit, ...] = ()  # gold events the extractor did not produce
    per_attack: dict[str, dict] = field(default_factory=dict)


def load_gold(directory: Path) -> dict[Unit, str]:
    """Gold label of every expected event: {(article_id, event_index): "A01"}."""
    gold = {}
    for n, line in enumerate((directory / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        entry = json.loads(line)
        if not isinstance(entry.get("id"), str) or not isinstance(entry.get("events"), list):
            raise ValueError(f"{directory / 'gold.jsonl'}:{n}: needs an 'id' string and an 'events' list")
        for i, label in enumerate(entry["events"]):
            gold[(entry["id"], i)] = label
    return gold


def load_reports(directory: Path) -> list[Report]:
    """Extract every article of DIR/articles.jsonl and return its events as Reports."""
    reports = []
    for item in read_inputs([str(directory / "articles.jsonl")]):
        if not isinstance(item, ArticleInput):
            raise ValueError(f"fixture article rejected: {item.message()}")
        record = extract_article(item)
        reports.extend(Report(item.id, i, event, outlet=item.outlet, published=item.published)
                       for i, event in enumerate(record.events))
    return reports


def pairwise_scores(clusters: list[list[Report]], gold: dict[Unit, str]) -> Scores:
    """Compare clusters of reports with gold labels, pair by pair."""
    predicted_of: dict[Unit, int] = {r.key: n for n, group in enumerate(clusters) for r in group}
    units = sorted(gold)
    gold_pairs = {(a, b) for a, b in combinations(units, 2) if gold[a] == gold[b]}
    found = [u for u in units if u in predicted_of]
    predicted = {(a, b) for a, b in combinations(found, 2) if predicted_of[a] == predicted_of[b]}
    true = gold_pairs & predicted
    precision = len(true) / len(predicted) if predicted else 1.0
    recall = len(true) / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, len(true), len(predicted), len(gold_pairs),
                  false_pairs=tuple(sorted(predicted - gold_pairs)),
                  missed_pairs=tuple(sorted(gold_pairs - true)),
                  unexpected=tuple(sorted(k for k in predicted_of if k not in gold)),
                  missing=tuple(u for u in units if u not in predicted_of),
                  per_attack=_per_attack(gold, predicted_of))


def _per_attack(gold: dict[Unit, str], predicted_of: dict[Unit, int]) -> dict[str, dict]:
    """For each gold attack: its events and the predicted incidents they landed in."""
    members: dict[str, list[Unit]] = defaultdict(list)
    for unit, label in sorted(gold.items()):
        members[label].append(unit)
    out = {}
    for label, units in sorted(members.items()):
        incidents = sorted({predicted_of[u] for u in units if u in predicted_of})
        intruders = sorted(k for k, n in predicted_of.items() if n in incidents and gold.get(k) != label)
        whole = len(incidents) == 1 and not intruders and all(u in predicted_of for u in units)
        out[label] = {"events": units, "incidents": incidents, "intruders": intruders, "whole": whole}
    return out


def evaluate(directory: Path = DEFAULT_DIR, options: ReconcileOptions | None = None) -> Scores:
    """Extract, cluster and score the fixture set in DIRECTORY."""
    reports = load_reports(directory)
    return pairwise_scores(cluster_reports(reports, options), load_gold(directory))


def _name(unit: Unit) -> str:
    return f"{unit[0]}#{unit[1]}"


def main(argv: list[str]) -> int:
    directory = Path(argv[0]) if argv else DEFAULT_DIR
    s = evaluate(directory)
    print(f"clustering of {directory}")
    print(f"pairwise precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
          f"(true {s.true_pairs}, predicted {s.predicted_pairs}, gold {s.gold_pairs})")
    for label, row in s.per_attack.items():
        status = "ok" if row["whole"] else "SPLIT/MIXED"
        extra = f"  intruders: {', '.join(map(_name, row['intruders']))}" if row["intruders"] else ""
        print(f"  {label}: {len(row['events'])} reports -> incidents {row['incidents']} {status}{extra}")
    for title, items in (("false pairs", s.false_pairs), ("missed pairs", s.missed_pairs)):
        for a, b in items:
            print(f"  {title[:-1]}: {_name(a)} ~ {_name(b)}")
    for title, units in (("unexpected events", s.unexpected), ("missing events", s.missing)):
        if units:
            print(f"  {title}: {', '.join(map(_name, units))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
