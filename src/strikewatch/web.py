"""The dashboard: server-rendered pages over the store, each with a JSON twin.

Pages (every one also as JSON, with ``.json`` after the path or ``?format=json``):

    /                      overview: timeline per night, casualties per week, largest, latest
    /incidents             the incidents table, filtered and sorted by query parameters
    /incidents/{id}        one incident: figures, the claims behind each, conflicts, official tallies
    /articles              stored articles
    /articles/{id}         one article: its text with every evidence span marked, brief, events

Everything comes from the package (templates/, static/): no script, style or font is fetched
from anywhere, and the pages carry no inline script or style, so the Content-Security-Policy
can forbid both. Jinja2 autoescapes everything; the only markup built in Python (charts and
evidence highlights) escapes each piece of text itself. Sorting and filtering are query
parameters, so every view is a link that can be shared.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape
from pydantic import ValidationError

from .api import (
    ApiError,
    ArticleQuery,
    IncidentQuery,
    Theatre,
    as_api_error,
    date_args,
    found,
    incident_args,
    options_of,
    page_args,
    place_arg,
    store_of,
    text_arg,
)
from .charts import casualties_svg, tally_svg, timeline_period, timeline_svg
from .check import CheckOptions, check_incidents, night_series
from .countries import country_name
from .gazetteer import locate, locate_each
from .maps import MapPoint, map_svg
from .store import FIGURE_FIELDS as STORE_FIGURE_FIELDS

# The store's figures first, in its order, then the rest of an incident's figures.
FIGURE_FIELDS = (*STORE_FIGURE_FIELDS, "damage", "places", "record", "alert_hours", "date")
SORTABLE = ("date", "drones", "missiles", "killed", "injured", "reports")  # columns of the incidents table
PAGER_NEIGHBOURS = 2  # page numbers shown either side of the current page

ENV = Environment(
    loader=PackageLoader("strikewatch", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def install(app: FastAPI) -> None:
    """Add the dashboard pages and the bundled static files to APP."""
    app.mount("/static", StaticFiles(directory=str(files("strikewatch").joinpath("static"))), name="static")
    for path, endpoint in (
        (r"/", overview),
        ("/index.json", overview),
        ("/incidents", incidents_page),
        ("/incidents.json", incidents_page),
        ("/incidents/{incident_id}", incident_page),
        ("/articles", articles_page),
        ("/articles.json", articles_page),
        ("/articles/{article_id:path}", article_page),
    ):
        app.add_api_route(path, endpoint, methods=["GET"], include_in_schema=False)


# Pages -------------------------------------------------------------------------------------------


async def overview(request: Request) -> Response:
    """Timeline, map, casualties per week, the largest and latest attacks of one theatre, for a date range.

    Nothing of one attacker -> target country is added to another's: the page describes the theatre the
    query names, or, when it leaves more than one open, the busiest of them (most incidents); the table
    of theatres above the charts lists every theatre of the date range and switches to another.
    """
    query, errors = _validated(Theatre, request, check=date_args)
    store, options = store_of(request), options_of(request)
    dates = date_args(query)
    stats = await run_in_threadpool(
        lambda: store.stats(**dates, attacker=query.attacker, target=query.target)
    )
    theatre = stats["theatre"]
    filters = {**dates, "attacker": theatre["attacker"], "target": theatre["target_country"]}
    latest = await run_in_threadpool(
        lambda: store.incidents(**filters, sort="-date", limit=options.latest_incidents)
    )
    theatres = await run_in_threadpool(lambda: store.theatres(**dates))
    groups = await run_in_threadpool(lambda: store.place_totals(**filters))
    countries = await run_in_threadpool(store.countries)
    check_options = CheckOptions.from_defaults()
    series = await run_in_threadpool(
        lambda: night_series(check_incidents(store.tally_incidents(**filters), check_options),
                             check_options.large_gap)
    )
    selection = {k: v for k, v in filters.items() if v}
    points = _strike_points(groups, selection)
    data = {"stats": stats, "latest": latest, "theatres": theatres, "filters": selection,
            "map": [point.__dict__ for point in points], "tallies": series}
    count = sum(group["incidents"] for group in groups)
    drawn = map_svg(points, f"Where the {count} selected incidents struck")
    return _respond(
        request,
        "overview.html",
        data,
        status=400 if errors else 200,
        errors=errors,
        form=_form_values(request),
        countries=countries,
        theatre_link=lambda t: "/?" + urlencode({**{k: v for k, v in dates.items() if v},
                                                 **_theatre_args(t)}),
        timeline=timeline_svg(
            stats["nights"], link=_period_link(selection), max_days=options.timeline_max_bars
        ),
        period=timeline_period(stats["nights"], options.timeline_max_bars) if stats["nights"] else "night",
        max_days=options.timeline_max_bars,
        casualties=casualties_svg(stats["weeks"]),
        tallies=tally_svg(series, link=_period_link(selection)),
        large_gap=check_options.large_gap,
        strike_map=drawn,
    )


def _theatre_args(theatre: Mapping[str, Any]) -> dict[str, str]:
    """The query parameters that select THEATRE (a row of Store.theatres)."""
    return {k: v for k, v in (("attacker", theatre["attacker"]), ("target", theatre["target_country"])) if v}


def _period_link(selection: Mapping[str, Any]) -> Any:
    """The incidents of a night or a period, in the selected theatre."""
    keep = {k: v for k, v in selection.items() if k in ("attacker", "target")}
    return lambda first, last: "/incidents?" + urlencode({**keep, "since": first, "until": last})


def _strike_points(groups: Sequence[Mapping], selection: Mapping[str, Any]) -> list[MapPoint]:
    """One circle per place struck (an incident counts at its first place that can be placed),
    sized by the drones and missiles launched there, linking to its incidents. GROUPS are
    Store.place_totals: incidents with the same places, counted together."""
    by_place: dict[str, dict[str, Any]] = {}
    for group in groups:
        for place in group["places"]:
            at = locate([place])
            if at is None:
                continue
            spot = by_place.setdefault(place, {"at": at, "incidents": 0, "launched": 0})
            spot["incidents"] += group["incidents"]
            spot["launched"] += group["launched"] or 0
            break
    points = []
    for place, spot in by_place.items():
        title = (f"{place}: {spot['incidents']} incident{'s' if spot['incidents'] != 1 else ''}, "
                 f"{spot['launched']:,} drones and missiles launched")
        href = "/incidents?" + urlencode({**selection, "place": place})
        points.append(MapPoint(place, *spot["at"], value=spot["launched"], title=title, href=href))
    return points


async def incidents_page(request: Request) -> Response:
    """The incidents table: every filter of the API, sorting by column, paging, totals per theatre.

    A bad filter keeps the page: the other filters apply and the error shows beside its field
    (the JSON twin answers 400, as the API does).
    """
    options = options_of(request)
    query, errors = _validated(IncidentQuery, request, check=lambda q: incident_args(q, options))
    args = {**incident_args(query, options), **page_args(query, options)}
    store = store_of(request)
    page = await run_in_threadpool(lambda: store.incidents(**args))
    selection = {k: v for k, v in args.items() if k not in ("sort", "limit", "offset")}
    theatres = await run_in_threadpool(lambda: store.theatres(**selection))
    countries = await run_in_threadpool(store.countries)
    filters = {
        k: v for k, v in _query_params(request).items() if k not in ("offset", "limit", *errors)
    }
    return _respond(
        request,
        "incidents.html",
        {**page, "filters": filters, "sort": args["sort"], "theatres": theatres},
        status=400 if errors else 200,
        errors=errors,
        form=_form_values(request),
        countries=countries,
        sort_links=_sort_links(request, args["sort"]),
        pager=_pager(request, page),
        export_query=urlencode(filters),
    )


async def incident_page(request: Request, incident_id: str) -> Response:
    """One incident: reconciled figures, the claims behind each (each linking to its quote in its
    article), conflicts, each place's own figures, official tallies, its places on a map, its articles."""
    _refuse_unknown(request, allowed=())
    store = store_of(request)
    incident, as_json = await _find(request, "incident", incident_id, store.incident)
    records = await run_in_threadpool(lambda: _records(store, incident))
    places = [
        MapPoint(name, *at, title=name, label=True, href="/incidents?" + urlencode({"place": name}))
        for name, at in locate_each(incident.get("places") or [])
    ]
    return _respond(
        request,
        "incident.html",
        incident,
        as_json=as_json,
        figures=_figure_rows(incident.get("figures") or {}),
        place_reports=[{**report, "figures": _figure_rows(report.get("figures") or {})}
                       for report in incident.get("place_reports") or []],
        quote_url=lambda claim, field: _quote_url(records, claim, field),
        place_map=map_svg(places, f"The places of incident {incident['id']}"),
    )


