"""The kinds of phrasing that surface patterns miss, one realistic report each.

Each case names a class of wording from outlets' own reports (counts with no launch verb,
participles, nominalised casualties, parts and wholes, things that look like counts, attacks
outside Ukraine and Russia, places inside names, damage words that are not damage, dates said
of the attack) and asserts the figures a reader would copy from it.
"""
from __future__ import annotations

import pytest

from strikewatch import extract

SUNDAY = "2025-07-06T10:00:00+03:00"


def only_event(text: str, published: str | None = SUNDAY) -> dict:
    events = extract(text, published=published).to_dict()["events"]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("text, field, expected", [
    # the article "a" before a figure is not a count
    ("Russia fired a record 550 drones and 11 missiles at Ukraine overnight, the air force said.",
     ("drones", "launched"), 550),
    # counts inside an attack noun phrase
    ("Kyiv came under an assault involving 40 drones and six missiles overnight into Tuesday, officials said.",
     ("drones", "launched"), 40),
    ("Ukraine's air force said Russia used 539 drones and 11 missiles in the attack on Kyiv overnight.",
     ("missiles", "launched"), 11),
    ("Russia struck Kyiv overnight. The air force said there were 539 drones and 11 missiles in the attack.",
     ("missiles", "launched"), 11),
    ("Russia struck Kyiv overnight. In all, 539 drones took part in the assault, the air force said.",
     ("drones", "launched"), 539),
    # a reported role
    ("Russia launched 598 drones and 31 missiles at Ukraine; 563 drones and 26 missiles were reported downed.",
     ("missiles", "destroyed"), 26),
    # participles and absolutes
    ("Russia launched 400 drones at Ukraine overnight, with 72 drones breaching air defences, the air force said.",
     ("drones", "hit"), 72),
    ("Russia fired 30 missiles at Kyiv, with 12 of them reaching the capital, officials said.",
     ("missiles", "hit"), 12),
    ("Of the 20 missiles fired at Lviv overnight, only seven landed, the regional governor said.",
     ("missiles", "hit"), 7),
    # parts and wholes
    ("Ukrainian air defences downed 17 of the 28 drones Russia launched overnight, the air force said.",
     ("drones", "launched"), 28),
    ("The air force said 270 drones were intercepted and a further 208 lost to electronic jamming after Russia "
     "attacked overnight.", ("drones", "destroyed"), 478),
    ("Russia fired 267 drones at Ukraine overnight. Ukrainian forces shot down 138 drones, while 119 others were "
     "\"lost\", the air force said.", ("drones", "destroyed"), 257),
    ("Russia fired 106 drones at Ukraine overnight. Defences shot down 54 drones, while 52 more drones vanished from "
     "radar, the air force said.", ("drones", "destroyed"), 106),
    # a breakdown after a dash gives parts of the total, whatever models it leaves out
    ("Russia fired 34 missiles overnight – nine Kh-59/69 guided missiles, four Kinzhal aeroballistic missiles, "
     "eight Kalibrs and two S-300s, the air force said.", ("missiles", "launched"), 34),
    # a model name is not a figure
    ("Russia attacked Ukraine with 87 Shahed-136/131 drones overnight, the air force said, adding that 65 were shot down.",
     ("drones", "destroyed"), 65),
])
def test_weapon_counts(text, field, expected):
    weapon, role = field
    assert only_event(text)[weapon][role] == expected


def test_rockets_are_not_drones():
    event = only_event("Hezbollah fired 40 rockets and two drones at northern Israel on Monday, the Israeli military "
                       "said, and one drone struck a building in Nahariya.")
    assert (event["attacker"], event["target_country"]) == ("LB", "IL")
    assert event["drones"]["launched"] == 2


@pytest.mark.parametrize("text, killed, injured", [
    ("A Russian missile strike on Odesa on Friday, resulting in the deaths of six people and injuries to eight, "
     "damaged a port terminal.", 6, 8),
    ("The Russian drone attack on Sumy led to the deaths of two people, the regional administration said.", 2, None),
    ("Russian drones attacked Ukraine overnight. One person was reported killed in Kharkiv.", 1, None),
    # a toll over the whole war is not the attack's
    ("A Russian missile struck Kharkiv on Sunday, killing two. Russia's war has killed more than 10,000 civilians "
     "since 2022, the UN says.", 2, None),
    # two groups of victims counted together
    ("A Russian missile struck a school in Kharkiv on Sunday, killing 14 pupils and three teachers, officials said.",
     17, None),
    ("At least nine schoolchildren and two teachers were killed when a Russian drone hit a bus in Kherson on Sunday.",
     11, None),
    # a weapon's model number is no count of victims
    ("A Russian missile struck an airfield near Starokostiantyniv on Sunday. An F-16 pilot was killed.", 1, None),
    # an ordinal tells the toll so far
    ("A Russian missile hit an apartment block in Lviv on Sunday. By noon the governor raised the toll to four. In "
     "the evening a fifth body was recovered from the rubble.", 5, None),
    ("Russian drones struck Sumy on Sunday. Three people were killed, the governor said. Later a fourth person died "
     "in hospital.", 4, None),
    ("Ukrainian drones struck the Moscow region on Sunday. Two men were killed in Domodedovo, and a third person died "
     "in Vidnoye.", 3, None),
    # one found alive is no further dead; only a body is found dead
    ("A Russian glide bomb hit a dormitory in Sloviansk on Sunday. A third student was dug out alive on Monday.",
     None, None),
    ("A Russian missile hit a hangar near Poltava on Sunday. Two technicians were killed, and a third "
     "technician was found later.", 2, None),
    # two groups of victims count together, but not when the second group has a toll of its own
    ("A Russian bomb hit a bus depot in Zaporizhzhia on Sunday, killing four drivers and nine passengers.", 13, None),
    ("A Russian bomb hit a bus depot in Zaporizhzhia on Sunday, killing four drivers and nine passengers wounded "
     "by flying glass.", 4, 9),
    # a toll told in its parts adds up
    ("A Russian missile hit a block of flats in Odesa on Sunday. The toll given by the city: 4 pensioners, "
     "1 child and 6 women.", 11, None),
    # a toll told in its successive figures: the last is the latest
    ("Russian drones struck Rivne on Sunday. Hourly updates from the regional office gave the number of wounded "
     "as it grew: 9 at dawn, 17 by midday and 31 by nightfall.", None, 31),
    # a collective noun gives no number of people
    ("Hezbollah fired rockets at Nahariya on Sunday. Paramedics said a group of residents were slightly injured by "
     "flying glass.", None, None),
    ("Russian missiles struck Kharkiv on Sunday. At least 14 members of a rescue crew were injured, officials said.",
     None, 14),
])
def test_casualties(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


def test_a_place_s_toll_in_the_lead_adds_to_another_place_s():
    # the lead's figure is the capital's, said again as the capital's; the region's death is another
    event = only_event("Russia attacked Kyiv with drones and missiles overnight, killing at least seven people in "
                       "the capital, officials said on Sunday. At least seven people were killed in Kyiv and 30 "
                       "wounded, the city's military administration said. In the surrounding Kyiv region, a man was "
                       "killed when a drone hit his house, the regional governor said.")
    assert event["killed"] == 8


def test_a_total_over_several_nights_is_not_an_attack():
    record = extract("Russia launched 270 missiles over two nights at Ukraine's energy system, the air force said.",
                     published=SUNDAY).to_dict()
    assert all(e["missiles"]["launched"] is None for e in record["events"])


def test_a_civil_war_attacker_strikes_its_own_country():
    event = only_event("Drones launched by the Rapid Support Forces struck fuel depots and a power station in Port "
                       "Sudan on Tuesday, killing three people, the army said.")
    assert (event["attacker"], event["target_country"], event["places"]) == ("SD", "SD", ["Port Sudan"])
    assert event["killed"] == 3 and "energy" in event["damage"]


def test_an_outlet_named_for_a_city_is_not_a_place():
    event = only_event("Russian drones struck Odessa overnight, injuring three people, the Kyiv Post reported.")
    assert event["places"] == ["Odesa"]


@pytest.mark.parametrize("text, damage", [
    ("Russia attacked Kyiv with 50 unmanned aerial vehicles overnight; 45 were shot down. Several homes were damaged.",
     ["residential"]),
    ("Ukrainian drones attacked Moscow overnight, closing airports; the mayor said 20 drones were shot down.", []),
])
def test_damage_words_that_are_not_damage(text, damage):
    assert only_event(text)["damage"] == damage


def test_a_weekday_said_of_the_attack_dates_it():
    event = only_event("Rescuers on Sunday pulled more bodies from the rubble after the Friday airstrike on Dnipro, "
                       "raising the toll to 12.")
    assert (event["date"], event["places"], event["killed"]) == ("2025-07-04", ["Dnipro"], 12)


def test_every_record_names_its_extractor():
    record = extract("Russian drones struck Kharkiv overnight, injuring two people.", published=SUNDAY).to_dict()
    assert record["extractor"].startswith("rules/")


def test_a_date_printed_in_the_text_dates_an_undated_report():
    event = only_event("Firefighters work at the site of a Russian missile strike in Kyiv, Ukraine, on December 29, "
                       "2023. Russia launched 122 missiles and 36 drones.", published=None)
    assert event["date"] == "2023-12-29"
    assert (event["missiles"]["launched"], event["drones"]["launched"]) == (122, 36)


def test_a_day_and_month_printed_without_a_year_is_quoted_but_dates_nothing():
    # no publication date and no year: the date stays null (SPEC), its day and month are quoted for the reconciler
    event = only_event("ODESA, Feb 14 - Russian drones struck port facilities in Odesa overnight, injuring four "
                       "dockworkers, Governor Oleh Kiper said.", published=None)
    assert event["date"] is None
    assert [e["quote"] for e in event["evidence"] if e["field"] == "date"] == ["Feb 14"]
    night = only_event("Russia fired 42 drones at Ukraine on the night of 13 to 14 February, the air force said, "
                       "and 31 were shot down.", published=None)
    assert night["date"] is None
    assert [e["quote"] for e in night["evidence"] if e["field"] == "date"] == ["night of 13 to 14 February"]


def test_a_shooting_is_not_an_aerial_attack():
    record = extract("Russian drones struck Kharkiv overnight, injuring two people.\n\nSeparately, a gunman opened "
                     "fire at a bus stop in Jaffa on Friday, killing six people, police said.",
                     published=SUNDAY).to_dict()
    assert [(e["attacker"], e["killed"]) for e in record["events"]] == [("RU", None)]


@pytest.mark.parametrize("text, attacker, target", [
    ("A Sudanese army air strike on a market in Kabkabiya in North Darfur killed more than 100 people on Monday.",
     "SD", "SD"),
    ("India said it struck nine sites in Pakistan with missiles early on Wednesday, killing 31 people.", "IN", "PK"),
    ("Armenia's defence ministry said Azerbaijani drones had struck targets in and around Jermuk overnight, damaging "
     "residential buildings.", "AZ", "AM"),
    ("Saudi air defences intercepted a ballistic missile fired by the Houthis at Jizan on Sunday, the Saudi-led "
     "coalition said.", "YE", "SA"),
])
def test_attackers_outside_ukraine_and_russia(text, attacker, target):
    event = only_event(text)
    assert (event["attacker"], event["target_country"]) == (attacker, target)


def test_a_roundup_under_day_headings_is_one_attack_a_day():
    text = ("Sumy region: the week on the border\n\nWeek of 3-9 February 2025\n\nMonday:\n\nGlide bombs hit the village "
            "of Velyka Pysarivka in the afternoon, damaging seven houses.\n\nThursday:\n\nRussian aircraft dropped six "
            "guided bombs on Krasnopillia community. One man was killed and two injured.\n\nSunday:\n\nA drone struck a parked "
            "car in the centre of Sumy. The driver was injured.")
    events = extract(text).to_dict()["events"]
    assert [(e["date"], e["places"]) for e in events] == [
        ("2025-02-03", ["Velyka Pysarivka"]), ("2025-02-06", ["Krasnopillia"]), ("2025-02-09", ["Sumy"])]
    assert [(e["killed"], e["injured"]) for e in events] == [(None, None), (1, 2), (None, 1)]


def test_a_ukrainian_strike_on_occupied_territory_is_on_ukraine():
    event = only_event("Three people have been killed after Ukrainian drones hit a market in Gorlovka, the "
                       "Russian-installed mayor said on Friday.")
    assert (event["attacker"], event["target_country"], event["places"]) == ("UA", "UA", ["Horlivka"])


def test_an_attack_told_without_attacker_or_target_in_any_one_sentence():
    text = ("16:58 - Explosions in Kharkiv. The mayor says the city is under attack with guided aerial bombs.\n\n"
            "17:10 - A strike was recorded in the Industrialnyi district; a residential building has been hit.\n\n"
            "17:45 - Updated: the number of injured has risen to 21, and two people were killed, the governor said.")
    event = only_event(text, published="2024-08-30T17:50:00+03:00")
    assert (event["attacker"], event["target_country"], event["places"]) == (None, "UA", ["Kharkiv"])
    assert (event["killed"], event["injured"]) == (2, 21)


def test_a_warning_with_nothing_launched_is_no_attack():
    record = extract("An air-raid alert lasted three hours across Ukraine after Russian MiG-31K jets took off. No "
                     "missiles were launched, the air force said.\n\nIn Nikopol, artillery shelling killed one man.",
                     published=SUNDAY).to_dict()
    assert record["events"] == []


def test_a_claim_of_responsibility_names_the_attacker():
    event = only_event("Sirens sounded in Eilat on Tuesday. The Israeli military said its Arrow system intercepted a "
                       "surface-to-surface missile fired toward Israel. There were no injuries.\n\nYemen's Iran-backed "
                       "Houthi militia claimed responsibility.")
    assert (event["attacker"], event["target_country"]) == ("YE", "IL")


def test_a_named_part_of_a_city_is_the_city():
    event = only_event("Israeli warplanes dropped bombs on residential buildings in Beirut's southern suburb of "
                       "Haret Hreik on Friday, killing six people, Lebanon's health ministry said.")
    assert event["places"] == ["Beirut"]


def test_a_number_word_after_a_figure_is_no_figure():
    event = only_event("Russia launched a thousand thousand drones at Lviv overnight, it said.")
    assert event["drones"]["launched"] is None


def test_regions_where_damage_was_reported_are_places_of_the_attack():
    event = only_event("Russia launched 55 Shahed-type drones at Ukraine overnight, 43 of which were shot down, the "
                       "air force said. Damage was reported in the Dnipro, Odesa and Kyiv regions.")
    assert set(event["places"]) == {"Dnipropetrovsk Oblast", "Odesa Oblast", "Kyiv Oblast"}


def test_a_liveblog_attack_in_the_present_is_an_attack():
    event = only_event("Explosions are being heard in Kharkiv, where Russian forces are attacking the city with "
                       "Shahed-type drones, Mayor Ihor Terekhov said. No information on casualties yet.",
                       published="2025-06-11T01:14:00+03:00")
    assert (event["attacker"], event["target_country"], event["places"]) == ("RU", "UA", ["Kharkiv"])
    assert event["date"] == "2025-06-11"


def test_a_roundup_paragraph_opening_with_its_day_dates_its_own_attack():
    text = ("The week in review.\n\n"
            "Tuesday: Russia launched 310 drones at Ukraine overnight, the air force said; 290 were shot down. "
            "Two people were killed in Odesa.\n\n"
            "Thursday: A quieter night. In Lviv, a Russian missile damaged houses on the outskirts of the city, "
            "the governor said. One person was injured.")
    events = extract(text, published="2025-11-30T18:00:00+02:00").to_dict()["events"]
    by_date = {e["date"]: e for e in events}
    assert set(by_date) == {"2025-11-25", "2025-11-27"}
    assert by_date["2025-11-25"]["drones"]["launched"] == 310 and by_date["2025-11-25"]["killed"] == 2
    assert by_date["2025-11-27"]["places"] == ["Lviv"] and by_date["2025-11-27"]["injured"] == 1
    assert by_date["2025-11-25"]["injured"] is None


def test_a_roundups_consecutive_days_are_two_attacks():
    # sections headed by consecutive days, in capitals, in a report dated only by its dateline; the second
    # section opens with a count and no verb of attack, and its places are that day's, not the first day's
    text = ("LVIV, Nov. 24, 2024 (Agency) — How the week went.\n\n"
            "MONDAY, NOV. 18 — Russia launched 90 drones and 12 missiles at Ukraine, the Air Force said. A missile hit "
            "a warehouse in Rivne.\n\n"
            "TUESDAY, NOV. 19 — Another wave: 40 drones, of which 31 were shot down. Energy facilities in the "
            "Volyn region were hit.\n\n"
            "WEDNESDAY, NOV. 20 — The foreign ministers of the G7 met in Rome.")
    events = extract(text, published=None).to_dict()["events"]
    assert [(e["date"], e["places"]) for e in events] == [
        ("2024-11-18", ["Rivne"]), ("2024-11-19", ["Volyn Oblast"])]
    assert events[1]["drones"]["launched"] == 40


def test_a_section_under_a_day_heading_opening_with_a_count_is_that_days_attack():
    text = ("The month in strikes.\n\nSaturday, 8 November.\n\nRussia launched 420 drones at Ukraine overnight and "
            "hit a substation in Poltava, the Air Force said.\n\nMonday, 24 November.\n\nA 10-hour attack with 380 "
            "drones and 20 missiles, aimed mostly at Kyiv. Two people were killed in the capital.")
    events = extract(text, published="2025-12-01T09:00:00+02:00").to_dict()["events"]
    assert [(e["date"], e["places"]) for e in events] == [("2025-11-08", ["Poltava"]), ("2025-11-24", ["Kyiv"])]
    assert events[1]["killed"] == 2


def test_an_attack_told_after_came_a_day_after_is_the_day_before():
    text = ("Russian missiles hit Poltava during the morning rush on Thursday, killing 11 people, the governor said.\n\n"
            "The strike came a day after a Russian attack on Odesa overnight into Wednesday in which, according to the "
            "Air Force, Russia used 120 drones. Three people were killed in the port city.")
    events = extract(text, published="2025-03-13T20:00:00+02:00").to_dict()["events"]
    assert sorted((e["date"], e["places"][0], e["killed"]) for e in events) == [
        ("2025-03-12", "Odesa", 3), ("2025-03-13", "Poltava", 11)]


def test_a_mornings_strike_is_not_the_night_into_the_next_day():
    text = ("On Friday morning a Russian guided bomb struck a bus station in Kupiansk, killing four people, the regional "
            "administration said.\n\nOvernight into Saturday, Russia launched 150 drones against Ukraine, the Air Force "
            "said. In Chernihiv, two people were injured.")
    events = extract(text, published="2025-03-15T12:00:00+02:00").to_dict()["events"]
    assert [(e["date"], e["places"]) for e in events] == [("2025-03-14", ["Kupiansk"]), ("2025-03-15", ["Chernihiv"])]


def test_a_months_grind_of_repeated_attacks_adds_no_place_to_a_night():
    text = ("Sunday, 12 October. Russia launched 500 drones and 40 missiles, aimed mainly at Kyiv, the Air Force said. "
            "Three people were killed in the capital.\n\nBeyond the big nights, the grind went on: repeated daytime "
            "glide-bomb attacks on Kherson and frontline towns in the Donetsk region.")
    events = extract(text, published="2025-11-01T10:00:00+02:00").to_dict()["events"]
    assert [(e["date"], e["places"]) for e in events] == [("2025-10-12", ["Kyiv"])]


def test_a_day_strike_is_not_folded_into_the_next_night():
    text = ("14:50 | Poltava toll rises\n\n"
            "The death toll from Thursday's Russian missile strike on an enlistment office in Poltava has risen to "
            "two, the regional administration said. Forty-seven people were injured.\n\n"
            "11:45 | Air Force figures\n\n"
            "Russia launched 539 drones and 11 missiles at Ukraine overnight, the air force said. In Kyiv one person "
            "was killed and 26 were injured.")
    events = extract(text, published="2025-07-04T15:00:00+03:00").to_dict()["events"]
    by_date = {e["date"]: e for e in events}
    assert set(by_date) == {"2025-07-03", "2025-07-04"}
    assert (by_date["2025-07-03"]["places"], by_date["2025-07-03"]["injured"]) == (["Poltava"], 47)
    assert (by_date["2025-07-04"]["drones"]["launched"], by_date["2025-07-04"]["injured"]) == (539, 26)


def test_a_running_total_of_the_war_is_not_the_attacks_toll():
    event = only_event("Russian drones hit Kyiv overnight, killing two people, officials said. The UN mission's "
                       "running total since the full-scale invasion now stands at 13,580 civilians killed, including "
                       "716 children, and more than 34,000 injured.")
    assert (event["killed"], event["injured"]) == (2, None)


@pytest.mark.parametrize("period", [
    "The monitoring mission verified that 286 civilians were killed and 1,388 injured during the month.",
    "Cumulatively, the mission has verified at least 13,883 civilian deaths and 34,000 injuries.",
])
def test_a_months_or_a_cumulative_toll_is_not_the_attacks(period):
    event = only_event(f"{period} On 31 July, a Russian missile struck an apartment block in Kyiv, killing 31 "
                       "people and injuring 159.", published="2025-08-10T10:00:00+03:00")
    assert (event["killed"], event["injured"]) == (31, 159)


def test_a_toll_naming_its_place_goes_to_that_places_attack():
    text = ("08:40 | Missiles hit Ternopil\n\n"
            "Russian cruise missiles struck two apartment blocks in Ternopil overnight, killing nine people, the "
            "interior minister said.\n\n"
            "12:30 | Balakliia\n\n"
            "On Tuesday a Russian missile attack on Balakliia in Kharkiv Oblast killed three people and injured 13, "
            "the governor said.\n\n"
            "15:40 | Toll rises\n\n"
            "The number of people killed in Ternopil rose to 19, the emergency service said.")
    events = extract(text, published="2025-11-19T16:00:00+02:00").to_dict()["events"]
    by_place = {e["places"][0]: e for e in events}
    assert (by_place["Ternopil"]["killed"], by_place["Balakliia"]["killed"]) == (19, 3)


@pytest.mark.parametrize("text", [
    "Russia launched 675 drones at Ukraine overnight. Zelensky said Russia had sent more than 1,500 drones against "
    "Ukraine in less than two days.",
    "Russia launched 675 drones at Ukraine overnight. Russia has launched more than 6,000 long-range drones at "
    "Ukraine in each of the past two months.",
])
def test_a_count_over_several_days_is_not_the_nights(text):
    assert only_event(text)["drones"]["launched"] == 675


def test_the_source_named_for_a_country_is_not_the_attacker():
    event = only_event("According to the General Staff of the Armed Forces of Ukraine, Russian forces launched 84 "
                       "cruise missiles at Ukraine on Monday morning.")
    assert (event["attacker"], event["target_country"], event["missiles"]["launched"]) == ("RU", "UA", 84)


def test_the_previous_nights_attack_is_an_attack_of_its_own():
    text = ("Russia sent a record number of drones at Ukraine overnight into Monday. Air defences shot down all nine "
            "missiles and 233 of the drones, the air force said.\n\n"
            "The previous night, Russia had hit cities across Ukraine with 298 drones and 69 missiles. Ukraine said "
            "266 drones were shot down and 45 missiles were downed.")
    events = extract(text, published="2025-05-26T09:00:00+03:00").to_dict()["events"]
    by_date = {e["date"]: e for e in events}
    assert set(by_date) == {"2025-05-25", "2025-05-26"}
    assert by_date["2025-05-25"]["missiles"] == {"launched": 69, "destroyed": 45, "hit": None}
    assert by_date["2025-05-26"]["missiles"]["destroyed"] == 9


def test_a_thousands_separator_does_not_end_a_bare_figure():
    event = only_event("Russia launched 32 Shahed drones at Izmail during the night, of which 23 were shot down. "
                       "Russian attacks have destroyed some 270,000 tonnes of grain in the port since July.")
    assert event["drones"] == {"launched": 32, "destroyed": 23, "hit": None}


def test_a_later_higher_toll_of_the_whole_attack_outgrows_a_stated_total():
    event = only_event("Russia fired 122 missiles and 36 drones at Ukraine overnight, the air force said.\n\n"
                       "Updated at 13:15: The National Police said the nationwide death toll had reached 18 and the "
                       "number of injured 120.\n\n"
                       "Updated at 20:30: According to the State Emergency Service, 26 people have been killed and "
                       "144 injured.", published="2023-12-29T21:00:00+02:00")
    assert (event["killed"], event["injured"]) == (26, 144)


@pytest.mark.parametrize("text, published, day", [
    ("According to the Air Force, from 19:00 on Wednesday Russia attacked Ukraine with 145 drones and 70 missiles.",
     "2025-04-24T10:20:00+03:00", "2025-04-24"),
    ("The Air Force said that from 18:00 on 2 February Russia had attacked Ukraine with 450 drones.",
     "2026-02-03T10:40:00+02:00", "2026-02-03"),
])
def test_an_air_force_count_from_an_evening_ends_the_next_morning(text, published, day):
    assert only_event(text, published=published)["date"] == day


def test_the_day_a_source_spoke_is_not_the_day_of_the_attack():
    event = only_event("Ukraine's air force said Wednesday that Russia had fired 96 missiles on Tuesday at the "
                       "country's energy system.", published="2022-11-16T09:00:00+02:00")
    assert event["date"] == "2022-11-15"


def test_drones_flying_back_towards_a_country_do_not_make_it_a_target():
    event = only_event("Russia attacked Ukraine with 90 Shahed drones overnight. Of them, 42 were shot down, 41 were "
                       "\"lost locally\", and two flew back towards Russian territory, the air force said.")
    assert (event["attacker"], event["target_country"], event["drones"]["destroyed"]) == ("RU", "UA", 83)


def test_a_daytime_strike_told_beside_the_nights_wave_is_an_attack_of_its_own():
    text = ("Russia launched 539 drones and 11 missiles at Ukraine overnight, the air force said; one person was "
            "killed in Kyiv. On Friday afternoon, Russian glide bombs struck Kharkiv, injuring five people, the "
            "governor said.")
    events = extract(text, published="2025-07-04T18:00:00+03:00").to_dict()["events"]
    assert len(events) == 2
    night, day = events
    assert (night["places"], night["killed"], night["injured"]) == (["Kyiv"], 1, None)
    assert (day["places"], day["date"], day["injured"]) == (["Kharkiv"], "2025-07-04", 5)


def test_a_strike_with_no_time_of_day_stays_in_the_days_attack():
    events = extract("Russian troops struck Zaporizhzhia with guided bombs on Tuesday afternoon, killing three. "
                     "Also on Tuesday, Russian drones attacked the villages of Bilenke and Stepnohirsk, damaging "
                     "houses.", published="2024-10-29T20:00:00+02:00").to_dict()["events"]
    assert len(events) == 1


@pytest.mark.parametrize("text, places", [
    # a breaking item's present: a named attacker fires or attacks, with no figure at all
    ("BREAKING: Explosions heard in Lviv and Rivne as Russia fires cruise missiles at western Ukraine after a night "
     "of drone attacks.", ["Lviv", "Rivne"]),
    ("Emergency power cuts in several regions as Russia attacks Ukraine's energy grid; drones have been over the "
     "country since the evening.", []),
    ("Russian drones attack Odesa port for the second night running, the city's mayor says.", ["Odesa"]),
])
def test_an_attack_told_in_a_breaking_present_is_an_attack(text, places):
    event = only_event(text, published="2024-12-13T06:35:00+02:00")
    assert (event["attacker"], event["target_country"], event["places"], event["date"]) == \
        ("RU", "UA", places, "2024-12-13")


@pytest.mark.parametrize("text", [
    "Israel says it is striking Hamas targets across the Gaza Strip after the rocket fire.",
    "Hours after the US strikes, analysts said the region was bracing for retaliation.",
])
def test_a_country_before_a_plural_noun_is_no_present_attack(text):
    events = extract(text, published="2025-06-22T12:00:00+03:00").to_dict()["events"]
    assert all(e["attacker"] != "US" for e in events)
    assert not any(e["attacker"] == "PS" for e in events)


def test_an_attack_told_by_its_consequence_is_an_attack():
    event = only_event("A fire has broken out at the Burshtyn thermal power plant after a Russian missile strike, "
                       "the operator said. There is no threat to the dam.", published="2024-03-22T06:58:00+02:00")
    assert (event["attacker"], event["target_country"], event["date"]) == ("RU", "UA", "2024-03-22")


def test_an_archive_photo_caption_tells_no_attack():
    events = extract("FILE - The cargo ship Tutor, listing after a Houthi missile attack, is seen in the Red Sea in "
                     "this image released on June 14, 2024.", published="2025-01-10T09:00:00Z").to_dict()["events"]
    assert events == []


def test_launch_sites_name_the_attacker_of_a_tally_that_names_none():
    event = only_event("The Air Force's tally for the night: 310 air attack weapons in total. Of them, 280 were "
                       "Shahed-type drones and decoys, launched from Kursk, Oryol and Millerovo. Hits were recorded "
                       "at nine locations.", published=None)
    assert (event["attacker"], event["target_country"]) == ("RU", "UA")
    assert any(e["field"] == "attacker" and e["quote"] == "Kursk" for e in event["evidence"])


def test_a_place_left_from_is_no_launch_site():
    events = extract("The strikes hit regions from Lviv in the west to Kharkiv in the east, Russia's attack "
                     "lasting all night.", published="2024-12-13T09:00:00+02:00").to_dict()["events"]
    assert [e["attacker"] for e in events] == ["RU"]


def test_an_earlier_strike_dated_by_its_month_and_year_is_an_event_of_its_own():
    text = ("Russian drones attacked Kremenchuk overnight, the mayor said; one person was injured. In October "
            "2023, a Russian missile strike on a bus station in the city killed 14 people. Across Ukraine, Russia "
            "launched 120 drones overnight, the air force said.")
    events = extract(text, published="2025-09-07T10:00:00+03:00").to_dict()["events"]
    assert len(events) == 2
    night, earlier = events
    assert (night["date"], night["injured"], night["killed"], night["drones"]["launched"]) == \
        ("2025-09-07", 1, None, 120)
    assert (earlier["date"], earlier["attacker"], earlier["killed"]) == (None, "RU", 14)


def test_a_year_named_after_the_attack_verb_is_a_comparison_not_its_date():
    event = only_event("Russia struck Kyiv with 90 drones overnight, the largest attack on the city in 2024, the "
                       "mayor said.", published="2025-02-02T09:00:00+02:00")
    assert (event["date"], event["drones"]["launched"]) == ("2025-02-02", 90)


def test_a_drone_named_by_its_kind_names_its_attacker():
    events = extract("On Tuesday, October 8, a Russian FPV drone hit a car on the outskirts of Bilozerka, injuring "
                     "the driver. On Thursday, October 10, Russian forces dropped a bomb on a shop in Kherson, "
                     "killing two.", published="2024-10-11T09:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["attacker"], e["target_country"]) for e in events] == \
        [("2024-10-08", "RU", "UA"), ("2024-10-10", "RU", "UA")]


def test_armed_forces_striking_with_no_weapon_named_is_an_attack_of_its_own_day():
    text = ("Ukrainian drones struck the oil refinery in Tuapse overnight on Wednesday, March 11, the General Staff "
            "said. On Sunday, March 8, the Defense Forces hit the refinery in Syzran, the General Staff said at "
            "the time.")
    events = extract(text, published="2026-03-11T12:00:00+02:00").to_dict()["events"]
    assert [(e["date"], e["attacker"], e["target_country"]) for e in events] == \
        [("2026-03-11", "UA", "RU"), ("2026-03-08", "UA", "RU")]


def test_an_attack_to_be_avenged_has_happened():
    text = ("Russia launched 40 missiles at Kyiv on Tuesday, the air force said. Moscow had vowed to avenge a "
            "Ukrainian attack on the Russian city of Kursk on Saturday, in which, according to Russian officials, "
            "six people were killed.")
    events = extract(text, published="2024-01-02T12:00:00+02:00").to_dict()["events"]
    assert [(e["date"], e["attacker"], e["target_country"], e["killed"]) for e in events] == \
        [("2024-01-02", "RU", "UA", None), ("2023-12-30", "UA", "RU", 6)]


def test_a_supposed_attack_is_no_attack():
    events = extract("Suppose Russia launched 1,000 drones in a single night, half of them decoys. Air defence "
                     "would be overwhelmed.", published="2025-07-20T09:00:00+03:00").to_dict()["events"]
    assert events == []


def test_a_national_holiday_is_no_target():
    text = ("Ukrainian drones struck the Ust-Luga port in Russia's Leningrad region overnight, officials said. "
            "The attacks took place on Ukraine's Independence Day.")
    events = extract(text, published="2025-08-24T12:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"]) for e in events] == [("UA", "RU")]


