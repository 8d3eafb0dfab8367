"""m007_evidence_table: a store written at m004 (quotes kept in four places) migrates, and reads back the
same records as a store built today from the same articles; afterwards each quote is stored once.

The m004 rows are written as the store of that time wrote them (``conftest_store.write_m004``), from
the real extractor's records and the real reconciler, so the test does not depend on today's
writing code.
"""
from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import sqlalchemy

from conftest_store import ARTICLES, M004, db_url_fixture, write_m004  # noqa: F401
from strikewatch import pipeline
from strikewatch.extract import extract_article
from strikewatch.ingest import read_inputs
from strikewatch.migrations import MIGRATIONS, applied_migrations, migrate
from strikewatch.records import ArticleInput, ArticleRecord
from strikewatch.store import Store, database_url

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles.jsonl"
UKRU = ROOT / "corpus-ukru" / "dev" / "articles.jsonl"  # Air Force posts list figures per weapon model
# the article's own text and its brief, which may retell a quote; they are prose, not evidence
PROSE = {("articles", name) for name in ("text", "title", "headline", "dek", "summary")}


def articles() -> list[ArticleInput]:
    """The store tests' invented reports, the first bundled samples and Ukrainian and Russian reports."""
    own = [ArticleInput(id=name, **fields) for name, fields in ARTICLES.items()]
    read = [item for path, count in ((SAMPLES, 12), (UKRU, 8))
            for item in islice(read_inputs([str(path)]), count) if isinstance(item, ArticleInput)]
    return own + read


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
