"""Weapon counts, record claims and alert hours: classes of phrasing, in short articles written here."""
from __future__ import annotations

import pytest

from strikewatch import extract
from strikewatch.records import AirAttack

PUBLISHED = "2025-03-08T09:00:00+02:00"  # a Saturday morning


def main(text: str) -> AirAttack:
    found = extract(text, published=PUBLISHED).events
    assert found, "no event"
    return found[0]


# --- parts and wholes -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, drones, missiles", [
    # "all of the drones" after a share of the missiles: all of the drones, and no more of the missiles
    ("Russia attacked Ukraine overnight with 44 cruise missiles and 16 drones. In all, 37 of the missiles "
     "and all of the drones were shot down, the air force said.", (16, 16), (44, 37)),
    # the fate of a part, told between commas, is not that of the weapons counted after it
    ("Russia attacked Ukraine overnight. The air force gave its tally: 296 attack drones, of which 271 were "
     "downed, and 23 missiles, including 17 Kh-101 cruise missiles and six Iskander-M ballistic missiles.",
     (296, 271), (23, None)),
    ("Russia attacked Ukraine overnight. Then came 22 S-300 missiles aimed at Kharkiv, none of which were "
     "intercepted, and nine Shahed drones, six of which were downed, the air force said.",
     (9, 6), (None, None)),
    # "all of which" after a model's count told with its origin: that model's count, not the whole's
    ("Russia fired 61 missiles at Ukraine overnight and 49 were shot down, the air force said. Bombers "
     "launched 38 Kh-101 cruise missiles from the Caspian Sea, all of which were destroyed.",
     (None, None), (61, 49)),
])
def test_parts_and_wholes_of_a_tally(text, drones, missiles):
    ev = main(text)
    assert ((ev.drones.launched, ev.drones.destroyed), (ev.missiles.launched, ev.missiles.destroyed)) == \
        (drones, missiles)


# --- records ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "The figure is a new record for a single day, the air force said.",
    "Grid operators called it the heaviest blow yet to the power system.",
    "It was the largest number in a single attack, the air force said.",
    "It was more than Russia has ever launched in one night, the president said.",
    # a record over a season or a stretch of months is a record all the same
    "It was the largest number of ballistic missiles in one attack since the beginning of the year.",
    "Officials said it was the heaviest raid on the western regions in almost five months.",
    "The mayor called it the deadliest night for the city this year.",
    "It was the heaviest strike of the week, the air force said.",
    "Analysts called it the most widespread wave of strikes since last winter.",
])
def test_a_record_told_without_a_since(claim):
    ev = main(f"Russia attacked Ukraine overnight with 640 drones and 22 missiles, hitting Kyiv and Lviv. "
              f"{claim}")
    assert ev.record is True


@pytest.mark.parametrize("claim", [
    # records of other things
    "Petrol prices on the commodities exchange climbed to a record on Friday after the strikes.",
    "Fuel prices on the exchange hit record highs in the week after the strikes.",
    "Separately, the two sides carried out the largest prisoner swap of the war.",
    # a word that only begins with "record"
    "A recorded address by the mayor urged residents to stay in shelters.",
    # one record among several, and places after the first
    "The ministry called them some of the heaviest raids on the city since the war began.",
    "It was the second-largest air attack of the war, the air force said.",
    "There were more drones in the sky than ever before, residents said.",
    # a superlative of a component of the attack, and no superlative of size
    "The deadliest single hit was in a village outside Lviv, the governor said.",
    "Officials described the attack as unprecedented in its density.",
    "Kyiv called it an unprecedented attack on civilian infrastructure.",
    # a record denied
    "Analysts noted that it was not the largest attack of the war.",
])
def test_no_record_of_the_attack(claim):
    ev = main(f"Russia attacked Ukraine overnight with 120 drones and 12 missiles, hitting Kyiv and Lviv. "
              f"{claim}")
    assert ev.record is False


def test_the_record_of_an_earlier_attack_measured_against_is_not_the_attacks():
    ev = main("Russian drones hit an apartment block in Kharkiv on Saturday morning, injuring six people, "
              "four days after what Kyiv called the biggest air attack of the war.")
    assert ev.record is False