def test_a_strike_told_at_a_clock_time_of_day_is_apart_from_the_nights_drones():
    text = ("Russia hit Sumy twice on Thursday. In the night, about ten drones attacked the city, the governor "
            "said; two people were injured. At 13:40, Russian aircraft dropped four guided bombs on the city's "
            "outskirts, the governor said. A 47-year-old man was wounded.")
    events = extract(text, published="2025-08-28T18:05:00+03:00").to_dict()["events"]
    assert [(e["date"], e["injured"]) for e in events] == [("2025-08-28", 2), ("2025-08-28", 1)]


def test_a_strike_at_midday_and_drones_overnight_are_two_attacks():
    text = ("Russian officials said five people were injured in Belgorod on Saturday in a Ukrainian attack. The "
            "Defence Ministry said Ukraine had fired rockets at Belgorod around midday. It also said 32 Ukrainian "
            "drones had been destroyed overnight over the Bryansk and Kursk regions.")
    events = extract(text, published="2023-12-30T22:40:00+02:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == \
        [("UA", "RU", ["Belgorod"]), ("UA", "RU", ["Bryansk Oblast", "Kursk Oblast"])]


def test_airspace_a_weapon_came_from_is_no_target():
    text = ("Russian aircraft dropped two guided bombs on Kharkiv on Friday. Officials say the bombs, launched by "
            "aircraft from Russian airspace, are almost impossible to intercept.")
    events = extract(text, published="2025-07-04T16:30:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"]) for e in events] == [("RU", "UA")]


def test_a_time_of_day_told_just_before_the_strike_dates_its_period():
    text = ("Russian drones struck Kyiv overnight, injuring two people. Then at about 11:00 the sirens sounded "
            "again. This time Russia fired ballistic missiles at the city, the mayor said.")
    events = extract(text, published="2023-05-29T14:05:00+03:00").to_dict()["events"]
    assert [(e["date"], e["injured"]) for e in events] == [("2023-05-29", 2), ("2023-05-29", None)]


def test_a_toll_risen_by_midday_gives_the_next_strike_no_time_of_day():
    text = ("Ukrainian drones attacked the Moscow region overnight, the governor said. By midday, he said, the "
            "death toll had risen to three. In Vidnoye, a drone hit the upper floors of an apartment building.")
    events = extract(text, published="2025-03-11T15:00:00+03:00").to_dict()["events"]
    assert len(events) == 1 and events[0]["killed"] == 3


@pytest.mark.parametrize("text", [
    "US and British warplanes struck Houthi targets in Hodeidah and Sanaa overnight, the Pentagon said.",
    "A Houthi spokesman said the US and UK had carried out 73 strikes on Hodeidah and Sanaa overnight.",
])
def test_a_joint_attack_is_one_event_per_attacker(text):
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == \
        [("US", "YE", ["Hodeidah", "Sanaa"]), ("GB", "YE", ["Hodeidah", "Sanaa"])]


def test_a_partners_own_event_of_the_day_is_not_told_twice():
    text = ("British jets struck a Houthi command centre in Sanaa overnight, the defence ministry said. US and "
            "British warplanes hit 30 targets across Yemen, killing five fighters, the group said.")
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert sorted((e["attacker"], e["killed"]) for e in events) == [("GB", 5), ("US", 5)]


@pytest.mark.parametrize("text, places", [
    # the target list of a bulletin, with no verb of striking on the places themselves
    ("Russia launched 112 drones and five missiles at Ukraine overnight, the air force said. The main targets were "
     "the Kharkiv, Sumy and Poltava regions.", ["Kharkiv Oblast", "Sumy Oblast", "Poltava Oblast"]),
    # casualties reported by place
    ("Russian drones and missiles struck Ukraine overnight. Deaths were reported in Lutsk and the Rivne region.",
     ["Lutsk", "Rivne Oblast"]),
    # a defence ministry's tally by region
    ("Russia's defence ministry said its air defences destroyed 64 Ukrainian drones overnight: 30 over Bryansk, "
     "20 over Kursk and 14 over Oryol.", ["Bryansk Oblast", "Kursk Oblast", "Oryol Oblast"]),
    # raions named for their towns are not those towns
    ("Russian drones attacked Kyiv Oblast overnight. Debris damaged houses in the Fastiv and Bila Tserkva "
     "districts, the governor said.", ["Kyiv Oblast"]),
    # a list of targets or of hits, told with no verb of striking
    ("Russia launched 90 drones at western Ukraine overnight. Targets included the Lviv, Volyn and Rivne regions.",
     ["Lviv Oblast", "Volyn Oblast", "Rivne Oblast"]),
    ("Russia fired 40 missiles at Ukraine's power grid overnight. \"There were hits in the Poltava and Sumy regions,\" "
     "the energy minister said.", ["Poltava Oblast", "Sumy Oblast"]),
    # the rest of a defence ministry's tally
    ("Russia's defence ministry said 120 Ukrainian drones were destroyed overnight, 50 of them over the Moscow "
     "region. The rest were spread over the Tula, Kaluga and Smolensk regions.",
     ["Moscow Oblast", "Tula Oblast", "Kaluga Oblast", "Smolensk Oblast"]),
])
def test_places_a_bulletin_names(text, places):
    assert sorted(only_event(text)["places"]) == sorted(places)


def test_a_roundups_place_heading_names_the_place_of_its_section():
    text = ("Ukrainian drones struck Russian refineries twice this week.\n\nNovoshakhtinsk, July 2\n\nA fire broke "
            "out overnight at the oil products plant after a Ukrainian drone attack, the governor said.")
    assert only_event(text, published="2025-07-03T09:00:00+03:00")["places"] == ["Novoshakhtinsk"]


def test_a_link_to_another_report_tells_nothing_of_this_one():
    text = ("Russian drones attacked the Sumy region overnight, damaging a school in Shostka, the governor said.\n\n"
            "Read also: Russian drone attack on Odesa damages port infrastructure\n\n"
            "Two people were injured, he said.")
    assert sorted(only_event(text)["places"]) == ["Shostka", "Sumy Oblast"]


@pytest.mark.parametrize("section, places", [
    # a region heading over a section that tells of a town in it: the town is the place
    ("MYKOLAIV REGION. Two people were injured in Voznesensk, where a drone hit a house.", ["Voznesensk"]),
    # unless the section tells of the region itself
    ("MYKOLAIV REGION. A drone hit a house in Voznesensk. Two more were shot down over the region.",
     ["Voznesensk", "Mykolaiv Oblast"]),
    # and a section that names no town keeps the region
    ("MYKOLAIV REGION. Debris damaged two private houses, the governor said.", ["Mykolaiv Oblast"]),
])
def test_a_region_heading_over_a_town_only_locates_it(section, places):
    text = f"Russia attacked southern Ukraine with 60 drones overnight, the air force said.\n\n{section}"
    assert sorted(only_event(text)["places"]) == sorted(places)


@pytest.mark.parametrize("text, damage", [
    # what only locates the damaged thing
    ("A Russian missile hit an apartment block near the university in Sumy on Sunday, killing three people.",
     ["residential"]),
    ("Two people were injured when a drone struck a house in Kharkiv; both were taken to a hospital in the city.",
     ["residential"]),
    # what a weapon exploded near, when the sentence says it was damaged
    ("A Russian bomb exploded near a school in Kharkiv on Sunday, blowing out its windows, the governor said.",
     ["education"]),
    # a clause that says nothing was damaged
    ("Russian drones attacked Dnipro overnight. Debris fell on the territory of an industrial enterprise, without "
     "causing damage, the governor said.", []),
    # the place where cars are mended is not a car, nor is a bus stop a bus
    ("A Russian drone hit a car repair shop and a bus stop in Kherson on Sunday morning, injuring two people.",
     ["commercial"]),
    # an operating theatre is a hospital's
    ("A Russian missile struck the children's hospital in Kyiv, damaging its operating theatres.", ["medical"]),
])
def test_damage_words_that_locate_or_deny(text, damage):
    assert only_event(text)["damage"] == damage


def test_a_place_and_damage_of_another_time_are_not_this_attacks():
    event = only_event("Russia fired 40 missiles at Ukraine overnight. The Oreshnik missile, which Russia first used "
                       "against Dnipro in November 2024, hit an energy facility in the Lviv region.")
    assert event["places"] == ["Lviv Oblast"]
    event = only_event("Russian drones hit a school in Odesa overnight. Earlier this month, a strike damaged a "
                       "church in Kherson.")
    assert (event["places"], event["damage"]) == (["Odesa"], ["education"])


@pytest.mark.parametrize("text, damage", [
    # fires breaking out are damage
    ("Russian drones attacked Odesa overnight. Fires broke out at a warehouse and a shopping centre.",
     ["industrial", "commercial"]),
    # a list of damage, one item a line
    ("Russian missiles struck Zaporizhzhia on Sunday. The damage list published by the city included: — an "
     "industrial enterprise; — two private houses; — a petrol station.", ["industrial", "residential", "commercial"]),
    # a warehouse listed after an air base is a warehouse all the same
    ("Drones struck an air base, a goods warehouse and a fuel depot in Port Sudan on Sunday, the army said.",
     ["industrial", "energy"]),
])
def test_damage_told_as_fires_lists_and_neighbours(text, damage):
    assert sorted(only_event(text)["damage"]) == sorted(damage)


@pytest.mark.parametrize("text, damage", [
    ("A Houthi drone slammed into a block of flats in Ashkelon overnight, wounding two people, police said.",
     ["residential"]),
    ("A Ukrainian drone crashed into a high-rise apartment building in Krasnodar on Sunday, the governor said.",
     ["residential"]),
    ("The toll from Thursday's airstrike on a primary school in Kherson has risen to four, officials said.",
     ["education"]),
])
def test_damage_told_by_the_weapon_s_impact(text, damage):
    assert only_event(text)["damage"] == damage


@pytest.mark.parametrize("text, damage", [
    # energy sites named by their oil, gas or fuel, or by their lines
    ("Houthi drones struck an oil field near Erbil on Monday, setting it on fire, officials said.", ["energy"]),
    ("US air strikes on a fuel port on Yemen's Red Sea coast killed 30 people on Thursday.", ["energy"]),
    ("A Russian drone attack on Tuesday damaged high-voltage lines in the Sumy region, the operator said.",
     ["energy"]),
    ("A Houthi drone hit a power distribution station in Saudi Arabia's Jizan province on Friday, setting it "
     "ablaze.", ["energy"]),
])
def test_energy_damage_named_by_its_fuel_or_lines(text, damage):
    assert only_event(text)["damage"] == damage


@pytest.mark.parametrize("summary", [
    "UN monitors also recorded civilian deaths from drone strikes in Sumy and Kherson over the month.",
    "Rights groups have documented repeated drone strikes on markets in Sumy and Kherson.",
    "Russian aircraft have carried out dozens of strikes on Sumy and Kherson since the spring.",
])
def test_places_of_a_period_summed_up_are_not_the_event_s(summary):
    text = ("A Russian drone hit an apartment building in Poltava overnight, injuring three people, the governor "
            "said. " + summary)
    assert only_event(text)["places"] == ["Poltava"]


def test_damage_summed_up_over_a_period_is_not_the_event_s():
    text = ("A Russian drone hit a school in Nikopol overnight, injuring a guard, the governor said. Over the same "
            "week, more than 40 houses and three shops were damaged in the district, the administration said.")
    assert only_event(text)["damage"] == ["education"]


@pytest.mark.parametrize("text, damage", [
    ("A Russian drone hit Sumy overnight, and a commercial building and a grocery kiosk were damaged, officials said.",
     ["commercial"]),
    ("Debris from a Russian drone struck a nine-story building in Kyiv overnight, the mayor said.", ["residential"]),
    ("A Russian drone attacked the village of Yunakivka on Sunday; windows in three private houses were broken "
     "by debris.", ["residential"]),
])
def test_damage_named_in_more_words(text, damage):
    assert only_event(text)["damage"] == damage


