"""Fixtures for the store tests: a fresh database on SQLite and, when asked for, on PostgreSQL.

Test modules import the fixtures they use from here (``from conftest_store import
store_fixture``; pytest knows them by the names given in ``@pytest.fixture(name=...)``). The ``store`` and
``db_url`` fixtures run each test once on a SQLite file under tmp_path and, when the
STRIKEWATCH_TEST_POSTGRES environment variable holds a SQLAlchemy URL (``.ci/postgres.sh``
prints one), once more on that PostgreSQL server, in a schema of its own that is dropped after
the test.
"""
from __future__ import annotations

import json
import os
import random
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlalchemy

from strikewatch import dedup, reconcile
from strikewatch.records import AirAttack, ArticleInput, ArticleRecord, record_from_dict
from strikewatch.store import Store, database_url

POSTGRES = os.environ.get("STRIKEWATCH_TEST_POSTGRES")
BACKENDS = ["sqlite", *(["postgresql"] if POSTGRES else [])]

# Invented reports, written for these tests: two outlets disagree about one attack on Odesa.
ARTICLES = {
    "odesa-ledger": {
        "title": "Drone hits apartment block in Odesa as Russia fires 87 drones and four missiles",
        "published": "2025-06-14T08:30:00+03:00", "outlet": "Odesa Ledger",
        "url": "https://odesa-ledger.example/2025/06/14/odesa-drone-strike",
        "text": "Russia launched 87 drones and 4 ballistic missiles at Ukraine overnight, the Ukrainian "
                "air force said on Saturday. Air defence units shot down 71 of the drones and two of the "
                "missiles.\n\nIn Odesa, a drone hit a nine-storey residential building, killing two people "
                "and injuring nine, regional governor Oleh Kiper said. A school and several cars were also "
                "damaged.",
    },
    "odesa-wire": {
        "title": "Three killed in Odesa after overnight Russian attack",
        "published": "2025-06-14T11:00:00+03:00", "outlet": "Black Sea Wire",
        "url": "https://blacksea-wire.example/news/odesa-three-killed",
        "text": "Russian forces attacked Ukraine overnight with 90 drones and four missiles, officials "
                "said on Saturday.\n\nIn the southern port city of Odesa, three people were killed and 12 "
                "injured when a drone struck an apartment block, the regional governor said later on "
                "Saturday. Rescuers were still working at the site.",
    },
    "lviv-post": {
        "title": "Cruise missiles strike industrial site in Lviv",
        "published": "2025-06-20T09:00:00+03:00", "outlet": "Lviv Post",
        "url": "https://lviv-post.example/2025/06/20/missiles",
        "text": "Russia fired 12 cruise missiles at western Ukraine overnight, the air force said on Friday. "
                "Nine of the missiles were shot down.\n\nIn Lviv, a missile struck an industrial facility, "
                "injuring four workers, the mayor said. Power was cut to parts of the city.",
    },
    "belgorod-news": {
        "title": "Russia says 25 Ukrainian drones downed over Belgorod and Kursk regions",
        "published": "2025-06-21T10:00:00+03:00", "outlet": "Border Region News",
        "url": "https://border-news.example/belgorod-drones",
        "text": "Russia's defence ministry said on Saturday that air defences had destroyed 25 Ukrainian "
                "drones overnight over the Belgorod and Kursk regions.\n\nThe governor of Belgorod said one "
                "man was injured when a drone hit a car near the city.",
    },
}


def article(article_id: str, **changes: object) -> dict:
    """One of ARTICLES as a JSONL object, with CHANGES applied (a new id, text, outlet...)."""
    base = ARTICLES[article_id]
    return {"id": article_id, **base, **changes}


def write_jsonl(path: Path, rows: list[dict | str]) -> str:
    """Write ROWS (objects, or literal lines for bad input) as a JSONL file; return its path."""
    lines = ((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)
    path.write_text("".join(lines), encoding="utf-8")
    return str(path)


@pytest.fixture(name="db_url", params=BACKENDS)
def db_url_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'strikewatch.db'}"
        return
    schema = f"strikewatch_test_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(database_url(POSTGRES))
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in POSTGRES else "?"
    try:
        yield f"{database_url(POSTGRES)}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture(name="store")
def store_fixture(db_url: str) -> Iterator[Store]:
    """An empty store at db_url."""
    with Store(db_url) as opened:
        yield opened


# Synthetic batches for the crash and concurrency tests: a templated lead with its own figures,
# places and day, then sentences drawn from the bundled sample and evaluation articles, so that
# no two are near duplicates and each one is extracted and stored as an article of its own.
ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "samples" / "articles.jsonl", ROOT / "eval" / "articles.jsonl"]
CITIES = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Sumy", "Poltava", "Mykolaiv", "Kherson",
          "Chernihiv", "Vinnytsia", "Khmelnytskyi", "Rivne", "Lutsk", "Kryvyi Rih", "Cherkasy", "Uzhhorod"]