@pytest.mark.parametrize("comparison", [
    "It was the deadliest strike on Odesa since March 2, 2024, when a drone hit an apartment block, "
    "killing 12.",
    "It was the deadliest attack on the city since a May 2024 strike that destroyed a hardware store and "
    "killed 19 people.",
])
def test_the_record_of_an_attack_measured_against_an_earlier_one_is_the_attacks(comparison):
    found = extract("Russian missiles struck Odesa on Friday morning, killing 14 people and injuring 46, the "
                    f"regional governor said. {comparison}", published=PUBLISHED).events
    assert found[0].killed == 14 and found[0].record is True
    assert all(not ev.record for ev in found[1:])


# --- alert hours -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, hours", [
    ("The air-raid alert in Lviv was lifted after more than seven hours.", 7),
    ("Residents sat through nearly six hours of air-raid alert as the drones came in waves.", 6),
    ("The regime of \"UAV danger\" was lifted in the region at 6:15 a.m. after being in effect for more "
     "than five hours, the governor said.", 5),
    # a clock time told roughly leaves the stated duration standing
    ("The siren went off at 11:50 p.m. and fell silent only around 5:40 a.m. - almost six hours of "
     "alert.", 6),
])
def test_an_alert_told_as_lifted_after_or_hours_of(sentence, hours):
    ev = main(f"Russian drones attacked Lviv overnight, damaging a warehouse, officials said. {sentence}")
    assert ev.alert_hours == hours


# --- counts ----------------------------------------------------------------------------------------------

def test_a_lone_drone_seen_but_not_stopped_was_not_destroyed():
    ev = main("A drone launched from Lebanon struck a retirement home in Nahariya on Sunday, the army said. "
              "The drone had been spotted but not intercepted, the army added, and an inquiry was opened.")
    assert ev.drones.destroyed == 0


@pytest.mark.parametrize("text, field", [
    # the weapon told with where or by whom it was fired, before the verb of getting through
    ("A ballistic missile fired from Yemen evaded Israeli air defences on Friday and struck a car park near "
     "Ashdod, injuring three people, the army said.", "missiles"),
    ("Police said a cruise missile launched by the Houthis slipped through Israel's air defences and hit a "
     "house in Eilat on Friday, killing one man.", "missiles"),
    # a projectile, the weapon the report named before
    ("Sirens sounded in Ashdod on Monday as the Houthis fired a ballistic missile; a projectile launched by "
     "the group evaded Israel's air defences and hit a car park, injuring two people.", "missiles"),
    # no attempt to stop it, or no shot fired at it
    ("A long-range drone struck a block of flats in Eilat on Friday, wounding two people. The army said it "
     "had been tracked but that no interception attempt had been made.", "drones"),
])
def test_a_lone_weapon_that_got_through_was_not_destroyed(text, field):
    ev = main(text)
    assert getattr(ev, field).destroyed == 0


def test_several_dozen_is_no_figure():
    ev = main("Iran fired a barrage of ballistic missiles at Israel overnight. Several dozen missiles struck "
              "populated areas, including Tel Aviv and Haifa, the military said.")
    assert ev.missiles.hit is None


def test_a_part_of_a_whole_after_a_participle_of_another_weapon():
    ev = main("Air defences intercepted 52 of 60 cruise missiles launched overnight at Ukraine, as well as "
              "9 of 11 Shahed drones, the air force said.")
    assert (ev.missiles.launched, ev.missiles.destroyed) == (60, 52)
    assert (ev.drones.launched, ev.drones.destroyed) == (11, 9)


def test_a_verbless_list_opening_the_sentence_is_launched():
    ev = main("Russia attacked Ukraine again overnight, the air force said. 164 UAVs and three Kh-59 "
              "missiles; air defence neutralised 131 drones.")
    assert (ev.drones.launched, ev.drones.destroyed) == (164, 131)
    assert (ev.missiles.launched, ev.missiles.destroyed) == (3, None)


@pytest.mark.parametrize("sentence", [
    "Of 42 Shahed drones launched overnight, all were destroyed, the air force said.",
    "Russia launched 42 Shahed drones overnight at the Odesa region; all were shot down, the air force said.",
])
def test_all_in_a_clause_of_its_own_is_all_launched(sentence):
    ev = main(f"Russian drones attacked the Odesa region overnight. {sentence}")
    assert (ev.drones.launched, ev.drones.destroyed) == (42, 42)


