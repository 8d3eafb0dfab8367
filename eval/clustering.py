"""Pairwise quality of incident clustering on a multi-report fixture set.

Runs the real extractor over every article of DIR/articles.jsonl, turns each event into a
``Report``, clusters them with ``strikewatch.reconcile.cluster_reports`` and compares the result
with DIR/gold.jsonl, which gives for each article the attack label of each event it should yield
(``{"id": "r001", "events": ["A01"]}``; ``[]`` for an article that reports no attack).

Gold events are matched to the extractor's events of the same article by what they say, where
the labels are wave labels (``2025-07-04/RU-UA/night``, ``2025-07-04/RU-UA/day-Kharkiv``): the
matching that agrees most on attacker and target, then night, then period, wins, and order only
breaks ties; any other label is matched by position. So an event the extractor folded into another
is missing, and the other is still paired where it belongs.

A pair is two gold events with the same label. Precision is the share of predicted same-incident
pairs that are gold pairs; recall the share of gold pairs predicted together. An event the
extractor misses cannot be paired, so it costs recall; an event gold does not expect is listed
and left out of the pairs.

    python eval/clustering.py [DIR]        # default: tests/data/reports
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from itertools import combinations, permutations
from pathlib import Path

from strikewatch.extract import extract_article
from strikewatch.ingest import read_inputs
from strikewatch.reconcile import ReconcileOptions, Report, cluster_reports, report_nights
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


def _agreement(label: str, report: Report) -> int | None:
    """How much a wave label and an extracted event agree (attacker and target 4, night 2, period 1);
    None when the label is not a wave label. The night agrees when it is the event's date or the night
    the reconciler files the event under first (the morning after "Saturday night")."""
    parts = label.split("/")
    if len(parts) != 3 or "-" not in parts[1]:
        return None
    night, sides, period = parts
    event = report.event
    score = 4 if sides == f"{event.attacker}-{event.target_country}" else 0
    # the night the event is filed under: its date, or the morning after for "Saturday night"
    nights = {event.date or "undated", *(n.isoformat() for n in report_nights(report)[:1])}
    score += 2 if night in nights else 0
    score += 1 if (period == "night") == ((event.period or "night") == "night") else 0
    return score


def align(reports: list[Report], gold: dict[Unit, str]) -> dict[Unit, Unit]:
    """For each extracted event matched to a gold event of its article: {report key: gold unit}."""
    by_article: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_article[r.article_id].append(r)
    matched: dict[Unit, Unit] = {}
    for article_id, found in by_article.items():
        units = sorted(u for u in gold if u[0] == article_id)
        if not units:
            continue
        scores = [[_agreement(gold[u], r) for u in units] for r in found]
        if any(v is None for row in scores for v in row) or len(found) > 7 or len(units) > 7:
            matched.update({r.key: r.key for r in found if r.key in gold})
            continue
        # the best one-to-one matching; among equals, the one closest to the order of telling
        short, long_ = (found, units) if len(found) <= len(units) else (units, found)
        best, best_key = None, None
        for chosen in permutations(range(len(long_)), len(short)):
            pairs = [(i, j) if short is found else (j, i) for i, j in enumerate(chosen)]
            key = (sum(scores[i][j] for i, j in pairs), -sum(abs(i - j) for i, j in pairs))
            if best_key is None or key > best_key:
                best, best_key = pairs, key
        matched.update({found[i].key: units[j] for i, j in best or ()})
    return matched


def evaluate(directory: Path = DEFAULT_DIR, options: ReconcileOptions | None = None) -> Scores:
    """Extract, cluster and score the fixture set in DIRECTORY."""
    reports = load_reports(directory)
    gold = load_gold(directory)
    matched = align(reports, gold)
    clusters = cluster_reports(reports, options)
    # each extracted event under the gold unit it is matched to; the others keep a key gold lacks
    renamed = [[replace(r, event_index=matched[r.key][1]) if r.key in matched
                else replace(r, event_index=1000 + r.event_index) for r in group] for group in clusters]
    return pairwise_scores(renamed, gold)


def _name(unit: Unit) -> str:
    return f"{unit[0]}#{unit[1]}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Pairwise quality of incident clustering on a fixture set.")
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR,
                        help="a folder with articles.jsonl and gold.jsonl (default: tests/data/reports)")
    directory = parser.parse_args(argv).directory
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
