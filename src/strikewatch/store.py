"""The record's rows: articles, their events, evidence and claims, and the incidents reconciled from them.

``Store(url)`` opens (and creates or migrates, see ``migrations.py``) a SQLite file or a
PostgreSQL database through SQLAlchemy Core, so that one code path serves both. It reads and
writes rows and nothing else: ``strikewatch.pipeline`` runs dedup, extraction and
reconciliation, and calls the writing methods below, each one transaction:

- ``add_copy`` records an article as one more outlet of the stored article it copies (same
  normalised text, or a near duplicate by MinHash). The MinHash bands of every stored article are
  rows of ``article_bands``, indexed by key, so a lookup asks only for the new article's bands and
  costs the same at 50,000 articles as at 50;
- ``write_article`` inserts an article, or a new version of a stored one (the old one moves to
  ``article_versions``), with its events, their evidence and their claims, and marks the nights
  its events fall on as stale in the same transaction;
- ``rebuild_stale`` replaces the incidents of a batch of stale nights by what a reconciler makes
  of the reports around them;
- ``reject`` keeps a rejected input; ``import_tallies`` replaces the Air Force tallies.

SQLite runs in WAL mode; every writing transaction begins with BEGIN IMMEDIATE, so that two
processes writing one file take turns instead of failing, and a transaction that still finds
the database locked is retried. The query methods (``articles``, ``incidents``, ``stats``...)
return plain dicts and lists, ready for JSON.
"""
from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    MetaData,
    Row,
    Table,
    and_,
    case,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.pool import StaticPool

from . import airforce, dedup, reconcile
from .check import OFFICIAL_FIELDS, derived_figures, national_figures, tally_gap
from .config import setting
from .errors import NoDatabase, ReconcileFailed, RowRefused, StoreError
from .limits import replace_surrogates
from .migrations import REBUILDING_MIGRATIONS, migrate, reject_key, tally_key
from .records import (
    AirAttack,
    ArticleInput,
    ArticleRecord,
    Brief,
    Evidence,
    Rejection,
)
from .rows import RowMap

DEFAULT_URL = "sqlite:///strikewatch.db"
FIGURE_FIELDS = ("drones.launched", "drones.destroyed", "drones.hit", "missiles.launched",
                 "missiles.destroyed", "missiles.hit", "killed", "injured")
MAX_RAW_CHARS = 10_000  # how much of a rejected article's text the rejects table keeps
STREAM_BATCH = 500  # rows fetched at a time while an export streams
DEDUP_LOCK = 0x53545244  # PostgreSQL advisory lock key held while an article is checked and stored ("STRD")
UNDATED = ""  # the stale_nights key of events without a date
INCIDENT_SORTS = {  # sort key of incidents() -> column
    "date": "date", "drones": "drones_launched", "missiles": "missiles_launched",
    "launched": "launched_total", "killed": "killed", "injured": "injured", "reports": "n_reports",
    "conflicts": "n_conflicts", "id": "id",
}
T = TypeVar("T")


@dataclass(frozen=True)
class StoreOptions:
    """Tunables of the store; the defaults come from defaults.toml [store]."""

    busy_timeout_seconds: float = setting("store", "busy_timeout_seconds")
    retries: int = setting("store", "retries")
    retry_delay_seconds: float = setting("store", "retry_delay_seconds")
    window_days: int = setting("store", "window_days")
    refresh_batch_nights: int = setting("store", "refresh_batch_nights")
    progress_min_items: int = setting("store", "progress_min_items")
    largest: int = setting("store", "largest")
    time_budget_seconds: float = setting("limits", "time_budget_seconds")  # seconds one article may take

    @classmethod
    def from_defaults(cls, **overrides: Any) -> StoreOptions:
        """The settings' values ([store] of defaults.toml and --config), then OVERRIDES."""
        return cls(**overrides)


@dataclass
class TallySummary:
    """What one import of the Air Force tallies did."""

    loaded: int = 0  # rows read from the file (a repeated row once)
    added: int = 0  # rows not stored before
    changed: int = 0  # stored rows whose counts (or other columns) the file changes
    unchanged: int = 0  # stored rows the file gives again as they are
    kept: int = 0  # stored rows the file does not give, kept as they are
    repeated: int = 0  # rows the file gives a second time (the first is kept)
    rejected: int = 0
    incidents: int = 0  # incidents whose official figures were refreshed


def database_url(value: str) -> str:
    """A SQLAlchemy URL for VALUE: a URL as it is, a file path as a SQLite URL.

    ``postgresql://`` and ``postgres://`` URLs get the psycopg (version 3) driver.
    """
    if "://" not in value:
        return f"sqlite:///{value}"
    for prefix in ("postgresql://", "postgres://"):
        if value.startswith(prefix):
            return "postgresql+psycopg://" + value.removeprefix(prefix)
    return value


