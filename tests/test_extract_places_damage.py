"""Places and damage by class of wording: section headings that list regions in capitals, a place inside the
name of the body that reports, a summary's label before its places, the energy words of the oil and power
trades, modifiers shared by one facility noun, a plant named beside a power works, and vehicles listed with
fighters. Each case is a realistic report written for the test."""
from __future__ import annotations

import pytest

from strikewatch import extract
from strikewatch.places import find

SUNDAY = "2025-07-06T10:00:00+03:00"


def only_event(text: str, published: str | None = SUNDAY) -> dict:
    events = extract(text, published=published).to_dict()["events"]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("heading, regions", [
    ("CHERNIHIV AND SUMY REGIONS.", ["Chernihiv Oblast", "Sumy Oblast"]),
    ("TERNOPIL, VOLYN AND RIVNE REGIONS.", ["Ternopil Oblast", "Volyn Oblast", "Rivne Oblast"]),
    ("POLTAVA AND KHARKIV OBLASTS.", ["Poltava Oblast", "Kharkiv Oblast"]),
])
def test_a_heading_in_capitals_that_lists_regions_names_each_region(heading, regions):
    assert [m.place.name for m in find(heading)] == regions
    text = ("Russia launched 300 drones and 20 missiles at Ukraine overnight, the Air Force said.\n\n"
            f"{heading} Regional administrations reported strikes on energy facilities and power outages.")
    assert sorted(only_event(text)["places"]) == sorted(regions)


def test_capitals_that_are_no_places_stay_as_written():
    assert find("NATO AND DTEK officials met on Monday.") == []


@pytest.mark.parametrize("sentence, name", [
    ("The Sumy Oblast Prosecutor's Office said the Russians had used two guided bombs.", "Sumy Oblast"),
    ("Ukrainian drones hit an oil depot, the Belgorod regional operational headquarters said.",
     "Belgorod Oblast"),
])
def test_a_place_in_the_name_of_the_body_that_reports_is_not_struck(sentence, name):
    hits = [m for m in find(sentence) if m.place.name == name]
    assert hits and not hits[0].struck


def test_the_body_that_reports_leaves_the_town_it_tells_of():
    event = only_event("Russian glide bombs hit an apartment block in Kupiansk on Saturday, killing two. "
                       "The Kharkiv Oblast Prosecutor's Office said the bombs were dropped by Su-34 jets.")
    assert event["places"] == ["Kupiansk"]


def test_a_summarys_label_before_its_regions_names_them_struck():
    text = ("Russia launched 120 drones at western Ukraine in daylight on Saturday, the Air Force said; 98 "
            "were shot down. Affected: Lviv, Ternopil and Khmelnytskyi oblasts.")
    assert sorted(only_event(text)["places"]) == ["Khmelnytskyi Oblast", "Lviv Oblast", "Ternopil Oblast"]


@pytest.mark.parametrize("text", [
    "Ukrainian drones hit a pumping station on the Transneft oil pipeline in the Tambov region overnight, "
    "the governor said.",
    "Houthi drones set fire to a fuel terminal in Jizan on Friday, the Saudi energy ministry said.",
    "Russian missiles struck the power system in the Odesa region overnight, leaving 200,000 homes dark.",
])
def test_oil_and_power_facilities_are_energy(text):
    assert only_event(text)["damage"] == ["energy"]


@pytest.mark.parametrize("text", [
    "Drones hit the gas processing plant at Kangan before dawn on Sunday, starting a large fire.",
    "Houthi missiles struck a crude stabilisation facility near Dammam on Monday, the ministry said.",
    "Houthi drones set fire to a natural gas liquids facility near Jubail on Friday, officials said.",
    "Houthi drones struck an oilfield south of Riyadh on Saturday, the energy ministry said.",
    "Yemeni drones hit Aramco facilities in Yanbu overnight, the company said.",
])
def test_the_works_of_oil_and_gas_fields_are_energy_not_industry(text):
    assert only_event(text)["damage"] == ["energy"]


