"""``strikewatch serve``: the REST API and the dashboard over one store, on uvicorn."""

from __future__ import annotations

import json
import socket
from collections.abc import Sequence
from typing import Any

import click

from .cli_store import db_option, open_store
from .config import defaults

WEB_EXTRA = "pip install 'strikewatch[web]'"


@click.command()
@db_option
@click.option(
    "--host",
    default=lambda: defaults("serve")["host"],
    show_default="[serve] host",
    help="Address to listen on; 0.0.0.0 exposes the dashboard (it has no login) to the network.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=lambda: defaults("serve")["port"],
    show_default="[serve] port",
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
@click.option(
    "--cors-origin",
    "cors_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Let pages from ORIGIN (e.g. http://localhost:8888 for a notebook) read the API; repeatable. "
    "Off by default.",
)
def serve(db: str, host: str, port: int, ingest_token: str | None, cors_origins: tuple[str, ...]) -> None:
    """Serve the REST API (/api/) and the dashboard over the store at --db.

    Pages: / (overview), /incidents, /incidents/ID, /articles, /articles/ID; each also as JSON
    with ?format=json. The API's OpenAPI document is /api/openapi.json. Nothing is loaded from
    the internet: the dashboard works offline.

    \b
    Examples:
        strikewatch ingest samples/articles.jsonl && strikewatch serve
        strikewatch serve --db events.db --port 8080
        STRIKEWATCH_INGEST_TOKEN=s3cret strikewatch serve --db postgresql://localhost/strikewatch
        strikewatch serve --port 0 --cors-origin http://localhost:8888
    """
    uvicorn, create_app, options = _load_web()
    if ingest_token is not None and not ingest_token.strip():
        raise click.BadParameter("must not be empty", param_hint="'--ingest-token'")
    for origin in cors_origins:
        if not origin.startswith(("http://", "https://")) or origin.count("/") != 2:
            raise click.BadParameter(
                f"{origin!r} is not an origin (scheme and host, e.g. https://example.org)",
                param_hint="'--cors-origin'",
            )
    store = open_store(db, create=False)
    serve_options = options.from_defaults(
        host=host, port=port, ingest_token=ingest_token, cors_origins=tuple(cors_origins)
    )
    server = AnnouncingServer(
        uvicorn_config(create_app(store, serve_options), host=host, port=port, log_level="info"),
        announce=lambda bound: (
            f"strikewatch: serving {db} on http://{_url_host(host)}:{bound}/ (API at /api/, ingest "
            f"{'on' if ingest_token else 'off'}); Ctrl-C stops"
        ),
    )
    try:
        server.run()
    finally:
        store.close()


def uvicorn_config(app: Any, **settings: Any) -> Any:
    """uvicorn's Config for APP: HTTP/1.1 by h11, whose refusals of malformed requests are JSON too."""
    import uvicorn

    return uvicorn.Config(app, http=_json_error_protocol(), **settings)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _json_error_protocol() -> type:
    """uvicorn's h11 protocol, answering a request it cannot parse in the API's one error shape.

    Such a request (raw UTF-8 in the URL, a broken request line) never reaches the application, so
    the application's handler cannot answer it; uvicorn's own answer is plain text.
    """
    from uvicorn.protocols.http.h11_impl import H11Protocol

    from .api import SECURITY_HEADERS, ApiError

    class JsonErrorH11Protocol(H11Protocol):
        def send_400_response(self, msg: str) -> None:
            message = (
                "malformed HTTP request: a URL must be ASCII (percent-encode any other character, "
                "as a browser does: Київ is %D0%9A%D0%B8%D1%97%D0%B2)"
            )
            body = json.dumps(ApiError(400, message, code="bad_request").body()).encode("utf-8")
            headers = [
                ("Content-Type", "application/json"),
                ("Content-Length", str(len(body))),
                ("Connection", "close"),
                *SECURITY_HEADERS.items(),
            ]
            head = "HTTP/1.1 400 Bad Request\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
            self.transport.write(head.encode("latin-1") + body)
            self.transport.close()

    return JsonErrorH11Protocol


class AnnouncingServer:
    """uvicorn's Server that says where it serves once its socket is bound, with the real port."""

    def __init__(self, config: Any, announce: Any) -> None:
        import uvicorn

        announce_bound = announce

        class Server(uvicorn.Server):
            async def startup(self, sockets: Sequence[socket.socket] | None = None) -> None:
                await super().startup(sockets=sockets)
                if self.started:
                    bound = self.servers[0].sockets[0].getsockname()[1] if self.servers else config.port
                    click.echo(announce_bound(bound), err=True)

        self.server = Server(config)

    def run(self) -> None:
        self.server.run()


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
