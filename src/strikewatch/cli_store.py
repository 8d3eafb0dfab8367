"""Commands that write and read the record: ingest, incidents, show, stats, export, import-airforce, rejects.

Each command opens the store named by ``--db`` (a SQLite file, ``strikewatch.db`` by default,
or any SQLAlchemy URL such as ``postgresql+psycopg://user@host/db``; the ``STRIKEWATCH_DB``
environment variable sets it too), calls one library function and prints the result.
"""
from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import click

from . import airforce, archive, pipeline
from .cli_options import (
    fetch_options,
    iso_moment,
    jobs_option,
    progress_bar,
    read_options,
    time_budget_option,
)
from .countries import country_code
from .errors import InputError, WorkersFailed
from .export import EXPORT_FORMATS, LIST_SEPARATOR, ExportError, csv_text, export
from .ingest import ReadOptions, read_inputs
from .records import Rejection
from .store import DEFAULT_URL, OFFICIAL_FIELDS, NoDatabase, Store, StoreError, StoreOptions, database_url

DB_DEFAULT = DEFAULT_URL.removeprefix("sqlite:///")
TABLE_COLUMNS = (  # incidents --format table: (heading, row key or function)
    ("id", "id"), ("date", "date"), ("by", "attacker"), ("on", "target_country"),
    ("drones", "drones_launched"), ("down", "drones_destroyed"), ("missiles", "missiles_launched"),
    ("down", "missiles_destroyed"), ("killed", "killed"), ("injured", "injured"), ("reports", "n_reports"),
    ("conflicts", "n_conflicts"), ("places", "places"),
)
MAX_PLACES_SHOWN = 3
MAX_IDS_SHOWN = 5


def db_option(command: Callable) -> Callable:
    """The --db option every store command takes."""
    option = click.option("--db", "db", metavar="URL", default=DB_DEFAULT, show_default=True,
                          envvar="STRIKEWATCH_DB",
                          help="SQLite file or SQLAlchemy URL (postgresql+psycopg://...).")
    return option(command)


def open_store(db: str, create: bool = True, **options: Any) -> Store:
    """The store at DB (OPTIONS override StoreOptions' defaults), or a clean error naming it; with CREATE
    false, a missing database is an error that says how to make one (only ingest and import-airforce
    create a database)."""
    try:
        return Store(database_url(db), StoreOptions.from_defaults(**options), create=create)
    except NoDatabase as error:
        db_flag = "" if db == DB_DEFAULT else f" --db {db}"
        raise click.ClickException(
            f"{error}: make one with `strikewatch ingest ARTICLES{db_flag}` "
            f"(or `strikewatch import-airforce FILE{db_flag}`), or point --db or STRIKEWATCH_DB at one"
        ) from None
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    except ModuleNotFoundError as error:
        if error.name and error.name.startswith("psycopg"):
            message = "PostgreSQL needs its driver: pip install 'strikewatch[postgres]'"
            raise click.ClickException(message) from None
        raise


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    moment = iso_moment(ctx, param, value)
    return moment[:10] if moment else None


def _country_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return country_code(value) if value is not None else None
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def date_range_options(command: Callable) -> Callable:
    """--since and --until, ISO dates, both ends included."""
    command = click.option("--until", metavar="DATE", callback=_date_option,
                           help="Only incidents on or before DATE (YYYY-MM-DD).")(command)
    return click.option("--since", metavar="DATE", callback=_date_option,
                        help="Only incidents on or after DATE (YYYY-MM-DD).")(command)


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--published", metavar="DATE", callback=iso_moment,
              help="ISO 8601 publication date for articles that carry none.")