@pytest.mark.parametrize("text, damage", [
    ("A Russian missile strike on a heat and power plant in Kyiv overnight left more than 900 apartment buildings "
     "without heating, the mayor said.", ["energy"]),
    ("Thermal power plants were damaged in Kharkiv overnight by Russian missiles, and 400 apartment blocks in the "
     "city lost heating.", ["energy"]),
    ("A Russian missile hit Kyiv overnight, damaging 12 apartment buildings; 300 homes were left without power.",
     ["residential"]),
])
def test_homes_cut_off_from_heat_or_power_are_not_damaged(text, damage):
    assert only_event(text)["damage"] == damage


def test_a_target_named_is_not_damage_reported():
    event = only_event("Russia's defence ministry said its strikes overnight targeted energy facilities and "
                       "defence plants in Ukraine. In Kharkiv, a drone damaged a school, the mayor said.")
    assert event["damage"] == ["education"]


@pytest.mark.parametrize("text, damage", [
    # the road a vehicle was hit on is where it was
    ("A Russian FPV drone struck a minibus on the road near Bilopillia on Tuesday, injuring the driver.", ["vehicles"]),
    # airports closed or diverting flights are not damaged
    ("Ukrainian drones attacked the Moscow region overnight, forcing airports to divert flights; a drone hit a "
     "house in Ramenskoye.", ["residential"]),
])
def test_roads_and_airports_that_are_not_damage(text, damage):
    assert only_event(text)["damage"] == damage


@pytest.mark.parametrize("text, missiles_launched", [
    # a single missile told with the article is not a counted launch
    ("A ballistic missile fired from Yemen set off sirens across central Israel early on Sunday, the military said, "
     "and shrapnel fell in Jaffa.", None),
    ("Israel said it intercepted a surface-to-surface missile launched by the Houthis towards Eilat on Saturday.", None),
    # as a part of a list of counted weapons, it is one
    ("The air force said Russia fired 22 Kh-101 cruise missiles and a Kinzhal aeroballistic missile at Kyiv overnight.",
     23),
    ("Overnight Russia launched 12 Kalibr cruise missiles, an Iskander-M ballistic missile and two Kh-59 guided "
     "missiles at Odesa, the air force said.", 15),
])
def test_the_article_counts_a_missile_only_as_part_of_a_list(text, missiles_launched):
    assert only_event(text)["missiles"]["launched"] == missiles_launched


@pytest.mark.parametrize("text, killed, injured", [
    # a toll said of a whole campaign, or counted since a date, is not the strike's
    ("An Israeli strike on a school sheltering displaced families in Gaza City killed at least 18 people on Saturday, "
     "the civil defence agency said. Israel's offensive in Gaza has killed more than 40,000 people, according to the "
     "health ministry.", 18, None),
    ("Israeli strikes on southern Lebanon killed seven people on Sunday, the health ministry said. More than 300 "
     "people have been killed by Israeli attacks since the truce took effect, it said.", 7, None),
    ("An Iranian missile hit a building in Beersheba on Tuesday, killing four people, Israel's emergency service "
     "said. In Israel, Iranian missiles killed 28 people over the course of the 12-day war.", 4, None),
    ("A Russian missile hit a clinic in Sumy on Tuesday, killing four people and wounding 11, the governor said. "
     "In the region, 52 civilians have been killed and 210 wounded since January.", 4, 11),
])
def test_a_toll_over_a_campaign_or_since_a_date_is_not_the_attacks(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, field, expected", [
    # a list of models between a count and its noun
    ("The air force said Russia had fired 96 Kh-101, Kh-555 and Kalibr cruise missiles at Ukraine during the "
     "afternoon, and that 75 were destroyed.", ("missiles", "launched"), 96),
    # a stated total followed by its parts in brackets is the total, whatever parts are told
    ("Russia attacked Ukraine overnight. Air defence shot down or suppressed 450 targets: 412 drones and 38 missiles "
     "(all four Zircons, 20 of the Kh-101 and Iskander-K cruise missiles and 11 of the ballistic missiles).",
     ("missiles", "destroyed"), 38),
])
def test_a_count_with_its_models_listed(text, field, expected):
    kind, role = field
    assert only_event(text)[kind][role] == expected


def test_missiles_fired_in_addition_add_to_the_figure():
    text = ("Russia launched 58 cruise missiles at Ukraine's energy grid on Thursday morning, the air force said. In "
            "addition, Russian forces fired six Kh-22 missiles from long-range bombers and two anti-radiation missiles "
            "from fighter jets.")
    assert only_event(text)["missiles"]["launched"] == 66


def test_weapons_promised_or_threatened_are_no_figures_of_the_attack():
    text = ("Russia fired 40 missiles at Ukraine overnight, and air defences shot down 31, the air force said. "
            "Britain said it would send around 200 air defence missiles to Kyiv, and Moscow warned it could launch "
            "hundreds more drones.")
    event = only_event(text)
    assert (event["missiles"]["launched"], event["missiles"]["destroyed"]) == (40, 31)


@pytest.mark.parametrize("text, killed, injured", [
    # a toll told in the sentence after its place is that place's part of the night's toll
    ("Russia launched 574 drones and 40 missiles at Ukraine overnight, the air force said.\n\n"
     "In Mukachevo, two cruise missiles hit an electronics factory, the governor said. Fifteen employees were "
     "injured.\n\nIn Lviv, one person was killed and three were injured, the mayor said.", 1, 18),
    # an update of one city's toll replaces that city's figure, not the others'
    ("Russia attacked Ukraine with drones and missiles overnight.\n\n"
     "Mayor Vitali Klitschko said 15 people had been injured in Kyiv. Update, 1:05 p.m.: The death toll in Kyiv has "
     "risen to three. The number of injured has risen to 18.\n\n"
     "In Odesa, a drone struck a residential building, injuring two people, the governor said.", 3, 20),
    # the lead's figure sums up the attack; the places told after it are its parts
    ("Russian drones attacked Kherson and nearby villages throughout the day on Sunday, killing two people and "
     "injuring nine, regional authorities reported.\n\nIn the Dniprovskyi district, a drone dropped explosives on a "
     "bus, injuring the driver and four passengers. Later, a woman was killed in the village of Antonivka when a "
     "drone struck her house. Four more people were injured.", 2, 9),
])
def test_tolls_of_places_add_up_to_the_attacks(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


def test_victims_named_by_whose_they_are():
    text = ("A Ukrainian drone hit a fuel depot in Russia's Bryansk region overnight, the governor said. Two employees "
            "of the depot were injured, and three members of one family were killed when debris fell on a house.")
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (3, 2)


@pytest.mark.parametrize("text, record", [
    ("Russia launched its largest drone attack on Ukraine since the start of the full-scale invasion overnight, "
     "firing 472 drones, the air force said.", True),
    # a superlative since a recent date, or over recent months, is a record over that span
    ("Israeli strikes hit homes across Gaza overnight in the heaviest bombardment since the January ceasefire, killing "
     "at least 40 people, the civil defence agency said.", True),
    ("Russia launched its biggest attack on Ukraine's energy grid in months overnight, firing 90 missiles, "
     "the air force said.", True),
    # a superlative said of something else across a clause
    ("Russian drones struck Kremenchuk overnight, the governor said. The city is home to Ukraine's largest oil "
     "refinery, which has been a target of Russian strikes since 2022.", False),
])
def test_a_record_is_a_record_of_the_war(text, record):
    assert only_event(text)["record"] is record


def test_a_day_after_publication_is_not_the_day_of_the_attack():
    text = ("Russian missiles struck a children's hospital in Kyiv on Monday, killing at least 33 people in the capital, "
            "officials said. The city declared July 9 a day of mourning.")
    assert only_event(text, published="2024-07-08T23:10:00+03:00")["date"] == "2024-07-08"


@pytest.mark.parametrize("text, destroyed", [
    # a figure told after "most were destroyed" is the count
    ("Russian drones struck an enterprise in the Zhytomyr region overnight. \"Most of the enemy drones were destroyed,\" "
     "the governor wrote.\n\nThe air force reported that Russia attacked Ukraine with 172 drones overnight. 94 drones "
     "were shot down and 63 more disappeared from radar.", 157),
    # a figure told before it is a part: no count
    ("Russia attacked Kyiv with 40 drones overnight. Six drones were shot down over the city's left bank, and most of "
     "the others were destroyed on the approaches, the city administration said.", None),
])
def test_most_were_destroyed_makes_earlier_figures_parts(text, destroyed):
    assert only_event(text)["drones"]["destroyed"] == destroyed


@pytest.mark.parametrize("text", [
    # a range gives no figure (SPEC)
    "Pakistan used between 300 and 400 drones to attempt incursions along India's border on Thursday night, the "
    "Indian army said.",
    # places counted, not weapons
    "India's army said Pakistan had targeted 26 locations using drones and missiles on Friday night.",
])
def test_figures_that_count_no_weapons(text):
    assert only_event(text)["drones"]["launched"] is None


@pytest.mark.parametrize("text, killed, injured", [
    # a daily round-up counts every attack of the day, artillery included: no toll of this attack
    ("Russian drones struck a bus depot in Kherson on Saturday morning, the governor said. Over the previous day, "
     "two people were killed and nine were injured as a result of Russian attacks in the region.", None, None),
    ("Russian drones hit a school in Nikopol on Saturday. Russian attacks killed three people and injured 12 in the "
     "region over the past 24 hours, the regional administration said.", None, None),
    # a toll over several days
    ("Israeli aircraft struck targets in Khan Younis on Saturday; the health ministry said strikes had killed more "
     "than 300 people in three days.", None, None),
    # a war-long toll, its span said long before the figure or at the head of the sentence
    ("Hezbollah fired rockets at Kiryat Shmona on Saturday. Since the beginning of the war, the group has fired "
     "thousands of rockets and drones at towns across the north of the country, killing 25 civilians.", None, None),
    # (a ship struck in port, an attack on the port: one at sea is no event)
    ("Houthi drones struck a cargo ship in the port of Eilat on Saturday. Since March, the group has attacked dozens "
     "of vessels and killed at least three sailors.", None, None),
    # a record "since the start of the war" is a comparison: the toll is the attack's own
    ("Ukraine launched its largest drone attack on Moscow since the start of the war on Saturday, killing at least "
     "two people, the governor said.", 2, None),
    # the dead and the injured counted together give neither
    ("Ukrainian drones struck the Millerovo airfield on Saturday; about 30 servicemen were killed or wounded, "
     "a source said.", None, None),
    # a stated zero for both
    ("Iranian missiles were fired at the Al Udeid base in Qatar on Saturday; the defence ministry said there were no "
     "deaths or injuries.", 0, 0),
])
def test_tolls_that_are_not_the_attacks_own(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    # a figure told of several places at once is their total, and the places' own figures are its parts
    ("Russia fired 500 drones at Ukraine overnight, the air force said. The attack killed at least seven people "
     "in Kharkiv and Poltava, officials said.\n\nFour people were killed in Kharkiv, the mayor said. In Poltava, three people were killed "
     "when a missile struck a shop.", 7),
    # "the national toll" is the total even when the paragraph tells one place
    ("Russia attacked Ukraine with drones overnight.\n\nAt least five people were killed in Sumy. Two people were "
     "killed in Chernihiv. In Bila Tserkva, a warehouse was hit. The national toll stood at nine by the evening.", 9),
])
def test_a_figure_over_several_places_is_their_total(text, killed):
    assert only_event(text)["killed"] == killed


@pytest.mark.parametrize("text, killed, injured", [
    # victims described by who they are, read from the subject of the casualty verb in the parse
    ("A Russian glide bomb struck a hospital in Kupiansk on Saturday. A Ukrainian army paramedic was killed, the "
     "regional governor said.", 1, None),
    ("Sudanese army drones struck a power station in Omdurman on Saturday. The ministry said one shift engineer was "
     "killed and three other plant workers were wounded.", 1, 3),
    ("A Turkish drone hit a car near Sulaymaniyah on Saturday. Two fighters of the Kurdistan Region's "
     "counter-terrorism service were killed, the group said.", 2, None),
    # an apposition between the victim and the verb
    ("Ukrainian drones struck Sevastopol on Saturday. One man, aged 70, was killed, the governor said.", 1, None),
    # "a third person died": one more
    ("Russian drones struck the Zaporizhzhia region on Saturday, the governor said. Two women were killed in "
     "Vilniansk, and a third person died in the village of Balabyne.", 3, None),
])
def test_victims_described_by_who_they_are(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, injured", [
    # the injured told by where they were taken or how they were treated
    ("A Russian drone struck a fuel depot in Sumy on Saturday, the governor said. Three firefighters were taken to "
     "hospital with burns.", 3),
    ("A missile fired from Yemen struck near the port of Eilat on Saturday. Magen David Adom said it treated four "
     "people who were lightly injured by shrapnel.", 4),
    ("A Hezbollah drone hit a house in Kiryat Shmona on Saturday. Paramedics treated two people for shrapnel injuries, "
     "the army said.", 2),
])
def test_injured_told_by_their_treatment(text, injured):
    assert only_event(text)["injured"] == injured


@pytest.mark.parametrize("text, killed, injured", [
    # a toll told in a clause about an earlier attack, with no date of its own, is not this attack's
    ("Russian drones struck Zaporizhzhia overnight, injuring four people, three days after a missile strike on the "
     "city killed five, the governor said.", None, 4),
    ("The strike on Odesa came a day after a Russian drone attack on the port, which the governor says wounded 12 "
     "people.", None, None),
    # "after" inside the attack's own clause keeps the toll
    ("Three people were killed in Kherson on Saturday after a Russian drone hit their car, the governor said.", 3,
     None),
    # the sentence tells no attack of its own: the clause's attack is the article's
    ("The announcement came hours after a Russian barrage of 300 drones that killed four people in Kyiv.", 4, None),
])
def test_a_toll_of_an_earlier_attack_told_in_passing(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


def test_the_attackers_claim_of_soldiers_killed_is_no_toll():
    text = ("Russian missiles struck a training ground in the Dnipropetrovsk region on Saturday, killing 12 people, "
            "the governor said.\n\nRussia's Defence Ministry claimed the strike had killed more than 150 Ukrainian "
            "servicemen and foreign instructors.")
    assert only_event(text)["killed"] == 12


@pytest.mark.parametrize("text, killed", [
    # figures of further places sharing one verb: "and two in the Dnipropetrovsk region"
    ("Russian drones and missiles struck Ukraine overnight, the air force said. Four people were killed in Sumy "
     "and two in the Poltava region, regional officials said.", 6),
    ("Russia attacked Ukraine with drones overnight. Officials said two people died in Kherson, one in Mykolaiv "
     "and three in the Odesa region.", 6),
    # ... in the lead too, where a figure would otherwise sum up the attack
    ("A Russian drone and missile attack overnight killed at least three people in Odesa and two in Izmail, "
     "officials said on Sunday.", 5),
    # a place named inside the figure's "including" clause is a part's place, not the figure's
    ("Russia attacked Ukraine with drones overnight. The attack killed nine people, including two children in the "
     "town of Okhtyrka, officials said.\n\nIn Kharkiv, three people were killed when a drone hit a house.", 9),
])
def test_figures_of_places_sharing_one_verb(text, killed):
    assert only_event(text)["killed"] == killed


@pytest.mark.parametrize("text, attacker, target", [
    # the speaker's own side: "the Israeli military said it had struck", "a Houthi spokesman said the group had fired"
    ("Explosions were heard near Isfahan early on Friday, Iranian state media reported. The Israeli military later "
     "said it had struck a radar installation in Iran.", "IL", "IR"),
    ("Sirens sounded across Eilat on Thursday night. A Houthi military spokesman said the group had fired two "
     "ballistic missiles at targets in Israel.", "YE", "IL"),
    # a force noun with its modifiers: "US B-2 stealth bombers", "the Ukrainian armed forces"
    ("US B-2 stealth bombers dropped heavy bombs on two sites in Iran on Sunday, officials said.", "US", "IR"),
    ("Officials in Belgorod said the Ukrainian armed forces had launched a missile strike on the city on Friday.",
     "UA", "RU"),
])
def test_attackers_named_by_their_own_side(text, attacker, target):
    event = only_event(text)
    assert (event["attacker"], event["target_country"]) == (attacker, target)


@pytest.mark.parametrize("text, places", [
    # "explosions rocked Luhansk": a strike on occupied ground with no attacker named is Ukraine's
    ("Two loud explosions rocked Luhansk on Friday afternoon, injuring five people and damaging a factory, the "
     "Russian-installed authorities said.", ["Luhansk"]),
    # "the Kiev regime launched": a capital's regime is its state
    ("Shortly after noon, the Kiev regime launched four missiles at Sevastopol, the Russian-installed governor said. "
     "Two people were injured.", ["Sevastopol"]),
])
def test_a_strike_on_occupied_ground_with_no_attacker_named_is_ukraines(text, places):
    event = only_event(text)
    assert (event["attacker"], event["target_country"]) == ("UA", "UA")
    assert set(places) <= set(event["places"])


def test_an_attack_told_without_its_attacker_takes_the_one_named_later():
    text = ("Drones struck a fuel depot in Abu Dhabi on Monday, killing two people and injuring four, police said."
            "\n\nHouthi forces launched missiles and drones at targets in "
            "the United Arab Emirates, the group's spokesman said.")
    event = only_event(text, published="2022-01-17T18:00:00+04:00")
    assert (event["attacker"], event["target_country"], event["killed"]) == ("YE", "AE", 2)


def test_an_earlier_days_strike_told_after_the_reports_own_is_its_own_event():
    text = ("Three people were killed when Ukrainian drones hit a market in Donetsk, the Russian-installed mayor "
            "said.\n\nOn Tuesday, a Ukrainian drone hit a bus in Horlivka, injuring two passengers.")
    events = extract(text, published="2025-08-22T15:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["places"], e["killed"], e["injured"]) for e in events] == [
        ("2025-08-22", ["Donetsk"], 3, None), ("2025-08-19", ["Horlivka"], None, 2)]


def test_a_date_after_since_dates_no_attack():
    text = ("Israeli jets struck a missile base near Tabriz, killing four people, Iranian media said.\n\n"
            "The health ministry said 600 people had been killed in Israeli strikes since June 13.")
    event = only_event(text, published="2025-06-20T12:00:00+03:00")
    assert (event["attacker"], event["date"]) == ("IL", "2025-06-20")


def test_occupied_launch_sites_do_not_make_the_attacker_ukraine():
    # "the Russians had launched ... from occupied Crimea": a people for its state, and launch sites are not struck
    event = only_event("Russia attacked Kyiv overnight with drones and missiles, killing two people. The Ukrainian "
                       "Air Force said the Russians had launched 40 drones and six missiles from Kursk, Bryansk, "
                       "Millerovo and occupied Crimea.")
    assert (event["attacker"], event["target_country"], event["drones"]["launched"]) == ("RU", "UA", 40)


def test_a_toll_from_an_airstrike_dates_the_airstrike():
    # "the toll from the Friday airstrike has risen": the airstrike is told, on its own day
    event = only_event("The death toll from the Friday airstrike on an apartment block in Kharkiv has risen to "
                       "nine, the regional governor said on Sunday. Rescuers are still searching the rubble.")
    assert (event["date"], event["killed"], event["places"]) == ("2025-07-04", 9, ["Kharkiv"])


def test_a_separate_report_of_the_nights_wave_is_its_own_event():
    # "Separately, ... overnight": the night's wave is told apart from the strike just told
    text = ("Two ballistic missiles struck the centre of Chernihiv on Sunday, killing nine people, the mayor said."
            "\n\nSeparately, the Air Force said that overnight Russia had launched 60 Shahed drones, 48 of which were "
            "shot down over the Kyiv and Poltava regions.")
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert [(e["places"], e["killed"], e["drones"]["launched"]) for e in events] == [
        (["Chernihiv"], 9, None), (["Kyiv Oblast", "Poltava Oblast"], None, 60)]


def test_the_same_sides_attack_of_an_earlier_day_is_its_own_event():
    # "This came after Saturday's attack": no side named, an earlier day: the same sides' earlier attack
    text = ("Russia launched 310 drones and 12 missiles at Ukraine overnight, the Air Force said on Sunday morning. "
            "Damage was reported in the Kyiv and Lviv regions.\n\nThis came after Friday's attack, when 120 drones "
            "and seven missiles were fired.")
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["date"], e["drones"]["launched"]) for e in events] == [
        ("RU", "UA", "2025-07-06", 310), ("RU", "UA", "2025-07-04", 120)]


@pytest.mark.parametrize("later", [
    "The attack began with drones at about 23:00 on Friday.",  # the attack being told, not another
    "This followed Iran's attack on Friday, when 120 drones were fired.",  # another side's
])
def test_an_earlier_day_named_of_the_same_attack_or_another_sides_is_not_the_sides_earlier_attack(later):
    text = ("Israeli jets struck targets near Tehran on Sunday, killing three people, Iranian media said.\n\n" + later)
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert [(e["attacker"], e["date"]) for e in events if e["attacker"] == "IL"] == [("IL", "2025-07-06")]


@pytest.mark.parametrize("text, place", [
    ("Explosions were heard in Kharkiv early on Sunday, the mayor said on Telegram.", "Kharkiv"),
    ("Loud explosions and the sound of air defence fire are being heard in Mykolaiv, local media report.", "Mykolaiv"),
    ("Two powerful blasts rocked Belgorod on Sunday afternoon, the regional governor said.", "Belgorod"),
])
def test_explosions_heard_in_a_city_tell_an_attack_on_it(text, place):
    event = only_event(text)
    assert (event["places"], event["date"]) == ([place], "2025-07-06")


def test_explosions_that_tore_through_a_city_date_the_attack():
    # "a series of explosions tore through the centre of Belgorod" tells the attack, on its day
    event = only_event("On the afternoon of Friday, a series of explosions tore through the centre of Belgorod. "
                       "Russia's defence ministry said Ukraine had fired rockets at the city.")
    assert (event["attacker"], event["target_country"], event["date"]) == ("UA", "RU", "2025-07-04")


