"""Attacks told in passing: earlier strikes recalled with their own dates, an attack named only to compare,
an attack told by the fire it caused; and a state that tells no attack."""
from __future__ import annotations

import pytest

from strikewatch import extract


def test_two_dated_strikes_recalled_in_one_sentence_are_two_events():
    text = ("Russian drones struck Sumy overnight, damaging a school, the regional administration said.\n\n"
            "Recall that on October 3, guided bombs struck a market in Kherson, injuring 11 people, and on "
            "September 14, a missile hit a hostel in Poltava, killing four people.")
    events = extract(text, published="2025-11-07T10:00:00+02:00").to_dict()["events"]
    by_date = {e["date"]: e for e in events}
    assert set(by_date) == {"2025-11-07", "2025-10-03", "2025-09-14"}
    assert (by_date["2025-10-03"]["injured"], by_date["2025-10-03"]["killed"]) == (11, None)
    assert (by_date["2025-09-14"]["killed"], by_date["2025-09-14"]["injured"]) == (4, None)
    assert by_date["2025-09-14"]["places"] == ["Poltava"]


def test_an_earlier_attack_named_only_to_compare_is_no_event_of_its_own():
    text = ("Russia launched 420 drones at Ukraine overnight, killing two people in Odesa, the air force "
            "said. \"Four hundred drones in one night, just two days after Russia launched more than 800 "
            "drones and missiles at Ukraine on 8-9 June,\" the president wrote.")
    events = extract(text, published="2025-06-12T09:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["drones"]["launched"], e["killed"]) for e in events] == [("2025-06-12", 420, 2)]


def test_an_attack_told_by_the_fire_it_caused_is_an_event():
    text = ("A drone attack caused a fire at the Syzran oil refinery early on Wednesday, the Samara region's "
            "governor said. No one was hurt.")
    events = extract(text, published="2025-08-20T10:00:00+03:00").to_dict()["events"]
    assert [(e["target_country"], "Syzran" in e["places"]) for e in events] == [("RU", True)]


def test_a_fire_told_before_the_attack_that_set_it_is_an_event():
    text = ("A fire broke out overnight at an oil depot in the Bryansk region after what the governor called "
            "a massive attack by Ukrainian drones.")
    events = extract(text, published="2025-08-20T10:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["date"]) for e in events] == [("UA", "RU", "2025-08-20")]


def test_strikes_that_have_left_a_country_without_power_tell_no_attack():
    text = "Russian strikes have left millions of Ukrainians without power for hours a day this winter."
    assert extract(text, published="2025-01-20T10:00:00+02:00").to_dict()["events"] == []


def test_an_earlier_strike_by_no_other_side_is_one_of_the_reports_attacks():
    text = ("Russian drones struck an energy facility in Lviv Oblast overnight, the governor said. "
            "On November 29, a strike on the Burshtyn power plant left part of the region without power.")
    events = extract(text, published="2025-12-10T09:00:00+02:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["date"]) for e in events] == \
        [("RU", "UA", "2025-12-10"), ("RU", "UA", "2025-11-29")]


def test_a_count_between_two_dates_is_no_nights_figure():
    text = ("Iran fired about 180 ballistic missiles at Israel on Tuesday night, the army said. Over the "
            "whole war, Iran launched roughly 500 ballistic missiles and more than 1,000 drones at Israel "
            "between 13 and 24 June, according to the army.")
    events = extract(text, published="2025-10-02T09:00:00+03:00").to_dict()["events"]
    assert [(e["missiles"]["launched"], e["drones"]["launched"]) for e in events] == [(180, None)]


def test_a_running_toll_since_a_date_is_no_attacks_toll():
    text = ("An Israeli strike on a school sheltering displaced families in Gaza City killed at least 22 "
            "people, the civil defence agency said. At least 40,000 Palestinians have been killed and more "
            "than 90,000 wounded in Israel's war on Gaza since October 7, according to the health ministry.")
    events = extract(text, published="2024-08-11T09:00:00+03:00").to_dict()["events"]
    assert [(e["killed"], e["injured"]) for e in events] == [(22, None)]


def test_a_toll_beside_the_deadliest_attack_since_a_date_is_the_attacks():
    text = ("US air strikes on a fuel port in western Yemen have killed at least 58 people, the Houthi-run "
            "health ministry said, in the deadliest attack since the campaign began last month.")
    events = extract(text, published="2025-04-18T09:00:00+03:00").to_dict()["events"]
    assert [e["killed"] for e in events] == [58]


def test_explosions_heard_before_a_warning_of_more_are_an_attack_told():
    text = ("Blasts were heard in Dnipro shortly after sirens sounded on Thursday; officials warned of a "
            "further missile threat to the city.")
    events = extract(text, published="2025-10-16T12:40:00+03:00").to_dict()["events"]
    assert [(e["target_country"], e["date"]) for e in events] == [("UA", "2025-10-16")]


def test_a_warning_alone_tells_no_attack():
    text = ("Officials in Dnipro warned of a missile threat to the city on Thursday and urged residents to "
            "shelter.")
    assert extract(text, published="2025-10-16T12:40:00+03:00").to_dict()["events"] == []


def test_a_strike_told_at_a_clock_time_of_the_day_is_a_daytime_strike():
    day = extract("Russian missiles struck an industrial plant in Zaporizhzhia at 13:20 on Wednesday, "
                  "injuring three workers.", published="2025-10-15T16:00:00+03:00").events[0]
    night = extract("Russian drones struck an industrial plant in Zaporizhzhia at 03:20 on Wednesday, "
                    "injuring three workers.", published="2025-10-15T16:00:00+03:00").events[0]
    assert (day.date, day.period) == ("2025-10-15", "day")
    assert (night.date, night.period) == ("2025-10-15", "night")


def test_the_attack_a_record_is_measured_against_is_no_event_and_takes_no_facts():
    text = ("Russia fired 610 drones and 20 missiles at Ukraine overnight, hitting Rivne hardest.\n\n"
            "The salvo surpassed the previous record, set nine days earlier, when 540 drones struck Kyiv "
            "overnight into 20 May.\n\n"
            "In Rivne, a strike damaged a heating plant and injured four people, the governor said.")
    events = extract(text, published="2025-05-29T10:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["drones"]["launched"], e["injured"], e["record"]) for e in events] == [
        ("2025-05-29", 610, 4, True)]
    assert "Kyiv" not in events[0]["places"]


@pytest.mark.parametrize("benchmark", [
    "The previous single-night high was 728 drones, recorded on 9 July.",
    "The prior record stood at 620 drones, fired on 28 June.",
    "The previous largest count was 620 drones, launched on 28 June.",
])
def test_the_attack_that_held_the_record_before_is_no_event_and_takes_no_facts(benchmark):
    text = (f"Russia fired 810 drones and 13 missiles at Ukraine overnight, the air force said. {benchmark} "
            "In Kyiv, debris damaged a school and injured four people.")
    events = extract(text, published="2025-09-07T10:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["drones"]["launched"], e["injured"], e["places"]) for e in events] == [
        ("2025-09-07", 810, 4, ["Kyiv"])]


def test_the_attack_that_held_the_record_before_is_an_event_when_its_own_toll_is_told():
    text = ("Russia fired 810 drones at Ukraine overnight, the air force said. The previous largest attack "
            "came on 4 July, when a strike on Kyiv killed two people.")
    events = extract(text, published="2025-09-07T10:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["killed"]) for e in events] == [("2025-09-07", None), ("2025-07-04", 2)]


def test_a_record_broken_inside_a_relative_clause_leaves_the_rest_of_the_sentence_read():
    text = ("The attack on Sumy, which broke the record set in March, killed three people and injured nine, "
            "the regional administration said.")
    events = extract(text, published="2025-05-29T10:00:00+03:00").to_dict()["events"]
    assert [(e["killed"], e["injured"]) for e in events] == [(3, 9)]


def test_an_attack_under_way_in_an_evening_report_is_the_night_ending_the_next_morning():
    evening = "2025-09-06T22:40:00+03:00"
    told_now = extract("Explosions are heard in Poltava as air defence is working against Russian drones.",
                       published=evening).events
    tonight = extract("Russian drones attacked Sumy tonight, damaging a power substation.",
                      published=evening).events
    at_night = extract("The mayor of Kharkiv reported several explosions in the Kyivskyi district at around "
                       "21:30.", published=evening).events
    assert [e.date for e in told_now + tonight + at_night] == ["2025-09-07"] * 3


def test_a_strike_told_in_the_past_in_an_evening_report_keeps_its_day():
    events = extract("A Russian missile struck a school in Kharkiv, killing two people, officials said.",
                     published="2025-09-06T22:40:00+03:00").events
    assert [e.date for e in events] == ["2025-09-06"]


def test_an_attack_on_a_ship_at_sea_is_no_event():
    text = ("Yemen's Houthi rebels fired two anti-ship ballistic missiles at the Liberian-flagged bulk "
            "carrier Coral Wind in the Gulf of Aden on Wednesday, US Central Command said. One missile "
            "struck the vessel, killing two crew members and injuring three others.")
    assert extract(text, published="2024-03-07T09:00:00+00:00").to_dict()["events"] == []


def test_a_ship_attack_whose_toll_is_told_in_the_next_sentence_is_no_event():
    text = ("A Liberian-flagged bulk carrier was attacked by Houthi drones off Hodeidah on Sunday and hit "
            "once more on Monday. A British maritime agency said two sailors were killed.\n\n"
            "On Thursday the Houthis had fired missiles at a tanker near Aden.")
    assert extract(text, published="2025-07-10T09:00:00+00:00").to_dict()["events"] == []


def test_missiles_fired_from_ships_still_make_the_attack_an_event():
    # (no target named: the sentences about the salvo decide whether it was an attack on a ship at sea)
    text = ("On Saturday evening Russia fired nine Kalibr missiles from two warships near Novorossiysk. "
            "Six of them were shot down, the air force said.")
    events = extract(text, published="2025-08-10T09:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["missiles"]["launched"], e["missiles"]["destroyed"]) for e in events] == [
        ("RU", 9, 6)]


def test_a_ship_struck_in_port_is_an_attack_on_the_port():
    text = ("Houthi drones struck a tanker moored at the port of Eilat on Wednesday, injuring two crew "
            "members, Israeli officials said.")
    events = extract(text, published="2024-03-07T09:00:00+00:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["places"], e["injured"]) for e in events] == [
        ("YE", "IL", ["Eilat"], 2)]


_RECORD_NIGHT = ("Russia launched 210 drones at Ukraine overnight, killing three people in Kharkiv, the air "
                 "force said on Wednesday.\n\n")


def test_a_previous_record_told_only_by_its_size_is_no_event():
    text = _RECORD_NIGHT + ("The previous record was set on October 5, when Russia sent 188 drones "
                            "at Ukraine, mostly at the southern city of Odesa.")
    events = extract(text, published="2024-11-20T10:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["places"], e["drones"]["launched"]) for e in events] == \
        [("2024-11-20", ["Kharkiv"], 210)]


@pytest.mark.parametrize("yardstick", [
    "The barrage came nine days after the strike of October 10-11, when Russia sent 300 drones over a day.",
    "The barrage followed the overnight attack of October 5, when Russia fired 188 drones, the army said.",
    "The previous most massive attack of the year took place on the night of October 5, when Russia launched "
    "188 drones at Ukraine.",
    "The barrage comes two weeks after Russia sent a record 188 drones against Ukraine on October 5.",
    "On October 5, Russia launched 188 drones and 12 missiles, then the largest combined package.",
])
def test_an_earlier_attack_told_as_a_yardstick_is_no_event(yardstick):
    events = extract(_RECORD_NIGHT + yardstick, published="2024-11-20T10:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["places"], e["drones"]["launched"], e["record"]) for e in events] == \
        [("2024-11-20", ["Kharkiv"], 210, False)]


def test_an_earlier_attack_a_barrage_followed_is_an_event_when_its_toll_is_told():
    text = _RECORD_NIGHT + "The barrage followed the strike of October 5, when a missile killed four in Lviv."
    events = extract(text, published="2024-11-20T10:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["killed"]) for e in events] == [("2024-11-20", 3), ("2024-10-05", 4)]


@pytest.mark.parametrize("told", [
    "The previous largest attack came on October 5, when a drone hit a block of flats in Odesa, killing two "
    "women.",
    "The previous largest attack came on October 5, when 60 drones were shot down. On that night, two women "
    "were killed in Odesa.",
])
def test_a_previous_record_told_with_its_toll_is_an_event(told):
    events = extract(_RECORD_NIGHT + told, published="2024-11-20T10:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["killed"]) for e in events] == [("2024-11-20", 3), ("2024-10-05", 2)]


_EILAT = "A drone launched by the Houthis struck a hotel in Eilat on Wednesday, wounding 22 people.\n\n"


@pytest.mark.parametrize("recalled", [
    "Israel answered with an August strike on a ministry in Sanaa that killed the Houthi prime minister.",
    "An Israeli strike on a government compound in Sanaa in August killed the Houthi prime minister.",
    "A March 2024 Israeli strike on the port of Hodeidah killed the Houthi prime minister.",
])
def test_a_strike_dated_by_an_earlier_month_only_is_undated(recalled):
    events = extract(_EILAT + recalled, published="2025-09-24T20:30:00+03:00").to_dict()["events"]
    assert [(e["date"], e["attacker"], e["killed"]) for e in events] == \
        [("2025-09-24", "YE", None), (None, "IL", 1)]


def test_a_strike_in_the_reports_own_month_keeps_the_reports_day():
    text = "An Israeli strike on a compound in Sanaa in September killed the Houthi prime minister."
    events = extract(text, published="2025-09-24T20:30:00+03:00").to_dict()["events"]
    assert [(e["date"], e["killed"]) for e in events] == [("2025-09-24", 1)]


@pytest.mark.parametrize("text", [
    "Odesa held a civil-protection exercise on Thursday, simulating a missile and drone attack on the "
    "port. Sirens sounded across the city and rescuers practised pulling casualties from a damaged building.",
    "North Korea test-fired two ballistic missiles into the sea on Thursday, the South Korean military said.",
    "Residents of Ferozepur took part in a blackout rehearsal on Thursday night as sirens sounded across the "
    "cantonment.",
])
def test_a_drill_or_a_test_launch_is_no_attack(text):
    assert extract(text, published="2025-03-14T10:00:00+02:00").to_dict()["events"] == []


def test_an_attack_told_beside_a_drill_is_still_told():
    sentence = "Overnight, 40 simulator drones were lost locationally and 12 attack drones were shot down."
    text = ("Russian drones struck an energy facility in Lviv overnight into Thursday, the mayor said. "
            "Schools in the city had held an evacuation drill the week before.")
    events = extract(text, published="2025-03-13T10:00:00+02:00").to_dict()["events"]
    assert [(e["date"], e["attacker"], e["places"]) for e in events] == [("2025-03-13", "RU", ["Lviv"])]
    decoys = extract("Russia attacked Ukraine with 60 drones. " + sentence, published="2025-03-13T10:00:00")
    assert [e.drones.destroyed for e in decoys.events] == [52]


def test_an_attack_over_the_weekend_is_undated():
    text = ("Russian missile and drone strikes killed nine people in the Sumy region over the weekend, the "
            "regional governor said on Monday.")
    events = extract(text, published="2025-03-10T09:00:00+02:00").to_dict()["events"]
    assert [(e["date"], e["killed"]) for e in events] == [(None, 9)]


@pytest.mark.parametrize("text", [
    "Rescuers were still searching the rubble of a block in Kryvyi Rih on Wednesday morning, a day "
    "after a Russian ballistic missile struck the city centre, killing 11 people.",
    "KRYVYI RIH, March 12 — Residents lay flowers outside a gutted block of flats on March 12, a day after a "
    "ballistic missile struck the city centre, killing 11 people.",
])
def test_a_day_named_for_the_aftermath_dates_the_attack_a_day_earlier(text):
    events = extract(text, published="2025-03-12T10:00:00+02:00").to_dict()["events"]
    assert [(e["date"], e["killed"]) for e in events] == [("2025-03-11", 11)]


def test_an_attack_dated_before_a_day_after_keeps_its_day():
    text = "Russian drones struck a depot in Odesa on Wednesday, a day after a missile hit Kryvyi Rih."
    events = extract(text, published="2025-03-12T10:00:00+02:00").to_dict()["events"]
    assert [e["date"] for e in events][0] == "2025-03-12"


def test_a_day_told_plainly_and_the_next_night_named_by_its_morning_are_two_attacks():
    text = ("A Russian ballistic missile struck the centre of Kharkiv shortly after noon on Monday, killing "
            "six people, the governor said.\n\nOn Sunday, Russia fired 100 missiles and 80 drones at energy "
            "facilities across Ukraine, the Air Force said.\n\nOvernight into Monday, Russia also launched "
            "12 Shahed drones, the Air Force reported. Nine drones were shot down.")
    events = extract(text, published="2024-11-18T17:10:00+02:00").to_dict()["events"]
    assert [(e["date"], e["drones"]["launched"], e["drones"]["destroyed"]) for e in events] == \
        [("2024-11-18", None, None), ("2024-11-17", 80, None), ("2024-11-18", 12, 9)]


def test_a_night_told_by_its_day_still_joins_the_night_named_by_its_morning():
    text = ("On Sunday night, Russia launched 80 drones at Ukraine, the Air Force said.\n\nOvernight into "
            "Monday, air defences shot down 61 of them, the Air Force reported.")
    events = extract(text, published="2024-11-18T10:00:00+02:00").to_dict()["events"]
    assert [(e["date"], e["drones"]["launched"], e["drones"]["destroyed"]) for e in events] == \
        [("2024-11-18", 80, 61)]


@pytest.mark.parametrize(("text", "target", "places"), [
    ("Hezbollah fired dozens of rockets at IDF positions on the Golan Heights on Sunday, the army said.",
     "SY", ["Golan Heights"]),
    ("Hezbollah fired dozens of rockets at IDF positions on Sunday, the army said.", "IL", []),
])
def test_the_ground_named_after_a_posts_owner_is_the_one_struck(text, target, places):
    events = extract(text, published="2024-04-14T10:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == [("LB", target, places)]


_TALLY = ("Russia's Defence Ministry said its air defences destroyed 41 Ukrainian drones overnight over "
          "the Bryansk and Kursk regions and over Crimea.\n\n")


def test_drones_repelled_over_sevastopol_the_night_of_a_tally_over_crimea_are_that_tallys():
    text = _TALLY + ("In Sevastopol, Governor Mikhail Razvozhayev said air defences repelled a Ukrainian "
                     "drone attack overnight and that debris damaged two houses.")
    events = extract(text, published="2025-09-22T09:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["drones"]["destroyed"]) for e in events] == \
        [("UA", "RU", 41)]
    assert "Sevastopol" in events[0]["places"]


def test_a_strike_that_killed_people_in_sevastopol_is_reported_on_its_own():
    text = _TALLY + ("In Sevastopol, a Ukrainian missile strike overnight killed two people and injured 12, "
                     "Governor Mikhail Razvozhayev said.")
    events = extract(text, published="2025-09-22T09:00:00+03:00").to_dict()["events"]
    assert sorted((e["attacker"], e["target_country"], e["killed"]) for e in events) == [
        ("UA", "RU", None), ("UA", "UA", 2)]


@pytest.mark.parametrize("recalled, day", [
    ("A day earlier, a missile strike on Dnipro killed nine people.", "2024-05-09"),
    ("A night earlier, Russia fired 40 missiles at Dnipro, killing nine people.", "2024-05-09"),
    ("Two nights earlier, Russian drones hit a power plant in Dnipro, injuring nine people.", "2024-05-08"),
    ("Russian drones had hit Dnipro two nights earlier, injuring nine people.", "2024-05-08"),
    ("The strike came a week after Shahed drones killed nine people in Dnipro.", "2024-05-03"),
])
def test_an_attack_dated_days_before_the_one_told_is_its_own_event(recalled, day):
    text = ("Russian drones struck the port of Odesa overnight, injuring three people, the regional governor "
            "said on Friday.\n\n" + recalled)
    events = extract(text, published="2024-05-10T09:00:00+03:00").to_dict()["events"]
    assert [e["date"] for e in events] == ["2024-05-10", day]
    told, earlier = events
    assert (told["killed"], told["injured"]) == (None, 3) and told["places"] == ["Odesa"]
    assert 9 in (earlier["killed"], earlier["injured"])


def test_the_attack_a_night_before_told_after_when_is_its_own_event_with_its_toll():
    text = ("Russia attacked Ukraine with 96 drones overnight into Saturday, killing one person in Kharkiv, "
            "the air force said.\n\nThe overnight attack was smaller than the one a night earlier, when "
            "Russia fired 40 missiles and 115 drones, killing nine people in Dnipro.")
    events = extract(text, published="2024-05-11T10:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["drones"]["launched"], e["killed"]) for e in events] == \
        [("2024-05-11", 96, 1), ("2024-05-10", 115, 9)]


def test_a_piece_under_a_night_heading_with_no_date_of_its_own_reads_its_when_clause():
    # the section's heading dates the piece; "…, when Russia fired 70 missiles" names no day to count from
    text = ("Russia keeps up its air war on Ukraine's grid. Below, the attacks of the week, night by "
            "night.\n\n"
            "Oct. 17-18.\n\n"
            "The strikes on power plants in the west were heavier than the one on Kyiv, when Russia fired 70 "
            "missiles and 120 drones at the capital.\n\n"
            "Oct. 18-19.\n\nRussian drones hit a substation in Sumy, injuring two people.")
    events = extract(text, published="2025-10-20T10:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["missiles"]["launched"], e["injured"]) for e in events] == \
        [("2025-10-18", 70, None), ("2025-10-19", None, 2)]


@pytest.mark.parametrize("campaign", [
    "Ukrainian drones have carried out several rounds of strikes on the Novoshakhtinsk refinery.",
    "Ukrainian long-range drones have reached the plant's assembly halls more than once.",
    "Israeli jets have struck targets near the border dozens of times since the truce.",
])
def test_a_campaign_told_in_the_present_perfect_is_no_event(campaign):
    text = "Russian drones struck Odesa overnight, injuring three people, the governor said. " + campaign
    events = extract(text, published="2025-03-20T09:00:00+02:00").to_dict()["events"]
    assert [(e["attacker"], e["places"], e["injured"]) for e in events] == [("RU", ["Odesa"], 3)]


def test_a_record_measured_against_a_campaign_is_still_the_attack_told():
    text = ("Russia launched 650 drones at Ukraine overnight, the most it has fired in a single night since "
            "the invasion began, the air force said.")
    events = extract(text, published="2025-07-09T09:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["drones"]["launched"]) for e in events] == [("2025-07-09", 650)]


def test_an_attack_told_only_by_a_report_of_an_earlier_day_takes_that_day():
    text = ("An Iraqi armed group said on Sunday that its drones had targeted the Ain al-Asad air base, "
            "giving no further details.")
    events = extract(text, published="2024-01-29T18:00:00+00:00").to_dict()["events"]
    assert [e["date"] for e in events] == ["2024-01-28"]


@pytest.mark.parametrize("when, expected", [
    ("overnight", "2024-08-03"),  # a night dated by its morning: hours before it is the evening before
    ("on Sunday afternoon", "2024-08-04"),  # a day's strike: hours before it is the same day
])
def test_a_strike_hours_before_the_one_told_is_dated_from_it(when, expected):
    text = (f"Israeli jets struck several villages in south Lebanon {when}, hours after a Hezbollah drone "
            "hit a house in Kiryat Shmona, killing two people.")
    events = extract(text, published="2024-08-04T18:00:00+03:00").to_dict()["events"]
    assert {e["target_country"]: e["date"] for e in events} == {"LB": "2024-08-04", "IL": expected}


def test_proceedings_over_strikes_are_no_attack():
    text = ("The tribunal issued arrest warrants on Monday for two Russian generals over missile strikes on "
            "Ukraine's power plants, prosecutors said.")
    assert extract(text, published="2025-02-10T12:00:00+01:00").to_dict()["events"] == []


def test_an_attack_told_with_its_own_verb_beside_an_inquiry_is_still_an_event():
    text = ("The UN called for an investigation into the strike after Russian missiles hit a hospital in "
            "Kharkiv on Monday, killing four people.")
    events = extract(text, published="2025-02-10T12:00:00+01:00").to_dict()["events"]
    assert [(e["attacker"], e["places"], e["killed"]) for e in events] == [("RU", ["Kharkiv"], 4)]


@pytest.mark.parametrize("recalled", [
    "The night before that, it sent a record 210 drones and six ballistic missiles.",
    "The night before that, Russia launched a record 210 drones and six ballistic missiles.",
])
def test_the_night_before_a_night_told_in_an_evening_report_counts_back_from_that_night(recalled):
    # posted on Thursday evening: "Wednesday night" is the night told, and the night before it is Tuesday's,
    # not the night before the day of posting
    text = ("Air raid alerts sounded across central Ukraine on Thursday evening as drones crossed the "
            "border.\n\nRussia has kept up its drone raids all week. On Wednesday night, Russia sent "
            "74 drones, of which 50 were shot down, the air force said. " + recalled)
    events = extract(text, published="2025-03-13T21:10:00+02:00").to_dict()["events"]
    counted = [(e["date"], e["drones"]["launched"], e["missiles"]["launched"]) for e in events
               if e["drones"]["launched"]]
    assert counted == [("2025-03-12", 74, None), ("2025-03-11", 210, 6)]
