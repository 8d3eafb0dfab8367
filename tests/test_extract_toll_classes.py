"""Casualty tolls by class of wording: a count the report sets aside (a first count replaced by a later one,
the striking side's claim), a toll of another year's attack, a further strike's toll, a lead's toll shared
with a named place. One realistic report each, with the figures a reader would copy from it."""
from __future__ import annotations

import pytest

from strikewatch import extract

SUNDAY = "2025-07-06T10:00:00+03:00"


def only_event(text: str, published: str | None = SUNDAY) -> dict:
    events = extract(text, published=published).to_dict()["events"]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("text, killed, injured", [
    # a first count, higher than the one that replaced it
    ("Israeli jets struck the port of Hodeidah on Monday. Houthi-run Al-Masirah TV first reported three dead "
     "and 45 wounded; by Tuesday its health ministry said five had been killed and 38 injured.", 5, 38),
    # a provisional toll told after the current one
    ("A Russian missile hit a school in Kharkiv on Friday, killing two people and injuring 21, the regional "
     "governor said. On Friday night he had given a provisional toll of two killed and 24 injured.", 2, 21),
    # "up from an earlier figure of ...": the earlier figure is not the toll, whichever is larger
    ("Russian drones struck Odesa overnight. Officials said 14 people had been injured, down from an earlier "
     "figure of 17 as some of those taken to hospital turned out to be unhurt.", None, 14),
    # the toll a later one updates, told after it
    ("A Russian missile hit a shopping centre in Kremenchuk on Monday. The regional administration said on "
     "Tuesday that 11 people had been killed and 54 wounded, updating a toll of nine dead and 61 injured it "
     "gave on Monday night.", 11, 54),
    # a first count past which the report says "but": the later figure is not set aside
    ("A Russian missile hit a market in Kostiantynivka on Monday. The town council initially reported 30 "
     "people killed, but said in the evening that the number of dead had risen to 41.", 41, None),
    # another source's figure, told as higher or lower than the toll: the toll stands
    ("A Russian glide bomb hit a market in Kostiantynivka on Saturday, killing 23 people and wounding 40, "
     "the regional governor said. Local volunteers gave a higher toll, saying 31 had been killed.", 23, 40),
    ("A Russian glide bomb hit a market in Kostiantynivka on Saturday, killing 23 people and wounding 40, "
     "the regional governor said. The town council gave a different figure, saying 52 people had been "
     "wounded.", 23, 40),
])
def test_a_count_set_aside_gives_way_to_the_later_one(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


def test_victims_called_terrorists_are_the_striking_sides_claim():
    text = ("India struck nine sites in Pakistan on Wednesday. Pakistan said 31 civilians were killed. "
            "On Sunday, India's director general of military operations said more than 100 terrorists "
            "had died in the strikes.")
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert [e["killed"] for e in events if e["attacker"] == "IN"] == [31]


def test_moscows_ministry_claiming_soldiers_killed_is_the_attackers_claim():
    text = ("A Russian ballistic missile struck central Sumy on Sunday morning, killing 35 people, "
            "officials said. Moscow's defence ministry said it had hit a meeting of Ukrainian officers "
            "and claimed to have killed some 90 servicemen.")
    assert only_event(text)["killed"] == 35


@pytest.mark.parametrize("text, killed", [
    # the toll of an attack of a year before the report's, told in a clause of its own
    ("An Israeli strike on a building in Beirut's southern suburbs on Tuesday killed a woman and two "
     "children. The target had been wanted by Washington for the 1983 bombing of the Marine barracks "
     "in Beirut, which killed 241 American service members.", 3),
    # a comparison with a year is no date of the toll
    ("Russian missiles hit Dnipro overnight, killing 30 people in the deadliest strike on the city "
     "since 2022, officials said.", 30),
    # a month's year before the verb is no toll: the victims after it are
    ("A rocket fired from Lebanon struck a farm near Metula in March 2024 killed two labourers, "
     "the army said.", 2),
])
def test_a_toll_dated_to_an_earlier_year_is_another_events(text, killed):
    events = extract(text, published=SUNDAY).to_dict()["events"]
    assert [e["killed"] for e in events if e["killed"] is not None] == [killed]


def test_a_claim_of_terrorists_killed_stands_when_no_other_toll_is_told():
    text = ("NEW DELHI: Indian armed forces struck nine camps in Pakistan early on Wednesday. Security "
            "sources said more than 70 terrorists had been killed in the strikes.")
    events = extract(text, published="2025-05-07T10:00:00+05:30").to_dict()["events"]
    assert [e["killed"] for e in events] == [70]



def test_a_further_bomb_of_the_same_attack_adds_its_injured():
    text = ("Russian guided bombs struck a hypermarket in Kharkiv on Saturday afternoon. The death toll "
            "at the store rose to 12, the governor said. At least 40 people were injured there. A third "
            "bomb struck a residential area in the Saltivskyi district about 20 minutes later, injuring "
            "three people.")
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (12, 43)


def test_a_lead_toll_shared_with_a_named_place_is_a_part():
    # "three in a village in western Ukraine and two in Zaporizhzhia": the lead's two parts, no total
    text = ("Russia attacked Ukraine with 480 drones and 50 missiles overnight into Sunday, killing three "
            "people in a village in western Ukraine and two in Zaporizhzhia, officials said.\n\nIn the "
            "Lviv region, three members of one family were killed when a drone hit their house in the "
            "village of Lapaivka, the governor said.\n\nIn Zaporizhzhia, a missile hit an industrial "
            "enterprise, killing two people, the regional governor said.")
    assert only_event(text, published="2025-10-05T12:00:00+03:00")["killed"] == 5


def test_victims_hit_by_glass_after_a_failed_interception_are_the_strikes_injured():
    # the casualty verb hangs on the "after" clause, and its victims are "hit": no other attack told there
    text = ("A rocket fired from Gaza struck a school yard in Ashkelon on Sunday morning after attempts to "
            "intercept it failed, lightly injuring nine people who were hit by shattered windows, medics "
            "said.")
    assert only_event(text)["injured"] == 9


def test_a_shootings_vague_toll_leaves_the_strikes_sum_whole():
    # "several others wounded" by gunmen is no place of the missile attack with an unknown figure
    text = ("Iran fired dozens of ballistic missiles at Israel on Tuesday evening. Three people were lightly "
            "wounded by shrapnel in Haifa, medics said. Earlier in the day, at least five people were killed "
            "and several others wounded when gunmen opened fire at a bus stop in Beersheba, police said.")
    assert only_event(text, published="2024-10-01T23:00:00+03:00")["injured"] == 3


def test_nobody_killed_is_a_zero():
    text = ("Ukrainian drones hit a fuel depot in Russia's Bryansk region overnight, the governor said. Two "
            "guards were injured; nobody was killed.")
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (0, 2)


def test_a_places_toll_and_more_in_another_are_summed():
    # the first place is named inside the phrase ("in the strikes on Sidon"), the second after "more in"
    text = ("Israeli jets struck southern Lebanon and Beirut's southern suburbs on Sunday. Lebanon's health "
            "ministry said nine people were killed in the strikes on Sidon and three more in Dahiyeh.")
    assert only_event(text)["killed"] == 12


@pytest.mark.parametrize("text, killed, injured", [
    # a day's toll told of one side's strikes is that day's attack's
    ("Israeli jets struck missile sites near Isfahan on Sunday, the military said. Iran's health ministry "
     "said 18 people were killed and 95 injured by Israeli strikes over the past 24 hours.", 18, 95),
    # ... but a day's round-up of attacks of every kind is not
    ("Russian drones hit Kharkiv overnight, damaging a school. Russian attacks across Ukraine killed five "
     "people and injured 22 over the past day, regional officials said.", None, None),
])
def test_the_past_days_toll_of_a_sides_strikes(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # each verb's victims, told by who they were
    ("A Russian drone hit a house in Kherson on Sunday morning. It killed a man and injured his wife and "
     "two grandchildren, the regional governor said.", 1, 3),
    ("A Russian missile struck an apartment block in Dnipro on Sunday, killed a woman and two children "
     "and wounded 40 people, officials said.", 3, 40),
    # a victim's age told beside them is no count
    ("Russian drones hit a village near Sumy on Sunday night. A woman, 54, and her son were killed, the "
     "governor said.", 2, None),
])
def test_victims_told_by_who_they_were(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


def test_the_toll_of_the_attack_a_comparison_names_is_not_the_attacks():
    # "the deadliest ... since March, when a missile killed 14": that earlier strike's toll
    text = ("A Russian drone hit a bus station in Kherson on Sunday morning, killing three people and "
            "wounding 11, the regional governor said. It was the deadliest attack on the city since March, "
            "when a missile strike on the market killed 14 people.")
    event = [e for e in extract(text, published=SUNDAY).to_dict()["events"] if e["date"] == "2025-07-06"][0]
    assert (event["killed"], event["injured"]) == (3, 11)


@pytest.mark.parametrize("text, killed, injured", [
    # a people named by its plural: none of them hurt (hurt is injured, SPEC), nothing said of the dead
    ("Iranian missiles fell near the air base outside Erbil on Tuesday. No Canadians or Germans were "
     "hurt, their defence ministries said.", None, 0),
    # no report of deaths: no dead, and nothing said of the injured
    ("Russian missiles struck power plants in the Lviv and Rivne regions on Thursday, causing blackouts, "
     "but there were no immediate reports of deaths.", 0, None),
    # no report of damage or casualties
    ("A Houthi drone was shot down over the Red Sea port of Aqaba on Sunday; there were no reports of "
     "damage or casualties.", 0, 0),
])
def test_zeros_told_of_a_people_or_by_reports(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # a relative clause of the war's place: the war's toll, and the attack's own dead are not told
    ("Israeli jets struck a house in Khan Younis on Sunday, wounding four people, medics said. The strike "
     "came in the ninth month of the war in Gaza, where local health officials say more than 37,000 people "
     "have been killed.", None, 4),
    # the span of an insurgency told by its start
    ("Turkish drones hit a fuel depot near Qamishli on Friday, wounding six people, a monitor said. The "
     "group has fought an insurgency since 1991 in which more than 30,000 people have been killed.", None, 6),
])
def test_a_toll_in_the_clause_of_a_war_is_not_the_attacks(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text", [
    # the lead tells a later wave and, after "hours after", the strike whose victims the next paragraph counts
    ("Ukrainian drones struck oil depots across southern Russia overnight, the governors said on Monday, "
     "hours after a Russian missile hit a bus station in Kherson, killing nine passengers.\n\n"
     "The passengers, most of them elderly, had been waiting for an evening bus when the missile landed "
     "at about 7:10 p.m. About 25 others were wounded, four of them seriously."),
    ("Ukrainian drones struck oil depots across southern Russia overnight, the governors said on Monday, "
     "hours after a Russian missile hit a bus station in Kherson, killing nine passengers.\n\n"
     "The passengers, most of them elderly, had been waiting for an evening bus when the missile landed "
     "at about 7:10 p.m. The regional administration said about 25 other people were wounded, four of them "
     "seriously."),
])
def test_others_wounded_are_of_the_attack_whose_dead_were_just_counted(text):
    events = extract(text, published="2025-03-10T09:00:00+02:00").to_dict()["events"]
    tolls = {e["attacker"]: (e["killed"], e["injured"]) for e in events}
    assert tolls["RU"] == (9, 25)
    assert tolls.get("UA", (None, None))[1] is None