def test_a_desalination_plant_is_water_infrastructure():
    text = "Houthi drones struck a desalination plant in Jizan on Tuesday, the coalition said."
    assert only_event(text)["damage"] == ["infrastructure"]


@pytest.mark.parametrize("background", [
    "The RSF has intensified drone attacks on towns far from the front, including Kassala and Shendi.",
    "Power stations in Dongola and Atbara have been hit in recent months, causing blackouts.",
    "Ukraine has been hitting refineries in the Samara and Volgograd regions for months.",
])
def test_a_campaign_told_by_its_span_lends_the_attack_no_places(background):
    text = "RSF drones struck a fuel depot in Port Sudan on Tuesday, the army said. " + background
    event = only_event(text)
    assert (event["places"], event["damage"]) == (["Port Sudan"], ["energy"])


@pytest.mark.parametrize("text", [
    "Russian drones hit a power plant in Kharkiv on Monday, the third such attack on the city in recent "
    "weeks.",
    "Russian missiles struck a power plant in Kharkiv overnight, damaging turbines that had been repaired "
    "for months.",
    "Russia has stepped up its attacks on Kharkiv, and on Monday drones hit a power plant in the city.",
])
def test_an_attack_told_beside_a_span_of_months_keeps_its_place_and_damage(text):
    event = only_event(text)
    assert (event["places"], event["damage"]) == (["Kharkiv"], ["energy"])


def test_a_strike_told_with_its_toll_beside_recent_months_keeps_its_place():
    text = ("Israel has carried out repeated strikes in Yemen in recent months, including one on a house in "
            "Sanaa on Thursday that killed six people, the Houthi health ministry said.")
    assert only_event(text)["places"] == ["Sanaa"]


@pytest.mark.parametrize("sentence, struck, elsewhere", [
    ("Paramedics flew the wounded to hospitals in Hadera, Afula and Haifa after the drone hit the base near "
     "Binyamina.", ["Binyamina"], ["Hadera", "Afula", "Haifa"]),
    ("A spokesman told a briefing in New Delhi that drones had targeted Jammu.", ["Jammu"], ["New Delhi"]),
])
def test_where_the_hurt_were_taken_or_a_briefing_held_is_not_struck(sentence, struck, elsewhere):
    roles = {m.place.name: m.struck for m in find(sentence)}
    assert [n for n in roles if roles[n]] == struck
    assert [n for n in roles if not roles[n]] == elsewhere


def test_a_clause_after_a_direction_names_a_place_struck():
    sentence = "Drones hit villages north of Kharkiv, and Sumy was shelled."
    roles = {m.place.name: m.struck for m in find(sentence)}
    assert roles == {"Kharkiv": False, "Sumy": True}


def test_damage_told_after_shelling_is_the_shellings():
    text = ("A Russian drone hit a minibus in Nikopol on Monday morning, injuring two passengers, governor "
            "Serhiy Lysak said.\n\nLater in the day the Russian army shelled the Marhanets hromada with "
            "heavy artillery. A power line and three private houses were damaged.")
    assert only_event(text)["damage"] == ["vehicles"]


def test_what_was_not_hit_is_not_damage():
    text = ("Israeli jets struck air defence sites near Isfahan overnight, Iranian media said. Oil "
            "facilities were not hit.")
    assert only_event(text)["damage"] == []


@pytest.mark.parametrize("sentence, name", [
    ("Israeli jets struck weapons depots in the Bekaa valley before dawn.", "Bekaa Valley"),
    ("Rockets fired from Lebanon set fires across the Golan heights on Sunday.", "Golan Heights"),
    ("Jets kept up raids on the south and the Beqaa on Tuesday.", "Bekaa Valley"),
])
def test_a_listed_area_is_one_name_however_written(sentence, name):
    hits = [m for m in find(sentence) if m.place.name == name]
    assert hits and hits[0].struck


def test_a_town_spelt_another_way_takes_its_listed_name():
    sentence = "US jets struck militia sites near Albu Kamal overnight."
    assert [m.place.name for m in find(sentence)] == ["Abu Kamal"]


