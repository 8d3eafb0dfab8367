"""The shapes of the API's answers, as pydantic models: the OpenAPI document is generated from them.

Routes return the store's JSON-ready dicts as they are (validating 10k rows on the way out costs
more than the query), so these models describe and do not convert; ``tests/test_api.py``
validates real answers against the generated document, so a model that drifts from what the
store returns fails there.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Number = int | None


class ErrorDetail(BaseModel):
    """What went wrong: the HTTP status, a stable code, a message and, when one is to blame, the parameter."""

    model_config = ConfigDict(extra="forbid")
    status: int
    code: str = Field(description="bad_parameter, not_found, incident_not_found, unauthorized, ...")
    message: str
    parameter: str | None = Field(None, description="present only when one parameter is to blame")


class ErrorBody(BaseModel):
    """The one error shape of the API."""

    model_config = ConfigDict(extra="forbid")
    ok: bool = Field(description="always false")
    error: ErrorDetail


class Brief(BaseModel):
    """An article's headline, dek and summary."""

    headline: str | None
    dek: str | None
    summary: str | None


class ArticleRow(BaseModel):
    """One stored article, without its text."""

    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    language: str | None = Field(description="the language it was read in: en, uk or ru (null when stored "
                                             "before languages were recorded)")
    n_events: int
    version: int
    content_hash: str
    ingested_at: str
    updated_at: str
    notes: list[str] = Field(description="what ingest changed in the article and why, e.g. a title cut")
    brief: Brief


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleRow]


class Outlet(BaseModel):
    """One outlet that carried an article: the original, or a syndicated copy."""

    input_id: str
    outlet: str | None
    url: str | None
    published: str | None
    match: str = Field(description="original, same text or near duplicate")
    added_at: str


class Version(BaseModel):
    """An earlier text of an article, kept when a new one replaced it."""

    version: int
    content_hash: str
    title: str | None
    published: str | None
    ingested_at: str
    replaced_at: str


class Article(ArticleRow):
    """One article with its text, its record (the article record of the SPEC), outlets and versions."""

    text: str
    record: dict[str, Any] = Field(description="the article record: id, brief, events, context, extractor, "
                                                   "language, dropped, changed")
    outlets: list[Outlet]
    versions: list[Version]
    incidents: list[str] = Field(description="ids of the incidents its events belong to")


class IncidentRow(BaseModel):
    """One incident: an attack reconciled from every report of it."""

    id: str
    date: str | None
    attacker: str | None
    target_country: str | None
    places: list[str]
    drones_launched: Number
    drones_destroyed: Number
    drones_hit: Number
    missiles_launched: Number
    missiles_destroyed: Number
    missiles_hit: Number
    killed: Number
    injured: Number
    damage: list[str]
    record: bool | None
    alert_hours: float | None
    n_reports: int
    n_conflicts: int
    conflicts: list[str]
    official_drones_launched: Number
    official_drones_destroyed: Number
    official_missiles_launched: Number
    official_missiles_destroyed: Number
    derived_drones_launched: Number = Field(description="read from the Air Force's own posts, not imported")
    derived_drones_destroyed: Number
    derived_missiles_launched: Number
    derived_missiles_destroyed: Number
    tally_basis: str | None = Field(description="imported, derived or null: the official figures compared")
    tally_gap: float | None = Field(
        description="largest |news - official| / official over the fields both give")


class _Figures(BaseModel):
    """Weapons launched and destroyed, and people killed and injured, summed over some incidents."""

    drones_launched: Number
    drones_destroyed: Number
    missiles_launched: Number
    missiles_destroyed: Number
    killed: Number
    injured: Number


class Theatre(_Figures):
    """Totals of the selected incidents of one attacker on one target country."""

    attacker: str | None
    target_country: str | None
    incidents: int
    nights: int


class IncidentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[IncidentRow]


class Claim(BaseModel):
    """What one report says about one figure, with who said it and the quote."""

    value: Any
    article_id: str
    event_index: int
    outlet: str | None
    published: str | None
    source: str | None
    hedged: bool
    quote: str | None
    official: bool
    scope: str = Field("national", description="national, regional or local")
    place: str | None = Field(None, description="the region or town of a regional or local figure")


class Figure(BaseModel):
    """A reconciled figure, the rule that chose it and every claim behind it."""

    value: Any
    rule: str
    conflict: bool
    claims: list[Claim]


class ArticleBrief(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    brief: Brief


class PlaceFigures(BaseModel):
    """One place of a wave with its own reconciled figures."""

    place: str
    scope: str
    figures: dict[str, Figure]


class Incident(IncidentRow):
    """One incident (a wave) with each national figure's claims, its place reports, the official
    tallies and its articles."""

    figures: dict[str, Figure]
    period: str = Field("night", description="night, or day for a daytime strike")
    place_reports: list[PlaceFigures] = Field(default_factory=list, description="each place's own figures")
    notes: list[str] = Field(default_factory=list, description="how the wave was put together, where asked")
    official: dict[str, Any] | None = Field(description="the Air Force's figures for the night, if imported")
    derived: dict[str, Any] | None = Field(
        description="the figures read from the Air Force's own posts, if any")
    record_check: dict[str, Any] | None
    articles: list[ArticleBrief]


class Night(_Figures):
    date: str
    incidents: int


class Week(BaseModel):
    week: str = Field(description="the Monday of the ISO week")
    incidents: int
    killed: Number
    injured: Number
    drones_launched: Number
    missiles_launched: Number
    destroyed_share: float | None


class Totals(BaseModel):
    incidents: int
    drones_launched: int
    drones_destroyed: int
    missiles_launched: int
    missiles_destroyed: int
    killed: int
    injured: int
    conflicts: int
    articles: int
    claims: int
    rejects: int
    destroyed_share: float | None = Field(description="destroyed / launched, over this theatre's incidents "
                                          "that give both figures for a weapon")
    first_date: str | None
    last_date: str | None


class ChosenTheatre(BaseModel):
    """The attacker -> target country a stats answer describes, and how it was chosen."""

    attacker: str | None
    target_country: str | None
    chosen: Literal["given", "busiest", "listed"] = Field(
        description="given: both sides were asked for; busiest: the theatre with most incidents of those "
        "the filters leave open; listed: one of every theatre's blocks"
    )


class Stats(BaseModel):
    """One theatre's series per night and per week, its largest attacks and its totals."""

    theatre: ChosenTheatre
    theatres: list[Theatre] = Field(description="every theatre of the selection, busiest first")
    nights: list[Night]
    weeks: list[Week]
    largest: list[IncidentRow]
    totals: Totals


class RejectRow(BaseModel):
    """An input that could not be stored: the stage that refused it, the reason and the raw input."""

    id: int
    input: str
    stage: str
    reason: str
    raw: str | None
    created_at: str


class RejectPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[RejectRow]


class IngestSummary(BaseModel):
    added: int
    updated: int
    unchanged: int
    duplicates: int
    rejected: int
    incidents: int
    undated: list[str] = Field(description="articles stored with an attack that no date places")


class Rejected(BaseModel):
    input: str
    stage: str
    reason: str


class IngestResult(BaseModel):
    """What POST /api/articles did: ok is false when an article was rejected, each with its reason."""

    ok: bool
    received: int
    summary: IngestSummary
    rejected: list[Rejected]


class ApiIndex(BaseModel):
    name: str
    version: str
    openapi: str
    ingest: bool
    endpoints: list[str]