class Store:
    """A strikewatch record in one SQLite file or PostgreSQL database."""

    def __init__(self, url: str = DEFAULT_URL, options: StoreOptions | None = None, *,
                 create: bool = True) -> None:
        """Open the database at URL, creating it (or its tables) unless CREATE is false.

        With CREATE false, a SQLite file that does not exist, or a database without strikewatch's
        tables, raises NoDatabase instead of being made empty: reading commands say so.
        """
        self.url = database_url(url)
        self.options = options or StoreOptions.from_defaults()
        if not create:
            _require_database(self.url)
        self.engine = _engine(self.url, self.options)
        try:
            if not create and not inspect(self.engine).has_table("articles"):
                self.engine.dispose()
                raise NoDatabase(f"{_safe_url(self.url)}: no strikewatch database there (it has no tables)")
            applied = migrate(self.engine)
            metadata = MetaData()
            metadata.reflect(self.engine)
        except OperationalError as error:
            self.engine.dispose()
            raise StoreError(f"{_safe_url(self.url)}: cannot open the database ({error.orig})") from None
        self.t: dict[str, Table] = dict(metadata.tables)
        if "m001_initial" not in applied and REBUILDING_MIGRATIONS & set(applied):
            from .pipeline import refresh_incidents  # here: the pipeline imports the store

            refresh_incidents(self)  # an older database: its incidents are rebuilt in the new shape
        elif "m006_tally_sources" in applied:  # the new columns of the incidents already stored
            self._transaction(self._refresh_official)

    def close(self) -> None:
        """Close every connection to the database."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Writing ---------------------------------------------------------------------------------

    def reject(self, rejection: Rejection, stage: str) -> None:
        """Keep REJECTION in the rejects table, with the STAGE that rejected it; the same input rejected
        for the same reason again (a rerun) adds no row."""
        name, reason = _storable(rejection.input), _storable(rejection.reason)
        row = {"input": name, "stage": stage, "reason": reason, "raw": _storable(rejection.raw),
               "created_at": _now(), "reject_key": reject_key(name, reason)}
        self._transaction(lambda c: _insert_ignore(c, self.t["rejects"], [row]))

    def stored_article(self, article_id: str) -> Row | None:
        """The id, content hash and publication date of the article stored under ARTICLE_ID, if any."""
        a = self.t["articles"]
        with self._read() as connection:
            return connection.execute(select(a.c.id, a.c.content_hash, a.c.published)
                                      .where(a.c.id == article_id)).first()

    def add_copy(self, item: ArticleInput, digest: str, signature: bytes) -> str | None:
        """Record ITEM as one more outlet of the stored article it copies; "duplicates", "unchanged"
        (this copy was recorded before), or None when it copies none."""
        return self._transaction(lambda c: self._copy_of(c, item, digest, signature))

    def write_article(self, item: ArticleInput, record: ArticleRecord, claims: Sequence[reconcile.Claim],
                      digest: str, signature: bytes) -> str:
        """Insert ITEM as a new article, or a new version of the stored one, with RECORD's events, their
        evidence and the CLAIMS derived from them (each pointing to its quote); mark their nights stale.

        Returns "added", "updated", "duplicates" or "unchanged" (another process stored the same text
        meanwhile); raises RowRefused when the database refuses a value or stays locked.
        """
        def write(connection: Connection) -> str:
            return self._write_article(connection, item, record, claims, digest, signature)
        try:
            return self._transaction(write)
        except (DBAPIError, OverflowError) as error:
            reason = getattr(error, "orig", None) or f"{type(error).__name__}: {error}"
            raise RowRefused(item.id, str(reason)) from error

    def rebuild_stale(self, build: Callable[[list[reconcile.Report]], list[reconcile.Incident]], *,
                      size: int, failed: set[str]) -> int | None:
        """In one transaction, replace the incidents of the next SIZE stale nights but FAILED by what BUILD
        makes of the reports around them, and mark those nights fresh; return how many incidents were
        built, or None when no stale night is left. Raises ReconcileFailed when BUILD fails."""
        return self._transaction(partial(self._refresh_batch, build=build, size=size, failed=failed))

    def import_tallies(self, items: Iterable[Any]) -> TallySummary:
        """Merge ITEMS (Tally or Rejection) into the stored Air Force tallies; refresh the official figures.

        A row is known by its key (``migrations.tally_key``: window, model, launch place, target, post):
        a new key is added, a known one whose counts differ is updated, the rest are unchanged. Stored
        rows the file lacks are kept (an older file, or one covering a few nights, removes nothing). A
        key the file repeats keeps its first row. The incidents are refreshed only when a row changed.
        """
        summary = TallySummary()
        rows: dict[str, dict] = {}
        for item in items:
            if isinstance(item, Rejection):
                self.reject(item, "airforce")
                summary.rejected += 1
                continue
            row = {name: getattr(item, name) for name in TALLY_COLUMNS}
            key = tally_key(*[row[name] for name in TALLY_KEY_COLUMNS])
            if key in rows:
                summary.repeated += 1
            else:
                rows[key] = row
        summary.loaded = len(rows)

        def merge(connection: Connection) -> None:
            t, now = self.t["airforce_tallies"], _now()
            stored = {r.row_key: r for r in connection.execute(select(t.c.id, t.c.row_key,
                                                                      *[t.c[n] for n in TALLY_COLUMNS]))}
            added = []
            for key, row in rows.items():
                old = stored.get(key)
                if old is None:
                    added.append({**row, "row_key": key, "imported_at": now, "updated_at": now})
                elif any(getattr(old, name) != row[name] for name in TALLY_COLUMNS):
                    connection.execute(update(t).where(t.c.id == old.id).values(**row, updated_at=now))
                    summary.changed += 1
                else:
                    summary.unchanged += 1
            if added:
                connection.execute(insert(t), added)
            summary.added = len(added)
            summary.kept = len(stored.keys() - rows.keys())
        self._transaction(merge)
        if summary.added or summary.changed:
            summary.incidents = self._transaction(self._refresh_official)
        return summary

    # Reading ---------------------------------------------------------------------------------

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of IDS are stored: as an article, as a copy of one, or as a rejected input."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        columns = [self.t["articles"].c.id, self.t["article_outlets"].c.input_id, self.t["rejects"].c.input]
        with self._read() as connection:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                for column in columns:
                    found.update(connection.execute(select(column).where(column.in_(chunk))).scalars())
        return found

    def articles(self, *, q: str | None = None, limit: int = 50, offset: int = 0) -> dict:
        """A page of articles, newest first; Q matches words of the title, outlet or text."""
        a = self.t["articles"]
        where = [or_(*(_contains(a.c[name], q) for name in ("title", "outlet", "text")))] if q else []
        order = [a.c.published.is_(None), a.c.published.desc(), a.c.id]  # undated last on both backends
        with self._read() as connection:
            total = connection.execute(select(func.count()).select_from(a).where(*where)).scalar_one()
            rows = connection.execute(select(*_article_columns(a)).where(*where).order_by(*order)
                                      .limit(limit).offset(offset)).all()
        return _page(total, limit, offset, [_article_row(row) for row in rows])

    def article(self, article_id: str) -> dict | None:
        """One article: its row, text, record, every outlet that carried it and its earlier versions."""
        a, o, v = self.t["articles"], self.t["article_outlets"], self.t["article_versions"]
        m = self.t["incident_members"]
        with self._read() as connection:
            row = connection.execute(select(*_article_columns(a), a.c.text, a.c.record)
                                     .where(a.c.id == article_id)).first()
            if row is None:
                return None
            outlets = connection.execute(select(o.c.input_id, o.c.outlet, o.c.url, o.c.published, o.c.match,
                                                o.c.added_at).where(o.c.article_id == article_id)
                                         .order_by(o.c.added_at, o.c.input_id)).all()
            versions = connection.execute(select(v.c.version, v.c.content_hash, v.c.title, v.c.published,
                                                 v.c.ingested_at, v.c.replaced_at)
                                          .where(v.c.article_id == article_id).order_by(v.c.version)).all()
            incidents = connection.execute(select(m.c.incident_id).distinct()
                                           .where(m.c.article_id == article_id).order_by(m.c.incident_id))
            incident_ids = list(incidents.scalars())
            record = self._full_record(connection, article_id, row.record)
        return {**_article_row(row), "text": row.text, "record": record,
                "outlets": [dict(r._mapping) for r in outlets],
                "versions": [dict(r._mapping) for r in versions], "incidents": incident_ids}

    def incidents(self, *, since: str | None = None, until: str | None = None, place: str | None = None,
                  attacker: str | None = None, target: str | None = None, min_drones: int | None = None,
                  q: str | None = None, place_match: str = "exact", differs_by: float | None = None,
                  sort: str = "-date", limit: int = 50, offset: int = 0) -> dict:
        """A page of incident rows, filtered and sorted ("date", "-launched", "killed"...; "-" descending).

        PLACE matches one of an incident's places exactly (ignoring case), or any place that contains
        it when PLACE_MATCH is "contains". DIFFERS_BY keeps the incidents with a national figure
        further than that share from the official one (``[check] tolerance``: they differ).
        """
        where = self._incident_filters(since, until, place, attacker, target, min_drones, q, place_match,
                                       differs_by)
        i = self.t["incidents"]
        with self._read() as connection:
            total = connection.execute(select(func.count()).select_from(i).where(*where)).scalar_one()
            rows = connection.execute(select(*self._incident_columns()).where(*where)
                                      .order_by(*self._incident_order(sort)).limit(limit).offset(offset)).all()
        return _page(total, limit, offset, [_incident_row(row) for row in rows])

    def iter_incidents(self, **filters: Any) -> Iterator[dict]:
        """Every incident row that FILTERS (as for ``incidents``) select, by date, streamed from the
        database a batch at a time."""
        where = self._incident_filters(**filters)
        query = select(*self._incident_columns()).where(*where).order_by(*self._incident_order("date"))
        with self._read() as connection:
            for row in connection.execution_options(yield_per=STREAM_BATCH).execute(query):
                yield _incident_row(row)

    def incident(self, incident_id: str) -> dict | None:
        """One incident: its row, each figure with its rule and claims, conflicts, official figures, articles.

        ``official`` and ``record_check`` are null until Air Force tallies are imported for its night.
        """
        i, m, a = self.t["incidents"], self.t["incident_members"], self.t["articles"]
        members = select(m.c.article_id).where(m.c.incident_id == incident_id)
        with self._read() as connection:
            row = connection.execute(select(*self._incident_columns(), i.c.figures, i.c.official, i.c.derived,
                                            i.c.record_check, i.c.period, i.c.place_reports, i.c.notes)
                                     .where(i.c.id == incident_id)).first()
            if row is None:
                return None
            articles = connection.execute(select(*_article_columns(a)).where(a.c.id.in_(members))
                                          .order_by(a.c.published.is_(None), a.c.published, a.c.id)).all()
            keys = [tuple(key) for key in connection.execute(select(m.c.article_id, m.c.event_index)
                                                              .where(m.c.incident_id == incident_id))]
            pointed = _Pointed(self._evidence_of(connection, keys), {r.id: r for r in articles})
        figures = pointed.figures(json.loads(row.figures))
        return {**_incident_row(row), "figures": figures, "official": _loads(row.official),
                "derived": _loads(row.derived), "record_check": _loads(row.record_check),
                "period": row.period,
                "place_reports": [{**report, "figures": pointed.figures(report["figures"])}
                                  for report in _loads(row.place_reports) or []],
                "notes": _loads(row.notes) or [],
                "articles": [_article_brief(r) for r in articles]}

    def tally_incidents(self, **filters: Any) -> Iterator[dict]:
        """Every incident FILTERS select (as for ``incidents``) whose night has official figures, imported
        or derived, by date, with its figures, ``official`` and ``derived``; streamed."""
        i = self.t["incidents"]
        where = [*self._incident_filters(**filters), or_(i.c.official.is_not(None), i.c.derived.is_not(None))]
        query = (select(*self._incident_columns(), i.c.figures, i.c.official, i.c.derived).where(*where)
                 .order_by(*self._incident_order("date")))
        with self._read() as connection, self._read() as other:
            for row in connection.execution_options(yield_per=STREAM_BATCH).execute(query):
                figures = self._pointed(other, row.id).figures(json.loads(row.figures))
                yield {**_incident_row(row), "figures": figures,
                       "official": _loads(row.official), "derived": _loads(row.derived)}

    def _pointed(self, connection: Connection, incident_id: str) -> _Pointed:
        """What the claims of INCIDENT_ID's figures point to: its events' quotes and its articles."""
        m, a = self.t["incident_members"], self.t["articles"]
        keys = [tuple(key) for key in connection.execute(select(m.c.article_id, m.c.event_index)
                                                          .where(m.c.incident_id == incident_id))]
        articles = connection.execute(select(a.c.id, a.c.outlet, a.c.published)
                                      .where(a.c.id.in_(sorted({key[0] for key in keys})))).all()
        return _Pointed(self._evidence_of(connection, keys), {r.id: r for r in articles})

    def tally_nights(self, since: str | None = None, until: str | None = None) -> list[dict]:
        """The Air Force's figures (``airforce.official_figures``) of every night the stored tallies
        give from SINCE to UNTIL, by night."""
        with self._read() as connection:
            tallies = _Tallies(self._tallies(connection))
        return [airforce.official_figures(tallies.by_night[night], night)
                for night in sorted(tallies.by_night)
                if (not since or night >= since) and (not until or night <= until)]

    def claims(self, **filters: Any) -> Iterator[dict]:
        """Every claim, with the incident its event belongs to, by incident, article and field, streamed
        a batch at a time. With FILTERS (as for ``incidents``), only the claims of the incidents they
        select; without, claims of no incident too."""
        c, m, i = self.t["claims"], self.t["incident_members"], self.t["incidents"]
        query = self._claim_query(m).order_by(m.c.incident_id, c.c.article_id, c.c.event_index, c.c.id)
        if filters:
            query = query.where(m.c.incident_id.in_(select(i.c.id).where(*self._incident_filters(**filters))))
        with self._read() as connection:
            for r in connection.execution_options(yield_per=STREAM_BATCH).execute(query):
                yield {"incident_id": r.incident_id, **_claim_out(r)}

    def stats(self, *, since: str | None = None, until: str | None = None, attacker: str | None = None,
              target: str | None = None) -> dict:
        """One theatre's attacks and weapons per night, casualties and destroyed share per week, largest
        attacks and totals: nothing of one attacker -> target country is added to another's.

        ATTACKER and TARGET (ISO codes) choose the theatre. When they leave more than one open, the
        busiest of those (most incidents in the date range) is described, and ``theatre["chosen"]``
        says ``"busiest"``; ``theatres`` lists every theatre of the selection, to choose another.
        """
        theatres = self.theatres(since=since, until=until, attacker=attacker, target=target)
        return self._theatre_stats(since, until, _chosen_theatre(theatres, attacker, target), theatres)

    def stats_by_theatre(self, *, since: str | None = None, until: str | None = None,
                         attacker: str | None = None, target: str | None = None) -> list[dict]:
        """``stats`` of every theatre the filters select, busiest first (one block each)."""
        theatres = self.theatres(since=since, until=until, attacker=attacker, target=target)
        return [self._theatre_stats(since, until, {**_sides(t), "chosen": "listed"}, theatres)
                for t in theatres]

    def _theatre_stats(self, since: str | None, until: str | None, theatre: dict,
                       theatres: list[dict]) -> dict:
        i, m, c = self.t["incidents"], self.t["incident_members"], self.t["claims"]
        where = [*self._incident_filters(since, until), _is(i.c.attacker, theatre["attacker"]),
                 _is(i.c.target_country, theatre["target_country"])]
        incidents = select(i.c.id).where(*where)
        members = select(m.c.article_id, m.c.event_index).where(m.c.incident_id.in_(incidents))
        with self._read() as connection:
            nights = [dict(r._mapping) for r in connection.execute(_nightly(i, where)).all()]
            largest = connection.execute(select(*self._incident_columns())
                                         .where(*where, i.c.launched_total > 0)
                                         .order_by(*self._incident_order("-launched"))
                                         .limit(self.options.largest)).all()
            counts = {
                "articles": connection.execute(select(func.count(m.c.article_id.distinct()))
                                               .where(m.c.incident_id.in_(incidents))).scalar_one(),
                "claims": connection.execute(select(func.count()).select_from(c).where(
                    tuple_(c.c.article_id, c.c.event_index).in_(members))).scalar_one(),
                # rejected inputs belong to no theatre: this count is the whole store's
                "rejects": connection.execute(select(func.count()).select_from(self.t["rejects"]))
                                     .scalar_one(),
            }
        weeks = _weekly(nights)
        return {"theatre": theatre, "theatres": theatres,
                "nights": [_night_row(n) for n in nights if n["date"]], "weeks": weeks,
                "largest": [_incident_row(r) for r in largest], "totals": _totals(nights, counts)}

    def theatres(self, **filters: Any) -> list[dict]:
        """Totals of the incidents FILTERS select (as for ``incidents``), one row per attacker and target.

        Each row: incidents, nights (distinct dates), drones and missiles launched and destroyed,
        killed and injured; a sum no incident gives is None, not 0.
        """
        i = self.t["incidents"]
        names = ("drones_launched", "drones_destroyed", "missiles_launched", "missiles_destroyed", "killed",
                 "injured")
        query = (select(i.c.attacker, i.c.target_country, func.count().label("incidents"),
                        func.count(i.c.date.distinct()).label("nights"),
                        *[func.sum(i.c[name]).label(name) for name in names])
                 .where(*self._incident_filters(**filters))
                 .group_by(i.c.attacker, i.c.target_country)
                 .order_by(func.count().desc(), i.c.attacker, i.c.target_country))
        with self._read() as connection:
            rows = connection.execute(query).all()
        return [{key: _int(value) for key, value in row._mapping.items()} for row in rows]

    def place_totals(self, **filters: Any) -> list[dict]:
        """The incidents FILTERS select, grouped by their list of places: each group's places, how many
        incidents and how many drones and missiles they launched (for a map; one query, few rows)."""
        i = self.t["incidents"]
        launched = func.sum(func.coalesce(i.c.drones_launched, 0) + func.coalesce(i.c.missiles_launched, 0))
        query = (select(i.c.places, func.count().label("incidents"), launched.label("launched"))
                 .where(*self._incident_filters(**filters)).group_by(i.c.places).order_by(i.c.places))
        with self._read() as connection:
            rows = connection.execute(query).all()
        return [{"places": json.loads(row.places), "incidents": row.incidents, "launched": _int(row.launched)}
                for row in rows]

    def countries(self) -> dict[str, list[str]]:
        """The attackers and the target countries the incidents name, as ISO codes, sorted."""
        i = self.t["incidents"]
        with self._read() as connection:
            return {key: sorted(c for c in connection.execute(select(column).distinct()).scalars() if c)
                    for key, column in (("attackers", i.c.attacker), ("targets", i.c.target_country))}

    def rejects(self, *, limit: int = 50, offset: int = 0) -> dict:
        """A page of rejected inputs, newest first, with the stage, reason and raw input."""
        r = self.t["rejects"]
        with self._read() as connection:
            total = connection.execute(select(func.count()).select_from(r)).scalar_one()
            rows = connection.execute(select(r).order_by(r.c.id.desc()).limit(limit).offset(offset)).all()
        return _page(total, limit, offset, [dict(row._mapping) for row in rows])

    # Writing an article ----------------------------------------------------------------------

    def _copy_of(self, connection: Connection, item: ArticleInput, digest: str,
                 signature: bytes) -> str | None:
        """In a writing transaction: record ITEM as one more outlet of the stored article it copies
        (same text, else the most similar near duplicate); None when it copies none."""
        a, o = self.t["articles"], self.t["article_outlets"]
        _lock_dedup(connection)
        earlier = connection.execute(select(o.c.content_hash).where(o.c.input_id == item.id)).first()
        if earlier is not None and earlier.content_hash == digest:
            return "unchanged"
        original = connection.execute(select(a.c.id).where(a.c.content_hash == digest, a.c.id != item.id)
                                      .order_by(a.c.ingested_at, a.c.id).limit(1)).scalar()
        match = "same text" if original else "near duplicate"
        original = original or self._near_copy(connection, signature)
        if original is None or original == item.id:
            return None
        connection.execute(delete(o).where(o.c.input_id == item.id))
        connection.execute(insert(o), {"article_id": original, "input_id": item.id, "outlet": item.outlet,
                                       "url": item.url, "published": item.published, "content_hash": digest,
                                       "match": match, "added_at": _now()})
        return "duplicates"

    def _near_copy(self, connection: Connection, signature: bytes) -> str | None:
        """The stored article SIGNATURE is a near duplicate of: only articles that share one of its LSH
        bands are read (an index lookup), then compared on their whole signatures."""
        a, b = self.t["articles"], self.t["article_bands"]
        sharing = select(b.c.article_id).where(b.c.key.in_(dedup.band_keys(signature))).distinct()
        rows = connection.execute(select(a.c.id, a.c.signature).where(a.c.id.in_(sharing),
                                                                        a.c.signature.is_not(None)))
        best = dedup.best_match(signature, ((row.id, bytes(row.signature)) for row in rows))
        return best[0] if best else None

    def _write_article(self, connection: Connection, item: ArticleInput, record: ArticleRecord,
                       claims: Sequence[reconcile.Claim], digest: str, signature: bytes) -> str:
        """Insert ITEM as a new article, or a new version of the stored one, with its events and claims.

        Returns "added", "updated", or "unchanged" when another process stored the same text meanwhile.
        """
        a, o, b = self.t["articles"], self.t["article_outlets"], self.t["article_bands"]
        now = _now()
        old = connection.execute(select(a).where(a.c.id == item.id)).first()
        if is_current(old, item, digest):
            return "unchanged"
        if old is None:  # checked again under the write lock: another process may have stored it since
            copy = self._copy_of(connection, item, digest, signature)
            if copy is not None:
                return copy
        stale = {_night(e.date) for e in record.events}
        row = {**ARTICLE_ROWS.row(item), "language": record.language or item.language, "content_hash": digest,
               "signature": signature, "record": _dumps(_record_without_events(record)),
               **BRIEF_ROWS.row(record.brief), "n_events": len(record.events), "updated_at": now}
        if old is None:
            connection.execute(insert(a), {**row, "version": 1, "ingested_at": now})
        else:
            stale |= self._retire(connection, old, now)
            connection.execute(update(a).where(a.c.id == item.id).values(**row, version=old.version + 1))
        connection.execute(delete(b).where(b.c.article_id == item.id))
        bands = [{"key": key, "article_id": item.id} for key in dedup.band_keys(signature)]
        connection.execute(insert(b), bands)
        connection.execute(delete(o).where(o.c.input_id == item.id))
        connection.execute(insert(o), {"article_id": item.id, "input_id": item.id, "outlet": item.outlet,
                                       "url": item.url, "published": item.published, "content_hash": digest,
                                       "match": "original", "added_at": now})
        self._write_events(connection, item, record, claims)
        _insert_ignore(connection, self.t["stale_nights"], [{"date": night} for night in sorted(stale)])
        return "added" if old is None else "updated"

    def _retire(self, connection: Connection, old: Row, now: str) -> set[str]:
        """Move the stored version OLD to article_versions, drop its events and claims; return nights."""
        e, c = self.t["events"], self.t["claims"]
        names = [col.name for col in self.t["article_versions"].c
                 if col.name not in ("article_id", "replaced_at")]
        kept = {**{n: getattr(old, n) for n in names}, "article_id": old.id, "replaced_at": now,
                "record": _dumps(self._full_record(connection, old.id, old.record))}
        connection.execute(insert(self.t["article_versions"]), kept)
        m, i = self.t["incident_members"], self.t["incidents"]
        nights = set(connection.execute(select(e.c.date).where(e.c.article_id == old.id)).scalars())
        incidents = select(m.c.incident_id).where(m.c.article_id == old.id)
        nights |= set(connection.execute(select(i.c.date).where(i.c.id.in_(incidents))).scalars())
        connection.execute(delete(m).where(m.c.article_id == old.id))
        connection.execute(delete(c).where(c.c.article_id == old.id))
        connection.execute(delete(self.t["evidence"]).where(self.t["evidence"].c.article_id == old.id))
        connection.execute(delete(e).where(e.c.article_id == old.id))
        return {_night(n) for n in nights}

    def _write_events(self, connection: Connection, item: ArticleInput, record: ArticleRecord,
                      claims: Sequence[reconcile.Claim]) -> None:
        """RECORD's events as rows of events, their quotes as rows of evidence, and CLAIMS as rows of
        claims that point to their quote."""
        events, evidence = [], []
        for index, attack in enumerate(record.events):
            key = {"article_id": item.id, "event_index": index}
            events.append({**key, **EVENT_ROWS.row(attack)})
            evidence += [{**key, "position": position, **EVIDENCE_ROWS.row(quote)}
                         for position, quote in enumerate(attack.evidence)]
        claim_rows = [_claim_row(claim, record.events[claim.event_index]) for claim in claims]
        for table, rows in (("events", events), ("evidence", evidence), ("claims", claim_rows)):
            if rows:
                connection.execute(insert(self.t[table]), rows)

    def _full_record(self, connection: Connection, article_id: str, stored: str) -> dict:
        """The article record (SPEC) of ARTICLE_ID: its STORED JSON, which holds all but the events, with
        the events read back from their rows and their evidence."""
        e = self.t["events"]
        rows = connection.execute(select(e).where(e.c.article_id == article_id)
                                  .order_by(e.c.event_index)).all()
        quotes = self._evidence_of(connection, [(row.article_id, row.event_index) for row in rows])
        events = [EVENT_ROWS.record(row, evidence=quotes.get((row.article_id, row.event_index), ()))
                  for row in rows]
        events = [event.to_dict() for event in events]
        record = json.loads(stored)
        return {"id": record.pop("id"), "brief": record.pop("brief"), "events": events, **record}

    def _evidence_of(self, connection: Connection, keys: Sequence[tuple[str, int]]) -> dict[tuple, tuple]:
        """The evidence of each event KEYS names, (article_id, event_index) -> quotes in order."""
        v = self.t["evidence"]
        wanted, found = set(keys), defaultdict(list)
        ids = sorted({article_id for article_id, _ in wanted})
        for start in range(0, len(ids), 500):
            rows = connection.execute(select(v).where(v.c.article_id.in_(ids[start:start + 500]))
                                      .order_by(v.c.article_id, v.c.event_index, v.c.position))
            for row in rows:
                if (row.article_id, row.event_index) in wanted:
                    found[(row.article_id, row.event_index)].append(EVIDENCE_ROWS.record(row))
        return {key: tuple(quotes) for key, quotes in found.items()}

    def _claim_query(self, members: Table | None = None) -> Any:
        """The claims with what they point to: the article's outlet and date, and their quote's source
        and text. With MEMBERS, each claim's incident too (null for a claim of no incident)."""
        c, a, v = self.t["claims"], self.t["articles"], self.t["evidence"]
        quote = and_(v.c.article_id == c.c.article_id, v.c.event_index == c.c.event_index,
                     v.c.position == c.c.evidence_position)
        join = c.join(a, a.c.id == c.c.article_id).outerjoin(v, quote)
        stored = [column for column in c.c if column.name not in ("id", "evidence_position")]
        columns = [*stored, a.c.outlet, a.c.published, v.c.source, v.c.quote]
        if members is None:
            return select(*columns).select_from(join)
        join = join.outerjoin(members, _same_event(members, c))
        return select(members.c.incident_id, *columns).select_from(join)

    # Incidents -------------------------------------------------------------------------------

    def _refresh_batch(self, connection: Connection, build: Callable[[list[reconcile.Report]], list],
                       size: int, failed: set[str]) -> int | None:
        """Rebuild the incidents of the next SIZE stale nights but FAILED; None when none is left."""
        s = self.t["stale_nights"]
        nights = list(connection.execute(select(s.c.date).where(s.c.date.not_in(failed)).order_by(s.c.date)
                                         .limit(size)).scalars())
        if not nights:
            return None
        reports, old_ids = self._reports_around(connection, nights)
        try:
            incidents = build(reports) if reports else []
        except Exception as error:  # one night the reconciler fails on must not stop the others
            raise ReconcileFailed(nights[0], f"reconciler failed: {type(error).__name__}: {error}") from error
        self._replace_incidents(connection, old_ids, incidents, {r.key: r.event for r in reports})
        connection.execute(delete(s).where(s.c.date.in_(nights)))
        return len(incidents)

    def _reports_around(self, connection: Connection, nights: Sequence[str]) -> tuple[list, set[str]]:
        """The reports dated within window_days of NIGHTS, every report of an incident they are in, and
        the ids of the incidents to replace: those dated in the window or holding one of these reports."""
        e, i, m = self.t["events"], self.t["incidents"], self.t["incident_members"]
        dates = _widen([n for n in nights if n != UNDATED], self.options.window_days)

        def within(column: Any) -> Any:  # dated in the window, or undated when the undated night is stale
            return or_(column.in_(dates), column.is_(None)) if UNDATED in nights else column.in_(dates)
        near, dated = within(e.c.date), within(i.c.date)
        member_of = m.join(e, _same_event(m, e))
        old_ids = set(connection.execute(select(i.c.id).where(dated)).scalars())
        old_ids |= set(connection.execute(select(m.c.incident_id).distinct().select_from(member_of)
                                          .where(near)).scalars())
        rows = connection.execute(self._event_query(near)).all()
        if old_ids:
            rows += connection.execute(self._event_query(m.c.incident_id.in_(old_ids), members=True)).all()
        quotes = self._evidence_of(connection, [(row.article_id, row.event_index) for row in rows])
        reports = {(row.article_id, row.event_index): _report(row, quotes) for row in rows}
        return [reports[key] for key in sorted(reports)], old_ids

    def _event_query(self, where: Any, members: bool = False) -> Any:
        e, a, m = self.t["events"], self.t["articles"], self.t["incident_members"]
        joined = e.join(a, e.c.article_id == a.c.id)
        if members:
            joined = joined.join(m, _same_event(m, e))
        return select(e, a.c.outlet, a.c.published).select_from(joined).where(where)

    def _replace_incidents(self, connection: Connection, old_ids: set[str], incidents: list,
                           events: Mapping[tuple[str, int], AirAttack]) -> None:
        """Replace the incidents OLD_IDS by INCIDENTS, reconciled from EVENTS ((article_id, event_index) ->
        event), whose evidence their claims point to."""
        i, m = self.t["incidents"], self.t["incident_members"]
        if old_ids:
            connection.execute(delete(m).where(m.c.incident_id.in_(old_ids)))
            connection.execute(delete(i).where(i.c.id.in_(old_ids)))
        tallies = _Tallies(self._tallies(connection))
        ids = self._free_ids(connection, [incident.id for incident in incidents])
        now = _now()
        rows = [{**_incident_values(incident, tallies, events), "id": new_id, "computed_at": now}
                for incident, new_id in zip(incidents, ids, strict=True)]
        members = [{"incident_id": new_id, "article_id": article_id, "event_index": index}
                   for incident, new_id in zip(incidents, ids, strict=True)
                   for article_id, index in incident.members]
        if rows:
            connection.execute(insert(i), rows)
        if members:
            connection.execute(insert(m), members)

    def _free_ids(self, connection: Connection, wanted: list[str]) -> list[str]:
        """WANTED, with -2, -3... added to an id that an incident outside the rebuilt ones already holds."""
        i = self.t["incidents"]
        held = set(connection.execute(select(i.c.id).where(i.c.id.in_(wanted))).scalars())
        taken = held | set(wanted)
        ids = []
        for incident_id in wanted:
            if incident_id in held:
                n = 2
                while f"{incident_id}-{n}" in taken or connection.execute(
                        select(i.c.id).where(i.c.id == f"{incident_id}-{n}")).first():
                    n += 1
                incident_id = f"{incident_id}-{n}"
                taken.add(incident_id)
            ids.append(incident_id)
        return ids

    def _refresh_official(self, connection: Connection) -> int:
        """Recompute every incident's official figures and record check from the stored tallies."""
        i = self.t["incidents"]
        tallies = _Tallies(self._tallies(connection))
        rows = connection.execute(select(i.c.id, i.c.date, i.c.target_country, i.c.figures, i.c.period)).all()
        for row in rows:
            figures = self._pointed(connection, row.id).figures(json.loads(row.figures))
            values = _official_values(row.date, row.target_country, figures, tallies, row.period)
            connection.execute(update(i).where(i.c.id == row.id).values(**values))
        return len(rows)

    def _tallies(self, connection: Connection) -> list:
        t = self.t["airforce_tallies"]
        rows = connection.execute(select(*[t.c[name] for name in TALLY_ROWS.columns]).order_by(t.c.id)).all()
        return [TALLY_ROWS.record(row) for row in rows]

    # Queries ---------------------------------------------------------------------------------

    def _incident_columns(self) -> list:
        i = self.t["incidents"]
        return [i.c[name] for name in INCIDENT_COLUMNS]

    def _incident_filters(self, since: str | None = None, until: str | None = None,
                          place: str | None = None, attacker: str | None = None, target: str | None = None,
                          min_drones: int | None = None, q: str | None = None,
                          place_match: str = "exact", differs_by: float | None = None) -> list:
        i = self.t["incidents"]
        where = []
        if since:
            where.append(i.c.date >= since)
        if until:
            where.append(i.c.date <= until)
        if place and place_match == "contains":
            where.append(_contains(i.c.places_key, place))
        elif place:
            where.append(_contains(i.c.places_key, f"|{place.strip().lower()}|"))
        if attacker:
            where.append(i.c.attacker == attacker.upper())
        if target:
            where.append(i.c.target_country == target.upper())
        if min_drones is not None:
            where.append(i.c.drones_launched >= min_drones)
        if q:
            where.append(or_(_contains(i.c.id, q), _contains(i.c.places_key, q)))
        if differs_by is not None:  # a national figure is further than this share from the tallies'
            where.append(i.c.tally_gap > differs_by)
        return where

    def _incident_order(self, sort: str) -> list:
        i = self.t["incidents"]
        name = INCIDENT_SORTS.get(sort.lstrip("-+"))
        if name is None:
            choices = ", ".join(sorted(INCIDENT_SORTS))
            raise ValueError(f"unknown sort {sort!r}: expected one of {choices}, "
                             "with '-' before it for descending order")
        column = i.c[name]
        ordered = column.desc() if sort.startswith("-") else column.asc()
        return [column.is_(None), ordered, i.c.id]  # unknown values last, either way

    # Transactions ----------------------------------------------------------------------------

    def _transaction(self, work: Callable[[Connection], T]) -> T:
        """Run WORK in one writing transaction, retried while the database is locked."""
        delay = self.options.retry_delay_seconds
        for attempt in range(self.options.retries + 1):
            try:
                with self.engine.begin() as connection:
                    return work(connection)
            except (OperationalError, IntegrityError) as error:
                if attempt == self.options.retries or not _retryable(error):
                    raise
                time.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")

    def _read(self) -> Connection:
        return self.engine.connect().execution_options(strikewatch_read=True)


