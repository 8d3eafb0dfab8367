"""Casualty tolls summed over places: a lead's figure said of the one place its sentence names is that
place's part, and another region's figure told later adds to it; the lead stays the whole when the places'
figures add up to it, when its sentence names the country struck, or when the one place it names is the
dateline's. One short report each, written for the test."""
from __future__ import annotations

import pytest

from strikewatch import extract

TUESDAY = "2025-03-11T10:00:00+02:00"


def only_event(text: str) -> dict:
    events = extract(text, published=TUESDAY).to_dict()["events"]
    assert len(events) == 1, events
    return events[0]


def test_a_lead_said_of_its_one_place_adds_to_another_regions_toll():
    text = ("A Russian ballistic missile struck an apartment block in Poltava overnight, killing nine "
            "people and injuring 40, the regional governor said. Rescuers were still searching the rubble "
            "on Tuesday morning.\n\nIn the Lviv region, a drone hit a farm building and two people were "
            "killed.")
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (11, 40)


@pytest.mark.parametrize("text, killed", [
    # the places' figures add up to the lead's: it was their whole
    ("Russian missiles struck Odesa overnight, killing seven people, officials said.\n\nIn Odesa, five "
     "people were killed when a missile hit a warehouse in the port. In the Kharkiv region, two people "
     "were killed when debris fell on a house.", 7),
    # the one place the lead names is the dateline: its figure is the country's
    ("KYIV, Ukraine \u2014 Russian drones and missiles killed at least 12 people overnight, officials "
     "said.\n\nIn the Zhytomyr region, three people were killed when a drone hit a house.", 12),
    # the lead names the country struck beside its one place: its figure is the attack's
    ("Russian missile strikes on Ukraine and the Kharkiv region overnight killed 14 people, officials "
     "said.\n\nIn the Lviv region, two people were killed when a drone hit a house.", 14),
])
def test_a_lead_that_is_the_whole_stays_the_whole(text, killed):
    assert only_event(text)["killed"] == killed
