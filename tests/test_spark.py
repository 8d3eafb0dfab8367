"""`extract --engine spark` in local mode gives the records single-process `extract` gives, from
JSONL, a JSON list and Parquet alike.

Spark needs Java 17; where there is no `java`, every test here is skipped with that reason
(.ci/run installs Java when it is missing).
"""
from __future__ import annotations

import json
import shutil

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from conftest import ROOT, make_jsonl
from strikewatch import archive
from strikewatch.cli import cli
from strikewatch.extract import extract_each
from strikewatch.ingest import read_inputs
from strikewatch.records import ArticleInput, Extracted, Rejection

if shutil.which("java") is None:
    pytest.skip("Spark tests skipped: no Java on PATH (Spark 4 needs Java 17; .ci/run installs it)",
                allow_module_level=True)
pytest.importorskip("pyspark", reason="Spark tests skipped: pyspark is not installed "
                                      "(pip install 'strikewatch[spark]')")


def small_input() -> str:
    """24 articles of the project corpus, an undated one, a bad JSON line and an article with no text."""
    lines = (ROOT / "eval" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:24]
    undated = json.loads(lines[0]) | {"id": "undated-copy", "published": None}
    return make_jsonl(*lines[:10], '{"id": "broken", "text": "Kyiv', *lines[10:], undated,
                      {"id": "no-text", "title": "Headline only"})


def more_articles() -> list[dict]:
    """Five more articles of the project corpus: two for a JSON list file, three for a Parquet file."""
    lines = (ROOT / "eval" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[24:29]
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def spark_run(tmp_path_factory):
    directory = tmp_path_factory.mktemp("spark")
    source = directory / "articles.jsonl"
    source.write_text(small_input(), encoding="utf-8")
    more = more_articles()
    (directory / "list.json").write_text(json.dumps(more[:2], indent=1), encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(more[2:]), directory / "more.parquet")
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["extract", "--engine", "spark", "--master", "local[2]", str(source),
                                      str(directory / "list.json"), str(directory / "more.parquet"),
                                      "-o", str(directory / "out")])
    yield source, directory / "out", result
    from pyspark.sql import SparkSession

    if (active := SparkSession.getActiveSession()) is not None:
        active.stop()


def test_spark_records_equal_single_process_records(spark_run):
    source, out, result = spark_run
    assert result.exit_code == 1, result.output  # two inputs rejected
    assert result.stderr.splitlines()[-1].startswith("30 articles extracted, 2 rejected")
    inputs = [str(source), str(source.parent / "list.json")]
    parquet = [ArticleInput(**row) for row in more_articles()[2:]]
    expected = {r.id: r.to_dict() for r in extract_each([*read_inputs(inputs), *parquet])
                if not isinstance(r, Rejection)}
    got = {x.article.id: x.result.to_dict() for x in archive.read_output(str(out))
           if isinstance(x, Extracted)}
    assert got.keys() == expected.keys()
    for article_id, record in expected.items():  # ids, events with their evidence, briefs, context
        assert got[article_id] == record, article_id


def test_spark_output_is_partitioned_by_month_with_a_flat_events_table(spark_run):
    _, out, _ = spark_run
    months = {p.name for p in (out / "articles").iterdir() if p.is_dir()}
    assert {"month=undated", "month=2025-03", "month=2024-12"} <= months
    records = ds.dataset(out / "articles", partitioning="hive").to_table().to_pylist()
    events = ds.dataset(out / "events", partitioning="hive").to_table().to_pylist()
    assert len(events) == sum(len(r["events"]) for r in records)
    first = next(r for r in records if r["events"])
    row = next(e for e in events if e["article_id"] == first["id"] and e["event_index"] == 0)
    assert row["drones_launched"] == first["events"][0]["drones"]["launched"]
    assert row["evidence"] == first["events"][0]["evidence"]


def test_spark_rejects_name_the_input_and_the_problem(spark_run):
    _, out, _ = spark_run
    rejects = ds.dataset(out / "rejects").to_table().to_pylist()
    reasons = sorted(r["reason"] for r in rejects)
    assert reasons == ["missing required field \"text\"", "not valid JSON"]
    assert any(r["input"] == "no-text" for r in rejects)


def test_ingest_reads_the_spark_output(spark_run, runner, tmp_path):
    _, out, _ = spark_run
    result = runner.invoke(cli, ["ingest", str(out), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1  # the two rejected inputs are kept in the rejects table
    # the undated copy has the text of the first article: stored once, as a duplicate
    assert "29 added, 0 updated, 0 unchanged, 1 duplicates, 2 rejected" in result.stderr
