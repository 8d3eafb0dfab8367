"""The Parquet output of an archive: records round-trip, and `ingest DIR` stores them as they are."""
from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.dataset as ds

from conftest import ROOT
from strikewatch import archive
from strikewatch.cli import cli
from strikewatch.extract import extract_each
from strikewatch.ingest import read_inputs
from strikewatch.records import ArticleInput, Extracted, Rejection, record_from_dict


def eval_items() -> list:
    return list(read_inputs([str(ROOT / "eval" / "articles.jsonl")]))[:12]


def write_output(directory, items) -> None:
    """What `extract --engine spark` writes, written here with pyarrow alone."""
    rows = [archive.output_row(item if isinstance(item, ArticleInput) else None, result)
            for item, result in zip(items, extract_each(items), strict=True)]
    table = pa.Table.from_batches([archive.output_batch(rows)])
    records = table.filter(pa.compute.is_null(table["reason"])).drop_columns(["input", "reason", "raw"])
    ds.write_dataset(records, directory / "articles", format="parquet", partitioning=["month"],
                     partitioning_flavor="hive")
    rejects = table.filter(pa.compute.is_valid(table["reason"]))
    rejects = rejects.select(["input", "reason", "raw", "id", "month"])
    ds.write_dataset(rejects, directory / "rejects", format="parquet")


def test_a_record_survives_json_and_back():
    for record in extract_each(eval_items()):
        data = json.loads(json.dumps(record.to_dict()))
        assert record_from_dict(data) == record


def test_month_partitions():
    assert archive.month("2025-03-09T07:10:00+02:00") == "2025-03"
    assert archive.month(None) == archive.UNDATED


def test_output_reads_back_as_the_same_records(tmp_path):
    items = [*eval_items(), Rejection("feed.xml#4", "empty text", raw="")]
    write_output(tmp_path, items)
    assert archive.is_output(str(tmp_path))
    back = list(archive.read_output(str(tmp_path)))
    expected = {r.id: r for r in extract_each(items) if not isinstance(r, Rejection)}
    got = {x.article.id: x.result for x in back if isinstance(x, Extracted)}
    assert got == expected
    articles = {i for i in items if isinstance(i, ArticleInput)}
    assert {x.article for x in back if isinstance(x, Extracted)} == articles
    assert [x for x in back if isinstance(x, Rejection)] == [Rejection("feed.xml#4", "empty text", raw="")]
    months = sorted(p.name for p in (tmp_path / "articles").iterdir())
    assert months == sorted({archive.month(i.published) and f"month={archive.month(i.published)}"
                             for i in items if isinstance(i, ArticleInput)})


def test_ingest_dir_stores_records_without_extracting_again(runner, tmp_path, monkeypatch):
    items = eval_items()
    write_output(tmp_path / "out", items)
    def never(article):
        raise AssertionError(f"{article.id} was extracted again")
    monkeypatch.setattr("strikewatch.pipeline.extract_article", never)
    db = str(tmp_path / "b.db")
    result = runner.invoke(cli, ["ingest", str(tmp_path / "out"), "--db", db, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "12 added, 0 updated, 0 unchanged, 0 duplicates, 0 rejected" in result.stderr
    show = runner.invoke(cli, ["incidents", "--db", str(tmp_path / "b.db"), "--format", "jsonl"])
    assert show.exit_code == 0 and show.stdout.strip()


def test_a_directory_without_parquet_is_not_an_output(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.jsonl").write_text("{}\n")
    assert not archive.is_output(str(tmp_path))