@pytest.mark.parametrize("text, weapon, launched, destroyed", [
    # "all of the drones" as the object of the shooting down: as many as were launched
    ("Russia attacked Odesa overnight. The air force said 48 missiles and 20 attack drones were fired before dawn. "
     "Defences brought down 40 of the missiles and all of the drones, the command said.", "drones", 20, 20),
    # a figure launched that the same clause says were all shot down
    ("Russia struck the Lviv region overnight. Twelve Shahed drones launched with the cruise missiles were all "
     "destroyed, the air force said.", "drones", 12, 12),
    # "all N ... fired": both figures at once
    ("Ukraine repelled a Russian attack on Dnipro, intercepting all 14 missiles fired overnight, among them four "
     "Iskander-M ballistic missiles.", "missiles", 14, 14),
    # a part and its whole with the weapon named in the sentence before
    ("Russia sent 61 drones against Ukraine overnight. Air defence units shot down 58 of the 61, the air force "
     "reported.", "drones", 61, 58),
    # the participle after a figure shot down tells of those shot down
    ("Russia's defence ministry said on Monday that air defences shot down 31 Ukrainian drones fired at the "
     "Kursk region overnight.", "drones", None, 31),
    # "all of which" after a list of kinds: each kind
    ("Russia launched seven attack drones and three Kh-59 guided missiles at the Sumy region overnight, all of "
     "which were intercepted, the air force said.", "missiles", 3, 3),
    # "nearly all of them" fixes no figure
    ("Iran fired 120 ballistic missiles at Israel overnight, and nearly all of them were intercepted, the "
     "military said.", "missiles", 120, None),
    # "none of the N" is a part with no figure destroyed, not a destroyed figure of N
    ("Russia fired 15 missiles at Kyiv on Thursday. All nine cruise missiles were downed, but none of the six "
     "ballistic missiles was intercepted, the air force said.", "missiles", 15, 9),
    # the later items of a list under one "none of" are under it too
    ("Russia fired 40 missiles at Ukraine on Monday. Air defence brought down 31 of 34 Kalibr cruise missiles, but "
     "none of the three Iskander-M missiles, the two Kh-22s or the single Kh-59, the air force said.",
     "missiles", 40, 31),
    # "all N Kalibrs" after "N of the missiles" with the same fate: a part of that share, not more of it
    ("Russia fired 40 missiles and 90 drones at Ukraine on Monday. Air defence brought down 84 of the drones and "
     "29 of the missiles; all 18 Kalibr cruise missiles were reported destroyed, the air force said.",
     "missiles", 40, 29),
    ("Russia fired 40 missiles and 90 drones at Ukraine on Monday. Air defence brought down 84 of the drones and "
     "29 of the missiles; all 18 cruise missiles were reported destroyed, the air force said.", "missiles", 40, 29),
])
def test_all_none_and_part_of_whole(text, weapon, launched, destroyed):
    event = only_event(text)
    assert (event[weapon]["launched"], event[weapon]["destroyed"]) == (launched, destroyed)


@pytest.mark.parametrize("text, attacker, target", [
    # "an air strike by X's military": the attacker after the attack noun
    ("An air strike by Myanmar's military on a village in Sagaing Region killed at least 18 people on Tuesday, "
     "residents said.", "MM", "MM"),
    # Iraqi militias are coded as Iraq, the country they fight from
    ("Iraqi militias launched two drones at the port of Eilat overnight; the Israeli military said both were "
     "intercepted.", "IQ", "IL"),
    # a group's own claim in the sentence that tells the attack names its attacker
    ("The Islamic Resistance in Iraq said it had fired drones at an air base in the Golan Heights overnight.",
     "IQ", None),
    ("Hezbollah said it had launched drones at Metula and Kiryat Shmona on Friday.", "LB", "IL"),
])
def test_attackers_named_after_the_attack(text, attacker, target):
    event = only_event(text)
    assert event["attacker"] == attacker
    if target:
        assert event["target_country"] == target


def test_the_day_of_a_month_counts_nothing():
    event = only_event("Russia attacked Kharkiv with two drones on Oct. 17. Air defences engaged both on Oct. 17, "
                       "destroying one, the governor said.", "2023-10-19")
    assert (event["drones"]["launched"], event["drones"]["destroyed"]) == (2, 1)


@pytest.mark.parametrize("text, attacker, target", [
    # an Iraqi militia named for Hezbollah is Iraq's, not Lebanon's
    ("Kataib Hezbollah launched two drones at the Harir base in northern Iraq on Thursday, US officials said.",
     "IQ", "IQ"),
    ("Drones struck the Sarqala oil field overnight in an attack carried out by the Popular Mobilisation Forces, "
     "the regional ministry said.", "IQ", None),
    # an outlet's name for the state it is at war with
    ("The army said it had fired a barrage of missiles at the Zionist regime overnight.", None, "IL"),
    # the weapons a speaker's side fired tell who attacked
    ("The Revolutionary Guards (IRGC) said 80 percent of the missiles it fired on Tuesday hit air bases in the "
     "Negev.", "IR", "IL"),
    # an installation is struck in the country it stands in, whoever keeps troops there
    ("A drone launched by Iran-backed militants hit a US outpost in eastern Syria overnight, wounding four soldiers.",
     None, "SY"),
    ("US aircraft carried out air strikes against militants in the mountains of Somalia on Sunday.", "US", "SO"),
])
def test_attackers_and_targets_as_outlets_name_them(text, attacker, target):
    event = only_event(text)
    if attacker:
        assert event["attacker"] == attacker
    assert event["target_country"] == target


@pytest.mark.parametrize("text, place", [
    # the war a report is set in is not a place struck
    ("A Houthi drone struck the Tel Nof base on Sunday, the first hit on the base since the war in Gaza began.",
     "Gaza"),
])
def test_the_setting_of_a_report_is_no_place_struck(text, place):
    assert place not in only_event(text)["places"]


@pytest.mark.parametrize("text, injured", [
    # people hurt running for shelter, or treated for shock, are not hurt by the attack
    ("Iran fired missiles at Israel overnight. Around 25 people were treated for minor injuries or acute anxiety, "
     "paramedics said.", None),
    ("Hezbollah fired rockets at Safed overnight. Paramedics said three people were lightly hurt while running to "
     "shelters.", None),
    # "no reports of injuries" is a zero, and those hurt running for cover do not undo it
    ("Hamas fired rockets at Ashdod on Tuesday. Paramedics said there were no reports of injuries from the impacts; "
     "a woman was lightly hurt while running to a shelter.", 0),
    # ... but the people hurt by the attack, told before others hurt on their way to shelter, are its injured
    ("Hezbollah fired rockets at Haifa overnight. Paramedics said three people were wounded by shrapnel in the city, "
     "and several others were lightly hurt on their way to shelters.", 3),
    ("Iran fired missiles at Israel overnight. Paramedics said 11 people were lightly injured, some by shrapnel and "
     "others while running for cover.", 11),
])
def test_injuries_that_are_not_the_attacks_own(text, injured):
    assert only_event(text)["injured"] == injured


@pytest.mark.parametrize("text, attacker, target", [
    # a civil war's attack told with no side named in any one sentence is the country's own
    ("Smoke hung over Port Sudan on Monday.\n\nDrones slammed into the fuel depot before dawn, officials said. "
     "Two firefighters were taken to hospital with burns.", "SD", "SD"),
])
def test_an_attack_in_a_civil_war_told_with_no_side(text, attacker, target):
    event = only_event(text)
    assert (event["attacker"], event["target_country"]) == (attacker, target)


@pytest.mark.parametrize("text, field, expected", [
    # a figure told again, grown, with no casualty word of its own takes the kind of the figure before it
    ("Hezbollah fired drones at a base near Haifa on Sunday. Officials first said 12 soldiers had been wounded; by "
     "evening the figure had risen to 31.", "injured", 31),
    ("An RSF drone strike on a market in El Fasher killed 14 people on Friday, activists said; the number later "
     "rose to more than 20.", "killed", 20),
    # ... told in the passive, or with who set it again
    ("Hezbollah fired drones at a base near Haifa on Sunday. The army first reported 12 soldiers wounded; by the "
     "next day the figure had been revised to 19.", "injured", 19),
    ("Hezbollah fired drones at a base near Haifa on Sunday, wounding 12 soldiers, a number the army later raised "
     "to 19.", "injured", 19),
    ("An RSF drone strike on a market in El Fasher killed 14 people on Friday, the local council said; volunteers "
     "said their count had reached 22.", "killed", 22),
])
def test_a_figure_told_again_grown(text, field, expected):
    assert only_event(text, "2025-05-04T10:00:00+03:00")[field] == expected