# Columns ------------------------------------------------------------------------------------

TALLY_COLUMNS = ("night", "time_start", "time_end", "model", "kind", "launch_place", "target", "launched",
                 "destroyed", "lost", "source")
TALLY_KEY_COLUMNS = ("time_start", "time_end", "model", "launch_place", "target", "source")
CLAIM_COLUMNS = ("article_id", "event_index", "field", "value", "outlet", "published", "source", "hedged",
                 "quote", "official", "scope", "place")
INCIDENT_COLUMNS = (
    "id", "date", "attacker", "target_country", "places", "drones_launched", "drones_destroyed", "drones_hit",
    "missiles_launched", "missiles_destroyed", "missiles_hit", "killed", "injured", "damage", "record",
    "alert_hours", "n_reports", "n_conflicts", "conflicts", "official_drones_launched",
    "official_drones_destroyed", "official_missiles_launched", "official_missiles_destroyed",
    "derived_drones_launched", "derived_drones_destroyed", "derived_missiles_launched",
    "derived_missiles_destroyed", "tally_basis", "tally_gap",
)


def _article_columns(a: Table) -> list:
    names = ("id", "title", "outlet", "url", "published", "language", "headline", "dek", "summary",
             "n_events", "version", "content_hash", "ingested_at", "updated_at", "notes")
    return [a.c[name] for name in names]


