"""Attacks outside Russia and Ukraine: who struck whom, on which day, one realistic report each."""
from __future__ import annotations

import pytest

from strikewatch import extract

TUESDAY = "2025-05-06T18:00:00+02:00"


def events_of(text: str, published: str | None = TUESDAY) -> list[dict]:
    return extract(text, published=published).to_dict()["events"]


def test_strikes_of_consecutive_days_told_each_by_its_day_are_events_of_their_own():
    events = events_of(
        "Drones launched by the Rapid Support Forces struck the port of Port Sudan on Tuesday, the third "
        "day of attacks on the city, the army said. The attacks began on Sunday, when drones hit the Osman "
        "Digna air base. On Monday, drones set fire to a fuel depot near the southern port.")
    assert sorted(e["date"] for e in events) == ["2025-05-04", "2025-05-05", "2025-05-06"]


def test_a_night_and_the_morning_after_stay_one_attack():
    events = events_of("Russia launched 90 drones at Odesa on Sunday night. On Monday, a drone hit a "
                       "warehouse in the port, the governor said.")
    assert len(events) == 1, events


@pytest.mark.parametrize("text, sides", [
    ("Two rockets were fired from Lebanese territory at the town of Shlomi on Saturday, damaging a house, "
     "the army said.", [("LB", "IL")]),
    # the answer and the launch it answers, each an attack of its own
    ("Israeli warplanes pounded hillsides in south Lebanon on Saturday after three rockets were fired from "
     "Lebanese territory towards the Israeli town of Kiryat Shmona.", [("IL", "LB"), ("LB", "IL")]),
])
def test_weapons_fired_from_a_country_s_territory_are_that_country_s(text, sides):
    events = events_of(text, "2025-03-22T18:00:00+02:00")
    assert sorted((e["attacker"], e["target_country"]) for e in events) == sides


def test_the_golan_heights_are_coded_as_syria():
    events = events_of("A rocket fired by Hezbollah struck a football pitch in Majdal Shams in the occupied "
                       "Golan Heights on Saturday, killing 12 children.", "2024-07-28T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("LB", "SY")]


def test_a_group_named_with_what_it_is_claims_the_attack():
    events = events_of(
        "A drone struck a logistics base in north-eastern Jordan early on Sunday, killing two soldiers. The "
        "Islamic Resistance in Iraq, an umbrella group of Iran-aligned militias, claimed the attack.",
        "2024-03-03T12:00:00Z")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IQ", "JO")]


def test_a_military_speaking_of_its_own_jets_names_the_attacker():
    events = events_of("Blasts were reported across Isfahan overnight. The IDF says about 60 fighter jets "
                       "struck missile production sites in the first wave.", "2025-06-14T03:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IL", "IR")]


def test_an_attack_told_as_under_way_names_its_attacker():
    events = events_of("Iranian state television says Israeli jets are again striking targets in Tabriz.",
                       "2025-06-14T03:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IL", "IR")]


def test_debris_falling_on_a_third_country_belongs_to_the_attack_being_told():
    events = events_of("Iran fired about 150 ballistic missiles at Israel on Tuesday evening, striking near "
                       "an air base in the Negev. A man was killed in the West Bank city of Jericho when "
                       "debris from a missile fell on his car, Palestinian officials said.",
                       "2024-10-02T08:00:00+03:00")
    assert sorted((e["attacker"], e["target_country"], e["date"]) for e in events) == [
        ("IR", "IL", "2024-10-01"), ("IR", "PS", "2024-10-01")]


def test_a_state_named_by_its_compass_point_is_the_ground_struck():
    events = events_of("Israeli fighter jets struck Hezbollah rocket launchers in southern Lebanon before "
                       "dawn on Sunday, the military said.", "2024-08-25T12:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IL", "LB")]


def test_a_part_of_a_state_struck_as_the_verb_s_object_is_the_ground_struck():
    # "Iranian missiles struck northern Israel" after Iran's strike on a base abroad: a second pair
    events = events_of("Iran fired eight ballistic missiles at a US base in Iraq on Friday, the Pentagon "
                       "said. Iranian missiles also hit northern Israel on Friday, the Israeli military "
                       "said.",
                       "2025-06-20T18:00:00+03:00")
    pairs = sorted((e["attacker"], e["target_country"]) for e in events)
    assert pairs == [("IR", "IL"), ("IR", "IQ")], events


def test_the_ground_a_disaster_struck_is_no_target():
    # "the earthquake that struck central Myanmar on 28 March": no attack's ground, nor its day
    events = events_of("Aid groups said at least 14 people were killed in an air strike on a market in "
                       "Kyaukmyaung village, Sagaing Region, on Sunday 20 April.\n\nThe attack took place "
                       "during a truce declared by the military after the 7.7-magnitude earthquake that "
                       "struck central Myanmar on 28 March, and which was later extended.",
                       "2025-04-22T18:00:00+06:30")
    assert [(e["date"], e["killed"]) for e in events] == [("2025-04-20", 14)], events


def test_the_group_named_by_what_it_is_is_the_armed_group_named_before():
    events = events_of(
        "American warplanes struck a fuel terminal on Yemen's Red Sea coast on Monday night, killing 20 "
        "people, the Houthi-run health ministry said. Hours later, the group said it had fired a ballistic "
        "missile at Ben Gurion airport.", "2025-04-15T12:00:00+03:00")
    assert sorted((e["attacker"], e["target_country"]) for e in events) == [("US", "YE"), ("YE", "IL")]
    struck = next(e for e in events if e["attacker"] == "YE")
    assert struck["places"] == ["Ben Gurion Airport"]


