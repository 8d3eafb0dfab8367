"""extract(): the whole extractor on short articles written for these tests."""
from __future__ import annotations

import pytest

from strikewatch import extract
from strikewatch.records import AirAttack

PUBLISHED = "2025-03-08T09:00:00+02:00"  # a Saturday morning


def events(text: str, published: str | None = PUBLISHED) -> tuple[AirAttack, ...]:
    return extract(text, published=published).events


def one(text: str, published: str | None = PUBLISHED) -> AirAttack:
    found = events(text, published)
    assert len(found) == 1, [e.to_dict() for e in found]
    return found[0]


def cited(ev: AirAttack, field: str) -> list:
    return [e for e in ev.evidence if e.field == field]


# --- weapon counts ---------------------------------------------------------------------------------------

def test_per_type_missiles_are_summed_into_launched():
    ev = one("Russia attacked Ukraine overnight with 12 Kh-101 cruise missiles, four Iskander-M ballistic "
             "missiles and a Kinzhal, the Ukrainian air force said.")
    assert ev.missiles.launched == 17
    assert ev.drones.launched is None
    assert len(cited(ev, "missiles.launched")) == 3


def test_drones_and_missiles_launched_are_kept_apart():
    ev = one("Russia launched 93 drones and seven missiles at Ukraine overnight, the air force said.")
    assert (ev.drones.launched, ev.missiles.launched) == (93, 7)


def test_shot_down_and_lost_locationally_are_summed_into_destroyed():
    ev = one("Russia launched 146 drones at Ukraine overnight, the air force said. Air defence units shot "
             "down 97 drones, while 41 were lost locationally.")
    assert ev.drones.destroyed == 138
    assert ev.drones.launched == 146


def test_destroyed_parts_in_separate_sentences_are_summed():
    ev = one("Russia launched 80 drones at Ukraine overnight. Air defences shot down 50 drones. Another 22 "
             "drones were lost locationally, the air force said.")
    assert ev.drones.destroyed == 72


def test_breached_air_defences_is_hit():
    ev = one("Russia launched 120 drones at Ukraine overnight, the air force said. Eight drones breached air "
             "defences and struck targets in Kharkiv.")
    assert ev.drones.hit == 8
    assert ev.drones.launched == 120


def test_hit_is_never_launched_minus_destroyed():
    ev = one("Russia launched 120 drones at Ukraine overnight. Air defences shot down 100 drones, the air "
             "force said.")
    assert ev.drones.hit is None


def test_exact_figure_replaces_an_earlier_rough_one():
    ev = one("Russia launched more than 400 drones at Ukraine overnight, officials said. The Ukrainian air "
             "force later said Russia had launched 426 drones and 21 missiles.")
    assert ev.drones.launched == 426
    assert ev.missiles.launched == 21


def test_exact_figure_smaller_than_the_rough_one_still_wins():
    ev = one("Russia launched about 500 drones at Ukraine overnight. The air force said Russia had launched "
             "477 drones.")
    assert ev.drones.launched == 477


def test_rough_figure_alone_counts_as_its_number():
    ev = one("Russia launched more than 300 drones at Ukraine overnight, the air force said.")
    assert ev.drones.launched == 300


def test_combined_weapons_total_is_not_assigned_to_either_type():
    ev = one("Russia attacked Ukraine overnight with 300 drones and missiles, the air force said.")
    assert ev.drones.launched is None
    assert ev.missiles.launched is None


def test_combined_targets_neutralised_is_not_split():
    ev = one("Russia launched 350 drones and 35 missiles at Ukraine overnight, the air force said. Air "
             "defences neutralised 385 targets.")
    assert (ev.drones.launched, ev.missiles.launched) == (350, 35)
    assert ev.drones.destroyed is None
    assert ev.missiles.destroyed is None


def test_counts_are_null_when_no_figure_is_given():
    ev = one("Russian drones struck Kharkiv overnight, the governor said.")
    assert ev.drones.launched is None and ev.drones.destroyed is None and ev.drones.hit is None
    assert ev.missiles.launched is None and ev.missiles.destroyed is None and ev.missiles.hit is None


# --- casualties ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    ("Russian drones struck Kharkiv overnight, killing three people and injuring seventeen.", 3, 17),
    ("Russian missiles struck Poltava overnight. Twenty-seven people were injured and two were "
     "killed.", 2, 27),
    ("Russian missiles struck Poltava overnight. A dozen people were injured, the governor said.", None, 12),
])
def test_casualty_numbers_in_words(sentence, killed, injured):
    ev = one(sentence)
    assert (ev.killed, ev.injured) == (killed, injured)


def test_no_one_hurt_is_injured_zero_and_killed_unknown():
    ev = one("A Russian missile struck an apartment block in Dnipro overnight. No one was hurt, the regional "
             "governor said.")
    assert ev.injured == 0
    assert ev.killed is None


