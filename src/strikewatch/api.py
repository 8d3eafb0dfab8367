"""The REST API under ``/api/``, and the app factory that also mounts the dashboard.

``create_app(store, options)`` returns a FastAPI app whose routes are thin: validate the
request (pydantic models, here at the edge only), call one ``Store`` query, return its
JSON-ready dict as it is. Every error, from a bad parameter to an unknown page or a crash,
leaves through one handler with one shape::

    {"ok": false, "error": {"status": 400, "code": "bad_parameter",
                            "message": "limit: must be at most 500", "parameter": "limit"}}

(``parameter`` only when one parameter is to blame). Dashboard pages get the same fields as an
HTML page. Every response carries the security headers of ``SECURITY_HEADERS``.
"""

from __future__ import annotations

import hmac
import io
import json
import logging
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, is_dataclass
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import __version__
from . import api_models as out
from .check import CheckOptions
from .config import per_run, setting
from .countries import country_code
from .errors import ApiError, InputError
from .export import (
    CLAIM_COLUMNS,
    EXPORT_FORMATS,
    INCIDENT_COLUMNS,
    WRITERS,
    ExportError,
    claim_rows,
    incident_rows,
)
from .gazetteer import english_names
from .ingest import parse_published, read_inputs
from .records import Rejection
from .store import INCIDENT_SORTS as STORE_SORTS

LOG = logging.getLogger(__name__)
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
INCIDENT_SORTS = tuple(f"{direction}{key}" for key in STORE_SORTS for direction in ("", "-"))
# The largest number any parameter takes: the largest integer a JSON reader in JavaScript keeps exact,
# well below SQLite's 2**63, past which the database itself fails.
MAX_NUMBER = 2**53 - 1
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
}


@dataclass(frozen=True)
class ServeOptions:
    """How ``strikewatch serve`` behaves; defaults from defaults.toml [serve]."""

    host: str = setting("serve", "host")
    port: int = setting("serve", "port")
    page_size: int = setting("serve", "page_size")
    max_page_size: int = setting("serve", "max_page_size")
    max_query_chars: int = setting("serve", "max_query_chars")
    max_ingest_articles: int = setting("serve", "max_ingest_articles")
    max_ingest_bytes: int = setting("serve", "max_ingest_bytes")
    timeline_max_bars: int = setting("serve", "timeline_max_bars")
    latest_incidents: int = setting("serve", "latest_incidents")
    export_batch: int = setting("serve", "export_batch")
    ingest_token: str | None = per_run(None)  # POST /api/articles is off without one
    cors_origins: tuple[str, ...] = per_run(())  # sites whose pages may read the API; none by default

    @classmethod
    def from_defaults(cls, **overrides: Any) -> ServeOptions:
        """The settings' values ([serve] of defaults.toml and --config), then OVERRIDES."""
        return cls(**overrides)


# Request models: the edge of the API. Unknown query parameters are refused (extra="forbid") so that a
# misspelt filter ("min_drone=100") is a 400 naming it, not a silently unfiltered answer.
class Page(BaseModel):
    model_config = ConfigDict(extra="forbid")
    limit: int | None = Field(
        None, ge=1, le=MAX_NUMBER, description="rows to return (default and maximum in [serve])"
    )
    offset: int = Field(0, ge=0, le=MAX_NUMBER, description="rows to skip")


class ArticleQuery(Page):
    q: str | None = Field(None, description="text search in titles and article text")


class DateRange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    since: date | None = Field(None, description="first night, YYYY-MM-DD (inclusive)")
    until: date | None = Field(None, description="last night, YYYY-MM-DD (inclusive)")


class Theatre(DateRange):
    attacker: str | None = Field(None, description="a country: ISO alpha-2 (RU) or name (Russia)")
    target: str | None = Field(None, description="a country: ISO alpha-2 (UA) or name (Ukraine)")

    @field_validator("attacker", "target")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return country_code(value) if value and value.strip() else None


class IncidentFilters(Theatre):
    place: str | None = Field(
        None, description="a place the incident names, e.g. Kyiv (any case; Київ and Киев work too)"
    )
    place_match: Literal["exact", "contains"] = Field(
        "exact", description="exact: Kyiv is not Kyiv Oblast; contains: any place containing the text"
    )
    min_drones: int | None = Field(
        None, ge=0, le=MAX_NUMBER, description="at least this many drones launched"
    )
    q: str | None = Field(None, description="text search in the incident's id and places")
    differs: bool = Field(
        False, description="only incidents with a national figure that differs from the Air Force tallies "
        "(further than [check] tolerance from the official figure)"
    )
    sort: Literal[INCIDENT_SORTS] = Field("-date", description="column, '-' first for descending")  # type: ignore[valid-type]  # a tuple of literals is valid at run time


