"""The row <-> record mapping, generated from the records' fields (``records.py``).

``RowMap(Record, skip=...)`` reads the type of each field of a frozen dataclass and maps it to
columns, so that a field added to a record needs a column (a migration) and nothing else:

- a scalar (``str``, ``int``, ``float``, ``bool``, optional or not) is one column of the same name;
- a nested record (``drones: Counts``) is one column per field of it: ``drones_launched``...;
- a tuple (``places``, ``damage``, ``weapons``) is one JSON column: a list of strings, or of
  objects for a tuple of records. An empty tuple is stored as NULL when ``empty_as_null`` names
  the field (what the column held before this mapping existed), else as ``[]``; both read back
  as ``()``.

Fields named in ``skip`` are kept elsewhere (an event's evidence: the ``evidence`` table) and
are given to ``record()`` by the caller.
"""
from __future__ import annotations

import json
import types
from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass
from functools import cached_property
from typing import Any, Union, get_args, get_origin, get_type_hints

SCALAR, NESTED, LIST = "scalar", "nested", "list"


@dataclass(frozen=True)
class Column:
    """How one field of a record is stored."""

    field: str
    kind: str  # SCALAR, NESTED or LIST
    type: Any  # the field's type without None: str, int, Counts, or the item type of a tuple
    names: tuple[str, ...]  # the columns it takes: (field,) or (field_sub, ...)


@dataclass(frozen=True)
class RowMap:
    """The columns of one record type and the conversions both ways."""

    record_type: type
    skip: frozenset[str] = frozenset()
    empty_as_null: frozenset[str] = frozenset()

    @cached_property
    def layout(self) -> tuple[Column, ...]:
        hints = get_type_hints(self.record_type)
        kept = [f.name for f in fields(self.record_type) if f.name not in self.skip]
        return tuple(_column(name, hints[name]) for name in kept)

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column the record takes, in field order."""
        return tuple(name for column in self.layout for name in column.names)

    def row(self, record: Any) -> dict[str, Any]:
        """RECORD as a row: column name -> value."""
        row: dict[str, Any] = {}
        for column in self.layout:
            value = getattr(record, column.field)
            if column.kind == NESTED:
                row.update({name: getattr(value, sub) for name, sub in zip(column.names, _names(column.type),
                                                                         strict=True)})
            elif column.kind == LIST:
                row[column.field] = _dumps_list(value, column.field in self.empty_as_null)
            else:
                row[column.field] = value
        return row

    def record(self, row: Mapping[str, Any] | Any, **given: Any) -> Any:
        """The record ROW holds (a mapping or a SQLAlchemy Row), with GIVEN for the skipped fields."""
        data = row if isinstance(row, Mapping) else row._mapping
        values: dict[str, Any] = {}
        for column in self.layout:
            if column.kind == NESTED:
                values[column.field] = column.type(**{sub: data[name] for name, sub in
                                                     zip(column.names, _names(column.type), strict=True)})
            elif column.kind == LIST:
                values[column.field] = _loads_list(data[column.field], column.type)
            else:
                values[column.field] = _scalar(data[column.field], column.type)
        return self.record_type(**values, **given)


def _column(name: str, hint: Any) -> Column:
    hint = _without_none(hint)
    if is_dataclass(hint):
        return Column(name, NESTED, hint, tuple(f"{name}_{sub}" for sub in _names(hint)))
    if get_origin(hint) is tuple:
        return Column(name, LIST, get_args(hint)[0], (name,))
    return Column(name, SCALAR, hint, (name,))


def _without_none(hint: Any) -> Any:
    if get_origin(hint) in (Union, types.UnionType):
        rest = [arg for arg in get_args(hint) if arg is not type(None)]
        return rest[0] if len(rest) == 1 else hint
    return hint


def _names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record_type))


def _dumps_list(items: tuple, empty_as_null: bool) -> str | None:
    if not items and empty_as_null:
        return None
    # strict JSON: NaN and Infinity raise ValueError rather than reach the store
    return json.dumps(_plain(items), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _loads_list(text: str | None, item_type: Any) -> tuple:
    return tuple(_from_plain(item_type, item) for item in (json.loads(text) if text else []))


def _plain(value: Any) -> Any:
    """VALUE as JSON data: a record as an object of its fields, a tuple as a list, at any depth."""
    if is_dataclass(value):
        return {name: _plain(getattr(value, name)) for name in _names(type(value))}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def _from_plain(hint: Any, data: Any) -> Any:
    """The value of type HINT that ``_plain`` made DATA of; a record's field DATA lacks keeps its default."""
    hint = _without_none(hint)
    if data is None:
        return None
    if is_dataclass(hint):
        hints = get_type_hints(hint)
        return hint(**{name: _from_plain(hints[name], data[name]) for name in _names(hint) if name in data})
    if get_origin(hint) is tuple:
        return tuple(_from_plain(get_args(hint)[0], item) for item in data)
    return data


def _scalar(value: Any, hint: Any) -> Any:
    if value is not None and hint is bool:
        return bool(value)  # SQLite without a Boolean column type gives 0 and 1
    return value
