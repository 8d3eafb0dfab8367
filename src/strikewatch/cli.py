"""The ``strikewatch`` command line: one click group, thin commands."""
from __future__ import annotations

import importlib
import importlib.util
import json
import os
import sys
import tempfile
import textwrap
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import BinaryIO

import click

from . import __version__
from .cli_options import (
    fetch_options,
    iso_moment,
    jobs_option,
    read_options,
    time_budget_option,
    with_progress,
)
from .config import ENVIRONMENT, use_config
from .errors import ConfigError, StrikewatchError, WorkersFailed
from .ingest import read_inputs
from .parallel import ParallelOptions, extract_parallel
from .prefilter import Tally, passing
from .records import ArticleRecord, Rejection

OUTPUT_HINT = "'-o' / '--output'"


def _config_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: merge the file VALUE over defaults.toml, or fail naming what is wrong in it."""
    try:
        use_config(value)
    except ConfigError as error:
        raise click.BadParameter(str(error)) from None
    return value


# Commands that live beside the stage they drive: the record (store), briefs, the web server, the feed
# watcher and the check against the tallies. Their modules are imported when one of them is run or
# listed (``--help``): the store's SQLAlchemy and the server's FastAPI cost an ``extract`` run some 0.3 s
# otherwise.
ELSEWHERE = {
    "ingest": "cli_store:ingest", "incidents": "cli_store:incidents", "show": "cli_store:show",
    "stats": "cli_store:stats", "export": "cli_store:export_command",
    "import-airforce": "cli_store:import_airforce", "rejects": "cli_store:rejects",
    "brief": "cli_brief:brief", "serve": "cli_serve:serve", "watch": "cli_watch:watch",
    "check": "cli_check:check",
}


class _Commands(click.Group):
    """The group of commands: its own, and those of ``ELSEWHERE``, imported when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *ELSEWHERE})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in ELSEWHERE:
            module, name = ELSEWHERE[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(f".{module}", __package__), name), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="strikewatch")
@click.option("--config", metavar="FILE", envvar=ENVIRONMENT, callback=_config_option, is_eager=True,
              expose_value=False,
              help="A TOML file of settings merged over the packaged defaults.toml: only the settings it "
                   f"changes, in the same [sections] (also ${ENVIRONMENT}).")
def cli() -> None:
    """strikewatch: every aerial attack a news article reports, as a structured record with evidence.

    \b
    Example:
        strikewatch --config my-settings.toml ingest articles.jsonl
    """


@cli.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option("--format", "output_format", type=click.Choice(["jsonl", "json"]), default="jsonl",
              show_default=True, help="jsonl: one record a line; json: one JSON array.")
@click.option("--published", metavar="DATE", callback=iso_moment,
              help="ISO 8601 publication date for articles that carry none, e.g. 2025-07-04.")
@click.option("-o", "--output", metavar="FILE", default="-",
              help="Write the records to FILE (replaced only once all are written) instead of stdout; "
                   "with --engine spark, the output directory.")
@fetch_options
@time_budget_option
@jobs_option
@click.option("--prefilter", is_flag=True,
              help="Extract only the articles that can mention an aerial attack (one cheap pass over the "
                   "text); the others are counted and left out.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: this machine's processes; spark: a Spark job writing Parquet to -o DIR.")
@click.option("--master", metavar="URL", help="Spark master with --engine spark (default: local[*]).")
def extract(paths: tuple[str, ...], output_format: str, published: str | None, output: str,
            fetch_linked: bool, allow_private_addresses: bool, time_budget: float, jobs: int,
            prefilter: bool, engine: str, master: str | None) -> None:
    """Extract the article record of each article in PATH...

    A PATH is a JSONL file of articles ({"id": ..., "text": ...} a line), a .json file, a .txt or
    .html article, a directory of those, or - for standard input (the default). Records come out
    in input order, whatever --jobs; each input that cannot be read is named on stderr and
    skipped, and each article takes at most --time-budget seconds, in every worker. With -o on a
    terminal, a progress bar shows on stderr. Exit code: 0 when every input was extracted, 1 when
    some were rejected.

    With --engine spark (pip install 'strikewatch[spark]', Java 17), PATH... are JSONL, JSON or
    Parquet files or directories (local, hdfs:// or s3a://), and -o DIR receives the records as
    Parquet partitioned by month of publication (DIR/articles, DIR/events, DIR/rejects); see
    docs/spark.md. `strikewatch ingest DIR` stores them without extracting again.

    \b
    Examples:
        strikewatch extract articles.jsonl > records.jsonl
        strikewatch extract saved-page.html --published 2025-07-04 --format json
        cat article.txt | strikewatch extract -o record.jsonl
        strikewatch extract archive.jsonl --jobs 8 --prefilter -o records.jsonl
        strikewatch extract --engine spark --master 'local[*]' archive/ -o records/
    """
    if engine == "spark":
        _extract_spark(paths, output, master, prefilter, published, time_budget)
        return
    if master:
        raise click.UsageError("--master needs --engine spark")
    if not paths and sys.stdin.isatty():
        raise click.UsageError("give a PATH, or pipe articles on standard input")
    skipped = Tally()
    with _open_output(output) as out:
        items = read_inputs(list(paths) or ["-"], published=published, stdin=sys.stdin,
                            options=read_options(fetch_linked, allow_private_addresses))
        if prefilter:
            items = passing(items, skipped)
        if output != "-" and sys.stderr.isatty():  # records go to a file: the terminal shows progress
            items = with_progress(items, "extracting")
        results = extract_parallel(items, ParallelOptions(jobs=jobs, time_budget=time_budget))
        try:
            extracted, rejected = _write_records(results, out, output_format)
        except WorkersFailed as error:
            raise click.ClickException(str(error)) from None
    noun = "article" if extracted == 1 else "articles"
    line = f"{extracted} {noun} extracted, {rejected} rejected"
    click.echo(line + (f", {skipped.count} left out by the pre-filter" if prefilter else ""), err=True)
    if rejected:
        sys.exit(1)


