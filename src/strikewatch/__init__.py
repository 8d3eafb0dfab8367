"""strikewatch: every aerial attack a news article reports, as a structured record with evidence.

    >>> import strikewatch
    >>> record = strikewatch.extract(text, published="2025-07-04", id="kyiv-0704")
    >>> record.to_dict()["events"]
    >>> with strikewatch.Store("strikewatch.db") as store:
    ...     strikewatch.pipeline.ingest(store, strikewatch.read_inputs(["samples/articles.jsonl"]))
    ...     store.incidents(place="Kyiv")["items"]
"""
from importlib.metadata import PackageNotFoundError, version

from . import pipeline
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
from .store import Store

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
