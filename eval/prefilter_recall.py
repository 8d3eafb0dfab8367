"""Recall of the pre-filter on every annotated corpus: it must drop no article with a gold event.

    python eval/prefilter_recall.py [CORPUS_DIR...]

A corpus is a directory holding ``articles.jsonl`` and ``gold.jsonl`` (one gold record a line,
with ``events``). With no argument, every such directory of the repository (eval/, its hold-outs,
corpus/ and the fixture reports under tests/data) and the shared development set beside the
repository (``../shared/eval/dev``) are measured. For each corpus it prints the articles, those
with at least one gold event, how many of those the pre-filter passes, and how many of the
articles without an event it passes; it names every article with an event that it drops and
exits 1 if there is one.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev"


def import_strikewatch() -> None:
    """Make ``strikewatch`` importable from the source tree when it is not installed."""
    try:
        import strikewatch.prefilter  # noqa: F401 - only checks that it imports
    except ImportError:
        sys.path.insert(0, str(ROOT / "src"))


def corpora() -> list[Path]:
    """Every directory of the repository with an articles.jsonl and a gold.jsonl, and the shared set."""
    found = sorted(p.parent for p in ROOT.rglob("gold.jsonl")
                   if (p.parent / "articles.jsonl").exists() and ".venv" not in p.parts)
    return found + ([SHARED_DEV] if (SHARED_DEV / "gold.jsonl").exists() else [])


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def measure(corpus: Path) -> dict:
    """Counts for one corpus, and the ids of the articles with a gold event that do not pass."""
    from strikewatch.prefilter import passes

    texts = {a["id"]: a["text"] for a in read_jsonl(corpus / "articles.jsonl")}
    with_events = {g["id"] for g in read_jsonl(corpus / "gold.jsonl") if g.get("events")}
    passed = {i for i, text in texts.items() if passes(text)}
    return {"articles": len(texts), "with_events": len(with_events & texts.keys()),
            "passed_with_events": len(with_events & passed),
            "without_events": len(texts.keys() - with_events),
            "passed_without_events": len(passed - with_events),
            "dropped": sorted((with_events & texts.keys()) - passed)}


def name(corpus: Path) -> str:
    return str(corpus.relative_to(ROOT)) if corpus.is_relative_to(ROOT) else "../shared/eval/dev"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="How many articles with a gold event the pre-filter passes.")
    parser.add_argument("corpora", nargs="*", type=Path,
                        help="folders with articles.jsonl and gold.jsonl (default: every annotated corpus)")
    args = parser.parse_args(argv)
    import_strikewatch()
    chosen = [p.resolve() for p in args.corpora] or corpora()
    print(f"{'corpus':<24} {'articles':>8} {'with events':>11} {'passed':>7} {'recall':>7} "
          f"{'no event':>8} {'passed':>7}")
    totals = {"with_events": 0, "passed_with_events": 0, "dropped": []}
    for corpus in chosen:
        m = measure(corpus)
        recall = m["passed_with_events"] / m["with_events"] if m["with_events"] else 1.0
        print(f"{name(corpus):<24} {m['articles']:>8} {m['with_events']:>11} {m['passed_with_events']:>7} "
              f"{recall:>7.3f} {m['without_events']:>8} {m['passed_without_events']:>7}")
        totals["with_events"] += m["with_events"]
        totals["passed_with_events"] += m["passed_with_events"]
        totals["dropped"] += [f"{name(corpus)}: {i}" for i in m["dropped"]]
    print(f"all: {totals['passed_with_events']} of {totals['with_events']} articles with a gold event pass")
    for dropped in totals["dropped"]:
        print(f"dropped an article with a gold event: {dropped}")
    return 1 if totals["dropped"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
