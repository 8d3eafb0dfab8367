"""Whole news archives on Spark: strikewatch as a library inside a Spark job.

    from strikewatch import spark as sw
    out = sw.extract(articles_df)                       # id, text; title, published, url, outlet
    records = out.where("reason IS NULL")               # one article record per row
    sw.events(records).createOrReplaceTempView("events")  # one row per event, for SQL

``extract`` maps a DataFrame of articles to a DataFrame of article records with ``mapInArrow``:
each Python worker process loads the extractor's models once, on its first article, and keeps
them for every later batch and task (Spark reuses its Python workers). The records have the
fields of the JSON record, nested as in JSON (``strikewatch.archive`` gives the layout). An
article that cannot be read or extracted becomes a row with ``reason`` set, never a lost row.

With ``prefilter=True`` the pre-filter (``strikewatch.prefilter``) runs first as one ``rlike``
expression in the JVM, so that the articles it drops never reach Python.

``run`` is ``strikewatch extract --engine spark``: read JSONL, JSON or Parquet, extract, and write
the Parquet output partitioned by publication month (``archive``'s layout). Needs pyspark 4
and Java 17: ``pip install 'strikewatch[spark]'``.
"""
from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from . import archive, prefilter
from .extract import extract_each
from .ingest import MAX_RAW_CHARS, article_from_object, parse_published
from .records import ArticleInput, Rejection

OPTIONAL_COLUMNS = ("title", "published", "url", "outlet")
CORRUPT = "_corrupt_record"  # Spark's column for a JSON line it cannot parse
SOURCE = "_source"  # the file a row was read from, to name a rejected row that has no id
ROWS_PER_BATCH = 64  # articles extracted per Arrow batch: ~2 s of work, so memory stays small
PARQUET_SUFFIXES = (".parquet", ".pq")
PARTITIONS_PER_CORE = 2  # input spread over at least this many partitions per core, so none sits idle


@dataclass(frozen=True)
class RunSummary:
    """What ``run`` did: records written, inputs rejected, articles the pre-filter dropped."""

    extracted: int
    rejected: int
    skipped: int


