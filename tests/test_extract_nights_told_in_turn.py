"""Reports that tell more than one attack in turn: a gallery of captions each opening with its dateline
("3. ODESA, March 9 - ..."), whose dates head the captions as a timeline's do. The case fails when the
captions' attacks are folded into one or dated by the day of publication."""
from __future__ import annotations

from strikewatch import extract


def events_of(text: str, published: str) -> list[dict]:
    return extract(text, published=published).to_dict()["events"]


def test_a_gallerys_captions_each_dated_by_their_dateline_are_their_own_attacks():
    text = ("Pictures of a week of strikes on Ukraine\n\n"
            "1. KHARKIV, March 3 - Firefighters put out a blaze at a warehouse hit by Russian drones "
            "overnight. Two people were injured, the governor said.\n\n"
            "2. ODESA, March 5 - A man walks past a school damaged by a Russian missile strike that killed "
            "three people.\n\n"
            "3. KYIV, March 8 - Rescuers search the rubble of an apartment block hit by a Russian ballistic "
            "missile. Five people were killed.\n")
    events = events_of(text, "2025-03-09T12:00:00+02:00")
    told = sorted((e["date"], e["killed"], e["injured"]) for e in events)
    assert told == [("2025-03-03", None, 2), ("2025-03-05", 3, None), ("2025-03-08", 5, None)]


FRIDAY_EVENING = "2025-03-14T18:00:00+02:00"


def test_several_nights_counted_in_one_sentence_are_an_attack_each():
    # a weekly review that counts the smaller nights in one sentence, each with the night it ended on: every
    # night is its own attack, never folded into the night either side
    text = ("A week of strikes, night by night.\n\n"
            "On the night into Saturday, Russia launched 310 drones and 22 missiles at Ukraine, the Air "
            "Force said.\n\n"
            "The nights after were quieter: 87 drones on the night into Sunday, 64 drones on the night into "
            "Monday, and 52 drones on the night into Tuesday.")
    events = events_of(text, FRIDAY_EVENING)
    told = sorted((e["date"], e["drones"]["launched"]) for e in events)
    assert [d for d, _ in told] == ["2025-03-08", "2025-03-09", "2025-03-10", "2025-03-11"]
    assert dict(told)["2025-03-09"] == 87 and dict(told)["2025-03-10"] == 64


def test_a_night_listed_after_a_daytime_strike_of_its_day_is_apart_from_it():
    # the strike of the day is told first; the list's night that ended that morning is the night's wave
    text = ("A Russian missile hit a market in Sumy on Monday afternoon, killing four people, the governor "
            "said.\n\n"
            "The Air Force counted 87 drones on the night into Sunday and 64 drones on the night into "
            "Monday.")
    events = events_of(text, FRIDAY_EVENING)
    monday = {(e["killed"], e["drones"]["launched"]) for e in events if e["date"] == "2025-03-10"}
    assert monday == {(None, 64), (4, None)}


def test_counts_of_one_day_told_in_turn_are_one_attack():
    # two counts told with the same day are that day's one attack
    text = ("Russia launched 120 drones on Sunday and 14 missiles on Sunday, the Air Force said; 100 drones "
            "were shot down.")
    assert len(events_of(text, FRIDAY_EVENING)) == 1


def test_a_night_measured_against_another_is_no_list_of_nights():
    # "up from" compares the night with the one before: one attack, not two
    text = ("Russia launched 310 drones on the night into Sunday, up from 87 drones on the night into "
            "Saturday, the Air Force said; 280 were shot down.")
    assert len(events_of(text, FRIDAY_EVENING)) == 1


def test_a_sentence_opened_by_the_night_to_a_day_tells_that_nights_attack():
    # "the total rose to ..." asserts no strike, but a sentence opened by its night, named by the day it
    # ended on, counts that night's weapons: an attack of its own, not the earlier night's
    text = ("Russia launched 380 drones and 40 missiles at Ukraine on the night into Saturday, the Air Force "
            "said.\n\n"
            "On the night to Wednesday, March 12, the total rose again to 210 drones and a Kh-59.")
    assert sorted(e["date"] for e in events_of(text, FRIDAY_EVENING)) == ["2025-03-08", "2025-03-12"]