@pytest.mark.parametrize("sentence, name", [
    ("Ivan Petrenko, governor of the Poltava region, said a drone hit a warehouse in Lubny.",
     "Poltava Oblast"),
    ("The governor of Russia's Kursk Oblast, Pavel Sidorov, said two drones were downed near Lgov.",
     "Kursk Oblast"),
    ("The governor of the Tambov region wrote on Telegram that debris fell near Michurinsk.",
     "Tambov Oblast"),
    ("Fragments fell on a depot in Tikhoretsk, the Krasnodar Krai operational headquarters acknowledged.",
     "Krasnodar Krai"),
])
def test_the_region_of_an_office_whose_holder_speaks_of_a_town_is_not_struck(sentence, name):
    hits = [m for m in find(sentence) if m.place.name == name]
    assert hits and not hits[0].struck


def test_the_region_of_a_speaking_governor_leaves_the_town_he_tells_of():
    assert [m.struck for m in find("The governor of the Ryazan region said debris set fire to an industrial "
                                   "site.")] == [True]
    event = only_event("A Ukrainian drone hit a fuel depot in Lgov overnight, setting it on fire. Pavel "
                       "Sidorov, governor of Russia's Kursk region, said no one was hurt.")
    assert event["places"] == ["Lgov"]


def test_a_speaking_governor_s_region_gives_way_to_a_town_of_it_told_in_another_sentence():
    text = ("Russian drones struck an apartment block in Pavlohrad overnight, killing two people.\n\n"
            "Oleksandr Petrenko, governor of the Dnipropetrovsk region, said a garage and a shop had also "
            "been damaged.")
    assert only_event(text)["places"] == ["Pavlohrad"]
    alone = ("Russian drones attacked Ukraine overnight.\n\nOleksandr Petrenko, governor of the "
             "Dnipropetrovsk region, said a garage and a shop had been damaged by a drone.")
    assert only_event(alone)["places"] == ["Dnipropetrovsk Oblast"]


@pytest.mark.parametrize("sentence, town, region", [
    ("Drones kept hitting Kryvyi Rih in Dnipropetrovsk Oblast through the night.", "Kryvyi Rih",
     "Dnipropetrovsk Oblast"),
    ("A missile struck a school in Bila Tserkva in the Kyiv region on Friday.", "Bila Tserkva",
     "Kyiv Oblast"),
])
def test_a_town_of_two_words_before_its_region_keeps_both_words(sentence, town, region):
    found = {m.place.name: m.role for m in find(sentence)}
    assert found == {town: "named", region: "locator"}


@pytest.mark.parametrize("text, places", [
    ("Russian missiles hit Ukraine's power grid overnight. In the Rivne region, a substation was damaged, "
     "officials said, while in the Khmelnytskyi region, the town of Starokostiantyniv lost power after a "
     "strike on a power line.", ["Rivne Oblast", "Starokostiantyniv"]),
    ("Russian drones attacked Ukraine overnight. The worst damage was in Volyn region, where a drone hit a "
     "barn in the village of Kivertsi, injuring one man, the governor said.", ["Kivertsi"]),
    ("Russian drones attacked Ukraine overnight. In Uzhhorod, a city in the Zakarpattia region near the "
     "Slovak border, a drone struck a warehouse.", ["Uzhhorod"]),
])
def test_a_region_that_only_locates_the_town_its_clause_tells_of_is_no_place(text, places):
    assert sorted(only_event(text)["places"]) == sorted(places)


def test_damage_reported_with_what_was_hit_between_noun_and_verb_names_its_regions():
    text = ("Russia launched 120 drones and 15 missiles at Ukraine overnight, the air force said.\n\n"
            "Damage to energy and infrastructure was also reported in Volyn and Rivne regions.")
    assert sorted(only_event(text)["places"]) == ["Rivne Oblast", "Volyn Oblast"]


@pytest.mark.parametrize("text, damage", [
    ("Ukrainian drones struck a pumping station on the Druzhba pipeline in the Bryansk region overnight, "
     "starting a fire, the governor said.", ["energy"]),
    ("A Russian drone damaged a pipeline near Poltava overnight, the regional governor said.", ["energy"]),
    ("A Russian missile damaged a water pipeline in Mykolaiv overnight, the mayor said.", ["infrastructure"]),
])
def test_a_pipeline_carries_oil_or_gas_unless_its_water_is_named(text, damage):
    assert only_event(text)["damage"] == damage


