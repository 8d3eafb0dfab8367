"""Counts of weapons that hit or were destroyed, as reports tell them in English.

A count of hits is a count of the weapons that were not stopped. A report tells it by the rest of a
salvo ("two were shot down; the third hit a building"), by an ordinal that goes on counting ("a fifth
struck a substation"), or by a single weapon told as one ("a single missile fell inside the base"). A
weapon that hit something, told alone, is no count of hits; nor is ground that no weapon reached.
A rate ("nine out of every ten") counts no weapons, and a weapon that destroyed something was not
itself destroyed.
"""
from __future__ import annotations

from strikewatch import extract

FRIDAY = "2025-11-21T09:30:00+02:00"


def events(text: str) -> list[dict]:
    return extract(text, published=FRIDAY).to_dict()["events"]


def only_event(text: str) -> dict:
    found = events(text)
    assert len(found) == 1, found
    return found[0]


def test_the_one_after_those_shot_down_hit():
    event = only_event("Hezbollah launched three drones at Haifa on Thursday, the army said. Two were shot "
                       "down over the sea; the third flew on for several kilometres and hit a warehouse.")
    assert event["drones"] == {"launched": 3, "destroyed": 2, "hit": 1}


def test_an_ordinal_after_the_intercepted_is_one_that_got_through():
    event = only_event("Air defences in Kherson intercepted four Russian drones overnight, but a fifth "
                       "struck a power substation, the governor said.")
    assert event["drones"]["destroyed"] == 4
    assert event["drones"]["hit"] == 1


def test_an_ordinal_after_those_that_hit_adds_one_more():
    event = only_event("The regional ministry said two drones hit an oil field near Zakho shortly before "
                       "dawn and a third struck a refinery an hour later.")
    assert event["drones"]["hit"] == 3


def test_the_last_of_a_salvo_that_exploded_in_the_air_did_not_hit():
    event = only_event("Russia fired five missiles at the port of Izmail overnight. Four were shot down, and "
                       "the fifth exploded in the air over the river, the navy said.")
    assert event["missiles"]["destroyed"] == 4
    assert event["missiles"]["hit"] is None


def test_a_lone_drone_that_struck_a_building_is_no_count_of_hits():
    event = only_event("Russia attacked Kyiv with Shahed drones overnight. In the Darnytskyi district, one "
                       "drone struck a residential building, the mayor said.")
    assert event["drones"]["hit"] is None


def test_one_that_struck_beside_a_vague_share_intercepted_is_no_count():
    event = only_event("Iran fired dozens of missiles at the base on Tuesday. Most were intercepted, but one "
                       "struck a hangar, officials said.")
    assert event["missiles"]["hit"] is None


def test_the_one_left_of_a_salvo_that_struck_is_a_count():
    event = only_event("Two drones were launched from Lebanon towards Nahariya on Friday. One was shot down, "
                       "and one hit a factory on the edge of the town, the army said.")
    assert event["drones"] == {"launched": 2, "destroyed": 1, "hit": 1}


def test_a_single_weapon_told_as_one_is_counted():
    event = only_event("Iran fired 12 missiles at the base on Monday. Eleven were intercepted, and a single "
                       "missile fell inside the perimeter without causing casualties.")
    assert event["missiles"] == {"launched": 12, "destroyed": 11, "hit": 1}


def test_a_single_missile_fired_is_one_launched():
    event = only_event("Air Command South said a single Iskander-M ballistic missile was fired at the Odesa "
                       "region from Crimea overnight.")
    assert event["missiles"]["launched"] == 1


def test_none_reaching_the_airspace_is_no_count_of_hits():
    event = only_event("Iran launched about 100 drones at Israel on Friday. The army said the drones were "
                       "being intercepted and that none had reached Israeli airspace.")
    assert event["drones"]["launched"] == 100
    assert event["drones"]["hit"] is None


def test_none_reaching_their_targets_is_zero_hits():
    event = only_event("Russia fired four missiles at Odesa overnight. None of them reached their targets, "
                       "the navy said.")
    assert event["missiles"]["hit"] == 0


def test_a_rate_of_interception_is_no_count():
    event = only_event("Russia attacked Ukraine with 300 drones overnight. Air defences shot down or jammed "
                       "nine out of every ten drones, the air force said.")
    assert event["drones"]["launched"] == 300
    assert event["drones"]["destroyed"] is None


def test_a_weapon_that_destroyed_a_building_was_not_destroyed():
    event = only_event("A volley of six Shahed drones hit Kharkiv's Shevchenkivskyi district on Thursday "
                       "night. One destroyed the roof of a school, and another set cars on fire.")
    assert event["drones"]["destroyed"] is None


def test_a_tallys_bare_figure_destroyed_is_still_destroyed():
    event = only_event("Russia launched 93 drones at Ukraine overnight, 76 destroyed, the air force said.")
    assert event["drones"]["destroyed"] == 76


def test_debris_of_a_counted_weapon_that_destroyed_a_roof_is_no_count():
    event = only_event("Russia launched 415 drones at Ukraine overnight, the air force said. Debris from one "
                       "of the drones destroyed the roof of a house in the village of Wola.")
    assert event["drones"]["launched"] == 415
    assert event["drones"]["destroyed"] is None


def test_the_hits_of_one_model_are_a_part_when_more_got_through():
    event = only_event("Russia fired 60 missiles at Ukraine overnight. Air defences shot down 41 of them, "
                       "including 30 of 34 Kh-101 cruise missiles; all five Iskander-K missiles reached "
                       "their targets, the air force said.")
    assert (event["missiles"]["launched"], event["missiles"]["destroyed"]) == (60, 41)
    assert event["missiles"]["hit"] is None


def test_the_hits_of_one_model_are_all_the_hits_when_they_are_all_that_got_through():
    event = only_event("Russia fired 15 missiles at Ukraine overnight. Nine cruise missiles were shot down, "
                       "but none of the six Kinzhal missiles was intercepted, the air force said.")
    assert event["missiles"]["hit"] == 6
