"""The store's schema, as a numbered list of migrations applied in order.

Each migration is a function ``mNNN_what(connection)`` that changes the schema of a database
at the previous step into the next one, using SQLAlchemy Core so that the same code serves
SQLite and PostgreSQL. ``migrate(engine)`` runs, in order, each migration whose name the
``migrations`` table does not hold yet, each in its own transaction together with the row that
records it, so that a migration is applied completely or not at all. A new migration is
appended to ``MIGRATIONS``; one that has shipped is never edited.

The schema a migration creates is written out in the migration itself, never imported from the
current code: ``m001_initial`` must create the same tables in a year as it does today.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    delete,
    inspect,
    select,
    text,
    update,
)

Migration = Callable[[Connection], None]
MIGRATION_LOCK = 0x5354524B  # PostgreSQL advisory lock key held while migrating ("STRK")
MIGRATIONS: list[Migration] = []
# Migrations after which an existing database's incidents are rebuilt from its stored events.
REBUILDING_MIGRATIONS = frozenset({"m005_waves_and_scope"})


def migration(function: Migration) -> Migration:
    """Append FUNCTION to the list of migrations; its name is what the ``migrations`` table records."""
    MIGRATIONS.append(function)
    return function


def migrate(engine: Engine, until: str | None = None) -> list[str]:
    """Apply every migration ENGINE's database lacks, in order (up to the one named UNTIL, when given);
    return the names applied."""
    journal = _journal()
    table = journal.tables["migrations"]
    with engine.begin() as connection:
        _lock(connection)
        journal.create_all(connection, checkfirst=True)
    applied = []
    for step in MIGRATIONS:
        with engine.begin() as connection:
            _lock(connection)
            if connection.execute(select(table.c.name).where(table.c.name == step.__name__)).first():
                continue
            step(connection)
            connection.execute(table.insert(), {"name": step.__name__, "applied_at": _now()})
        applied.append(step.__name__)
        if step.__name__ == until:
            break
    return applied


def applied_migrations(engine: Engine) -> list[str]:
    """Names of the migrations ENGINE's database holds, in the order they were applied."""
    if not inspect(engine).has_table("migrations"):
        return []
    table = _journal().tables["migrations"]
    with engine.connect() as connection:
        rows = connection.execute(select(table.c.name).order_by(table.c.applied_at, table.c.name))
        return list(rows.scalars())