def test_the_strike_a_claimed_attack_answers_was_on_the_claimant_s_side():
    events = events_of(
        "Hezbollah had earlier on Saturday claimed a rocket attack on an army position on Mount Hermon, "
        "in response to an Israeli strike that killed four of its fighters.", "2024-07-28T20:00:00+03:00")
    assert [(e["attacker"], e["target_country"], e["killed"]) for e in events] == [("IL", "LB", 4)]


def test_a_missile_that_was_launched_from_a_state_is_that_state_s():
    events = events_of("Sirens sounded across central Israel overnight after a missile was launched from "
                       "Yemen; the army said it was intercepted.", "2025-05-06T08:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("YE", "IL")]


def test_an_attempted_strike_foiled_by_air_defences_is_an_attack():
    events = events_of("Pakistan attempted to strike military targets in 12 Indian cities with drones "
                       "overnight, but all were neutralised, the defence ministry said on Thursday.",
                       "2025-05-08T15:00:00+05:30")
    assert [(e["attacker"], e["target_country"], e["date"]) for e in events] == [("PK", "IN", "2025-05-08")]


def test_a_month_heading_one_strike_dates_an_earlier_attack_not_a_period():
    events = events_of(
        "Myanmar military jets bombed a monastery in Lin Ta Lu village in Sagaing region on Friday, killing "
        "15 people sheltering there. In March, a military air strike on a school in Tabayin killed nine "
        "children, according to local groups.", "2025-07-12T10:00:00+06:30")
    assert sorted((e["killed"], e["date"]) for e in events if e["attacker"] == "MM") == [
        (9, None), (15, "2025-07-11")]


def test_a_speaker_set_off_by_commas_and_a_force_of_its_own_name_the_attacker():
    events = events_of("Hezbollah, for its part, said it had fired rockets at the outskirts of Kiryat "
                       "Shmona on Monday. The Yemeni Armed Forces announced that their missile force had "
                       "carried out an operation targeting Eilat.", "2024-10-08T12:00:00+03:00")
    assert sorted((e["attacker"], e["target_country"]) for e in events) == [("LB", "IL"), ("YE", "IL")]


def test_a_strike_with_no_target_named_joins_its_attacker_s_strike_of_that_day():
    events = events_of("The Israeli military said on Thursday it struck a heavy water reactor after warning "
                       "residents to evacuate. Israeli jets also struck sites near Natanz on Thursday.",
                       "2025-06-19T18:00:00+03:00")
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == [("IL", "IR", ["Natanz"])]



def test_a_groups_name_before_its_weapon_names_the_attacker():
    events = events_of("A Hezbollah drone struck an army base near Haifa on Sunday evening, killing two "
                       "soldiers.", "2024-10-14T08:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("LB", "IL")]


def test_a_lone_weapon_not_stopped_is_a_stated_zero_destroyed():
    events = events_of("A ballistic missile launched from Yemen slammed into a field near Ben Gurion Airport "
                       "on Sunday after attempts to intercept it failed, lightly wounding four people.",
                       "2025-05-04T15:00:00+03:00")
    assert [e["missiles"]["destroyed"] for e in events] == [0]


def test_most_intercepted_is_no_stated_zero():
    events = events_of("Iran fired 180 missiles at Israel on Tuesday night. Most were intercepted, but some "
                       "were not intercepted and struck the Nevatim air base.", "2024-10-02T09:00:00+03:00")
    assert [e["missiles"]["destroyed"] for e in events] == [None]


def test_the_one_weapon_of_a_wave_not_stopped_is_no_zero_of_the_wave():
    events = events_of("Russia fired 20 cruise missiles at Kyiv overnight; 19 were shot down, the air force "
                       "said. The one missile that got through was not intercepted.",
                       "2025-05-04T09:00:00+03:00")
    assert [e["missiles"]["destroyed"] for e in events] == [19]


def test_the_weapon_before_its_agent_leads_the_agents_attack_told_a_day_before():
    events = events_of(
        "Israeli jets struck the port of Hodeidah on Monday evening, a day after a ballistic missile "
        "fired by Yemen's Houthi rebels landed near Ben Gurion Airport. Sunday's missile slammed into an "
        "orchard beside a road, and paramedics said five people were lightly hurt.",
        "2025-05-05T22:00:00+03:00")
    told = {(e["attacker"], e["target_country"], e["date"], e["injured"]) for e in events}
    assert told == {("IL", "YE", "2025-05-05", None), ("YE", "IL", "2025-05-04", 5)}


def test_an_earlier_strike_dated_by_a_month_of_last_year_is_its_own_event():
    events = events_of(
        "Israeli jets struck the port of Hodeidah on Monday. Israel first struck Hodeidah in July last "
        "year, a day after a Houthi drone hit a flat in Tel Aviv, killing one man. That raid set fuel "
        "tanks ablaze and killed six people, Houthi officials said.", "2025-05-05T22:00:00+03:00")
    told = sorted((e["attacker"], e["target_country"], e["date"] or "", e["killed"] or 0) for e in events)
    assert told == [("IL", "YE", "", 6), ("IL", "YE", "2025-05-05", 0), ("YE", "IL", "", 1)]


def test_a_weapons_debut_is_no_earlier_strike():
    events = events_of("Russian drones hit Kharkiv overnight, wounding three. Russia first used the drone in "
                       "Ukraine in March 2022.", "2025-05-04T09:00:00+03:00")
    assert len(events) == 1


def test_a_strike_on_a_states_consulate_abroad_is_on_the_host_country():
    events = events_of(
        "Iran fired drones and missiles at Israel overnight. The Revolutionary Guards said the barrage "
        "punished an April 1 air strike on Iran's consular building in Damascus that killed seven officers.",
        "2024-04-14T09:00:00+03:00")
    damascus = [e for e in events if e["date"] == "2024-04-01"]
    assert [(e["attacker"], e["target_country"], e["places"], e["killed"]) for e in damascus] == [
        ("IL", "SY", ["Damascus"], 7)]
    assert "diplomatic" in damascus[0]["damage"]


def test_a_group_that_said_separately_it_had_fired_is_the_attacker_of_its_own_strike():
    events = events_of(
        "Iran launched drones at Israel overnight. Hezbollah in Lebanon said separately it had fired "
        "dozens of rockets at Israeli positions in the occupied Golan Heights during the night.",
        "2024-04-14T09:00:00+03:00")
    assert sorted((e["attacker"], e["target_country"]) for e in events) == [("IR", "IL"), ("LB", "SY")]


def test_the_ground_raid_that_began_a_war_is_no_air_attack():
    events = events_of(
        "Israeli air strikes on a tent camp in southern Gaza killed at least 60 Palestinians on Saturday, "
        "the health ministry said. In Israel, about 1,200 people were killed in the October 7 attack led "
        "by Hamas.",
        "2024-07-14T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"], e["killed"]) for e in events] == [("IL", "PS", 60)]


