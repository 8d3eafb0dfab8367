"""Option callbacks that several commands share."""
from __future__ import annotations

from collections.abc import Callable

import click

from .errors import InputError
from .ingest import parse_published
from .limits import TIME_BUDGET_SECONDS


def iso_moment(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: VALUE when it is an ISO 8601 date or date-time, else a usage error."""
    try:
        return parse_published(value, f"--{param.name}") if value is not None else None
    except InputError as error:
        raise click.BadParameter(error.problem) from None


def time_budget_option(command: Callable) -> Callable:
    """--time-budget SECONDS: how long one article may take to extract; 0 turns the limit off."""
    return click.option(
        "--time-budget", "time_budget", type=click.FloatRange(min=0), metavar="SECONDS",
        default=TIME_BUDGET_SECONDS, show_default=True,
        help="Reject an article whose extraction takes longer than this ([limits] time_budget_seconds); "
             "0 turns the limit off.")(command)