def _extract_spark(paths: tuple[str, ...], output: str, master: str | None, prefilter: bool,
                   published: str | None, time_budget: float) -> None:
    if not paths or "-" in paths:
        raise click.UsageError("--engine spark reads files or directories: give each PATH (not -)")
    if output == "-":
        raise click.UsageError("--engine spark writes Parquet to a directory: give -o DIR")
    missing = [name for name in ("pyspark", "pyarrow") if importlib.util.find_spec(name) is None]
    if missing:
        raise click.ClickException(f"--engine spark needs {' and '.join(missing)}: "
                                   "pip install 'strikewatch[spark]'")
    from . import spark

    summary = spark.run(list(paths), output, master=master, prefilter_texts=prefilter, published=published,
                        time_budget=time_budget)
    line = f"{summary.extracted} articles extracted, {summary.rejected} rejected"
    click.echo(line + (f", {summary.skipped} left out by the pre-filter" if prefilter else "")
               + f"; Parquet in {output}", err=True)
    if summary.rejected:
        sys.exit(1)


def _write_records(results: Iterable[ArticleRecord | Rejection], out: BinaryIO,
                   output_format: str) -> tuple[int, int]:
    """Write each record to OUT and each rejection to stderr; return (extracted, rejected)."""
    extracted = rejected = 0
    for result in results:
        if isinstance(result, Rejection):
            rejected += 1
            click.echo(f"strikewatch: rejected {result.message()}", err=True)
            continue
        try:
            data = _strict_json(result.to_dict(), output_format)
        except ValueError as error:  # a value strict JSON cannot carry (NaN, a lone surrogate)
            rejected += 1
            click.echo(f"strikewatch: rejected {result.id}: record is not valid JSON ({error})", err=True)
            continue
        if output_format == "jsonl":
            out.write(data + b"\n")
        else:
            out.write((b",\n" if extracted else b"[\n") + data)
        out.flush()
        extracted += 1
    if output_format == "json":
        out.write(b"\n]\n" if extracted else b"[]\n")
    return extracted, rejected


def _strict_json(record: dict, output_format: str) -> bytes:
    """RECORD as strict JSON in UTF-8: no NaN or Infinity, no lone surrogate; ValueError otherwise."""
    if output_format == "jsonl":
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    else:
        text = textwrap.indent(json.dumps(record, ensure_ascii=False, indent=2, allow_nan=False), "  ")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(f"{error.reason} at character {error.start}") from None


@contextmanager
def _open_output(path: str) -> Iterator[BinaryIO]:
    """Yield stdout for "-"; else a temporary file beside PATH, renamed to PATH on success."""
    if path == "-":
        yield sys.stdout.buffer
        return
    if os.path.isdir(path):
        raise click.BadParameter(f"{path} is a directory", param_hint=OUTPUT_HINT)
    if os.path.exists(path) and not os.path.isfile(path):
        # a device or a pipe ("-o /dev/null"): written straight to, never replaced by a file
        try:
            with open(path, "wb") as file:
                yield file
        except OSError as error:
            message = f"cannot write {path} ({error.strerror})"
            raise click.BadParameter(message, param_hint=OUTPUT_HINT) from None
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, temporary = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    except OSError as error:
        raise click.BadParameter(f"cannot write {path} ({error.strerror})", param_hint=OUTPUT_HINT) from None
    try:
        with os.fdopen(fd, "wb") as file:
            yield file
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; give it a new file's mode
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def main() -> None:
    """Run the command line; a closed pipe (``strikewatch extract ... | head``) ends it quietly, and a
    strikewatch error no command translated is its message on stderr (exit code 1), not a traceback."""
    try:
        cli(prog_name="strikewatch")
    except StrikewatchError as error:
        click.echo(f"strikewatch: {error}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        # Python would complain again while flushing stdout at exit: point it at /dev/null first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