class IncidentQuery(IncidentFilters, Page):
    pass


class ArticleIn(BaseModel):
    """One article sent to POST /api/articles; the same fields as a JSONL input line."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=400)
    text: str = Field(description="the article's text; must not be empty")
    title: str | None = None
    published: str | None = Field(None, description="ISO 8601 date or date-time, e.g. 2025-07-04")
    url: str | None = None
    outlet: str | None = None

    @field_validator("text")
    @classmethod
    def _not_empty(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("empty text")
        return text

    @field_validator("published")
    @classmethod
    def _iso_date(cls, published: str | None) -> str | None:
        if published:
            try:
                parse_published(published)
            except InputError as error:
                raise ValueError(error.problem) from None
        return published or None


ARTICLE_LIST = TypeAdapter(list[ArticleIn])
ARTICLES_IN = TypeAdapter(ArticleIn | list[ArticleIn])  # the request body's schema, for the OpenAPI document
SCHEMA_REF = "#/components/schemas/{model}"
BODY_SCHEMA = {k: v for k, v in ARTICLES_IN.json_schema(ref_template=SCHEMA_REF).items() if k != "$defs"}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": out.ErrorBody, "description": "a bad parameter, an unknown id or path, a refusal"},
    "5XX": {"model": out.ErrorBody, "description": "an internal error (the server log has the details)"},
}


def create_app(store: Any, options: ServeOptions | None = None) -> FastAPI:
    """The whole web application over STORE: the API under /api/ and the dashboard."""
    from . import web  # the dashboard builds on this module's models and errors

    options = options or ServeOptions.from_defaults()
    app = FastAPI(
        title="strikewatch",
        version=__version__,
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,  # their pages load scripts from a CDN
        description="Aerial attacks reported in the news, reconciled across outlets, with evidence.",
    )
    app.state.store = store
    app.state.options = options
    app.openapi = lambda: openapi_document(app)  # type: ignore[method-assign]  # FastAPI's documented way
    for kind in (ApiError, RequestValidationError, StarletteHTTPException):
        app.add_exception_handler(kind, handle_error)  # anything else reaches SecurityHeaders, below
    app.include_router(router)
    web.install(app)
    app.add_middleware(SecurityHeaders)
    if options.cors_origins:
        # Only reading is shared: a page elsewhere may GET the API, never POST to it with a token.
        app.add_middleware(CORSMiddleware, allow_origins=list(options.cors_origins), allow_methods=["GET"])
    return app


def openapi_document(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document, plus the request body's models, which the POST route reads by hand."""
    if app.openapi_schema is None:
        document = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        body = ARTICLES_IN.json_schema(ref_template=SCHEMA_REF)
        document.setdefault("components", {}).setdefault("schemas", {}).update(body.get("$defs", {}))
        app.openapi_schema = document
    return app.openapi_schema


async def handle_error(request: Request, exc: Exception) -> Any:
    """The one exception handler: every error becomes an ApiError, sent as JSON or as a page."""
    error = as_api_error(exc)
    if wants_html(request):
        from .web import error_page

        return error_page(request, error)
    return JSONResponse(error.body(), status_code=error.status, headers=error.headers)


