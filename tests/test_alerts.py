"""How long the air-raid alert lasted, as reports tell it."""
from __future__ import annotations

import pytest

from strikewatch import extract


@pytest.mark.parametrize("sentence, hours", [
    # "alerts", plural, is the alert too
    ("Air raid alerts across the Odesa region lasted about six and a half hours.", 6.5),
    # a rough duration beside the clock times: the clock times are exact
    ("The air raid alert in Kyiv lasted almost four hours, from 00:20 to 04:05.", 3.75),
    ("Air-raid alerts in Lviv lasted more than five hours, from 11:50 p.m. to 5:05 a.m.", 5.25),
])
def test_the_alerts_duration(sentence, hours):
    text = f"Russia attacked Ukraine with drones and missiles overnight, the air force said. {sentence}"
    events = extract(text, published="2025-06-01T10:00:00+03:00").to_dict()["events"]
    assert [e["alert_hours"] for e in events] == [hours]


@pytest.mark.parametrize("sentence", [
    # a live report's alert still under way: how long it has run so far, not how long it lasted
    "Air raid sirens have been sounding across the country for more than three hours.",
    "In Odesa the alert has been on for over an hour.",
])
def test_an_alert_still_under_way_has_no_length(sentence):
    text = f"Russia attacked Ukraine with drones and missiles overnight, the air force said. {sentence}"
    events = extract(text, published="2025-06-01T10:00:00+03:00").to_dict()["events"]
    assert [e["alert_hours"] for e in events] == [None]