@pytest.mark.parametrize("sentence, name", [
    ("Explosions were heard in Fastov overnight, Russian media said.", "Fastiv"),
    ("Russian aircraft dropped two guided bombs on Kremennaya on Tuesday.", "Kreminna"),
    ("A drone hit a warehouse in Lozovaya overnight.", "Lozova"),
])
def test_a_ukrainian_town_in_its_russian_form_takes_its_ukrainian_name(sentence, name):
    assert name in [m.place.name for m in find(sentence)]


@pytest.mark.parametrize("sentence, name", [
    ("A drone hit a house in Chuhuyiv overnight.", "Chuhuyiv"),
    ("Debris fell in Pidhorodne overnight.", "Pidhorodne"),
])
def test_a_ukrainian_town_spelled_another_way_in_latin_keeps_the_text_s_spelling(sentence, name):
    assert name in [m.place.name for m in find(sentence)]


@pytest.mark.parametrize("text, damage", [
    ("An attack drone slammed into a housing unit at a remote base in Syria before dawn on Sunday, wounding "
     "four US soldiers.", []),
    ("Russian missiles destroyed one of the largest printing houses in Kharkiv on Thursday, killing seven "
     "workers.", ["industrial"]),
])
def test_soldiers_quarters_and_printing_houses_are_no_homes(text, damage):
    assert only_event(text, "2024-01-28")["damage"] == damage


@pytest.mark.parametrize("sentence, names", [
    ("Several communities in the Chernihiv region lost power after drones struck a substation.",
     ["Chernihiv Oblast"]),
    ("Two villages near Kupiansk were hit by guided bombs.", ["Kupiansk"]),
])
def test_a_word_of_how_many_that_opens_a_sentence_is_no_place(sentence, names):
    assert [m.place.name for m in find(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    ("In Bilopillia community, fragments of a drone fell on a barn.", ["Bilopillia"]),
    ("On Krasnopillia hromada, shells and drones fell through the night.", ["Krasnopillia"]),
])
def test_a_capitalised_word_that_opens_a_sentence_is_no_part_of_a_community_s_name(sentence, names):
    assert [m.place.name for m in find(sentence)] == names


@pytest.mark.parametrize("sentence, name", [
    ("An economist at a Lviv think tank put the losses at two billion dollars.", "Lviv"),
    ("(Reporting by the Odesa bureau; editing by the night desk)", "Odesa"),
    ("Traders at a Kharkiv brokerage expect prices to climb.", "Kharkiv"),
    ("The strike killed the deputy commander of the group's Rafah brigade.", "Rafah"),
])
def test_a_place_that_only_qualifies_a_body_is_not_struck(sentence, name):
    [mention] = find(sentence)
    assert mention.place.name == name and not mention.struck


def test_a_building_that_houses_an_office_is_no_home():
    text = ("Russian missiles struck Lviv overnight, officials said on Sunday. The tower that houses a "
            "consulate was damaged by the blast, the mayor said.")
    assert "residential" not in only_event(text)["damage"]


@pytest.mark.parametrize("text, damage", [
    ("A Russian missile flattened a five-storey apartment block in Chernihiv on Sunday, killing three "
     "people, regional officials said.", ["residential"]),
    ("A ballistic missile struck the centre of Sumy on Sunday; a school nearby was left gutted, the mayor "
     "said.", ["education"]),
    ("Drone fragments fell in a courtyard in Poltava on Sunday, leaving several apartment buildings with "
     "blown-out windows.", ["residential"]),
])
def test_damage_told_in_rarer_words_is_damage(text, damage):
    assert only_event(text)["damage"] == damage


def test_a_thing_in_whose_vicinity_a_weapon_fell_is_not_damaged():
    text = ("Russian drones struck Odesa on Sunday, damaging a warehouse in the vicinity of a hotel, the "
            "governor said.")
    assert only_event(text)["damage"] == ["industrial"]


