"""The settings: the commented ``defaults.toml`` that ships with the package, with a user's file merged
over it.

A user file (``strikewatch --config my.toml ...``, or the ``STRIKEWATCH_CONFIG`` environment variable)
holds only what it changes, in the same sections as ``defaults.toml``::

    [reconcile]
    date_tolerance_days = 2

    [serve]
    port = 8080

A section or setting that ``defaults.toml`` does not have, or a value of another type, is a
``ConfigError`` naming the file and the setting: a misspelt name never goes unnoticed.

Each setting is read by one field of an options dataclass (``ReconcileOptions``, ``ServeOptions``...)
declared with ``setting(section, key)``: the value is looked up when the options are made, so options
made after ``use_config`` see the user's values, and no default is written twice.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from .errors import ConfigError

ENVIRONMENT = "STRIKEWATCH_CONFIG"  # the user file's path; set by use_config so worker processes see it


def use_config(path: str | os.PathLike | None) -> None:
    """Merge the file at PATH over defaults.toml for everything read from now on (None: defaults only).

    The file is read at once, so that a bad one fails here, naming the problem.
    """
    if path is None:
        os.environ.pop(ENVIRONMENT, None)
    else:
        load_config(path)
        os.environ[ENVIRONMENT] = str(path)
    _active.cache_clear()
    _section.cache_clear()


def load_config(path: str | os.PathLike | None = None) -> dict[str, Any]:
    """defaults.toml with the file at PATH merged over it, checked against defaults.toml."""
    merged = _packaged()
    if path is not None:
        _merge(merged, _read_user_file(Path(path)), str(path), ())
    return merged


def defaults(section: str) -> dict[str, Any]:
    """The settings of one section, e.g. ``defaults("reconcile")["date_tolerance_days"]``; a dotted
    name reads a sub-table (``defaults("brief.llm")``)."""
    return dict(_section(section))


@dataclass(frozen=True)
class Setting:
    """The default factory of an options field: the current value of [SECTION] KEY, converted."""

    section: str
    key: str
    convert: Callable[[Any], Any] | None = None

    def __call__(self) -> Any:
        value = _section(self.section)[self.key]
        return self.convert(value) if self.convert else value


def setting(section: str, key: str, convert: Callable[[Any], Any] | None = None) -> Any:
    """An options dataclass field whose default is the setting [SECTION] KEY (see the module docstring)."""
    return field(default_factory=Setting(section, key, convert), metadata={"setting": (section, key)})


def per_run(default: Any = None) -> Any:
    """An options field that is no setting: it is given for one run (a URL, a token, a flag)."""
    return field(default=default, metadata={"setting": None})


@cache
def _active() -> dict[str, Any]:
    return load_config(os.environ.get(ENVIRONMENT) or None)


@cache
def _section(section: str) -> dict[str, Any]:
    """The active settings' SECTION ("brief.llm": a sub-table), not to be changed by the caller."""
    table: Any = _active()
    for part in section.split("."):
        if not isinstance(table, dict) or part not in table:
            raise KeyError(f"defaults.toml has no [{section}] section")
        table = table[part]
    return table


def _packaged() -> dict[str, Any]:
    return tomllib.loads(files("strikewatch").joinpath("defaults.toml").read_text(encoding="utf-8"))


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the configuration file ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the configuration file is not UTF-8 text") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None


def _merge(base: dict[str, Any], user: dict[str, Any], path: str, where: tuple[str, ...]) -> None:
    """Put USER's values into BASE, refusing names and types BASE does not have."""
    for key, value in user.items():
        name = ".".join((*where, key))
        if key not in base:
            known = ", ".join(sorted(base))
            kind = "section" if not where else f"setting of [{'.'.join(where)}]"
            raise ConfigError(f"{path}: {name} is not a {kind} strikewatch knows; known: {known}")
        default = base[key]
        if isinstance(default, dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: {name} must be a table ([{name}]), not {type(value).__name__}")
            _merge(default, value, path, (*where, key))
        elif not _same_kind(default, value):
            raise ConfigError(f"{path}: {name} must be {_kind(default)}, like its default {_shown(default)}; "
                              f"got {value!r}")
        else:
            base[key] = value


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float)
    if isinstance(default, list):
        return isinstance(value, list) and all(_same_kind(default[0], item) for item in value if default)
    return isinstance(value, type(default))


def _kind(default: Any) -> str:
    if isinstance(default, list):
        plural = {bool: "true or false values", int: "whole numbers", float: "numbers", str: "strings"}
        return f"a list of {plural.get(type(default[0]), 'values')}" if default else "a list"
    return {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}.get(
        type(default), type(default).__name__)


def _shown(default: Any) -> str:
    """DEFAULT for a message: a long list only by its start."""
    return repr(default) if not isinstance(default, list) or len(default) <= 3 else \
        f"[{', '.join(map(repr, default[:3]))}, ...]"
