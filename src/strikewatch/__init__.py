"""strikewatch: every aerial attack a news article reports, as a structured record with evidence.

    >>> import strikewatch
    >>> record = strikewatch.extract(text, published="2025-07-04", id="kyiv-0704")
    >>> record.to_dict()["events"]
    >>> with strikewatch.Store("strikewatch.db") as store:
    ...     strikewatch.pipeline.ingest(store, strikewatch.read_inputs(["samples/articles.jsonl"]))
    ...     store.incidents(place="Kyiv")["items"]
"""
from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from .errors import InputError, StrikewatchError
from .extract import extract, extract_article
from .faithful import check_brief
from .ingest import read_inputs
from .records import (
    AirAttack,
    ArticleInput,
    ArticleRecord,
    Brief,
    ContextItem,
    Counts,
    Evidence,
    Rejection,
)

if TYPE_CHECKING:
    from . import pipeline
    from .store import Store

# The store and the pipeline that fills it bring SQLAlchemy (some 0.3 s to import): they are imported
# when first used (``strikewatch.Store``, ``strikewatch.pipeline``), so that a run that only extracts
# never pays for them.
_LAZY = {"Store": ("strikewatch.store", "Store"), "pipeline": ("strikewatch.pipeline", None)}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'strikewatch' has no attribute {name!r}")
    module_name, attribute = _LAZY[name]
    module = importlib.import_module(module_name)
    value = globals()[name] = getattr(module, attribute) if attribute else module
    return value

try:
    __version__ = version("strikewatch")
except PackageNotFoundError:  # imported from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "AirAttack",
    "ArticleInput",
    "ArticleRecord",
    "Brief",
    "ContextItem",
    "Counts",
    "Evidence",
    "InputError",
    "Rejection",
    "Store",
    "StrikewatchError",
    "__version__",
    "check_brief",
    "extract",
    "extract_article",
    "pipeline",
    "read_inputs",
]
