"""Where one attack ends and the next begins inside one report: the night's wave and the day's strike.

A report that tells a strike of the day (at a clock time of the day, "in the afternoon") and the night's
wave beside it gives two events of the same sides and date; each case below fails when the two are
folded into one.
"""
from __future__ import annotations

from strikewatch import extract

SUNDAY_EVENING = "2025-07-06T21:30:00+03:00"
SUNDAY_NOON = "2025-07-06T13:00:00+03:00"


def events_of(text: str, published: str) -> list[dict]:
    return extract(text, published=published).to_dict()["events"]


def by_places(told: tuple) -> int:
    return len(told[0])


def test_the_nights_count_told_after_a_strike_timed_in_the_day_is_its_own_event():
    # the strike on Chernihiv is dated and timed in the day by a sentence that names no side; the night's
    # drones, told after it with "also", are the night's wave, not the strike's
    text = ("Russian ballistic missiles hit the centre of Chernihiv, killing nine people and injuring 40, "
            "the regional governor said.\n\n"
            "Witnesses say the missiles struck at 10:40 on Sunday, when the market square was crowded.\n\n"
            "Russia also launched 64 Shahed drones overnight, of which 51 were shot down, "
            "the Air Force said.")
    events = events_of(text, SUNDAY_EVENING)
    told = [(e["places"], e["killed"], e["drones"]["launched"]) for e in events]
    assert sorted(told, key=by_places) == [([], None, 64), (["Chernihiv"], 9, None)]
    assert {e["date"] for e in events} == {"2025-07-06"}


def test_a_roundups_daytime_strike_under_its_day_heading_is_apart_from_that_nights_drones():
    # under a day's heading, "in the afternoon" times the strike in the day; the drones "overnight" told
    # after it in the same section are that night's wave
    text = ("A week of Russian strikes, day by day.\n\n"
            "Friday. Russia launched 90 drones overnight; 70 were shot down.\n\n"
            "Sunday. In Zaporizhzhia, guided bombs struck a shopping centre in the afternoon, killing four "
            "people and injuring 25. Overnight, 41 drones had been launched, 30 of them shot down.")
    events = events_of(text, SUNDAY_EVENING)
    sunday = [(e["places"], e["killed"], e["drones"]["launched"]) for e in events
              if e["date"] == "2025-07-06"]
    assert sorted(sunday, key=by_places) == [([], None, 41), (["Zaporizhzhia"], 4, None)]


def test_a_strike_later_in_the_day_is_apart_from_the_night_it_was_dated_by():
    # the night's attack is dated by "the night of Sunday, July 6"; a guided bomb at 14:20 that day, told
    # with a place and no side, is a strike of the day with its own toll
    text = ("Russia attacked Dnipro with drones and missiles on the night of Sunday, July 6, killing two "
            "people and injuring 14, the regional governor said.\n\n"
            "At 14:20 on Sunday a guided bomb hit a house in Dnipro, injuring one more person.")
    tolls = [(e["killed"], e["injured"]) for e in events_of(text, SUNDAY_NOON)]
    assert sorted(tolls, key=lambda toll: toll[1]) == [(None, 1), (2, 14)]


def test_a_nights_count_told_after_the_nights_own_strike_stays_with_it():
    # the strike told in the night and a national count "overnight" after it are one wave, whatever "also"
    # says
    text = ("Russian drones struck Odesa overnight, injuring three people, the governor said on Sunday.\n\n"
            "Russia also launched 58 drones and two missiles overnight, the Air Force said.")
    events = events_of(text, SUNDAY_NOON)
    assert len(events) == 1, events
    assert (events[0]["injured"], events[0]["drones"]["launched"]) == (3, 58)


def test_a_count_going_on_after_a_daytime_wave_stays_with_it():
    # "another six" goes on counting the wave being told, even when it names the hours before dawn
    text = ("Russia fired 30 cruise missiles at Ukraine during the morning on Sunday, and drones struck "
            "Vinnytsia between 8 am and 1 pm, the Air Force said.\n\n"
            "Air defences also shot down another six drones over the south before dawn, the southern command "
            "said.")
    events = events_of(text, SUNDAY_EVENING)
    assert len(events) == 1, events


MONTH_END = "2025-03-31T18:00:00+02:00"


def test_a_timelines_dates_each_head_an_attack_of_their_own():
    # paragraphs opened by a date and no weekday ("5 March —") are a timeline's sections: each tells the
    # attack of its date, even when its heading sentence tells none ("Drones over Kharkiv.") or its
    # figures come with no verb ("40 cruise missiles at power plants")
    text = ("March brought three large attacks on Ukraine. Below, each with the figures given at the "
            "time.\n\n"
            "3 March — Russia launched 60 drones at Odesa overnight; 48 were shot down.\n\n"
            "5 March — Drones over Kharkiv. In the city, one drone hit a school, killing two people.\n\n"
            "9 March — 40 cruise missiles at power plants in the west, 31 of them shot down, the Air Force "
            "said.")
    events = events_of(text, MONTH_END)
    told = sorted((e["date"], e["killed"], e["drones"]["launched"], e["missiles"]["launched"])
                  for e in events)
    assert told == [("2025-03-03", None, 60, None), ("2025-03-05", 2, None, None),
                    ("2025-03-09", None, None, 40)]