def _article_row(row: Row) -> dict:
    hidden = ("headline", "dek", "summary", "text", "record")
    data = {k: v for k, v in row._mapping.items() if k not in hidden}
    return {**data, "notes": _loads(row.notes) or [], "brief": _brief(row)}


def _article_brief(row: Row) -> dict:
    names = ("id", "title", "outlet", "url", "published")
    return {**{n: getattr(row, n) for n in names}, "brief": _brief(row)}


def _brief(row: Row) -> dict:
    return {"headline": row.headline, "dek": row.dek, "summary": row.summary}


def _incident_row(row: Row) -> dict:
    data = {name: getattr(row, name) for name in INCIDENT_COLUMNS}
    data["places"] = json.loads(data["places"])
    data["damage"] = json.loads(data["damage"])
    data["conflicts"] = json.loads(data["conflicts"])
    return data


def is_current(stored: Row | None, item: ArticleInput, digest: str) -> bool:
    """Whether the STORED article row (id, content_hash, published) already holds ITEM, whose text hashes
    to DIGEST: same text, and no publication date that the stored one lacked (``--published`` on a
    second ingest)."""
    return (stored is not None and stored.content_hash == digest
            and not (stored.published is None and item.published is not None))


# Rows <-> records, generated from the records' fields (rows.py). An empty list that the column held as
# NULL before the mapping was generated stays NULL.
ARTICLE_ROWS = RowMap(ArticleInput, empty_as_null=frozenset({"notes", "changes"}))
BRIEF_ROWS = RowMap(Brief)
EVENT_ROWS = RowMap(AirAttack, skip=frozenset({"evidence"}),
                    empty_as_null=frozenset({"weapons", "place_reports"}))
