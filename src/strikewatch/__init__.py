"""strikewatch: every aerial attack a news article reports, as a structured record with evidence.

    >>> import strikewatch
    >>> record = strikewatch.extract(text, published="2025-07-04", id="kyiv-0704")
    >>> record.to_dict()["events"]
"""
from importlib.metadata import PackageNotFoundError, version

from .errors import InputError, StrikewatchError
from .extract import extract, extract_article
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
    "StrikewatchError",
    "__version__",
    "extract",
    "extract_article",
    "read_inputs",
]
