"""places.find: canonical names, countries and how a sentence uses each place."""
from __future__ import annotations

import pytest

from strikewatch.places import _written_name, find


def names(sentence: str) -> list[str]:
    return [m.place.name for m in find(sentence)]


def mention(sentence: str, name: str):
    hits = [m for m in find(sentence) if m.place.name == name]
    assert hits, f"{name!r} not found in {[m.place.name for m in find(sentence)]}"
    return hits[0]


@pytest.mark.parametrize(("old", "canonical"), [
    ("Kiev", "Kyiv"),
    ("Kharkov", "Kharkiv"),
    ("Odessa", "Odesa"),
])
def test_old_spellings_map_to_canonical_city(old, canonical):
    sentence = f"Russian drones struck an apartment block in {old} overnight."
    m = mention(sentence, canonical)
    assert m.place.country == "UA"
    assert m.place.kind == "city"
    assert sentence[m.start:m.end] == old


def test_several_old_spellings_in_one_sentence():
    sentence = "Explosions were heard in Kiev, Kharkov and Odessa before dawn."
    assert names(sentence) == ["Kyiv", "Kharkiv", "Odesa"]


@pytest.mark.parametrize(("phrase", "region"), [
    ("the Kyiv region", "Kyiv Oblast"),
    ("the Kiev region", "Kyiv Oblast"),
    ("the Kharkiv oblast", "Kharkiv Oblast"),
    ("Russia's Belgorod region", "Belgorod Oblast"),
])
def test_city_name_with_region_word_is_the_oblast(phrase, region):
    sentence = f"Two people were injured in {phrase} when debris fell on a house."
    m = mention(sentence, region)
    assert m.place.kind == "region"
    assert names(sentence) == [region]  # the region only, not also its capital city


def test_plural_region_list_gives_each_oblast():
    sentence = "Air defences downed 41 drones over the Bryansk, Kursk and Oryol regions, the ministry said."
    found = find(sentence)
    assert [m.place.name for m in found] == ["Bryansk Oblast", "Kursk Oblast", "Oryol Oblast"]
    assert {m.place.country for m in found} == {"RU"}
    assert all(m.role == "named" for m in found)


def test_two_region_list_joined_by_and():
    assert names("Drones were destroyed over the Belgorod and Voronezh regions.") == [
        "Belgorod Oblast", "Voronezh Oblast"]


def test_krai_keeps_its_type():
    m = mention("A refinery in the Krasnodar region caught fire after a drone attack.", "Krasnodar Krai")
    assert m.place.country == "RU"
    assert m.place.kind == "region"


def test_launch_site_has_role_launch():
    sentence = "The missiles were fired from the Bryansk region at Sumy, the air force said."
    launch = mention(sentence, "Bryansk Oblast")
    assert launch.role == "launch"
    assert launch.struck is False
    assert mention(sentence, "Sumy").role == "named"


def test_region_that_locates_a_town_is_a_locator():
    sentence = "A guided bomb hit Yarova in Donetsk region, killing two people."
    town = mention(sentence, "Yarova")
    region = mention(sentence, "Donetsk Oblast")
    assert town.role == "named"
    assert region.role == "locator"
    assert region.struck is False
    assert town.place.country == "UA"


def test_region_reported_struck_on_its_own_is_named():
    assert mention("Drones targeted the Donetsk region overnight.", "Donetsk Oblast").role == "named"


def test_capital_standing_for_its_government_is_a_metonym():
    sentence = "Moscow said its forces had destroyed a depot, a claim Kyiv rejected."
    m = mention(sentence, "Kyiv")
    assert m.role == "metonym"
    assert m.struck is False


@pytest.mark.parametrize("sentence, name", [
    # an adverb before the government's verb, and a protest addressed to a capital
    ("The hall had hosted an arms fair the week before, which Moscow later cited as its reason.", "Moscow"),
    ("Debris smashed the windows of a consulate, and Ankara protested to Moscow.", "Moscow"),
    ("Budapest complained to Kyiv about the strikes on the pipeline.", "Kyiv"),
])
def test_capital_standing_for_its_government_after_an_adverb_or_a_protest_is_a_metonym(sentence, name):
    m = mention(sentence, name)
    assert m.role == "metonym"
    assert m.struck is False


def test_capital_struck_is_not_a_metonym():
    also_hit = "Officials counted 30 dead in Kyiv, with Kharkiv and Dnipro also hit."
    assert mention(also_hit, "Dnipro").role == "named"
    assert mention("A Russian missile struck Kyiv overnight, the mayor said.", "Kyiv").role == "named"


def test_direction_is_flagged():
    assert mention("A drone crashed 20 km south of Kharkiv.", "Kharkiv").role == "direction"


@pytest.mark.parametrize(("sentence", "town", "country"), [
    ("A drone hit an industrial site in Kremenchuk overnight.", "Kremenchuk", "UA"),
    ("Two drones struck a house in Shostka, the governor said.", "Shostka", "UA"),
])
def test_gazetteer_towns(sentence, town, country):
    m = mention(sentence, town)
    assert m.place.country == country
    assert m.role == "named"


def test_town_found_only_in_geonames():
    # Berdychiv is not in the bundled table: it comes from GeoNames, under the text's spelling
    sentence = "A missile hit a railway depot in Berdychiv, regional officials said."
    m = mention(sentence, "Berdychiv")
    assert m.place.country == "UA"
    assert sentence[m.start:m.end] == "Berdychiv"


def test_capitalised_word_that_is_not_a_place_is_ignored():
    assert names("Emergency crews in Kharkiv said Tuesday was quiet.") == ["Kharkiv"]


def test_village_of_unlisted_name_is_accepted_as_written():
    sentence = "Debris fell on a barn in the village of Zelena Dolyna near the border."
    m = mention(sentence, "Zelena Dolyna")
    assert m.place.kind == "city"
    assert sentence[m.start:m.end] == "Zelena Dolyna"


def test_village_located_by_region_takes_the_region_country():
    sentence = "Drones hit the village of Pisochyn-Zarichne in the Kharkiv region."
    village = mention(sentence, "Pisochyn-Zarichne")
    assert village.place.country == "UA"
    assert mention(sentence, "Kharkiv Oblast").role == "locator"