EVIDENCE_ROWS = RowMap(Evidence)
TALLY_ROWS = RowMap(airforce.Tally)


def _report(row: Row, quotes: dict[tuple, tuple]) -> reconcile.Report:
    """The reconciler's view of one stored event, with its QUOTES (as ``_evidence_of`` gives them)."""
    attack = EVENT_ROWS.record(row, evidence=quotes.get((row.article_id, row.event_index), ()))
    return reconcile.Report(row.article_id, row.event_index, attack, outlet=row.outlet,
                            published=row.published)


def _record_without_events(record: ArticleRecord) -> dict:
    """RECORD as JSON, but its events: they are stored as rows of events and evidence."""
    data = record.to_dict()
    del data["events"]
    return data


def _evidence_position(attack: AirAttack, claim: reconcile.Claim) -> int | None:
    """Where in ATTACK's evidence the quote CLAIM was read from is: the first with its field, quote and
    source (None for a claim without a quote)."""
    if claim.quote is None:
        return None
    return next((position for position, e in enumerate(attack.evidence)
                 if (e.field, e.quote, e.source) == (claim.field, claim.quote, claim.source)), None)


def _claim_out(row: Row) -> dict:
    """A claim as the queries give it, in the order of CLAIM_COLUMNS: its stored columns, and what it
    points to (its article's outlet and date; its quote and source; officialness by source)."""
    data = dict(row._mapping)
    data["value"] = json.loads(row.value)
    data["hedged"] = bool(row.hedged)
    data["official"] = reconcile.is_official(row.source)
    return {name: data[name] for name in CLAIM_COLUMNS}