def as_api_error(exc: Exception) -> ApiError:
    """Translate whatever was raised into an ApiError."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, RequestValidationError | ValidationError):
        return _validation_error(exc.errors())
    if isinstance(exc, StarletteHTTPException):
        message = {404: "no such page", 405: "method not allowed here"}.get(exc.status_code, str(exc.detail))
        return ApiError(exc.status_code, message, headers=exc.headers)
    return ApiError(500, f"internal error ({type(exc).__name__}); the server log has the details")


def _validation_error(errors: list[Any]) -> ApiError:
    """The first problem of a pydantic error list, naming its parameter."""
    first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
    loc = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body")]
    parameter = ".".join(loc) or None
    message = first.get("msg", "invalid value")
    if first.get("type") == "value_error" and "error" in first.get("ctx", {}):
        message = str(first["ctx"]["error"])  # a validator's own message already shows the value
    elif first.get("type") == "extra_forbidden":
        message = "unknown parameter"
    elif first.get("type") == "literal_error" and parameter == "sort":
        message = f"must be one of {', '.join(INCIDENT_SORTS)}"
    elif "input" in first and isinstance(first["input"], str | int | float):
        given = repr(first["input"])
        message = f"{message} (got {given if len(given) <= 60 else given[:40] + '…'})"
    return ApiError(400, f"{parameter}: {message}" if parameter else message, parameter=parameter)


def wants_html(request: Request) -> bool:
    """A dashboard page (not /api/, not a JSON twin) gets its errors as a page."""
    path = request.url.path
    return not (
        path.startswith("/api") or path.endswith(".json") or request.query_params.get("format") == "json"
    )


def page_args(page: Page, options: ServeOptions) -> dict[str, int]:
    """limit and offset for the store, the limit defaulted and capped."""
    limit = options.page_size if page.limit is None else page.limit
    if limit > options.max_page_size:
        raise ApiError(
            400, f"limit: must be at most {options.max_page_size} (got {limit})", parameter="limit"
        )
    return {"limit": limit, "offset": page.offset}


def date_args(span: DateRange) -> dict[str, str | None]:
    """since and until as ISO dates for the store, checked to be in order."""
    if span.since and span.until and span.since > span.until:
        raise ApiError(400, f"until: {span.until} is before since ({span.since})", parameter="until")
    return {"since": span.since and span.since.isoformat(), "until": span.until and span.until.isoformat()}


def text_arg(name: str, value: str | None, options: ServeOptions) -> str | None:
    """A search text, stripped; empty is none, too long or with a control character is a 400."""
    value = (value or "").strip() or None
    if value and len(value) > options.max_query_chars:
        raise ApiError(
            400, f"{name}: at most {options.max_query_chars} characters (got {len(value)})", parameter=name
        )
    control = next((c for c in value or "" if unicodedata.category(c) == "Cc"), None)
    if control is not None:
        # NUL in particular ends the pattern early in SQLite's LIKE, which then matches every row
        raise ApiError(400, f"{name}: control character {control!r} is not allowed", parameter=name)
    return value


def incident_args(filters: IncidentFilters, options: ServeOptions) -> dict[str, Any]:
    """Keyword arguments of Store.incidents for FILTERS (no paging)."""
    return {
        **date_args(filters),
        "place": place_arg("place", filters.place, options),
        "place_match": filters.place_match,
        "attacker": filters.attacker,
        "target": filters.target,
        "min_drones": filters.min_drones,
        "q": place_arg("q", filters.q, options),
        "differs_by": CheckOptions.from_defaults().tolerance if filters.differs else None,
        "sort": filters.sort,
    }


def place_arg(name: str, value: str | None, options: ServeOptions) -> str | None:
    """A place search, checked like any text; a Ukrainian or Russian name (or an old spelling) becomes
    the gazetteer's English one, as the incidents name places: Київ and Киев are Kyiv."""
    text = text_arg(name, value, options)
    english = english_names(text) if text else []
    return english[0] if english else text


def store_of(request: Request) -> Any:
    return request.app.state.store


def options_of(request: Request) -> ServeOptions:
    return request.app.state.options


# Store results are JSON-ready: routes hand them to JSONResponse as they are, skipping FastAPI's re-encoding
# and validation of the return value, which at 10k incidents costs more than the query.
router = APIRouter(prefix="/api", tags=["api"], responses=ERROR_RESPONSES)


@router.get("", summary="What this API serves", response_model=out.ApiIndex)
def api_index(request: Request) -> JSONResponse:
    return JSONResponse(
        {
            "name": "strikewatch",
            "version": __version__,
            "openapi": "/api/openapi.json",
            "ingest": options_of(request).ingest_token is not None,
            "endpoints": sorted(request.app.openapi()["paths"]),
        }
    )


@router.get("/articles", summary="Stored articles, newest first", response_model=out.ArticlePage)
def list_articles(request: Request, query: Annotated[ArticleQuery, Query()]) -> JSONResponse:
    options = options_of(request)
    return JSONResponse(
        store_of(request).articles(q=place_arg("q", query.q, options), **page_args(query, options))
    )