def test_offsets_point_into_the_sentence():
    sentence = ("Missiles hit Odessa and the Kiev region; the Bryansk, Kursk and Oryol regions were "
                "attacked too.")
    for m in find(sentence):
        assert 0 <= m.start < m.end <= len(sentence)
        assert sentence[m.start:m.end].strip() == sentence[m.start:m.end]


def test_sentence_without_places():
    assert find("Air defences were active for several hours, the air force said.") == []


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Kyiv/Sochi (hpa) - Russia has attacked the Danube port of Izmail with drones.", "Kyiv", "dateline"),
    ("Kyiv, Sept 3, 2024 (APC) - Two Russian ballistic missiles hit Poltava.", "Kyiv", "dateline"),
    ("The strike came days after Washington paused intelligence sharing with Kyiv.", "Kyiv", "direction"),
    ("A Patriot system protecting Kyiv was damaged during the attack.", "Kyiv", "direction"),
    ("It was what Kyiv called the largest air attack of the war.", "Kyiv", "metonym"),
    ("A source told the Kyiv Chronicle that two jets had been damaged.", "Kyiv", "office"),
    ("The attack destroyed the railway station in the town of Fastiv near Kyiv.", "Kyiv", "locator"),
    ("Drones were shot down near Kyiv overnight.", "Kyiv", "named"),
])
def test_how_a_sentence_uses_a_capital(sentence, name, role):
    assert mention(sentence, name).role == role


def test_the_regions_of_a_list_gives_each_oblast():
    assert names("Besides Odesa, the regions of Kyiv, Sumy and Dnipropetrovsk were affected.") == [
        "Odesa", "Kyiv Oblast", "Sumy Oblast", "Dnipropetrovsk Oblast"]


LAUNCH_LIST = "The drones had been launched from Primorsko-Akhtarsk, Chauda in Crimea, Kursk and Millerovo."


@pytest.mark.parametrize(("sentence", "name"), [
    (LAUNCH_LIST, "Crimea"),
    (LAUNCH_LIST, "Millerovo"),
    ("Five Kinzhals from MiG-31K aircraft over Astrakhan Oblast were aimed at Kyiv.", "Astrakhan Oblast"),
    ("Bombers launched cruise missiles from the Caspian region and the Engels area.", "Engels"),
    ("Drones were launched from Kursk, Oryol and occupied Crimea, the air force said.", "Crimea"),
])
def test_launch_sites_in_lists_and_over_regions(sentence, name):
    assert mention(sentence, name).role == "launch"


DISTRICTS = "In Kyiv Oblast, falling debris damaged two houses in the Fastiv and Bila Tserkva districts."


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # a town's district (raion) is not the town reported struck, nor is each district of a list
    (DISTRICTS, "Fastiv", "district"),
    (DISTRICTS, "Bila Tserkva", "district"),
    ("Drones were brought down over the Kamensky, Millerovo and Tarasovsky districts overnight.", "Millerovo",
     "district"),
    # a river, a park, a strait named for a town is not the town
    ("A drone damaged a road bridge over the Dnipro River overnight, officials said.", "Dnipro", "feature"),
    ("Debris left a crater in Shevchenko Park, next to the university.", "Shevchenko", "feature"),
    ("Naval drones struck a patrol ship near the Kerch Strait before dawn.", "Kerch", "feature"),
    # where the wounded were taken
    ("A drone hit a car; the driver was taken to a hospital in Belgorod.", "Belgorod", "direction"),
    # a capital charged or speaking for its government
    ("Kyiv accused Moscow of targeting the convoy, which the Kremlin denied.", "Moscow", "direction"),
    ("Moscow describes the refinery strikes as terrorism against civilians.", "Moscow", "metonym"),
    # a dateline filed from two capitals
    ("KYIV/MOSCOW, May 3 (Wire) — Ukrainian drones struck an airfield near Rostov.", "Moscow", "dateline"),
])
def test_names_that_are_not_the_struck_town(sentence, name, role):
    m = mention(sentence, name)
    assert m.role == role
    assert m.struck is False


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # a capital standing for its government or its people, in more shapes than "said" or "rejected"
    ("Moscow had vowed to retaliate for the shelling of the border town.", "Moscow", "metonym"),
    ("Moscow acknowledged fires at two airfields but gave no figures.", "Moscow", "metonym"),
    ("Planners in Jerusalem now count the cost of every interceptor fired.", "Jerusalem", "metonym"),
    ("The White House thanked Tehran for warning it before the missiles flew.", "Tehran", "metonym"),
    ("The barrage came at a difficult moment for Kyiv, days before the talks.", "Kyiv", "metonym"),
    ("For Tehran, a strike on its embassy compound was a red line.", "Tehran", "metonym"),
    ("Officials accused Western states of passing targeting intelligence to Kiev.", "Kyiv", "metonym"),
    # a part of a city: the city is the place
    ("A Houthi missile crashed into a playground in the Jaffa area of Tel Aviv.", "Jaffa", "district"),
    ("The strike flattened a house in the Tal al-Sultan area of western Rafah.", "Tal al-Sultan", "district"),
    ("Residents said the raids hit a market in Sanaa's Bani al-Harith area.", "Bani al-Harith", "district"),
    # a region's acting governor is a title
    ("Kursk acting governor Ivan Petrov said a drone hit a house in the town of Lgov.", "Kursk", "office"),
])
def test_more_names_that_are_not_the_struck_town(sentence, name, role):
    m = mention(sentence, name)
    assert m.role == role
    assert m.struck is False


@pytest.mark.parametrize(("sentence", "name"), [
    ("Shrapnel fell in the Arad area of the Negev, medics said.", "Arad"),  # the Negev is no city
    ("Residents said the raids hit a market in Sanaa's Bani al-Harith area.", "Sanaa"),
    ("Israeli jets struck the Shahran fuel depot in north-west Tehran overnight.", "Tehran"),
    ("A Russian missile struck Kyiv overnight, and Moscow claimed it had hit a factory.", "Kyiv"),
])
def test_the_struck_town_stays_named(sentence, name):
    assert mention(sentence, name).role == "named"


