"""The ``watch`` command: poll feeds and store each new entry once."""
from __future__ import annotations

import logging
import sys

import click

from .cli_store import db_option, open_store
from .config import defaults
from .ingest import ReadOptions
from .watch import Watcher, WatchOptions, parse_interval

LOG_FORMAT = "%(asctime)s %(levelname)s %(message)s"


def _interval_option(ctx: click.Context, param: click.Parameter, value: str) -> float:
    try:
        return parse_interval(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@click.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED_OR_URL...")
@db_option
@click.option("--every", metavar="INTERVAL", default=lambda: defaults("fetch")["poll_every"],
              show_default="[fetch] poll_every",
              callback=_interval_option, help="How often to poll: 30s, 10m, 1h, 1h30m.")
@click.option("--once", is_flag=True, help="Poll each feed once and exit (same as --max-polls 1).")
@click.option("--max-polls", type=click.IntRange(min=1), metavar="N",
              help="Stop after N rounds of polls (default: run until interrupted).")
@click.option("--fetch-linked", is_flag=True, help="Fetch the page each new entry links to (full text).")
@click.option("--allow-private-addresses", is_flag=True,
              help="Allow fetching from loopback and private network addresses.")
@click.option("-q", "--quiet", is_flag=True, help="Log only feeds that fail, not every poll.")
def watch(feeds: tuple[str, ...], db: str, every: float, once: bool, max_polls: int | None,
          fetch_linked: bool, allow_private_addresses: bool, quiet: bool) -> None:
    """Poll each FEED_OR_URL and store every new entry, once.

    A FEED_OR_URL is the URL of an RSS or Atom feed (or of a page, stored once), or a feed file
    that something else keeps up to date. Entries already in the store, as articles, copies or
    rejects, are skipped, so a restarted watcher picks up where it stopped. A feed that is down
    or serves malformed XML is logged and polled again next round; one line is logged on
    stderr per feed per poll. With --fetch-linked, an entry whose page cannot be fetched is stored
    with the feed's own text and a note giving the reason (logged too). With --once or
    --max-polls, the exit code is 1 when a feed could not be polled in the last round.

    \b
    Examples:
        strikewatch watch https://kyiv-ledger.example/rss --every 10m --db events.db
        strikewatch watch feeds/airforce.xml https://frontline-review.example/atom.xml --once
    """
    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO, format=LOG_FORMAT)
    store = open_store(db)
    read = ReadOptions(fetch=fetch_linked, allow_private=allow_private_addresses)
    options = WatchOptions(every=every, max_polls=1 if once else max_polls, read=read)
    watcher = Watcher(list(feeds), ingest=store.ingest, known=store.known_ids, options=options)
    try:
        watcher.run()
    except KeyboardInterrupt:
        click.echo("strikewatch: watch stopped", err=True)
        return
    failed = [poll for poll in watcher.last_round if poll.failed]
    if failed:
        names = ", ".join(poll.feed for poll in failed)
        click.echo(f"strikewatch: {len(failed)} of {len(watcher.last_round)} feeds could not be polled "
                   f"in the last round: {names}", err=True)
        sys.exit(1)