@fetch_options
@time_budget_option
@jobs_option
def ingest(paths: tuple[str, ...], db: str, published: str | None, fetch_linked: bool,
           allow_private_addresses: bool, time_budget: float, jobs: int) -> None:
    """Extract the articles in PATH... and store them with their events, claims and incidents.

    A PATH is anything `strikewatch extract` reads (JSONL, .json, .txt, .html, a directory, - for
    stdin), or the Parquet output directory of `strikewatch extract --engine spark`, whose
    records are stored as they are, without extracting again. An article already stored with
    the same text changes nothing; a new text under a stored id becomes a new version (the old
    one is kept); a copy of a stored story from another outlet is added to it as one more outlet.
    Bad inputs go to the rejects table (see `strikewatch rejects`) and never stop the batch.
    Articles are extracted in --jobs worker processes and stored by this one, in input order.
    Exit code: 0 when nothing was rejected, 1 otherwise.

    \b
    Examples:
        strikewatch ingest samples/articles.jsonl
        strikewatch ingest saved-pages/ --db postgresql+psycopg://strikewatch@localhost/strikewatch
        strikewatch ingest records/          # the -o DIR of extract --engine spark
    """
    options = read_options(fetch_linked, allow_private_addresses)
    with open_store(db, time_budget_seconds=time_budget) as store:
        items = _ingest_items(list(paths), published, options)
        try:
            summary = pipeline.ingest(store, items, on_reject=_print_rejection, jobs=jobs,
                                      progress=progress_bar)
        except WorkersFailed as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"{summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
               f"{summary.duplicates} duplicates, {summary.rejected} rejected; "
               f"{summary.incidents} incidents rebuilt", err=True)
    _warn_undated(summary.undated)
    if summary.rejected:
        sys.exit(1)


def _ingest_items(paths: list[str], published: str | None, options: ReadOptions) -> Iterator[Any]:
    """The items of PATHS in order: a Parquet output's records as they are, every other PATH read
    (consecutive ones together, so that a duplicate id among them is caught)."""
    for is_output, group in itertools.groupby(paths, key=archive.is_output):
        if not is_output:
            yield from read_inputs(list(group), published=published, stdin=sys.stdin, options=options)
            continue
        try:
            import pyarrow  # noqa: F401 - only checks that the extra is installed
        except ImportError:
            message = "reading Parquet needs pyarrow: pip install 'strikewatch[parquet]'"
            raise click.ClickException(message) from None
        for path in group:
            yield from archive.read_output(path)


def _warn_undated(ids: list[str]) -> None:
    """Say which articles gave undated incidents, and how to date them."""
    if not ids:
        return
    more = len(ids) - MAX_IDS_SHOWN
    shown = ", ".join(ids[:MAX_IDS_SHOWN]) + (f" and {more} more" if more > 0 else "")
    noun = "article has" if len(ids) == 1 else "articles have"
    click.echo(f"strikewatch: warning: {len(ids)} {noun} an attack with no date ({shown}): neither the text "
               "nor a publication date places it, so it joins the wave whose exact national figures it "
               "shares, else an undated incident; ingest it again with --published YYYY-MM-DD to date it",
               err=True)


def _print_rejection(rejection: Rejection, stage: str) -> None:
    click.echo(f"strikewatch: rejected ({stage}) {rejection.message()}", err=True)


@click.command()
@db_option
@date_range_options
@click.option("--place", metavar="P", help="Only incidents naming the place P (Kyiv, not Kyiv Oblast).")
@click.option("--place-match", type=click.Choice(["exact", "contains"]), default="exact", show_default=True,
              help="contains: any place whose name contains P (Kyiv matches Kyiv Oblast too).")
@click.option("--attacker", metavar="COUNTRY", callback=_country_option,
              help="Only incidents by this country: an ISO code (RU, UA) or a name (Russia).")
@click.option("--target", metavar="COUNTRY", callback=_country_option,
              help="Only incidents on this country: an ISO code or a name.")
@click.option("--min-drones", type=click.IntRange(min=0), help="Only incidents with at least N drones.")
@click.option("--sort", default="date", show_default=True,
              help="date, launched, drones, missiles, killed, injured, reports, conflicts; -KEY descends.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many rows.")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True,
              help=f"csv: lists (places, damage) in one cell, joined by {LIST_SEPARATOR!r}.")