def session(master: str | None = None, app_name: str = "strikewatch"):
    """The active SparkSession, or a new one on MASTER (``local[*]`` when none is given)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if not master and not os.environ.get("SPARK_HOME") and SparkSession.getActiveSession() is None:
        master = "local[*]"
    if master:
        builder = builder.master(master)
    if (master or "").startswith("local") and not os.environ.get("PYSPARK_PYTHON"):
        # the Python workers of a local run are this interpreter, which has strikewatch installed
        os.environ["PYSPARK_PYTHON"] = sys.executable
    return builder.getOrCreate()


def extract(df, *, prefilter_texts: bool = False, published: str | None = None,
            time_budget: float | None = None):
    """DF's articles mapped to their records (and rejections, with ``reason`` set), one row each.

    DF needs the string columns ``id`` and ``text``; ``title``, ``published``, ``url`` and
    ``outlet`` are used when present. PUBLISHED dates the articles that carry no date. Each article
    is extracted within TIME_BUDGET seconds (None: [limits] time_budget_seconds; 0: no limit), in a
    budget process of its Python worker; one that overruns is a rejection saying so.
    """
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    if published is not None:
        parse_published(published, "published")
    columns = [F.col(c).cast("string") if c in df.columns else F.lit(None).cast("string").alias(c)
               for c in ("id", "text", *OPTIONAL_COLUMNS)]
    extra = [F.col(c) for c in (CORRUPT, SOURCE) if c in df.columns]
    df = df.select(*columns, *extra)
    if prefilter_texts:
        df = df.where(passes_column(F.col("text")))
    schema = from_arrow_schema(archive.row_schema())
    with warnings.catch_warnings():
        # PySpark checks the pandas version here and warns that pandas 3 is not fully supported;
        # mapInArrow hands Arrow batches straight to strikewatch, and pandas is never used.
        warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas",
                                category=FutureWarning)
        return df.mapInArrow(partial(_extract_batches, published=published, time_budget=time_budget), schema)


def passes_column(text):
    """The pre-filter as one Spark Column expression over TEXT (Java regex, Unicode case-insensitive)."""
    has = {group: text.rlike(f"(?iu){pattern}") for group, pattern in prefilter.patterns().items()}
    return has["alone"] | (has["attack"] & has["harm"])


def events(records):
    """The flat events table of RECORDS: one row per event with its article's id, title, outlet and
    month; the counts as columns (``drones_launched`` ...), the evidence kept nested."""
    from pyspark.sql import functions as F

    flat = records.select("id", "title", "outlet", "published", "month",
                          F.posexplode("events").alias("event_index", "event"))
    counts = [F.col(f"event.{weapon}.{field}").alias(f"{weapon}_{field}")
              for weapon in ("drones", "missiles") for field in ("launched", "destroyed", "hit")]
    fields = [F.col(f"event.{name}").alias(name) for name in (
        "kind", "date", "attacker", "target_country", "places", "killed", "injured", "damage", "record",
        "alert_hours", "evidence")]
    return flat.select(F.col("id").alias("article_id"), "event_index", "title", "outlet", "published",
                       "month",
                       *fields[:5], *counts, *fields[5:])


def read(spark, paths: Iterable[str]):
    """The articles of PATHS: JSONL (one article a line), JSON (one article or a list) or Parquet.

    A JSON line Spark cannot parse keeps its text in ``_corrupt_record``; each row keeps the file
    it came from in ``_source``.
    """
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    schema = StructType([StructField(c, StringType()) for c in ("id", "text", *OPTIONAL_COLUMNS, CORRUPT)])
    frames = []
    for kind, group in _by_kind(list(paths)).items():
        if kind == "parquet":
            frame = spark.read.parquet(*group)
        else:
            frame = (spark.read.schema(schema).option("mode", "PERMISSIVE")
                     .option("columnNameOfCorruptRecord", CORRUPT)
                     .option("multiLine", kind == "json").json(group))
        frames.append(frame.withColumn(SOURCE, F.input_file_name()))
    combined = frames[0]
    for frame in frames[1:]:
        combined = combined.unionByName(frame, allowMissingColumns=True)
    return combined


def write(out, path: str) -> RunSummary:
    """Write the output of ``extract`` to PATH in ``archive``'s layout; count what was written.

    The extracted rows are persisted once and written three ways (articles, events, rejects), so
    no article is extracted twice.
    """
    from pyspark.sql import functions as F

    out = out.persist()
    try:
        records = out.where(F.col("reason").isNull()).drop("input", "reason", "raw")
        records.write.mode("overwrite").partitionBy("month").parquet(os.path.join(path, "articles"))
        events(records).write.mode("overwrite").partitionBy("month").parquet(os.path.join(path, "events"))
        rejects = out.where(F.col("reason").isNotNull()).select("input", "reason", "raw", "id", "month")
        rejects.write.mode("overwrite").parquet(os.path.join(path, "rejects"))
        counts = out.groupBy(F.col("reason").isNull().alias("ok")).count().collect()
    finally:
        out.unpersist()
    by = {row["ok"]: row["count"] for row in counts}
    return RunSummary(extracted=by.get(True, 0), rejected=by.get(False, 0), skipped=0)


def run(paths: list[str], output: str, *, master: str | None = None, prefilter_texts: bool = False,
        published: str | None = None, time_budget: float | None = None) -> RunSummary:
    """``strikewatch extract --engine spark``: read PATHS, extract, write OUTPUT; see the module."""
    spark = session(master)
    articles = read(spark, paths)
    cores = spark.sparkContext.defaultParallelism
    if articles.rdd.getNumPartitions() < cores * PARTITIONS_PER_CORE:
        # a JSONL file under 128 MB is one partition; extraction is all CPU, so spread it out
        articles = articles.repartition(cores * PARTITIONS_PER_CORE)
    total = articles.count() if prefilter_texts else None
    extracted = extract(articles, prefilter_texts=prefilter_texts, published=published,
                        time_budget=time_budget)
    summary = write(extracted, output)
    if total is not None:
        left_out = total - summary.extracted - summary.rejected
        summary = RunSummary(summary.extracted, summary.rejected, left_out)
    return summary


def _by_kind(paths: list[str]) -> dict[str, list[str]]:
    """PATHS grouped by how Spark reads them: "parquet", "jsonl" (one object a line) or "json"."""
    kinds: dict[str, list[str]] = {}
    for path in paths:
        if path.lower().endswith(PARQUET_SUFFIXES) or _holds_parquet(path):
            kind = "parquet"
        elif path.lower().endswith(".json") and not _starts_jsonl(path):
            kind = "json"
        else:
            kind = "jsonl"
        kinds.setdefault(kind, []).append(path)
    return kinds


def _holds_parquet(path: str) -> bool:
    return os.path.isdir(path) and any(n.endswith(PARQUET_SUFFIXES) for _, _, ns in os.walk(path) for n in ns)


def _starts_jsonl(path: str) -> bool:
    """Whether a local .json file holds one object a line (its first line is a whole object)."""
    try:
        with open(path, encoding="utf-8") as file:
            first = file.readline().strip()
    except OSError:  # not a local file (s3a://...): read it as one JSON document
        return False
    return first.startswith("{") and first.endswith("}")


# In the executors ------------------------------------------------------------------------------

def _extract_batches(batches: Iterator[Any], published: str | None,
                     time_budget: float | None = None) -> Iterator[Any]:
    """mapInArrow: each Arrow batch of articles to batches of output rows (runs in a Python worker).

    The extractor's models load on the first article this worker process sees and stay loaded
    (``strikewatch.nlp`` caches them), so a worker that runs many tasks loads them once.
    """
    for batch in batches:
        rows = batch.to_pylist()
        for start in range(0, len(rows), ROWS_PER_BATCH):
            chunk = rows[start:start + ROWS_PER_BATCH]
            items = [_item(row, published) for row in chunk]
            results = extract_each(items, time_budget)
            yield archive.output_batch([archive.output_row(item if isinstance(item, ArticleInput) else None,
                                                           result) for item, result in zip(items, results,
                                                                                          strict=True)])


def _item(row: dict[str, Any], published: str | None) -> ArticleInput | Rejection:
    """One row as an article, checked as a JSONL line is; a Rejection naming it otherwise."""
    where = row.get("id") or row.get(SOURCE) or "row"
    if row.get(CORRUPT):
        return Rejection(row.get(SOURCE) or where, "not valid JSON", raw=row[CORRUPT][:MAX_RAW_CHARS])
    data = {k: row.get(k) for k in ("id", "text", *OPTIONAL_COLUMNS)}
    data = {k: v for k, v in data.items() if v is not None or k in OPTIONAL_COLUMNS}
    return article_from_object(where, data, published=published)