def test_a_works_in_a_part_of_a_city_is_no_place_of_its_own():
    assert names("Israeli jets struck the Shahran fuel depot in north-west Tehran overnight.") == ["Tehran"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the ends of a range of regions are regions, and the first is no launch site
    ("Drones hit energy sites in 12 regions, from Lviv and Volyn in the west to Sumy in the north-east.",
     ["Lviv Oblast", "Volyn Oblast", "Sumy Oblast"]),
    ("Outages followed strikes in several oblasts, from Odesa on the coast to Kharkiv in the east.",
     ["Odesa Oblast", "Kharkiv Oblast"]),
    # the official adjectival names of Ukraine's oblasts
    ("The operator reported damage to substations in Poltavska, Sumska and Chernihivska oblasts.",
     ["Poltava Oblast", "Sumy Oblast", "Chernihiv Oblast"]),
    ("In Zaporizka Oblast, a glide bomb damaged a school.", ["Zaporizhzhia Oblast"]),
    # towns named as the districts they head, and towns added to a list with "as well as"
    ("Villages across the districts of Tyre, Nabatieh and Bint Jbeil were hit, as well as Baalbek, Hermel "
     "and Sohmor.", ["Tyre", "Nabatieh", "Bint Jbeil", "Baalbek", "Hermel", "Sohmor"]),
    # regions named as what the region noun is
    ("The grid operator said the worst-affected regions were Sumy, Poltava and Chernihiv.",
     ["Sumy Oblast", "Poltava Oblast", "Chernihiv Oblast"]),
    ("Overnight the most heavily struck region was Mykolaiv, where a port was set ablaze.",
     ["Mykolaiv Oblast"]),
])
def test_regions_and_towns_in_lists(sentence, expected):
    assert [m.place.name for m in find(sentence) if m.struck] == expected


@pytest.mark.parametrize(("sentence", "name"), [
    # the old names of renamed cities, kept in English for their oblasts
    ("Energy sites were hit in Dnipropetrovsk, Poltava and Lviv.", "Dnipropetrovsk Oblast"),
    ("Kirovohrad and Vinnytsia also reported strikes on substations.", "Kirovohrad Oblast"),
    ("A ballistic missile hit Dnipro overnight.", "Dnipro"),
])
def test_renamed_cities_old_names_are_their_oblasts(sentence, name):
    assert mention(sentence, name).struck


def test_a_range_of_launch_areas_stays_a_launch_site():
    sentence = "Drones were launched from Kursk and Bryansk regions at Sumy."
    assert mention(sentence, "Kursk Oblast").role == "launch"


def test_the_river_itself_is_no_town():
    assert "River" not in names("A bridge over the Dnipro River in Kyiv Oblast was also struck.")


def test_a_ministry_tally_by_region_names_regions():
    sentence = ("The ministry listed them by region: 41 over Bryansk, 12 over Kursk, eight over Tula, "
                "and two each over Kaluga and Lipetsk.")
    assert names(sentence) == [f"{name} Oblast" for name in ("Bryansk", "Kursk", "Tula", "Kaluga", "Lipetsk")]
    # a city struck is still the city
    assert names("Drones struck an oil depot in Bryansk overnight.") == ["Bryansk"]


def test_each_village_of_a_list_is_a_place():
    sentence = "Guided bombs struck the villages of Vilniansk, Novoselivka and Tavriiske on Sunday."
    assert names(sentence) == ["Vilniansk", "Novoselivka", "Tavriiske"]


def test_a_place_in_capitals_is_found():
    sentence = "MYKOLAIV REGION. Debris damaged the roofs of two houses, Governor Vitaliy Kim said."
    m = mention(sentence, "Mykolaiv Oblast")
    assert sentence[m.start:m.end] == "MYKOLAIV REGION"
    assert mention("ZAPORIZHZHIA — A glide bomb hit a factory.", "Zaporizhzhia").role == "dateline"
    assert names("The NATO summit was quiet.") == []


def test_a_town_of_two_words_from_geonames():
    m = mention("Two ballistic missiles were fired at Abu Dhabi early on Monday.", "Abu Dhabi")
    assert m.place.country == "AE"


def test_a_sentence_opening_with_in_names_its_town():
    sentence = "In Vidnoye, south of the ring road, a drone hit the upper floors of a block of flats."
    assert mention(sentence, "Vidnoye").role == "named"
    sentence = "In Muridke, near Lahore, missiles hit a seminary."
    assert (mention(sentence, "Muridke").role, mention(sentence, "Lahore").role) == ("named", "locator")


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Israeli jets struck targets in Dhamar governorate overnight.", "Dhamar Governorate", None),
    ("Israeli jets struck weapons depots in the Bekaa Valley overnight.", "Bekaa Valley", "LB"),
    ("Hezbollah fired a drone at the Golan Heights on Friday.", "Golan Heights", "SY"),  # in law
    ("An air strike hit a tent camp in the Gaza Strip.", "Gaza Strip", "PS"),
])
def test_regions_and_areas_of_the_middle_east(sentence, name, country):
    m = mention(sentence, name)
    assert (m.place.country, m.role) == (country, "named")


def test_an_area_that_locates_a_town_is_a_locator():
    sentence = "A man was killed by falling debris in the West Bank city of Jericho."
    assert mention(sentence, "West Bank").role == "locator"


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # "Town, Region" says where the town is, as "Town in Region" does
    ("The toll from the strike on the railway station in Shostka, Sumy Oblast, rose to two.", "Sumy Oblast",
     "locator"),
    # but a list of places struck is a list
    ("Drones struck Kyiv, Kharkiv Oblast and Odesa overnight.", "Kharkiv Oblast", "named"),
    # a village's district and region locate the village
    ("Drones hit a house in the village of Odnorobivka, in the Bohodukhiv district of Kharkiv region.",
     "Kharkiv Oblast", "locator"),
    # with no town, the region of a district is the place struck
    ("A drone hit an energy facility in the Novhorod-Siverskyi district of the Chernihiv region.",
     "Chernihiv Oblast", "named"),
    # a site named for its town, then its region: the region says where the site is
    ("Drones set fire to the Novoshakhtinsk oil refinery in Russia's Rostov region.", "Rostov Oblast",
     "locator"),
    ("Explosions were heard near the Morozovsk airbase in the Rostov region.", "Rostov Oblast", "locator"),
    # and so does a region told with its part of the country
    ("In Kovel, in the far-western Volyn region, a missile hit a substation.", "Volyn Oblast", "locator"),
    ("Drones struck Uman, in the central Cherkasy region, on Friday.", "Cherkasy Oblast", "locator"),
])
def test_regions_that_locate_or_title(sentence, name, role):
    assert mention(sentence, name).role == role


