"""Quality gate: extract the project's annotated corpus, score it, and fail on any regression.

    python eval/gate.py [--input eval/articles.jsonl --gold eval/gold.jsonl]
                        [--floors eval/baseline.json] [--show-errors] [--update]

The extractor runs in-process on every article of ``--input``; its records are
scored against ``--gold`` with ``strikewatch.evaluate``. The gate exits 1 when
any headline figure (overall F1, numbers F1, events F1, evidence validity,
context F1) is below its floor in ``--floors``, or when any record is missing,
unreadable or breaks the schema.

Floors are only ever raised, and only deliberately: after an improvement,
``--update`` sets each floor to the current figure minus ``MARGIN`` (never
lower than it was), and the new baseline is committed with the change that
earned it. A floor is lowered only by editing the baseline by hand, with the
reason in the commit message.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARGIN = 0.02
FLOOR_KEYS = ("overall_f1", "numbers_f1", "events_f1", "evidence_valid", "context_f1")
ZERO_KEYS = ("schema_errors", "missing_records")
BASELINE_NOTE = ("Floors are only ever raised, deliberately, with `python eval/gate.py --update` "
                 "(current figure minus 0.02). schema_errors and missing_records must always be 0.")


def import_strikewatch() -> None:
    """Make ``strikewatch`` importable from the source tree when it is not installed."""
    try:
        import strikewatch.evaluate  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(HERE.parent / "src"))


def extract_all(inputs: dict[str, dict]) -> dict[str, dict]:
    """Article records from the extractor, keyed by id; an article the extractor fails on has none."""
    from strikewatch.extract import extract_article
    from strikewatch.records import ArticleInput

    records = {}
    for article_id, article in inputs.items():
        try:
            record = extract_article(ArticleInput(
                id=article_id, text=article["text"], title=article.get("title"),
                published=article.get("published"), url=article.get("url"), outlet=article.get("outlet")))
        except Exception as exc:  # noqa: BLE001 - one failing article must not stop the gate
            print(f"{article_id}: extractor failed: {exc!r}", file=sys.stderr)
            continue
        records[article_id] = record.to_dict()
    return records


def read_floors(path: Path) -> dict[str, float]:
    floors = json.loads(path.read_text(encoding="utf-8"))["floors"]
    return {key: float(floors.get(key, 0.0)) for key in FLOOR_KEYS}


def check(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """One line per gate condition that fails; an empty list means the gate passes."""
    failures = [f"{key} {figures[key]:.3f} is below its floor {floors[key]:.3f}"
                for key in FLOOR_KEYS if figures[key] < floors[key]]
    failures += [f"{key} is {figures[key]}, must be 0" for key in ZERO_KEYS if figures[key]]
    return failures


def raised_floors(figures: dict[str, float], floors: dict[str, float]) -> dict[str, float]:
    """Each floor raised to the current figure minus ``MARGIN`` (rounded down to 0.001), never lowered."""
    def less_margin(value: float) -> float:
        return max(math.floor(round((value - MARGIN) * 1000, 6)) / 1000, 0.0)

    return {key: max(floors[key], less_margin(figures[key])) for key in FLOOR_KEYS}


def write_floors(path: Path, floors: dict[str, float]) -> None:
    baseline = {"note": BASELINE_NOTE, "floors": floors}
    path.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=HERE / "articles.jsonl", help="articles (JSONL)")
    parser.add_argument("--gold", type=Path, default=HERE / "gold.jsonl", help="gold article records (JSONL)")
    parser.add_argument("--floors", type=Path, default=HERE / "baseline.json", help="the floors to hold")
    parser.add_argument("--show-errors", action="store_true", help="list every slot that differs from gold")
    parser.add_argument("--update", action="store_true",
                        help=f"raise the floors to the current figures minus {MARGIN}")
    args = parser.parse_args(argv)

    import_strikewatch()
    from strikewatch.evaluate import read_jsonl, score

    inputs, _ = read_jsonl(args.input)
    gold, unreadable_gold = read_jsonl(args.gold)
    if unreadable_gold:
        print(f"{args.gold}: {unreadable_gold} unreadable lines", file=sys.stderr)
        return 1
    report = score(inputs, gold, extract_all(inputs))
    print(report.format(show_errors=args.show_errors))

    figures = report.headline()
    floors = read_floors(args.floors)
    if args.update:
        floors = raised_floors(figures, floors)
        write_floors(args.floors, floors)
        print(f"floors written to {args.floors}")
    failures = check(figures, floors)
    print("\n".join(f"GATE FAIL: {line}" for line in failures) if failures else "GATE PASS")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
