"""Tunables, read once from the commented ``defaults.toml`` that ships with the package."""
from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def _all() -> dict[str, dict[str, Any]]:
    return tomllib.loads(files("strikewatch").joinpath("defaults.toml").read_text(encoding="utf-8"))


def defaults(section: str) -> dict[str, Any]:
    """The tunables of one stage, e.g. ``defaults("reconcile")["window_hours"]``."""
    try:
        return dict(_all()[section])
    except KeyError:
        raise KeyError(f"defaults.toml has no [{section}] section") from None