# What a claim shows but does not store: read from its article and the quote it points to, and whether
# that source is official (decided when asked, by today's [reconcile] official_sources).
POINTED = ("outlet", "published", "source", "quote", "official")


def _claim_row(claim: reconcile.Claim, event: AirAttack) -> dict:
    """The claims row of CLAIM, read from EVENT: its fields but what it points to, its value as JSON, and
    the position of its quote in the event's evidence."""
    kept = {f.name: getattr(claim, f.name) for f in fields(claim) if f.name not in POINTED}
    position = _evidence_position(event, claim)
    return {**kept, "value": _dumps(_plain(claim.value)), "evidence_position": position}


def _claim_ref(claim: reconcile.Claim, event: AirAttack) -> dict:
    """A claim inside an incident's figures: what it stores (its value, article and event...) and the
    position of its quote in the event's evidence; its field is the figure's."""
    kept = {f.name: _plain(getattr(claim, f.name)) for f in fields(claim)
            if f.name not in ("field", *POINTED)}
    return {**kept, "evidence_position": _evidence_position(event, claim)}


def _full_figures(incident: reconcile.Incident) -> dict:
    """INCIDENT's figures with every claim in full, as ``Store.incident`` gives them (for the checks)."""
    names = _Pointed.names
    return {name: {"value": _plain(f.value), "rule": f.rule, "conflict": f.conflict,
                   "claims": [{n: _plain(getattr(c, n)) for n in names} for c in f.claims]}
            for name, f in sorted(incident.figures.items())}