def test_the_attack_a_strike_answers_is_the_other_sides():
    # the cause of a retaliation, told with its own day and toll, is an event of its own with the sides turned
    text = ("An Israeli air strike hit a building in Beirut on Tuesday, killing three people. The Israeli military "
            "said it had carried out a targeted strike on the commander it holds responsible for Saturday's rocket "
            "attack on Majdal Shams that killed 12 children.")
    events = extract(text, published="2024-07-30T23:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["date"], e["killed"]) for e in events] == [
        ("IL", "LB", "2024-07-30", 3), ("LB", "SY", "2024-07-27", 12)]  # the Golan coded SY
    # the ground it struck gives its target
    text = ("US jets struck militia depots near Al-Qaim on Friday, killing 16 people. The Pentagon said the strikes "
            "were in retaliation for Sunday's drone attack on a base in Jordan that killed three soldiers.")
    events = extract(text, published="2024-07-30T23:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["killed"]) for e in events] == [("US", "IQ", 16), ("IQ", "JO", 3)]


@pytest.mark.parametrize("text, killed", [
    # the day of a month before a casualty verb is a day, not a toll
    ("A Houthi drone attack on Eilat on August 9 killed four people, officials said.", 4),
    ("Israeli strikes on Gaza City on March 18 killed 30 people, the health ministry said.", 30),
])
def test_a_day_of_the_month_is_no_toll(text, killed):
    assert only_event(text, "2025-08-20T10:00:00+03:00")["killed"] == killed


def _event_on(events: list[dict], day: str) -> dict:
    found = [e for e in events if e["date"] == day]
    assert len(found) == 1, events
    return found[0]


def test_a_liveblogs_key_developments_are_sentences_of_their_own():
    text = ("Ukraine war latest: Russian drones hit Odesa\n\nKey developments on March 3:\n\n"
            "- Russia attacks Ukraine with 120 drones overnight, mainly targeting Odesa\n"
            "- Three killed, 11 injured in Odesa\n"
            "- Toll from Saturday's strike on Sumy rises to six\n\n"
            "09:30 | Odesa port hit\n\nA Russian drone hit a warehouse in the port of Odesa overnight, the regional "
            "governor said.")
    events = extract(text, published="2025-03-03T12:00:00+02:00").to_dict()["events"]
    today, saturday = _event_on(events, "2025-03-03"), _event_on(events, "2025-03-01")
    assert (today["drones"]["launched"], today["killed"], today["injured"]) == (120, 3, 11)
    assert saturday["places"] == ["Sumy"] and saturday["killed"] == 6


@pytest.mark.parametrize("stamp", ["12:15 |", "12.15 GMT |", "12:15 p.m. ET, March 3, 2025\n", "Posted at 12:15\n"])
def test_a_liveblog_entry_tells_its_lead_story_after_an_entry_on_another(stamp):
    text = ("Russia-Ukraine war live: ballistic missiles strike Poltava\n\n"
            "09:10 | Missiles hit Poltava\n\nTwo Russian ballistic missiles struck Poltava on Monday morning, "
            "killing at least five people, the regional governor said.\n\n"
            "10:30 | Russia says drones downed over Belgorod\n\nRussia's defence ministry said it had destroyed "
            "20 Ukrainian drones over the Belgorod region overnight. A woman was injured in the town of Shebekino, "
            "the governor said.\n\n"
            f"{stamp} Toll rises to 14\n\nThe number of people killed has risen to 14, with 40 injured, "
            "officials said.")
    events = extract(text, published="2025-03-03T15:00:00+02:00").to_dict()["events"]
    poltava = next(e for e in events if e["attacker"] == "RU")
    belgorod = next(e for e in events if e["attacker"] == "UA")
    assert (poltava["killed"], poltava["injured"]) == (14, 40)
    assert belgorod["killed"] is None and belgorod["injured"] == 1


def test_the_night_told_in_an_entry_is_the_lead_story_not_an_earlier_strike_told_before():
    text = ("Ukraine war latest: drones and missiles hit Kharkiv\n\n"
            "08:00 | Explosions in Kharkiv\n\nRussian drones and missiles struck Kharkiv overnight, Mayor Ihor "
            "Terekhov said. Two people were injured.\n\n"
            "10:20 | Saturday's Sumy strike\n\nThe toll from Saturday's Russian missile strike on Sumy has risen "
            "to nine, regional officials said.\n\n"
            "11:45 | Air Force: 64 drones, 3 missiles\n\nRussia launched 64 drones and three missiles, the Air "
            "Force said. Air defences shot down 51 drones.")
    events = extract(text, published="2025-03-03T15:00:00+02:00").to_dict()["events"]
    kharkiv, sumy = _event_on(events, "2025-03-03"), _event_on(events, "2025-03-01")
    assert (kharkiv["drones"]["launched"], kharkiv["drones"]["destroyed"], kharkiv["missiles"]["launched"]) == \
        (64, 51, 3)
    assert sumy["drones"]["launched"] is None and sumy["killed"] == 9


def test_a_later_nights_counts_told_with_no_side_named_are_that_nights_attack():
    text = ("Live updates on the weekend's strikes\n\n"
            "2:25 p.m. | Toll from Friday's attack rises to 39\n\nThe number of people killed in Russia's attack on "
            "Ukraine on Friday has risen to 39, officials said. The air force said the barrage involved 122 "
            "missiles.\n\n"
            "12:05 p.m. | Air defences down 21 of 49 drones\n\nAir defences shot down 21 of 49 drones overnight, "
            "the air force said.")
    events = extract(text, published="2023-12-31T14:30:00-05:00").to_dict()["events"]
    friday, sunday = _event_on(events, "2023-12-29"), _event_on(events, "2023-12-31")
    assert (friday["killed"], friday["missiles"]["launched"], friday["drones"]["launched"]) == (39, 122, None)
    assert (sunday["drones"]["launched"], sunday["drones"]["destroyed"], sunday["killed"]) == (49, 21, None)


def test_a_roundups_sections_headed_by_region_and_day_date_their_nights():
    text = ("Drones over Russia: the week in review\n\n"
            "Belgorod region, Tuesday 4 March.\n"
            "The Defence Ministry said 41 Ukrainian drones were shot down over the region overnight. A warehouse "
            "caught fire in the town of Shebekino.\n\n"
            "Lipetsk and Voronezh regions, Thursday 6 March.\n"
            "Ukrainian drones attacked an oil depot in Lipetsk overnight, the governor said; 17 drones were "
            "destroyed over the two regions.")
    events = extract(text, published="2025-03-09T10:00:00+03:00").to_dict()["events"]
    tuesday, thursday = _event_on(events, "2025-03-04"), _event_on(events, "2025-03-06")
    assert tuesday["drones"]["destroyed"] == 41 and thursday["drones"]["destroyed"] == 17


@pytest.mark.parametrize("tally", [
    "By the numbers this month: more than 4,000 drones and about 150 missiles launched at Ukraine.",
    "The week's total: the air force counted 1,200 drones launched at Ukraine.",
    "Russia has launched more than 4,000 drones at Ukraine, according to our running tally of air force reports.",
])
def test_a_roundups_tally_is_no_nights_count(tally):
    text = ("Thursday: Russia launched 120 drones at Ukraine overnight, the air force said. Two people were "
            f"injured in Kharkiv.\n\n{tally}")
    ev = only_event(text, published="2025-03-09T10:00:00+02:00")
    assert ev["drones"]["launched"] == 120 and ev["missiles"]["launched"] is None


@pytest.mark.parametrize("part", [
    "In Odesa Oblast, 120 drones were shot down over the south, the regional administration said.",
    "Over the Kyiv region, 45 drones were destroyed, governor Mykola Kalashnyk said.",
])
def test_a_regions_share_of_the_destroyed_is_not_added_to_the_national_figure(part):
    text = ("Russia launched 420 drones at Ukraine overnight, the air force said. Air defences shot down or "
            f"suppressed 390 drones across the country. {part}")
    ev = only_event(text)
    assert (ev["drones"]["launched"], ev["drones"]["destroyed"]) == (420, 390)


def test_an_entry_on_another_days_attack_on_other_places_is_its_own_event():
    text = ("Live updates: Russian missile strike on Kryvyi Rih\n\n"
            "7:40 p.m. ET\n\nKryvyi Rih toll rises to 12\n\nThe death toll from the Russian missile strike on "
            "Kryvyi Rih has risen to 12, the regional governor said.\n\n"
            "9:30 a.m. ET\n\nKharkiv drone attack toll rises to four\n\nThe toll from Thursday night's Russian drone "
            "attack on Kharkiv has risen to four, with 20 people injured, the mayor said.")
    events = extract(text, published="2025-04-04T20:00:00-04:00").to_dict()["events"]
    kharkiv = _event_on(events, "2025-04-03")
    kryvyi_rih = next(e for e in events if e is not kharkiv)
    assert (kharkiv["places"], kharkiv["killed"], kharkiv["injured"]) == (["Kharkiv"], 4, 20)
    assert (kryvyi_rih["places"], kryvyi_rih["killed"], kryvyi_rih["injured"]) == (["Kryvyi Rih"], 12, None)


def test_the_toll_of_an_earlier_days_attack_named_by_its_day_is_that_attacks():
    text = ("Russia launched 120 drones at Ukraine overnight into Monday, the air force said, and 97 were shot down.\n\n"
            "The toll from Sunday's attack rose to 13, officials said.")
    events = extract(text, published="2025-05-26T12:00:00+03:00").to_dict()["events"]
    monday, sunday = _event_on(events, "2025-05-26"), _event_on(events, "2025-05-25")
    assert (monday["drones"]["launched"], monday["killed"]) == (120, None)
    assert sunday["killed"] == 13


@pytest.mark.parametrize("sentence, published, day", [
    ("The deadliest strike so far came on 25 May, when two Russian guided bombs hit a hypermarket in Kharkiv on a "
     "Saturday afternoon, killing 19 people.", "2024-06-04T14:00:00+03:00", "2024-05-25"),
    ("The strike came nine days after a Russian missile hit a residential area of Kryvyi Rih on Friday, April 4, "
     "killing 20 people.", "2025-04-13T21:00:00+03:00", "2025-04-04"),
])
def test_a_weekday_beside_a_date_is_that_dates_week(sentence, published, day):
    assert only_event(sentence, published=published)["date"] == day


@pytest.mark.parametrize("later, day", [("Three days later", "2025-07-04"), ("The next day", "2025-07-02")])
def test_an_attack_told_days_after_a_dated_event_is_counted_from_its_date(later, day):
    text = ("On 1 July the Pentagon confirmed it had paused shipments of some interceptors to Ukraine. "
            f"{later} Russia launched 539 drones and 11 missiles at Kyiv, the air force said.")
    ev = only_event(text, published="2025-07-15T18:00:00+02:00")
    assert (ev["date"], ev["drones"]["launched"]) == (day, 539)


def test_a_count_told_in_passing_is_dated_by_the_night_it_names():
    text = ("Every month since the spring, the count of drones launched at Ukraine has set a new high.\n\n"
            "The peak so far came on the night of 9 July, when the Air Force counted 728 drones and 13 missiles, "
            "aimed mostly at Lutsk.")
    ev = only_event(text, published="2025-08-05T10:30:00+01:00")
    assert (ev["date"], ev["drones"]["launched"]) == ("2025-07-09", 728)


@pytest.mark.parametrize("sentence", [
    "The peak so far came on the night of 9 July, when Russia launched 728 drones at Ukraine.",
    "The record so far was set on 7 September, when Russia launched 810 drones and 13 missiles at Ukraine.",
    "The most deadly strike so far came on 25 May, when two Russian guided bombs hit a hypermarket in Kharkiv.",
])
def test_a_record_told_in_passing_in_an_analysis(sentence):
    assert only_event(sentence, published="2025-10-01T10:00:00+03:00")["record"] is True


def test_a_toll_of_an_attack_named_by_its_day_is_not_the_undated_lead_storys():
    text = ("Ukraine war latest: Russian missiles kill four in Kyiv\n\n"
            "Russian missiles struck Kyiv, killing four people and injuring 30, officials said.\n\n"
            "The toll from Tuesday's strike on the railway depot rose to nine, regional officials said.")
    events = extract(text, published="2025-07-31T20:00:00+03:00").to_dict()["events"]
    kyiv, tuesday = _event_on(events, "2025-07-31"), _event_on(events, "2025-07-29")
    assert (kyiv["killed"], kyiv["injured"], tuesday["killed"]) == (4, 30, 9)


def test_victims_told_after_a_regions_town_are_the_regions_part():
    text = ("Russia attacked Ukraine with 300 drones overnight, the air force said.\n\n"
            "In Zhytomyr Oblast, a boy was killed when a drone struck a house in the village of Stavyshche, the "
            "governor said. Two other members of the family were injured.\n\n"
            "In Khmelnytskyi Oblast, one person was killed and three were injured, the governor said.")
    ev = only_event(text)
    assert (ev["killed"], ev["injured"]) == (2, 5)


def test_the_base_of_in_addition_to_is_no_addition():
    text = ("Russia launched almost 1,000 drones at Ukraine within 24 hours, officials said.\n\n"
            "The air force said that, in addition to the 444 drones launched overnight, Russia sent another 556 "
            "attack drones in daylight.")
    assert only_event(text)["drones"]["launched"] == 1000


def test_of_them_after_drones_and_missiles_together_is_a_combined_figure():
    text = ("Ukraine's air force says Russia fired 440 drones and 32 missiles - including Kh-101, Kalibr and Kh-59 "
            "missiles - overnight. It says air defences neutralised 428 of them.")
    ev = only_event(text, published="2025-06-17T10:00:00+03:00")
    assert (ev["drones"]["destroyed"], ev["missiles"]["destroyed"]) == (None, None)
    assert (ev["drones"]["launched"], ev["missiles"]["launched"]) == (440, 32)


@pytest.mark.parametrize("headline", ["Kyiv hit by missiles as Russia launches a wave of strikes",
                                      "Ukraine struck by 400 drones in the largest attack this month"])
def test_a_place_struck_in_a_passive_headline_is_not_an_attacker(headline):
    ev = only_event(f"{headline}\n\nRussian missiles and drones struck Kyiv overnight, killing five people, "
                    "officials said.")
    assert (ev["attacker"], ev["target_country"], ev["killed"]) == ("RU", "UA", 5)


def test_a_toll_told_after_the_week_it_spans_is_no_attacks_toll():
    text = ("The Nikopol district was under Russian fire throughout the week. Two civilians were killed and nine "
            "were injured in drone attacks.\n\n"
            "On Monday, a Russian drone hit a minibus on the outskirts of Nikopol. Four passengers were injured.")
    ev = only_event(text, published="2024-09-13T18:30:00+03:00")
    assert (ev["date"], ev["killed"], ev["injured"]) == ("2024-09-09", None, 4)


@pytest.mark.parametrize("text, damage", [
    # the body that speaks is no thing damaged
    ("Russian drones hit Zaporizhzhia overnight, damaging houses, city council secretary Anatoliy Kurtiev said.",
     ["residential"]),
    ("Drones struck Odesa overnight and two apartment blocks were damaged, according to the city council.",
     ["residential"]),
    ("Azerbaijani drones struck Jermuk overnight, damaging houses, Prime Minister Nikol Pashinyan told parliament "
     "on Tuesday.", ["residential"]),
    # a kind of town, a ship's side, a verb
    ("Russian drones struck the port city of Izmail overnight, damaging houses, the governor said.", ["residential"]),
    ("A missile hit a school housing displaced families in Kharkiv on Sunday, killing two people.", ["education"]),
    ("Ukrainian drones hit an airfield in the Kursk region on Sunday, destroying a hangar used to store drones.", []),
    # military kit is not the civilian vehicles of the SPEC
    ("Israeli jets struck armoured vehicles near Sweida on Tuesday, killing three soldiers.", []),
    # "were not damaged" after a damage verb in the same clause
    ("A drone hit an oil depot in Belgorod overnight, setting it on fire. Nearby residential buildings were not "
     "damaged, the governor said.", ["energy"]),
])
def test_damage_words_in_another_sense(text, damage):
    assert only_event(text)["damage"] == damage


def test_a_clause_after_that_tells_no_attack_keeps_the_toll():
    text = ("A ballistic missile fired by the Houthis struck a park in Tel Aviv early Saturday after the army failed "
            "to shoot it down, lightly wounding 16 people, medics said.")
    assert only_event(text)["injured"] == 16


@pytest.mark.parametrize("text, killed, injured", [
    # a toll dated back from the report, at the head of its sentence or in its own clause, is another attack's
    ("A drone hit the roof of the fleet headquarters in Sevastopol on Sunday, the governor said. Two people were "
     "injured. Earlier this month, explosions at an ammunition depot at the Saki airfield killed one person.",
     None, 2),
    ("Militants fired ballistic missiles at the Ain al-Asad air base in Iraq on Saturday, wounding an Iraqi "
     "serviceman. Washington has hit militia sites, including a drone strike in Baghdad last week that killed "
     "a senior commander.", None, 1),
    # a day of the month said with it dates the attack told
    ("On 2 April last year a Ukrainian drone flew more than 1,200 kilometres to hit a dormitory in Alabuga, "
     "injuring 12 people, the Tatarstan authorities said.", None, 12),
])
def test_a_toll_dated_back_from_the_report_is_another_attacks(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


def test_a_toll_after_a_shooting_is_the_shootings():
    text = ("Iran fired missiles at Israel on Tuesday; two people were lightly wounded in Tel Aviv. The missile "
            "attack came shortly after a terror shooting at a light rail station in Jaffa, in which two gunmen "
            "killed seven people.")
    assert only_event(text)["injured"] == 2


@pytest.mark.parametrize("text, injured", [
    # the injured told by their treatment, whoever they are
    ("A Ukrainian drone hit a car near Shebekino on Saturday, killing two people, the governor said. A third "
     "person, a woman, was taken to hospital with shrapnel wounds.", 1),
    ("Drones struck two office towers in Moscow overnight, the mayor said. He later said one security guard at "
     "one of the buildings had been injured and received medical assistance.", 1),
    # the injured told before: no second count
    ("A Russian drone hit a house in Kharkiv overnight, injuring five people. Two of them were taken to hospital.",
     5),
    # "treated in hospital" over the whole barrage wins over one site's part
    ("An Iranian missile struck the Soroka hospital in Beersheba on Thursday. The health ministry said 271 people "
     "had been treated in hospital following the barrage. At Soroka, about 40 people were hurt.", 271),
])
def test_victims_told_by_their_treatment_or_after_a_speech_verb(text, injured):
    assert only_event(text)["injured"] == injured


def test_the_injured_joined_to_a_toll_over_a_span_share_its_span():
    text = ("Iranian missiles struck Bat Yam overnight, killing six people. The prime minister's office says 13 "
            "people have been killed in Israel since Iran began firing missiles on Friday night, and about 380 "
            "injured.")
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (6, None)


def test_places_of_a_sentence_opening_on_earlier_attacks_are_not_the_events():
    text = ("Drones struck a power station in Dongola on Sunday, cutting electricity to the town, officials said. "
            "In recent months, the paramilitary's drones have also hit fuel depots in Kosti and Kassala.")
    assert only_event(text)["places"] == ["Dongola"]


@pytest.mark.parametrize("text, expected", [
    # a region opening its sentence only locates the town its own clause names
    ("Russian drones attacked southern Ukraine overnight into Sunday. In the Mykolaiv region, a drone hit a garage "
     "in the village of Shevchenkove, injuring a man, the governor said.", ["Shevchenkove"]),
    # a region whose own clause names no town was struck itself
    ("Russian drones attacked southern Ukraine overnight into Sunday. In the Mykolaiv region, power lines were "
     "damaged, and in Voznesensk a drone hit a shop, the governor said.", ["Mykolaiv Oblast", "Voznesensk"]),
])
def test_a_region_opening_its_sentence_locates_the_town_of_its_clause(text, expected):
    assert only_event(text)["places"] == expected


def test_a_civil_war_with_no_known_place_is_fought_in_the_state_the_report_names():
    text = ("Ethiopia: aid workers say drone strike on market kills dozens\n\n"
            "At least 31 people were killed and 18 injured when a drone struck a crowded market in Gijet, in "
            "southern Tigray, on Friday afternoon, aid workers said.\n\n"
            "Tigray's regional authorities blamed the Ethiopian government, which did not respond to questions.")
    ev = only_event(text, published="2022-02-14T09:00:00+00:00")
    assert (ev["attacker"], ev["target_country"], ev["killed"], ev["injured"]) == ("ET", "ET", 31, 18)


@pytest.mark.parametrize("text, sides", [
    ("Thai F-16 jets struck Cambodian military positions along the border on Thursday, the Thai army said.",
     ("TH", "KH")),
    ("Malian army drones struck a fuel depot used by rebels near the Algerian border on Tuesday, the army said.",
     ("ML", "ML")),
])
def test_the_sides_of_sahel_and_southeast_asian_wars(text, sides):
    ev = only_event(text, published="2025-07-25T09:00:00+00:00")
    assert (ev["attacker"], ev["target_country"]) == sides


def test_an_attack_told_as_days_before_the_one_reported_is_its_own():
    text = ("A Myanmar military jet bombed a school in Kan Gyi village in Sagaing Region on Friday, killing at least "
            "14 people, residents said.\n\n"
            "The strike came three days after junta jets bombed a market in Nyaung Pin village, killing five "
            "villagers, according to a local resistance group.")
    events = extract(text, published="2025-06-14T09:00:00+06:30").to_dict()["events"]
    assert sorted((e["date"], e["killed"]) for e in events) == [("2025-06-10", 5), ("2025-06-13", 14)]
    assert {(e["attacker"], e["target_country"]) for e in events} == {("MM", "MM")}


def test_a_disasters_toll_is_no_attacks():
    text = ("Junta aircraft bombed a monastery in Sagaing Region on Tuesday, killing nine people, residents said.\n\n"
            "The raid came despite a truce the junta declared after the earthquake that killed more than 3,000 people "
            "in central Myanmar in March.")
    ev = only_event(text, published="2025-06-11T09:00:00+06:30")
    assert (ev["date"], ev["killed"]) == ("2025-06-10", 9)


def test_the_country_a_struck_facility_stands_in_is_the_target():
    text = ("Israeli jets bombed a uranium conversion facility in central Iran on Thursday, the military said, "
            "while Iranian missiles struck Haifa.")
    events = extract(text, published="2025-06-20T09:00:00+03:00").to_dict()["events"]
    assert ("IL", "IR") in {(e["attacker"], e["target_country"]) for e in events}


def test_coalition_aircraft_are_the_coalitions_leader():
    text = ("The Saudi-led coalition, of which the UAE is a member, launched air strikes on Sanaa on Monday night.\n\n"
            "Medics said at least 11 people were killed when coalition aircraft hit a house in the capital.")
    ev = only_event(text, published="2022-01-18T09:00:00+03:00")
    assert (ev["attacker"], ev["target_country"], ev["killed"]) == ("SA", "YE", 11)


def test_the_speakers_side_carried_out_the_strike():
    text = ("Israel's military said it carried out a targeted strike in Beirut on Tuesday against a Hezbollah "
            "commander.")
    ev = only_event(text, published="2024-07-30T19:00:00+03:00")
    assert (ev["attacker"], ev["target_country"]) == ("IL", "LB")


def test_a_site_of_a_capital_is_its_states():
    text = ("Iran's judiciary says 71 people were killed in the Israeli strike on Tehran's Evin prison on June 23, "
            "a spokesman said on Sunday.")
    ev = only_event(text, published="2025-06-29T15:00:00+03:30")
    assert (ev["attacker"], ev["target_country"], ev["killed"]) == ("IL", "IR", 71)


def test_a_quoted_cause_with_its_own_day_is_the_other_sides_attack():
    text = ("Israeli jets struck the port of Hodeidah on Saturday, the military said, in response to \"hundreds of "
            "attacks\" on Israel, including the drone that hit Tel Aviv on Friday, killing one man.")
    events = extract(text, published="2024-07-21T09:00:00+03:00").to_dict()["events"]
    sides = {(e["attacker"], e["target_country"], e["date"], e["killed"]) for e in events}
    assert ("YE", "IL", "2024-07-19", 1) in sides


def test_strikes_in_a_second_state_told_under_its_name_are_the_same_attackers():
    text = ("The United States struck dozens of targets linked to Iran-backed militias in Iraq and Syria late on "
            "Friday, the Pentagon said. The Iraqi government said 16 people were killed in strikes near Al-Qaim.\n\n"
            "In Syria, a war monitor said at least 23 fighters were killed in strikes in the eastern province, "
            "including in Mayadeen.")
    events = extract(text, published="2024-02-03T20:30:00Z").to_dict()["events"]
    assert ("US", "SY", 23) in {(e["attacker"], e["target_country"], e["killed"]) for e in events}


def test_the_huthi_spelling_names_yemens_side():
    ev = only_event("Huthi rebels fired two ballistic missiles at Eilat on Sunday, the Israeli army said.",
                    published="2024-02-04T09:00:00+02:00")
    assert (ev["attacker"], ev["target_country"]) == ("YE", "IL")


@pytest.mark.parametrize("text, sides", [
    ("The U.S. military carried out air strikes against Islamic State militants in the Cal Miskaad mountains of "
     "Somalia's semi-autonomous Puntland region on Monday, Africa Command said.", ("US", "SO")),
    ("An Israeli strike hit a building in Beirut's southern suburbs on Tuesday afternoon, killing four people, the "
     "health ministry said.", ("IL", "LB")),
])
def test_a_states_own_ground_named_with_its_possessive_is_the_target(text, sides):
    ev = only_event(text, published="2025-02-11T15:00:00+03:00")
    assert (ev["attacker"], ev["target_country"]) == sides


def test_repeated_attacks_given_as_the_cause_leave_the_strike_told():
    text = ("Israeli jets struck the ports of Hodeidah and Salif on Thursday, killing nine people, in what the "
            "military said was a response to the group's repeated attacks.")
    ev = only_event(text, published="2024-12-20T09:00:00+02:00")
    assert (ev["attacker"], ev["target_country"], ev["date"], ev["killed"]) == ("IL", "YE", "2024-12-19", 9)


def test_attacks_that_began_on_an_earlier_day_when_drones_struck_are_that_days_attack():
    text = ("Drones launched by the Rapid Support Forces struck fuel depots in Port Sudan on Tuesday, the army said.\n\n"
            "The attacks began on Sunday, when drones struck the air base near the airport, killing two soldiers.")
    events = extract(text, published="2025-05-06T14:00:00+02:00").to_dict()["events"]
    assert {(e["attacker"], e["target_country"], e["date"]) for e in events} == {
        ("SD", "SD", "2025-05-06"), ("SD", "SD", "2025-05-04")}


def test_crimea_is_a_place_of_an_attack_on_russia():
    ev = only_event("Russia's defence ministry said its air defences shot down 42 Ukrainian drones overnight over "
                    "Belgorod, Kursk and Crimea.", published="2025-06-14T09:00:00+03:00")
    assert (ev["attacker"], ev["target_country"]) == ("UA", "RU")
    assert set(ev["places"]) == {"Belgorod Oblast", "Kursk Oblast", "Crimea"}


@pytest.mark.parametrize("text, places", [
    # a time the report goes back to, and the clause that tells of it
    ("Drones struck a gas plant in Abqaiq on Friday, the most damaging attack on the kingdom since May 2021, when "
     "missiles hit a depot in Jizan.", {"Abqaiq"}),
    ("Russian missiles hit an energy plant in Burshtyn on Thursday; officials compared it with the strikes on "
     "substations in Kharkiv and Sumy earlier in the week.", {"Burshtyn"}),
])
def test_places_of_an_earlier_time_are_not_the_attacks(text, places):
    # (the earlier strike told after "since May 2021, when" is an undated event of its own: SPEC, what is an event)
    found = extract(text, published="2025-06-14T09:00:00+03:00").to_dict()["events"]
    owners = [e for e in found if places & set(e["places"])]
    assert len(owners) == 1, found
    assert set(owners[0]["places"]) == places


def test_the_place_a_missile_was_fired_at_while_sirens_sounded_elsewhere():
    ev = only_event("Sirens sounded across central Israel early on Friday as the Houthis launched a ballistic missile "
                    "towards Tel Aviv, the army said.", published="2025-05-02T09:00:00+03:00")
    assert ev["places"] == ["Tel Aviv"]


def test_where_gunmen_opened_fire_is_no_place_of_the_air_attack():
    ev = only_event("Iran fired dozens of ballistic missiles at Israel on Tuesday evening, striking homes in Hod "
                    "Hasharon, an hour after gunmen opened fire at a bus stop in Ashdod.",
                    published="2024-10-02T09:00:00+03:00")
    assert "Ashdod" not in ev["places"]


@pytest.mark.parametrize("text, field, expected", [
    ("The army said Iran had sent roughly 90 drones toward Israel overnight. The military later said all of the "
     "drones launched by Iran were shot down over Jordan and Syria.", ("drones", "destroyed"), 90),
    ("Hezbollah fired 40 drones at army positions in the Galilee overnight, the military said, adding that all of "
     "the drones fired at the north were intercepted.", ("drones", "destroyed"), 40),
])
def test_all_of_the_weapons_launched_by_a_state_were_destroyed(text, field, expected):
    event = only_event(text)
    assert event[field[0]][field[1]] == expected


@pytest.mark.parametrize("text, destroyed", [
    ("Iran launched around 150 drones and 90 ballistic missiles at Israel overnight, the military said. None of the "
     "drones entered Israeli airspace, it said; they were intercepted by Israeli and allied jets over Iraq and Syria.",
     {"drones": 150, "missiles": None}),
    ("Iran launched around 150 drones, 20 cruise missiles and 90 ballistic missiles at Israel overnight, the military "
     "said. None of the drones or cruise missiles crossed into Israel, a spokesman said - they were all shot down "
     "on the way.", {"drones": 150, "missiles": None}),
])
def test_none_of_the_weapons_got_through_and_they_were_downed_is_all_destroyed(text, destroyed):
    event = only_event(text)
    assert {k: event[k]["destroyed"] for k in destroyed} == destroyed


@pytest.mark.parametrize("text, field, expected", [
    ("Iran fired ballistic missiles at three air bases in Israel on Tuesday evening. Tehran did not say how many; "
     "Israeli defence officials put the number at about 180.", ("missiles", "launched"), 180),
    ("Drones struck the fuel depot at Kassala before dawn on Sunday, the army said. A spokesman put the number of "
     "drones launched at around a dozen.", ("drones", "launched"), 12),
])
def test_an_estimate_of_the_number_put_at_a_figure_is_the_count_launched(text, field, expected):
    event = only_event(text)
    assert event[field[0]][field[1]] == expected


@pytest.mark.parametrize("text, expected", [
    ("Drones struck a fuel depot near Port Sudan's southern harbour before dawn on Sunday, the army said. There were no "
     "immediate reports of casualties.", (0, 0)),
    ("Pakistani drones were shot down over Jammu on Saturday night, officials said. There were no reports of any "
     "casualties.", (0, 0)),
    ("Debris from an intercepted Houthi missile fell on open ground near Eilat on Saturday without causing any "
     "casualties, the army said.", (0, 0)),
    ("A Turkish drone struck a vehicle near Qamishli on Monday without inflicting casualties, the SDF said.", (0, 0)),
])
def test_no_reports_of_casualties_and_without_causing_casualties_are_zero_killed_and_injured(text, expected):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == expected


@pytest.mark.parametrize("text", [
    "Iran fired 130 drones and 110 ballistic missiles at Israel overnight, the army said, adding that \"over 99%\" of "
    "all the threats were intercepted.",
    "Iran fired 130 drones and 110 ballistic missiles at Israel overnight. A spokesman said 95 percent of all the "
    "missiles were shot down.",
])
def test_a_share_of_all_the_weapons_intercepted_is_no_count_destroyed(text):
    event = only_event(text)
    assert (event["drones"]["destroyed"], event["missiles"]["destroyed"]) == (None, None)


@pytest.mark.parametrize("text, published, tolls", [
    # the toll of the other side's strikes, told by its envoy in the report of the answering salvo
    ("Israeli jets struck nuclear sites in Natanz and Tehran on Friday. Iran fired ballistic missiles at Tel Aviv on "
     "Friday night, killing three people and injuring 40 in Ramat Gan. Iran's envoy told the Security Council that "
     "78 people had been killed and more than 320 wounded in Israel's strikes.", "2025-06-14T10:00:00+03:00",
     {("IL", "IR"): (78, 320), ("IR", "IL"): (3, 40)}),
    # the attacked side's toll, told after the attacker's own strike on the other
    ("Ukrainian drones struck an oil depot in Bryansk on Tuesday night, starting a fire. Russia launched 90 drones "
     "at Kharkiv overnight, killing two people. Russia's foreign ministry said one person was killed and three "
     "wounded in Ukraine's attack.", "2025-06-11T10:00:00+03:00",
     {("UA", "RU"): (1, 3), ("RU", "UA"): (2, None)}),
])
def test_a_toll_told_of_the_other_sides_strikes_is_that_sides(text, published, tolls):
    events = extract(text, published=published).to_dict()["events"]
    got = {(e["attacker"], e["target_country"]): (e["killed"], e["injured"]) for e in events}
    assert got == tolls


@pytest.mark.parametrize("text, published, killed, injured", [
    # a shooting told in the report of a missile attack
    ("Iran fired about 180 ballistic missiles at Israel on Tuesday evening, wounding two people in Tel Aviv. Earlier "
     "in the evening, six people were killed when two gunmen opened fire at a tram stop in Jaffa, police said.",
     "2024-10-02T08:00:00+03:00", None, 2),
    # exploding pagers, told beside the air strikes
    ("Israeli jets struck dozens of targets in southern Lebanon on Monday, the military said. Across the country, "
     "hundreds of pagers carried by group members exploded at once, killing 12 people and wounding 2,800.",
     "2024-09-24T09:00:00+03:00", None, None),
    # a derailment in the report of a drone wave
    ("Ukraine launched 120 drones at Russian regions overnight, the defence ministry said. In the Bryansk region, "
     "a railway bridge collapsed under a passing train, derailing it and killing seven people.",
     "2025-06-01T12:00:00+03:00", None, None),
    # a disaster's toll, told as the background of an air strike
    ("A Myanmar military jet bombed a monastery in Sagaing Region on Sunday, wounding nine people, residents said. "
     "The junta had declared a truce after a powerful earthquake of magnitude 7.5, which killed more than 3,500 "
     "people in the region.",
     "2025-05-05T09:00:00+06:30", None, 9),
    # ... but a Storm Shadow is a missile, whose strike's toll is the attack's
    ("Ukrainian forces fired British-made Storm Shadows at Mariupol overnight, and a Storm Shadow strike on the port "
     "killed two workers, the occupation authorities said.", "2025-04-13T14:00:00+03:00", 2, None),
])
def test_a_toll_of_another_kind_of_deadly_event_is_not_the_attacks(text, published, killed, injured):
    ev = only_event(text, published=published)
    assert (ev["killed"], ev["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, published, day", [
    # a dateline of two cities dates the report, not the attack
    ("KHARTOUM/CAIRO, Jan 14 (Meridian) - Drones launched by the Rapid Support Forces struck a power station in "
     "Atbara on Monday, officials said.", "2025-01-14T09:55:00+00:00", "2025-01-13"),
    # a dateline of a full date and no place
    ("14 January 2025 - Drones launched by the Rapid Support Forces struck a power station in Atbara on Monday, "
     "13 January, officials said.", "2025-01-14T09:55:00+00:00", "2025-01-13"),
    # the date of the attack answered is not the week of the weekday told
    ("Israeli warplanes struck military targets in Iran before dawn on Saturday, the military said, in retaliation "
     "for Iran's Oct. 1 missile attack on Israel.", "2024-10-26T10:00:00+00:00", "2024-10-26"),
])
def test_a_date_of_the_report_or_of_another_attack_does_not_date_the_strike(text, published, day):
    assert only_event(text, published=published)["date"] == day


def test_a_night_attack_that_ended_on_the_next_day_is_dated_by_its_end():
    text = ("Police said six people were killed when a ballistic missile struck a residential building in Bat Yam "
            "in Saturday night's Iranian attack, which ended early on Sunday.")
    assert only_event(text, published="2025-06-15T22:30:00+01:00")["date"] == "2025-06-15"


def test_the_attack_of_the_day_before_recalled_after_is_its_own_event():
    text = ("Explosions were heard in Kyiv, Lviv and Zaporizhzhia during the morning rush hour, as Russian missiles "
            "struck energy facilities.\n\nThe new wave comes a day after Saturday night's attack on Zaporizhzhia, "
            "which ended early on Sunday, when missiles slammed into apartment blocks. That attack killed 13 "
            "people.")
    events = extract(text, published="2022-10-10T20:30:00+01:00").to_dict()["events"]
    assert sorted((e["date"], e["killed"]) for e in events) == [("2022-10-09", 13), ("2022-10-10", None)]


@pytest.mark.parametrize("text, expected", [
    # a state's own forces striking its own ground
    ("A Nigerian air force jet bombed a village in Zamfara State on Tuesday, killing 16 people, residents said.",
     ("NG", "NG", 16)),
    # an armed group coded as the country it fights from
    ("A dissident guerrilla faction attacked a police station in Jamundi, Colombia, with explosive drones on "
     "Friday, killing two officers.", ("CO", "CO", 2)),
])
def test_air_strikes_in_civil_wars_of_other_countries_are_events(text, expected):
    event = only_event(text)
    assert (event["attacker"], event["target_country"], event["killed"]) == expected


def weapon_counts(event: dict) -> dict[str, int]:
    """The event's weapon figures that are set, as {"drones.launched": 40, ...}."""
    return {f"{w}.{r}": event[w][r] for w in ("drones", "missiles") for r in ("launched", "destroyed", "hit")
            if event[w][r] is not None}


@pytest.mark.parametrize("text, expected", [
    # a part of the weapons just named takes the role of the verb that governs it: a participle, a relative
    # clause with its own subject, an object
    ("Russian forces launched 75 attack drones against Ukraine overnight, 11 of them hitting energy facilities "
     "in the Poltava region, the air force said.", {"drones.launched": 75, "drones.hit": 11}),
    ("Russia fired eight ballistic missiles at Dnipro overnight, five of which struck the city's industrial zone, "
     "the governor said.", {"missiles.launched": 8, "missiles.hit": 5}),
    ("Russia fired 14 missiles at Ukraine overnight, two of which slipped past air defences and struck Lviv, "
     "officials said.", {"missiles.launched": 14, "missiles.hit": 2}),
    ("Russia launched 70 drones at Ukraine overnight, 58 of which Ukrainian forces intercepted, the air force said.",
     {"drones.launched": 70, "drones.destroyed": 58}),
    ("Russia sent 50 drones toward Kyiv overnight, air defences downing 45 of them, the city administration said.",
     {"drones.launched": 50, "drones.destroyed": 45}),
    # ... but not when its "which" or "them" stands for what the weapons hit or whom they hurt
    ("Russia launched 50 drones at Sumy overnight, damaging 20 houses, five of which were completely destroyed, "
     "the governor said.", {"drones.launched": 50}),
    # "out of"
    ("Ukraine's air force said it had shot down 75 out of 90 Russian drones overnight.",
     {"drones.launched": 90, "drones.destroyed": 75}),
    # a launch participle between a figure and the verb that tells what became of it
    ("Russia attacked Ukraine overnight. Twelve drones launched from the Kursk region were shot down over Sumy, "
     "the air force said.", {"drones.destroyed": 12}),
    ("Russia attacked Ukraine overnight. All 20 drones fired at the Odesa region had been shot down by morning, "
     "the governor said.", {"drones.launched": 20, "drones.destroyed": 20}),
    ("Russia attacked Ukraine overnight. Seven drones launched towards Kharkiv struck residential buildings, the "
     "mayor said.", {"drones.hit": 7}),
    # ... but a whole of a part keeps its launch: the verb after tells of the part
    ("Russia attacked Ukraine overnight. Two-thirds of the 60 drones launched at the south were shot down, the air "
     "force said.", {"drones.launched": 60, "drones.destroyed": 40}),
    # an aside between a figure and its passive verb
    ("Russia attacked Ukraine overnight. 42 drones, the air force said in a statement on Telegram, were destroyed "
     "over the Kyiv region.", {"drones.destroyed": 42}),
    ("Russia launched 40 drones at Ukraine overnight, and 35 of them, the air force said, were shot down.",
     {"drones.launched": 40, "drones.destroyed": 35}),
    # a figure inside an attack: the attack hit, its weapons were launched
    ("A Russian bombardment of 20 missiles and 100 drones slammed into Lviv and Lutsk overnight, officials said.",
     {"missiles.launched": 20, "drones.launched": 100}),
    ("Russia's 150-drone attack on Ukraine overnight damaged homes in Kyiv, the air force said.",
     {"drones.launched": 150}),
    ("Russia hit Kharkiv with a four-missile strike on Tuesday morning, the governor said.", {"missiles.launched": 4}),
    ("Russia attacked Ukraine overnight; some 400 drones were part of the assault, the air force said.",
     {"drones.launched": 400}),
    # a bulletin's tally: launched, then what became of a part
    ("Russia attacked Ukraine overnight. 48 drones; 41 shot down.", {"drones.launched": 48, "drones.destroyed": 41}),
    # two kinds of one weapon
    ("Russia fired ten cruise and ballistic missiles at Kyiv overnight, the air force said.",
     {"missiles.launched": 10}),
    # a dash that closes a pair opens no list of parts: what follows adds to the figure
    ("Russia attacked Ukraine overnight. Air defence intercepted 90 targets — 30 missiles and 60 drones — while "
     "another 25 drones were lost to electronic warfare.", {"missiles.destroyed": 30, "drones.destroyed": 85}),
    # a hit told of one target is that target's part when more got through
    ("Russia launched 80 drones at Ukraine overnight and 70 were shot down, the air force said. In Odesa, two drones "
     "hit a port warehouse, the governor said.", {"drones.launched": 80, "drones.destroyed": 70}),
])
def test_weapon_figures_read_from_the_grammar_around_them(text, expected):
    assert weapon_counts(only_event(text)) == expected


@pytest.mark.parametrize("text, killed, injured", [
    # "martyred" tells the dead, as Pakistani, Iranian and Houthi statements put it
    ("An Indian drone struck a house near Kotli overnight; one civilian was martyred and two were injured, the ISPR "
     "said.", 1, 2),
    ("Indian missiles hit a mosque in Bahawalpur overnight, martyring 13 people including three children, the ISPR "
     "said.", 13, None),
    # the injured told by the care they sought or receive
    ("Ukrainian drones hit an apartment block in Belgorod on Monday; 14 people sought medical help after the attack, "
     "the governor said.", None, 14),
    ("Ukrainian drones struck the town of Shebekino overnight. Governor Gladkov said the number of people who sought "
     "medical assistance reached nine.", None, 9),
    ("A missile struck a market in Sumy on Tuesday, killing two people; 23 others were receiving treatment in "
     "hospitals, officials said.", 2, 23),
    ("After the Russian drone attack on Odesa, five residents needed medical help, the regional administration said.",
     None, 5),
    # "No-one was hurt" is a zero for the injured, not one person hurt
    ("An Iranian missile hit an empty school in Ramat Gan early on Thursday. No-one was hurt.", None, 0),
])
def test_casualty_words_for_the_dead_the_injured_and_no_one(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # a toll told later and higher than the lead's figure for the same place is that figure, grown
    ("A Russian missile struck an apartment block in Dnipro on Saturday, killing 12 people. Officials later raised "
     "the toll to 23.", 23, None),
    ("A Russian missile struck an apartment block in Dnipro on Saturday, killing 12 people. By Sunday evening the "
     "toll had risen to 23.", 23, None),
    ("A Russian missile struck an apartment block in Dnipro on Saturday, killing 12 people. Update: the toll now "
     "stands at 23.", 23, None),
    ("A Russian drone struck a market in Kherson on Monday, killing two people. Two of the injured later died in "
     "hospital, raising the toll to four.", 4, None),
    ("A Russian missile hit a school in Sumy on Monday, killing seven people. The toll was revised upward to nine "
     "after two more bodies were found.", 9, None),
    ("A Russian missile hit a school in Sumy on Monday, wounding 15 people. The number of injured later grew to 21, "
     "officials said.", None, 21),
    # "has since climbed" is the toll rising, not a count over a period
    ("A Russian missile struck an apartment block in Dnipro on Saturday, killing 12 people. The number of dead has "
     "since climbed to 23, officials said.", 23, None),
    # a figure raised step by step: the last step
    ("A Russian missile struck an apartment block in Dnipro on Saturday. The regional governor first put the number "
     "of injured at 25, before raising it to 34 and then to more than 40.", None, 40),
])
def test_a_toll_updated_later_in_the_report(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    # another source's rough estimate of the toll gives way to the exact figure
    ("A Nigerian air force jet bombed a market in Zamfara on Sunday. At least 26 people were killed, a hospital "
     "official said. Residents put the death toll higher, at over 30.", 26),
    ("An Israeli strike hit a school in Gaza City on Saturday. The civil defence said 93 people were killed. The "
     "government media office put the toll at more than 100.", 93),
    ("A Russian missile hit Sumy on Sunday. Officials said 34 people were killed. Local volunteers put the number of "
     "dead at around 40.", 34),
    # ... but a rough figure the toll rose to is the toll grown
    ("A Russian missile struck Dnipro on Saturday, killing 12 people. By Sunday the toll had risen to more than 20.",
     20),
    # the dead told by their burial, but not the living trapped under rubble
    ("A Nigerian air force drone bombed a village in Kaduna State on Sunday night. The emergency agency said 85 "
     "people were buried after the strike.", 85),
    ("A Russian missile struck an apartment block in Dnipro on Saturday, killing two. Rescuers said 10 people were "
     "buried under the rubble and were being dug out.", 2),
])
def test_which_toll_when_sources_differ(text, killed):
    assert only_event(text)["killed"] == killed


@pytest.mark.parametrize("text, killed, injured", [
    # a region's figure told first holds its own towns' parts, not a town of another region
    ("Russian drones attacked Ukraine overnight. In the Zhytomyr region, three people were injured when a drone hit "
     "a house. In Lviv, one person was hurt.", None, 4),
    ("Russian drones attacked Ukraine overnight. In the Kharkiv region, two people were killed in a drone strike. In "
     "Odesa, a missile killed one man.", 3, None),
    # ... while a town inside it, even at its edge, is one of its parts
    ("Russian drones attacked Ukraine overnight. In the Dnipropetrovsk region, four people were wounded. In Kryvyi "
     "Rih, two people were wounded.", None, 4),
])
def test_a_region_figure_and_the_towns_of_other_regions(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # figures told as additions join the figure before them
    ("A Russian drone hit Odesa overnight, injuring five people. Three more were hurt by falling debris in the "
     "suburbs.", None, 8),
    ("A Russian missile struck Sumy on Monday, killing three people. A further two people died in hospital.", 5, None),
    ("Israeli strikes on Gaza City killed 20 people on Monday. Another 15 were killed in Khan Younis, medics said.",
     35, None),
    ("A Russian drone struck Kherson on Monday, wounding four people. Later, two more residents were injured in a "
     "second strike on the city.", None, 6),
    # ... but "more" after the dead counts others, not more of the injured
    ("A Russian drone hit a market in Kherson on Monday. Three people were killed. Ten more people were injured, two "
     "of them seriously.", 3, 10),
    # a second strike of the same day adds its toll
    ("A Russian glide bomb hit a shop in Kharkiv on Saturday afternoon, injuring 43 people. A second strike on the "
     "city in the evening injured 25 more.", None, 68),
    ("A Russian missile struck Odesa on Tuesday, killing four people. Hours later, another missile strike on the port "
     "killed two dock workers.", 6, None),
])
def test_additions_to_the_toll(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # a perfect-tense count in the sentence after a toll since a date, with no attack of its own, carries that
    # running count on
    ("A Russian drone hit Kherson on Monday, killing a man. Since the start of the year, 210 civilians have been "
     "killed in the region. A further 900 have been wounded, the governor said.", 1, None),
    ("Hezbollah fired rockets at Kiryat Shmona on Tuesday, damaging a house. Cross-border fire has killed more than "
     "500 people in Lebanon since October. On the Israeli side, 22 soldiers and 24 civilians have been killed.",
     None, None),
])
def test_a_running_count_carried_on_into_the_next_sentence(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


def _days(text: str, published: str) -> list[tuple[str | None, str | None, str | None]]:
    events = extract(text, published=published).to_dict()["events"]
    return sorted((e["date"], e["attacker"], e["target_country"]) for e in events)


@pytest.mark.parametrize("text, published, expected", [
    # "hours later" after a day named: that day, not the report's
    ("Houthi rebels fired a ballistic missile at Tel Aviv on Sunday, injuring 16 people. Hours later, Israeli jets "
     "struck the port of Hodeidah, killing six.", "2024-12-23T08:00:00+02:00",
     [("2024-12-22", "IL", "YE"), ("2024-12-22", "YE", "IL")]),
    ("Russian drones hit an apartment block in Odesa on Saturday, killing three. Within hours, Ukrainian drones set "
     "an oil depot in Belgorod ablaze, injuring two workers.", "2024-03-11T09:00:00+02:00",
     [("2024-03-09", "RU", "UA"), ("2024-03-09", "UA", "RU")]),
    ("Hamas fired eight rockets at Tel Aviv from Rafah on Sunday afternoon. That night, an Israeli airstrike hit a "
     "tent camp in Rafah, killing 45 people.", "2024-05-27T07:30:00+03:00",
     [("2024-05-26", "IL", "PS"), ("2024-05-26", "PS", "IL")]),
    ("Pakistani drones struck Jammu on Thursday, the army said. Later that day, Indian missiles hit an air base "
     "near Rawalpindi.", "2025-05-10T09:00:00+05:30", [("2025-05-08", "IN", "PK"), ("2025-05-08", "PK", "IN")]),
    # "two days earlier", said of an attack in the pluperfect: counted back from the attack told
    ("Russia launched 40 drones at Ukraine overnight, the air force said.\n\nRussian missiles had struck Kharkiv "
     "two days earlier, killing four people.", "2024-03-14T09:00:00+02:00",
     [("2024-03-12", "RU", "UA"), ("2024-03-14", "RU", "UA")]),
])
def test_hours_later_and_that_night_date_an_attack_by_the_one_told_before(text, published, expected):
    assert _days(text, published) == expected


@pytest.mark.parametrize("text, published", [
    # another event's day, not the attack's
    ("Russia launched 40 drones at Ukraine overnight, the air force said. Zelensky criticised the German "
     "chancellor's call with Putin two days earlier.", "2024-03-14T09:00:00+02:00"),
    # no attack in the clause "hours after" dates
    ("Iranian missiles struck Al Udeid air base in Qatar on Monday. Hours after the attack, Trump announced a "
     "ceasefire between Israel and Iran.", "2025-06-24T09:00:00+03:00"),
])
def test_hours_after_or_days_earlier_said_of_something_else_makes_no_attack(text, published):
    assert len(extract(text, published=published).to_dict()["events"]) == 1


@pytest.mark.parametrize("text, published, expected", [
    ("A military paraglider dropped two bombs on a festival crowd in Chaung U township, Myanmar, killing 24 "
     "people, officials said on Tuesday. The attack happened on Monday evening.", "2025-10-07T08:15:00+00:00",
     "2025-10-06"),
    ("Sudanese army jets bombed a market in Nyala, killing 15 people, activists said on Friday. The air strike "
     "occurred late on Wednesday.", "2025-02-07T12:00:00+02:00", "2025-02-05"),
])
def test_the_attack_happened_on_a_day_dates_the_attack_told(text, published, expected):
    assert only_event(text, published=published)["date"] == expected


@pytest.mark.parametrize("text, published, expected", [
    # "came a day after", its own day said first: the clause after "after" is the day before
    ("RSF drones slammed into a fuel depot in Port Sudan before dawn on Monday, the army said. Monday's attack "
     "came a day after drones hit the Osman Digna air base next to the airport.", "2025-05-05T19:40:00+02:00",
     [("2025-05-04", ["Port Sudan"]), ("2025-05-05", ["Port Sudan"])]),  # the air base is the city's
    # "came hours after": the same day
    ("Iraqi militias fired ballistic missiles at the Ain al-Asad base on Saturday evening, wounding a soldier. The "
     "attack came hours after an Israeli air strike in Damascus killed five Revolutionary Guards officers.",
     "2024-01-21T12:00:00+04:00", [("2024-01-20", ["Ain al-Asad"]), ("2024-01-20", ["Damascus"])]),
])
def test_the_attack_an_attack_came_after_is_its_own_event(text, published, expected):
    events = extract(text, published=published).to_dict()["events"]
    assert sorted((e["date"], e["places"]) for e in events) == expected


@pytest.mark.parametrize("text, published, expected", [
    # ", hours after" an attack named by the time of day it came at: the night's wave, apart from the day's strike
    ("Air defences shot down three cruise missiles over the Mykolaiv region on Friday afternoon, the navy said, "
     "hours after a massive overnight attack on power plants across the country.", "2025-03-14T16:00:00+02:00",
     [("2025-03-14", "day"), ("2025-03-14", "night")]),
    # ... and a morning's barrage so named is the night's wave too, not the afternoon's strike it came before
    ("Russian drones struck Poltava on Friday afternoon, hours after a morning barrage of cruise missiles on the "
     "grid.", "2025-03-14T16:00:00+02:00", [("2025-03-14", "day"), ("2025-03-14", "night")]),
])
def test_an_earlier_attack_named_after_a_comma_and_after_is_its_own_event(text, published, expected):
    events = extract(text, published=published).to_dict()["events"]
    assert sorted((e["date"], e.get("period") or "night") for e in events) == expected


@pytest.mark.parametrize("text, published, expected", [
    # ", less than a day after": the hours between two attacks, the earlier one the night before the night under way
    ("Swarms of Russian attack drones were flying towards Chernihiv on Sunday night, less than a day after a "
     "missile strike on Zhytomyr that was the heaviest on the city this year.", "2025-09-14T22:30:00+03:00",
     ["2025-09-14", "2025-09-15"]),
    # ... and "less than twelve hours after" after a comma is no whole day either
    ("Russian drones were flying over the Sumy region on Friday night, less than twelve hours after a missile "
     "strike on Kremenchuk that was the city's worst since the spring.", "2025-10-03T23:05:00+03:00",
     ["2025-10-03", "2025-10-04"]),
])
def test_an_attack_less_than_a_day_before_is_its_own_event(text, published, expected):
    events = extract(text, published=published).to_dict()["events"]
    assert sorted(e["date"] for e in events) == expected


@pytest.mark.parametrize("text, published, expected", [
    # posted at 02:40 while blasts are heard: "last night" is the night before the one under way
    ("Explosions are heard in Kremenchuk, where air defence is repelling a drone attack. The mayor asks residents to "
     "stay in shelters. Last night two people were injured in the city.", "2025-06-11T02:40:00+03:00",
     [("2025-06-10", 2), ("2025-06-11", None)]),
    # ... but posted in the morning after the attack, "last night" is that attack's own night
    ("Explosions were heard in Kremenchuk as air defence repelled a drone attack, the mayor said. Last night two "
     "people were injured in the city.", "2025-06-11T08:40:00+03:00", [("2025-06-11", 2)]),
])
def test_last_night_posted_while_the_attack_goes_on_is_the_night_before(text, published, expected):
    events = extract(text, published=published).to_dict()["events"]
    assert sorted((e["date"], e["injured"]) for e in events) == expected


def test_a_separate_daytime_wave_is_apart_from_the_night_told():
    text = ("The toll from Russia's overnight attack on Odesa on Tuesday has risen to three, officials said on "
            "Wednesday. A fourth person was hurt in Poltava, where drones hit a depot during a separate daytime wave "
            "of 90 drones on Tuesday.")
    events = extract(text, published="2025-08-20T11:30:00+03:00").to_dict()["events"]
    assert sorted((e["date"], e.get("period") or "night", e["places"], e["drones"]["launched"]) for e in events) == [
        ("2025-08-19", "day", ["Poltava"], 90), ("2025-08-19", "night", ["Odesa"], None)]


def test_weapons_of_days_and_nights_listed_together_are_no_attack_of_their_own():
    text = ("Russia launched 230 drones at Ukraine overnight into Friday, the air force said. Across Wednesday night, "
            "Thursday and Thursday night, Russia had sent more than 900 drones, a spokesman said.")
    events = extract(text, published="2025-08-22T10:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["drones"]["launched"]) for e in events] == [("2025-08-22", 230)]


@pytest.mark.parametrize("text, published, expected", [
    ("On 17 March, a Malian army drone strike on a market in Intahaka killed 12 people. Another series of strikes "
     "on 28 March targeted vehicles near Abeibara, killing six people.", "2025-04-02T18:20:00+02:00",
     [("2025-03-17", 12), ("2025-03-28", 6)]),
    ("Three refugees were killed in an Ethiopian air strike on the Mai Aini camp on Wednesday, 5 January. A third "
     "strike, on Monday 10 January, hit a flour mill in Mai Tsebri, killing 17 people.", "2022-01-11T10:00:00+00:00",
     [("2022-01-05", 3), ("2022-01-10", 17)]),
])
def test_a_later_days_strike_by_the_same_side_is_its_own_event(text, published, expected):
    events = extract(text, published=published).to_dict()["events"]
    assert sorted((e["date"], e["killed"]) for e in events) == expected


def test_a_toll_rising_on_a_later_day_is_no_new_attack():
    text = ("A Sudanese army air strike hit a market in Kabkabiya on 3 March, killing 40 people. The toll rose to 54 "
            "on 7 March, a local doctor said.")
    assert only_event(text, published="2025-03-08T10:00:00+02:00")["date"] == "2025-03-03"


_LIVEBLOG_NEWEST_FIRST = """Kharkiv under attack: live updates

01:50 — The regional governor says the toll from tonight's missile strike on Kharkiv has risen to four; 21 people \
were injured.

00:35 — Russia fired two more ballistic missiles at Kharkiv, the air force says.

22:40 — Explosions in Kharkiv. Russian ballistic missiles struck the city centre, the mayor says.

15:10 — A Russian glide bomb hit a school in Sumy this afternoon, injuring seven people, the regional \
administration says.

10:20 — Good morning and welcome to our coverage."""

_LIVEBLOG_OLDEST_FIRST = """Israel and Hezbollah: live updates

09:15 — Israeli jets struck villages in south Lebanon this morning, killing three people, the health ministry says.

16:40 — Hezbollah says it fired a salvo of rockets at Kiryat Shmona.

21:30 — Israeli drones struck a car near Tyre, the state news agency reports.

00:20 — Sirens sound in the Galilee as Hezbollah fires drones at Israel, the army says.

01:05 — An Israeli strike hit a building in Beirut's southern suburbs, killing two people."""


@pytest.mark.parametrize("text, published, expected", [
    # the daytime entries before midnight are the day before the entry posted last; the night's entries are the
    # night ending on the publication day
    (_LIVEBLOG_NEWEST_FIRST, "2024-05-12T02:00:00+03:00", [("2024-05-11", 7), ("2024-05-12", 21)]),
    # entries stamped with a hyphen ("22:40 - Explosions in Kharkiv")
    (_LIVEBLOG_NEWEST_FIRST.replace(" — ", " - "), "2024-05-12T02:00:00+03:00", [("2024-05-11", 7), ("2024-05-12", 21)]),
    (_LIVEBLOG_OLDEST_FIRST, "2024-09-26T01:10:00+03:00", [("2024-09-25", None), ("2024-09-26", None)]),
])
def test_a_liveblog_that_crossed_midnight_dates_its_entries_by_their_day(text, published, expected):
    events = extract(text, published=published).to_dict()["events"]
    told = sorted({(e["date"], e["injured"]) for e in events if e["attacker"] in ("RU", "IL")})
    assert told == expected, events


def test_a_liveblog_of_one_day_keeps_its_evening_entries_on_that_day():
    text = _LIVEBLOG_NEWEST_FIRST.replace("01:50", "23:50").replace("00:35", "23:05")
    events = extract(text, published="2024-05-11T23:55:00+03:00").to_dict()["events"]
    assert {e["date"] for e in events} == {"2024-05-11"}


@pytest.mark.parametrize("text, expected", [
    ("IDF fighter jets struck the Houthi-held port of Hodeidah on Saturday evening, killing four people.", ("IL", "YE")),
    ("The IDF struck Hezbollah rocket launchers near Nabatieh in Lebanon on Saturday, killing two fighters, the army "
     "said.",
     ("IL", "LB")),
])
def test_the_idf_is_israels_forces(text, expected):
    event = only_event(text)
    assert (event["attacker"], event["target_country"]) == expected


@pytest.mark.parametrize("update, expected", [
    ("UPDATE, May 5: Israeli jets struck the port of Hodeidah on Monday evening, killing four people, the Houthi-run "
     "health ministry said.", "2025-05-05"),
    ("Updated, Tuesday May 6, 9:05 p.m.: The IDF says it has struck Sanaa airport, destroying its runways; three "
     "people were killed.", "2025-05-06"),
    # a heading closed by a dash after its clock time
    ("UPDATE, May 10, 21:40 - Israeli aircraft bombed fuel tanks at the port of Ras Isa on Saturday afternoon, the "
     "Houthi-run television channel said.", "2025-05-10"),
])
def test_an_update_heading_dates_what_it_adds(update, expected):
    text = ("A ballistic missile fired from Yemen hit a grove near Ben Gurion Airport on Sunday morning, lightly "
            "wounding eight people.\n\n" + update)
    events = extract(text, published="2025-05-04T13:10:00+03:00").to_dict()["events"]
    assert sorted((e["attacker"], e["date"]) for e in events) == [("IL", expected), ("YE", "2025-05-04")]


def test_a_saturday_night_attack_is_not_the_night_that_ended_on_friday():
    text = ("A Houthi drone slammed into an apartment building in Tel Aviv early on Friday, killing one man.\n\n"
            "On Saturday night, the Houthis fired a ballistic missile toward Eilat; it was intercepted, the army said.")
    events = extract(text, published="2024-07-21T09:00:00+03:00").to_dict()["events"]
    assert sorted((e["date"], e["places"]) for e in events) == [("2024-07-19", ["Tel Aviv"]),
                                                               ("2024-07-20", ["Eilat"])]


def test_a_liveblog_stamp_dash_leaves_the_parts_of_a_total_its_parts():
    event = only_event("17:15 — The Air Force says Russia used three missiles overnight - Kh-59 guided missiles "
                       "and a Kh-35 - in addition to the drones. None was intercepted.",
                       published="2024-03-02T18:00:00+02:00")
    assert event["missiles"]["launched"] == 3


@pytest.mark.parametrize("text", [
    # a launch denied: an alert after a jet took off, nothing fired
    "An air-raid alert was declared across the country on Thursday after a MiG-31K jet took off from an airfield in "
    "Russia, the Air Force said. The alert lasted 35 minutes. No missile launches were recorded, it said.",
    # "sent" with people as its object, beside a drill
    "Belarus and Russia began a week of joint drills on Monday. The United States sent three officers to watch the "
    "exercise at Minsk's invitation.",
    # infantry's assault, told with "attacked"
    "Russian forces attacked in small groups of three or four soldiers, some on motorcycles, trying to slip past "
    "Ukrainian positions near the town, a Ukrainian commander said.",
    # the habitual "used to" in a piece about arms production
    "In a hall that used to make kitchen furniture, 60 workers now assemble interceptor drones meant to ram Russian "
    "Shaheds in the air.",
])
def test_a_clause_with_a_verb_of_attack_that_tells_none_opens_no_event(text):
    assert extract(text, published="2025-10-16T12:00:00+03:00").to_dict()["events"] == []


def test_a_drone_count_sent_at_a_city_still_opens_its_event():
    event = only_event("Russia sent 45 Shahed drones against Odesa overnight, the regional governor said.")
    assert (event["attacker"], event["drones"]["launched"]) == ("RU", 45)


@pytest.mark.parametrize("text, expected", [
    ("Residents laid flowers at the school on Friday, exactly one year after a Russian missile struck its gym, "
     "killing four people.", "2024-07-11"),
    ("Kharkiv on Friday marked the second anniversary of the Russian strike that hit a supermarket, killing nine "
     "people.", "2023-07-11"),
])
def test_a_day_named_years_after_an_attack_dates_the_attack_that_many_years_back(text, expected):
    event = only_event(text, published="2025-07-12T10:00:00+03:00")
    assert event["date"] == expected


def test_a_toll_told_right_after_shelling_is_the_shellings():
    text = ("Russian drones struck an energy facility in Nikopol overnight, injuring two workers, the governor said."
            "\n\nIn the afternoon, Russian artillery shelled the outskirts of Marhanets. A 58-year-old man was killed "
            "in his garden.")
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (None, 2)


def test_firefighters_fighting_a_blaze_are_no_ground_fighting():
    text = ("Ukrainian drones struck an oil depot in the Bryansk region overnight, the governor said. Two firefighters "
            "were killed while fighting the blaze, officials said later.")
    assert only_event(text)["killed"] == 2


def test_a_toll_told_after_shelling_with_an_attack_of_its_own_is_kept():
    text = ("Russian artillery shelled the outskirts of Marhanets on Saturday. Later a drone struck a minibus in the "
            "town, killing two passengers.")
    assert only_event(text)["killed"] == 2


@pytest.mark.parametrize("told", [
    "Shortly before the missiles were fired, two gunmen opened fire at a bus stop in Beersheba, killing four people.",
    "Hours later, a truck packed with explosives detonated near a police station in Beersheba, killing four people.",
])
def test_a_toll_of_a_shooting_or_a_truck_bomb_told_beside_a_missile_attack_is_not_the_attacks(told):
    text = ("Iran fired about 180 ballistic missiles at Israel on Tuesday evening; most were intercepted, the army "
            "said. " + told)
    event = only_event(text, published="2024-10-02T09:00:00+03:00")
    assert (event["attacker"], event["killed"]) == ("IR", None)


def test_a_day_named_after_years_to_the_day_after_an_attack_dates_the_attack():
    text = ("Two years to the day after a Russian missile tore through a shopping centre in Kremenchuk, relatives of "
            "the victims gathered at the site on Thursday.")
    assert only_event(text, published="2024-06-28T10:00:00+03:00")["date"] == "2022-06-27"


def test_a_country_named_as_the_launch_site_is_not_the_target():
    text = ("Prosecutors said that on 5 March 2023 the bombers took off from an airfield in Russia's Saratov region "
            "and launched cruise missiles at Ukrainian cities, killing 11 people in Zaporizhzhia.")
    event = only_event(text, published="2025-03-05T10:00:00+02:00")
    assert (event["attacker"], event["target_country"], event["killed"]) == ("RU", "UA", 11)


@pytest.mark.parametrize("aside", [
    "There was no official reaction from Damascus to the strikes, which did not hit targets inside Syria.",
    "The group said the attack was revenge for the killing of its commander in Beirut last month.",
])
def test_a_hit_denied_or_a_killing_named_as_a_noun_opens_no_event_of_its_own(aside):
    text = "US warplanes struck three militia depots near al-Qaim in Iraq on Friday, killing six fighters. " + aside
    event = only_event(text, published="2024-02-03T09:00:00+03:00")
    assert (event["attacker"], event["target_country"]) == ("US", "IQ")


def test_each_launch_site_of_a_list_is_no_place_struck():
    text = ("Russia launched 40 missiles at Ukraine overnight, striking energy facilities in Lviv, the air force said. "
            "Missiles were launched from Tu-95 bombers over the Saratov region, from ships in the Black Sea and from "
            "Iskander launchers in Kursk and Bryansk regions.")
    event = only_event(text)
    assert (event["attacker"], event["target_country"], event["places"]) == ("RU", "UA", ["Lviv"])


def test_a_dated_count_after_a_semicolon_is_its_own_nights_attack():
    text = ("On May 14, Russia fired 210 drones and 12 missiles at Ukraine, with Kharkiv and Poltava among the "
            "targets; on May 19 it was 180 drones and four missiles, mostly against Odesa.")
    events = extract(text, published="2025-05-30T10:00:00+03:00").to_dict()["events"]
    assert sorted((e["date"], e["missiles"]["launched"] or 0) for e in events)[0] == ("2025-05-14", 12)
    assert len(events) == 2


@pytest.mark.parametrize("text, field, expected", [
    # a count after "including" or "among them" is a part of the figure before it, whatever verb is nearest
    ("Russia launched 64 missiles and 20 drones at Ukraine overnight, and air defences shot down 51 of the "
     "missiles, including all eight Kinzhals, the air force said.", ("missiles", "launched"), 64),
    ("Of the 30 attack drones Russia sent against Odesa, 22 were destroyed, among them six Gerbera decoys, "
     "the military said.", ("drones", "destroyed"), 22),
])
def test_a_part_told_after_including_adds_to_no_slot(text, field, expected):
    event = only_event(text)
    assert event[field[0]][field[1]] == expected


def test_a_toll_dated_by_another_day_is_that_days_attack():
    text = ("Russian missiles struck Kyiv on Monday morning, killing 12 people, officials said.\n\n"
            "18:40 - A Russian drone hit a house in Odesa on Tuesday, killing one man, the governor said. "
            "The toll from Monday stands at 14.")
    events = extract(text, published="2025-07-08T19:00:00+03:00").to_dict()["events"]
    assert sorted((e["date"], e["killed"]) for e in events) == [("2025-07-07", 14), ("2025-07-08", 1)]


def test_all_of_which_after_a_launch_told_counts_the_weapons_just_named():
    text = ("Russia attacked Ukraine overnight with 90 drones and ten missiles, the air force said: three Kinzhal "
            "missiles, none of which was intercepted; seven Kh-101 cruise missiles, launched from the Caspian Sea, "
            "all of which were destroyed.")
    event = only_event(text)
    assert event["missiles"]["destroyed"] == 7


@pytest.mark.parametrize("text, field, expected", [
    # a bulletin's tally verb tells what was launched of its object
    ("Russia attacked Ukraine overnight. The air force counted 260 drones and nine missiles; 231 drones and six "
     "missiles were shot down or suppressed.", ("drones", "launched"), 260),
    ("Russia attacked Ukraine overnight. The air force recorded 260 drones and nine missiles.",
     ("missiles", "launched"), 9),
    # ... but not of what it says was detected and then destroyed
    ("Ukraine attacked Russia's Voronezh region overnight. The governor said more than 20 drones had been detected "
     "and destroyed over the region.", ("drones", "launched"), None),
    # launch verbs with no "launch" in them
    ("Russia deployed 140 Shahed-type drones and decoys against Ukraine overnight, the air force said.",
     ("drones", "launched"), 140),
    ("Russia pummelled Odesa overnight with 45 drones and four missiles, the regional governor said.",
     ("missiles", "launched"), 4),
    ("Russia bombarded Kharkiv overnight with 45 drones and four missiles, the mayor said.",
     ("missiles", "launched"), 4),
    ("Ukraine came under attack overnight from 210 Russian drones and 14 missiles, the air force said.",
     ("drones", "launched"), 210),
    # "hit by", "strikes by": those that hit, whatever else the sentence says
    ("A Russian attack overnight damaged the Dnister dam: the plant was hit by six missiles, its operator said.",
     ("missiles", "hit"), 6),
    ("Russia attacked Ukraine with drones and missiles overnight. Strikes by five missiles and 41 drones were recorded "
     "at 22 locations, the air force said.", ("drones", "hit"), 41),
    # a figure parsed as the conjunct of the verb before it shares the verb
    ("Russia launched 520 drones and 11 missiles overnight. Air defences downed or suppressed 488 of the drones but "
     "only three of the missiles.", ("missiles", "destroyed"), 3),
    ("Russia sent 70 drones against Ukraine overnight; air defences took down 52.", ("drones", "destroyed"), 52),
    # a bare figure of those not stopped, in a sentence that names no weapon
    ("Russia fired 16 missiles at Lviv overnight. Ten were intercepted and only six landed, the governor said.",
     ("missiles", "hit"), 6),
    ("Russia attacked Ukraine overnight with 130 drones. Fourteen got past air defences and struck Kyiv.",
     ("drones", "hit"), 14),
    # casualties told with "lives" and "injuries"
    ("Russia struck Kharkiv with guided bombs on Friday. The attack claimed four lives, the mayor said.",
     ("killed",), 4),
    ("A Russian missile hit a hospital in Dnipro on Friday. Eighteen people sustained injuries, the governor said.",
     ("injured",), 18),
])
def test_verbs_the_count_patterns_were_not_written_for(text, field, expected):
    event = only_event(text)
    value = event[field[0]] if len(field) == 1 else event[field[0]][field[1]]
    assert value == expected


def test_a_later_night_opened_with_and_is_its_own_attack():
    text = ("Russia's drone raids have grown through the summer. On August 21 a barrage of 570 drones and 40 missiles "
            "killed 19 people in Lviv. And overnight into Sunday, August 31, the air force reported 690 drones and "
            "15 missiles, of which 640 drones were stopped.")
    events = extract(text, published="2025-09-02T10:00:00+03:00").to_dict()["events"]
    assert sorted((e["date"], e["drones"]["launched"]) for e in events) == [("2025-08-21", 570), ("2025-08-31", 690)]


@pytest.mark.parametrize("text, field, expected", [
    # a running count with its span said first, or as this week's or month's, is no attack's figure
    ("Russia launched 95 drones at Ukraine overnight, the air force said. Since the full-scale invasion, Russia has "
     "fired more than 11,000 missiles at Ukraine.", ("missiles", "launched"), None),
    ("Russian drones hit Sumy overnight, injuring nine people. The city has been hit by more than 300 drones this "
     "month, the mayor said.", ("drones", "hit"), None),
    # an earlier attack told by its size, as a yardstick, adds nothing to the night's count
    ("Russia fired 35 drones at Ukraine overnight, three weeks after a record attack of 810 drones, the air force "
     "said.", ("drones", "launched"), 35),
    # ... but not a superlative measured since a span
    ("Russian missiles struck Dnipro overnight and have killed at least 14 people, in the deadliest attack since "
     "the city was last struck in the spring last year.", ("killed",), 14),
])
def test_a_period_or_a_yardstick_adds_no_figure(text, field, expected):
    event = only_event(text)
    value = event[field[0]] if len(field) == 1 else event[field[0]][field[1]]
    assert value == expected


@pytest.mark.parametrize("text, damage", [
    # who speaks for a damage word, or where the wounded were treated, is no thing damaged
    ("A drone struck a bus stop in Kherson on Sunday, killing two people, a hospital official said.", []),
    ("Russian drones hit houses in Sumy overnight, and a wounded man died in an ambulance, the governor said.",
     ["residential"]),
    ("A missile hit a house in Haifa on Sunday; a boy underwent surgery at Rambam Medical Center.", ["residential"]),
    ("Missiles struck Chernihiv at about 9 a.m. on Sunday, when people were on their way to church, the city "
     "council said.", []),
    # the facility named before, referred back to: its kind came from its name
    ("A drone hit the Ryazan oil refinery overnight, setting part of the plant on fire, the governor said.",
     ["energy"]),
    ("Drones struck the Zmiiv thermal power plant on Sunday; the plant's turbine hall was destroyed.", ["energy"]),
    ("A drone attack set fire to an oil products plant in the Rostov region overnight, the governor said.",
     ["energy"]),
    # a military site named by its modifier has no category
    ("Israeli jets struck missile factories near Tehran overnight, the military said.", []),
    # a place over which drones were downed, a road people lay in, a car carrier ship, a fuel market
    ("Ten drones were shot down over the port of Ust-Luga on Sunday, the governor said.", []),
    ("Drones struck refineries in the Samara region on Sunday, putting strain on the fuel market.", ["energy"]),
    ("Israeli jets struck Hodeidah on Sunday and hit the seized car carrier anchored off the coast.", []),
    # a bus station is transport, not a vehicle
    ("A drone struck a minibus station in the centre of Kramatorsk on Sunday, killing 26 people.", ["transport"]),
    # weapons launched from trucks: the trucks were not damaged
    ("The security service said its drones struck bombers at the Engels airfield on Sunday, launched from trucks parked "
     "nearby.", []),
])
def test_damage_words_that_speak_refer_back_or_name_military_sites(text, damage):
    assert only_event(text)["damage"] == damage


@pytest.mark.parametrize("text, damage", [
    ("Debris struck a metro station used as a shelter in Kyiv overnight, the mayor said.", ["transport"]),
    ("The blast wave damaged the building of the EU delegation in Kyiv overnight, officials said.", ["diplomatic"]),
    ("Israeli jets struck the defence ministry headquarters in Damascus on Sunday, destroying part of the building.",
     ["government"]),
    ("A drone hit a pharmacy and a bakery in Kherson on Sunday, officials said.", ["commercial"]),
    ("Russian drones struck an enterprise in the Zhytomyr district overnight, causing a fire.", ["industrial"]),
    ("A Russian drone dropped an explosive on a farm in Sumy Oblast on Sunday, damaging a tractor.", ["vehicles"]),
    ("A bomb hit a flour mill in Mai Tsebri on Sunday, killing 17 people.", ["industrial"]),
    ("Russia's defence ministry said it had struck defence industry enterprises in Kharkiv overnight.", []),
    ("Russian drones hit power plants in Kharkiv overnight and the metro has stopped, the mayor said.", ["energy"]),
    # what a berth serves is no thing damaged; buses burned in a bus depot are vehicles
    ("Drones hit the refinery in Tuapse overnight and damaged a berth in the port used to load tankers.",
     ["energy", "transport"]),
    ("Drones hit a bus depot in Vinnytsia overnight, where several buses burned.", ["vehicles"]),
])
def test_damage_named_by_more_kinds_of_places(text, damage):
    assert only_event(text)["damage"] == damage


@pytest.mark.parametrize("text, killed, injured", [
    # a range as the only figure gives none, however it is written
    ("Israeli jets struck targets near Baalbek on Sunday. The army said 30 to 40 fighters had been killed.", None, None),
    ("A Russian glide bomb hit a shop in Kupiansk on Sunday. Two or three people were injured, the police said.",
     None, None),
    # ... but a toll grown from one figure to another is the toll
    ("A Russian missile struck a dormitory in Sumy on Sunday. By the evening the death toll had risen from 9 to 13.",
     13, None),
    ("A Russian drone struck a bus in Kherson on Sunday. The number of injured rose from six to eight.", None, 8),
    # "without causing" a loss is a zero, of both kinds or of the kind named
    ("An Iranian missile fell inside Al Udeid Air Base in Qatar on Sunday without causing any injuries or deaths.", 0, 0),
    ("A Houthi drone struck a fuel depot in Eilat on Sunday without causing injuries, the army said.", None, 0),
])
def test_casualty_ranges_growth_and_losses_avoided(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, field, expected", [
    # a weapon's maker written with an abbreviation's full stops is one of its modifiers
    ("Russia's defence ministry said air defences shot down four U.S.-made ATACMS missiles over Belgorod Oblast on "
     "Sunday.", ("missiles", "destroyed"), 4),
    ("Ukraine fired six U.S. ATACMS missiles at Kursk Oblast on Sunday, the Russian defence ministry said.",
     ("missiles", "launched"), 6),
    # a range of weapons gives no figure either
    ("Russia launched 20 or 30 drones at Odesa overnight into Sunday, the regional governor said.",
     ("drones", "launched"), None),
    # weapons that crossed a border or entered the airspace came at it: as many were launched
    ("Three Hezbollah drones crossed from Lebanon on Sunday and one struck a house in Nahariya, the army said.",
     ("drones", "launched"), 3),
    ("Russia attacked western Ukraine on Sunday; by noon 450 drones had entered Ukrainian airspace, the air force said.",
     ("drones", "launched"), 450),
])
def test_weapon_counts_with_abbreviated_makers_ranges_and_incursions(text, field, expected):
    assert only_event(text)[field[0]][field[1]] == expected


@pytest.mark.parametrize("text, killed, injured", [
    # the injured told by the care they were given, the count its object
    ("An Iranian missile struck a tower block in Bat Yam overnight; paramedics took 46 people to hospitals in Holon.",
     None, 46),
    ("Iranian missiles struck Haifa overnight, and hospitals in the north had admitted 52 people by the morning.",
     None, 52),
    # ... but patients moved out of a struck hospital are no injured
    ("A Russian missile hit a children's hospital in Kyiv on Sunday; staff took 80 patients to other hospitals.",
     None, None),
    # the number of a kind of victim, told by the word for their harm
    ("A drone struck a base in Jordan on Sunday. The number of service members hurt has risen to 34, officials said.",
     None, 34),
    ("Iranian missiles hit Beersheba on Sunday. The ministry put the number of people treated at 118.", None, 118),
    # a total that shares the verb of a place's figure
    ("Russia struck Kyiv with missiles on Sunday. Officials counted 21 dead in Kyiv and 29 across the country.", 29, None),
    # a toll that names its span is the span's, not the night's
    ("Iranian missiles killed six people in Israel overnight into Sunday. The Israeli toll since Friday stands at 11.",
     6, None),
])
def test_injured_by_their_care_kinds_of_victims_totals_and_spans(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text", [
    "Russia attacked Kyiv overnight with 40 drones. Over the week, Russia launched 1,270 drones and 114 missiles "
    "against Ukraine, Zelensky said.",
    "Russia attacked Kyiv overnight with 40 drones. Zelensky said Russia had launched 1,270 drones against Ukraine "
    "over the week.",
])
def test_a_weeks_count_is_not_the_nights(text):
    assert only_event(text)["drones"]["launched"] == 40


