"""Where one attack ends and the next begins: a roundup's sections headed by a night's two days or by
a stretch of days, a launch site named as a state's region, a speaker's side beside a passive strike,
a week's tally, an attack counted among a period's, and a piece of a weapon fallen in a third state."""
from __future__ import annotations

import pytest

from strikewatch import dates, extract


@pytest.mark.parametrize("line, published, expected", [
    ("Oct. 17-18.", "2024-10-21", "2024-10-18"),
    ("3-4 March:", "2025-03-09", "2025-03-04"),
    ("Saturday night to Sunday, February 22.", "2026-02-23", "2026-02-22"),
    ("Tuesday into Wednesday", "2025-06-13", "2025-06-11"),
    ("Monday to Thursday.", "2025-06-13", None),  # a stretch of days heads a section of no one day
])
def test_a_heading_may_name_a_night_by_both_its_days(line, published, expected):
    heading = dates.day_heading(line, dates.published_date(published))
    assert heading is not None and heading.kind == "heading"
    assert (heading.value.isoformat() if heading.value else None) == expected


def test_a_roundup_headed_night_by_night_is_one_attack_a_night():
    text = ("Three nights of drones over the south, as the Air Force and the governors reported them.\n\n"
            "March 3-4. Russia launched 96 Shahed drones at Ukraine, the Air Force said; 71 were shot "
            "down. In Mykolaiv, debris damaged a warehouse.\n\n"
            "March 4-5. The following night, Russia sent 112 drones and fired four Kh-59 missiles at "
            "Odesa Oblast. Two port workers were injured in Izmail.\n\n"
            "March 5-6. A quieter night: 41 drones, of which 30 were shot down, the Air Force said. A "
            "drone hit a house in Kherson, injuring a woman.")
    events = extract(text, published="2025-03-07T10:00:00+02:00").to_dict()["events"]
    assert [(e["date"], e["drones"]["launched"]) for e in events] == [
        ("2025-03-04", 96), ("2025-03-05", 112), ("2025-03-06", 41)]
    assert [e["injured"] for e in events] == [None, 2, 1]


def test_a_section_headed_by_a_night_after_a_week_s_stretch_is_that_nights_attack():
    text = ("Russia struck Ukraine twice on a large scale this week. Here is what happened.\n\n"
            "Tuesday, March 4. Overnight into Tuesday Russia fired 180 drones and 12 missiles, the Air "
            "Force said. Two people were killed in Dnipro.\n\n"
            "Wednesday to Friday. Russia sent between 60 and 90 drones a night, the Air Force said.\n\n"
            "Saturday night to Sunday, March 9. The week ended with an attack that began on Saturday "
            "evening and went on into the early hours of Sunday, involving 260 drones and 40 missiles. A "
            "woman was killed in Lviv.")
    events = extract(text, published="2025-03-09T20:00:00+02:00").to_dict()["events"]
    by_date = {e["date"]: e for e in events}
    assert set(by_date) == {"2025-03-04", "2025-03-09"}
    assert (by_date["2025-03-04"]["drones"]["launched"], by_date["2025-03-04"]["killed"]) == (180, 2)
    assert (by_date["2025-03-09"]["drones"]["launched"], by_date["2025-03-09"]["killed"]) == (260, 1)


@pytest.mark.parametrize("launch", [
    "The missiles included 12 Kh-101 cruise missiles fired from strategic bombers over Russia's Saratov "
    "region.",
    "It was a KAB-500 glide bomb, dropped by a Russian aircraft from the direction of Belgorod.",
])
def test_a_launch_site_in_the_attackers_own_state_opens_no_attack_on_it(launch):
    text = ("Russian missiles struck an apartment block in Dnipro overnight, killing four people, the "
            "governor said. " + launch)
    events = extract(text, published="2025-05-14T10:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"]) for e in events] == [("RU", "UA")]


def test_what_a_security_service_said_was_struck_is_no_strike_of_its_own_side():
    text = ("Russian missiles hit a children's hospital in Kyiv on Monday, killing two people. The Security "
            "Service of Ukraine said fragments found at the site showed the hospital was struck by a Kh-101 "
            "cruise missile.")
    events = extract(text, published="2025-05-13T10:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"]) for e in events] == [("RU", "UA")]


def test_a_weeks_tally_of_the_other_side_opens_no_attack():
    text = ("Russian drones struck Kharkiv overnight, injuring three people, the mayor said. Russia's "
            "defence ministry, for its part, claimed to have shot down 640 Ukrainian drones over Russian "
            "regions in the week.")
    events = extract(text, published="2025-05-13T10:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"]) for e in events] == [("RU", "UA")]


def test_an_attack_counted_among_a_periods_is_still_told():
    events = extract("Israelis spent an hour in shelters on Tuesday night as Iran fired about 180 ballistic "
                     "missiles at Israel, its second direct attack in less than six months.",
                     published="2024-10-02T09:00:00+03:00").to_dict()["events"]
    told = [(e["attacker"], e["target_country"], e["date"], e["missiles"]["launched"]) for e in events]
    assert told == [("IR", "IL", "2024-10-01", 180)]


