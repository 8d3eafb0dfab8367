"""Option callbacks that several commands share."""
from __future__ import annotations

import click

from .errors import InputError
from .ingest import parse_published


def iso_moment(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: VALUE when it is an ISO 8601 date or date-time, else a usage error."""
    try:
        return parse_published(value, f"--{param.name}") if value is not None else None
    except InputError as error:
        raise click.BadParameter(error.problem) from None