def test_a_cumulative_death_toll_over_the_war_is_not_the_strikes_own():
    events = events_of(
        "A UN guesthouse in Deir al-Balah was hit by an Israeli strike on Wednesday morning, killing one "
        "staff member. The cumulative death toll since October 2023 has now passed 49,000, with more than "
        "112,000 injured.", "2025-03-19T12:00:00Z")
    assert [(e["killed"], e["injured"]) for e in events] == [(1, None)]


def test_rockets_fired_from_a_country_are_its_attack():
    events = events_of("Four rockets were fired from Lebanon towards Metula on Saturday, two of which were "
                       "intercepted, the military said.", "2025-03-30T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == [("LB", "IL", ["Metula"])]


def test_retaliatory_strikes_are_named_by_their_attacker():
    events = events_of("Israeli retaliatory strikes on the town of Nabatieh killed three people on Sunday, "
                       "the Lebanese health ministry said.", "2025-03-31T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"], e["killed"]) for e in events] == [("IL", "LB", 3)]


def test_a_wars_toll_told_with_the_war_as_its_subject_is_not_the_strikes():
    events = events_of("Israeli jets struck a house in the southern village of Yohmor on Friday, the health "
                       "ministry said. The 14-month war killed more than 4,000 people in Lebanon.",
                       "2025-03-29T09:00:00+03:00")
    assert [(e["attacker"], e["killed"]) for e in events] == [("IL", None)]


def test_an_answer_told_as_retaliated_by_striking_is_an_attack_of_its_own():
    events = events_of("A Houthi drone hit an apartment block in Tel Aviv on Friday. Israel retaliated by "
                       "striking the port of Hodeidah on Saturday, killing six people.",
                       "2024-07-21T12:00:00+03:00")
    assert sorted((e["attacker"], e["target_country"], e["date"]) for e in events) == [
        ("IL", "YE", "2024-07-20"), ("YE", "IL", "2024-07-19")]


def test_gaza_alone_is_the_territory_and_gaza_city_a_place():
    events = events_of("Israeli air strikes on a tent camp in southern Gaza killed at least 60 Palestinians "
                       "on Saturday. Hours later, an Israeli strike on a school in Gaza City killed 20.",
                       "2024-07-14T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IL", "PS")]
    assert events[0]["places"] == ["Gaza City"]
    events = events_of("Israeli strikes hit homes across Gaza overnight, killing 40 people.",
                       "2024-07-14T09:00:00+03:00")
    assert [(e["target_country"], e["places"]) for e in events] == [("PS", [])]


def test_a_toll_since_a_day_written_with_an_abbreviated_month_is_a_longer_toll():
    events = events_of("Hezbollah fired rockets at Haifa on Tuesday, wounding two. Since Oct. 8, 2023, when "
                       "the group opened its front, more than 1,100 people have been killed in Lebanon, "
                       "according to a tally.",
                       "2024-09-25T09:00:00+03:00")
    assert [(e["attacker"], e["killed"], e["injured"]) for e in events] == [("LB", None, 2)]


def test_a_place_where_people_were_shot_dead_is_no_place_struck():
    events = events_of("Indian missiles struck nine sites in Pakistan overnight, killing 31 people. The "
                       "defence minister said India had targeted those who killed innocents in Pahalgam, "
                       "where 26 tourists were shot dead on April 22.", "2025-05-08T09:00:00+05:30")
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == [("IN", "PK", [])]


def test_two_allied_states_named_as_the_subject_are_a_joint_attack():
    events = events_of("The United States and Britain struck Houthi radar sites and missile depots across "
                       "Yemen overnight, the Pentagon said on Friday.", "2024-02-03T10:00:00Z")
    assert sorted((e["attacker"], e["target_country"]) for e in events) == [("GB", "YE"), ("US", "YE")]


def test_two_enemies_named_as_the_subject_are_still_no_ones_attack():
    # (the toll is told: a joint attack would give it to both states)
    events = events_of("India and Pakistan fired drones across the border overnight, killing five soldiers, "
                       "officials said.", "2025-05-09T10:00:00+05:30")
    assert not [e for e in events if e["killed"] is not None]