LEADS = [
    "Russia launched {d} drones and {m} missiles at Ukraine overnight, the air force said on {day}.",
    "Russian forces attacked {city} overnight with {d} attack drones, regional officials said on {day}.",
    "Air defence units shot down {k} of {d} drones launched by Russia overnight, the air force said.",
    "A Russian missile strike on {city} on {day} morning killed {x} people and injured {y}, officials said.",
]
SENTENCES = 6  # drawn from the bundled articles after the lead
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")


def corpus_sentences() -> list[str]:
    """Every sentence of the bundled articles, in order."""
    sentences = []
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sentences += [s for s in SENTENCE_END.split(json.loads(line)["text"].replace("\n", " ")) if s]
    return sentences


def synthetic_articles(count: int, seed: int = 7, prefix: str = "batch") -> list[dict]:
    """COUNT invented attack reports over a year of nights, each with its own figures and places."""
    rng = random.Random(seed)
    pool = corpus_sentences()
    articles = []
    for n in range(count):
        slots = {"city": rng.choice(CITIES), "day": rng.choice(DAYS), "d": rng.randint(20, 400),
                 "m": rng.randint(2, 60), "x": rng.randint(1, 9), "y": rng.randint(10, 60)}
        lead = rng.choice(LEADS).format(**slots, k=slots["d"] - rng.randint(1, 15))
        day = f"2025-{1 + n % 12:02d}-{1 + (n * 7) % 28:02d}"
        articles.append({"id": f"{prefix}-{n:04d}", "text": " ".join([lead, *rng.sample(pool, SENTENCES)]),
                         "published": f"{day}T09:00:00+03:00", "title": f"Attack on {slots['city']}",
                         "outlet": rng.choice(["Kyiv Ledger", "Black Sea Wire", "Eastern Dispatch"])})
    return articles


def assert_each_input_stored_once(url: str, ids: list[str]) -> dict[str, int]:
    """Check that every input id is stored exactly once (as an article or as a copy of one), with
    its events, claims and incidents whole; return the counts of what the database holds."""
    engine = sqlalchemy.create_engine(url)
    try:
        with engine.connect() as connection:
            def scalar(sql: str) -> int:
                return connection.exec_driver_sql(sql).scalar_one()
            inputs = list(connection.exec_driver_sql("SELECT input_id FROM article_outlets").scalars())
            assert sorted(inputs) == sorted(ids), set(inputs) ^ set(ids)
            rejects = list(connection.exec_driver_sql("SELECT input, stage, reason FROM rejects"))
            assert [r for r in rejects if r.stage != "reconcile"] == [], rejects
            assert scalar("SELECT count(*) FROM articles a WHERE n_events != "
                          "(SELECT count(*) FROM events e WHERE e.article_id = a.id)") == 0
            assert scalar("SELECT count(*) FROM (SELECT article_id, event_index, field, scope, place "
                          "FROM claims GROUP BY article_id, event_index, field, scope, place "
                          "HAVING count(*) > 1) AS twice") == 0  # a figure once per event and place
            events = scalar("SELECT count(*) FROM events")
            members = scalar("SELECT count(*) FROM incident_members m JOIN events e ON "
                             "e.article_id = m.article_id AND e.event_index = m.event_index")
            assert members == events or rejects and members < events, (members, events)
            # every night's incidents were rebuilt, but those the reconciler failed on (kept as rejects)
            stale = {f"night {night or 'undated'}" for night in
                     connection.exec_driver_sql("SELECT date FROM stale_nights").scalars()}
            assert stale == {r.input for r in rejects}, (stale, rejects)
            return {"articles": scalar("SELECT count(*) FROM articles"), "events": events,
                    "duplicates": scalar("SELECT count(*) FROM article_outlets WHERE match != 'original'"),
                    "incidents": scalar("SELECT count(*) FROM incidents")}
    finally:
        engine.dispose()


# A store as migration m004 left it, for the tests that migrate one forward. The rows are written the
# way the store of that time wrote them, from the records and the reconciler, so that these tests do
# not depend on today's writing code; a record is cut to the fields m004 knew.
M004 = "m004_languages_and_weapons"
M004_EVENT_KEYS = ("kind", "date", "attacker", "target_country", "places", "drones", "missiles", "killed",
                   "injured", "damage", "record", "alert_hours", "evidence", "weapons")
M004_EVIDENCE_KEYS = ("field", "quote", "start", "end", "source", "hedged")
M004_CLAIM_KEYS = ("article_id", "event_index", "field", "value", "outlet", "published", "source", "hedged",
                   "quote", "official")
M004_NOW = "2025-07-01T00:00:00.000+00:00"


