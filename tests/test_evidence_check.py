"""The evidence check that every extractor backend passes."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from strikewatch import extract
from strikewatch.extract.evidence import check_events, supports
from strikewatch.records import AirAttack, Counts, Evidence

TEXT = "Russia launched 48 drones overnight; 40 were shot down, and one man was killed in Sumy."


def attack(**fields) -> AirAttack:
    base = dict(date=None, attacker="RU", target_country="UA", places=(), drones=Counts(None, None, None),
                missiles=Counts(None, None, None), killed=None, injured=None, damage=(), record=False,
                alert_hours=None, evidence=())
    return AirAttack(**{**base, **fields})


def cite(field: str, quote: str, start: int | None = None) -> Evidence:
    start = TEXT.index(quote) if start is None else start
    return Evidence(field, start, start + len(quote), quote, None, False)


def test_a_quote_that_is_not_the_text_is_dropped_with_its_reason():
    event = attack(drones=Counts(48, None, None), evidence=(cite("drones.launched", "48 drones", start=3),))
    (checked,), reasons = check_events(TEXT, (event,))
    assert checked.evidence == () and checked.drones.launched is None
    assert "is not the text at 3-12" in reasons[0]


def test_a_quote_of_nothing_is_dropped_with_its_reason():
    """An empty span is text[start:end] but shows nothing a reader could check."""
    event = attack(date="2025-07-05", evidence=(Evidence("date", 37, 37, "", None, False),
                                                cite("drones.launched", "48 drones")))
    (checked,), reasons = check_events(TEXT, (event,))
    assert [e.field for e in checked.evidence] == ["drones.launched"]
    assert reasons == ("event 1: date evidence at 37-37 quotes nothing",)


def test_a_figure_its_quote_does_not_state_is_dropped():
    event = attack(drones=Counts(1, None, None), evidence=(cite("drones.launched", "48 drones"),))
    (checked,), reasons = check_events(TEXT, (event,))
    assert checked.drones.launched is None
    assert reasons == ("event 1: drones.launched = 1 dropped: not supported by '48 drones'",)


def test_figures_fixed_by_words_or_parts_stand():
    assert supports(1, ["one man was killed"])
    assert supports(2, ["killing a man and a woman"])
    assert supports(478, ["270 drones were intercepted", "208 lost to electronic jamming"])
    assert supports(32, ["two-thirds of the 48 drones"])
    assert supports(13, ["killing a militia commander along with 12 others"])
    assert supports(1, ["a record 550 drones"]) is not False or supports(550, ["a record 550 drones"])


def test_an_ordinal_supports_a_toll_only_when_it_counts_the_dead():
    assert supports(4, ["by evening a fourth body had been pulled out"])
    assert supports(7, ["a seventh resident died in hospital"])
    assert not supports(2, ["A second drone slammed into the depot, wounding workers"])
    assert not supports(4, ["the fourth raid on the port in 10 days"])


def test_the_rules_backend_passes_its_own_check():
    record = extract(TEXT, published="2025-07-06")
    assert record.dropped == ()
    assert record.events[0].drones == Counts(48, 40, None) and record.events[0].killed == 1


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=300), st.lists(st.tuples(st.integers(-5, 320), st.integers(0, 40)), max_size=6))
def test_evidence_holds_for_any_input(text, spans):
    """Whatever the text and whatever spans a backend claims, what survives the check is in the text."""
    evidence = tuple(Evidence("killed", a, a + n, text[max(a, 0):a + n] if n % 2 else "x" * n, None, False)
                     for a, n in spans)
    event = attack(killed=3, evidence=evidence)
    (checked,), _ = check_events(text, (event,))
    assert all(text[e.start:e.end] == e.quote and e.quote.strip() for e in checked.evidence)
    for e in extract(text, published="2025-07-06").events:
        assert all(text[x.start:x.end] == x.quote and x.quote.strip() for x in e.evidence)
    assert replace(checked, evidence=()).killed in (3, None)