@pytest.mark.parametrize("text", [
    "Israel and Syria fired missiles across the border overnight, killing two soldiers, officials said.",
    "The United States and Iran struck targets near the border overnight, killing four people, aides said.",
])
def test_two_states_not_known_as_allies_named_as_the_subject_are_no_joint_attack(text):
    events = events_of(text, "2025-06-10T09:00:00+03:00")
    assert not [e for e in events if e["killed"] is not None]


def test_a_list_of_platforms_after_the_nationality_keeps_the_attacker():
    events = events_of("Israeli warplanes, drones and helicopters pounded the port of Hodeidah on Sunday "
                       "evening, setting fuel tanks ablaze.", "2024-07-21T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IL", "YE")]


def test_a_state_named_by_who_holds_it_is_the_target():
    events = events_of("American warplanes struck weapons stores in Houthi-controlled Yemen overnight, a US "
                       "official said.", "2024-10-17T08:00:00Z")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("US", "YE")]


def test_a_states_own_forces_named_with_its_possessive_are_the_attacker():
    events = events_of("Israel's military struck a residential block in Beirut's southern suburbs on Monday, "
                       "killing five people, the health ministry said.", "2024-09-24T08:00:00+03:00")
    assert [(e["attacker"], e["target_country"], e["killed"]) for e in events] == [("IL", "LB", 5)]


def test_the_royal_air_force_is_britain():
    events = events_of("Britain's defence ministry said RAF Typhoon jets had bombed two drone launch sites "
                       "near Hodeidah on Tuesday night.", "2024-02-07T10:00:00Z")
    assert [e["attacker"] for e in events] == ["GB"]


def test_a_town_said_to_be_in_a_country_is_that_countrys():
    events = events_of("US jets bombed a site at Bani in northwest Yemen used to launch drones, the military "
                       "said on Friday.", "2024-01-12T10:00:00Z")
    assert [(e["target_country"], e["places"]) for e in events] == [("YE", ["Bani"])]


def test_an_earthquakes_toll_is_not_the_air_strikes():
    events = events_of(
        "A military aircraft bombed a school in Myanmar's Sagaing region on Monday, killing 22 people, "
        "residents said. The junta declared a ceasefire after a powerful earthquake in March killed more "
        "than 3,700 people across central Myanmar.", "2025-05-13T08:00:00+06:30")
    assert [e["killed"] for e in events] == [22]


def test_a_count_in_the_perfect_over_a_whole_country_is_the_wars_toll():
    events = events_of(
        "Israeli jets struck several villages in south Lebanon overnight, the army said. More than 500 "
        "people have been killed in Lebanon, most of them fighters, according to a tally by news agencies.",
        "2024-07-28T09:00:00+03:00")
    assert [(e["attacker"], e["killed"]) for e in events] == [("IL", None)]


def test_a_groups_backer_named_as_its_adjective_is_not_the_target():
    events = events_of("US warplanes struck more than 30 targets in Yemen overnight, in the latest strikes "
                       "on the Iran-backed group, the Pentagon said on Saturday.", "2024-02-04T09:00:00Z")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("US", "YE")]


def test_provinces_named_for_their_listed_capitals_are_governorates():
    events = events_of("US and British strikes hit the capital Sanaa and the provinces of Hodeidah, Taiz and "
                       "Saada overnight, a Houthi spokesman said on Friday.", "2024-01-12T10:00:00Z")
    assert {"Hodeidah Governorate", "Taiz Governorate", "Saada Governorate"} <= set(events[0]["places"])


def test_a_toll_rising_after_a_shooting_is_the_shootings():
    events = events_of(
        "Iran fired about 180 ballistic missiles at Israel on Tuesday evening, the army said, and a "
        "restaurant in Tel Aviv was hit.\n\nSeparately, police said at least six people were killed in a "
        "shooting attack at a light rail stop in Jaffa. The toll later rose to seven.",
        "2024-10-01T23:55:00+03:00")
    assert [(e["attacker"], e["killed"]) for e in events] == [("IR", None)]


def test_a_flood_or_fire_a_strike_caused_keeps_its_toll():
    events = events_of("Russian missiles struck a dam near Kherson overnight, and the flooding that followed "
                       "killed two people, the regional governor said.", "2025-06-10T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"], e["killed"]) for e in events] == [("RU", "UA", 2)]
    events = events_of("A Russian drone hit a fuel depot in Dnipro overnight; an outbreak of fire killed one "
                       "worker, officials said.", "2025-06-10T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"], e["killed"]) for e in events] == [("RU", "UA", 1)]


def test_a_natural_disasters_toll_is_still_no_attacks():
    events = events_of("Russian drones struck Odesa overnight, the governor said. Separately, an earthquake "
                       "in the Carpathians killed three people.", "2025-06-10T09:00:00+03:00")
    assert [e["killed"] for e in events if e["attacker"] == "RU"] == [None]