@router.get(
    "/articles/{article_id:path}",
    summary="One article: text, record, outlets, versions",
    response_model=out.Article,
)
def get_article(request: Request, article_id: str) -> JSONResponse:
    return JSONResponse(found(store_of(request).article(article_id), "article", article_id))


@router.get("/incidents", summary="Incidents, filtered and sorted", response_model=out.IncidentPage)
def list_incidents(request: Request, query: Annotated[IncidentQuery, Query()]) -> JSONResponse:
    options = options_of(request)
    return JSONResponse(
        store_of(request).incidents(**incident_args(query, options), **page_args(query, options))
    )


@router.get(
    "/incidents/{incident_id}",
    summary="One incident with its figures, claims and conflicts",
    response_model=out.Incident,
)
def get_incident(request: Request, incident_id: str) -> JSONResponse:
    return JSONResponse(found(store_of(request).incident(incident_id), "incident", incident_id))


@router.get(
    "/stats",
    summary="One theatre's series per night and per week, largest attacks and totals",
    description="The theatre is the attacker -> target country the query names; when the query leaves "
    "more than one open, the busiest (most incidents in the date range). Nothing of one theatre is "
    "added to another's; `theatres` lists them all.",
    response_model=out.Stats,
)
def get_stats(request: Request, query: Annotated[Theatre, Query()]) -> JSONResponse:
    return JSONResponse(
        store_of(request).stats(**date_args(query), attacker=query.attacker, target=query.target)
    )


@router.get("/rejects", summary="Inputs that could not be stored, and why", response_model=out.RejectPage)
def list_rejects(request: Request, query: Annotated[Page, Query()]) -> JSONResponse:
    return JSONResponse(store_of(request).rejects(**page_args(query, options_of(request))))


@router.get(
    "/exports/articles.jsonl",
    summary="Every stored article record (SPEC), one a line",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {"schema": {"type": "string"}}}}},
)
def export_articles_jsonl(request: Request, query: Annotated[ArticleQuery, Query()]) -> StreamingResponse:
    """Every article's record (or LIMIT of them, after OFFSET), newest first, like /api/articles."""
    store, options = store_of(request), options_of(request)
    search = place_arg("q", query.q, options)
    rows = _pages(
        lambda limit, offset: store.articles(q=search, limit=limit, offset=offset),
        options.export_batch,
        start=query.offset,
        count=query.limit,
    )
    records = (store.article(row["id"]) for row in rows)
    lines = (json.dumps(r["record"], ensure_ascii=False, separators=(",", ":")) + "\n" for r in records if r)
    return StreamingResponse(
        lines,
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="articles.jsonl"'},
    )


@router.get(
    "/exports/{name}",
    summary="Incidents or claims as a file: csv, jsonl, geojson or parquet",
    response_class=Response,
    responses={
        200: {
            "description": "the file",
            "content": {t: {"schema": {"type": "string"}} for t in sorted(set(MEDIA_TYPES.values()))},
        }
    },
)
def export_table(request: Request, name: str, query: Annotated[IncidentFilters, Query()]) -> Response:
    """incidents.EXT (filtered like /api/incidents) or claims.EXT (the claims of those incidents)."""
    table, _, extension = name.rpartition(".")
    if table not in ("incidents", "claims") or extension not in EXPORT_FORMATS:
        formats = ", ".join(EXPORT_FORMATS)
        raise ApiError(
            404,
            f"no export {name!r}: ask for incidents.EXT or claims.EXT, EXT one of {formats}",
            code="export_not_found",
        )
    filters = {k: v for k, v in incident_args(query, options_of(request)).items() if k != "sort"}
    rows, columns = _export_rows(store_of(request), table, filters)
    buffer = io.BytesIO()
    try:
        WRITERS[extension](buffer, rows, columns)
    except ExportError as error:
        raise ApiError(501, str(error), code="export_unavailable") from None
    return Response(
        buffer.getvalue(),
        media_type=MEDIA_TYPES[extension],
        headers={"Content-Disposition": f'attachment; filename="{table}.{extension}"'},
    )


def _export_rows(store: Any, table: str, filters: dict[str, Any]) -> tuple[Iterable[dict], dict[str, str]]:
    """The export module's rows for TABLE, streamed: the same rows `strikewatch export` writes."""
    if table == "incidents":
        return incident_rows(store, **filters), INCIDENT_COLUMNS
    located = {row["id"]: (row["latitude"], row["longitude"]) for row in incident_rows(store, **filters)}
    claims = ({**row, "_at": located[row["incident_id"]]} for row in claim_rows(store, **filters)
              if row["incident_id"] in located)
    return claims, CLAIM_COLUMNS