def test_airports_closed_are_not_struck_but_airports_struck_are():
    closed = "Flights were suspended at Moscow's Vnukovo and Sheremetyevo airports for several hours."
    assert mention(closed, "Sheremetyevo").role == "closure"
    assert mention("Some flights were diverted to Krasnodar overnight.", "Krasnodar").role == "direction"
    struck = "Drones struck Khartoum International Airport a day before its first commercial flight."
    assert mention(struck, "Khartoum").role == "named"


def test_air_defence_systems_and_nuclear_plants_are_not_towns():
    sentence = "Five missiles were shot down by S-400 and Pantsir air defence systems near Bryansk."
    assert names(sentence) == ["Bryansk"]
    assert mention("A drone detonated at the Kursk Nuclear Power Plant overnight.", "Kursk").role == "feature"
    # a thermal plant stands in the town it is named for
    assert mention("In Vinnytsia Oblast, the Ladyzhyn TPP was damaged.", "Ladyzhyn").role == "named"
    # ... nor are the towns of several nuclear plants named together
    both = "The Khmelnytskyi and Rivne nuclear power plants cut their output as a precaution."
    assert [mention(both, name).role for name in ("Khmelnytskyi", "Rivne")] == ["feature", "feature"]


def test_a_university_named_for_its_town_names_the_town_not_a_town_of_its_own():
    assert names("Debris fell near the congress centre of Sumy State University.") == ["Sumy"]
    assert names("A missile hit the research centre of Kharkiv National University.") == ["Kharkiv"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # sites named before their noun are places of their own, one by one in a list
    ("The guards said their missiles had targeted the Gilboa, Shoval and Ein Vered airbases before dawn.",
     [("Gilboa", "area"), ("Shoval", "area"), ("Ein Vered", "area")]),
    ("A one-way drone struck the Camp 14 base in Jordan, wounding two soldiers.", [("Camp 14", "area")]),
    ("Shelling hit the Zamzam camp for displaced people on Tuesday.", [("Zamzam", "area")]),
    ("Drones set fire to tanks at the Bir Hassan gas field late on Friday.", [("Bir Hassan", "area")]),
    ("A jet bombed a monastery in Nyaung Kone village, killing nine.", [("Nyaung Kone", "area")]),
    # the name ends before "Air Base"; an adjective before the name is not part of it
    ("Rockets landed inside the Sheikh Mansour Air Base overnight.", [("Sheikh Mansour", "area")]),
    ("Jets struck the rebel-held Wadi Farah area at dawn.", [("Wadi Farah", "area")]),
    # Arabic particles belong to the name, and a name going on with one is never cut after its first word
    ("Drones hit a pumping station in al-Harf and a depot in Tell al-Khadra.",
     [("al-Harf", "city"), ("Tell al-Khadra", "city")]),
])
def test_named_sites_and_arabic_names(sentence, expected):
    assert [(m.place.name, m.place.kind) for m in find(sentence) if m.struck] == expected


def test_a_site_takes_the_country_it_stands_in_or_that_of_its_list():
    assert mention("Drones hit the Camp 14 base in northern Jordan.", "Camp 14").place.country == "JO"
    assert mention("Missiles struck the Bahr Saad airbase in Qatar.", "Bahr Saad").place.country == "QA"
    listed = "The guards said they had targeted the Nevatim and Shoval airbases."
    assert mention(listed, "Shoval").place.country == "IL"


def test_an_adjective_before_a_site_noun_is_no_place():
    assert names("A drone crashed in a Romanian village near the border.") == []
    assert names("An Iraqi base came under fire.") == []
    # a site noun inside a longer name is no site
    assert names("The US sent a Terminal High Altitude Area Defense battery to the region.") == []


@pytest.mark.parametrize(("sentence", "towns"), [
    # a list after a preposition with one known town in it: the rest are towns of the same country
    ("Shells fell along the line of control in Karnah, Uri, Keran and Udhampur.",
     ["Karnah", "Uri", "Keran", "Udhampur"]),
    # a list its noun says is of places needs no known town
    ("Jets struck depots at five locations, including Qlayaa, Deir Mimas and Blat.",
     ["Qlayaa", "Deir Mimas", "Blat"]),
])
def test_the_unlisted_towns_of_a_list_of_places(sentence, towns):
    assert [m.place.name for m in find(sentence) if m.struck] == towns


@pytest.mark.parametrize(("sentence", "name"), [
    # where the weapon was fired from, told as an area near a town, is a launch site, not a place struck
    ("The army said the rocket was fired by the militia from an area north of the village of Kafr Dunin.",
     "Kafr Dunin"),
    ("Officials said the drones were launched from positions near Kotli before dawn.", "Kotli"),
    # the airfield the aircraft that fired took off from
    ("The bombers took off from an airfield in Russia's Kursk region and launched Kh-22 missiles at Dnipro.",
     "Kursk Oblast"),
    ("The jets, flying from the Shayrat air base near Homs, dropped bombs on the market.", "Homs"),
])
def test_an_area_fired_from_is_a_launch_site(sentence, name):
    assert mention(sentence, name).role == "launch"


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # a distance from a port says where a ship was, not a town struck
    ("The freighter was hit 40 nautical miles west of the port of Hodeidah.", "Hodeidah", "direction"),
    ("A drone struck a tanker 12 miles south of the city of Mukalla on Friday.", "Mukalla", "direction"),
    # but the outskirts of a town are the town's
    ("A drone struck an oil depot on the outskirts of the town of Liski overnight.", "Liski", "named"),
])
def test_ships_at_sea_strike_no_town(sentence, name, role):
    assert mention(sentence, name).role == role