def _records(store: Any, incident: Mapping[str, Any]) -> dict[str, dict]:
    """The article records of INCIDENT's articles, by article id."""
    found_records = {}
    for brief in incident.get("articles") or []:
        article = store.article(brief["id"])
        if article is not None:
            found_records[brief["id"]] = article.get("record") or {}
    return found_records


def _quote_url(records: Mapping[str, dict], claim: Mapping[str, Any], field_name: str) -> str:
    """The claim's article, at the mark of the quote that gives the claim (its anchor), when found."""
    url = article_url(claim["article_id"])
    events = records.get(claim["article_id"], {}).get("events") or []
    index = claim.get("event_index")
    if not isinstance(index, int) or not 0 <= index < len(events):
        return url
    for ev in events[index].get("evidence") or []:
        if ev.get("field") == field_name and ev.get("quote") == claim.get("quote"):
            return f"{url}#{quote_anchor(ev['start'], ev['end'])}"
    return url


def quote_anchor(start: int, end: int) -> str:
    """The id of the mark (or of the anchor inside it) for the quote at START:END."""
    return f"q-{start}-{end}"


async def articles_page(request: Request) -> Response:
    """Stored articles, newest first, with a text search; a bad search keeps the page."""
    options = options_of(request)
    query, errors = _validated(ArticleQuery, request, check=lambda q: text_arg("q", q.q, options))
    page = await run_in_threadpool(
        lambda: store_of(request).articles(q=place_arg("q", query.q, options), **page_args(query, options))
    )
    return _respond(
        request,
        "articles.html",
        {**page, "q": query.q or ""},
        status=400 if errors else 200,
        errors=errors,
        form=_form_values(request),
        pager=_pager(request, page),
    )