@router.post(
    "/articles",
    summary="Ingest articles (needs the ingest token)",
    status_code=200,
    response_model=out.IngestResult,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": BODY_SCHEMA}},
        }
    },
)
async def post_articles(request: Request) -> JSONResponse:
    options = options_of(request)
    check_token(request.headers.get("authorization"), options.ingest_token)
    articles = _parse_articles(await _read_body(request, options.max_ingest_bytes), options)
    lines = b"".join(a.model_dump_json(exclude_none=True).encode("utf-8") + b"\n" for a in articles)
    items = list(read_inputs(["-"], stdin=io.BytesIO(lines)))  # the same checks as a JSONL file gets
    rejected: list[dict[str, str]] = []

    def keep(rejection: Rejection, stage: str) -> None:
        rejected.append({"input": rejection.input, "stage": stage, "reason": rejection.reason})

    summary = await run_in_threadpool(store_of(request).ingest, items, on_reject=keep)
    return JSONResponse(
        {"ok": not rejected, "received": len(articles), "summary": plain(summary), "rejected": rejected}
    )


def check_token(authorization: str | None, token: str | None) -> None:
    """Refuse unless ingest is on and AUTHORIZATION is ``Bearer <token>``."""
    if not token:
        raise ApiError(403, "ingest is off: start the server with --ingest-token or STRIKEWATCH_INGEST_TOKEN")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(
            401,
            "missing or wrong ingest token (send 'Authorization: Bearer <token>')",
            parameter="Authorization",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with a 413 as soon as it passes LIMIT bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"request body is {int(declared):,} bytes, over the {limit:,}-byte limit")
    if "json" not in request.headers.get("content-type", "application/json"):
        raise ApiError(415, "send the articles as application/json", parameter="Content-Type")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(413, f"request body is over the {limit:,}-byte limit")
    return bytes(body)


def _parse_articles(body: bytes, options: ServeOptions) -> list[ArticleIn]:
    """The body's article or list of articles, validated; the first problem names its place."""
    try:
        data = json.loads(body)
    except ValueError as error:
        raise ApiError(400, f"body: not valid JSON ({error})", parameter="body") from None
    try:
        articles = (
            ARTICLE_LIST.validate_python(data) if isinstance(data, list) else [ArticleIn.model_validate(data)]
        )
    except ValidationError as error:
        raise _validation_error(error.errors()) from None
    if not articles:
        raise ApiError(400, "body: no articles in the list", parameter="body")
    if len(articles) > options.max_ingest_articles:
        raise ApiError(
            400,
            f"body: {len(articles)} articles, over the limit of {options.max_ingest_articles} a request",
            parameter="body",
        )
    return articles


def found(row: dict | None, kind: str, key: str) -> dict:
    """ROW, or a 404 that names what was not found."""
    if row is None:
        raise ApiError(404, f"no {kind} with id {key!r}", code=f"{kind}_not_found")
    return row


def plain(value: Any) -> Any:
    """A store result as JSON-ready data: dataclasses and objects with to_dict() become dicts."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if is_dataclass(value) and not isinstance(value, type):
        return json.loads(json.dumps(asdict(value), default=str))
    return value


def _pages(
    fetch: Callable[[int, int], dict], batch: int, start: int = 0, count: int | None = None
) -> Iterator[dict]:
    """The items of a paged store query from START on (COUNT of them, or all), BATCH at a time."""
    offset, left = start, count
    while left is None or left > 0:
        size = batch if left is None else min(batch, left)
        page = fetch(size, offset)
        yield from page["items"]
        offset += len(page["items"])
        left = None if left is None else left - len(page["items"])
        if not page["items"] or offset >= page["total"]:
            return


class SecurityHeaders:
    """ASGI middleware that adds SECURITY_HEADERS to every response, pages, API and static files alike."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []), *self.headers]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            # A crash still answers in the one error shape, with these headers; the log keeps the trace.
            LOG.exception("error while serving %s", scope.get("path"))
            if started:
                raise
            response = await handle_error(Request(scope), exc)
            await response(scope, receive, send_with_headers)