def incidents(db: str, since: str | None, until: str | None, place: str | None, place_match: str,
              attacker: str | None, target: str | None, min_drones: int | None, sort: str, limit: int | None,
              output_format: str) -> None:
    """List the incidents: one attack each, reconciled from every report of it.

    \b
    Examples:
        strikewatch incidents --since 2025-07-01 --attacker RU
        strikewatch incidents --place Kharkiv --format csv > kharkiv.csv
        strikewatch incidents --sort -launched --limit 10
    """
    filters = {"since": since, "until": until, "place": place, "place_match": place_match,
               "attacker": attacker, "target": target, "min_drones": min_drones}
    with open_store(db, create=False) as store:
        try:
            page = store.incidents(**filters, sort=sort, limit=limit if limit is not None else 10**9)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="'--sort'") from None
    _write_rows(page["items"], output_format)


def _write_rows(rows: list[dict], output_format: str) -> None:
    if output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif output_format == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: csv_text(v) for k, v in row.items()} for row in rows)
    else:
        click.echo(_table(rows) if rows else "no incidents")




def _table(rows: list[dict]) -> str:
    cells = [[heading for heading, _ in TABLE_COLUMNS]]
    for row in rows:
        cells.append([_cell(key, row[key]) for _, key in TABLE_COLUMNS])
    widths = [max(len(line[i]) for line in cells) for i in range(len(TABLE_COLUMNS))]
    lines = ("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells)
    return "\n".join(lines)


def _cell(key: str, value: Any) -> str:
    if key == "places":
        more = len(value) - MAX_PLACES_SHOWN
        return ", ".join(value[:MAX_PLACES_SHOWN]) + (f" +{more}" if more > 0 else "")
    return _value(value)


@click.command()
@click.argument("incident_id")
@db_option
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def show(incident_id: str, db: str, output_format: str) -> None:
    """Show one incident: each reconciled figure, the rule that chose it, and every claim behind it.

    Each claim gives its value, outlet, source, whether it is hedged and its quote; a figure
    whose claims disagree is marked CONFLICT. Official Air Force figures appear beside the news
    figures once `strikewatch import-airforce` has loaded them.

    \b
    Example:
        strikewatch show 2025-07-04-ru-ua-kyiv
    """
    with open_store(db, create=False) as store:
        incident = store.incident(incident_id)
    if incident is None:
        raise click.ClickException(f"no incident {incident_id!r} (see `strikewatch incidents`)")
    if output_format == "json":
        click.echo(json.dumps(incident, ensure_ascii=False, indent=2))
    else:
        click.echo(format_incident(incident))


def format_incident(incident: dict) -> str:
    """A readable account of one incident, as ``show`` prints it."""
    lines = [f"{incident['id']}: {incident['attacker'] or '?'} -> {incident['target_country'] or '?'}, "
             f"{incident['date'] or 'undated'}, {', '.join(incident['places']) or 'no place named'}",
             f"{_count(incident['n_reports'], 'report')}, "
             f"{_count(incident['n_conflicts'], 'conflicting figure')}", ""]
    for name, figure in incident["figures"].items():
        mark = "  CONFLICT" if figure["conflict"] else ""
        lines.append(f"{name}: {_value(figure['value'])}  ({figure['rule']}){mark}")
        for claim in figure["claims"]:
            hedge = ", hedged" if claim["hedged"] else ""
            source = claim["source"] or "unattributed"
            quote = f': "{claim["quote"]}"' if claim["quote"] else ""
            outlet = claim["outlet"] or claim["article_id"]
            lines.append(f"    {_value(claim['value'])}  {outlet}; {source}{hedge}{quote}")
    lines += _place_lines(incident)
    lines += _official_lines(incident)
    lines += [f"note: {note}" for note in incident.get("notes") or []]
    lines += _derived_lines(incident)
    lines += ["", "articles:"]
    lines += [f"    {a['id']}  {a['outlet'] or '-'}  {a['published'] or '-'}  {a['title'] or ''}"
              for a in incident["articles"]]
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _place_lines(incident: dict) -> list[str]:
    """Each place report: the place, its scope and its own figures (the national ones are above)."""
    lines = []
    for report in incident.get("place_reports") or []:
        figures = ", ".join(f"{name} {_value(f['value'])}" + (" (CONFLICT)" if f["conflict"] else "")
                            for name, f in report["figures"].items())
        lines.append(f"    {report['place']} ({report['scope']}): {figures}")
    return ["", "place reports:", *lines] if lines else []


def _official_lines(incident: dict) -> list[str]:
    official = incident.get("official")
    if not official:
        return []
    lines = ["", f"Air Force tallies for {official.get('night', incident['date'])}:"]
    for name in OFFICIAL_FIELDS:
        news = incident["figures"].get(name, {}).get("value")
        lines.append(f"    {name}: official {_value(official.get(name))}, news {_value(news)}")
    check = incident.get("record_check")
    if check:
        verdict = "a record" if check.get("record") else "not a record"
        basis = {"official": "the official figure", "news": "the news figure"}.get(check.get("basis"),
                                                                                   "the figure")
        before = f"{_value(check.get('previous_max'))} on {check.get('previous_night') or '-'}"
        lines.append(f"    record claim: {verdict} on {basis} {_value(check.get('value'))} "
                     f"(largest before: {before})")
    return lines


def _derived_lines(incident: dict) -> list[str]:
    """The figures read from the Air Force's own posts, beside the imported tallies, never instead."""
    derived = incident.get("derived")
    if not derived:
        return []
    lines = ["", f"derived from Air Force posts ({', '.join(derived['articles'])}), not imported:"]
    lines += [f"    {name}: derived {_value(derived.get(name))}" for name in OFFICIAL_FIELDS]
    return lines


def _value(value: Any) -> str:
    if value is None:
        return "-"
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


@click.command()
@db_option
@date_range_options
@click.option("--attacker", metavar="COUNTRY", callback=_country_option,
              help="Only attacks by this country (ISO code or name): one theatre, not both sides added up.")
@click.option("--target", metavar="COUNTRY", callback=_country_option,
              help="Only attacks on this country (ISO code or name).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def stats(db: str, since: str | None, until: str | None, attacker: str | None, target: str | None,
          output_format: str) -> None:
    """Attacks per night, drones and missiles per week, destroyed share, casualties, largest attacks.

    One block per theatre (attacker -> target country), busiest first: one side's attacks are never
    added to the other's. --attacker and --target keep the theatres they name; --format json gives
    the list of blocks.

    \b
    Examples:
        strikewatch stats
        strikewatch stats --since 2025-01-01 --format json
        strikewatch stats --attacker RU --target UA
    """
    with open_store(db, create=False) as store:
        blocks = store.stats_by_theatre(since=since, until=until, attacker=attacker, target=target)
    if output_format == "json":
        click.echo(json.dumps(blocks, ensure_ascii=False, indent=2))
    elif not blocks:
        click.echo("no incidents in this selection")
    else:
        click.echo("\n\n".join(format_stats(block) for block in blocks))


def format_stats(result: dict) -> str:
    """One theatre's stats as short text tables, under a line naming the theatre."""
    t, theatre = result["totals"], result["theatre"]
    share = "-" if t["destroyed_share"] is None else f"{t['destroyed_share']:.0%}"
    lines = [f"{theatre['attacker'] or '?'} -> {theatre['target_country'] or '?'}: "
             f"{_count(t['incidents'], 'incident')} from {_count(t['articles'], 'article')}, "
             f"{t['first_date'] or '-'} to {t['last_date'] or '-'}",
             f"  drones {t['drones_launched']:,} launched, {t['drones_destroyed']:,} destroyed; missiles "
             f"{t['missiles_launched']:,} launched, {t['missiles_destroyed']:,} destroyed",
             f"  {share} destroyed where both figures are given; {t['killed']:,} killed, "
             f"{t['injured']:,} injured",
             "",
             "week        attacks  drones  missiles  destroyed  killed  injured"]
    for w in result["weeks"]:
        share = "-" if w["destroyed_share"] is None else f"{w['destroyed_share']:.0%}"
        drones, missiles, killed, injured = (_value(w[key]) for key in
                                             ("drones_launched", "missiles_launched", "killed", "injured"))
        lines.append(f"{w['week']}  {w['incidents']:>7}  {drones:>6}  "
                     f"{missiles:>8}  {share:>9}  {killed:>6}  {injured:>7}")
    lines += ["", "largest attacks:"]
    for row in result["largest"]:
        lines.append(f"    {row['id']}  drones {_value(row['drones_launched'])}, "
                     f"missiles {_value(row['missiles_launched'])}")
    return "\n".join(lines)


@click.command("export")
@db_option
@click.option("--format", "output_format", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("-o", "--output", metavar="DIR", default="strikewatch-export", show_default=True,
              help="Directory to write incidents.EXT and claims.EXT into (created if missing).")
@date_range_options
def export_command(db: str, output_format: str, output: str, since: str | None, until: str | None) -> None:
    """Export the incidents (one row each) and the claims behind them.

    Writes DIR/incidents.EXT and DIR/claims.EXT; docs/record.md documents every column.
    parquet needs pyarrow: pip install 'strikewatch[parquet]'.

    \b
    Examples:
        strikewatch export --format csv -o out/
        strikewatch export --format geojson -o map/
    """
    with open_store(db, create=False) as store:
        try:
            written = export(store, output_format, output, since=since, until=until)
        except ExportError as error:
            raise click.ClickException(str(error)) from None
    for path, rows in written.items():
        click.echo(f"{path}: {rows} rows", err=True)


@click.command("import-airforce")
@click.argument("path", type=click.Path(dir_okay=False))
@db_option
def import_airforce(path: str, db: str) -> None:
    """Load the Air Force tallies (missile_attacks_daily.csv) to check the news figures against.

    Importing is incremental: a row of the file not stored yet is added, a stored row whose counts
    the file changes is updated, and stored rows the file lacks are kept; the last line says how
    many of each. Each incident then shows the official launched and destroyed figures for its
    night beside the news figures (`strikewatch check` compares them), and a claimed record is
    checked against every earlier night. Rows that cannot be read go to the rejects table.

    \b
    Examples:
        strikewatch import-airforce missile_attacks_daily.csv
        strikewatch import-airforce newer/missile_attacks_daily.csv   # adds and updates rows
    """
    with open_store(db) as store:
        try:
            summary = store.import_tallies(_named_rejections(airforce.read_tallies(path)))
        except InputError as error:
            raise click.ClickException(str(error)) from None
    repeated = f", {summary.repeated} repeated (first kept)" if summary.repeated else ""
    click.echo(f"{summary.loaded} tallies read: {summary.added} added, {summary.changed} changed, "
               f"{summary.unchanged} unchanged; {summary.kept} stored before and not in this file, kept"
               f"{repeated}; {summary.rejected} rejected; {summary.incidents} incidents checked", err=True)
    if summary.rejected and not summary.loaded:
        sys.exit(1)


def _named_rejections(items: Iterable[Any]) -> Iterable[Any]:
    for item in items:
        if isinstance(item, Rejection):
            _print_rejection(item, "airforce")
        yield item


@click.command()
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--format", "output_format", type=click.Choice(["text", "jsonl"]), default="text",
              show_default=True)
def rejects(db: str, limit: int, output_format: str) -> None:
    """List the rejected inputs, newest first, with the stage and the reason.

    \b
    Example:
        strikewatch rejects --format jsonl
    """
    with open_store(db, create=False) as store:
        page = store.rejects(limit=limit)
    for row in page["items"]:
        if output_format == "jsonl":
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo(f"{row['created_at'][:19]}  {row['stage']:<8} {row['input']}: {row['reason']}")
    if output_format == "text":
        shown = f" ({limit} shown)" if page["total"] > limit else ""
        click.echo(f"{page['total']} rejected inputs{shown}", err=True)


COMMANDS = (ingest, incidents, show, stats, export_command, import_airforce, rejects)