def test_no_one_killed_is_killed_zero_only():
    ev = one("Russian drones hit a warehouse in Lviv overnight. No one was killed, the mayor said.")
    assert ev.killed == 0
    assert ev.injured is None


def test_no_casualties_is_zero_killed_and_zero_injured():
    ev = one("Russian drones hit a warehouse in Odesa overnight. There were no casualties, the mayor said.")
    assert (ev.killed, ev.injured) == (0, 0)


@pytest.mark.parametrize("text", [
    "Russian drones attacked the Kyiv region overnight. Two people were injured in Bila Tserkva, the regional "
    "administration said. In the capital itself, falling debris damaged a car park, but no casualties were reported.",
    "Drones hit an energy facility in the Khmelnytskyi region and a warehouse in the Lviv region overnight. Three "
    "workers were hurt in Khmelnytskyi. Officials in Lviv reported damage but no casualties.",
])
def test_no_casualties_of_a_part_leaves_the_dead_unknown_when_others_were_hurt(text):
    # a zero of both kinds next to a count of the injured was said of one part: the dead elsewhere are not told
    ev = one(text)
    assert ev.killed is None
    assert ev.injured in (2, 3)


def test_no_casualties_with_no_other_figure_stays_both_zeros():
    ev = one("Ukrainian drones struck a fuel depot in the Rostov region overnight, setting it on fire. The governor "
             "said the fire had been put out and that there were no casualties.")
    assert (ev.killed, ev.injured) == (0, 0)


def test_casualties_are_null_when_not_mentioned():
    ev = one("Russian drones hit a warehouse in Odesa overnight, the mayor said.")
    assert (ev.killed, ev.injured) == (None, None)


def test_toll_update_takes_the_latest_figure():
    ev = one("Russian missiles hit Zaporizhzhia on Tuesday night. Officials earlier said nine people had "
             "been killed. By Wednesday morning the death toll rose to 14, the governor said.")
    assert ev.killed == 14


def test_toll_revised_down_takes_the_latest_figure():
    ev = one("Russian drones struck Sumy overnight. Officials initially said 12 people had been killed. The "
             "regional administration later revised the death toll down to 10.")
    assert ev.killed == 10


def test_per_place_casualties_are_summed_when_there_is_no_total():
    ev = one("Russian drones struck Kharkiv and Sumy overnight. Two people were killed in Kharkiv and three "
             "people were killed in Sumy, officials said.")
    assert ev.killed == 5
    assert set(ev.places) == {"Kharkiv", "Sumy"}


def test_stated_total_wins_over_per_place_parts():
    ev = one("Russian drones struck Kharkiv and Sumy overnight. Two people were killed in Kharkiv and three "
             "people were killed in Sumy. In total, seven people were killed across Ukraine, the interior "
             "minister said.")
    assert ev.killed == 7


def test_per_place_parts_are_not_summed_when_a_part_is_missing():
    ev = one("Russian drones struck Kharkiv and Sumy overnight. Two people were killed in Kharkiv, and "
             "several people were killed in Sumy, officials said.")
    assert ev.killed is None


def test_vague_casualty_figure_is_null():
    ev = one("Russian missiles struck Kyiv overnight, leaving dozens injured, the mayor said.")
    assert ev.injured is None


# --- attribution and hedging -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "field", "source"), [
    ("Russia launched 146 drones at Ukraine overnight, the Ukrainian air force said.", "drones.launched",
     "Ukrainian air force"),
    ("Russia launched 60 drones at Ukraine overnight, according to the air force.", "drones.launched",
     "air force"),
])
def test_evidence_source_names_the_air_force(text, field, source):
    [item] = cited(one(text), field)
    assert item.source == source


def test_evidence_source_names_the_defence_ministry():
    text = ("Russia's defence ministry said its air defences had destroyed 41 Ukrainian drones over the "
            "Bryansk region overnight.")
    [item] = cited(one(text), "drones.destroyed")
    assert item.source == "Russian defence ministry"


def test_source_noun_is_a_whole_word():
    text = ("A Sudanese army air strike killed 14 people at a market in Kabkabiya on Monday, the paramilitary "
            "Rapid Support Forces said.")
    [item] = cited(one(text), "killed")
    assert item.source != "military"


def test_unattributed_fact_has_no_source():
    [item] = cited(one("Russia launched 93 drones at Ukraine overnight."), "drones.launched")
    assert item.source is None


def test_source_stays_with_the_sentence_that_gave_the_fact():
    ev = one("Russian drones hit a house in Odesa overnight. Two people were killed, the regional governor "
             "said.")
    [killed] = cited(ev, "killed")
    [damage] = cited(ev, "damage")
    assert killed.source == "regional governor"
    assert damage.source is None


@pytest.mark.parametrize("text", [
    "Ukraine allegedly launched 30 drones at the Belgorod region overnight, Russian media reported.",
    "Ukraine launched 30 drones at the Belgorod region overnight, Russian media claimed.",
])
def test_hedged_sentence_marks_its_evidence(text):
    [item] = cited(one(text), "drones.launched")
    assert item.hedged is True
    assert item.source == "Russian media"