def test_then_meaning_next_does_not_make_a_yardstick():
    events = events_of("Russia first sent 400 drones at Kyiv overnight, then a record 40 ballistic missiles, "
                       "the air force said.", "2025-06-10T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("RU", "UA")]
    assert events[0]["drones"]["launched"] == 400


def test_an_attack_then_the_largest_told_with_its_toll_is_an_attack():
    events = events_of("Russian missiles struck Kyiv overnight, then the largest attack on the capital this "
                       "year, killing three people, the mayor said.", "2025-06-10T09:00:00+03:00")
    assert [(e["attacker"], e["killed"]) for e in events] == [("RU", 3)]


def test_an_attack_then_the_largest_told_only_by_its_size_is_a_yardstick():
    events = events_of("Russia sent 120 drones at Odesa overnight. On May 25, Russia launched 298 "
                       "drones, then the largest package of the war.", "2025-06-10T09:00:00+03:00")
    assert [e["drones"]["launched"] for e in events] == [120]


def test_a_wide_area_is_kept_beside_a_place_outside_it():
    events = events_of("Israeli jets struck the Gaza Strip overnight, and an Israeli drone hit a car in "
                       "Tulkarm, the Palestinian news agency said.", "2025-06-10T09:00:00+03:00")
    assert sorted(p for e in events for p in e["places"]) == ["Gaza Strip", "Tulkarm"]


def test_a_wide_area_gives_way_to_a_town_inside_it():
    events = events_of("Israeli strikes across the Gaza Strip hit Khan Younis overnight, killing six people, "
                       "the health ministry said.", "2025-06-10T09:00:00+03:00")
    assert [e["places"] for e in events] == [["Khan Younis"]]


def test_a_compass_word_before_the_country_struck_keeps_its_target():
    events = events_of("Israeli jets carried out strikes across northwest Syria overnight, killing three "
                       "people, a war monitor said.", "2025-06-10T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IL", "SY")]


def test_the_south_of_a_country_struck_is_its_listed_part():
    events = events_of("Israeli air strikes on Hezbollah sites in Lebanon killed 31 people on Tuesday, the "
                       "health ministry said. Jets kept up raids on the south and the Bekaa through the "
                       "afternoon.", "2024-09-25T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IL", "LB")]
    assert {"South Lebanon", "Bekaa Valley"} <= set(events[0]["places"])


def test_impacts_seen_at_a_base_place_the_attack_there():
    events = events_of("Iran fired about 200 ballistic missiles at Israel on Tuesday evening. Video shared "
                       "online showed several impacts at the Nevatim air base in the Negev.",
                       "2024-10-02T08:00:00+03:00")
    assert events[0]["places"] == ["Nevatim"]


def test_a_siren_sentence_that_tells_a_wound_still_places_the_strike():
    events = events_of("Sirens wailed across the Galilee on Sunday as a drone launched from Lebanon slammed "
                       "into a house in Nahariya, wounding two people.", "2024-09-30T09:00:00+03:00")
    assert "Nahariya" in events[0]["places"]


def test_a_township_that_locates_the_village_struck_is_no_place_of_the_attack():
    events = events_of("A military jet bombed a monastery in Kyauk Myaung village, in Tabayin township, on "
                       "Friday, killing nine villagers, a local resistance group said.",
                       "2025-07-12T09:00:00+06:30")
    assert events[0]["places"] == ["Kyauk Myaung"]


def test_an_earlier_attack_dated_by_its_month_keeps_its_own_place():
    events = events_of("Junta aircraft bombed a clinic in Kyauk Ni Maw village on Monday, killing six "
                       "people.\n\nIn March 2024, an air strike on a wedding in Bon To village killed more "
                       "than 40 guests.", "2025-05-13T09:00:00+06:30")
    earlier = [e for e in events if e["date"] is None]
    assert earlier and earlier[0]["places"] == ["Bon To"]


def test_most_of_a_stated_salvo_intercepted_counts_none_destroyed():
    events = events_of("Iran launched some 180 ballistic missiles at Israel on Tuesday night. Most of the "
                       "180 missiles were intercepted by Israeli and US air defences, the army said.",
                       "2024-10-02T08:00:00+03:00")
    assert events[0]["missiles"] == {"launched": 180, "destroyed": None, "hit": None}


def test_an_attack_that_came_days_after_another_leaves_that_ones_toll_to_it():
    events = events_of("Israeli jets struck Sanaa airport on Tuesday, killing three people. The raids came "
                       "days after Houthi missiles hit Ben Gurion Airport, wounding eight people.",
                       "2025-05-06T20:00:00+03:00")
    tolls = {(e["attacker"], e["target_country"]): (e["killed"], e["injured"]) for e in events}
    assert tolls == {("IL", "YE"): (3, None), ("YE", "IL"): (None, 8)}


@pytest.mark.parametrize("yardstick", [
    "the deadliest day in the country since the end of the 1975-90 civil war",
    "the deadliest attack since the group began firing at Israel last year",
    "the deadliest single strike of Washington's six-week campaign against the group",
    "the deadliest day in the country in decades",
])
def test_a_war_or_a_campaigns_own_yardstick_makes_a_record(yardstick):
    events = events_of(f"Israeli strikes across southern Lebanon killed 92 people on Monday, {yardstick}, "
                       "the health ministry said.", "2024-09-24T09:00:00+03:00")
    assert events[0]["record"] is True


@pytest.mark.parametrize("helpers", [
    "American destroyers shot down 40 drones and two ballistic missiles, a US official said",
    "British jets downed 12 drones over Iraq, the defence ministry in London said",
    # its own forces named by its command; told with their support; named after the figure, as its
    # passive's agent
    "US Central Command said its own forces destroyed more than 50 drones",
    "American forces, backed by a pair of destroyers in the Red Sea and tanker aircraft, had engaged and "
    "destroyed more than 50 drones and at least four ballistic missiles",
    "Around 50 drones were destroyed by US forces over Jordan and Iraq, officials said",
])
def test_what_a_helping_states_forces_shot_down_is_not_the_attacks_whole_destroyed(helpers):
    events = events_of(f"Iran fired 150 drones and 60 missiles at Israel overnight. {helpers}.",
                       "2024-10-02T09:00:00+03:00")
    assert [(e["drones"]["destroyed"], e["missiles"]["destroyed"]) for e in events] == [(None, None)]


