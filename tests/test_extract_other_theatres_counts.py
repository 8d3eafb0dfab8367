"""Counts and tolls of attacks outside Russia's strikes on Ukraine, as English reports tell them: one
mechanism each, on sentences written for the test."""
from __future__ import annotations

import pytest

from strikewatch import extract

MONDAY = "2025-06-23T22:00:00+00:00"


def events_of(text: str, published: str | None = MONDAY) -> list[dict]:
    return extract(text, published=published).to_dict()["events"]


@pytest.mark.parametrize("text, kind, launched, destroyed", [
    # the whole named before it in the sentence
    ("Iran fired 19 ballistic missiles at the Al Udeid air base in Qatar on Monday, and Qatari air defences "
     "intercepted all but one, officials said.", "missiles", 19, 18),
    ("Russia launched 40 cruise missiles at Ukraine overnight, and all but three of them were shot down, "
     "the air force said.", "missiles", 40, 37),
    # the whole named inside it
    ("Air defences shot down all but two of the 30 drones Russia launched at Kharkiv overnight.",
     "drones", 30, 28),
    # the whole told in the sentence before
    ("Iran launched 14 missiles at the base in Qatar on Monday. All but one were intercepted, the "
     "defence ministry said.", "missiles", 14, 13),
])
def test_all_but_n_stopped_is_the_whole_less_n(text, kind, launched, destroyed):
    counts = events_of(text)[0][kind]
    assert (counts["launched"], counts["destroyed"]) == (launched, destroyed)


def test_all_but_n_with_no_whole_gives_no_figure():
    counts = events_of("Houthi rebels fired drones at Eilat on Monday; Israeli jets shot down all but two of "
                       "them, the army said.")[0]["drones"]
    assert counts["destroyed"] is None


@pytest.mark.parametrize("answer", [
    "Iran responded on Monday by firing 14 missiles at the Al Udeid air base in Qatar.",
    "Iran retaliated by firing 14 missiles at the Al Udeid air base in Qatar on Monday.",
])
def test_an_answer_told_by_how_it_was_given_is_an_attack_of_its_own(answer):
    events = events_of("American bombers struck the Fordow nuclear site in Iran early on Sunday. " + answer)
    sides = {(e["attacker"], e["target_country"]): e for e in events}
    assert ("US", "IR") in sides and ("IR", "QA") in sides, events
    assert sides[("IR", "QA")]["missiles"]["launched"] == 14
    assert sides[("IR", "QA")]["date"] == "2025-06-23"


@pytest.mark.parametrize("text, place", [
    ("A ballistic missile struck a residential area of Ganja, Azerbaijan's second-largest city, early on "
     "Monday, killing nine civilians, officials said.", "Ganja"),
    ("A rocket fired from Lebanon struck the outskirts of Hadera on Monday, lightly injuring two people.",
     "Hadera"),
])
def test_a_town_a_part_of_which_was_struck_is_the_place(text, place):
    events = events_of(text)
    assert events and place in events[0]["places"], events


def test_a_district_named_after_of_is_the_part_not_a_town():
    events = events_of("Israeli jets struck the district of Shu'ub in Sanaa on Monday, the Houthis said.")
    assert events and "Shu'ub" not in events[0]["places"], events


@pytest.mark.parametrize("text, place", [
    # a Yemeni launch site that shares its name with a town in Iran
    ("US and British forces struck Houthi targets in Yemen overnight. Four RAF Typhoons struck a site at "
     "Bani used to launch drones and an airfield at Abbs, the Ministry of Defence said.", "Bani"),
    ("Houthi drones struck a gas field at Shaybah in eastern Saudi Arabia on Saturday, causing a fire, "
     "Aramco said.", "Shaybah"),
])
def test_sites_of_other_theatres_are_in_the_gazetteer(text, place):
    assert place in {p for e in events_of(text) for p in e["places"]}


@pytest.mark.parametrize("text, drones", [
    # the article is the attack noun's: a swarm of drones is no count of one
    ("The Houthis launched 11 ballistic missiles and a drone swarm at Israel on Monday.", None),
    # ... but an article in a list of weapons counts one
    ("Russia launched 40 missiles and a drone at Kyiv on Monday, the air force said.", 1),
])
def test_a_weapon_noun_before_an_attack_noun_counts_none(text, drones):
    assert events_of(text)[0]["drones"]["launched"] == drones


@pytest.mark.parametrize("text, launched", [
    # counts of two classes, each in its sentence, and none of all the missiles: they add up
    ("Iran fired 30 cruise missiles at Israel overnight, the army said. It also fired 120 ballistic "
     "missiles, most of which were intercepted.", 150),
    # a count of all the missiles is the figure; the classes are its parts
    ("Russia launched 40 missiles at Ukraine overnight. Among them were 30 Kh-101 cruise missiles and ten "
     "Iskander ballistic missiles.", 40),
    # one class told twice is one count
    ("Russia launched 30 cruise missiles at Ukraine overnight. The air force said 30 cruise missiles were "
     "launched from bombers over the Caspian Sea.", 30),
])
def test_counts_of_different_missile_classes_told_apart_add_up(text, launched):
    assert events_of(text)[0]["missiles"]["launched"] == launched


@pytest.mark.parametrize("text, launched", [
    # a live report's progressive: the stopping is told as under way, and it is the role all the same
    ("Within hours, Iran sent about 150 drones toward Israel, the military said. A spokesman said all of "
     "them were being intercepted outside the country's borders.", 150),
    ("The army said the Houthis had launched 12 drones at Eilat on Monday morning. All were being shot "
     "down over the sea, it said.", 12),
])
def test_all_being_intercepted_is_all_destroyed(text, launched):
    counts = events_of(text)[0]["drones"]
    assert (counts["launched"], counts["destroyed"]) == (launched, launched)
