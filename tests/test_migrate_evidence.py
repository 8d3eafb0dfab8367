"""m007_evidence_table: a store written at m004 (quotes kept in four places) migrates, and reads back the
same records as a store built today from the same articles; afterwards each quote is stored once.

The m004 rows are written here as the store of that time wrote them, from the real extractor's
records and the real reconciler, so the test does not depend on today's writing code.
"""
from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import sqlalchemy
from sqlalchemy import MetaData, Table, insert

from conftest_store import ARTICLES, db_url_fixture  # noqa: F401
from strikewatch import dedup, pipeline, reconcile
from strikewatch.extract import extract_article
from strikewatch.ingest import read_inputs
from strikewatch.migrations import MIGRATIONS, applied_migrations, migrate
from strikewatch.records import AirAttack, ArticleInput, ArticleRecord
from strikewatch.store import Store, database_url

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles.jsonl"
UKRU = ROOT / "corpus-ukru" / "dev" / "articles.jsonl"  # Air Force posts list figures per weapon model
NOW = "2025-07-01T00:00:00.000+00:00"
M004 = "m004_languages_and_weapons"
# the article's own text and its brief, which may retell a quote; they are prose, not evidence
PROSE = {("articles", name) for name in ("text", "title", "headline", "dek", "summary")}


def articles() -> list[ArticleInput]:
    """The store tests' invented reports, the first bundled samples and Ukrainian and Russian reports."""
    own = [ArticleInput(id=name, **fields) for name, fields in ARTICLES.items()]
    read = [item for path, count in ((SAMPLES, 12), (UKRU, 8))
            for item in islice(read_inputs([str(path)]), count) if isinstance(item, ArticleInput)]
    return own + read


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def counts(attack: AirAttack) -> dict:
    return {f"{weapon}_{count}": getattr(getattr(attack, weapon), count)
            for weapon in ("drones", "missiles") for count in ("launched", "destroyed", "hit")}


def plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def write_m004(connection: sqlalchemy.Connection, pairs: list[tuple[ArticleInput, ArticleRecord]]) -> None:
    """PAIRS' rows as the m004 store wrote them: the whole record, events with their evidence as JSON,
    claims with their outlet, date, source, hedging, quote and officialness, incidents whose figures
    hold every claim in full."""
    t = {name: Table(name, MetaData(), autoload_with=connection)
         for name in ("articles", "events", "claims", "incidents", "incident_members")}
    reports = []
    for item, record in pairs:
        connection.execute(insert(t["articles"]), {
            "id": item.id, "content_hash": dedup.content_hash(item.text), "signature": None,
            "title": item.title, "text": item.text, "published": item.published, "url": item.url,
            "outlet": item.outlet,
            "record": dumps(record.to_dict()), **record.brief.to_dict(), "n_events": len(record.events),
            "version": 1, "ingested_at": NOW, "updated_at": NOW, "language": record.language})
        for index, attack in enumerate(record.events):
            connection.execute(insert(t["events"]), {
                "article_id": item.id, "event_index": index, "kind": attack.kind, "date": attack.date,
                "attacker": attack.attacker, "target_country": attack.target_country,
                "places": dumps(list(attack.places)), **counts(attack), "killed": attack.killed,
                "injured": attack.injured, "damage": dumps(list(attack.damage)), "record": attack.record,
                "alert_hours": attack.alert_hours, "evidence": dumps([e.to_dict() for e in attack.evidence]),
                "weapons": dumps([w.to_dict() for w in attack.weapons]) if attack.weapons else None})
            report = reconcile.Report(item.id, index, attack, outlet=item.outlet, published=item.published)
            reports.append(report)
            for claim in reconcile.reports_to_claims(report):
                connection.execute(insert(t["claims"]), {
                    "article_id": claim.article_id, "event_index": claim.event_index, "field": claim.field,
                    "value": dumps(plain(claim.value)), "outlet": claim.outlet, "published": claim.published,
                    "source": claim.source, "hedged": claim.hedged, "quote": claim.quote,
                    "official": claim.official})
    for incident in reconcile.build_incidents(reports):
        figures = {name: {"value": plain(f.value), "rule": f.rule, "conflict": f.conflict,
                          "claims": [{name: plain(getattr(c, name)) for name in (
                              "value", "article_id", "event_index", "outlet", "published", "source", "hedged",
                              "quote", "official")} for c in f.claims]}
                   for name, f in sorted(incident.figures.items())}
        value = {name: figure["value"] for name, figure in figures.items()}
        figure_counts = {name.replace(".", "_"): value.get(name) for name in (
            "drones.launched", "drones.destroyed", "drones.hit", "missiles.launched", "missiles.destroyed",
            "missiles.hit", "killed", "injured")}
        conflicts = [name for name, f in figures.items() if f["conflict"]]
        launched = (figure_counts["drones_launched"] or 0) + (figure_counts["missiles_launched"] or 0)
        connection.execute(insert(t["incidents"]), {
            "id": incident.id, "date": incident.date, "attacker": incident.attacker,
            "target_country": incident.target_country, "places": dumps(list(incident.places)),
            "places_key": "|" + "".join(f"{p.lower()}|" for p in incident.places), **figure_counts,
            "damage": dumps(list(value.get("damage") or [])), "record": value.get("record"),
            "alert_hours": value.get("alert_hours"), "n_reports": len(incident.members),
            "n_conflicts": len(conflicts), "conflicts": dumps(conflicts),
            "launched_total": launched,
            "figures": dumps(figures), "computed_at": NOW})
        connection.execute(insert(t["incident_members"]), [
            {"incident_id": incident.id, "article_id": a, "event_index": e} for a, e in incident.members])