def test_the_target_states_own_forces_shoot_down_the_whole():
    events = events_of("Iran fired 150 drones at Israel overnight. Israeli jets shot down 140 drones.",
                       "2024-10-02T09:00:00+03:00")
    assert events[0]["drones"]["destroyed"] == 140


def test_an_answered_attack_not_from_the_air_is_no_event_and_lends_no_toll():
    events = events_of("Indian missiles struck four sites in Pakistan before dawn on Wednesday, the army "
                       "said. New Delhi said the strikes were in retaliation for the May 1 attack in a "
                       "mountain resort that killed 19 tourists.", "2025-05-07T09:00:00+05:00")
    assert [(e["attacker"], e["target_country"], e["killed"]) for e in events] == [("IN", "PK", None)]


def test_the_toll_of_the_strike_answered_told_the_sentence_after_is_not_the_answers():
    events = events_of("Hezbollah said it fired drones at an army camp near Binyamina on Sunday, killing "
                       "four soldiers, in response to Israeli strikes on Beirut on Thursday night. Those "
                       "strikes hit two buildings and killed 22 people, the health ministry said.",
                       "2024-10-13T22:00:00+03:00")
    assert {(e["attacker"], e["target_country"]): e["killed"] for e in events}[("LB", "IL")] == 4


@pytest.mark.parametrize("text, attacker", [
    ("The Islamic Revolution Guards Corps (IRGC) says it has launched a new wave of missiles at air bases in "
     "the Negev.", "IR"),
    ("The Rapid Support Forces (RSF) said they had struck the airport in Port Sudan with drones on Tuesday.",
     "SD"),
])
def test_a_speakers_initials_in_brackets_keep_its_claim_its_own(text, attacker):
    assert [e["attacker"] for e in events_of(text)] == [attacker]


def test_a_strike_on_ground_the_target_holds_is_the_attacks_own_of_its_day():
    events = events_of("Iran fired about 180 ballistic missiles at Israel on Tuesday evening, the military "
                       "said. In the West Bank, a Palestinian man was killed by falling debris in Jericho, "
                       "the city's governor said.", "2024-10-02T08:00:00+03:00")
    sides = {(e["attacker"], e["target_country"]): e for e in events}
    assert ("IR", "PS") in sides, events
    assert sides[("IR", "PS")]["killed"] == 1
    assert sides[("IR", "PS")]["date"] == sides[("IR", "IL")]["date"] == "2024-10-01"


def test_a_strike_on_ground_the_attacker_holds_is_the_other_sides():
    events = events_of("Israeli jets struck a building in Beirut's southern suburbs on Tuesday night. The "
                       "strike came three days after a rocket killed 12 children on a football pitch in "
                       "Majdal Shams.",
                       "2024-07-31T08:00:00+03:00")
    assert ("LB", "SY") in {(e["attacker"], e["target_country"]) for e in events}, events


def test_a_civil_wars_strikes_in_libya_are_libyas_own():
    events = events_of("Libyan government drones struck warehouses and boats used by smugglers near Zawiya "
                       "on Thursday, the defence ministry in Tripoli said.")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("LY", "LY")]


@pytest.mark.parametrize("text, published, sides", [
    ("Iran fired a barrage of ballistic missiles at Israel on Thursday evening, wounding 14 people in "
     "Haifa. Overnight, warplanes bombed a missile depot near Kermanshah and a radar site outside Tabriz, "
     "killing five guards, Iranian state media said.", "2025-06-20T09:00:00+03:00",
     [("IR", "IL"), ("IL", "IR")]),
    ("Houthi rebels fired a ballistic missile at Eilat on Monday; it fell in open ground. On Wednesday, "
     "fighter jets struck the port of Hodeidah and a power station in the city, killing three workers, the "
     "Houthi-run health ministry said.", "2025-07-10T09:00:00+03:00", [("YE", "IL"), ("IL", "YE")]),
    ("Iran launched ballistic missiles at Tel Aviv on Sunday, killing two people in a residential street. "
     "Israeli jets carried out a wave of strikes on Tuesday night, the army said, without naming the "
     "targets.", "2025-06-18T09:00:00+03:00", [("IR", "IL"), ("IL", "IR")]),
])
def test_a_strike_and_its_answer_told_together_are_of_opposite_sides(text, published, sides):
    assert [(e["attacker"], e["target_country"]) for e in events_of(text, published)] == sides


@pytest.mark.parametrize("text, places", [
    ("Pakistani jets bombed suspected militant hideouts in Afghanistan's Paktia province overnight on "
     "Sunday, and the Taliban administration said nine civilians were killed.", ["Paktia Province"]),
    ("Pakistani aircraft struck two villages in Khost province before dawn on Sunday, killing six people, an "
     "Afghan official said.", ["Khost Province"]),
])
def test_pakistans_strikes_across_the_border_are_on_afghanistan(text, places):
    events = events_of(text, "2025-03-10T09:00:00+05:00")
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == [("PK", "AF", places)]


