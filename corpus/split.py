"""Assemble the annotated corpus into its train, dev and test splits.

    python corpus/split.py BATCH_DIR... [--out corpus] [--add]

Each BATCH_DIR holds one writer's ``articles.jsonl`` and its checked ``gold.jsonl``. Every
article goes to a split by the SHA-256 of its id, so the split never depends on the order
the batches come in, and adding a batch never moves an article already placed:
60% train, 20% dev, 20% test. Each split gets ``articles.jsonl`` and ``gold.jsonl`` in id
order. An article without gold, or with gold that is not valid JSON, stops the run with
its id named. With ``--add`` the splits already in OUT are kept and the batches' articles are
added to them (an id already placed stops the run, named); without it the splits are written
from the batches alone.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

SPLITS = (("train", 60), ("dev", 20), ("test", 20))  # percent of the articles


def split_of(article_id: str) -> str:
    """The split an id belongs to, from its hash."""
    bucket = int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % 100
    for name, share in SPLITS:
        if bucket < share:
            return name
        bucket -= share
    raise AssertionError("the shares add up to 100")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--add", action="store_true", help="add the batches to the splits already in OUT")
    args = parser.parse_args(argv)
    rows: dict[str, list[tuple[dict, dict]]] = {name: [] for name, _ in SPLITS}
    if args.add:
        for name in rows:
            if (args.out / name / "articles.jsonl").exists():
                rows[name] = list(zip(read_jsonl(args.out / name / "articles.jsonl"),
                                      read_jsonl(args.out / name / "gold.jsonl"), strict=True))
    placed = {article["id"] for pairs in rows.values() for article, _ in pairs}
    for batch in args.batches:
        gold = {g["id"]: g for g in read_jsonl(batch / "gold.jsonl")}
        for article in read_jsonl(batch / "articles.jsonl"):
            if article["id"] not in gold:
                sys.exit(f"{batch}: article {article['id']} has no gold")
            if article["id"] in placed:
                sys.exit(f"{batch}: article {article['id']} is already in a split")
            placed.add(article["id"])
            rows[split_of(article["id"])].append((article, gold[article["id"]]))
    for name, pairs in rows.items():
        folder = args.out / name
        folder.mkdir(parents=True, exist_ok=True)
        pairs.sort(key=lambda p: p[0]["id"])
        for index, filename in ((0, "articles.jsonl"), (1, "gold.jsonl")):
            lines = [json.dumps(p[index], ensure_ascii=False) for p in pairs]
            (folder / filename).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(pairs)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