@pytest.mark.parametrize(("sentence", "towns"), [
    # a list after an attack verb or "over", with one known town in it
    ("Russian guided bombs struck Kupiansk, Borova, Pisky-Radkivski and Izium on Tuesday.",
     ["Kupiansk", "Borova", "Pisky-Radkivski", "Izium"]),
    # a list's name is not cut to a shorter GeoNames town it opens with
    ("Turkish drones hit villages in Qamishli, Tal Tamr, Amuda and Derbasiyah overnight.",
     ["Qamishli", "Tal Tamr", "Amuda", "Derbasiyah"]),
])
def test_a_list_after_an_attack_verb_gives_each_town(sentence, towns):
    assert [m.place.name for m in find(sentence) if m.struck] == towns


@pytest.mark.parametrize(("sentence", "places"), [
    # "the ports of X, Y and Z": each port town
    ("Jets struck the ports of Mokha, Ras Isa and Nishtun on Saturday.", ["Mokha", "Ras Isa", "Nishtun"]),
    # a works named for the place it stands in
    ("Drones set fire to the Zhulyany oil pumping station overnight.", ["Zhulyany"]),
    ("The strike hit the Tafila cement plant, killing two workers.", ["Tafila"]),
    # but not a works named for its company or its kind, or one the sentence places in a named town
    ("Debris fell on the Rosneft refinery, starting a small fire.", []),
    ("A missile hit the Kaniv Hydroelectric Power Station.", []),
    ("A drone hit the Lukoil-owned Kamsky refinery in Kstovo.", ["Kstovo"]),
])
def test_works_named_for_their_place(sentence, places):
    assert [m.place.name for m in find(sentence) if m.struck] == places


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # the authorities who report an attack are its source, not a place struck
    ("A drone hit a warehouse in Tikhoretsk, Krasnodar Krai authorities said.", "Krasnodar Krai", "office"),
    ("Three houses were damaged, the authorities in the Belgorod region said.", "Belgorod Oblast", "office"),
    # where the wounded were treated, and where a statement was made
    ("Several of the wounded were in a serious condition at hospitals in Tyre.", "Tyre", "direction"),
    ("A spokesman told reporters in Islamabad that six sites had been hit.", "Islamabad", "direction"),
    # but a hospital struck in a city is the city's
    ("A glide bomb hit a hospital in Kherson on Monday.", "Kherson", "named"),
])
def test_sources_and_hospitals_are_not_places_struck(sentence, name, role):
    assert mention(sentence, name).role == role


def test_russian_shoot_downs_by_place_name_their_regions():
    sentence = "The ministry said it shot down 41 Ukrainian drones overnight over Tambov, Lipetsk and Crimea."
    assert [m.place.name for m in find(sentence)] == ["Tambov Oblast", "Lipetsk Oblast", "Crimea"]
    # a Ukrainian city over which drones were downed stays the city
    assert names("Air defences shot down 14 drones over Kharkiv and Poltava.") == ["Kharkiv", "Poltava"]


def test_a_capital_naming_a_regime_is_no_place_struck():
    # "the Kiev regime": the government the speaker blames, in the Russian officials' phrase
    assert mention("Officials blamed the attack on the Kiev regime, which they said used cluster munitions.",
                   "Kyiv").role == "metonym"


@pytest.mark.parametrize(("sentence", "regions"), [
    # a province of a country the table has no regions for, named for its capital: a governorate where the
    # country has those, else a province
    ("Jets struck weapons depots in the provinces of Isfahan and Kermanshah overnight.",
     ["Isfahan Province", "Kermanshah Province"]),
    ("Air strikes were reported in Hajjah and Ibb provinces on Friday.",
     ["Hajjah Governorate", "Ibb Governorate"]),
    ("Drones hit an army post in Daraa province, a monitor said.", ["Daraa Governorate"]),
])
def test_provinces_named_for_their_capital(sentence, regions):
    assert [m.place.name for m in find(sentence) if m.place.kind == "region"] == regions


def test_a_people_named_before_community_is_no_town():
    # "a Druze community" names a people; "the Krasnopillia community" names a municipality
    assert names("Shrapnel wounded two boys in a Druze community in the Golan Heights.") == ["Golan Heights"]
    assert names("A drone hit a house in the Velykyi Burluk community.") == ["Velykyi Burluk"]


def test_an_area_after_a_town_only_locates_it():
    # "near Dimona in the Negev": the Negev says where the town is
    assert mention("Shrapnel fell in a village near Dimona in the Negev.", "Negev").role == "locator"
    assert mention("Rockets fell in open areas of the Negev, police said.", "Negev").role == "named"


def test_the_outskirts_of_a_town_are_that_town():
    assert mention("A glide bomb struck a warehouse on the outskirts of Kupiansk on Tuesday evening.",
                   "Kupiansk").struck


@pytest.mark.parametrize(("sentence", "name"), [
    ("Israeli jets pounded villages across the south and the Bekaa overnight.", "Bekaa Valley"),
    ("Israeli jets struck a depot near Hermel in the Bekaa Valley on Friday.", "Bekaa Valley"),
    ("A rocket hit a football pitch in Majdal Shams on Saturday, killing 12 children.", "Majdal Shams"),
])
def test_areas_and_towns_under_the_name_the_report_gives(sentence, name):
    assert name in names(sentence)


def test_a_province_whose_name_is_no_town():
    assert names("Israeli warplanes struck radar sites in the Khuzestan and Ilam provinces at dawn.") == [
        "Khuzestan Province", "Ilam Province"]