@pytest.mark.parametrize("made_of", ["was made up of", "comprised"])
def test_a_barrage_told_by_what_it_was_made_of_counts_its_missiles_of_every_type(made_of):
    events = events_of(f"Iran struck at Israel overnight. An army spokesman said the salvo {made_of} about "
                       "90 drones, roughly 20 cruise missiles and more than 60 ballistic missiles.",
                       "2024-04-14T09:00:00+03:00")
    launched = [(e["attacker"], e["drones"]["launched"], e["missiles"]["launched"]) for e in events]
    assert launched == [("IR", 90, 80)]


@pytest.mark.parametrize("ground", [
    "The army said its troops had begun limited ground raids against Hezbollah in southern Lebanon "
    "overnight.",
    "Israeli forces launched a ground invasion of southern Lebanon on Tuesday.",
])
def test_troops_sent_in_on_the_ground_add_no_place_struck_from_the_air(ground):
    events = events_of(f"Israeli warplanes bombed a warehouse in Tyre on Monday. {ground}",
                       "2024-10-01T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == [("IL", "LB", ["Tyre"])]


def test_a_yemeni_airfield_town_named_alone_is_in_yemen():
    events = events_of("The Houthis fired a missile at a tanker in the Red Sea. Hours later, British Typhoon "
                       "jets bombed the Abbs airfield, the defence ministry in London said.",
                       "2024-01-13T09:00:00Z")
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == [("GB", "YE", ["Abbs"])]


@pytest.mark.parametrize("text, published, sides_places", [
    *[(f"Israeli jets struck an apartment block in {suburb} on Friday, Lebanon's health ministry said.",
       "2024-09-28T09:00:00+03:00", ("IL", "LB", ["Beirut"])) for suburb in ("Jamous", "Hadath", "Laylaki",
                                                                              "Choueifat")],
    ("Israeli jets struck a building in Mezzeh on Monday, Syrian state media said.",
     "2024-01-22T09:00:00+03:00", ("IL", "SY", ["Damascus"])),
])
def test_a_capitals_suburb_or_district_is_the_capital(text, published, sides_places):
    events = events_of(text, published)
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == [sides_places]


def test_the_answer_joined_to_a_dated_strike_in_one_sentence_is_of_that_day():
    events = events_of(
        "Israeli jets struck a house in Tyre on Friday, killing four people, Lebanese officials said. It was "
        "the third exchange this month. On Monday, May 12, two rockets were launched from Lebanon towards "
        "Shlomi, and Israeli retaliatory strikes on the south killed three people.",
        "2025-05-16T18:00:00+03:00")
    assert sorted((e["date"], e["attacker"], e["target_country"], e["killed"]) for e in events) == [
        ("2025-05-12", "IL", "LB", 3), ("2025-05-12", "LB", "IL", None), ("2025-05-16", "IL", "LB", 4)]


def test_an_earlier_toll_or_the_strike_answered_takes_no_day_from_the_sentence():
    events = events_of("On June 2, Iran fired missiles at the Al Udeid Air Base in retaliation for American "
                       "strikes on Iranian nuclear sites; all were intercepted.", "2025-06-10T12:00:00+03:00")
    assert sorted((e["attacker"], e["target_country"], e["date"]) for e in events) == [
        ("IR", "QA", "2025-06-02"), ("US", "IR", None)]


def test_a_paragraph_opened_by_a_full_date_dates_the_first_strike_of_the_other_side():
    events = events_of(
        "Four days of fighting ended with a truce on Saturday.\n\n"
        "On the night of June 2-3, Iran said Israel tried to strike radar sites in six provinces with "
        "drones, all of which were downed. In response, Iran said, it targeted an Israeli air base near "
        "Haifa.\n\n"
        "Before dawn on June 5, Israel said Iranian missiles had hit two bases, including Nevatim.",
        "2025-06-07T20:00:00+03:00")
    assert sorted((e["date"], e["attacker"], e["target_country"], tuple(e["places"])) for e in events) == [
        ("2025-06-03", "IL", "IR", ()), ("2025-06-03", "IR", "IL", ("Haifa",)),
        ("2025-06-05", "IR", "IL", ("Nevatim",))]


def test_a_small_border_town_of_israel_is_placed_in_israel():
    events = events_of("Two anti-tank missiles hit houses in Metula on Sunday, wounding a man.",
                       "2025-03-23T09:00:00+02:00")
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == [(None, "IL", ["Metula"])]


def test_a_strike_the_state_it_is_laid_to_has_not_owned_is_that_state_s():
    events = events_of(
        "A missile strike destroyed a warehouse used by the Revolutionary Guards near Homs on Wednesday, "
        "killing five officers, Syrian state media said. Israel has neither confirmed nor denied that "
        "strike.", "2024-06-13T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IL", "SY")]


def test_a_strike_laid_at_an_armed_group_s_door_is_that_group_s():
    events = events_of(
        "A drone slammed into an oil field in north-eastern Syria on Friday, halting output, local officials "
        "said. Washington blamed Kataib Hezbollah.", "2024-11-30T10:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IQ", "SY")]


@pytest.mark.parametrize("blame", [
    # Iraq's militias named by their patron, as the side struck lays the attack at their door
    "The Pentagon said the attack was carried out by \"hardline Iran-backed militant groups\" based in Iraq.",
    "Officials in Washington spoke of a grave escalation, blaming Iranian-aligned militias.",
    "A US official said the drone had been launched by fighters of militias backed by Iran's Quds Force, and "
    "blamed militias backed by Iran.",
    # a quoted kind of group within the force named
    "Kurdish officials said the strike had been carried out by \"rogue factions\" within Iraq's Popular "
    "Mobilisation Forces.",
])
def test_a_strike_laid_at_iraq_s_militias_door_is_iraq_s(blame):
    events = events_of("A drone slammed into a supply depot at a US garrison in eastern Syria on Friday, "
                       f"wounding four soldiers. {blame}", "2024-11-30T10:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IQ", "SY")]


