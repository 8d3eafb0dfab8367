"""Option callbacks that several commands share."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import click

from .config import defaults
from .errors import InputError
from .ingest import ReadOptions, parse_published
from .parallel import default_jobs

T = TypeVar("T")


def iso_moment(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: VALUE when it is an ISO 8601 date or date-time, else a usage error."""
    try:
        return parse_published(value, f"--{param.name}") if value is not None else None
    except InputError as error:
        raise click.BadParameter(error.problem) from None


def jobs_option(command: click.Command) -> click.Command:
    """--jobs N: worker processes that extract (default: every core)."""
    return click.option("-j", "--jobs", type=click.IntRange(min=1), default=default_jobs(), show_default=True,
                        help="Extract in this many worker processes (default: the number of cores); "
                             "output order is input order whatever N.")(command)


def fetch_options(command: Callable) -> Callable:
    """--fetch-linked and --allow-private-addresses, for every command that reads feeds and URL lists.

    The command takes ``fetch_linked`` and ``allow_private_addresses``; ``read_options`` makes the
    ReadOptions they ask for.
    """
    command = click.option("--allow-private-addresses", is_flag=True,
                           help="Allow fetching from loopback and private network addresses "
                                "(never cloud metadata ones).")(command)
    return click.option("--fetch-linked", is_flag=True,
                        help="Fetch the page each feed entry links to (its full text).")(command)


def read_options(fetch_linked: bool, allow_private_addresses: bool) -> ReadOptions:
    return ReadOptions(fetch=fetch_linked, allow_private=allow_private_addresses)


def with_progress(items: Iterable[T], label: str) -> Iterator[T]:
    """ITEMS behind a progress bar on stderr, when there are enough of them to wait for.

    The items are read first, to know how many there are ([store] progress_min_items or more get
    a bar), as ``ingest`` does.
    """
    items = list(items)
    if len(items) < defaults("store")["progress_min_items"]:
        yield from items
        return
    with click.progressbar(items, label=label, file=sys.stderr, show_pos=True) as bar:
        yield from bar


def time_budget_option(command: Callable) -> Callable:
    """--time-budget SECONDS: how long one article may take to extract; 0 turns the limit off."""
    return click.option(
        "--time-budget", "time_budget", type=click.FloatRange(min=0), metavar="SECONDS",
        default=lambda: defaults("limits")["time_budget_seconds"],
        show_default="[limits] time_budget_seconds",
        help="Reject an article whose extraction takes longer than this ([limits] time_budget_seconds); "
             "0 turns the limit off.")(command)
