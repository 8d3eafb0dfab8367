"""Write the record out: a row per incident and the claims behind them, as CSV, JSONL, Parquet, GeoJSON.

``export(store, format, directory)`` writes ``incidents.EXT`` and ``claims.EXT`` into DIRECTORY
and returns the number of rows written to each. Rows stream from the store to the file a batch at a
time (Parquet: a row group per ``PARQUET_BATCH`` rows), so memory does not grow with the record.
docs/record.md documents every column. The same
rows go to every format; only the way lists and missing values are written differs:

- CSV: a list (places, damage, conflicts, a claim's list value) is one cell, its items joined by
  ``LIST_SEPARATOR`` ("Kyiv; Kyiv Oblast"), so that a spreadsheet shows plain text; a missing
  value is an empty cell; booleans are ``true``/``false``.
- JSON lines: one JSON object a line, lists as JSON arrays, missing values as null.
- Parquet (``pip install 'strikewatch[parquet]'``): typed columns (int64, float64, bool, string,
  list<string>); claim values as JSON text, plus ``value_number`` for numeric ones.
- GeoJSON: a FeatureCollection whose features are the rows, located at the first of the
  incident's places that ``gazetteer.locate`` can place (null geometry when none).
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import ExportError
from .gazetteer import locate

EXPORT_FORMATS = ("csv", "jsonl", "parquet", "geojson")
# Column name -> type, in output order. Types name the Parquet type; docs/record.md explains each.
INCIDENT_COLUMNS = {
    "id": "string", "date": "string", "attacker": "string", "target_country": "string", "places": "list",
    "drones_launched": "int", "drones_destroyed": "int", "drones_hit": "int", "missiles_launched": "int",
    "missiles_destroyed": "int", "missiles_hit": "int", "killed": "int", "injured": "int", "damage": "list",
    "record": "bool", "alert_hours": "float", "n_reports": "int", "n_conflicts": "int", "conflicts": "list",
    "official_drones_launched": "int", "official_drones_destroyed": "int",
    "official_missiles_launched": "int", "official_missiles_destroyed": "int",
    "derived_drones_launched": "int", "derived_drones_destroyed": "int",
    "derived_missiles_launched": "int", "derived_missiles_destroyed": "int",
    "tally_basis": "string", "tally_gap": "float",
    "latitude": "float", "longitude": "float",
}
CLAIM_COLUMNS = {
    "incident_id": "string", "article_id": "string", "event_index": "int", "field": "string", "value": "json",
    "value_number": "float", "outlet": "string", "published": "string", "source": "string", "hedged": "bool",
    "quote": "string", "official": "bool", "scope": "string", "place": "string",
}
LIST_SEPARATOR = "; "  # between the items of a list in one CSV cell; no place or damage name holds it
PARQUET_BATCH = 10_000  # rows per Parquet row group, the most an export holds in memory


def export(store: Any, output_format: str, directory: str | os.PathLike, *, since: str | None = None,
           until: str | None = None) -> dict[str, int]:
    """Write STORE's incidents and claims in OUTPUT_FORMAT into DIRECTORY; return {path: rows}."""
    if output_format not in EXPORT_FORMATS:
        choices = ", ".join(EXPORT_FORMATS)
        raise ExportError(f"unknown export format {output_format!r}: expected one of {choices}")
    writer = WRITERS[output_format]
    if output_format == "parquet":
        _require_pyarrow()
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError as error:
        raise ExportError(f"cannot create {directory} ({error.strerror})") from None
    filters = {"since": since, "until": until}
    places: dict[str, tuple[float | None, float | None]] = {}  # incident id -> location, for its claims

    def incidents() -> Iterator[dict]:
        for row in incident_rows(store, **filters):
            places[row["id"]] = (row["latitude"], row["longitude"])
            yield row

    def claims() -> Iterator[dict]:
        return ({**r, "_at": places.get(r["incident_id"])} for r in claim_rows(store, **filters))
    written = {}
    tables = (("incidents", incidents, INCIDENT_COLUMNS), ("claims", claims, CLAIM_COLUMNS))
    for name, rows, columns in tables:
        path = Path(directory) / f"{name}.{output_format}"
        with _temporary(path) as out:  # renamed into place once complete
            written[str(path)] = writer(out, rows(), columns)
    return written