def test_plain_sentence_evidence_is_not_hedged():
    ev = one("Russia launched 93 drones at Ukraine overnight, the Ukrainian air force said.")
    assert ev.evidence
    assert all(item.hedged is False for item in ev.evidence)


def test_hedge_stays_with_its_own_sentence():
    ev = one("Russian drones hit a house in Odesa overnight, officials said. A drone allegedly struck a fuel "
             "depot, killing two people, Russian media claimed.")
    [killed] = cited(ev, "killed")
    house = [e for e in cited(ev, "damage") if e.quote == "house"]
    assert killed.hedged is True
    assert house and house[0].hedged is False


# --- events ----------------------------------------------------------------------------------------------

TWO_SIDES = (
    "Russia launched 93 drones and seven missiles at Ukraine overnight, the Ukrainian air force said. A "
    "drone hit a school in Chernihiv.\n\nMeanwhile, Russia's defence ministry said its air defences had "
    "destroyed 41 Ukrainian drones over the Bryansk and Kursk regions overnight."
)


def test_attacks_by_each_side_are_separate_events():
    found = events(TWO_SIDES)
    assert [(e.attacker, e.target_country) for e in found] == [("RU", "UA"), ("UA", "RU")]


def test_each_event_keeps_its_own_facts():
    russian, ukrainian = events(TWO_SIDES)
    assert (russian.drones.launched, russian.missiles.launched) == (93, 7)
    assert russian.drones.destroyed is None
    assert set(russian.places) == {"Chernihiv"}
    assert ukrainian.drones.destroyed == 41
    assert ukrainian.drones.launched is None
    assert set(ukrainian.places) == {"Bryansk Oblast", "Kursk Oblast"}


def test_weekly_round_up_total_is_not_an_event():
    assert events("Over the past week, Russia launched more than 1,200 drones at Ukraine, President "
                  "Volodymyr Zelensky said.") == ()


def test_weekly_total_does_not_feed_the_nights_event():
    ev = one("Russia launched 60 drones at Ukraine overnight, the air force said. Over the past week, Russia "
             "launched more than 1,200 drones at Ukraine, President Volodymyr Zelensky said.")
    assert ev.drones.launched == 60


@pytest.mark.parametrize("text", [
    "Moscow has threatened to strike Kyiv with new missiles if the talks fail.",
    "Russian forces could launch a massive missile attack on Ukraine in the coming days, military "
    "intelligence warned.",
])
def test_threat_is_not_an_event(text):
    assert events(text) == ()


def test_launch_region_is_not_a_struck_place():
    ev = one("Russia fired six missiles at Sumy from the Bryansk region overnight, the air force said.")
    assert "Sumy" in ev.places
    assert "Bryansk Oblast" not in ev.places


# --- record and alert ------------------------------------------------------------------------------------

def test_largest_attack_since_the_invasion_is_a_record():
    ev = one("Russia launched 728 drones at Ukraine overnight, the largest attack since the invasion, the "
             "air force said.")
    assert ev.record is True
    assert cited(ev, "record")


def test_one_of_the_largest_is_not_a_record():
    ev = one("Russia launched 520 drones at Ukraine overnight in one of the largest attacks of the war, the "
             "air force said.")
    assert ev.record is False


@pytest.mark.parametrize(("alert", "hours"), [
    ("The air-raid alert in the capital lasted from 23:40 to 03:10.", 3.5),
    ("The air-raid alert in the capital lasted two and a half hours.", 2.5),
    ("The air-raid alert in the capital lasted more than eight hours.", 8.0),
])
def test_alert_duration(alert, hours):
    ev = one("Russian drones attacked Kyiv overnight. " + alert)
    assert ev.alert_hours == hours


def test_alert_of_an_hour_and_a_half():
    ev = one("Russian drones attacked Kyiv overnight. The air-raid alert lasted an hour and a half.")
    assert ev.alert_hours == 1.5


# --- dates -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Russian drones attacked Kyiv overnight into Friday, killing two people.", "2025-03-07"),
    ("Russian drones hit Lviv on Tuesday night, the mayor said.", "2025-03-04"),
    ("Russian drones hit Lviv yesterday, the mayor said.", "2025-03-07"),
    ("Russian drones hit Lviv on the night of 5-6 March, the mayor said.", "2025-03-06"),
    ("Russian drones hit Lviv on 5 March, the mayor said.", "2025-03-05"),
    ("Russian drones hit Kharkiv, the governor said.", "2025-03-08"),
])
def test_event_date_resolves_against_publication(text, day):
    assert one(text).date == day


def test_reporting_day_does_not_date_the_event():
    ev = one("Russian drones struck Lviv on Saturday, the mayor said on Sunday.", "2025-03-10")
    assert ev.date == "2025-03-08"