def test_the_group_a_patron_backs_is_not_named_by_the_patron():
    events = events_of("A drone slammed into a supply depot in eastern Syria on Friday, wounding four "
                       "soldiers. The Pentagon blamed Iran-backed groups.", "2024-11-30T10:00:00+03:00")
    assert [e["attacker"] for e in events] == [None]


def test_a_blame_that_is_denied_names_no_attacker():
    events = events_of(
        "A drone slammed into an oil field in north-eastern Syria on Friday, halting output, local officials "
        "said. Washington blamed Kataib Hezbollah, which denied any role.", "2024-11-30T10:00:00+03:00")
    assert [e["attacker"] for e in events] == [None]


def test_guards_who_said_that_night_that_they_had_fired_are_the_attacker():
    events = events_of(
        "Sirens sounded over Haifa as missiles fell on Tuesday, and debris hit a school, police said. Iran's "
        "Revolutionary Guards said on Tuesday night that they had fired a barrage at military sites.",
        "2024-10-02T08:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IR", "IL")]


def test_an_attack_on_a_state_by_no_one_named_is_by_the_side_whose_foe_it_is():
    events = events_of(
        "American warplanes bombed a fuel terminal near Hodeidah on Tuesday, killing nine workers, officials "
        "in Sanaa said. The group's spokesman said its forces fired two drones at Eilat in reply; the "
        "Israeli military said both were shot down over the sea.")
    assert sorted((e["attacker"], e["target_country"]) for e in events) == [("US", "YE"), ("YE", "IL")]


@pytest.mark.parametrize("aside", [
    # a state's weapon that is not attacking: its drone coming home, its missile-defence office, its
    # interceptors, the coalition forces a base hosts
    "Guards said it came in just as an American drone was returning from a patrol, so nobody fired at it.",
    "Guards said the raider arrived just as a returning American drone was landing, so nobody fired at it.",
    "The US Missile Defense Agency said it had fired two interceptors at the raider.",
    "By then the US had fired a large share of its SM-3 stock.",
    "Another drone was shot down near the airfield, which hosts US-led coalition forces.",
])
def test_a_state_s_weapon_that_defends_or_comes_home_makes_no_attacker(aside):
    events = events_of(
        "A one-way drone struck a supply depot in northern Jordan before dawn on Friday, wounding four "
        "guards. " + aside, "2024-03-09T12:00:00Z")
    assert [(e["attacker"], e["target_country"]) for e in events] == [(None, "JO")], events


def test_a_day_told_beside_a_superlative_s_vague_span_still_dates_the_attack():
    events = events_of(
        "American air strikes on a fuel terminal near Hodeidah late on Tuesday killed 19 dock workers, rebel "
        "officials said, the deadliest raid since Washington widened its bombing last month. The bombing "
        "campaign opened on 2 March with raids on Sanaa that killed eight people.", "2025-04-09T10:00:00Z")
    assert sorted((e["date"], e["killed"]) for e in events) == [("2025-03-02", 8), ("2025-04-08", 19)], events


def test_munitions_that_include_missiles_count_no_missiles():
    events = events_of(
        "US warplanes and a destroyer struck 30 targets in Yemen overnight, using more than 80 guided "
        "munitions including Tomahawk missiles, the Pentagon said.", "2024-02-04T12:00:00Z")
    assert [(e["attacker"], e["missiles"]["launched"]) for e in events] == [("US", None)], events


def test_an_enemy_named_by_its_nationality_is_that_state_not_the_targets_usual_foe():
    events = events_of("The American enemy carried out nine raids on the Kitaf district of Saada on "
                       "Saturday, killing two farmers, the Houthi-run Saba agency said.",
                       "2025-04-13T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("US", "YE")]


def test_palestinian_militants_are_the_attacker_of_their_rocket_salvo():
    events = events_of("Palestinian militants fired a salvo of rockets at Sderot on Thursday, lightly "
                       "wounding a woman, paramedics said.", "2023-05-12T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"], e["places"]) for e in events] == [("PS", "IL", ["Sderot"])]


def test_a_salvo_at_an_aircraft_carrier_is_an_attack_at_sea_not_an_event():
    events = events_of("The Houthis said on Wednesday they had fired three cruise missiles and a swarm of "
                       "drones at an American aircraft carrier in the northern Red Sea.",
                       "2025-04-30T09:00:00+03:00")
    assert events == []


def test_libyas_capital_is_a_town_of_libya_not_only_lebanons_namesake():
    events = events_of("An air strike hit a field hospital in Tripoli late on Sunday, killing four medics, "
                       "the health ministry in the Libyan capital said.", "2019-06-10T09:00:00+02:00")
    assert [(e["target_country"], e["places"]) for e in events] == [("LY", ["Tripoli"])]


def test_a_later_day_s_attack_named_by_its_day_in_the_possessive_is_its_own():
    # "Monday's attacks" after Sunday's wave and before Tuesday's: an attack of its own day, by the same sides
    events = events_of(
        "Drones struck Port Sudan on Tuesday, hitting the southern port and the main power station, the army "
        "said. The attacks began on Sunday, when drones hit an air base on the edge of the city. Monday's "
        "attacks targeted fuel depots close to the port, setting several tanks ablaze.")
    assert "2025-05-05" in [e["date"] for e in events], events
