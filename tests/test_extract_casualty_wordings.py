"""Casualty tolls by wording: a toll quoted from its source, a second group of one victim counted beside
the first, the part of a toll one building took told with the whole, and the lightly hurt told by the care
they were given on the spot. One short report each, written for the test."""
from __future__ import annotations

import pytest

from strikewatch import extract

SUNDAY = "2025-07-06T10:00:00+03:00"


def only_event(text: str) -> dict:
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("text, killed", [
    ("Government aircraft bombed a cattle market in Mellit on Tuesday. The local council first said 31 "
     "people had been killed, but by the evening it said the number of dead had risen to "
     "\u201cat least 45\u201d.", 45),
    ("A Russian missile hit a clinic in Izium on Tuesday. The regional administration later revised the "
     "toll to \"nine\" after one of the missing was found alive.", 9),
])
def test_a_quoted_toll_is_the_toll(text, killed):
    assert only_event(text)["killed"] == killed


@pytest.mark.parametrize("text, killed", [
    ("An Israeli strike hit a flat in Sidon on Tuesday, killing three members of the group and a Lebanese "
     "soldier, the health ministry said.", 4),
    ("A Russian drone hit a minibus outside Beryslav on Tuesday, killing four passengers and the driver, "
     "the regional governor said.", 5),
    ("A Russian drone struck a checkpoint near Kupiansk on Tuesday, killing two soldiers and a civilian "
     "volunteer, officials said.", 3),
    # a group with no count is no one victim
    ("A Russian drone hit a minibus outside Beryslav on Tuesday, killing two passengers and a number of "
     "soldiers, the regional governor said.", 2),
])
def test_a_second_group_of_one_is_counted(text, killed):
    assert only_event(text)["killed"] == killed


def test_the_whole_toll_told_beside_one_buildings_part():
    text = ("On Tuesday night a Russian missile struck a nine-storey block in Kharkiv's Saltivskyi district, "
            "killing 14 of the 19 people who died in the city that night, the mayor said.")
    assert only_event(text)["killed"] == 19


@pytest.mark.parametrize("text, injured", [
    ("Russian drones attacked Chernihiv overnight, the city administration said. Four people were treated at "
     "the scene.", 4),
    ("Russian drones attacked Chernihiv overnight, the city administration said. Six residents received "
     "medical assistance on the spot.", 6),
    # the care the injured already counted were given adds none
    ("Russian drones attacked Chernihiv overnight. Nine people were injured, five of whom were treated on "
     "the spot.", 9),
    ("Russian drones attacked Chernihiv overnight. Two people were injured and received medical "
     "assistance.", 2),
])
def test_the_lightly_hurt_told_by_their_care(text, injured):
    assert only_event(text)["injured"] == injured
