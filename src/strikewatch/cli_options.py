"""Option callbacks that several commands share."""
from __future__ import annotations

import click

from .errors import InputError
from .ingest import parse_published
from .parallel import default_jobs


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