class _Pointed:
    """Claims stored as references (``_claim_ref``), given in full: the quotes of their events and the
    rows (outlet, published) of their articles."""

    names = tuple(f.name for f in fields(reconcile.Claim) if f.name != "field")

    def __init__(self, quotes: Mapping[tuple, tuple[Evidence, ...]], articles: Mapping[str, Any]) -> None:
        self.quotes, self.articles = quotes, articles

    def figures(self, figures: dict) -> dict:
        """FIGURES (field -> value, rule, conflict, claims) with each claim in full."""
        return {name: {**figure, "claims": [self.claim(name, ref) for ref in figure["claims"]]}
                for name, figure in figures.items()}

    def claim(self, field_name: str, ref: dict) -> dict:
        quotes = self.quotes.get((ref["article_id"], ref["event_index"]), ())
        position = ref.get("evidence_position")
        quote = quotes[position] if position is not None and position < len(quotes) else None
        article = self.articles.get(ref["article_id"])
        source = quote.source if quote else None
        pointed = {"outlet": article.outlet if article else None,
                   "published": article.published if article else None, "source": source,
                   "quote": quote.quote if quote else None, "official": reconcile.is_official(source)}
        return {name: pointed[name] if name in pointed else ref.get(name) for name in self.names}


def _incident_values(incident: reconcile.Incident, tallies: _Tallies,
                     events: Mapping[tuple[str, int], AirAttack]) -> dict:
    """The incidents-table row of INCIDENT, but its id and computation time."""
    figures = _figures_dict(incident.figures, events)
    places = [{"place": p.place, "scope": p.scope, "figures": _figures_dict(p.figures, events)}
              for p in incident.place_reports]
    value = {name: figure["value"] for name, figure in figures.items()}
    counts = {name.replace(".", "_"): value.get(name) for name in FIGURE_FIELDS}
    return {
        "date": incident.date, "attacker": incident.attacker, "target_country": incident.target_country,
        "places": _dumps(list(incident.places)), "places_key": _places_key(incident.places), **counts,
        "damage": _dumps(list(value.get("damage") or [])), "record": value.get("record"),
        "alert_hours": value.get("alert_hours"), "n_reports": len(incident.members),
        "n_conflicts": sum(f["conflict"] for f in figures.values()),
        "conflicts": _dumps([name for name, f in figures.items() if f["conflict"]]),
        "launched_total": (counts["drones_launched"] or 0) + (counts["missiles_launched"] or 0),
        "figures": _dumps(figures), "period": incident.period, "place_reports": _dumps(places),
        "notes": _dumps(list(incident.notes)),
        **_official_values(incident.date, incident.target_country, _full_figures(incident), tallies,
                           incident.period),
    }


def _figures_dict(figures: Any, events: Mapping[tuple[str, int], AirAttack]) -> dict:
    """FIGURES (field -> reconcile.Figure) as stored: each claim a reference (``_claim_ref``) into the
    evidence of its event in EVENTS."""
    return {name: {"value": _plain(f.value), "rule": f.rule, "conflict": f.conflict,
                   "claims": [_claim_ref(c, events[(c.article_id, c.event_index)]) for c in f.claims]}
            for name, f in sorted(figures.items())}


class _Tallies:
    """The Air Force tallies, all of them and by night."""

    def __init__(self, rows: list) -> None:
        self.rows = rows
        self.by_night: dict[str, list] = defaultdict(list)
        for row in rows:
            self.by_night[row.night].append(row)

    def __bool__(self) -> bool:
        return bool(self.rows)


def _official_values(night: str | None, target: str | None, figures: dict, tallies: _Tallies,
                     period: str = "night") -> dict:
    """The official_* and derived_* columns, the gap to the tallies and the record check of an incident
    on NIGHT, from the Air Force TALLIES and the incident's claims from Air Force posts.

    Only national figures are compared with the tallies: FIGURES are the incident's national ones,
    and only a night's wave has the night's official figures (a daytime strike is not the night).
    """
    official = derived = None
    ukraine = target in ("UA", None)  # the Air Force counts attacks on Ukraine only: no other theatre's
    if ukraine and period == "night":
        if tallies and night:
            overnight = [t for t in tallies.by_night.get(night, []) if not _daytime(t)]
            official = airforce.official_figures(overnight, night)
        derived = derived_figures(night, figures)
    values = {f"{kind}_{name.replace('.', '_')}": (source or {}).get(name)
              for kind, source in (("official", official), ("derived", derived)) for name in OFFICIAL_FIELDS}
    basis = "imported" if official else "derived" if derived else None
    values["tally_basis"] = basis
    values["tally_gap"] = tally_gap(national_figures({"figures": figures}), official, derived)
    values["derived"] = _dumps(derived) if derived else None
    check = _record_check(night, figures, official, tallies) if tallies and night and ukraine else None
    return {**values, "official": _dumps(_plain(official)) if official else None,
            "record_check": _dumps(check) if check else None}


def _daytime(tally: airforce.Tally) -> bool:
    """A tally row of a daytime strike (11:00-11:30 on the night's date), not of the night's wave."""
    start, end = tally.time_start, tally.time_end or tally.time_start
    if len(start) <= 10 or start[:10] != tally.night or end[:10] != tally.night:
        return False
    hour = int(start[11:].split(":")[0])
    hours = reconcile.ReconcileOptions()
    return hours.day_from_hour <= hour < hours.evening_hour


def _record_check(night: str, figures: dict, official: dict | None, tallies: _Tallies) -> dict | None:
    """The record claim checked on the best figure: the official one for the night where the tallies
    have it, else the reconciled national news figure; ``basis`` says which."""
    if not (figures.get("record") or {}).get("value"):
        return None
    kind, news = _record_claim(figures)
    key = f"{'drones' if kind == 'drone' else 'missiles'}.launched"
    best = (official or {}).get(key)
    basis = "official" if best is not None else "news"
    value = best if best is not None else news
    if value is None:
        return None
    check = airforce.check_record(tallies.rows, night, kind, value).to_dict()
    return {**check, "basis": basis, "news": news}


def _record_claim(figures: dict) -> tuple[str, int | None]:
    """Which weapon a record claim is about, and how many: drones, unless only missiles are counted."""
    drones = (figures.get("drones.launched") or {}).get("value")
    missiles = (figures.get("missiles.launched") or {}).get("value")
    return ("drone", drones) if drones is not None or missiles is None else ("missile", missiles)


def _chosen_theatre(theatres: list[dict], attacker: str | None, target: str | None) -> dict:
    """The theatre ``stats`` describes: the one ATTACKER and TARGET name, else the busiest of THEATRES
    (they come busiest first), preferring one whose two sides are known."""
    if attacker and target:
        return {"attacker": attacker.upper(), "target_country": target.upper(), "chosen": "given"}
    known = [t for t in theatres if t["attacker"] and t["target_country"]]
    if not (known or theatres):
        return {"attacker": attacker and attacker.upper(), "target_country": target and target.upper(),
                "chosen": "given"}
    return {**_sides((known or theatres)[0]), "chosen": "busiest"}


def _sides(theatre: dict) -> dict:
    return {"attacker": theatre["attacker"], "target_country": theatre["target_country"]}


def _is(column: Any, value: str | None) -> Any:
    """COLUMN equals VALUE, or is null when VALUE is None (a theatre whose side is not known)."""
    return column.is_(None) if value is None else column == value