async def article_page(request: Request, article_id: str) -> Response:
    """One article: its text with every evidence span marked and labelled, its brief and events."""
    _refuse_unknown(request, allowed=())
    article, as_json = await _find(request, "article", article_id, store_of(request).article)
    record = article.get("record") or {}
    spans = evidence_spans(record.get("events") or [])
    return _respond(
        request,
        "article.html",
        article,
        as_json=as_json,
        highlighted=highlight(article.get("text") or "", spans),
        spans=spans,
        link=_safe_link(article.get("url")),
    )


def error_page(request: Request, error: ApiError) -> HTMLResponse:
    """The HTML face of the one error shape."""
    body = ENV.get_template("error.html").render(**_common(request), error=error.body()["error"])
    return HTMLResponse(body, status_code=error.status, headers=error.headers)


# Request and response helpers ---------------------------------------------------------------------


def _query_params(request: Request) -> dict[str, str]:
    """Query parameters without 'format' and without empty values (an HTML form sends every field)."""
    return {k: v for k, v in request.query_params.items() if k != "format" and v.strip() != ""}


def _validated(model: Any, request: Request, check: Any = None) -> tuple[Any, dict[str, str]]:
    """The query as MODEL, its bad parameters left out, and each one's error by name.

    The JSON twin raises the first error (a 400 in the API's shape); a page keeps going with the
    good parameters and shows each error beside its field. CHECK runs the route's own checks
    (dates in order, search length) on the model, raising ApiError.
    """
    fmt = request.query_params.get("format")
    if fmt not in (None, "json", "html"):
        raise ApiError(400, f"format: must be json or html (got {fmt!r})", parameter="format")
    params = _query_params(request)
    errors: dict[str, str] = {}
    while True:
        try:
            query = model.model_validate(params)
            if check is not None:
                check(query)
            return query, errors
        except (ValidationError, ApiError) as raised:
            error = as_api_error(raised)
            if _wants_json(request) or not error.parameter or error.parameter not in params:
                raise error from None
            errors[error.parameter] = error.message
            params.pop(error.parameter)


def _form_values(request: Request) -> dict[str, str]:
    """What the user typed in each field, bad values included, to show back in the form."""
    return dict(request.query_params)


def _refuse_unknown(request: Request, allowed: Iterable[str]) -> None:
    for name in request.query_params:
        if name != "format" and name not in allowed:
            raise ApiError(400, f"{name}: unknown parameter", parameter=name)
    fmt = request.query_params.get("format")
    if fmt not in (None, "json", "html"):
        raise ApiError(400, f"format: must be json or html (got {fmt!r})", parameter="format")