@pytest.mark.parametrize("sentence", [
    "The ministry said its air defences had intercepted the missiles, and that one had landed at the base "
    "without causing injuries.",
    "The ministry said 13 were intercepted and that one missile fell inside the base without causing "
    "casualties.",
])
def test_the_one_that_landed_on_the_target_is_a_hit(sentence):
    ev = main(f"Iran fired 14 missiles at an American air base in Qatar on Monday evening. {sentence}")
    assert (ev.missiles.launched, ev.missiles.hit) == (14, 1)


@pytest.mark.parametrize("sentence", [
    "The military said Iran had fired about 310 ballistic missiles since Friday, most of them intercepted.",
    "The president said Iran had fired about 900 drones and 80 missiles at Israel in the past seven days.",
    # since a night before the last one: two nights and the day between (said on a Saturday)
    "The military said Iran had fired about 310 ballistic missiles since Thursday night, most intercepted.",
    # a total said before its figure
    "An army estimate put the total launched since Thursday at roughly 310 ballistic missiles.",
    # since the attack told before, "since" standing alone
    "Iran has since fired about 310 ballistic missiles and 900 drones at Israel, officials say.",
])
def test_a_count_over_a_span_of_days_is_no_figure_of_the_attack(sentence):
    ev = main(f"Iranian missiles struck Haifa overnight, injuring 12 people, the ambulance service said. "
              f"{sentence}")
    assert (ev.missiles.launched, ev.drones.launched) == (None, None)


@pytest.mark.parametrize("sentence", [
    "Together with the 140 drones sent overnight, Russia launched 410 drones within a day, and 380 of them "
    "were downed, the air force said.",
    "Along with the 140 drones of the night, the enemy used 410 drones in twenty-four hours, the air force "
    "said.",
])
def test_a_count_joined_to_a_larger_one_is_the_waves_own(sentence):
    # the larger count after it holds it and another wave's: no sum of the two, and no part of the larger one
    ev = main(f"Russian drones struck Poltava overnight, the regional governor said. {sentence}")
    assert (ev.drones.launched, ev.drones.destroyed) == (140, None)


# --- parts of a launch told by model ----------------------------------------------------------------------

@pytest.mark.parametrize("text, missiles", [
    # the models listed between dashes after the whole are its parts, whatever verb follows the list
    ("Overnight Russia sent 29 missiles against Ukraine — eight Kh-101, nine Kalibr, six Iskander-M, four "
     "Kh-59/69 and two Kh-22 — and 21 were downed, the air force reported.", (29, 21)),
    # a model's figure followed by the fate of a part of it is that model's launch, not a figure destroyed
    ("Russia attacked Ukraine overnight with 31 missiles and 60 Shahed drones, the air force said. Among "
     "the missiles were 20 Kh-101 cruise missiles, 16 of them shot down, and 11 Kalibrs, of which only three "
     "were intercepted.", (31, 19)),
])
def test_a_models_figure_among_the_parts_is_not_destroyed(text, missiles):
    ev = main(text)
    assert (ev.missiles.launched, ev.missiles.destroyed) == missiles


def test_models_launched_with_a_verb_of_striking_are_summed():
    # "struck X with" is a verb of launching, and a model's plural ("Kh-59s") before the next figure is its
    # own figure
    ev = main("Russia struck Ukraine's western grid with three Kinzhal missiles, 16 S-300 missiles, seven "
              "Kh-59s, 25 Kh-101s and 80 Shahed drones early on Friday, officials said.")
    assert (ev.missiles.launched, ev.missiles.hit) == (51, None)
    assert ev.drones.launched == 80


def test_drones_lost_on_radar_are_destroyed_too():
    ev = main("Russia attacked Ukraine overnight with 230 drones, the air force said. Air defences downed "
              "140 drones and 66 others lost on radar.")
    assert ev.drones.destroyed == 206


@pytest.mark.parametrize("text, missiles", [
    # the second of two weapons each with its article, after a count of another kind
    ("Overnight Russia launched 61 Shahed drones, of which 50 were shot down, as well as an Iskander-M "
     "ballistic missile and a Kh-59 missile, the air force said.", (2, None, None)),
    # the third, after an aside about the first two
    ("Overnight, Russia launched 90 Shaheds as well as a Kh-35 anti-ship missile and a Kh-31P anti-radar "
     "missile, both aimed at Mykolaiv Oblast, and an Iskander-M ballistic missile at the east. None of the "
     "three missiles was intercepted.", (3, 0, 3)),
])
def test_each_weapon_with_an_article_in_a_launch_counts_one(text, missiles):
    ev = main(text)
    assert (ev.missiles.launched, ev.missiles.destroyed, ev.missiles.hit) == missiles