def _lock(connection: Connection) -> None:
    """Make two processes that migrate the same database at once take turns.

    SQLite needs nothing here: the store begins every writing transaction with BEGIN IMMEDIATE.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _journal() -> MetaData:
    metadata = MetaData()
    Table("migrations", metadata, Column("name", String(100), primary_key=True),
          Column("applied_at", String(40), nullable=False))
    return metadata


# Type names used below: Text for free text and JSON documents (stored as text, so that SQLite
# and PostgreSQL read back the same string), String(n) for identifiers and ISO 8601 dates.
ID = Text  # an article id: a JSONL id, a file path or a URL, of any length
DATE = String(40)  # ISO 8601 date or date-time


@migration
def m001_initial(connection: Connection) -> None:
    """Articles with their versions and outlets, events, claims, incidents, rejects, tallies."""
    metadata = MetaData()
    Table(
        "articles", metadata,
        Column("id", ID, primary_key=True),
        Column("content_hash", String(64), nullable=False, index=True),
        Column("signature", LargeBinary),  # MinHash signature, for near-duplicate detection
        Column("title", Text), Column("text", Text, nullable=False),
        Column("published", DATE), Column("url", Text), Column("outlet", Text),
        Column("record", Text, nullable=False),  # the article record (SPEC) as JSON
        Column("headline", Text), Column("dek", Text), Column("summary", Text),
        Column("n_events", Integer, nullable=False),
        Column("version", Integer, nullable=False),
        Column("ingested_at", DATE, nullable=False), Column("updated_at", DATE, nullable=False),
    )
    Table(
        "article_versions", metadata,
        Column("article_id", ID, nullable=False), Column("version", Integer, nullable=False),
        Column("content_hash", String(64), nullable=False),
        Column("title", Text), Column("text", Text, nullable=False),
        Column("published", DATE), Column("url", Text), Column("outlet", Text),
        Column("record", Text, nullable=False),
        Column("headline", Text), Column("dek", Text), Column("summary", Text),
        Column("ingested_at", DATE, nullable=False), Column("replaced_at", DATE, nullable=False),
        PrimaryKeyConstraint("article_id", "version"),
    )
    Table(
        "article_outlets", metadata,
        Column("article_id", ID, nullable=False, index=True),
        Column("input_id", ID, nullable=False, unique=True),  # the id the copy arrived under
        Column("outlet", Text), Column("url", Text), Column("published", DATE),
        Column("content_hash", String(64), nullable=False),
        Column("match", String(20), nullable=False),  # "original", "same text", "near duplicate"
        Column("added_at", DATE, nullable=False),
    )
    Table(
        "events", metadata,
        Column("article_id", ID, nullable=False), Column("event_index", Integer, nullable=False),
        Column("kind", String(40), nullable=False),
        Column("date", DATE, index=True), Column("attacker", String(8)), Column("target_country", String(8)),
        Column("places", Text, nullable=False),  # JSON list
        *_figure_columns(),
        Column("damage", Text, nullable=False),  # JSON list
        Column("record", Boolean, nullable=False), Column("alert_hours", Float),
        Column("evidence", Text, nullable=False),  # JSON list of Evidence dicts
        PrimaryKeyConstraint("article_id", "event_index"),
    )
    Table(
        "claims", metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("article_id", ID, nullable=False, index=True), Column("event_index", Integer, nullable=False),
        Column("field", String(40), nullable=False),
        Column("value", Text, nullable=False),  # JSON: number, boolean, string or list
        Column("outlet", Text), Column("published", DATE), Column("source", Text),
        Column("hedged", Boolean, nullable=False), Column("quote", Text),
        Column("official", Boolean, nullable=False),
    )
    Table(
        "incidents", metadata,
        Column("id", Text, primary_key=True),
        Column("date", DATE, index=True), Column("attacker", String(8), index=True),
        Column("target_country", String(8), index=True),
        Column("places", Text, nullable=False),  # JSON list
        Column("places_key", Text, nullable=False),  # "|kyiv|kyiv oblast|": lower-case, for LIKE
        *_figure_columns(),
        Column("damage", Text, nullable=False),  # JSON list
        Column("record", Boolean), Column("alert_hours", Float),
        Column("n_reports", Integer, nullable=False), Column("n_conflicts", Integer, nullable=False),
        Column("conflicts", Text, nullable=False),  # JSON list of the fields whose claims disagree
        Column("launched_total", Integer, nullable=False, index=True),  # drones + missiles, for sorting
        Column("figures", Text, nullable=False),  # JSON: field -> value, rule, conflict, claims
        Column("official_drones_launched", Integer), Column("official_drones_destroyed", Integer),
        Column("official_missiles_launched", Integer), Column("official_missiles_destroyed", Integer),
        Column("official", Text),  # JSON from airforce.official_figures, or null
        Column("record_check", Text),  # JSON from airforce.check_record, or null
        Column("computed_at", DATE, nullable=False),
    )
    Table(
        "incident_members", metadata,
        Column("incident_id", Text, nullable=False, index=True),
        Column("article_id", ID, nullable=False), Column("event_index", Integer, nullable=False),
        PrimaryKeyConstraint("article_id", "event_index"),
    )
    Table(
        "stale_nights", metadata,  # nights whose incidents must be recomputed; survives a crash
        Column("date", DATE, primary_key=True),  # "" stands for events without a date
    )
    Table(
        "rejects", metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("input", Text, nullable=False),  # the input as the user named it: "a.jsonl:7", an id
        Column("stage", String(20), nullable=False),  # "read", "extract", "store", "airforce"
        Column("reason", Text, nullable=False), Column("raw", Text),
        Column("created_at", DATE, nullable=False),
        Index("ix_rejects_input", "input"),
    )
    Table(
        "airforce_tallies", metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("night", DATE, nullable=False, index=True),
        Column("time_start", DATE, nullable=False), Column("time_end", DATE),
        Column("model", Text, nullable=False), Column("kind", String(20), nullable=False),
        Column("launch_place", Text), Column("target", Text),
        Column("launched", Integer), Column("destroyed", Integer),
        Column("lost", Integer),  # lost to electronic warfare ("not_reach_goal")
        Column("source", Text),  # the post the row was transcribed from
    )
    metadata.create_all(connection)


def _figure_columns() -> list[Column]:
    names = ["drones_launched", "drones_destroyed", "drones_hit", "missiles_launched",
             "missiles_destroyed", "missiles_hit", "killed", "injured"]
    return [Column(name, Integer) for name in names]


@migration
def m002_bands_and_reject_keys(connection: Connection) -> None:
    """Near-duplicate bands in an indexed table, filled from the stored signatures; rejects keyed by
    input and reason, so that ingesting the same bad input again adds no row; articles.changes."""
    # Bands are derived from the signatures with today's [dedup] settings, so this is the one place a
    # migration uses current code: a change of those settings needs a migration that refills the table.
    from .dedup import band_keys

    metadata = MetaData()
    bands = Table(
        "article_bands", metadata,
        Column("key", BigInteger, nullable=False),  # dedup.band_keys: one per LSH band of the signature
        Column("article_id", ID, nullable=False),
        Index("ix_article_bands_key", "key"), Index("ix_article_bands_article_id", "article_id"),
    )
    metadata.create_all(connection)
    articles = Table("articles", MetaData(), autoload_with=connection)
    rows = connection.execute(select(articles.c.id, articles.c.signature)
                              .where(articles.c.signature.is_not(None)).order_by(articles.c.id))
    batch: list[dict] = []
    for article_id, signature in rows:
        try:
            keys = band_keys(bytes(signature))
        except ValueError:  # a signature made with other [dedup] settings: no bands, no match
            continue
        batch += [{"key": key, "article_id": article_id} for key in keys]
        if len(batch) >= 50_000:
            connection.execute(bands.insert(), batch)
            batch = []
    if batch:
        connection.execute(bands.insert(), batch)

    # what reading changed in an article before extraction (JSON list; null when nothing)
    connection.execute(text("ALTER TABLE articles ADD COLUMN changes TEXT"))
    connection.execute(text("ALTER TABLE rejects ADD COLUMN reject_key VARCHAR(64)"))
    rejects = Table("rejects", MetaData(), autoload_with=connection)
    seen: set[str] = set()
    for row_id, name, reason in connection.execute(select(rejects.c.id, rejects.c.input, rejects.c.reason)
                                                  .order_by(rejects.c.id)).all():
        key = reject_key(name, reason)
        if key in seen:  # the same input rejected for the same reason by an earlier run: keep the first
            connection.execute(delete(rejects).where(rejects.c.id == row_id))
        else:
            seen.add(key)
            connection.execute(update(rejects).where(rejects.c.id == row_id).values(reject_key=key))
    Index("ux_rejects_reject_key", rejects.c.reject_key, unique=True).create(connection)


def reject_key(name: str, reason: str) -> str:
    """The key of a rejection: the SHA-256 of its input and reason."""
    import hashlib

    return hashlib.sha256(f"{name}\x00{reason}".encode("utf-8", "replace")).hexdigest()


@migration
def m003_article_notes(connection: Connection) -> None:
    """What reading changed in an article or could not do ("title cut ...", a linked page not fetched)."""
    connection.execute(text("ALTER TABLE articles ADD COLUMN notes TEXT"))


@migration
def m004_languages_and_weapons(connection: Connection) -> None:
    """Each article's language ("en", "uk", "ru") and each event's per-model weapons (JSON list)."""
    for table in ("articles", "article_versions"):
        connection.execute(text(f"ALTER TABLE {table} ADD COLUMN language VARCHAR(8)"))
    connection.execute(text("ALTER TABLE events ADD COLUMN weapons TEXT"))


@migration
def m005_waves_and_scope(connection: Connection) -> None:
    """Waves and scopes: each claim's scope and place, each event's place reports and period, each
    incident's period, place reports and notes.

    Every stored event is scoped from its article's text as ingest now does
    (``strikewatch.extract.scope``): its evidence gets scopes, its place reports and period are
    filled, and its claims are derived again. Every night with an event is then marked stale, and
    the store that applied this migration rebuilds those nights' incidents as waves
    (``Store``, ``REBUILDING_MIGRATIONS``).
    """
    for statement in (
        "ALTER TABLE claims ADD COLUMN scope VARCHAR(10) NOT NULL DEFAULT 'national'",
        "ALTER TABLE claims ADD COLUMN place TEXT",
        "ALTER TABLE events ADD COLUMN place_reports TEXT",  # JSON list of PlaceReport dicts, or null
        "ALTER TABLE events ADD COLUMN period VARCHAR(8)",  # "night", "day", or null when not decided
        "ALTER TABLE incidents ADD COLUMN period VARCHAR(8) NOT NULL DEFAULT 'night'",
        "ALTER TABLE incidents ADD COLUMN place_reports TEXT NOT NULL DEFAULT '[]'",  # JSON list
        "ALTER TABLE incidents ADD COLUMN notes TEXT NOT NULL DEFAULT '[]'",  # JSON list of strings
    ):
        connection.execute(text(statement))
    _scope_stored_events(connection)
    events = Table("events", MetaData(), autoload_with=connection)
    stale = Table("stale_nights", MetaData(), autoload_with=connection)
    held = set(connection.execute(select(stale.c.date)).scalars())
    nights = {(day or "")[:10] for day in connection.execute(select(events.c.date).distinct()).scalars()}
    rows = [{"date": night} for night in sorted(nights - held)]
    if rows:
        connection.execute(stale.insert(), rows)


def _scope_stored_events(connection: Connection) -> None:
    """Scope the events of every stored article from its text, and derive its claims again.

    Like m002's bands, this is derived with today's code (the scope rules and the reader); an
    article whose stored record cannot be read again keeps its events unscoped, read as national.
    """
    import json

    from .extract.base import for_article
    from .extract.scope import scope_events
    from .reconcile import Report, reports_to_claims
    from .records import ArticleInput, record_from_dict

    articles = Table("articles", MetaData(), autoload_with=connection)
    events = Table("events", MetaData(), autoload_with=connection)
    claims = Table("claims", MetaData(), autoload_with=connection)
    rows = connection.execute(select(articles.c.id, articles.c.text, articles.c.record, articles.c.language,
                                     articles.c.published, articles.c.outlet)
                              .where(articles.c.n_events > 0).order_by(articles.c.id)).all()
    for row in rows:
        try:
            record = record_from_dict(json.loads(row.record))
            item = ArticleInput(id=row.id, text=row.text, published=row.published, outlet=row.outlet,
                                language=row.language or "en")
            scoped = scope_events(item, record.events, for_article("rules", item.language).events)
        except (ValueError, KeyError, TypeError):
            continue  # a record of another shape: left as it was
        for index, event in enumerate(scoped):
            connection.execute(update(events)
                               .where(events.c.article_id == row.id, events.c.event_index == index)
                               .values(evidence=_json([e.to_dict() for e in event.evidence]),
                                       place_reports=_json([p.to_dict() for p in event.place_reports])
                                       if event.place_reports else None, period=event.period))
        connection.execute(update(articles).where(articles.c.id == row.id)
                           .values(record=_json({**json.loads(row.record),
                                                 "events": [e.to_dict() for e in scoped]})))
        connection.execute(delete(claims).where(claims.c.article_id == row.id))
        derived = [claim for index, event in enumerate(scoped)
                   for claim in reports_to_claims(Report(row.id, index, event, outlet=row.outlet,
                                                         published=row.published))]
        if derived:
            connection.execute(claims.insert(), [
                {name: (_json(list(c.value) if isinstance(c.value, tuple) else c.value) if name == "value"
                        else getattr(c, name))
                 for name in ("article_id", "event_index", "field", "value", "outlet", "published", "source",
                              "hedged", "quote", "official", "scope", "place")} for c in derived])


def _json(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def tally_key(time_start: str, time_end: str | None, model: str, launch_place: str | None, target: str | None,
              source: str | None) -> str:
    """The key of an Air Force tally row: the SHA-256 of what identifies it in the tally file (its
    reporting window, model, launch place, target and post); its counts may change between files."""
    import hashlib

    parts = (time_start, time_end or "", model, launch_place or "", target or "", source or "")
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "replace")).hexdigest()


@migration
def m006_tally_sources(connection: Connection) -> None:
    """Tally rows keyed by what identifies them (so that a newer file updates them in place), with when
    each was imported and last changed; incidents' derived official figures (read from Air Force posts),
    which basis their comparison uses and their largest gap to the tallies."""
    for name in ("derived_drones_launched", "derived_drones_destroyed", "derived_missiles_launched",
                 "derived_missiles_destroyed"):
        connection.execute(text(f"ALTER TABLE incidents ADD COLUMN {name} INTEGER"))
    connection.execute(text("ALTER TABLE incidents ADD COLUMN derived TEXT"))  # JSON, or null
    connection.execute(text("ALTER TABLE incidents ADD COLUMN tally_basis VARCHAR(10)"))  # imported|derived
    connection.execute(text("ALTER TABLE incidents ADD COLUMN tally_gap FLOAT"))
    for name, kind in (("row_key", "VARCHAR(64)"), ("imported_at", "VARCHAR(40)"),
                       ("updated_at", "VARCHAR(40)")):
        connection.execute(text(f"ALTER TABLE airforce_tallies ADD COLUMN {name} {kind}"))
    tallies = Table("airforce_tallies", MetaData(), autoload_with=connection)
    names = ("time_start", "time_end", "model", "launch_place", "target", "source")
    seen: set[str] = set()
    now = _now()
    rows = connection.execute(select(tallies.c.id, *[tallies.c[n] for n in names])
                              .order_by(tallies.c.id)).all()
    for row in rows:
        key = tally_key(*[getattr(row, n) for n in names])
        if key in seen:  # one file held the same row twice: the first is kept, as an import keeps it
            connection.execute(delete(tallies).where(tallies.c.id == row.id))
        else:
            seen.add(key)
            connection.execute(update(tallies).where(tallies.c.id == row.id)
                               .values(row_key=key, imported_at=now, updated_at=now))
    Index("ux_airforce_tallies_row_key", tallies.c.row_key, unique=True).create(connection)
    incidents = Table("incidents", MetaData(), autoload_with=connection)
    Index("ix_incidents_tally_gap", incidents.c.tally_gap).create(connection)


@migration
def m007_evidence_table(connection: Connection) -> None:
    """Each evidence quote stored once, in the ``evidence`` table, keyed by its event and its position in
    the event's evidence. Before, a quote was stored four times: in ``articles.record``, in
    ``events.evidence``, in ``claims.quote`` and in the claims inside ``incidents.figures``.

    - ``events.evidence`` (a JSON list) becomes rows of ``evidence`` (a figure's with the scope and place
      m005 gave it), and the column goes;
    - a claim keeps its field, value, hedging and ``evidence_position``, the quote it was read from
      (the first with the claim's field, quote and source); its outlet, date, source, quote and
      officialness are read from the article and the evidence when asked for, so they never go stale;
    - the claims inside ``incidents.figures`` and inside each of ``incidents.place_reports``' figures
      keep what a claims row keeps (a claim's scope and place among them);
    - ``articles.record`` loses its events, which are read back from ``events`` and ``evidence``.
    """
    metadata = MetaData()
    evidence = Table(
        "evidence", metadata,
        Column("article_id", ID, nullable=False), Column("event_index", Integer, nullable=False),
        Column("position", Integer, nullable=False),  # its place in the event's evidence, from 0
        Column("field", Text, nullable=False),  # "drones.launched", "places", "weapons.Shahed.launched"...
        Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
        Column("quote", Text, nullable=False),  # the article's text[start:end]
        Column("source", Text), Column("hedged", Boolean, nullable=False),
        Column("scope", String(10)),  # a figure's: national, regional or local (m005); null: not decided
        Column("place", Text),  # the region or town a regional or local figure counts over
        PrimaryKeyConstraint("article_id", "event_index", "position"),
    )
    metadata.create_all(connection)
    events = Table("events", MetaData(), autoload_with=connection)
    rows = connection.execute(select(events.c.article_id, events.c.event_index, events.c.evidence)
                              .order_by(events.c.article_id, events.c.event_index))
    batch: list[dict] = []
    for article_id, event_index, quotes in rows:
        for position, quote in enumerate(json.loads(quotes or "[]")):
            batch.append({"article_id": article_id, "event_index": event_index, "position": position,
                          "field": quote["field"], "start": quote["start"], "end": quote["end"],
                          "quote": quote["quote"], "source": quote.get("source"),
                          "hedged": bool(quote.get("hedged")), "scope": quote.get("scope"),
                          "place": quote.get("place")})
        if len(batch) >= 10_000:
            connection.execute(evidence.insert(), batch)
            batch = []
    if batch:
        connection.execute(evidence.insert(), batch)

    connection.execute(text("ALTER TABLE claims ADD COLUMN evidence_position INTEGER"))
    connection.execute(text(
        "UPDATE claims SET evidence_position = (SELECT MIN(v.position) FROM evidence v"
        " WHERE v.article_id = claims.article_id AND v.event_index = claims.event_index"
        " AND v.field = claims.field AND v.quote = claims.quote"
        " AND (v.source = claims.source OR (v.source IS NULL AND claims.source IS NULL)))"
        " WHERE claims.quote IS NOT NULL"))
    for name in ("outlet", "published", "source", "quote", "official"):
        connection.execute(text(f"ALTER TABLE claims DROP COLUMN {name}"))
    connection.execute(text("ALTER TABLE events DROP COLUMN evidence"))

    incidents = Table("incidents", MetaData(), autoload_with=connection)
    members = Table("incident_members", MetaData(), autoload_with=connection)
    for incident_id, figures, places in connection.execute(
            select(incidents.c.id, incidents.c.figures, incidents.c.place_reports)).all():
        quotes = connection.execute(
            select(evidence.c.article_id, evidence.c.event_index, evidence.c.position, evidence.c.field,
                   evidence.c.quote, evidence.c.source)
            .where(evidence.c.article_id.in_(select(members.c.article_id)
                                             .where(members.c.incident_id == incident_id)))
            .order_by(evidence.c.position.desc())).all()
        first = {tuple(row[:2]) + tuple(row[3:]): row.position for row in quotes}  # the lowest position wins
        kept = json.loads(figures)
        reports = json.loads(places or "[]")  # m005's place reports: their figures' claims too
        for held in (kept, *[report.get("figures", {}) for report in reports]):
            for name, figure in held.items():
                figure["claims"] = [_claim_ref(claim, name, first) for claim in figure.get("claims", [])]
        connection.execute(update(incidents).where(incidents.c.id == incident_id)
                           .values(figures=json.dumps(kept, ensure_ascii=False, separators=(",", ":")),
                                   place_reports=json.dumps(reports, ensure_ascii=False,
                                                            separators=(",", ":"))))

    articles = Table("articles", MetaData(), autoload_with=connection)
    for article_id, record in connection.execute(select(articles.c.id, articles.c.record)).all():
        kept = json.loads(record)
        kept.pop("events", None)
        connection.execute(update(articles).where(articles.c.id == article_id)
                           .values(record=json.dumps(kept, ensure_ascii=False, separators=(",", ":"))))


def _claim_ref(claim: dict, field: str, first: dict[tuple, int]) -> dict:
    """A claim of m004's incidents.figures as m007 keeps it: without what it points to (outlet, date,
    source, hedging, quote, officialness), with the position of its quote in its event's evidence."""
    pointed = ("outlet", "published", "source", "quote", "official")
    kept = {name: value for name, value in claim.items() if name not in pointed}
    key = (claim["article_id"], claim["event_index"], field, claim.get("quote"), claim.get("source"))
    return {**kept, "evidence_position": first.get(key) if claim.get("quote") is not None else None}