async def _find(request: Request, kind: str, key: str, lookup: Any) -> tuple[dict, bool]:
    """The row for KEY; KEY ending in .json asks for the JSON twin unless a row has that very id."""
    row = await run_in_threadpool(lookup, key)
    if row is None and key.endswith(".json"):
        row = await run_in_threadpool(lookup, key[: -len(".json")])
        if row is not None:
            return row, True
    return found(row, kind, key), False


def _wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json") or request.query_params.get("format") == "json"


def _respond(
    request: Request,
    template: str,
    data: Mapping[str, Any],
    *,
    as_json: bool | None = None,
    status: int = 200,
    **extra: Any,
) -> Response:
    """DATA as JSON for the twin, else the page rendered from DATA and EXTRA (with STATUS)."""
    if _wants_json(request) if as_json is None else as_json or request.query_params.get("format") == "json":
        return JSONResponse(data)
    extra.setdefault("errors", {})
    html = ENV.get_template(template).render(**{**_common(request), "data": data, **extra})
    return HTMLResponse(html, status_code=status)


def _common(request: Request) -> dict[str, Any]:
    """What every template may use: the page's JSON twin link and the helpers."""
    params = dict(request.query_params)
    params["format"] = "json"
    return {
        "path": request.url.path,
        "json_url": f"{request.url.path}?{urlencode(params)}",
        "article_url": article_url,
        "incident_url": incident_url,
        "quote_anchor": quote_anchor,
        "theatre_link": lambda t: "/incidents?" + urlencode(_theatre_args(t)),
        "country": country_name,
        "num": num,
        "label": field_label,
        "value": show_value,
        "tolerance": CheckOptions.from_defaults().tolerance,
    }


