"""The Parquet layout of an archive's article records, as ``extract --engine spark -o DIR`` writes it.

    DIR/articles/month=2025-03/part-*.parquet   one row per article record, partitioned by the month
                                                 of publication ("undated" when it has none)
    DIR/events/month=2025-03/part-*.parquet     one row per event, with its article's id, for SQL
    DIR/rejects/part-*.parquet                  one row per input that could not be extracted

An article row holds the article (``id``, ``title``, ``published``, ``url``, ``outlet``, ``text``)
and its record with the same fields as the JSON record: ``brief``, ``events`` (with their
``evidence``, ``weapons``, ``place_reports`` and ``period``), ``context``, ``extractor``,
``dropped``, ``changed`` and ``language``, nested as in JSON. ``read_output``
reads such a directory back, a batch at a time, as ``Extracted`` items the store takes without
extracting again (``strikewatch ingest DIR``). Needs pyarrow (``pip install 'strikewatch[parquet]'``).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from .records import ArticleInput, ArticleRecord, Extracted, Rejection, record_from_dict

ARTICLE_FIELDS = ("id", "title", "published", "url", "outlet", "text", "language")
ARTICLE_LISTS = ("notes", "changes")  # what reading noted and changed about the article
UNDATED = "undated"  # the month partition of articles with no publication date
READ_BATCH_ROWS = 256  # rows read from the Parquet output at a time: memory stays flat


def month(published: str | None) -> str:
    """The partition an article goes to: YYYY-MM of its publication date, or "undated"."""
    return published[:7] if published else UNDATED


@cache
def row_schema():
    """The Arrow schema of one output row: the article, its record, and the rejection if any."""
    import pyarrow as pa

    text = pa.string()
    counts = pa.struct([("launched", pa.int64()), ("destroyed", pa.int64()), ("hit", pa.int64())])
    evidence = pa.struct([("field", text), ("quote", text), ("start", pa.int64()), ("end", pa.int64()),
                          ("source", text), ("hedged", pa.bool_()), ("scope", text), ("place", text)])
    place_report = pa.struct([("place", text), ("scope", text), ("drones", counts), ("missiles", counts),
                              ("killed", pa.int64()), ("injured", pa.int64()),
                              ("evidence", pa.list_(evidence))])
    weapon = pa.struct([("model", text), ("kind", text), ("launched", pa.int64()), ("destroyed", pa.int64())])
    event = pa.struct([
        ("kind", text), ("date", text), ("attacker", text), ("target_country", text),
        ("places", pa.list_(text)), ("drones", counts), ("missiles", counts), ("killed", pa.int64()),
        ("injured", pa.int64()), ("damage", pa.list_(text)), ("record", pa.bool_()),
        ("alert_hours", pa.float64()), ("evidence", pa.list_(evidence)), ("weapons", pa.list_(weapon)),
        ("place_reports", pa.list_(place_report)), ("period", text),
    ])
    context = pa.struct([("kind", text), ("actors", pa.list_(text)), ("quote", text), ("start", pa.int64()),
                         ("end", pa.int64())])
    brief = pa.struct([("headline", text), ("dek", text), ("summary", text)])
    return pa.schema([
        *[(name, text) for name in ARTICLE_FIELDS], *[(name, pa.list_(text)) for name in ARTICLE_LISTS],
        ("month", text),
        ("brief", brief), ("events", pa.list_(event)), ("context", pa.list_(context)),
        ("extractor", text), ("dropped", pa.list_(text)), ("changed", pa.list_(text)),
        # set on a rejected input only: what it is called, why it was rejected, the start of it
        ("input", text), ("reason", text), ("raw", text),
    ])


def output_row(article: ArticleInput | None, result: ArticleRecord | Rejection) -> dict[str, Any]:
    """One output row: an article with its record, or a rejection (with its article when there is one)."""
    row: dict[str, Any] = {name: getattr(article, name) if article else None for name in ARTICLE_FIELDS}
    row.update({name: list(getattr(article, name)) if article else [] for name in ARTICLE_LISTS})
    row["month"] = month(article.published if article else None)
    if isinstance(result, Rejection):
        row.update(id=row["id"] or result.input, input=result.input, reason=result.reason, raw=result.raw)
        return row
    record = result.to_dict()
    row.update(brief=record["brief"], events=record["events"], context=record["context"],
               extractor=record.get("extractor"), dropped=record.get("dropped", []),
               changed=record.get("changed", []), language=record.get("language") or row["language"])
    return row


def output_batch(rows: list[dict[str, Any]]):
    """ROWS as one Arrow record batch of ``row_schema()``."""
    import pyarrow as pa

    return pa.RecordBatch.from_pylist(rows, schema=row_schema())


def is_output(path: str) -> bool:
    """Whether PATH is a directory written by ``extract --engine spark`` (it has articles/ in Parquet)."""
    articles = os.path.join(path, "articles")
    return os.path.isdir(articles) and any(name.endswith(".parquet")
                                           for _, _, names in os.walk(articles) for name in names)


def read_output(path: str) -> Iterator[Extracted | Rejection]:
    """Every article of the output at PATH with its record, then every rejection, a batch at a time."""
    for row in _rows(os.path.join(path, "articles")):
        article = ArticleInput(**{name: row[name] for name in ARTICLE_FIELDS},
                               **{name: tuple(row[name] or ()) for name in ARTICLE_LISTS})
        yield Extracted(article, record_from_dict(row))
    if os.path.isdir(os.path.join(path, "rejects")):
        for row in _rows(os.path.join(path, "rejects")):
            yield Rejection(row["input"], row["reason"], raw=row["raw"])


def _rows(directory: str) -> Iterable[dict[str, Any]]:
    import pyarrow.dataset as ds

    dataset = ds.dataset(directory, format="parquet", partitioning="hive")
    for batch in dataset.to_batches(batch_size=READ_BATCH_ROWS):
        yield from batch.to_pylist()