@pytest.mark.parametrize("text, field, expected", [
    # the one weapon launched, said to be destroyed by its noun alone
    ("Russia attacked Ukraine overnight with 90 drones and one Iskander-M ballistic missile; 70 drones were shot "
     "down and the missile was intercepted, the air force said.", ("missiles", "destroyed"), 1),
    # ... but not one of several
    ("Russia fired three missiles at Odesa overnight into Sunday. The missile was intercepted over the sea.",
     ("missiles", "destroyed"), None),
    # a figure that shares the verb of another place's
    ("Iran fired 15 missiles at the base on Sunday. Six were intercepted over the sea and eight over the capital, "
     "officials said.", ("missiles", "destroyed"), 14),
    # figures told under a negated verb of destroying are not destroyed
    ("Russia fired 60 missiles at Ukraine overnight into Sunday, and 40 were shot down. Among the missiles that were "
     "not intercepted were five Kinzhals and nine Iskander-M ballistic missiles.", ("missiles", "destroyed"), 40),
])
def test_destroyed_told_by_the_noun_a_shared_verb_or_a_negation(text, field, expected):
    assert only_event(text)[field[0]][field[1]] == expected


@pytest.mark.parametrize("text, missiles", [
    # weapons said not to be stopped struck: they are the hits, not the destroyed
    ("Russia fired 20 missiles at Ukraine overnight into Sunday. Twelve cruise missiles were downed; none of the "
     "eight Kinzhal missiles was intercepted.", {"launched": 20, "destroyed": 12, "hit": 8}),
    ("Russia fired 20 missiles at Ukraine overnight into Sunday: 12 Kh-101 cruise missiles and eight Kinzhals. The "
     "eight Kinzhals were not intercepted.", {"launched": 20, "destroyed": None, "hit": 8}),
    # none of all that were launched was stopped: every one struck
    ("Russia launched two ballistic missiles at Kharkiv from the Belgorod region on Sunday morning, the air force "
     "said; neither was intercepted.", {"launched": 2, "destroyed": 0, "hit": 2}),
    ("The air force counted three Iskander-M missiles fired at Dnipro overnight into Sunday, none intercepted.",
     {"launched": 3, "destroyed": 0, "hit": 3}),
    # ... but a part of a larger launch that was not stopped is no count of the attack's hits
    ("Russia fired 30 missiles at Ukraine overnight into Sunday. Of those, 26 cruise missiles were shot down; four "
     "ballistic missiles launched from Crimea, none intercepted, hit Odesa.", {"launched": 30, "destroyed": 26,
                                                                                "hit": None}),
])
def test_weapons_not_stopped_are_hits(text, missiles):
    assert only_event(text)["missiles"] == missiles


