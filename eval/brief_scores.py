"""ROUGE-1 of strikewatch's briefs against gold briefs, beside the baselines, and the checker's pass rate.

    python eval/brief_scores.py                      # the SPEC's dev set (eval/spec/dev)
    python eval/brief_scores.py --articles eval/articles.jsonl --gold eval/gold.jsonl

Rows: ours with the articles' titles, ours with every title removed, lead-3 (first three
sentences), the outlet's title as headline, the first sentence cut to 90 characters. ROUGE-1 is
strikewatch.evaluate's (the scorer's tokens and F1). The checker row counts briefs that
strikewatch.faithful.check_brief passes.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from strikewatch.brief import BriefOptions, cut
from strikewatch.evaluate import read_jsonl, rouge_n, tokens
from strikewatch.extract import extract_article
from strikewatch.faithful import check_brief
from strikewatch.records import ArticleInput
from strikewatch.spans import sentences

DEV = Path(__file__).resolve().parent / "spec" / "dev"  # the SPEC's development set, kept in the repository


def rouge1(reference: str, hypothesis: str) -> float:
    return rouge_n(tokens(reference), tokens(hypothesis), 1)


def article_of(row: dict) -> ArticleInput:
    return ArticleInput(
        id=str(row["id"]),
        text=row["text"],
        title=row.get("title"),
        published=row.get("published"),
        url=row.get("url"),
        outlet=row.get("outlet"),
    )


def score_rows(
    articles: list[ArticleInput], gold: dict[str, dict]
) -> tuple[dict[str, tuple[float, float]], dict]:
    """{row name: (headline ROUGE-1, summary ROUGE-1)} averaged over articles with a gold brief."""
    sums: dict[str, list[float]] = {}
    checked = {"briefs": 0, "passed": 0, "problems": []}

    def add(name: str, headline: float | None, summary: float | None) -> None:
        h, s, n = sums.setdefault(name, [0.0, 0.0, 0])
        sums[name] = [h + (headline or 0.0), s + (summary or 0.0), n + 1]

    for article in articles:
        g = gold.get(article.id, {}).get("brief") or {}
        if not g.get("headline") or not g.get("summary"):
            continue
        first = sentences(article.text)
        lead3 = " ".join(s.text for s in first[:3])
        for name, item in (
            ("ours, with titles", article),
            ("ours, titles removed", replace(article, title=None)),
        ):
            record = extract_article(item)
            add(
                name, rouge1(g["headline"], record.brief.headline), rouge1(g["summary"], record.brief.summary)
            )
            problems = check_brief(item, record)
            checked["briefs"] += 1
            checked["passed"] += not problems
            checked["problems"] += [f"{article.id}: {p}" for p in problems]
        add("lead-3 summary", None, rouge1(g["summary"], lead3))
        add("title as headline", rouge1(g["headline"], article.title or ""), None)
        add(
            "first sentence cut to 90",
            rouge1(g["headline"], cut(first[0].text if first else "", BriefOptions().headline_max)),
            None,
        )
    return {k: (h / n, s / n) for k, (h, s, n) in sums.items()}, checked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEV / "articles.jsonl")
    parser.add_argument("--gold", type=Path, default=DEV / "gold.jsonl")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    inputs, _ = read_jsonl(args.articles)
    gold, _ = read_jsonl(args.gold)
    figures, checked = score_rows([article_of(row) for row in inputs.values()], gold)
    if args.json:
        print(
            json.dumps(
                {
                    "rouge1": {k: {"headline": h, "summary": s} for k, (h, s) in figures.items()},
                    "checker": checked,
                },
                indent=2,
            )
        )
        return 0
    print(f"{args.articles} ({len(gold)} gold briefs)")
    print(f"{'':<28}{'headline R1':>12}{'summary R1':>12}")
    for name, (h, s) in figures.items():
        hs = f"{h:.3f}" if "summary" not in name else "-"
        ss = f"{s:.3f}" if "headline" not in name and "cut" not in name else "-"
        print(f"{name:<28}{hs:>12}{ss:>12}")
    print(f"faithfulness checker: {checked['passed']}/{checked['briefs']} briefs pass")
    for line in checked["problems"]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