@pytest.mark.parametrize("listing, places", [
    ("Other sites were in Kotli, Bhimber and Sialkot, the army spokesman said.",
     {"Kotli", "Bhimber", "Sialkot"}),
    ("India said its response had gone after military targets at Sukkur and Jacobabad.",
     {"Sukkur", "Jacobabad"}),
])
def test_places_named_as_where_the_targets_stood(listing, places):
    text = ("Indian missiles struck camps in Bahawalpur and Muridke in Pakistan before dawn on Wednesday, "
            f"killing 26 people, Pakistan's military said. {listing}")
    assert places <= set(only_event(text, published="2025-05-07T12:00:00+05:00")["places"])


NIGHT = "Russia launched 140 drones and nine missiles at Ukraine overnight, the Air Force said."


@pytest.mark.parametrize("told, places", [
    ("Poltava, Sumy and Chernihiv regions were the worst affected.",
     {"Poltava Oblast", "Sumy Oblast", "Chernihiv Oblast"}),
    ("Officials said there were casualties in the Kirovohrad and Cherkasy regions.",
     {"Kirovohrad Oblast", "Cherkasy Oblast"}),
    ("Vinnytsia region took the brunt, with damage in Rivne and Volyn regions.",
     {"Vinnytsia Oblast", "Rivne Oblast", "Volyn Oblast"}),
    ("The dead include three in Poltava and two in Kremenchuk.", {"Poltava", "Kremenchuk"}),
    ("Air-raid alerts were declared across the country, and explosions were reported in Lutsk, Rivne and "
     "Uzhhorod.",
     {"Lutsk", "Rivne", "Uzhhorod"}),
])
def test_places_told_as_where_the_attack_fell_hardest(told, places):
    assert places <= set(only_event(f"{NIGHT} {told}")["places"])


@pytest.mark.parametrize("told, kinds", [
    ("Regional authorities reported damage to energy and industrial facilities in the Kharkiv region.",
     {"energy", "industrial"}),
    ("Hits were recorded on energy and rail facilities in the Kharkiv region.", {"energy", "transport"}),
    ("In Kharkiv, strikes damaged educational and medical facilities.", {"education", "medical"}),
])
def test_a_modifier_shared_by_a_later_facility_names_its_own_damage(told, kinds):
    assert kinds <= set(only_event(f"{NIGHT} {told}")["damage"])


@pytest.mark.parametrize("told", [
    "Russian missiles struck the Trypilska thermal power plant overnight. Centrenergo said the Trypilska "
    "plant had been completely destroyed.",
    "Ukrainian drones set fire to the Novoshakhtinsk oil refinery overnight, the governor said. The "
    "Novoshakhtinsk plant burned until the evening.",
    "Russian missiles hit the Burshtyn thermal power plant overnight, the operator said. Equipment at "
    "three of our plants has been seriously damaged, DTEK said.",
])
def test_a_plant_named_or_sized_beside_a_power_works_is_that_works(told):
    assert only_event(told)["damage"] == ["energy"]


def test_a_plant_named_beside_a_refinery_is_energy_even_alone():
    told = ("Houthi drones attacked the Yasref refinery in Yanbu on Sunday, while a drone strike on the "
            "Jizan plant started a fire.")
    assert only_event(told, published="2022-03-21T10:00:00+03:00")["damage"] == ["energy"]


def test_a_plant_that_says_what_it_makes_stays_a_factory():
    told = "Israeli jets struck power stations and a cement plant north of Sanaa overnight."
    assert set(only_event(told)["damage"]) == {"energy", "industrial"}


@pytest.mark.parametrize("told", [
    "Israeli aircraft struck government forces and vehicles near Sweida on Tuesday, killing 12 people, a "
    "monitor said.",
    "Turkish drones struck PKK positions and vehicles in the Qandil mountains on Sunday, the ministry said.",
    "The army said its drones hit vehicles and positions of the RSF near Bara on Monday, killing dozens.",
])
def test_vehicles_listed_with_fighters_are_a_military_target(told):
    assert only_event(told)["damage"] == []