@pytest.mark.parametrize("text, drones", [
    # the rest of a pair, one of which was downed, that was lost or struck
    ("Hezbollah fired two drones at an army post near Haifa on Monday, the military said. One was shot down over "
     "the sea, while the other was lost from radar and hit a storage building.", {"launched": 2, "destroyed": 1,
                                                                                   "hit": 1}),
    ("Russia launched two attack drones at Sumy overnight into Sunday. One of the drones was intercepted; contact "
     "with the second was lost, the air force said.", {"launched": 2, "destroyed": 1, "hit": 1}),
    # ... but a second wave is no weapon of the pair
    ("Russia launched two attack drones at Sumy overnight into Sunday. One was intercepted. The second wave hit "
     "Okhtyrka in the morning.", {"launched": 2, "destroyed": 1, "hit": None}),
])
def test_the_other_of_a_pair_not_stopped_is_a_hit(text, drones):
    assert only_event(text)["drones"] == drones


@pytest.mark.parametrize("text, killed", [
    # the full stop of an abbreviation inside a toll phrase ends no sentence
    ("The death toll from the Nov. 16 Russian missile strike on Kyiv has risen to 14, officials said.", 14),
    ("Russia struck Odesa with missiles on Sunday. The death toll from the St. Nicholas church strike rose to 6.", 6),
])
def test_toll_phrases_with_abbreviations(text, killed):
    assert only_event(text)["killed"] == killed


