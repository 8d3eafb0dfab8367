"""`strikewatch check`: the record against the Air Force tallies, night by night and field by field."""
from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click

from .check import (
    OFFICIAL_FIELDS,
    STATUSES,
    CheckOptions,
    CheckReport,
    FigureCheck,
    check_incidents,
    unreported,
)
from .cli_store import _country_option, date_range_options, db_option, open_store
from .export import LIST_SEPARATOR

CSV_COLUMNS = ("night", "incident", "attacker", "target_country", "field", "news", "official", "basis",
               "imported", "derived", "difference", "relative", "status", "rule", "places", "claims")
TABLE_COLUMNS = (("night", "night"), ("incident", "incident"), ("field", "field"), ("news", "news"),
                 ("official", "official"), ("basis", "basis"), ("diff", "difference"), ("%", "relative"),
                 ("status", "status"))
MAX_QUOTE = 90  # characters of a quote shown in the table


@click.command("check")
@db_option
@date_range_options
@click.option("--attacker", metavar="COUNTRY", callback=_country_option,
              help="Only incidents by this country (ISO code or name).")
@click.option("--field", "only", multiple=True, type=click.Choice(OFFICIAL_FIELDS),
              help="Only this field (repeatable); default: all four the tallies count.")
@click.option("--tolerance", type=click.FloatRange(min=0), default=None, metavar="SHARE",
              help="Agree when |news - official| <= SHARE x official "
                   f"(default: [check] tolerance, {CheckOptions.from_defaults().tolerance}).")
@click.option("--unreported", "with_unreported", is_flag=True,
              help="Also list the nights the tallies give and no incident covers, as official only "
                   "(from --since to --until; by default over the dates of the incidents on Ukraine).")
@click.option("--differing", is_flag=True, help="List only the figures that differ (the summary counts all).")
@click.option("--claims/--no-claims", default=True, show_default=True,
              help="table: list the claims behind each news figure, with their quotes.")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True,
              help="jsonl: one line per figure, then one summary line per field and one for all; "
                   "csv: one row per figure (the summary goes to stderr).")
def check(db: str, since: str | None, until: str | None, attacker: str | None, only: tuple[str, ...],
          tolerance: float | None, with_unreported: bool, differing: bool, claims: bool,
          output_format: str) -> None:
    """Check the news figures against the Air Force tallies, night by night.

    For every incident on Ukraine whose night has an official figure (imported with
    `strikewatch import-airforce`, or derived from an Air Force post that was ingested), each
    field the tallies count: the national news figure, the official one, the difference, and
    whether they agree within the tolerance; then the claims behind the news figure with their
    quotes. A summary ends the output: figures that agree, differ, or that only one side gives,
    per field and over all. The command exits 0 whatever it finds.

    \b
    Examples:
        strikewatch check
        strikewatch check --since 2025-07-01 --differing
        strikewatch check --tolerance 0.05 --format csv > check.csv
        strikewatch check --format jsonl | tail -n 5
    """
    options = CheckOptions.from_defaults(tolerance=tolerance)
    with open_store(db, create=False) as store:
        report = check_incidents(store.tally_incidents(since=since, until=until, attacker=attacker),
                                 options, only=only or None)
        if with_unreported:
            first, last = _span(store, since, until)
            report = unreported(report, store.tally_nights(first, last) if first and last else [])
    shown = [c for c in report.checks if c.status == "differ"] if differing else report.checks
    if output_format == "jsonl":
        for item in shown:
            click.echo(json.dumps({"type": "figure", **item.to_dict()}, ensure_ascii=False))
        for name, counts in report.summary().items():
            click.echo(json.dumps({"type": "summary", "field": name, **counts,
                                   "tolerance": report.tolerance}, ensure_ascii=False))
    elif output_format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_csv_row(item) for item in shown)
        click.echo(_summary_text(report), err=True)
    else:
        click.echo(_table(shown, claims) if shown else "no night with official figures in the record"
                   if not report.checks else "no figure differs")
        click.echo("")
        click.echo(_summary_text(report))


def _span(store: Any, since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """SINCE and UNTIL, each defaulting to the first or last night of the incidents on Ukraine."""
    def end(sort: str) -> str | None:
        items = store.incidents(target="UA", since=since, until=until, sort=sort, limit=1)["items"]
        return items[0]["date"] if items else None
    return since or end("date"), until or end("-date")


def _csv_row(item: FigureCheck) -> dict[str, Any]:
    row = item.to_dict()
    row["places"] = LIST_SEPARATOR.join(item.places)
    row["claims"] = LIST_SEPARATOR.join(_claim_text(c) for c in item.claims)
    return {name: "" if row[name] is None else row[name] for name in CSV_COLUMNS}


def _claim_text(claim: dict, limit: int | None = None) -> str:
    quote = claim.get("quote") or ""
    if limit and len(quote) > limit:
        quote = quote[:limit - 1] + "…"
    who = claim.get("outlet") or claim.get("article_id")
    source = f", {claim['source']}" if claim.get("source") else ""
    hedged = ", hedged" if claim.get("hedged") else ""
    return f'{claim.get("value")} ({who}{source}{hedged}): "{quote}"'


def _table(checks: list[FigureCheck], with_claims: bool) -> str:
    cells = [[heading for heading, _ in TABLE_COLUMNS]]
    claim_lines: list[list[str]] = [[]]
    for item in checks:
        row = item.to_dict()
        cells.append([_cell(key, row[key]) for _, key in TABLE_COLUMNS])
        claim_lines.append([f"    {_claim_text(c, MAX_QUOTE)}" for c in item.claims] if with_claims else [])
    widths = [max(len(line[i]) for line in cells) for i in range(len(TABLE_COLUMNS))]
    out = []
    for line, extra in zip(cells, claim_lines, strict=True):
        out.append("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
        out.extend(extra)
    return "\n".join(out)


def _cell(key: str, value: Any) -> str:
    if value is None:
        return "-"
    if key == "relative":
        return f"{value * 100:.1f}"
    if key == "difference":
        return f"{value:+d}"
    return str(value)


def _summary_text(report: CheckReport) -> str:
    heads = ("field", *STATUSES, "agreement")
    rows = [heads]
    for name, counts in report.summary().items():
        share = counts["agreement"]
        rows.append((name, *[str(counts[s.replace(" ", "_")]) for s in STATUSES],
                     "-" if share is None else f"{share:.3f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(heads))]
    lines = [f"summary (agree: within {report.tolerance:g} of the official figure; "
             "agreement = agree / (agree + differ)):"]
    lines += ["  " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)