@pytest.mark.parametrize("fallen", [
    "a man was killed when part of a missile or interceptor fell on him",
    "a woman was killed by a piece of an interceptor that fell on her car",
])
def test_a_part_of_a_weapon_fallen_in_a_third_state_is_the_attackers(fallen):
    text = ("Iran fired about 150 ballistic missiles at Israel on Tuesday evening, the Israeli military "
            f"said. In the occupied West Bank, {fallen}, the Jericho governor said.")
    events = extract(text, published="2024-10-02T09:00:00+03:00").to_dict()["events"]
    assert sorted((e["attacker"], e["target_country"], e["date"]) for e in events) == [
        ("IR", "IL", "2024-10-01"), ("IR", "PS", "2024-10-01")]


def test_a_years_count_of_weapons_is_no_attack():
    text = ("The air force's figures show that Russia launched 9,800 Shahed-type drones and decoys in "
            "2024, three times as many as the year before.\n\nOn 17 November, Russia fired 120 missiles "
            "and 90 drones at the power grid, the air force said.")
    events = extract(text, published="2025-01-03T10:00:00+02:00").to_dict()["events"]
    assert [(e["date"], e["drones"]["launched"], e["missiles"]["launched"]) for e in events] == [
        ("2024-11-17", 90, 120)]


def test_a_defence_ministrys_delivered_strike_is_its_sides_attack():
    text = ("The Russian Armed Forces overnight delivered a massive strike with long-range precision "
            "weapons on energy facilities in Kharkiv and Poltava, the Russian Defence Ministry said. \"All "
            "designated targets have been hit,\" the ministry said.")
    events = extract(text, published="2025-03-08T10:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["date"]) for e in events] == [("RU", "UA", "2025-03-08")]


def test_a_defence_ministrys_delivered_strike_in_quotes_is_its_sides_attack():
    # the ministry's words quoted beside a report of the other side's drones: a second event of its own
    text = ("Air defences destroyed 41 Ukrainian drones over the Belgorod and Voronezh regions overnight, "
            "the Russian Defence Ministry said. In a separate statement, it said its forces had delivered a "
            "\"group strike\" on facilities of Ukraine's defence industry in Dnipro.")
    events = extract(text, published="2025-03-08T10:00:00+03:00").to_dict()["events"]
    assert sorted((e["attacker"], e["target_country"]) for e in events) == [("RU", "UA"), ("UA", "RU")]


def test_what_a_state_threw_at_a_country_is_its_attack():
    # an analysis that tells the night by its size, then by its weapons' origins: the attack is Russia's
    text = ("About 400 drones and a dozen missiles in one night: that, roughly, is what Russia threw at "
            "Ukraine on Tuesday. Its drone plant in Yelabuga, built to assemble Iranian Shaheds, now makes "
            "its own.\n\nBy the air force's count, 380 drones were shot down or jammed.")
    events = extract(text, published="2025-03-12T10:00:00+02:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"]) for e in events] == [("RU", "UA")]
    # "threw" with no weapons and no target after it launches nothing
    text = "The chancellor threw his support behind a new air-defence package for Ukraine on Tuesday."
    assert extract(text, published="2025-03-12T10:00:00+02:00").to_dict()["events"] == []


def test_the_mornings_attack_told_earlier_on_the_day_of_a_daytime_strike_is_its_own_event():
    strike = ("Russian jets dropped glide bombs on a village near Kharkiv on Tuesday afternoon, injuring two "
              "people, the governor said. The bombs fell at about 15:20.\n\n")
    night = ("Earlier on Tuesday, Russia carried out a large morning attack on the power grid, and the "
             "region was under alert for hours.")
    events = extract(strike + night, published="2025-03-11T18:00:00+02:00").to_dict()["events"]
    assert sorted((e["date"], e["places"] != []) for e in events) == [
        ("2025-03-11", False), ("2025-03-11", True)]
    # an earlier strike of the same day told with no night or morning is that day's attack
    same = "Earlier on Tuesday, Russian drones hit a warehouse in the same district."
    events = extract(strike + same, published="2025-03-11T18:00:00+02:00").to_dict()["events"]
    assert len(events) == 1


def test_what_officials_claimed_a_strike_did_names_no_attacker():
    text = ("Russian missiles struck the port of Odesa overnight, the regional governor said. Ukrainian "
            "officials claimed the strikes damaged grain terminals and residential buildings.")
    events = extract(text, published="2025-03-08T10:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"]) for e in events] == [("RU", "UA")]


def _sides_tolls(text: str, published: str) -> list[tuple]:
    events = extract(text, published=published).to_dict()["events"]
    return sorted((e["date"], e["attacker"], e["target_country"], e["killed"], e["injured"],
                   tuple(sorted(e["places"]))) for e in events)