def test_by_the_numbers_lines_count_across_the_dash():
    event = only_event("Russia attacked Ukraine overnight into Sunday. By the numbers:\n\n"
                       "About 320 — attack drones launched, the air force said.\n\n"
                       "At least 5 — people killed, in the Kyiv and Odesa regions.\n\n"
                       "17:15 — The air force said 290 drones were shot down.")
    assert (event["drones"]["launched"], event["drones"]["destroyed"], event["killed"]) == (320, 290, 5)


def test_a_timelines_day_heading_may_carry_an_aside_and_its_entries_are_told_in_the_present():
    # a timeline's entries: each day heads its paragraph ("Tuesday 3 June (the first strike)."), and what happened
    # is told in the historic present ("a strike hits", "jets strike")
    text = ("How the fortnight unfolded, day by day.\n\n"
            "Tuesday 3 June (the first strike). An Israeli strike hits a block of flats in Beirut's "
            "southern suburbs. The health ministry says seven people were killed.\n\n"
            "Wednesday 4 June. Diplomats meet in Paris to discuss a pause.\n\n"
            "Thursday 5 June. Israeli jets strike villages in the Bekaa valley; the ministry says 14 people were "
            "killed.")
    events = extract(text, published="2025-06-08T12:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["attacker"], e["target_country"], e["killed"]) for e in events] == [
        ("2025-06-03", "IL", "LB", 7), ("2025-06-05", "IL", "LB", 14)]
    assert events[0]["places"] == ["Beirut"]


def test_a_historic_present_outside_a_timeline_asserts_no_attack_of_its_own():
    # "an Israeli strike hits" with no day heading over it: a column's generalisation, no attack told; the same
    # sentence under a day's heading is a timeline's entry
    told = "An Israeli strike hits a block of flats in Beirut's southern suburbs."
    column = f"Opinion. {told} Diplomats talk, and nothing changes. Governments should press for a ceasefire."
    assert extract(column, published="2025-06-08T12:00:00+03:00").to_dict()["events"] == []
    timeline = f"How the week unfolded.\n\nTuesday 3 June. {told}"
    events = extract(timeline, published="2025-06-08T12:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["attacker"], e["target_country"]) for e in events] == [("2025-06-03", "IL", "LB")]


def test_a_briefings_question_asserts_nothing_and_names_no_place():
    # a transcript's question names what the reporter asks about; the answer tells what happened
    text = ("Below is a transcript of the army spokesman's briefing on Saturday night.\n\n"
            "SPOKESMAN: Russia launched 120 drones at Ukraine overnight, and 98 were shot down. Drones hit an energy "
            "facility in Sumy.\n\n"
            "Q: Were Poltava and Chernihiv hit as well?\n\n"
            "SPOKESMAN: I cannot comment on other regions tonight.")
    event = only_event(text, published="2025-07-05T23:30:00+03:00")
    assert event["places"] == ["Sumy"]
    assert event["drones"]["launched"] == 120 and event["drones"]["destroyed"] == 98


@pytest.mark.parametrize("text, killed, injured", [
    # a headline's or a newsletter's present tells the toll of the attack it reports
    ("A Russian glide bomb strike kills five people in Kherson on Saturday. The bomb hit a market, the regional "
     "governor said.", 5, None),
    ("Russian drones hit Mykolaiv overnight and wound six residents, officials say.", None, 6),
    ("A missile strike on a hospital in Sumy injures 14 people, including three doctors.", None, 14),
])
def test_a_toll_told_in_the_present(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


def test_a_toll_that_might_be_is_no_toll():
    # a modal's bare verb tells no toll: "could kill", "threatened to kill"
    text = ("Russia launched 45 drones at Poltava on Saturday night. Officials warned that such strikes could "
            "kill 30 people if shelters stay closed.")
    event = only_event(text)
    assert event["killed"] is None


def test_a_tally_listed_after_a_colon_is_the_launch():
    # a summary's list with no verb of its own: what was launched, the part after "of which" what was downed
    text = ("Russia attacked Ukraine on Saturday night. The Air Force posted its morning summary: 240 drones "
            "and 11 missiles, of which 221 drones and 9 missiles were destroyed.")
    event = only_event(text)
    assert event["drones"]["launched"] == 240 and event["drones"]["destroyed"] == 221
    assert event["missiles"]["launched"] == 11 and event["missiles"]["destroyed"] == 9


def test_a_tally_listed_after_a_colon_with_its_fate_in_the_next_sentence():
    text = ("Russia attacked Ukraine on Saturday night.\n\n"
            "08:30 - The Air Force publishes its summary: 180 drones and 7 missiles. It says 162 drones and "
            "5 missiles were shot down.")
    event = only_event(text)
    assert (event["drones"]["launched"], event["drones"]["destroyed"]) == (180, 162)
    assert (event["missiles"]["launched"], event["missiles"]["destroyed"]) == (7, 5)


def test_a_building_named_after_someone_keeps_the_day_said_after_it():
    # "named" reports only with the day first ("on Monday named the soldiers"); "named after" names a building
    event = only_event("A Russian missile hit the hospital named after Mechnikov on Sunday night, officials in "
                       "Dnipro said.", "2025-07-08T10:00:00+03:00")
    assert event["date"] == "2025-07-06"


def test_the_day_a_speaker_named_the_dead_is_the_reports():
    event = only_event("A Russian missile hit a hospital in Dnipro on Saturday, killing two doctors. Officials "
                       "on Monday named the two doctors.", "2025-07-08T10:00:00+03:00")
    assert event["date"] == "2025-07-05"


def test_a_separate_attack_at_its_own_time_of_day_is_its_own_event():
    # "In a separate attack on Saturday morning": told apart from the night's wave by the writer, at its own time
    text = ("Russian drones struck Odesa overnight, injuring four people, the governor said on Sunday.\n\n"
            "In a separate attack on Sunday afternoon, a guided bomb hit a shop in the village of Velykyi Burluk, "
            "injuring two people.")
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert [(e["places"], e["injured"]) for e in events] == [(["Odesa"], 4), (["Velykyi Burluk"], 2)]


def test_a_separate_strike_of_the_same_wave_stays_in_it():
    # "A separate strike hit the substation in Poltava", with no time of its own: another hit of the same attack
    text = ("Russian drones struck Odesa overnight, injuring four people, the governor said on Sunday.\n\n"
            "A separate strike hit an electrical substation in Poltava, cutting power to several districts.")
    event = only_event(text)
    assert set(event["places"]) == {"Odesa", "Poltava"}


def test_an_earlier_attack_dated_in_apposition_is_its_own_event():
    # "the previous attack on Lviv, on June 30, left 12 dead": the date set off by commas before the consequence
    text = ("Russia launched 210 drones and nine missiles at Ukraine overnight, killing three people in Lviv, "
            "officials said on Sunday.\n\nThe previous large attack on Lviv, on June 30, left 12 people dead.")
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert [(e["date"], e["killed"]) for e in events] == [("2025-07-06", 3), ("2025-06-30", 12)]


@pytest.mark.parametrize("text, earlier", [
    # the month opening the clause heads the day named after it
    ("In June, Russia had launched 480 drones at Ukraine on a single night, on June 12, killing nine people.",
     [("2025-06-12", 480)]),
    # a month's total, with a record night named after it, tells no attack of its own
    ("Russia launched more than 5,000 drones at Ukraine in June alone, and a record 480 in a single night on "
     "June 12.", []),
])
def test_a_month_heading_a_named_day_tells_that_days_attack(text, earlier):
    events = extract("Russia launched 120 drones at Ukraine overnight, the Air Force said on Sunday.\n\n" + text,
                     published=SUNDAY).to_dict()["events"]
    assert [(e["date"], e["drones"]["launched"]) for e in events] == [("2025-07-06", 120), *earlier]


def test_a_daytime_strike_after_the_nights_wave_is_its_own_event():
    # "Later on Sunday, a guided bomb struck a house": no side named, told after the wave of the night that ended
    # on Sunday: a strike of the day, apart from the night's
    text = ("Russian drones struck Sumy overnight, killing three people, the mayor said on Sunday.\n\n"
            "Later on Sunday, at about 11:50, a guided bomb struck a house in the city, injuring one more person.")
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert [(e["date"], e["killed"], e["injured"]) for e in events] == [
        ("2025-07-06", 3, None), ("2025-07-06", None, 1)]


def test_the_hour_of_a_days_strike_tells_no_other_strike():
    # "on Saturday" dates a strike of the day; "after the missile hit it on Saturday afternoon" is its hour
    text = ("A Russian missile hit an apartment building in Dnipro on Saturday, killing 12 people, officials said.\n\n"
            "A whole section of the building collapsed after the missile hit its middle on Saturday afternoon.")
    event = only_event(text)
    assert (event["date"], event["killed"]) == ("2025-07-05", 12)


@pytest.mark.parametrize("late", [
    "Earlier in the night, late on Saturday, a missile hit a house in Afula, killing two men.",
    "Late Saturday, a missile hit a house in Afula, killing two men, paramedics said.",
])
def test_a_strike_late_on_a_day_joins_the_wave_of_the_night_after(late):
    # "late on Saturday" is the evening the wave of the night into Sunday holds: one attack, not two
    text = ("Iran fired dozens of ballistic missiles at Israel overnight, and one struck an apartment block in "
            "Holon shortly after 2 a.m. on Sunday, killing five people.\n\n" + late)
    event = only_event(text)
    assert (event["date"], sorted(event["places"])) == ("2025-07-06", ["Afula", "Holon"])


def test_a_strike_late_on_the_day_before_a_daytime_one_stays_apart():
    # "came hours after a missile attack late on Friday": the earlier night's attack, not Saturday afternoon's
    text = ("A Russian missile struck a warehouse in Mykolaiv on Saturday afternoon, injuring one worker.\n\n"
            "The strike came hours after a Russian missile attack on Sloviansk late on Friday killed four people.")
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert len(events) == 2, events


def test_a_roundups_night_named_by_its_morning_is_not_the_last_sections_evening_strike():
    # a strike late on Saturday told under Saturday's heading, then "Overnight into Sunday" under Sunday's: two days
    text = ("Saturday, 5 July\n\nLate on Saturday evening, Russian missiles struck the centre of Kharkiv, injuring "
            "12 people.\n\nSunday, 6 July\n\nOvernight into Sunday, Russia launched 60 drones at Ukraine, 41 of "
            "which were shot down, the Air Force said.")
    events = extract(text, published="2025-07-07T10:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["injured"]) for e in events] == [("2025-07-05", 12), ("2025-07-06", None)]


def test_a_daytime_strike_stays_apart_from_an_event_the_night_joined():
    # "struck Kharkiv on Wednesday" says no time of day; "overnight into Wednesday" then tells it as the night's,
    # so "On Wednesday afternoon, a guided bomb struck Kupiansk" is a strike of its own
    text = ("Russian drones struck Kharkiv on Wednesday, killing two people.\n\n"
            "Russia launched 80 drones at Ukraine overnight into Wednesday, the Air Force said.\n\n"
            "On Wednesday afternoon, a Russian guided bomb struck a shop in Kupiansk, injuring four people.")
    events = extract(text, published="2025-07-09T18:00:00+03:00").to_dict()["events"]
    assert [(e["places"], e["injured"]) for e in events] == [(["Kharkiv"], None), (["Kupiansk"], 4)]


@pytest.mark.parametrize("text, field, expected", [
    # the parts of those that hit, listed after a colon: "six of them struck ..., one hit ..."
    ("Ukrainian drones attacked Kazan on Saturday morning. Nine drones took part in the raid, the emergency "
     "ministry said: five of them struck apartment blocks, two hit a chemical plant and two were shot down.",
     ("drones", "hit"), 7),
    # a bare figure that struck targets
    ("Russia attacked Ukraine overnight with 96 drones, of which 60 were shot down and 24 struck targets in five "
     "regions, the air force said.", ("drones", "hit"), 24),
    # a destroying verb in quotes after a bare figure
    ("Russia launched 380 drones at Ukraine overnight. Only 190 were reported shot down, with a further 150 "
     "\u201clost locationally\u201d, the air force said.", ("drones", "destroyed"), 340),
    # "neither" with its weapon noun: none of them destroyed
    ("Two Russian ballistic missiles were fired at Poltava on Tuesday morning, the air force said. Neither missile "
     "was intercepted.", ("missiles", "destroyed"), 0),
])
def test_hits_and_losses_told_of_bare_figures(text, field, expected):
    weapon, role = field
    assert only_event(text)[weapon][role] == expected


def test_a_part_of_both_kinds_together_is_neither_kinds():
    event = only_event("Russia fired 74 missiles and drones at Odesa overnight into Monday, and 41 of them were shot "
                       "down, the air force said.")
    assert event["drones"]["destroyed"] is None and event["missiles"]["destroyed"] is None


def test_a_weeks_figures_said_alone_are_no_nights():
    event = only_event("Russia attacked Ukraine with 310 drones and 12 missiles overnight into Sunday, the air force said. "
                       "\"Last week alone, Russia used more than 1,500 attack drones and almost 70 missiles against our "
                       "cities,\" the president wrote.")
    assert (event["drones"]["launched"], event["missiles"]["launched"]) == (310, 12)


@pytest.mark.parametrize("tally", [
    "Ukraine's Air Force said Russia launched 88 drones overnight, of which 61 were shot down.",
    "According to Ukraine's air force, Russia launched 88 drones overnight, and 61 drones were brought down.",
])
def test_the_air_force_that_downs_the_weapons_names_the_state_they_were_sent_against(tally):
    # the attacker's last target is another state's: the air force downing the weapons names this one's
    text = ("Russian jets bombed a market in Idlib, Syria, on Sunday, killing nine people, rescuers said.\n\n" + tally)
    events = extract(text, published="2025-07-06T21:00:00+03:00").to_dict()["events"]
    assert [(e["target_country"], e["killed"], e["drones"]["launched"]) for e in events] == [
        ("SY", 9, None), ("UA", None, 88)], events


@pytest.mark.parametrize("published", ["2025-03-10T21:00:00+02:00", "2025-03-10T13:00:00+02:00"])
def test_an_attack_told_with_no_day_takes_the_day_before_publication_that_the_report_opens_with(published):
    # the lead dates the report's story to the day before publication, at whatever hour it was published
    text = ("ADEN, Yemen — American warplanes bombed fuel depots near the port of Salif early on Sunday, the "
            "Houthi-run Saba agency reported.\n\nThe group's military spokesman said its forces had fired two "
            "ballistic missiles at the Israeli port city of Eilat in reply. Israel's military said both were intercepted.")
    events = extract(text, published=published).to_dict()["events"]
    assert [(e["attacker"], e["target_country"], e["date"]) for e in events] == [
        ("US", "YE", "2025-03-09"), ("YE", "IL", "2025-03-09")], events


def test_a_strike_told_again_after_the_one_it_provoked_keeps_the_day_it_was_named_by():
    # "That strike" tells again the strike answered in the sentence before, named there by its own day
    text = ("Hezbollah fired some 60 rockets at the Galilee on Thursday in retaliation for the 3 May strike on a farm "
            "near Nabatieh. That strike, blamed on Israel, killed four farm workers.")
    events = extract(text, published="2024-05-10T09:00:00+03:00").to_dict()["events"]
    assert [(e["attacker"], e["date"], e["killed"]) for e in events] == [
        ("LB", "2024-05-09", None), ("IL", "2024-05-03", 4)], events


@pytest.mark.parametrize("head, expected", [
    ("Analysis: How the junta learned to fly\n\n", None),
    ("COMMENT\n\n", None),
    # a news report tells of its own day
    ("", "2025-06-02"),
])
def test_a_commentary_gives_an_attack_told_with_no_day_no_date(head, expected):
    text = (head + "Myanmar's military has turned to air power as it loses ground. "
            "Military jets bombed a monastery in Sagaing region, killing 11 people, residents said.")
    assert only_event(text, published="2025-06-02T10:00:00+00:00")["date"] == expected


@pytest.mark.parametrize("text, published", [
    # a stretch opened late the day before and closed by the event's date: a wave begun in the night
    ("Russia attacked Ukraine with 64 drones from late Tuesday until Wednesday lunchtime, the air force said, with "
     "hits recorded in the Poltava region.", "2025-05-14T15:00:00+03:00"),
    ("Russian drones struck the Odesa region from Tuesday evening into Wednesday afternoon, damaging a port "
     "warehouse, the governor said.", "2025-05-14T16:30:00+03:00"),
])
def test_a_stretch_opened_late_the_day_before_is_the_nights(text, published):
    events = extract(text, published=published).to_dict()["events"]
    assert [(e["date"], e["period"]) for e in events] == [("2025-05-14", "night")]


def test_a_strike_at_lunchtime_alone_stays_a_daytime_one():
    text = ("Russian drones struck the Poltava region on Wednesday lunchtime, damaging a warehouse, the governor "
            "said.")
    events = extract(text, published="2025-05-14T15:00:00+03:00").to_dict()["events"]
    assert [(e["date"], e["period"]) for e in events] == [("2025-05-14", "day")]
