"""The row <-> record mapping: generated from the records' fields, it round-trips through the database."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from conftest_store import db_url_fixture, store_fixture  # noqa: F401
from strikewatch.records import AirAttack, Counts, Evidence, WeaponCount
from strikewatch.rows import RowMap
from strikewatch.store import (
    ARTICLE_ROWS,
    BRIEF_ROWS,
    EVENT_ROWS,
    EVIDENCE_ROWS,
    TALLY_ROWS,
    Store,
)


@dataclass(frozen=True)
class Report:
    """A record inside a record: counts and quotes of its own."""

    place: str
    seen: Counts = Counts()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Sighting:
    """A record invented for this test: one of each kind of field."""

    name: str
    count: int | None
    seen: Counts
    places: tuple[str, ...] = ()
    weapons: tuple[WeaponCount, ...] = ()
    certain: bool = False
    reports: tuple[Report, ...] = ()


def test_columns_follow_the_fields() -> None:
    rows = RowMap(Sighting, empty_as_null=frozenset({"weapons"}))
    assert rows.columns == ("name", "count", "seen_launched", "seen_destroyed", "seen_hit", "places",
                            "weapons", "certain", "reports")
    record = Sighting("a", None, Counts(3, 1), ("Kyiv", "Lviv"), (WeaponCount("Shahed", "drone", 3),), True)
    row = rows.row(record)
    assert row["seen_launched"] == 3 and row["places"] == '["Kyiv","Lviv"]'
    assert row["weapons"] == '[{"model":"Shahed","kind":"drone","launched":3,"destroyed":null}]'
    assert rows.record(row) == record
    empty = rows.row(Sighting("b", 1, Counts()))
    assert (empty["places"], empty["weapons"]) == ("[]", None)
    assert rows.record(empty) == Sighting("b", 1, Counts())
    kharkiv = Report("Kharkiv", Counts(17, 12), (Evidence("drones.launched", 0, 2, "17"),))
    nested = Sighting("c", 2, Counts(), reports=(kharkiv,))
    assert rows.record(rows.row(nested)) == nested
    # an object written before a field was added reads back with that field's default
    old = {**rows.row(nested), "reports": '[{"place":"Odesa","evidence":[{"field":"killed","start":1,"end":4,'
                                          '"quote":"two"}]}]'}
    assert rows.record(old).reports == (Report("Odesa", Counts(), (Evidence("killed", 1, 4, "two"),)),)


def test_every_mapped_field_has_a_column(store: Store) -> None:
    for table, rows in (("articles", ARTICLE_ROWS), ("articles", BRIEF_ROWS), ("events", EVENT_ROWS),
                        ("evidence", EVIDENCE_ROWS), ("airforce_tallies", TALLY_ROWS)):
        missing = set(rows.columns) - set(store.t[table].c.keys())
        assert not missing, (table, missing)


NUMBER = st.none() | st.integers(min_value=0, max_value=2**31 - 1)
WORDS = st.text(min_size=1, max_size=30).filter(lambda s: "\x00" not in s)
EVIDENCE = st.builds(Evidence, field=st.sampled_from(["drones.launched", "killed", "places"]),
                     start=st.integers(0, 10_000), end=st.integers(0, 10_000), quote=WORDS,
                     source=st.none() | WORDS, hedged=st.booleans())
ATTACK = st.builds(
    AirAttack, date=st.none() | st.dates().map(str), attacker=st.none() | st.sampled_from(["RU", "UA"]),
    target_country=st.none() | st.sampled_from(["UA", "RU", "IL"]),
    places=st.lists(WORDS, max_size=3).map(tuple),
    drones=st.builds(Counts, NUMBER, NUMBER, NUMBER), missiles=st.builds(Counts, NUMBER, NUMBER, NUMBER),
    killed=NUMBER, injured=NUMBER, damage=st.lists(WORDS, max_size=2).map(tuple), record=st.booleans(),
    alert_hours=st.none() | st.floats(0, 48, allow_nan=False),
    evidence=st.lists(EVIDENCE, max_size=3).map(tuple),
    weapons=st.lists(st.builds(WeaponCount, model=WORDS, kind=st.sampled_from(["drone", "missile"]),
                               launched=NUMBER, destroyed=NUMBER), max_size=2).map(tuple))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(attack=ATTACK)
def test_an_event_and_its_evidence_round_trip_through_the_database(store: Store, attack: AirAttack) -> None:
    key = {"article_id": "a", "event_index": 0}
    e, v = store.t["events"], store.t["evidence"]
    with store.engine.begin() as connection:
        connection.execute(e.delete())
        connection.execute(v.delete())
        connection.execute(insert(e), {**key, **EVENT_ROWS.row(attack)})
        if attack.evidence:
            connection.execute(insert(v), [{**key, "position": n, **EVIDENCE_ROWS.row(quote)}
                                           for n, quote in enumerate(attack.evidence)])
        row = connection.execute(select(e)).one()
        quotes = tuple(EVIDENCE_ROWS.record(r) for r in connection.execute(select(v).order_by(v.c.position)))
    assert EVENT_ROWS.record(row, evidence=quotes) == attack
