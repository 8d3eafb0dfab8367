"""A night's totals against their parts, as English outlets tell them.

A figure of weapons destroyed may be given once as a total and again in parts: by model, by kind of
defence (shot down, jammed), or by wave. The reader keeps the total, adds the parts only where no total
is given, and adds a wave told as an addition to the one before it.
"""
from __future__ import annotations

import pytest

from strikewatch import extract

SUNDAY = "2026-02-15T10:00:00+02:00"


def only_event(text: str) -> dict:
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert len(events) == 1, events
    return events[0]


def test_a_figure_shot_down_or_jammed_is_of_both_kinds_and_no_part_of_either():
    event = only_event("Russia fired 420 drones and 45 missiles at Ukraine overnight, the air force said. "
                       "Air defences downed or suppressed 390 drones and 36 missiles. Of the cruise "
                       "missiles, 30 were shot down over the central regions.")
    assert event["missiles"]["destroyed"] == 36
    assert event["drones"]["destroyed"] == 390


def test_a_figure_shot_down_or_jammed_told_after_the_figure():
    event = only_event("Russia launched 270 drones at Ukraine overnight. In all, 251 drones were shot down "
                       "or suppressed by electronic warfare, the air force said. Another statement said 60 "
                       "drones had been lost locationally.")
    assert event["drones"]["destroyed"] == 251


def test_a_total_told_after_its_parts_wins_over_them():
    event = only_event("Russia launched 70 missiles at Ukraine overnight. Air defence units shot down 58 of "
                       "the cruise missiles and both Kh-59 guided missiles, a total of 60 of the 70 "
                       "missiles destroyed, the air force said.")
    assert event["missiles"]["destroyed"] == 60


def test_a_bare_total_before_a_list_of_models_wins_over_them():
    event = only_event("Russia attacked Ukraine overnight with 35 missiles. Of the missiles, 24 were shot "
                       "down: 18 of 20 Kh-101 cruise missiles, five of six Kalibrs and one Kh-59.")
    assert event["missiles"]["destroyed"] == 24


def test_a_part_of_a_whole_told_in_words():
    event = only_event("Russia struck Ukraine overnight with drones and missiles. Air defence downed nine "
                       "of ten Kalibr cruise missiles and one of four Iskander-M ballistic missiles, the "
                       "air force said.")
    assert event["missiles"]["destroyed"] == 10


def test_parts_of_wholes_joined_by_and_share_the_verb_after_them():
    event = only_event("Russia attacked Ukraine overnight with 40 missiles. Of them, 25 of 28 Kh-101 cruise "
                       "missiles and three of twelve Iskander-M ballistic missiles were destroyed.")
    assert event["missiles"]["destroyed"] == 28


def test_a_part_of_an_added_wave_adds_to_the_destroyed():
    event = only_event("Russia launched 300 drones at Ukraine overnight, and 280 of them were shot down or "
                       "suppressed, the air force said. It later said Russia had launched a further 150 "
                       "drones, of which 140 were shot down or suppressed.")
    assert event["drones"]["launched"] == 450
    assert event["drones"]["destroyed"] == 420


def test_the_weapons_an_assault_involved_were_launched_whatever_it_struck():
    event = only_event("Russia's overnight assault on the power grid, involving 64 missiles and 70 Shahed "
                       "drones, struck thermal plants in the Lviv and Ivano-Frankivsk regions, officials "
                       "said.")
    assert event["missiles"]["launched"] == 64
    assert event["drones"]["launched"] == 70
    assert event["missiles"]["hit"] is None


def test_models_told_after_n_of_them_are_the_breakdown_of_the_figure_before():
    event = only_event("Russia attacked Ukraine overnight with 500 drones and 36 missiles. Air defence units "
                       "destroyed 470 drones and 30 missiles, 18 of them Kh-101s and 12 Kalibrs.")
    assert event["missiles"]["destroyed"] == 30


@pytest.mark.parametrize("told", [
    "Air defence shot down or suppressed 251 drones; 180 of them were downed by mobile fire groups.",
    "In all, 251 drones were shot down by aviation and air defence units; 180 of them by mobile fire "
    "groups.",
])
def test_n_of_them_after_a_total_of_the_same_fate_is_a_part_of_it(told):
    event = only_event("Russia launched 290 drones at Ukraine overnight, the air force said. " + told)
    assert event["drones"]["destroyed"] == 251


def test_n_of_them_beside_a_sibling_part_of_the_launched_adds_to_it():
    event = only_event("Russia launched 290 drones at Ukraine overnight; 200 of them were shot down, and 60 "
                       "of them were lost locationally, the air force said.")
    assert event["drones"]["destroyed"] == 260


@pytest.mark.parametrize("told", [
    "Russia launched 410 drones and 22 missiles overnight, shooting down 380 and 17 of them respectively.",
    "Russia launched 410 drones and 22 missiles overnight, of which 380 and 17 were intercepted, "
    "respectively.",
])
def test_figures_told_respectively_go_to_the_kinds_in_their_order(told):
    event = only_event(told + " Debris fell on a warehouse in Lviv.")
    assert (event["drones"]["destroyed"], event["missiles"]["destroyed"]) == (380, 17)
    assert (event["drones"]["launched"], event["missiles"]["launched"]) == (410, 22)


def test_a_list_whose_weapons_none_were_downed_takes_no_earlier_verb():
    event = only_event("Russia fired 52 missiles at Ukraine overnight. They included 40 Kh-101 cruise "
                       "missiles, of which 35 were shot down, and eight Iskander-M ballistic missiles and "
                       "four Kh-22s — none of which were downed.")
    assert (event["missiles"]["launched"], event["missiles"]["destroyed"]) == (52, 35)


@pytest.mark.parametrize("told", [
    "Air defences brought down 180 of them, by the military's count: 30 cruise missiles and 150 drones.",
    "The air force said 180 were shot down, 30 missiles and 150 drones.",
    "Of these, 180 were destroyed - 30 missiles and 150 drones.",
])
def test_a_bare_total_split_into_both_kinds_is_of_neither(told):
    # the figure follows the drones named last, and its first part is of the missiles: no part of the drones
    event = only_event("Russia attacked Ukraine overnight with 230 aerial weapons: 40 missiles of several "
                       f"types and 190 Shahed-type drones. {told}")
    assert event["drones"]["destroyed"] == 150
    assert event["missiles"]["destroyed"] == 30
