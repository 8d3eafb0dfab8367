"""``strikewatch brief``: the brief (headline, dek, summary) of each article, without the events."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterator

import click

from .cli_options import fetch_options, iso_moment, read_options, time_budget_option
from .extract import extract_each
from .faithful import check_brief
from .ingest import read_inputs
from .llm import LLMOptions, llm_brief
from .records import ArticleInput, ArticleRecord, Rejection

WRAP = 100


@click.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "jsonl"]),
    default="text",
    show_default=True,
    help="text: for reading; jsonl: one {id, brief} object a line.",
)
@click.option(
    "--published",
    metavar="DATE",
    callback=iso_moment,
    help="ISO 8601 publication date for articles that carry none, e.g. 2025-07-04.",
)
@click.option("--check", is_flag=True, help="Also run the faithfulness checker and print what it finds.")
@click.option(
    "--llm-url",
    metavar="URL",
    envvar="STRIKEWATCH_LLM_URL",
    help="OpenAI-compatible server (llama.cpp, Ollama) for abstractive briefs, e.g. "
    "http://127.0.0.1:8080/v1. A brief that fails the checker falls back to the built-in one.",
)
@click.option("--llm-model", metavar="NAME", help="Model name to ask the server for.")
@fetch_options
@time_budget_option
def brief(
    paths: tuple[str, ...],
    output_format: str,
    published: str | None,
    check: bool,
    llm_url: str | None,
    llm_model: str | None,
    fetch_linked: bool,
    allow_private_addresses: bool,
    time_budget: float,
) -> None:
    """Print the brief of each article in PATH...: headline, dek and summary.

    PATH is read as by `strikewatch extract` (JSONL, .json, .txt, .html, a directory, or - for
    standard input). Each input that cannot be read or briefed is named on stderr. Exit code: 0
    when every input was briefed, 1 when some were rejected.

    \b
    Examples:
        strikewatch brief samples/articles.jsonl
        strikewatch brief saved-page.html --format jsonl
        strikewatch brief articles.jsonl --check --llm-url http://127.0.0.1:8080/v1
    """
    if not paths and sys.stdin.isatty():
        raise click.UsageError("give a PATH, or pipe articles on standard input")
    llm = LLMOptions.from_defaults(llm_url, model=llm_model) if llm_url else None
    done = rejected = 0
    options = read_options(fetch_linked, allow_private_addresses)
    items = read_inputs(list(paths) or ["-"], published=published, stdin=sys.stdin, options=options)
    for item in _briefs(items, llm, check, time_budget):
        if isinstance(item, Rejection):
            rejected += 1
            click.echo(f"strikewatch: rejected {item.message()}", err=True)
            continue
        click.echo(_format(item, output_format))
        done += 1
    click.echo(f"{done} {'brief' if done == 1 else 'briefs'} written, {rejected} rejected", err=True)
    if rejected:
        sys.exit(1)


def _briefs(items, llm: LLMOptions | None, check: bool, time_budget: float | None = None
            ) -> Iterator[dict | Rejection]:
    """One {id, brief, ...} row per article, extracted within the time budget; an article that fails
    or overruns becomes a Rejection."""
    articles: dict[str, ArticleInput] = {}

    def remembered(items):  # the articles, kept until their record comes back
        for item in items:
            if isinstance(item, ArticleInput):
                articles[item.id] = item
            yield item
    for result in extract_each(remembered(items), time_budget):
        article = None if isinstance(result, Rejection) else articles.pop(result.id, None)
        if isinstance(result, Rejection):
            articles.pop(result.input, None)
            yield result
            continue
        try:
            yield _brief_row(article, result, llm, check)
        except Exception as error:  # one article must never stop a batch; the reason is kept
            yield Rejection(article.id, f"brief failed: {type(error).__name__}: {error}",
                            raw=article.text[:10_000])


def _brief_row(article: ArticleInput, record: ArticleRecord, llm: LLMOptions | None, check: bool) -> dict:
    row: dict = {"id": article.id, "brief": record.brief.to_dict()}
    if llm is not None:
        result = llm_brief(article, record.events, llm)
        row |= {"brief": result.brief.to_dict(), "backend": result.backend, "prompt": result.prompt_version}
        if result.reason:
            row["fallback_reason"] = result.reason
    if check:
        row["problems"] = [str(p) for p in check_brief(article, record.events, row["brief"])]
    return row


def _format(row: dict, output_format: str) -> str:
    if output_format == "jsonl":
        return json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    b = row["brief"]
    lines = [
        f"[{row['id']}]",
        b["headline"],
        textwrap.fill(b["dek"], WRAP),
        "",
        textwrap.fill(b["summary"], WRAP),
    ]
    if row.get("fallback_reason"):
        lines.append(f"(built-in brief: {row['fallback_reason']})")
    lines += [f"! {p}" for p in row.get("problems", [])]
    return "\n".join(lines) + "\n"
