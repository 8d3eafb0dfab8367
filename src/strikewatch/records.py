"""Every record type strikewatch reads or writes.

The article record (``ArticleRecord.to_dict()``) is the contract defined in the
evaluation SPEC: one record per input article, with its brief, its events and
its context. Records are frozen dataclasses so they can be hashed, compared and
shared between threads without copies.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DAMAGE_CATEGORIES = (
    "residential", "education", "medical", "energy", "transport", "industrial",
    "commercial", "government", "diplomatic", "cultural", "infrastructure", "vehicles",
)
SCOPES = ("national", "regional", "local")
CONTEXT_KINDS = ("call", "meeting", "statement", "sanctions", "arms_supply", "negotiation")


@dataclass(frozen=True)
class ArticleInput:
    """One article as read from a file, feed or JSONL line, before extraction."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    url: str | None = None
    outlet: str | None = None
    language: str | None = None  # "en", "uk" or "ru"; detected from the text when not given
    notes: tuple[str, ...] = ()  # what reading changed or could not do, and why ("title cut ...")
    changes: tuple[str, ...] = ()  # what reading changed in the text or fields, and why (limits.clean_text)


@dataclass(frozen=True)
class Evidence:
    """A quote from one article that supports one field of an event."""

    field: str  # "drones.launched", "killed", "places", ...
    start: int  # character offsets into ArticleInput.text
    end: int
    quote: str  # always equals text[start:end]
    source: str | None = None  # who the article attributes the fact to
    hedged: bool = False  # "reportedly", "allegedly", "claimed"
    # For a figure: what it counts over (SCOPES: the whole country, one region, one town), and the
    # region or town when it is not national. None: not decided (a stored record read before scopes).
    scope: str | None = None
    place: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"field": self.field, "quote": self.quote, "start": self.start, "end": self.end,
               "source": self.source, "hedged": self.hedged}
        if self.scope:
            out["scope"] = self.scope
            out["place"] = self.place
        return out


@dataclass(frozen=True)
class Counts:
    """How many weapons of one kind were launched, destroyed and hit their targets."""

    launched: int | None = None
    destroyed: int | None = None
    hit: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {"launched": self.launched, "destroyed": self.destroyed, "hit": self.hit}


@dataclass(frozen=True)
class WeaponCount:
    """How many of one weapon model were launched and destroyed, where the source gives it per model."""

    model: str  # canonical English name: "Shahed", "Gerbera", "Kh-101", "Iskander-M", "Kalibr", "Kinzhal"
    kind: str  # "drone" or "missile"
    launched: int | None = None
    destroyed: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"model": self.model, "kind": self.kind, "launched": self.launched,
                "destroyed": self.destroyed}


@dataclass(frozen=True)
class PlaceReport:
    """What one article gives for one place of an attack: the drones over Kharkiv, the dead in Odesa."""

    place: str
    scope: str  # "regional" (an oblast, a region) or "local" (a town)
    drones: Counts = Counts()
    missiles: Counts = Counts()
    killed: int | None = None
    injured: int | None = None
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "scope": self.scope, "drones": self.drones.to_dict(),
                "missiles": self.missiles.to_dict(), "killed": self.killed, "injured": self.injured,
                "evidence": [e.to_dict() for e in self.evidence]}


def place_report_from_dict(data: dict[str, Any]) -> PlaceReport:
    """The PlaceReport whose ``to_dict()`` is DATA."""
    return PlaceReport(place=data["place"], scope=data["scope"], drones=Counts(**data["drones"]),
                       missiles=Counts(**data["missiles"]), killed=data["killed"], injured=data["injured"],
                       evidence=tuple(Evidence(**e) for e in data["evidence"] or ()))


