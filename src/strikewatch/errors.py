"""Exceptions strikewatch raises.

Every exception derives from one base, so a caller can catch them all at once:

    StrikewatchError
     ├── InputError     an input (file, JSONL line, option value) that cannot be read as an article
     └── WorkersFailed  the worker processes of --jobs N died before extracting anything

The library raises; the edges translate. ``ingest.read_inputs`` turns an ``InputError`` about
one input into a ``Rejection`` and goes on with the next input; the CLI turns an ``InputError``
about an option value into a usage error (exit code 2).
"""
from __future__ import annotations


class StrikewatchError(Exception):
    """Base class of every strikewatch exception."""


class InputError(StrikewatchError):
    """An input that cannot be read as an article: ``str(err)`` is ``"NAME: problem"``."""

    def __init__(self, name: str, problem: str, *, raw: str | None = None) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name  # the input as the user named it: "articles.jsonl:7", "notes.txt", "-"
        self.problem = problem
        self.raw = raw  # the raw input, already truncated, when there is one worth keeping


class WorkersFailed(StrikewatchError):
    """The worker processes died before they extracted a single chunk (they cannot start here)."""