def _nightly(i: Table, where: list) -> Any:
    def total(name: str) -> Any:
        return func.sum(i.c[name]).label(name)

    def paired(name: str, weapon: str) -> Any:  # only where both the launched and destroyed counts are known
        both = and_(i.c[f"{weapon}_launched"].is_not(None), i.c[f"{weapon}_destroyed"].is_not(None))
        return func.sum(case((both, i.c[name]))).label(f"{name}_paired")
    names = ("drones_launched", "drones_destroyed", "missiles_launched", "missiles_destroyed", "killed",
             "injured")
    return (select(i.c.date, func.count().label("incidents"), *[total(n) for n in names],
                   *[paired(f"{w}_{c}", w) for w in ("drones", "missiles")
                     for c in ("launched", "destroyed")],
                   func.sum(i.c.n_conflicts).label("conflicts"))
            .where(*where).group_by(i.c.date).order_by(i.c.date))


NIGHT_KEYS = ("date", "incidents", "drones_launched", "drones_destroyed", "missiles_launched",
              "missiles_destroyed", "killed", "injured")
PAIRED = ("drones_launched_paired", "drones_destroyed_paired", "missiles_launched_paired",
          "missiles_destroyed_paired")
SUMMED = ("incidents", "drones_launched", "drones_destroyed", "missiles_launched", "missiles_destroyed",
          "killed", "injured", "conflicts", *PAIRED)


def _night_row(night: dict) -> dict:
    return {key: _int(night[key]) for key in NIGHT_KEYS}


def _weekly(nights: list[dict]) -> list[dict]:
    # a figure no incident of the week reports stays None ("-"), not 0
    weeks: dict[str, dict[str, int | None]] = defaultdict(lambda: dict.fromkeys(SUMMED))
    for night in nights:
        if night["date"]:
            monday = date.fromisoformat(night["date"][:10])
            week = weeks[(monday - timedelta(days=monday.weekday())).isoformat()]
            for key in SUMMED:
                if night[key] is not None:
                    week[key] = (week[key] or 0) + night[key]
    return [{"week": week, "incidents": s["incidents"] or 0, "killed": s["killed"], "injured": s["injured"],
             "drones_launched": s["drones_launched"], "missiles_launched": s["missiles_launched"],
             "destroyed_share": _share(s)} for week, s in sorted(weeks.items())]


def _totals(nights: list[dict], counts: dict[str, int]) -> dict:
    total = {key: sum(n[key] or 0 for n in nights) for key in SUMMED}
    dates = [n["date"] for n in nights if n["date"]]
    return {**{key: total[key] for key in SUMMED if key not in PAIRED}, **counts,
            "destroyed_share": _share(total), "first_date": min(dates, default=None),
            "last_date": max(dates, default=None)}


def _share(sums: dict) -> float | None:
    """Destroyed / launched, over the incidents that give both figures for a weapon."""
    launched = (sums["drones_launched_paired"] or 0) + (sums["missiles_launched_paired"] or 0)
    if not launched:
        return None
    destroyed = (sums["drones_destroyed_paired"] or 0) + (sums["missiles_destroyed_paired"] or 0)
    return round(destroyed / launched, 4)


# Small helpers ------------------------------------------------------------------------------

def _page(total: int, limit: int, offset: int, items: list[dict]) -> dict:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _contains(column: Any, needle: str) -> Any:
    """COLUMN contains NEEDLE, ignoring case; % and _ in NEEDLE are literal."""
    escaped = needle.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def _places_key(places: Iterable[str]) -> str:
    return "|" + "".join(f"{p.lower()}|" for p in places)


def _night(value: str | None) -> str:
    return value[:10] if value else UNDATED


def _widen(nights: Iterable[str], days: int) -> list[str]:
    """NIGHTS and every date within DAYS of one of them."""
    out = set()
    for night in nights:
        day = date.fromisoformat(night[:10])
        out.update((day + timedelta(days=k)).isoformat() for k in range(-days, days + 1))
    return sorted(out)


def _same_event(left: Table, right: Table) -> Any:
    """LEFT's row and RIGHT's row name the same event."""
    return and_(left.c.article_id == right.c.article_id, left.c.event_index == right.c.event_index)


def _insert_ignore(connection: Connection, table: Table, rows: list[dict]) -> None:
    """Insert ROWS, skipping those whose key is already there."""
    if not rows:
        return
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    connection.execute(dialect.insert(table).on_conflict_do_nothing(), rows)


def _retryable(error: OperationalError | IntegrityError) -> bool:
    """Whether ERROR may go away on a second try: a lock (SQLite) or a lost race on a key (both)."""
    if isinstance(error, IntegrityError):
        return True
    message = str(error.orig).lower()
    return "locked" in message or "busy" in message or "deadlock" in message or "serializ" in message


def _plain(value: Any) -> Any:
    """VALUE with tuples as lists, ready for JSON."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _storable(text: str | None) -> str | None:
    """TEXT with NUL characters (PostgreSQL refuses them) and lone surrogates (no UTF-8 can carry
    them) shown as U+FFFD."""
    return replace_surrogates(text.replace("\x00", "\ufffd"))[0] if text else text


def _lock_dedup(connection: Connection) -> None:
    """Make two PostgreSQL ingests check and store articles one at a time, so that each sees the
    other's articles (SQLite needs nothing here: its writing transactions are already serialised)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({DEDUP_LOCK})")


def _dumps(value: Any) -> str:
    """VALUE as strict JSON: NaN and Infinity raise ValueError rather than reach the store."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _loads(value: str | None) -> Any:
    return json.loads(value) if value else None


def _int(value: Any) -> Any:
    return int(value) if isinstance(value, float | int) and not isinstance(value, bool) else value


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _safe_url(url: str) -> str:
    """URL without its password, for messages."""
    from sqlalchemy.engine import make_url
    return make_url(url).render_as_string(hide_password=True)


def _require_database(url: str) -> None:
    """Raise NoDatabase when URL is a SQLite file that does not exist (connecting would create it)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    path = parsed.database
    if parsed.get_backend_name() == "sqlite" and path and path != ":memory:" and not os.path.exists(path):
        raise NoDatabase(f"{path}: no strikewatch database there (the file does not exist)")


def _engine(url: str, options: StoreOptions) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    memory = url in ("sqlite://", "sqlite:///:memory:")
    connect_args = {"timeout": options.busy_timeout_seconds, "check_same_thread": False}
    engine = create_engine(url, connect_args=connect_args, poolclass=StaticPool if memory else None)
    _sqlite_events(engine, options)
    return engine


def _wal(cursor: Any, patience: float) -> None:
    """Switch a SQLite file to the WAL journal. The switch can answer "database is locked" at once,
    without waiting, while another process creates the same new file: it is tried again until the
    busy timeout has passed."""
    import sqlite3

    deadline = time.monotonic() + patience
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_events(engine: Engine, options: StoreOptions) -> None:
    """WAL journal, a busy timeout, and BEGIN IMMEDIATE for every writing transaction."""
    @event.listens_for(engine, "connect")
    def connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # the driver's own BEGIN is replaced by the one below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(options.busy_timeout_seconds * 1000)}")
        _wal(cursor, options.busy_timeout_seconds)
        cursor.execute("PRAGMA synchronous=NORMAL")  # in WAL mode, still safe against a killed process
        cursor.close()

    @event.listens_for(engine, "begin")
    def begin(connection: Connection) -> None:
        reading = connection.get_execution_options().get("strikewatch_read")
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


__all__ = ["DEFAULT_URL", "NoDatabase", "RowRefused", "Store", "StoreError", "StoreOptions", "TallySummary",
           "database_url", "is_current"]