@dataclass(frozen=True)
class AirAttack:
    """One aerial attack as one article reports it."""

    date: str | None = None  # YYYY-MM-DD
    attacker: str | None = None  # ISO 3166-1 alpha-2
    target_country: str | None = None
    places: tuple[str, ...] = ()
    drones: Counts = Counts()
    missiles: Counts = Counts()
    killed: int | None = None
    injured: int | None = None
    damage: tuple[str, ...] = ()
    record: bool = False
    alert_hours: float | None = None
    evidence: tuple[Evidence, ...] = ()
    kind: str = "air_attack"
    # Per-model figures where the source lists them ("72 Shahed-type drones, 4 Kh-101 missiles");
    # optional detail beside the drones and missiles totals, which stay as they are.
    weapons: tuple[WeaponCount, ...] = ()
    # The article's figures for single places (strikewatch.extract.scope); the figures above are
    # the article's, each scoped by its evidence.
    place_reports: tuple[PlaceReport, ...] = ()
    period: str | None = None  # "day" for a daytime strike, "night" otherwise; None: not decided

    def to_dict(self) -> dict[str, Any]:
        event = {
            "kind": self.kind, "date": self.date, "attacker": self.attacker,
            "target_country": self.target_country, "places": list(self.places),
            "drones": self.drones.to_dict(), "missiles": self.missiles.to_dict(),
            "killed": self.killed, "injured": self.injured, "damage": list(self.damage),
            "record": self.record, "alert_hours": self.alert_hours,
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if self.weapons:
            event["weapons"] = [w.to_dict() for w in self.weapons]
        if self.place_reports:
            event["place_reports"] = [p.to_dict() for p in self.place_reports]
        if self.period:
            event["period"] = self.period
        return event


@dataclass(frozen=True)
class ContextItem:
    """A call, meeting, statement, sanction, arms supply or negotiation around the attacks."""

    kind: str  # one of CONTEXT_KINDS
    actors: tuple[str, ...]
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "actors": list(self.actors), "quote": self.quote,
                "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Brief:
    """Headline (<= 90 chars), dek (one sentence, <= 200) and summary (<= 3 sentences, <= 600)."""

    headline: str
    dek: str
    summary: str

    def to_dict(self) -> dict[str, str]:
        return {"headline": self.headline, "dek": self.dek, "summary": self.summary}


@dataclass(frozen=True)
class ArticleRecord:
    """What ``strikewatch extract`` emits for one article."""

    id: str
    brief: Brief
    events: tuple[AirAttack, ...] = ()
    context: tuple[ContextItem, ...] = ()
    extractor: str | None = None  # the backend and version that made the record: "rules/2.9"
    dropped: tuple[str, ...] = ()  # what the evidence check and the limits removed, and why
    changed: tuple[str, ...] = ()  # what reading changed in the input before extraction, and why
    language: str | None = None  # the language the article was read in: "en", "uk", "ru"

    def to_dict(self) -> dict[str, Any]:
        record = {"id": self.id, "brief": self.brief.to_dict(),
                  "events": [e.to_dict() for e in self.events],
                  "context": [c.to_dict() for c in self.context]}
        if self.language:
            record["language"] = self.language
        if self.extractor:
            record["extractor"] = self.extractor
        if self.dropped:
            record["dropped"] = list(self.dropped)
        if self.changed:
            record["changed"] = list(self.changed)
        return record


@dataclass(frozen=True)
class Rejection:
    """An input that could not be turned into an article record, and why."""

    input: str  # the file, line or id that was rejected, as the user named it
    reason: str
    raw: str | None = field(default=None, repr=False)  # the raw input, truncated, for the rejects log

    def message(self) -> str:
        return f"{self.input}: {self.reason}"


@dataclass(frozen=True)
class Extracted:
    """An article with the result of extracting it, ahead of storing it (``Store.ingest``).

    Made by the worker processes of ``ingest --jobs N``, and read back from the Parquet output of
    ``extract --engine spark``, so that an article is never extracted twice.
    """

    article: ArticleInput
    result: ArticleRecord | Rejection


def record_from_dict(data: dict[str, Any]) -> ArticleRecord:
    """The ArticleRecord whose ``to_dict()`` is DATA (a JSON record, or a row of the Parquet output)."""
    return ArticleRecord(
        id=data["id"], brief=Brief(**data["brief"]),
        events=tuple(_attack_from_dict(e) for e in data.get("events") or ()),
        context=tuple(ContextItem(kind=c["kind"], actors=tuple(c["actors"] or ()), quote=c["quote"],
                                  start=c["start"], end=c["end"]) for c in data.get("context") or ()),
        extractor=data.get("extractor"), dropped=tuple(data.get("dropped") or ()),
        changed=tuple(data.get("changed") or ()), language=data.get("language"))


def _attack_from_dict(data: dict[str, Any]) -> AirAttack:
    return AirAttack(
        kind=data["kind"], date=data["date"], attacker=data["attacker"],
        target_country=data["target_country"], places=tuple(data["places"] or ()),
        drones=Counts(**data["drones"]), missiles=Counts(**data["missiles"]),
        killed=data["killed"], injured=data["injured"], damage=tuple(data["damage"] or ()),
        record=data["record"], alert_hours=data["alert_hours"],
        evidence=tuple(Evidence(**e) for e in data["evidence"] or ()),
        weapons=tuple(WeaponCount(**w) for w in data.get("weapons") or ()),
        place_reports=tuple(place_report_from_dict(p) for p in data.get("place_reports") or ()),
        period=data.get("period"))
