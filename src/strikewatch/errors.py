"""Exceptions strikewatch raises.

Every exception derives from one base, so a caller can catch them all at once:

    StrikewatchError
     ├── InputError       an input (file, JSONL line, URL, option value) that cannot be read as an article
     │    ├── FetchError  a URL that could not be fetched: refused, unreachable, too large, too slow
     │    └── FeedError   a feed that stops being readable part-way, or is not a feed at all
     ├── ConfigError      a configuration file that cannot be read, or names a setting that does not exist
     ├── StoreError       the database cannot be opened or used
     │    └── NoDatabase  a command that only reads found no strikewatch database
     ├── ReconcileFailed  the reconciler failed on the reports around one night (becomes a reject)
     ├── ExportError      an export cannot be written (a missing optional package, an unwritable directory)
     ├── LLMError         the model server could not be reached, or its reply is not a brief
     ├── ApiError         an HTTP error of the API, with its status, stable code and parameter
     └── WorkersFailed    the worker processes of --jobs N died before extracting anything

The library raises; the edges translate. ``ingest.read_inputs`` turns an ``InputError`` about
one input into a ``Rejection`` and goes on with the next input; the CLI turns an ``InputError``
about an option value into a usage error (exit code 2) and the others into a message (exit code 1);
the API's one handler sends an ``ApiError`` as its JSON error shape.

The modules that raise an exception also export its name (``from strikewatch.store import
StoreError`` keeps working); this module is where each is defined.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .llm import Exchange

# The stable ``code`` of an API error by HTTP status, when the raiser names none.
HTTP_ERROR_CODES = {
    400: "bad_parameter",
    401: "unauthorized",
    403: "ingest_disabled",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    500: "internal_error",
    501: "not_implemented",
}


class StrikewatchError(Exception):
    """Base class of every strikewatch exception."""


class InputError(StrikewatchError):
    """An input that cannot be read as an article: ``str(err)`` is ``"NAME: problem"``."""

    def __init__(self, name: str, problem: str, *, raw: str | None = None) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name  # the input as the user named it: "articles.jsonl:7", "notes.txt", "-"
        self.problem = problem
        self.raw = raw  # the raw input, already truncated, when there is one worth keeping


class FetchError(InputError):
    """A URL that could not be fetched; ``name`` is the URL, ``problem`` what the server or network did."""


class FeedError(InputError):
    """A feed that stops being readable part-way (malformed XML) or is not a feed at all."""


class ConfigError(StrikewatchError):
    """A configuration file that cannot be read, or that names a section or setting that does not exist."""


class StoreError(StrikewatchError):
    """The database cannot be opened or used: ``str(err)`` names the database and the problem."""


class NoDatabase(StoreError):
    """A command that only reads found no strikewatch database where it was pointed."""


class ReconcileFailed(StrikewatchError):
    """The reconciler failed on the reports around one night (internal: becomes a reject)."""

    def __init__(self, night: str, reason: str) -> None:
        super().__init__(f"night {night}: {reason}")
        self.night, self.reason = night, reason


class ExportError(StrikewatchError):
    """The export cannot be written: a missing optional package or an unwritable directory."""


class LLMError(StrikewatchError):
    """The model server could not be reached, or its reply is not a brief."""

    def __init__(self, message: str, exchanges: tuple[Exchange, ...] = ()) -> None:
        super().__init__(message)
        self.exchanges = exchanges  # what was sent and received before giving up


class ApiError(StrikewatchError):
    """An error with its HTTP status, a stable code, a message and, when to blame, the parameter."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        parameter: str | None = None,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or HTTP_ERROR_CODES.get(status, "error")
        self.message = message
        self.parameter = parameter
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        """The one error shape of the API."""
        error: dict[str, Any] = {"status": self.status, "code": self.code, "message": self.message}
        if self.parameter is not None:
            error["parameter"] = self.parameter
        return {"ok": False, "error": error}


class WorkersFailed(StrikewatchError):
    """The worker processes died before they extracted a single chunk (they cannot start here)."""