def test_a_toll_whose_places_are_listed_after_a_colon_is_a_stated_total():
    # a liveblog: the morning's toll, its places listed after it, wins over a sum with another entry's city
    text = ("Russia-Ukraine war live: missile hits Chernivtsi hours after drone barrage\n\n"
            "21.10 GMT | Missile strike on Chernivtsi\n\n"
            "A Russian missile hit a college dormitory in the western city of Chernivtsi on Tuesday evening, "
            "killing eight students, the regional administration said.\n\n"
            "17.40 GMT | Toll from morning attack rises to seven\n\n"
            "At least seven people have been killed in the morning's attack, officials said: three in "
            "Poltava, two in Chernihiv region and two in Vinnytsia.\n\n"
            "11.20 GMT | Chernihiv region\n\n"
            "In Chernihiv region, the governor said a warehouse was hit and two people were killed.")
    events = extract(text, published="2025-03-11T22:00:00+00:00").to_dict()["events"]
    assert [e["killed"] for e in events if "Poltava" in e["places"]] == [7]


@pytest.mark.parametrize("text, killed, injured", [
    ("Houthi forces fired two ballistic missiles at Eilat on Thursday night. Most fell into the sea. "
     "The only confirmed death was that of a fisherman struck by a fragment near the harbour, the police "
     "said.", 1, None),
    ("Houthi forces fired two ballistic missiles at Eilat on Thursday night. A fisherman struck by a "
     "fragment near the harbour is so far the only reported death, the police said.", 1, None),
    ("Houthi forces fired two ballistic missiles at Eilat on Thursday night. The only serious casualty was "
     "a teenager, badly wounded by shrapnel on the promenade.", None, 1),
])
def test_the_only_death_or_casualty_is_a_toll_of_one(text, killed, injured):
    event = only_event(text, published="2025-02-14T08:00:00+02:00")
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # the ages told after the victims, with no comma, are no count of them
    ("A Russian drone struck a minibus near Nikopol on Saturday. Two women aged 36 and 58 were wounded and "
     "taken to hospital, the governor said.", None, 2),
    ("A guided bomb hit a garage cooperative in Kramatorsk on Saturday. A man aged 47 was killed, the city "
     "military administration said.", 1, None),
])
def test_ages_after_the_victims_count_nothing(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


_NIGHT_OVER_REGIONS = ("Russia launched 84 drones and six missiles at Ukraine overnight, the air force said. "
                       "Drones struck energy facilities in the Kharkiv and Odesa regions.\n\n")


@pytest.mark.parametrize("paragraph", [
    # the zero follows the speaker's account of one district
    "In the Lviv region, governor Maksym Kozytskyi said debris had damaged a warehouse near Stryi. He added "
    "that there were no casualties.",
    # the zero names its town in the same sentence
    "In the Lviv region, falling debris damaged a warehouse near Stryi; no casualties were reported.",
])
def test_a_zero_said_of_one_place_leaves_the_attacks_toll_unknown(paragraph):
    event = only_event(_NIGHT_OVER_REGIONS + paragraph)
    assert (event["killed"], event["injured"]) == (None, None)


@pytest.mark.parametrize("paragraph", [
    # a clause over several regions sums them up
    "Hits were recorded mostly in the Kharkiv and Odesa regions, where local officials reported damaged "
    "houses but no casualties.",
    # a zero of the whole attack, after one place's paragraph
    "In the Lviv region, debris damaged a warehouse near Stryi. No casualties were reported from the "
    "overnight attack.",
])
def test_a_zero_said_of_several_places_or_of_the_attack_is_its_toll(paragraph):
    event = only_event(_NIGHT_OVER_REGIONS + paragraph)
    assert (event["killed"], event["injured"]) == (0, 0)


def test_a_zero_after_a_figure_of_the_other_kind_sums_up_the_attack():
    text = _NIGHT_OVER_REGIONS + ("In the Odesa region, a drone hit a warehouse near the port. Three workers "
                                  "were injured, officials said. No deaths were reported.")
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (0, 3)


def test_a_zero_of_the_one_place_struck_is_the_attacks_toll():
    text = ("Ukrainian drones attacked Sochi overnight, the Russian defence ministry said.\n\n"
            "In Sochi, mayor Andrei Proshunin said debris had set fire to a fuel depot in the Adler "
            "district. There were no casualties, he said.")
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (0, 0)


@pytest.mark.parametrize("text, killed", [
    ("An Israeli strike on a flat in Sidon on Thursday killed militia chief Talal Nasser along with at least "
     "18 others, Lebanese officials said.", 19),
    ("Israeli jets struck a building in Tyre on Thursday, killing field commander Abu Karim and nine other "
     "people, the health ministry said.", 10),
    # two victims before the others: no one named, no sum read
    ("Israeli jets struck a building in Tyre on Thursday, killing two commanders and nine other people, the "
     "health ministry said.", 2),
])
def test_a_victim_named_beside_a_count_of_others_adds_one(text, killed):
    assert only_event(text, "2024-09-27T10:00:00+03:00")["killed"] == killed


@pytest.mark.parametrize("text, injured", [
    # a rescue service's count of those it treated, with no injury named beside it
    ("An Iranian ballistic missile struck an apartment block in Rehovot early on Sunday, Israeli police "
     "said. Magen David Adom said its paramedics had treated 47 people, most of them lightly hurt by flying "
     "glass.", 47),
    ("A Houthi drone hit a hotel lobby in Eilat on Thursday evening. Medics have now treated 23 people at "
     "the scene, the rescue service said.", 23),
    # those treated for anxiety or hurt running to shelters are no injured of the attack
    ("An Iranian ballistic missile struck an apartment block in Rehovot early on Sunday, Israeli police "
     "said. Magen David Adom said it had treated 38 people overall, most for anxiety or bruises "
     "sustained while running to shelters.", None),
    # ... unless the shelter-goers are only a part of the figure, told after it with the rest
    ("An Iranian ballistic missile struck an apartment block in Rehovot early on Sunday, Israeli police "
     "said. Medics treated nine people for light injuries, seven of them cut by glass and two hurt on their "
     "way to shelters.", 9),
])
def test_a_rescue_services_count_of_those_it_treated_is_the_injured(text, injured):
    assert only_event(text, "2025-06-15T10:00:00+03:00")["injured"] == injured


@pytest.mark.parametrize("text, killed, injured", [
    # the crew of a ship at sea: no country's ground, no toll of the strike on the port
    ("Israeli jets struck the port of Salif on Monday, the military said.\n\n"
     "Separately, the Panama-flagged tanker Sea Orchid was hit by drone boats in the Red Sea. The EU naval "
     "mission said on Tuesday that at least two crew members had been killed and five wounded.", None, None),
    ("Israeli jets struck the port of Salif on Monday, the military said. Houthi drones later hit a "
     "Malta-flagged bulk carrier some 60 nautical miles west of the port, leaving three seafarers dead.",
     None, None),
    # ... but a ship struck in a port is on the ground of the country it lies in
    ("Russian drones hit the port of Izmail overnight on Monday, the regional governor said. Two crew "
     "members of a grain ship were injured and a warehouse burned down.", None, 2),
])
def test_the_crew_of_a_ship_at_sea_is_no_toll_of_the_strike(text, killed, injured):
    events = extract(text, published="2025-07-08T10:00:00+03:00").to_dict()["events"]
    assert [(e["killed"], e["injured"]) for e in events] == [(killed, injured)]


@pytest.mark.parametrize("text, killed, injured", [
    # an aside between the count and its verb that tells how many of the victims were of one kind
    ("A Russian missile hit an apartment block in Chernihiv on Sunday. By evening, officials said 17 people, "
     "three of them children, were confirmed dead and 60 injured, nine of them children.", 17, 60),
    # ... or lists the victims by who they were
    ("Russian drones struck a hostel in Kherson on Sunday. Seven people, five residents and a guard, were "
     "killed and 12 others injured, the governor said.", 7, 12),
])
def test_an_aside_that_breaks_down_the_victims_leaves_the_count(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, injured", [
    # the injured told by the care their wounds are given
    ("A drone hit a fuel depot near Erbil on Sunday. Kurdish officials said 14 workers were being "
     "examined for burn injuries at the site.", 14),
    ("A Russian drone hit a wedding party in a village near Sumy on Sunday, officials said. Another 52 "
     "guests were receiving treatment for shrapnel injuries.", 52),
    # ... or by how bad they are, in more than two words
    ("A Houthi drone hit a fuel depot in Jeddah on Sunday, the coalition said. Nine workers suffered "
     "minor to serious injuries.", 9),
    # ... and the troops of a base, counted as its personnel, whose first count a later one replaces
    ("A one-way drone hit a US outpost in eastern Syria on Sunday. The Pentagon first reported 21 personnel "
     "injured; by Wednesday the figure had been revised to more than 30.", 30),
])
def test_the_injured_told_by_their_care_or_their_wounds(text, injured):
    assert only_event(text)["injured"] == injured


def test_a_toll_raised_by_one_more_victim_is_the_toll_it_raises():
    # the closing sentence tells no attack of its own, and follows a paragraph of another day and attack
    text = ("Israeli jets struck air defence sites near Tehran before dawn on Saturday, the military said. "
            "Iran's army said three soldiers were killed.\n\n"
            "The strikes answered a barrage of Iranian missiles on Israel on May 2, which killed two people "
            "in Hebron.\n\n"
            "Oil prices fell on Monday as traders judged the strikes limited.\n\n"
            "State television later said a farmer had also been killed, bringing the toll to four.")
    events = extract(text, published="2025-05-10T10:00:00+03:00").to_dict()["events"]
    killed = {e["attacker"]: e["killed"] for e in events}
    assert killed["IL"] == 4
    assert killed.get("IR") != 4
