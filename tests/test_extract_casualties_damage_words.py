"""Casualties and damage by class of wording: what is left of a building destroyed (its remains, its
ruins), a victim's age told as "a man of about 60", a zero one local official tells in an attack on
several regions, a shooting told as unrelated to the strike, and those who "survived with
injuries". Each case is a realistic report written for the test."""
from __future__ import annotations

import pytest

from strikewatch import extract

SUNDAY = "2025-07-06T10:00:00+03:00"


def only_event(text: str, published: str | None = SUNDAY) -> dict:
    events = extract(text, published=published).to_dict()["events"]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("text, category", [
    ("Russian missiles struck Kharkiv overnight. By morning, rescuers were digging through the remains of a "
     "residential block in the Saltivskyi district.", "residential"),
    ("A Russian drone attack hit Sumy overnight. Firefighters pulled two women from the ruins of their house "
     "on the edge of the city.", "residential"),
    ("Russian drones attacked Odesa on Tuesday night. Emergency crews searched the wreckage of a supermarket "
     "in the Kyivskyi district until dawn.", "commercial"),
])
def test_what_is_left_of_a_building_tells_it_was_destroyed(text, category):
    assert category in only_event(text)["damage"]


def test_the_remains_of_a_situation_are_no_damage():
    text = ("Russian drones attacked Odesa overnight, the regional governor said. The situation in the city "
            "remains of great concern to residents of apartment blocks near the port.")
    assert "residential" not in only_event(text)["damage"]


@pytest.mark.parametrize("text, killed", [
    ("One person was killed when a Ukrainian drone struck near a bus stop in Nova Kakhovka on Tuesday "
     "morning, the town's administration said. A man of about 60 died at the scene.", 1),
    ("A Russian drone hit a car in Nikopol on Monday, the regional governor said. A woman of 45 died of her "
     "wounds in hospital.", 1),
])
def test_a_person_of_a_number_is_an_age_not_a_toll(text, killed):
    assert only_event(text)["killed"] == killed


def test_a_local_officials_zero_is_no_zero_of_an_attack_on_several_regions():
    text = ("The Russian Defence Ministry said on Thursday that air defences had destroyed 54 Ukrainian "
            "drones overnight over the Bryansk, Rostov, Oryol and Kursk regions.\n\n"
            "Rostov Governor Yuri Slyusar wrote on Telegram that debris had damaged a substation in the "
            "Millerovo district. He added that there were no casualties.")
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (None, None)


@pytest.mark.parametrize("text", [
    # the attack's own zero, told of it whole
    ("The Russian Defence Ministry said on Thursday that air defences had destroyed 54 Ukrainian drones "
     "overnight over the Bryansk, Rostov, Oryol and Kursk regions. There were no casualties in the attack, "
     "the ministry said."),
    # one region only: the official's zero is the attack's
    ("Ukrainian drones attacked the Rostov region overnight, damaging a substation in the Millerovo "
     "district, Governor Yuri Slyusar said. He added that there were no casualties."),
])
def test_a_zero_of_the_whole_attack_stands(text):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (0, 0)


def test_a_shooting_told_as_unrelated_to_the_strike_keeps_its_toll():
    text = ("Iran fired about 180 ballistic missiles at Israel on Tuesday evening, the military said. Most "
            "were intercepted, and no one was killed by the missiles, officials said.\n\n"
            "Earlier on Tuesday, gunmen opened fire at a light rail station in Jaffa, killing seven people, "
            "police said, in an attack unrelated to the missile strike.")
    events = extract(text, published="2024-10-02T09:00:00+03:00").to_dict()["events"]
    assert [e["killed"] for e in events] == [0]


def test_those_who_survived_with_injuries_are_the_injured():
    text = ("A Russian drone struck a minibus carrying utility workers in Kherson on Monday morning, the "
            "regional governor said. Two workers were killed. Four workers survived with shrapnel wounds and "
            "were taken to hospital.")
    event = only_event(text, published="2025-08-22")
    assert (event["killed"], event["injured"]) == (2, 4)