def test_two_weapons_each_with_an_article_in_a_launch_are_two():
    ev = main("Russia launched 52 Shahed drones at Ukraine overnight, together with a Kh-59 guided missile "
              "and an Iskander-M ballistic missile, the air force said. Air defences shot down 40 of the "
              "drones; neither missile was intercepted.")
    assert (ev.missiles.launched, ev.missiles.destroyed, ev.missiles.hit) == (2, 0, 2)


def test_a_count_since_the_evening_the_night_began_is_the_nights():
    ev = main("Iranian missiles struck Haifa overnight, injuring 12 people, the ambulance service said. The "
              "military said Iran had fired 35 ballistic missiles since Friday evening.")
    assert ev.missiles.launched == 35


@pytest.mark.parametrize("bound", ["fewer than", "less than"])
def test_a_bound_from_above_is_no_count(bound):
    ev = main(f"Iran fired {bound} 60 ballistic missiles at Israel overnight, most of them intercepted, the "
              f"army said. One struck a house in Rehovot, killing two people.")
    assert ev.missiles.launched is None


@pytest.mark.parametrize("text, destroyed", [
    # a quote paragraphs later that "most" were downed restates the tally: the figure stands
    ("Russia attacked Ukraine overnight with 420 drones and nine missiles, the air force said.\n\n"
     "Air defences shot down 388 of the drones and six of the missiles.\n\n"
     "\"Most of the drones were destroyed by mobile fire groups,\" a spokesman said.", 388),
    # a vague fate of the rest, even paragraphs later, still makes the earlier figure a part
    ("Russia attacked Ukraine overnight with 420 drones, the air force said.\n\n"
     "Twenty drones were shot down over the Kharkiv region.\n\n"
     "Most of the others were jammed by electronic warfare, a spokesman said.", None),
])
def test_most_were_destroyed_paragraphs_later_restates_the_tally(text, destroyed):
    assert main(text).drones.destroyed == destroyed


@pytest.mark.parametrize("text, drones, missiles", [
    # items parted by semicolons after a colon, some with a fate of their own, some with none: all launched
    ("Russia attacked Ukraine overnight with 58 missiles and drones, the air force said: 27 Shahed drones, "
     "of which 20 were shot down; 18 Kalibr cruise missiles, of which 15 were intercepted; seven Kh-22 "
     "missiles; five Iskander-M ballistic missiles; and one Kh-59, which was also destroyed.",
     (27, 20), (31, 16)),
    # a fate told item by item after a colon is no launch
    ("Russia attacked Ukraine overnight, the air force said. Air defences shot down 40 targets: 30 drones "
     "were downed over the south; ten missiles were intercepted near Kyiv.", (None, 30), (None, 10)),
])
def test_items_of_a_list_parted_by_semicolons_are_launched(text, drones, missiles):
    ev = main(text)
    assert ((ev.drones.launched, ev.drones.destroyed), (ev.missiles.launched, ev.missiles.destroyed)) == \
        (drones, missiles)


def test_items_of_a_list_of_lines_ended_by_semicolons_are_launched():
    text = ("Russia struck the power grid overnight with drones and missiles, the air force said. Its "
            "summary counted 300 means of air attack:\n\n"
            "— 250 attack drones and decoys, launched from Kursk and Oryol;\n"
            "— 30 Iskander-M ballistic missiles from Crimea;\n"
            "— 15 Kh-101 cruise missiles from the Caspian Sea;\n"
            "— 5 Kalibr missiles from the Black Sea.\n\nAir defences shot down 260 targets.")
    ev = main(text)
    assert (ev.drones.launched, ev.missiles.launched) == (250, 50)


def test_a_hundred_and_more_in_words_is_one_figure():
    text = ("Ukraine's air force said Russia had fired sixty missiles and a hundred and thirty-two drones at "
            "the country overnight.")
    ev = main(text)
    assert (ev.drones.launched, ev.missiles.launched) == (132, 60)


def test_a_figure_the_air_force_would_later_report_is_told():
    text = ("By evening, the air force would later say, Russia had fired 84 missiles and 12 drones at "
            "Ukraine, "
            "most of them at the power grid.")
    ev = main(text)
    assert (ev.drones.launched, ev.missiles.launched) == (12, 84)