def incident_rows(store: Any, **filters: Any) -> Iterator[dict]:
    """One export row per incident: the store's incident row, its conflicting fields and its location."""
    for row in store.iter_incidents(**filters):
        latitude, longitude = locate(row["places"]) or (None, None)
        yield {**{name: row.get(name) for name in INCIDENT_COLUMNS}, "latitude": latitude,
               "longitude": longitude}


def claim_rows(store: Any, **filters: Any) -> Iterator[dict]:
    """One export row per claim of the incidents FILTERS select, with its incident."""
    for claim in store.claims(**filters):
        value = claim["value"]
        number = float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
        yield {**{name: claim.get(name) for name in CLAIM_COLUMNS}, "value_number": number}


# Writers: each writes ROWS (any iterable, consumed once) with COLUMNS to a binary file and returns
# how many rows it wrote.

def _write_csv(out: IO[bytes], rows: Iterable[dict], columns: dict[str, str]) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = csv.writer(text)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(row[name], kind) for name, kind in columns.items()])
        count += 1
    text.detach()  # flushes; OUT stays open for its owner to close
    return count


def _csv_cell(value: Any, kind: str) -> Any:
    return csv_text(value)


def csv_text(value: Any) -> Any:
    """VALUE as a CSV cell: a list joined by LIST_SEPARATOR, a boolean true/false, nothing empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(csv_text(item)) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _write_jsonl(out: IO[bytes], rows: Iterable[dict], columns: dict[str, str]) -> int:
    count = 0
    for row in rows:
        line = json.dumps({name: row[name] for name in columns}, ensure_ascii=False, allow_nan=False)
        out.write(line.encode("utf-8") + b"\n")
        count += 1
    return count


def _write_parquet(out: IO[bytes], rows: Iterable[dict], columns: dict[str, str]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "list": pa.list_(pa.string()), "json": pa.string()}
    schema = pa.schema([(name, types[kind]) for name, kind in columns.items()])
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        for batch in _batches(rows, PARQUET_BATCH):
            data = {name: [_parquet_cell(row[name], kind) for row in batch] for name, kind in columns.items()}
            writer.write_table(pa.table(data, schema=schema))
            count += len(batch)
        if not count:
            writer.write_table(schema.empty_table())
    return count


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parquet_cell(value: Any, kind: str) -> Any:
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if kind == "float" and value is not None:
        return float(value)
    return value


def _write_geojson(out: IO[bytes], rows: Iterable[dict], columns: dict[str, str]) -> int:
    out.write(b'{"type": "FeatureCollection", "features": [')
    count = 0
    for row in rows:
        at = (row["latitude"], row["longitude"]) if "latitude" in row else row.get("_at")
        geometry = {"type": "Point", "coordinates": [at[1], at[0]]} if at and at[0] is not None else None
        feature = {"type": "Feature", "id": row.get("id"), "geometry": geometry,
                   "properties": {name: row[name] for name in columns}}
        out.write((", " if count else "") .encode() + json.dumps(feature, ensure_ascii=False,
                                                                 allow_nan=False).encode("utf-8"))
        count += 1
    out.write(b"]}\n")
    return count


WRITERS: dict[str, Callable[[IO[bytes], Iterable[dict], dict[str, str]], int]] = {
    "csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet, "geojson": _write_geojson,
}


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401 - only checking that the optional package is there
    except ModuleNotFoundError:
        raise ExportError("Parquet export needs pyarrow: pip install 'strikewatch[parquet]'") from None


@contextmanager
def _temporary(path: Path) -> Iterator[IO[bytes]]:
    """A file to write PATH through: a temporary file beside it, renamed into place once complete."""
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise ExportError(f"cannot write {path} ({error.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