def test_who_holds_an_area_is_not_its_name():
    assert names("American jets carried out more strikes on Houthi-held areas overnight.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A drone slammed into the grounds of Ben Gurion Airport before dawn.", ("Ben Gurion Airport", True)),
    ("A missile aimed at Ramon International Airport was shot down.", ("Ramon Airport", True)),
    # a town's airport is the town; an airport closed is not struck
    ("Drones hit the Sanaa airport overnight.", ("Sanaa", True)),
    ("Ben Gurion Airport halted departures for two hours.", ("Ben Gurion Airport", False)),
])
def test_an_airport_named_for_no_town_is_a_place(sentence, expected):
    name, struck = expected
    assert mention(sentence, name).struck is struck


@pytest.mark.parametrize(("sentence", "name"), [
    ("An Israeli jet struck a building in Beirut's southern suburbs on Tuesday.", "Beirut"),
    ("A missile hit a block of flats in Kyiv's Obolonskyi district overnight.", "Kyiv"),
    ("The strike on Tehran's Evin prison killed dozens of inmates.", "Tehran"),
])
def test_the_city_a_part_of_it_is_named_for(sentence, name):
    assert mention(sentence, name).struck


def test_a_citys_officials_and_decisions_are_no_part_of_it():
    assert names("Kyiv's mayor said Moscow's decision showed it did not want peace.") == []


def test_power_cut_to_spare_the_grid_is_no_strike():
    sentence = ("Substations were hit in Zhytomyr, the grid operator said, and emergency outages were "
                "introduced in the Kyiv, Cherkasy and Poltava regions.")
    assert [(m.place.name, m.struck) for m in find(sentence)] == [
        ("Zhytomyr", True), ("Kyiv Oblast", False), ("Cherkasy Oblast", False), ("Poltava Oblast", False)]


@pytest.mark.parametrize("sentence", [
    "The army said the strike targeted Ali Karaki, a senior commander of the group.",
    "Residents heard a loud blast near Walton Road before dawn.",
    "Zelensky said the strikes showed Vladimir Putin did not want peace.",
])
def test_a_towns_name_inside_a_longer_name_is_no_town(sentence):
    assert names(sentence) == []


def test_a_town_before_its_airport_stays_a_town():
    assert names("Drones struck a fuel depot near Abu Dhabi International Airport.") == ["Abu Dhabi"]


def test_a_named_range_struck_is_a_place():
    assert mention("US aircraft struck militant hideouts in the Golis mountains of Somaliland on Friday.",
                   "Golis").struck


def test_a_city_and_the_surrounding_region_names_both():
    assert names("Drones hit homes in Kharkiv and the surrounding region.") == ["Kharkiv", "Kharkiv Oblast"]


@pytest.mark.parametrize(("sentence", "area"), [
    ("Two missiles struck the Hatzerim airbase in the Negev, the army said.", "Negev"),
    ("A teenager was hurt by shrapnel in the Dimona area of the Negev desert.", "Negev"),
    ("Drones set a fuel depot ablaze in Dzhankoi in occupied Crimea overnight.", "Crimea"),
])
def test_an_area_after_a_site_or_town_only_locates_it(sentence, area):
    assert mention(sentence, area).role == "locator"


def test_a_blackout_against_an_air_raid_is_no_power_cut():
    assert mention("Drones were engaged over the city, and a blackout was imposed in Jammu.", "Jammu").struck


def test_another_spelling_of_a_small_town_that_is_a_large_city_s_name_elsewhere_is_not_the_town():
    # GeoNames lists "Cali" as another spelling of a small Russian town's name; Cali is a city of two million
    # in Colombia
    sentence = "A car bomb exploded outside a police station in Cali."
    found = {m.place.name: m.place.country for m in find(sentence)}
    assert found.get("Cali") != "RU"
    assert {m.place.name: m.place.country for m in find("Drones struck Kursk overnight.")} == {"Kursk": "RU"}


@pytest.mark.parametrize("sentence, town", [
    ("Guided bombs hit Orikhiv and Huliaipole on Tuesday, the regional governor said.", "Orikhiv"),
    ("Russian drones struck Gulyaipole overnight, damaging a school.", "Huliaipole"),
    ("A drone hit the port of Reni on the Danube overnight.", "Reni"),
    ("Shahed drones attacked Velyka Pysarivka near the border on Sunday.", "Velyka Pysarivka"),
])
def test_front_line_and_border_towns_are_ukrainian(sentence, town):
    assert {m.place.name: m.place.country for m in find(sentence)}.get(town) == "UA"


@pytest.mark.parametrize("region, town, held", [
    ("Zhytomyr Oblast", "Lviv", False),
    ("Kyiv Oblast", "Zaporizhzhia", False),
    ("Dnipropetrovsk Oblast", "Kryvyi Rih", True),  # at the region's edge, nearer another's centroid
    ("Kharkiv Oblast", "Kupiansk", True),
    ("Volyn Oblast", "Nowhereville", None),
])
def test_a_region_holds_its_towns_and_not_those_far_off(region, town, held):
    from strikewatch.gazetteer import region_holds

    assert region_holds(region, town) is held


@pytest.mark.parametrize("sentence, region", [
    ("Odesa Governor Oleh Kiper said a private house was damaged in the region.", "Odesa Oblast"),
    ("Kyiv Oblast Governor Mykola Kalashnyk said two drones were destroyed over the oblast.", "Kyiv Oblast"),
])
def test_the_region_of_an_officials_title_is_struck_when_the_sentence_tells_of_the_region(sentence, region):
    assert any(m.struck for m in find(sentence) if m.place.name == region)


def test_the_region_of_a_title_is_not_added_beside_a_town_struck():
    sentence = "Kharkiv Governor Oleh Syniehubov said a drone hit Chuhuiv and two were hurt in the region."
    assert [(m.place.name, m.struck) for m in find(sentence)] == [("Kharkiv", False), ("Chuhuiv", True)]


@pytest.mark.parametrize("sentence, city", [
    ("In Solomianskyi, a drone hit a warehouse and started a fire.", "Kyiv"),
    ("Drones targeted the oil refinery in Kapotnya overnight, Telegram channels reported.", "Moscow"),
])
def test_a_district_named_alone_is_its_city(sentence, city):
    assert mention(sentence, city).struck