@pytest.mark.parametrize("text", [
    "Russian drones hit Lviv on 5 March, the mayor said.",
    "Russian drones hit Lviv overnight into Friday, the mayor said.",
])
def test_relative_date_without_publication_is_null(text):
    assert one(text, None).date is None


def test_vague_date_is_null_even_with_publication():
    assert one("Russian drones hit Lviv earlier this week, the mayor said.").date is None


# --- evidence integrity ----------------------------------------------------------------------------------

ARTICLES = [
    TWO_SIDES,
    "Russia attacked Ukraine overnight with 12 Kh-101 cruise missiles, four Iskander-M ballistic missiles "
    "and a Kinzhal, the Ukrainian air force said on Saturday. Air defences shot down 14 missiles.\n\nDebris "
    "damaged a kindergarten and several cars in Kyiv. Two people were injured, the mayor said.",
    "Russian drones struck Kharkiv and Sumy overnight. Two people were killed in Kharkiv and three people "
    "were killed in Sumy. The alert lasted from 23:05 to 04:35.",
    "Ukraine allegedly launched 30 drones at the Belgorod region overnight, Russian media claimed. A "
    "substation caught fire.",
    "Russia launched 728 drones at Ukraine overnight, the largest attack since the invasion. No casualties "
    "were reported in Lutsk.",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_every_evidence_quote_equals_its_text_span(text):
    found = events(text)
    assert found
    for ev in found:
        assert ev.evidence
        for item in ev.evidence:
            assert item.quote
            assert text[item.start:item.end] == item.quote


@pytest.mark.parametrize("text", ARTICLES)
def test_every_non_null_count_is_cited(text):
    for ev in events(text):
        for kind, counts in (("drones", ev.drones), ("missiles", ev.missiles)):
            for role in ("launched", "destroyed", "hit"):
                if getattr(counts, role) is not None:
                    assert cited(ev, f"{kind}.{role}"), f"{kind}.{role} has no evidence"
        for field in ("killed", "injured", "alert_hours"):
            if getattr(ev, field) is not None:
                assert cited(ev, field), f"{field} has no evidence"
        assert len(cited(ev, "places")) >= len(ev.places)


def test_record_dict_validates_against_the_schema(validate_record):
    record = extract(ARTICLES[1], published=PUBLISHED, id="test-0001").to_dict()
    assert record["id"] == "test-0001"
    validate_record(record)


def test_an_attack_that_began_and_lasted_is_reported():
    events = extract("The Russian attack on Kharkiv began on Tuesday night and lasted until 4 a.m. on Wednesday, "
                     "the mayor said. Three people were injured.", published="2025-03-05").events
    assert [(e.attacker, e.target_country, e.places, e.injured) for e in events] == [("RU", "UA", ("Kharkiv",), 3)]


def test_an_air_raid_alert_that_lasted_is_not_an_attack():
    assert extract("An air raid alert in Kharkiv lasted three hours on Tuesday night.",
                   published="2025-03-05").events == ()


def test_a_meeting_the_attack_came_after_is_not_a_second_attack():
    events = extract("Russian missiles struck Sumy on Sunday, killing 12 people. The attack came two days after a "
                     "foreign envoy met the Russian president in St Petersburg.", published="2025-04-13").events
    assert [e.places for e in events] == [("Sumy",)]


def test_a_vague_part_in_one_place_does_not_hide_a_stated_total():
    ev = one("Russian drones struck Kharkiv and Sumy overnight, killing five people in all. Several people were "
             "killed in Sumy, officials said.")
    assert ev.killed == 5


@pytest.mark.parametrize("text", [
    "Ukraine's air force said it shot down 381 of 412 drones launched by Russia overnight.",
    "Ukraine's air force said it shot down 381 of the 412 drones launched by Russia overnight.",
])
def test_n_of_m_launched_takes_its_role_from_the_verb_before(text):
    ev = one(text)
    assert (ev.drones.launched, ev.drones.destroyed) == (412, 381)


def test_a_death_toll_update_reports_the_attack():
    ev = one("The death toll from a Russian drone and missile attack on Kyiv on Friday has risen to three, the "
             "mayor said.", published="2025-07-12")
    assert (ev.date, ev.places, ev.killed) == ("2025-07-11", ("Kyiv",), 3)


def test_a_place_named_as_the_main_target_is_struck():
    ev = one("Russian drones and missiles struck Ukraine overnight, the air force said. Kyiv was the main target.")
    assert ev.places == ("Kyiv",)


def test_an_officials_region_in_a_title_is_not_struck():
    ev = one("Russian drones struck Dnipro overnight, injuring five people, said Serhiy Lysak, head of the "
             "Dnipropetrovsk regional military administration.")
    assert ev.places == ("Dnipro",)


def test_houthi_rebels_are_coded_as_yemen():
    ev = one("Yemen's Houthi rebels fired a ballistic missile at Israel on Monday, the Israeli military said.",
             published="2025-07-08")
    assert (ev.attacker, ev.target_country) == ("YE", "IL")


def test_attacked_a_place_with_n_drones_is_launched():
    ev = one("Russia attacked the port of Odesa overnight with 31 drones, the governor said.")
    assert (ev.places, ev.drones.launched) == (("Odesa",), 31)


@pytest.mark.parametrize(("text", "target"), [
    ("Israeli air strikes on southern Lebanon killed at least 12 people on Wednesday, officials said.", "LB"),
    ("Israeli aircraft struck military targets in western Iran early on Wednesday, killing five people.", "IR"),
])
def test_a_region_of_a_country_names_the_target(text, target):
    assert one(text).target_country == target


@pytest.mark.parametrize(("text", "places"), [
    ("MOSCOW, July 13 (Northline) — A Ukrainian drone strike on a car in the border town of Shebekino killed "
     "one man on Saturday.", ("Shebekino",)),
    ("Kyiv, Ukraine (Wire) — Russian drones struck Odesa overnight, officials said.", ("Odesa",)),
    ("Russian drones struck Kharkiv overnight. Air defences destroyed five missiles between 19:00 and 22:30 "
     "Moscow time, the ministry said.", ("Kharkiv",)),
    ("In Shostka, a drone hit the railway station as passengers were boarding a train to Kyiv.", ("Shostka",)),
    ("Russian drones struck Sumy overnight. Sumy regional governor Volodymyr Artiukh said 26 people were "
     "injured.", ("Sumy",)),
])
def test_datelines_clocks_destinations_and_titles_are_not_struck_places(text, places):
    assert one(text).places == places


def test_a_toll_put_at_a_figure_and_casualties_elsewhere():
    ev = one("A Russian missile struck Khmelnytskyi early on Tuesday. By Wednesday afternoon, the regional "
             "administration put the number of dead at 19, with 64 people injured. No casualties were reported "
             "elsewhere in the country.", published="2025-12-03")
    assert (ev.killed, ev.injured) == (19, 64)


@pytest.mark.parametrize(("text", "counts"), [
    ("Russia launched 12 missiles overnight. Nine of the missiles were intercepted, the air force said, while "
     "three got through.", (12, 9, 3)),
    ("Russia launched 14 drones at Lviv overnight. Air defence units shot down 11 of them, while three hit the "
     "heat and power plant.", (14, 11, 3)),
])
def test_the_rest_that_got_through_are_hits(text, counts):
    ev = one(text)
    cat = ev.missiles if "missiles" in text else ev.drones
    assert (cat.launched, cat.destroyed, cat.hit) == counts


def test_one_drone_that_struck_a_roof_is_not_a_hit_count():
    ev = one("Russian drones attacked Odesa overnight. One struck the roof of a church, and another set fire to "
             "an apartment building.")
    assert ev.drones.hit is None


def test_a_toll_is_the_whole_attacks_unless_it_names_a_place():
    ev = one("Russian drones and missiles struck Kharkiv overnight. Two people were killed in Kharkiv, and two more "
             "died in the town of Zlatopil. By midday, the death toll had risen to six after rescuers pulled two "
             "more bodies from the rubble in Zlatopil.")
    assert ev.killed == 6


def test_a_dash_aside_between_figure_and_verb():
    ev = one("A Russian missile hit a hospital in Kryvyi Rih. Two people — a nurse and a patient — were killed, "
             "and 23 were injured.")
    assert (ev.killed, ev.injured) == (2, 23)


def test_lost_locally_in_quotes_is_destroyed():
    ev = one('The air force said Russia had launched 65 Shahed drones, of which 41 were shot down and 17 were '
             '"lost locally".')
    assert ev.drones.destroyed == 58


@pytest.mark.parametrize("text", [
    "Russia fired 40 missiles, including six hypersonic Kinzhals, at Ukraine overnight, the air force said.",
    "Russia fired 40 missiles, including six Kinzhals and 14 Kalibr cruise missiles, at Ukraine overnight.",
])
def test_weapons_after_including_are_parts_of_the_figure_before(text):
    assert one(text).missiles.launched == 40


def test_a_region_naming_a_towns_location_is_not_struck():
    ev = one("Russian missiles struck Kharkiv overnight. Two more people died in the Kharkiv region town of "
             "Zlatopil, where a missile struck a five-storey building.")
    assert set(ev.places) == {"Kharkiv", "Zlatopil"}


def test_a_place_in_a_sentence_with_an_alert_and_damage_is_struck():
    ev = one("Russian drones attacked Ukraine overnight. In Kyiv, where the air-raid alert lasted almost five "
             "hours, falling debris damaged two apartment blocks and injured nine people.")
    assert (ev.places, ev.alert_hours, ev.injured) == (("Kyiv",), 5.0, 9)


def test_a_claim_of_destroying_aircraft_on_the_ground_does_not_make_the_claimant_a_target():
    events = extract("Ukrainian drones struck an airfield in Russia's Saratov region overnight, Kyiv said. Russia's "
                     "defence ministry claimed its forces had destroyed aircraft at the airfield, but it provided no "
                     "evidence.", published="2024-07-31").events
    assert [(e.attacker, e.target_country) for e in events] == [("UA", "RU")]


def test_a_day_said_of_the_attack_beats_the_day_of_the_report():
    events = extract("Rescuers in Kyiv were still searching the rubble on Saturday after Friday's Russian attack, "
                     "which killed two people.", published="2025-07-12T09:00:00").events
    assert [(e.date, e.killed) for e in events] == [("2025-07-11", 2)]


def test_a_region_that_comes_under_attack_every_day_is_background():
    ev = one("Russian drones attacked the city of Sumy overnight, killing two people. The Sumy region, which "
             "borders Russia, comes under attack by drones and glide bombs almost every day.")
    assert ev.places == ("Sumy",)


def test_a_range_of_casualties_is_no_figure():
    ev = one("Russian missiles struck Dnipro overnight. Between 40 and 50 people were injured, officials said.")
    assert ev.injured is None


@pytest.mark.parametrize(("text", "pair"), [
    ("US warplanes and warships struck Houthi targets across Yemen late on Thursday, killing at least 31 people.",
     ("US", "YE")),
    ("The United States launched strikes on Yemen on Friday, officials said.", ("US", "YE")),
    ("Russian drones attacked Odesa overnight, the governor told us.", ("RU", "UA")),
])
def test_the_united_states_as_an_attacker_and_us_as_a_pronoun(text, pair):
    ev = one(text, published="2025-03-16")
    assert (ev.attacker, ev.target_country) == pair


def test_a_town_too_small_for_the_gazetteers_is_found_by_the_entity_recogniser():
    ev = one("Russian drones attacked the Sumy region overnight. Around 09:30, a drone struck a minibus carrying "
             "civilians in Vorozhba, injuring four people.")
    assert "Vorozhba" in ev.places


def test_countries_drones_flew_over_are_not_places():
    events = extract("On Wednesday evening, Iran launched more than 100 drones towards Israel. Most of them were "
                     "intercepted over Syria and Jordan.", published="2026-04-02").events
    assert [e.places for e in events] == [()]


def test_air_force_fighter_jets_name_their_attacker():
    events = extract("Overnight, dozens of Israeli Air Force fighter jets struck targets in Tehran, the military "
                     "said.", published="2025-06-17").events
    assert [(e.attacker, e.target_country, e.places) for e in events] == [("IL", "IR", ("Tehran",))]


@pytest.mark.parametrize("text", [
    "Before dawn on Thursday, Iranian forces once again targeted a gas field in southern Israel.",
    "Before dawn on Thursday, Iran once again targeted a gas field in southern Israel.",
])
def test_once_again_before_the_verb_leaves_the_attacker_named(text):
    events = extract(text, published="2025-06-19").events
    assert [(e.date, e.attacker, e.target_country) for e in events] == [("2025-06-19", "IR", "IL")]


def test_a_general_staff_front_summary_is_not_an_aerial_attack():
    events = extract("Over the past day, 152 combat engagements took place at the front. The enemy launched 4 "
                     "missile strikes with 9 missiles and used 3,240 kamikaze drones to strike the positions of "
                     "Ukrainian troops and populated areas.", published="2025-03-22").events
    assert events == ()


def test_forces_of_a_country_that_struck_name_the_attacker():
    events = extract("On the night of 21 March, units of the Security Service of Ukraine struck the oil refinery in "
                     "the city of Ryazan, Russian Federation.", published="2025-03-21").events
    assert [(e.attacker, e.target_country, e.places) for e in events] == [("UA", "RU", ("Ryazan",))]


def test_a_drone_strike_on_a_port_that_caught_fire_is_reported():
    events = extract("The daytime attacks followed a Ukrainian drone strike overnight on the Russian Baltic Sea port "
                     "of Primorsk, where an oil loading terminal caught fire.", published="2025-09-18").events
    assert [(e.attacker, e.target_country, "Primorsk" in e.places) for e in events] == [("UA", "RU", True)]


def test_a_town_under_frequent_attack_since_the_invasion_is_background():
    events = extract("Ukrainian drones injured five people in Belgorod on Saturday. Belgorod has come under "
                     "frequent attack since Russia launched its full-scale invasion in February 2022.",
                     published="2025-02-15").events
    assert [(e.attacker, e.target_country) for e in events] == [("UA", "RU")]


def test_an_attack_told_in_two_halves_is_one_event():
    events = extract("Israeli warplanes carried out strikes overnight, killing 24 people, the military said. "
                     "Explosions were heard in Tehran and Isfahan, where missile sites were hit, Iranian media "
                     "reported.", published="2025-06-17").events
    assert [(e.attacker, e.target_country, e.places, e.killed) for e in events] == [
        ("IL", "IR", ("Tehran", "Isfahan"), 24)]


def test_halves_of_different_days_or_of_one_side_stay_apart():
    from strikewatch.extract.rules import _join_halves

    head = AirAttack(date="2025-06-16", attacker="IL", killed=5)
    other_day = AirAttack(date="2025-06-20", target_country="IR", places=("Tehran",))
    own_side = AirAttack(date="2025-06-16", target_country="IL", places=("Haifa",))
    assert _join_halves([head, other_day, own_side]) == (head, other_day, own_side)
    same_day = AirAttack(date=None, target_country="IR", places=("Tehran",))
    assert [(e.attacker, e.target_country, e.places, e.killed) for e in _join_halves([head, same_day])] == [
        ("IL", "IR", ("Tehran",), 5)]


def test_a_regions_figure_before_its_towns_parts_is_their_total():
    events = extract("Ukrainian drone attacks killed one person and injured five others in Russia's Belgorod "
                     "region on Saturday, the governor said. A drone struck a minibus near the village of "
                     "Oktyabrsky, killing one person and injuring two passengers. In the town of Shebekino, two "
                     "men were injured.", published="2025-02-15").events
    assert [(e.killed, e.injured) for e in events] == [(1, 5)]


def test_a_regions_figure_after_the_citys_is_another_part():
    ev = one("Russian drones struck Kyiv overnight. In Kyiv, two people were killed and 18 injured. In Kyiv "
             "Oblast, one person was killed and four were injured, the governor said.")
    assert (ev.killed, ev.injured) == (3, 22)


@pytest.mark.parametrize("text", [
    "Russian missiles struck Dnipro. The number of casualties has risen to 80: 13 people have been killed and "
    "67 injured, the governor said.",
    "Russian missiles struck Dnipro. 13 people have been killed. Sixty-seven people are now being treated for "
    "injuries.",
])
def test_casualties_count_dead_and_injured_together_and_are_neither(text):
    ev = one(text)
    assert (ev.killed, ev.injured) == (13, 67)


@pytest.mark.parametrize(("text", "counts"), [
    ("Ukrainian drones attacked the Tuapse refinery overnight. Local media reported that at least three drones "
     "had hit the refinery itself.", (None, None, 3)),
    ("Russia launched 145 drones overnight. It said 79 drones were shot down and 54 were lost to electronic "
     "warfare; the remaining 12 hit targets in the Kharkiv and Odesa regions.", (145, 133, 12)),
    ("Ukrainian drones attacked Moscow overnight. In total, 18 UAVs flying towards Moscow have been shot down, "
     "the mayor said.", (None, 18, None)),
])
def test_hits_after_had_the_remaining_ones_and_participle_phrases(text, counts):
    ev = one(text)
    assert (ev.drones.launched, ev.drones.destroyed, ev.drones.hit) == counts


def test_drones_launched_from_a_country_name_their_attacker():
    events = extract("Three drones launched from Lebanon crossed into Israel on Monday evening, the military said. "
                     "Two were intercepted, while the third struck a residential building in Nahariya.",
                     published="2024-10-29").events
    assert [(e.attacker, e.target_country, e.drones.launched) for e in events] == [("LB", "IL", 3)]


def test_front_sectors_named_as_directions_are_front_fighting():
    events = extract("Russian drones struck Kharkiv overnight. In the Kupiansk direction, 11 enemy attacks were "
                     "repelled near Petropavlivka.", published="2025-01-24").events
    assert [e.places for e in events] == [("Kharkiv",)]


def test_the_month_of_may_is_not_a_hypothetical():
    events = extract("On May 6, air defence units destroyed 127 Ukrainian drones over the Bryansk region, the "
                     "ministry said.", published="2025-05-06").events
    assert [(e.attacker, e.places, e.date) for e in events] == [("UA", ("Bryansk Oblast",), "2025-05-06")]


def test_may_as_a_verb_is_still_a_hypothetical():
    assert extract("Russia may launch more drones at Kyiv in the coming days, officials warned.",
                   published="2025-05-06").events == ()


def test_a_word_of_a_facilitys_name_is_not_a_town():
    events = extract("Ukrainian forces struck the Afipsky Oil Refinery in Krasnodar Krai overnight, officials said.",
                     published="2025-10-10").events
    assert all("Refinery" not in e.places for e in events)


def test_bulleted_counts_share_the_verb_of_the_line_above():
    ev = one("According to preliminary data, air defence shot down/suppressed 309 enemy air attack assets:\n"
             "– 2 Iskander-M ballistic missiles;\n– 31 Kh-101 cruise missiles;\n"
             "– 276 enemy UAVs of various types.\n\n"
             "Russia attacked Ukraine overnight, the air force said.")
    assert (ev.missiles.destroyed, ev.drones.destroyed) == (33, 276)


def test_he_said_takes_the_speaker_named_just_before():
    ev = one("Russian drones struck Dnipro overnight, regional governor Serhii Lysak said. Two people were killed "
             "and 14 injured, he said.")
    assert {e.source for e in ev.evidence if e.field in ("killed", "injured")} == {"regional governor"}


def test_a_city_district_is_not_a_place_of_its_own():
    ev = one("Russian drones struck Kyiv overnight. Rescuers were still clearing the rubble of a nine-storey "
             "apartment building in Obolonskyi district.")
    assert ev.places == ("Kyiv",)


@pytest.mark.parametrize("aside", ["now in its second month", "Operation Desert Lance", "which began in March"])
def test_a_campaigns_toll_told_with_an_aside_is_no_strikes_toll(aside):
    # "the campaign, <a name or an aside>, has killed more than 200": the war-long total, not the strike's
    ev = one("US warplanes struck a fuel port in Hodeidah on Thursday, the Houthi health ministry said. The strike "
             f"killed 38 workers. The American campaign, {aside}, has killed more than 200 civilians, the ministry "
             "said.", published="2025-04-18")
    assert ev.killed == 38


@pytest.mark.parametrize("toll", [
    "raising the number of Palestinians killed in the war to more than 48,500",
    "which put the number of people killed during the conflict at more than 48,500",
])
def test_a_toll_that_names_its_war_in_its_own_words_is_no_strikes_toll(toll):
    ev = one("Israeli jets struck Gaza overnight, the Health Ministry said. The strike killed 40 people, "
             f"{toll}.", published="2025-03-18")
    assert ev.killed == 40


@pytest.mark.parametrize("since", ["since the early hours of Tuesday", "since dawn on Tuesday"])
def test_a_toll_counted_from_an_hour_of_the_attacks_own_day_is_its_toll(since):
    # an hour of the day is no span of days; nor is the month of a comparison ("the deadliest day since ... in
    # January") a month the toll is counted over
    ev = one(f"Israeli air strikes across the Gaza Strip have killed at least 413 Palestinians {since}, the health "
             "ministry said, in the deadliest day in the enclave since the start of a ceasefire in January.",
             published="2025-03-18")
    assert ev.killed == 413


def test_a_toll_counted_since_a_month_is_still_a_running_count():
    found = events("Israeli strikes across the Gaza Strip have killed more than 48,000 Palestinians since October "
                   "2023, the health ministry said.", "2025-03-18")
    assert all(e.killed is None for e in found)


@pytest.mark.parametrize("text, killed, injured", [
    ("US and British warplanes struck Houthi targets around Sanaa overnight. The group's spokesman said five of "
     "the group's fighters had been killed and six wounded.", 5, 6),
    ("Israeli jets struck air defence sites near Tehran overnight. The army said two of its soldiers had been "
     "killed.", 2, None),
    ("Turkish drones struck a checkpoint near Qamishli. Three of their fighters were wounded, the SDF said.", None, 3),
])
def test_victims_told_by_whose_they_are_before_them(text, killed, injured):
    # "five of the group's fighters", "two of its soldiers": the count, then whose the victims are
    for ev in events(text, "2024-01-12"):
        assert (ev.killed, ev.injured) == (killed, injured)
    assert events(text, "2024-01-12")


def test_several_regions_figures_told_in_turn_add_up_with_their_towns_as_parts():
    # "Kyiv region: ... Zhytomyr region: ...": each region's figure is its part; a town one of them holds is that
    # region's part, and Kyiv, a city of its own status, adds to them
    ev = one("Russia attacked Ukraine with missiles and drones overnight. Kyiv region: 16 people were injured in "
             "Bucha and Fastiv districts. Zhytomyr region: 12 people were injured, five of them in Korostyshiv. "
             "In Kyiv, 11 people were injured when a drone hit an apartment block.")
    assert ev.injured == 39


def test_a_date_said_after_since_the_starts_a_period_and_dates_no_attack():
    # "the heaviest ... since the <date> truce": the day a period began, not the attack's (a breaking report's own day)
    ev = one("Israeli air strikes pounded Rafah and Khan Younis, in the heaviest bombardment since the February 2 "
             "truce.", published="2025-03-18T21:00:00+00:00")
    assert ev.date == "2025-03-18"


def test_the_ukrainian_and_russian_reader_is_loaded_only_when_an_article_in_either_comes():
    import subprocess
    import sys

    from strikewatch.extract import base, cyrillic

    loaded = "'strikewatch.extract.cyrillic' in sys.modules"
    code = ("import sys\n"
            "from strikewatch.extract import extract_events\n"
            "from strikewatch.records import ArticleInput\n"
            "extract_events(ArticleInput(id='en', text='Russia launched 40 drones at Kharkiv overnight.', language='en'))\n"
            f"assert not {loaded}\n"
            "extract_events(ArticleInput(id='uk', text='Вночі ворог атакував Харків 40 дронами.', language='uk'))\n"
            f"assert {loaded}\n")
    subprocess.run([sys.executable, "-c", code], check=True)
    assert base.EXTRACTORS["rules-uk"].version == base.EXTRACTORS["rules-ru"].version == cyrillic.VERSION
