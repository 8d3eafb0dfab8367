"""The Air Force's breakdown by weapon model, as outlets retell it in English.

Outlets copy the morning summary's list: one item per model, each with where it came from and
how many of it were brought down, then the night's totals. A reader keeps the totals, adds the
models where no total is given, and never takes a model's name for a count.
"""
from __future__ import annotations

from strikewatch import extract

THURSDAY = "2025-11-20T09:30:00+02:00"


def only_event(text: str) -> dict:
    events = extract(text, published=THURSDAY).to_dict()["events"]
    assert len(events) == 1, events
    return events[0]


def test_a_model_named_alone_is_its_missiles():
    event = only_event("Russia attacked Ukraine overnight with 48 missiles. Air defence brought down "
                       "23 Kh-101 and 9 Iskander-M, the air force said.")
    assert event["missiles"]["destroyed"] == 32


def test_a_number_inside_a_models_name_is_no_count():
    event = only_event("Russia launched 480 drones and 40 missiles overnight. By 09:00, 455 drones, "
                       "18 Kh-101 and 7 Iskander-M/KN-23 had been shot down or suppressed.")
    assert event["drones"]["destroyed"] == 455
    assert event["missiles"]["destroyed"] == 25


def test_a_list_items_verb_does_not_give_the_next_item_its_role():
    event = only_event("Russia fired 31 missiles at Ukraine overnight: 20 Kh-101 cruise missiles from "
                       "Engels, of which 17 were shot down; 6 Kalibr cruise missiles from the Black Sea, "
                       "5 shot down; 5 Iskander-M ballistic missiles from Kursk Oblast.")
    assert event["missiles"]["launched"] == 31
    assert event["missiles"]["destroyed"] == 22


def test_bombers_that_carried_the_missiles_are_no_bombs():
    event = only_event("Russia fired 30 missiles at Ukraine overnight. They included 12 Kh-101 cruise "
                       "missiles launched from Tu-95MS bombers over the Caspian, of which 11 were shot down.")
    assert event["missiles"]["destroyed"] == 11


def test_the_nights_stated_total_wins_over_the_models_added_up():
    event = only_event(
        "Russia struck the power grid overnight with 410 drones and 38 missiles, the air force said.\n\n"
        "By type, the enemy used:\n\n"
        "• 410 strike drones of the Shahed type and decoys;\n"
        "• 24 Kh-101 cruise missiles from the Volga, of which 19 were downed;\n"
        "• 6 Kalibr cruise missiles from the Black Sea, all of them downed;\n"
        "• 8 Iskander-M ballistic missiles from Bryansk Oblast, two of which were intercepted.\n\n"
        "In all, air defence shot down or suppressed 371 drones and 24 missiles.")
    assert event["drones"]["destroyed"] == 371
    assert event["missiles"]["destroyed"] == 24


def test_a_figure_after_a_parts_aside_keeps_the_verbs_role():
    event = only_event("Russia launched 64 missiles and 120 drones overnight. Air defence shot down "
                       "50 missiles — including 41 Kh-101 and Kalibr cruise missiles — and 75 drones.")
    assert event["missiles"]["destroyed"] == 50
    assert event["drones"]["destroyed"] == 75


def test_hitting_a_city_with_missiles_tells_how_many_were_fired():
    event = only_event("Russian forces hit Dnipro with at least five ballistic missiles on Thursday morning, "
                       "the regional governor said.")
    assert event["missiles"]["hit"] is None
    assert event["missiles"]["launched"] == 5


def test_a_count_since_the_start_of_a_month_is_no_nights_figure():
    event = only_event("Russia launched 280 drones at Ukraine overnight, the air force said.\n\n"
                       "Since the beginning of October, Russia has launched more than 5,000 drones at "
                       "Ukraine, a monthly record.")
    assert event["drones"]["launched"] == 280
    assert event["record"] is False


def test_all_of_a_models_missiles_is_that_models_count_not_the_nights():
    event = only_event("Russia fired 90 missiles and 40 Shahed drones at Ukraine. Air defence shot down "
                       "64 of the missiles and all of the drones. Among the missiles were eight Kinzhals, "
                       "all of which were intercepted.")
    assert event["missiles"]["destroyed"] == 64
    assert event["drones"]["destroyed"] == 40


def test_a_model_told_with_its_alternative_is_one_item_of_the_list():
    # "Iskander-M or KN-23": the Air Force cannot tell the two apart; one item, counted with the others
    event = only_event("Russia attacked Ukraine overnight with 140 drones, three Iskander-M or KN-23 "
                       "ballistic missiles, one Kalibr cruise missile and four Kh-59 guided missiles.")
    assert event["missiles"]["launched"] == 8


def test_two_models_joined_by_or_before_their_kind():
    event = only_event("Russian forces fired 12 S-300 or S-400 missiles at Kharkiv overnight, the regional "
                       "governor said.")
    assert event["missiles"]["launched"] == 12


def test_items_after_a_stated_total_of_their_kind_are_its_parts():
    # every item, the first after the colon too, is a part of the 40 told before it: no more are added
    event = only_event("Russia launched 40 missiles at the power grid overnight: 22 Kh-101 cruise missiles, "
                       "of which 20 were downed; 10 Kalibr missiles from the Black Sea; 8 Iskander-M "
                       "ballistic missiles from Bryansk Oblast, the air force said.")
    assert event["missiles"]["launched"] == 40
    assert event["missiles"]["destroyed"] == 20


def test_items_after_a_total_of_both_kinds_add_up_per_kind():
    event = only_event("Russia attacked Ukraine overnight with 61 drones and missiles: 44 Shahed drones, of "
                       "which 39 were shot down; 9 Kalibr cruise missiles, of which 7 were intercepted; 6 "
                       "Kh-22 missiles; and 2 Kh-59 missiles, which were also destroyed.")
    assert (event["drones"]["launched"], event["drones"]["destroyed"]) == (44, 39)
    assert (event["missiles"]["launched"], event["missiles"]["destroyed"]) == (17, 9)
