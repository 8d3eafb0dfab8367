"""The annotated corpus in corpus/ is well formed, split by its rule, and its dev and test splits gated."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import jsonschema
import pytest

from strikewatch.evaluate import load_schema, score

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SPLITS = ("train", "dev", "test")


def load(split: str, name: str) -> list[dict]:
    lines = (CORPUS / split / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def split_module():
    spec = importlib.util.spec_from_file_location("corpus_split", CORPUS / "split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("split", SPLITS)
def test_split_is_well_formed_and_scores_perfectly_against_itself(split: str) -> None:
    articles, gold = load(split, "articles.jsonl"), load(split, "gold.jsonl")
    assert [a["id"] for a in articles] == [g["id"] for g in gold]
    assert all(isinstance(a["text"], str) and a["text"].strip() for a in articles)
    validator = jsonschema.Draft202012Validator(load_schema())
    for record in gold:
        validator.validate(record)
    report = score({a["id"]: a for a in articles}, {g["id"]: g for g in gold}, {g["id"]: g for g in gold})
    assert report.overall["f1"] == report.events["f1"] == 1.0 and report.schema_errors == 0


def test_every_article_is_in_the_split_its_id_hashes_to_and_in_one_split_only() -> None:
    split_of = split_module().split_of
    seen: dict[str, str] = {}
    for split in SPLITS:
        for article in load(split, "articles.jsonl"):
            assert split_of(article["id"]) == split, article["id"]
            assert article["id"] not in seen, f"{article['id']} is in {seen[article['id']]} and {split}"
            seen[article["id"]] = split
    assert len(seen) >= 400


@pytest.mark.parametrize("split", ["dev", "test"])
def test_dev_and_test_splits_have_floors_for_every_headline_figure(split: str) -> None:
    floors = json.loads((CORPUS / split / "baseline.json").read_text(encoding="utf-8"))["floors"]
    assert set(floors) == {"overall_f1", "numbers_f1", "events_f1", "evidence_valid", "context_f1"}
    assert all(0.0 < v <= 1.0 for v in floors.values())


def write_batch(folder: Path, ids: list[str]) -> Path:
    folder.mkdir(parents=True)
    articles = [{"id": i, "title": None, "published": None, "url": None, "outlet": None,
                 "text": f"Report {i}: no attack."} for i in ids]
    gold = [{"id": i, "events": [], "context": []} for i in ids]
    for name, rows in (("articles.jsonl", articles), ("gold.jsonl", gold)):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_a_batch_added_to_the_splits_keeps_the_articles_already_placed(tmp_path: Path) -> None:
    split = split_module()
    first = write_batch(tmp_path / "a", [f"a-{n:03d}" for n in range(20)])
    second = write_batch(tmp_path / "b", [f"b-{n:03d}" for n in range(20)])
    out = tmp_path / "corpus"
    assert split.main([str(first), "--out", str(out)]) == 0
    assert split.main([str(second), "--out", str(out), "--add"]) == 0
    placed = {name: [json.loads(line)["id"] for line in lines(out / name / "articles.jsonl")]
              for name in SPLITS}
    assert sorted(i for ids in placed.values() for i in ids) == sorted([f"a-{n:03d}" for n in range(20)]
                                                                     + [f"b-{n:03d}" for n in range(20)])
    assert all(split.split_of(i) == name for name, ids in placed.items() for i in ids)
    with pytest.raises(SystemExit, match="b-000 is already in a split"):
        split.main([str(second), "--out", str(out), "--add"])
