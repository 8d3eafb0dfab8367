"""Export round trips: ingest -> export -> load in pandas keeps every figure, in every format."""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pandas as pd
import pytest

from conftest_store import ARTICLES, article, db_url_fixture, store_fixture  # noqa: F401
from strikewatch import pipeline
from strikewatch.export import (
    CLAIM_COLUMNS,
    EXPORT_FORMATS,
    INCIDENT_COLUMNS,
    LIST_SEPARATOR,
    ExportError,
    csv_text,
    export,
    locate,
)
from strikewatch.records import ArticleInput
from strikewatch.store import Store


def load(path: Path, output_format: str) -> pd.DataFrame:
    """A table as a user would load it with pandas."""
    if output_format == "csv":
        return pd.read_csv(path, keep_default_na=False, na_values=[""])
    if output_format == "jsonl":
        return pd.read_json(path, lines=True, dtype=False)
    if output_format == "parquet":
        return pd.read_parquet(path)
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return pd.DataFrame([feature["properties"] for feature in features])


def plain(value: object, kind: str, output_format: str) -> object:
    """A pandas cell back as the store's value: None for missing, lists split or JSON text decoded."""
    if output_format == "csv" and kind == "list":
        return value.split(LIST_SEPARATOR) if isinstance(value, str) else []
    if output_format == "csv" and kind == "json":
        return str(value)  # compared with csv_text of the stored value: a CSV cell has no type
    text_json = kind == "list" or output_format == "parquet"  # claim values are JSON text there
    if kind in ("list", "json") and text_json and isinstance(value, str):
        return json.loads(value)
    if hasattr(value, "tolist"):
        value = value.tolist()
    if value is None or isinstance(value, float) and math.isnan(value):
        return None
    if kind == "int":
        return int(value)
    if kind == "bool":
        return value in (True, "true", "True")
    return value


def rows(frame: pd.DataFrame, columns: dict[str, str], output_format: str) -> list[dict]:
    return [{name: plain(record[name], kind, output_format) for name, kind in columns.items()}
            for record in frame.to_dict("records")]


@pytest.fixture
def filled(store: Store) -> Store:
    pipeline.ingest(store, [ArticleInput(**article(name)) for name in ARTICLES])
    return store


@pytest.mark.parametrize("output_format", EXPORT_FORMATS)
def test_round_trip_keeps_every_figure(filled: Store, tmp_path: Path, output_format: str) -> None:
    written = export(filled, output_format, tmp_path / "out")
    extension = "geojson" if output_format == "geojson" else output_format
    incidents = rows(load(tmp_path / "out" / f"incidents.{extension}", output_format), INCIDENT_COLUMNS,
                     output_format)
    claims = rows(load(tmp_path / "out" / f"claims.{extension}", output_format), CLAIM_COLUMNS, output_format)
    expected = list(filled.iter_incidents())
    assert written == {str(tmp_path / "out" / f"incidents.{extension}"): 3,
                       str(tmp_path / "out" / f"claims.{extension}"): len(claims)}
    assert len(incidents) == 3
    for got, want in zip(incidents, expected, strict=True):
        shared = [name for name in want if name in INCIDENT_COLUMNS]
        assert {k: got[k] for k in shared} == {k: want[k] for k in shared}
    odesa = next(row for row in incidents if row["places"] == ["Odesa"])
    assert set(odesa["conflicts"]) >= {"drones.launched", "killed"}
    assert odesa["latitude"] == pytest.approx(46.48, abs=0.01)
    stored_claims = [{**c, "value_number": None} for c in filled.claims()]
    if output_format == "csv":
        stored_claims = [{**c, "value": str(csv_text(c["value"]))} for c in stored_claims]
    assert len(claims) == len(stored_claims) > 20
    assert [{k: c[k] for k in c if k != "value_number"} for c in claims] == \
           [{k: c[k] for k in c if k != "value_number"} for c in stored_claims]
    launched = [c for c in claims if c["field"] == "drones.launched"]
    assert sorted(c["value_number"] for c in launched) == [87.0, 90.0]


def test_geojson_features_are_located_points(filled: Store, tmp_path: Path) -> None:
    export(filled, "geojson", tmp_path)
    collection = json.loads((tmp_path / "incidents.geojson").read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    by_place = {tuple(f["properties"]["places"]): f for f in collection["features"]}
    lon, lat = by_place[("Lviv",)]["geometry"]["coordinates"]
    assert by_place[("Lviv",)]["geometry"]["type"] == "Point" and (round(lat), round(lon)) == (50, 24)
    belgorod = by_place[("Belgorod Oblast", "Kursk Oblast")]["geometry"]["coordinates"]
    assert (round(belgorod[1]), round(belgorod[0])) == (51, 37)  # a region at its namesake city


def test_locate_knows_old_spellings_and_says_when_it_cannot() -> None:
    assert locate(["Dnipropetrovsk Oblast"]) == locate(["Dnipropetrovsk region"]) != locate(["Dnipro"])
    assert locate(["Nowhere-on-Sea", "Kharkiv"]) == locate(["Kharkiv"])
    assert locate(["Nowhere-on-Sea"]) is None


@pytest.mark.parametrize(
    ("region", "inside"),
    [  # (south, north, west, east) around each region: its centroid must fall inside
        ("Volyn Oblast", (50.3, 51.9, 23.6, 26.1)),
        ("Zakarpattia Oblast", (47.9, 49.1, 22.1, 24.7)),
        ("Crimea", (44.4, 46.2, 32.5, 36.6)),
        ("Kharkiv Oblast", (48.6, 50.4, 34.9, 38.1)),
    ],
)
def test_a_region_without_a_namesake_city_is_placed_at_its_centroid(region, inside) -> None:
    latitude, longitude = locate([region])
    south, north, west, east = inside
    assert south < latitude < north and west < longitude < east


def test_date_range_limits_both_tables(filled: Store, tmp_path: Path) -> None:
    written = export(filled, "jsonl", tmp_path, since="2025-06-20")
    incidents = [json.loads(line) for line in (tmp_path / "incidents.jsonl").read_text().splitlines()]
    claims = [json.loads(line) for line in (tmp_path / "claims.jsonl").read_text().splitlines()]
    assert {i["date"] for i in incidents} == {"2025-06-20", "2025-06-21"}
    assert {c["incident_id"] for c in claims} == {i["id"] for i in incidents}
    assert list(written.values()) == [2, len(claims)]


def test_parquet_without_pyarrow_names_the_extra(filled: Store, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ExportError, match=r"pip install 'strikewatch\[parquet\]'"):
        export(filled, "parquet", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_unwritable_directory_is_a_clear_error(filled: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(ExportError, match="cannot create"):
        export(filled, "csv", blocker / "out")


def test_docs_name_every_export_column() -> None:
    docs = (Path(__file__).resolve().parent.parent / "docs" / "record.md").read_text(encoding="utf-8")
    exports = docs.split("## Exports")[1].split("## Migrations")[0]
    for column in [*INCIDENT_COLUMNS, *CLAIM_COLUMNS]:
        assert f"`{column}`" in exports, column