def as_m004(record: ArticleRecord) -> ArticleRecord:
    """RECORD with only the fields m004 stored (a later field takes its default)."""
    data = record.to_dict()
    data["events"] = [{**{k: v for k, v in event.items() if k in M004_EVENT_KEYS},
                       "evidence": [{k: e[k] for k in M004_EVIDENCE_KEYS} for e in event["evidence"]]}
                      for event in data["events"]]
    return record_from_dict(data)


def write_m004(connection: sqlalchemy.Connection, pairs: list[tuple[ArticleInput, ArticleRecord]],
               incidents: bool = True) -> None:
    """PAIRS' rows as the m004 store wrote them: the whole record, events with their evidence as JSON,
    claims with their outlet, date, source, hedging, quote and officialness, and (when INCIDENTS)
    incidents whose figures hold every claim in full."""
    t = {name: sqlalchemy.Table(name, sqlalchemy.MetaData(), autoload_with=connection)
         for name in ("articles", "article_outlets", "events", "claims", "incidents", "incident_members")}
    reports = []
    for item, full in pairs:
        record = as_m004(full)
        digest = dedup.content_hash(item.text)
        connection.execute(sqlalchemy.insert(t["articles"]), {
            "id": item.id, "content_hash": digest, "signature": None, "title": item.title, "text": item.text,
            "published": item.published, "url": item.url, "outlet": item.outlet,
            "record": _json(record.to_dict()), **record.brief.to_dict(), "n_events": len(record.events),
            "version": 1, "ingested_at": M004_NOW, "updated_at": M004_NOW, "language": record.language})
        connection.execute(sqlalchemy.insert(t["article_outlets"]), {
            "article_id": item.id, "input_id": item.id, "outlet": item.outlet, "url": item.url,
            "published": item.published, "content_hash": digest, "match": "original", "added_at": M004_NOW})
        for index, attack in enumerate(record.events):
            connection.execute(sqlalchemy.insert(t["events"]), {
                "article_id": item.id, "event_index": index, "kind": attack.kind, "date": attack.date,
                "attacker": attack.attacker, "target_country": attack.target_country,
                "places": _json(list(attack.places)), **_m004_counts(attack), "killed": attack.killed,
                "injured": attack.injured, "damage": _json(list(attack.damage)), "record": attack.record,
                "alert_hours": attack.alert_hours, "evidence": _json([e.to_dict() for e in attack.evidence]),
                "weapons": _json([w.to_dict() for w in attack.weapons]) if attack.weapons else None})
            report = reconcile.Report(item.id, index, attack, outlet=item.outlet, published=item.published)
            reports.append(report)
            for claim in reconcile.reports_to_claims(report):
                row = {name: getattr(claim, name) for name in M004_CLAIM_KEYS}
                row["value"] = _json(_listed(claim.value))
                connection.execute(sqlalchemy.insert(t["claims"]), row)
    if incidents:
        for incident in reconcile.build_incidents(reports):
            _write_m004_incident(connection, t, incident)


def _write_m004_incident(connection: sqlalchemy.Connection, t: dict, incident: reconcile.Incident) -> None:
    names = ("value", *M004_CLAIM_KEYS[:2], *M004_CLAIM_KEYS[4:])  # a figure's claims: no field
    figures = {name: {"value": _listed(f.value), "rule": f.rule, "conflict": f.conflict,
                      "claims": [{n: _listed(getattr(c, n)) for n in names} for c in f.claims]}
               for name, f in sorted(incident.figures.items())}
    value = {name: figure["value"] for name, figure in figures.items()}
    counts = {name.replace(".", "_"): value.get(name) for name in (
        "drones.launched", "drones.destroyed", "drones.hit", "missiles.launched", "missiles.destroyed",
        "missiles.hit", "killed", "injured")}
    conflicts = [name for name, f in figures.items() if f["conflict"]]
    connection.execute(sqlalchemy.insert(t["incidents"]), {
        "id": incident.id, "date": incident.date, "attacker": incident.attacker,
        "target_country": incident.target_country, "places": _json(list(incident.places)),
        "places_key": "|" + "".join(f"{p.lower()}|" for p in incident.places), **counts,
        "damage": _json(list(value.get("damage") or [])), "record": value.get("record"),
        "alert_hours": value.get("alert_hours"), "n_reports": len(incident.members),
        "n_conflicts": len(conflicts), "conflicts": _json(conflicts),
        "launched_total": (counts["drones_launched"] or 0) + (counts["missiles_launched"] or 0),
        "figures": _json(figures), "computed_at": M004_NOW})
    connection.execute(sqlalchemy.insert(t["incident_members"]), [
        {"incident_id": incident.id, "article_id": a, "event_index": e} for a, e in incident.members])


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _m004_counts(attack: AirAttack) -> dict:
    return {f"{weapon}_{count}": getattr(getattr(attack, weapon), count)
            for weapon in ("drones", "missiles") for count in ("launched", "destroyed", "hit")}


def _listed(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value