def test_a_site_located_in_a_region_takes_the_regions_country():
    sentence = "Drones hit the Ilsky oil refinery in Krasnodar Krai overnight, the General Staff said."
    assert {m.place.name: (m.place.country, m.role) for m in find(sentence)} == {
        "Ilsky": ("RU", "named"), "Krasnodar Krai": ("RU", "locator")}


@pytest.mark.parametrize("sentence", [
    "Israeli jets struck what the army called weapons depots in southern Lebanon on Monday night.",
    "Southern Lebanon was hit by more than a hundred air strikes, the health ministry said.",
])
def test_a_countrys_part_told_by_a_compass_word_is_the_listed_region(sentence):
    assert mention(sentence, "South Lebanon").struck


def test_a_singular_feature_after_its_own_article_is_not_shared_with_the_name_before():
    sentence = "Air strikes across southern Lebanon and the Bekaa Valley killed dozens on Sunday."
    roles = {m.place.name: m.role for m in find(sentence)}
    assert roles == {"South Lebanon": "named", "Bekaa Valley": "named"}


def test_a_listed_site_with_a_number_in_its_name_is_found():
    sentence = "A one-way drone hit the accommodation block at the outpost known as Tower 22 before dawn."
    assert mention(sentence, "Tower 22").struck


def test_a_vast_region_that_only_says_where_a_town_is_is_never_a_place():
    sentence = "In North Darfur, a paramilitary drone struck the market in Kabkabiya, killing nine."
    assert "North Darfur" not in {m.place.name for m in find(sentence)}


@pytest.mark.parametrize("sentence, city", [
    ("Drones struck the Osman Digna air base beside the airport before dawn.", "Port Sudan"),
    ("An air strike flattened a building in Ghobeiry on Friday night.", "Beirut"),
    ("The Houthis said they had fired a ballistic missile at Umm al-Rashrash.", "Eilat"),
])
def test_a_site_or_district_or_other_name_of_a_city_is_the_city(sentence, city):
    assert [m.place.name for m in find(sentence)] == [city]




@pytest.mark.parametrize("sentence, town, country", [
    ("A ballistic missile slammed into a housing block in Ganja before dawn.", "Ganja", "AZ"),
    ("Turkish jets bombed targets near Qamishli and shells fell on Nusaybin.", "Nusaybin", "TR"),
    ("Shelling damaged a school in Goris on Tuesday.", "Goris", "AM"),
])
def test_a_town_of_a_theatre_beyond_the_middle_east_is_found_in_geonames(sentence, town, country):
    hit = mention(sentence, town)
    assert hit.place.country == country and hit.struck


@pytest.mark.parametrize("other_name, usable", [
    ("PKK", False), ("ali", False), ("Кaйсери", False), ("Binǝ", False), ("Çan", True), ("Ariha", True),
])
def test_only_an_other_name_a_report_could_write_is_indexed(other_name, usable):
    # a code, a lower-case transliteration or another script (which folding cuts to a stray word)
    assert _written_name(other_name) is usable


def test_a_list_the_targets_included_takes_its_unlisted_towns():
    sentence = "The ministry said the targets included Amritsar, Jalandhar, Nal, Phalodi and Bhuj."
    assert names(sentence) == ["Amritsar", "Jalandhar", "Nal", "Phalodi", "Bhuj"]


@pytest.mark.parametrize("sentence, name, struck", [
    ("A farmer in Jericho struck by falling shrapnel died of his wounds.", "Jericho", True),
    ("The blast damaged an embassy, and Baku protested to Moscow.", "Baku", False),
])
def test_a_place_struck_by_something_is_struck_a_capital_protesting_is_not(sentence, name, struck):
    assert mention(sentence, name).struck is struck


@pytest.mark.parametrize("sentence, name, struck", [
    ("A glide bomb fell on the village of Hlushkivka, Kupiansk district, hurting two.", "Hlushkivka", True),
    ("Rockets landed in Haifa, Nesher and the Hadar neighbourhood overnight.", "Haifa", True),
    ("Shrapnel damaged roofs in the Bucha and Obukhiv districts.", "Bucha", False),
])
def test_a_district_noun_in_the_singular_is_the_last_names_alone(sentence, name, struck):
    assert mention(sentence, name).struck is struck


@pytest.mark.parametrize("sentence", [
    "Falling debris set a car alight in the Holosiivskyi district before dawn.",
    "Windows were blown out in the Darnytskyi and Podilskyi districts.",
    "A drone struck a warehouse in the Saltivskyi district at dawn.",
])
def test_a_named_district_of_a_city_is_the_city_struck(sentence):
    assert [m.place.name for m in find(sentence) if m.struck][:1] in (["Kyiv"], ["Kharkiv"])


@pytest.mark.parametrize("sentence, name, struck", [
    ("Blasts were reported in cities from Uzhhorod in the west to Sumy in the east.", "Uzhhorod", True),
    ("The barrage hit substations from Rivne to Poltava before dawn.", "Rivne", True),
    ("The Shaheds were launched from Kursk towards Sumy.", "Kursk", False),
    ("Apart from Chernihiv, drones damaged homes in Nizhyn.", "Chernihiv", True),
    # the first end may be a list, and a region with no namesake city is named alone
    ("Substations failed from Ternopil and Volyn in the west to Poltava.", "Ternopil", True),
    ("Substations failed from Ternopil and Volyn in the west to Poltava.", "Volyn Oblast", True),
    ("Shaheds flew in from Bryansk and Kursk towards Chernihiv.", "Kursk", False),
])
def test_the_first_end_of_a_range_of_places_struck_is_struck(sentence, name, struck):
    assert mention(sentence, name).struck is struck


@pytest.mark.parametrize("sentence, name, struck", [
    ("Local officials in Sidakan said three shepherds were hurt.", "Sidakan", True),
    ("Residents of the town of Akhnoor said shells hit two houses.", "Akhnoor", True),
    ("Kyiv said the claim was false.", "Kyiv", False),
])
def test_people_on_the_spot_tell_of_their_town_a_government_is_no_place(sentence, name, struck):
    assert mention(sentence, name).struck is struck