def snapshot(store: Store) -> dict:
    """Everything a user reads from STORE, but the times the store sets itself."""
    incidents = store.incidents(limit=1000)["items"]
    articles = store.articles(limit=1000)["items"]
    return {
        "incidents": incidents,
        "incident": {i["id"]: store.incident(i["id"]) for i in incidents},
        "articles": [{k: v for k, v in a.items() if not k.endswith("_at")} for a in articles],
        "records": {a["id"]: store.article(a["id"])["record"] for a in articles},
        "claims": list(store.claims()),
        "stats": store.stats()["totals"],
    }


def test_a_store_built_at_m004_migrates_and_reads_back_the_same_records(db_url: str, tmp_path: Path) -> None:
    pairs = [(item, extract_article(item)) for item in articles()]
    assert sum(len(r.events) for _, r in pairs) >= 10 and any(e.weapons for _, r in pairs for e in r.events)
    engine = sqlalchemy.create_engine(database_url(db_url))
    assert migrate(engine, until=M004)[-1] == M004
    with engine.begin() as connection:
        write_m004(connection, pairs)
    engine.dispose()

    with Store(db_url) as migrated:
        assert applied_migrations(migrated.engine) == [step.__name__ for step in MIGRATIONS]
        after = snapshot(migrated)
    with Store(f"sqlite:///{tmp_path / 'today.db'}") as today:
        pipeline.ingest(today, [item for item, _ in pairs])
        built = snapshot(today)

    for item, record in pairs:  # the records are the extractor's, evidence included
        assert after["records"][item.id] == record.to_dict()
    assert after["records"] == built["records"]
    assert after["claims"] == built["claims"] and len(after["claims"]) > 30
    assert after["incidents"] == built["incidents"] and len(after["incidents"]) >= 5
    assert after["incident"] == built["incident"]
    assert after["articles"] == built["articles"] and after["stats"] == built["stats"]
    quoted = [c for c in after["claims"] if c["quote"]]
    assert quoted and all(c["quote"] in migrated_text(pairs, c["article_id"]) for c in quoted)


def migrated_text(pairs: list[tuple[ArticleInput, ArticleRecord]], article_id: str) -> str:
    return next(item.text for item, _ in pairs if item.id == article_id)


def test_each_quote_is_stored_once(db_url: str) -> None:
    """A quote used to be in articles.record, events.evidence, claims.quote and incidents.figures."""
    item = ArticleInput(id="odesa-ledger", **ARTICLES["odesa-ledger"])
    with Store(db_url) as store:
        pipeline.ingest(store, [item])
        [quote] = [c["quote"] for c in store.claims() if c["field"] == "drones.destroyed"]
        assert quote and quote in item.text
        [incident] = store.incidents()["items"]
        assert store.incident(incident["id"])["figures"]["drones.destroyed"]["claims"][0]["quote"] == quote
        cells = []
        with store.engine.connect() as connection:
            for name in ("articles", "events", "evidence", "claims", "incidents"):
                for row in connection.execute(sqlalchemy.select(store.t[name])).mappings():
                    for column, value in row.items():
                        if name == "articles" and column == "record":
                            value = json.dumps({k: v for k, v in json.loads(value).items() if k != "brief"},
                                               ensure_ascii=False)
                        if isinstance(value, str) and quote in value and (name, column) not in PROSE:
                            cells.append((name, column))
    assert cells == [("evidence", "quote")]
