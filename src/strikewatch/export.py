"""Write the record out: a row per incident and the claims behind them, as CSV, JSONL, Parquet, GeoJSON.

``export(store, format, directory)`` writes ``incidents.EXT`` and ``claims.EXT`` into DIRECTORY
and returns the number of rows written to each. docs/record.md documents every column. The same
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import StrikewatchError
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
    "latitude": "float", "longitude": "float",
}
CLAIM_COLUMNS = {
    "incident_id": "string", "article_id": "string", "event_index": "int", "field": "string", "value": "json",
    "value_number": "float", "outlet": "string", "published": "string", "source": "string", "hedged": "bool",
    "quote": "string", "official": "bool",
}
LIST_SEPARATOR = "; "  # between the items of a list in one CSV cell; no place or damage name holds it


class ExportError(StrikewatchError):
    """The export cannot be written: a missing optional package or an unwritable directory."""


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
    incidents = list(incident_rows(store, since=since, until=until))
    wanted = {row["id"] for row in incidents}
    claims = [row for row in claim_rows(store) if row["incident_id"] in wanted]
    places = {row["id"]: (row["latitude"], row["longitude"]) for row in incidents}
    written = {}
    tables = (("incidents", incidents, INCIDENT_COLUMNS), ("claims", claims, CLAIM_COLUMNS))
    for name, rows, columns in tables:
        path = Path(directory) / f"{name}.{output_format}"
        located = rows if name == "incidents" else [{**r, "_at": places.get(r["incident_id"])} for r in rows]
        with _temporary(path) as out:  # renamed into place once complete
            writer(out, located, columns)
        written[str(path)] = len(rows)
    return written


def incident_rows(store: Any, **filters: Any) -> Iterator[dict]:
    """One export row per incident: the store's incident row, its conflicting fields and its location."""
    for row in store.iter_incidents(**filters):
        latitude, longitude = locate(row["places"]) or (None, None)
        yield {**{name: row.get(name) for name in INCIDENT_COLUMNS}, "latitude": latitude,
               "longitude": longitude}


def claim_rows(store: Any) -> Iterator[dict]:
    """One export row per claim, with its incident."""
    for claim in store.claims():
        value = claim["value"]
        number = float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
        yield {**{name: claim.get(name) for name in CLAIM_COLUMNS}, "value_number": number}


# Writers: each writes ROWS with COLUMNS to a binary file.

def _write_csv(out: IO[bytes], rows: list[dict], columns: dict[str, str]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = csv.writer(text)
    writer.writerow(columns)
    writer.writerows([_csv_cell(row[name], kind) for name, kind in columns.items()] for row in rows)
    text.detach()  # flushes; OUT stays open for its owner to close


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


def _write_jsonl(out: IO[bytes], rows: list[dict], columns: dict[str, str]) -> None:
    for row in rows:
        line = json.dumps({name: row[name] for name in columns}, ensure_ascii=False)
        out.write(line.encode("utf-8") + b"\n")


def _write_parquet(out: IO[bytes], rows: list[dict], columns: dict[str, str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "list": pa.list_(pa.string()), "json": pa.string()}
    schema = pa.schema([(name, types[kind]) for name, kind in columns.items()])
    data = {name: [_parquet_cell(row[name], kind) for row in rows] for name, kind in columns.items()}
    pq.write_table(pa.table(data, schema=schema), out)


def _parquet_cell(value: Any, kind: str) -> Any:
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if kind == "float" and value is not None:
        return float(value)
    return value


def _write_geojson(out: IO[bytes], rows: list[dict], columns: dict[str, str]) -> None:
    features = []
    for row in rows:
        at = (row["latitude"], row["longitude"]) if "latitude" in row else row.get("_at")
        geometry = {"type": "Point", "coordinates": [at[1], at[0]]} if at and at[0] is not None else None
        features.append({"type": "Feature", "id": row.get("id"), "geometry": geometry,
                         "properties": {name: row[name] for name in columns}})
    collection = {"type": "FeatureCollection", "features": features}
    out.write(json.dumps(collection, ensure_ascii=False).encode("utf-8") + b"\n")


WRITERS: dict[str, Callable[[IO[bytes], list[dict], dict[str, str]], None]] = {
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
