"""``strikewatch serve``: the REST API and the dashboard over one store, on uvicorn."""

from __future__ import annotations

import click

from .cli_store import db_option, open_store
from .config import defaults

WEB_EXTRA = "pip install 'strikewatch[web]'"
SERVE = defaults("serve")


@click.command()
@db_option
@click.option(
    "--host",
    default=SERVE["host"],
    show_default=True,
    help="Address to listen on; 0.0.0.0 exposes the dashboard (it has no login) to the network.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=SERVE["port"],
    show_default=True,
    help="TCP port to listen on (0: any free port).",
)
@click.option(
    "--ingest-token",
    envvar="STRIKEWATCH_INGEST_TOKEN",
    metavar="TOKEN",
    default=None,
    help="Turn on POST /api/articles for clients sending 'Authorization: Bearer TOKEN'; "
    "env STRIKEWATCH_INGEST_TOKEN. Without it ingest over HTTP is off.",
)
def serve(db: str, host: str, port: int, ingest_token: str | None) -> None:
    """Serve the REST API (/api/) and the dashboard over the store at --db.

    Pages: / (overview), /incidents, /incidents/ID, /articles, /articles/ID; each also as JSON
    with ?format=json. The API's OpenAPI document is /api/openapi.json. Nothing is loaded from
    the internet: the dashboard works offline.

    \b
    Examples:
        strikewatch ingest samples/articles.jsonl && strikewatch serve
        strikewatch serve --db events.db --port 8080
        STRIKEWATCH_INGEST_TOKEN=s3cret strikewatch serve --db postgresql://localhost/strikewatch
    """
    uvicorn, create_app, options = _load_web()
    if ingest_token is not None and not ingest_token.strip():
        raise click.BadParameter("must not be empty", param_hint="'--ingest-token'")
    store = open_store(db)
    app = create_app(store, options.from_defaults(host=host, port=port, ingest_token=ingest_token))
    click.echo(
        f"strikewatch: serving {db} on http://{host}:{port}/ (API at /api/, ingest "
        f"{'on' if ingest_token else 'off'}); Ctrl-C stops",
        err=True,
    )
    try:
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        store.close()


def _load_web() -> tuple:
    """uvicorn, create_app and ServeOptions, or an error naming the extra to install."""
    try:
        import uvicorn

        from .api import ServeOptions, create_app
    except ModuleNotFoundError as error:
        raise click.ClickException(
            f"serve needs the web extra ({error.name} is missing): {WEB_EXTRA}"
        ) from None
    return uvicorn, create_app, ServeOptions