@pytest.mark.parametrize("sentence, expected", [
    ("Indian missiles struck four sites in Punjab and Azad Jammu and Kashmir before dawn.", ["Azad Kashmir"]),
    ("Mortar fire hit Mendhar in Jammu and Kashmir, officials said.", ["Mendhar"]),
    ("A drone was brought down near the airport in Jammu on Friday.", ["Jammu"]),
])
def test_a_territory_joining_two_names_is_one_name_not_its_parts(sentence, expected):
    assert names(sentence) == expected


@pytest.mark.parametrize("sentence, town", [
    ("The army pushed its offensive in the centre and around Khartoum, while drones hit Atbara.", "Khartoum"),
    ("Troops broke the siege of their headquarters in central Khartoum on Tuesday.", "Khartoum"),
    ("The ministries moved to the coast after fighting erupted in Khartoum two years ago.", "Khartoum"),
    ("The army, which recaptured the town of Wad Madani last week, blamed the RSF.", "Wad Madani"),
])
def test_ground_won_or_fought_over_is_not_a_place_struck(sentence, town):
    assert not mention(sentence, town).struck


def test_a_town_struck_beside_ground_fought_over_stays_struck():
    assert mention("The army pushed its offensive around Khartoum, while drones hit Atbara.", "Atbara").struck


def test_the_names_that_are_never_a_place_struck_are_one_set_made_once():
    from strikewatch import places

    assert places._countries_or_elsewhere() is places._countries_or_elsewhere()
    assert places._countries_or_elsewhere() == places._countries() | places._ELSEWHERE
    assert places._STOP_OR_FACILITY == places._STOP_CAPS | places._FACILITY_WORDS


@pytest.mark.parametrize("sentence, name", [
    ("Warplanes bombed the Arak heavy water reactor shortly before dawn.", "Arak"),
    ("Satellite images show craters beside the Arak research reactor.", "Arak"),
])
def test_a_nuclear_site_named_for_its_town_is_the_town(sentence, name):
    assert mention(sentence, name).struck


@pytest.mark.parametrize(("sentence", "town", "country"), [
    ("An overnight salvo slammed into Rehovot, damaging a laboratory block.", "Rehovot", "IL"),
    ("Bnei Brak was hit by interceptor fragments before dawn.", "Bnei Brak", "IL"),
    ("Drones were sighted over Srinagar and parts of Jammu late on Saturday.", "Jammu", "IN"),
    ("Abqaiq, the kingdom's largest processing plant, was set ablaze.", "Abqaiq", "SA"),
])
def test_often_struck_towns_named_bare(sentence, town, country):
    """Towns of other theatres named as the subject or object of a verb, not after a preposition."""
    assert mention(sentence, town).place.country == country


def test_a_list_goes_on_past_a_name_in_brackets():
    sentence = "Jets struck bases at Chaklala (Nur Khan), Chakwal, Attock and Kohat before dawn."
    assert {"Chakwal", "Attock", "Kohat"} <= set(names(sentence))


@pytest.mark.parametrize("sentence", [
    "Debris fell near a road bridge across the Dnipro in Kremenchuk.",
    "The Dnipro hydroelectric station in Zaporizhzhia took two direct hits.",
    "Artillery on the left bank of the Dnipro kept shelling the town.",
])
def test_the_dnipro_river_is_not_the_city(sentence):
    assert all(m.role == "feature" for m in find(sentence) if m.place.name == "Dnipro")


def test_dnipro_the_city_stays_struck():
    assert mention("A ballistic missile hit Dnipro overnight, wounding six.", "Dnipro").struck
    assert mention("Photos: the Dnipro apartment block a day after the strike", "Dnipro").struck


def test_hospital_in_a_nearby_town_is_not_struck():
    sentence = "The Assaf Harofeh Medical Center in nearby Holon said it was treating 40 of the wounded."
    assert not mention(sentence, "Holon").struck
    assert mention("A missile hit a clinic in Holon, wounding three.", "Holon").struck


def test_towns_whose_hospitals_took_in_the_hurt_are_not_struck():
    sentence = ("Paramedics said 45 people were hurt, and hospitals in Hadera, Afula and other towns "
                "reported receiving the wounded through the night.")
    roles = [m.role for m in find(sentence) if m.place.name in ("Hadera", "Afula")]
    assert roles == ["direction", "direction"]
    assert mention("The barrage damaged two hospitals in Kharkiv and a school.", "Kharkiv").struck


def test_the_far_end_of_a_bridge_is_not_struck():
    sentence = "The strikes came two days after a truck bomb hit the bridge linking Russia to annexed Crimea."
    assert not mention(sentence, "Crimea").struck


def test_an_abbreviated_country_is_no_place():
    assert "UAE" not in names("It was the first deadly assault the Houthis claimed on UAE territory.")


def test_a_town_a_leader_is_visiting_is_not_struck():
    sentence = "The prime minister, visiting the Holon impact site on Sunday, said Iran would pay."
    assert not mention(sentence, "Holon").struck


@pytest.mark.parametrize(("sentence", "served"), [
    ("Missiles destroyed the Ladyzhyn thermal power plant, the main supplier of electricity to the Vinnytsia "
     "and Khmelnytskyi regions.", ["Vinnytsia Oblast", "Khmelnytskyi Oblast"]),
    ("A drone hit the main substation in Kremenchuk, cutting electricity to large parts of Poltava and "
     "Myrhorod.", ["Poltava", "Myrhorod"]),
    ("The strike on the Burshtyn plant disrupted power supply to Lviv and Ternopil for several hours.",
     ["Lviv", "Ternopil"]),
])
def test_where_a_struck_plants_supply_reaches_is_no_place_struck(sentence, served):
    found = {m.place.name: m.struck for m in find(sentence)}
    assert all(found.get(name) is False for name in served), found


@pytest.mark.parametrize(("sentence", "name"), [
    ("Drones struck a transformer station in north Omdurman before dawn.", "Omdurman"),
    ("A missile hit a warehouse in west Atbara overnight.", "Atbara"),
])
def test_a_town_after_a_compass_word_is_the_town(sentence, name):
    assert mention(sentence, name).struck