def article_url(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def incident_url(incident_id: str) -> str:
    return "/incidents/" + quote(incident_id, safe="")


def num(value: Any) -> str:
    """A count with thousands separators; an unknown figure is a dash, never 0."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return str(value)


def show_value(value: Any) -> str:
    """Any figure's value as text: lists joined, numbers via num()."""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "—"
    return num(value)


def field_label(name: str) -> str:
    return name.replace(".", " ").replace("_", " ")


def _safe_link(url: str | None) -> str | None:
    """URL when it is http(s): an article's url is untrusted and must never be a javascript: link."""
    if url and urlsplit(url).scheme.lower() in ("http", "https"):
        return url
    return None


def _sort_links(request: Request, current: str) -> dict[str, dict[str, str]]:
    """For each sortable column: the link that sorts by it (toggling direction) and its arrow."""
    params = _query_params(request)
    params.pop("offset", None)
    links = {}
    for key in SORTABLE:
        descending = current == f"-{key}"
        ascending = current == key
        target = key if descending else f"-{key}"
        arrow = "▼" if descending else "▲" if ascending else ""
        links[key] = {"url": f"{request.url.path}?{urlencode({**params, 'sort': target})}", "arrow": arrow}
    return links


def _pager(request: Request, page: Mapping[str, Any]) -> dict[str, Any]:
    """Links to the previous and next page and to numbered pages, keeping every other parameter."""
    params = _query_params(request)
    limit, offset, total = page["limit"], page["offset"], page["total"]

    def at(value: int) -> str:
        return f"{request.url.path}?{urlencode({**params, 'offset': value})}"

    current, pages = offset // limit + 1, max(1, math.ceil(total / limit))
    around = range(max(1, current - PAGER_NEIGHBOURS), min(pages, current + PAGER_NEIGHBOURS) + 1)
    shown = sorted({1, pages, *around})
    numbers: list[dict[str, Any]] = []
    for number in shown:
        if numbers and number > numbers[-1]["number"] + 1:
            numbers.append({"number": None, "url": None, "current": False})  # a gap: "…"
        numbers.append({"number": number, "url": at((number - 1) * limit), "current": number == current})
    return {
        "previous": at(max(offset - limit, 0)) if offset > 0 else None,
        "next": at(offset + limit) if offset + limit < total else None,
        "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
        "total": total,
        "page": current,
        "pages": pages,
        "numbers": numbers if pages > 1 else [],
    }


def _figure_rows(figures: Mapping[str, Mapping]) -> list[dict[str, Any]]:
    """The incident's figures in a fixed, readable order; conflicting ones flagged."""
    order = {name: i for i, name in enumerate(FIGURE_FIELDS)}
    names = sorted(figures, key=lambda name: (order.get(name, len(order)), name))
    return [{"field": name, **figures[name]} for name in names]


# Evidence highlights ------------------------------------------------------------------------------


@dataclass
class Span:
    """A stretch of article text that one or more evidence quotes point at."""

    start: int
    end: int
    fields: list[str]
    events: list[int]
    sources: list[str] = field(default_factory=list)
    hedged: bool = False
    merged: bool = False  # two crossing quotes joined into one mark
    children: list[Span] = field(default_factory=list)
    ranges: list[tuple[int, int]] = field(default_factory=list)  # the quotes it marks, each an anchor

    def __post_init__(self) -> None:
        self.ranges = self.ranges or [(self.start, self.end)]

    def label(self) -> str:
        return " · ".join(field_label(f) for f in self.fields)


def evidence_spans(events: Sequence[Mapping]) -> list[Span]:
    """One Span per distinct (start, end) of the events' evidence; crossing spans merged.

    Spans that nest are kept apart (rendered as nested marks); spans that cross ("261 drones and
    44" / "44 missiles") cannot nest in markup, so they become one mark covering both, labelled
    with both fields. The result is sorted by (start, -end) and does not depend on input order.
    """
    by_range: dict[tuple[int, int], Span] = {}
    for index, event in enumerate(events):
        for ev in event.get("evidence") or []:
            start, end = int(ev["start"]), int(ev["end"])
            if end <= start:
                continue
            span = by_range.setdefault((start, end), Span(start, end, [], []))
            _add_unique(span.fields, ev["field"])
            _add_unique(span.events, index)
            if ev.get("source"):
                _add_unique(span.sources, ev["source"])
            span.hedged = span.hedged or bool(ev.get("hedged"))
    return _merge_crossing(sorted(by_range.values(), key=lambda s: (s.start, -s.end, s.fields)))


def _add_unique(items: list, item: Any) -> None:
    if item not in items:
        items.append(item)


def _merge_crossing(spans: list[Span]) -> list[Span]:
    """Merge any two spans that overlap without one containing the other, until none do."""
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(spans):
            crossing = next(
                (b for b in spans[i + 1 :] if b.start < a.end < b.end and a.start < b.start), None
            )
            if crossing is not None:
                spans.remove(crossing)
                a.end = crossing.end
                for name in crossing.fields:
                    _add_unique(a.fields, name)
                for index in crossing.events:
                    _add_unique(a.events, index)
                for source in crossing.sources:
                    _add_unique(a.sources, source)
                a.ranges += crossing.ranges
                a.hedged, a.merged = a.hedged or crossing.hedged, True
                spans.sort(key=lambda s: (s.start, -s.end, s.fields))
                changed = True
                break
    return spans


def highlight(text: str, spans: Sequence[Span]) -> Markup:
    """TEXT, escaped, with each span wrapped in a <mark> labelled by field; nested spans nest."""
    roots: list[Span] = []
    stack: list[Span] = []
    for span in spans:
        span.children = []
        while stack and stack[-1].end <= span.start:
            stack.pop()
        (stack[-1].children if stack else roots).append(span)
        stack.append(span)
    return Markup(_render(text, 0, len(text), roots))


def _render(text: str, start: int, end: int, spans: Sequence[Span]) -> str:
    parts, position = [], start
    for span in spans:
        parts.append(str(escape(text[position : span.start])))
        inner = _render(text, span.start, span.end, span.children)
        title = "; ".join(
            filter(None, [span.label(), ", ".join(span.sources), "hedged" if span.hedged else ""])
        )
        classes = "evidence" + (" hedged" if span.hedged else "") + (" merged" if span.merged else "")
        # An empty anchor per quote, so that a link can point at a quote even inside a merged mark
        anchors = "".join(f'<span class="anchor" id="{quote_anchor(s, e)}"></span>' for s, e in span.ranges)
        parts.append(
            f'<mark class="{classes}" data-field="{escape(" ".join(span.fields))}" '
            f'data-label="{escape(span.label())}" data-start="{span.start}" data-end="{span.end}" '
            f'data-events="{escape(" ".join(str(e) for e in span.events))}" '
            f'title="{escape(title)}">{anchors}{inner}</mark>'
        )
        position = span.end
    parts.append(str(escape(text[position:end])))
    return "".join(parts)