def test_an_earlier_strike_told_after_a_comma_with_its_own_blow_is_its_own_attack():
    # its toll and ground stay off the attack being told, and it keeps the day it is counted back to
    text = ("Russian glide bombs hit Kharkiv on Monday, injuring seven, two days after a missile strike "
            "killed 14 people in Sumy.")
    assert _sides_tolls(text, "2024-07-29T18:00:00+03:00") == [
        ("2024-07-27", "RU", "UA", 14, None, ("Sumy",)),
        ("2024-07-29", "RU", "UA", None, 7, ("Kharkiv",))]


def test_an_earlier_strike_on_ground_the_striking_side_holds_is_the_other_side_s():
    text = ("Israeli jets hit several villages in southern Lebanon early on Monday, hours after a rocket "
            "slammed into a playground in Majdal Shams on the Golan Heights, killing nine children.")
    events = _sides_tolls(text, "2024-07-29T10:00:00+03:00")
    # (the rocket came hours before a strike dated by its night's morning: the evening before, Sunday)
    assert [(e[0], e[1], e[2], e[3]) for e in events] == [
        ("2024-07-28", "LB", "SY", 9), ("2024-07-29", "IL", "LB", None)]
    assert "Majdal Shams" in events[0][5] and "Majdal Shams" not in events[1][5]


@pytest.mark.parametrize("text, published, told", [
    # a toll told back onto the same ground, in passing
    ("Russian missiles struck Zaporizhzhia on Sunday, three days after a strike on the city killed five.",
     "2024-07-28T20:00:00+03:00", [("2024-07-28", "RU", "UA", None, None, ("Zaporizhzhia",))]),
    # a clause that tells no strike before the comma: the strike after it is the one being told
    ("Rescuers were still searching the rubble in Dnipro on Monday morning, a day after a missile strike "
     "on an apartment block killed 30 people.",
     "2024-07-29T12:00:00+03:00", [("2024-07-28", "RU", "UA", 30, None, ("Dnipro",))]),
])
def test_an_earlier_strike_told_in_passing_is_no_attack_of_its_own(text, published, told):
    assert _sides_tolls(text, published) == told


def test_the_strike_an_attack_is_called_the_answer_to_is_the_other_side_s():
    text = ("Iran launched more than 300 drones and missiles at Israel overnight. Tehran said the attack was "
            "its answer to the April 1 strike on its consulate in Damascus, killing seven officers.")
    assert [(e[0], e[1], e[2], e[3]) for e in _sides_tolls(text, "2024-04-14T10:00:00+03:00")] == [
        ("2024-04-01", "IL", "SY", 7), ("2024-04-14", "IR", "IL", None)]


@pytest.mark.parametrize("span, apart", [
    ("Between 9am and 5.15pm", True),   # a stretch centred in the day's hours: a daytime wave
    ("From 10:00 to 19:30", True),
    ("Between 21:00 and 23:30", False),  # late in the evening: the night's wave running on
    ("Between 3am and 6am", False),
])
def test_a_count_over_a_stretch_of_the_day_s_hours_is_a_daytime_wave(span, apart):
    text = ("The Air Force gave its figures for the night: from 19:00 on Sunday to 07:00 on Monday, Russia "
            "sent 88 drones at Ukraine, and 70 of them were shot down.\n\n"
            f"The sirens came back after breakfast. {span}, the Air Force said later, Russia sent another "
            "412 drones, of which 385 were downed or jammed.")
    events = extract(text, published="2025-11-03T21:00:00+02:00").to_dict()["events"]
    counts = sorted((e["date"], e["drones"]["launched"]) for e in events)
    if apart:
        assert counts == [("2025-11-03", 88), ("2025-11-03", 412)]
    else:  # one wave, however its two counts are then added up
        assert [day for day, _ in counts] == ["2025-11-03"]


def test_more_weapons_fired_later_that_evening_are_a_strike_of_their_own():
    text = ("Thursday, 6 March. Russia launched 240 drones and 15 missiles at Ukraine, the Air Force "
            "said; 210 drones and 11 missiles were shot down. In Kharkiv, two people were injured.\n\n"
            "Later that evening, four more Kalibr missiles were fired at the port of Izmail.")
    events = extract(text, published="2025-03-08T10:00:00+02:00").to_dict()["events"]
    assert sorted((e["date"], e["missiles"]["launched"], e["missiles"]["destroyed"]) for e in events) == [
        ("2025-03-06", 4, None), ("2025-03-06", 15, 11)]
    # the same wave's count going on is no strike of its own
    going_on = text.replace("Later that evening, four more Kalibr missiles were fired at the port of Izmail.",
                            "Another 20 drones were lost to electronic warfare.")
    assert len(extract(going_on, published="2025-03-08T10:00:00+02:00").to_dict()["events"]) == 1
