"""Attacks an article tells beside its main one, each an event of its own: an earlier strike told with its
own day ("since June 14, 2023, when a missile hit ..."), a month heading one strike ("In March, a guided bomb
hit a hypermarket"). The main attack keeps its own figures.
"""
from __future__ import annotations

import pytest

from strikewatch import extract

WEDNESDAY = "2025-05-14T12:00:00+03:00"
LEAD = "Russian drones struck Odesa on Wednesday, killing four people and injuring nine, officials said.\n\n"


def events(text: str, published: str | None = WEDNESDAY) -> list[dict]:
    return extract(text, published=published).to_dict()["events"]


def test_a_day_named_with_when_keeps_its_date():
    text = LEAD + ("It was the deadliest attack on the city since June 14, 2023, when a missile hit a "
                   "nine-storey block in Dnipro, killing 46 people.")
    found = events(text)
    assert sorted(e["date"] for e in found) == ["2023-06-14", "2025-05-14"]


def test_a_month_heading_one_weapons_strike_is_an_earlier_event():
    text = LEAD + "In March, a guided bomb hit a hypermarket in Kharkiv, killing 19 people."
    found = events(text)
    assert len(found) == 2, found
    earlier = next(e for e in found if e["date"] is None)
    assert (earlier["places"], earlier["killed"]) == (["Kharkiv"], 19)


def test_a_month_heading_a_total_is_no_event():
    text = LEAD + "In March, Russian strikes killed 200 civilians across the country, the UN said."
    assert len(events(text)) == 1


def test_a_clause_with_its_own_date_and_an_attack_noun_is_its_own_attack():
    # "; on 17 May a strike damaged ...": a dated clause whose subject is the attack, with a verb of harm
    text = ("Russia launched 300 drones and 30 missiles at Ukraine overnight, striking energy sites in Lviv, "
            "the air force said.\n\nOn 9 May Russia fired some 70 missiles and 40 drones in an attack "
            "that crippled a power plant in Kharkiv; on 17 May a strike damaged a substation near Odesa.")
    found = events(text, published="2024-06-04T11:00:00+03:00")
    by_date = {e["date"]: e for e in found}
    assert sorted(by_date) == ["2024-05-09", "2024-05-17", "2024-06-04"], found
    assert by_date["2024-05-09"]["missiles"]["launched"] == 70
    assert by_date["2024-05-17"]["places"] == ["Odesa"]


def test_last_weekdays_attack_said_on_that_weekday_is_its_own_earlier_event():
    # said on a Wednesday, "last Wednesday" is a week before: another night, not the one being told
    text = LEAD + "Last Wednesday's attack destroyed a grain terminal in the port, the governor added."
    found = events(text)
    assert sorted(e["date"] for e in found) == ["2025-05-07", "2025-05-14"], found


ANSWER = ("Hezbollah fired a barrage of rockets at the northern Israeli town of Nahariya on Sunday, "
          "wounding three people, the Israeli military said.\n\n")
SUNDAY_EVENING = "2024-10-13T20:00:00+03:00"


@pytest.mark.parametrize("cause", [
    "According to Hezbollah, the salvo came in retaliation for Israeli strikes on Tyre on Friday.",
    "The group said the barrage was a response to Israeli strikes in Tyre on Friday.",
])
def test_the_strike_answered_and_told_again_with_its_toll_is_its_own_event(cause):
    text = ANSWER + (f"{cause} Those strikes hit two apartment buildings and killed 14 people, according to "
                     "the Lebanese health ministry, which said 40 others were wounded.")
    found = events(text, published=SUNDAY_EVENING)
    answered = next(e for e in found if e["attacker"] == "IL")
    assert (answered["date"], answered["target_country"]) == ("2024-10-11", "LB")
    assert (answered["places"], answered["killed"], answered["injured"]) == (["Tyre"], 14, 40)
    answer = next(e for e in found if e["attacker"] == "LB")
    assert (answer["date"], answer["injured"], answer["killed"]) == ("2024-10-13", 3, None)


def test_a_strike_answered_with_no_day_is_no_event():
    text = ANSWER + ("According to Hezbollah, the salvo came in retaliation for Israeli strikes. Those "
                     "strikes have killed hundreds of people across Lebanon.")
    assert [e["attacker"] for e in events(text, published=SUNDAY_EVENING)] == ["LB"]


def test_a_month_heading_a_weapon_told_with_a_relative_clause_is_one_strike():
    text = ("A Houthi missile hit near Ben Gurion airport on Sunday, injuring six people, officials said.\n\n"
            "In January, a missile that slipped past the defences hit a school in Holon, injuring 11 people.")
    found = events(text, published="2025-05-04T13:40:00+03:00")
    earlier = next(e for e in found if e["date"] is None)
    assert (earlier["places"], earlier["injured"]) == (["Holon"], 11)


def test_a_clause_after_a_semicolon_opened_by_its_month_is_no_background():
    text = ("Russian missiles struck an apartment block in Dnipro on Sunday, killing four people and "
            "injuring 20.\n\nRussian bombs have hit Dnipro repeatedly; in February, a strike on its central "
            "market killed 31 people and wounded 58, the UN said.")
    found = events(text, published="2025-06-01T21:50:00+03:00")
    assert sorted((e["date"] or "", e["killed"], e["injured"]) for e in found) == [("", 31, 58),
                                                                                  ("2025-06-01", 4, 20)]


# -- two attacks of the same sides on one date: a night wave and a strike of that day --

TUESDAY_EVENING = "2025-03-11T21:30:00+02:00"


def test_a_count_from_an_evening_to_a_morning_is_a_night_apart_from_the_days_wave():
    text = ("Russia attacked central Ukraine with 240 drones in broad daylight on 11 March, "
            "the air force said at 5 p.m. A drone hit a warehouse in Uman.\n\n"
            "The daylight raid came on top of a night attack. Between 7 p.m. on 10 March and "
            "7 a.m. on 11 March, Russia launched 85 drones at Ukraine, of which 61 were shot down, "
            "the air force said.")
    found = events(text, published=TUESDAY_EVENING)
    assert sorted(e["drones"]["launched"] for e in found) == [85, 240], found
    assert {e["date"] for e in found} == {"2025-03-11"}


def test_a_strike_late_on_the_day_a_wave_ended_before_dawn_is_its_own_attack():
    text = ("Russia struck Ukraine's gas production sites with 60 missiles and 95 drones on Tuesday, "
            "the air force said, killing three people in Poltava. The barrage began before dawn on "
            "Tuesday.\n\nThen, late on Tuesday, a ballistic missile slammed into a college in "
            "Chernihiv, killing six people and injuring 31, officials said.")
    found = events(text, published="2025-03-12T07:00:00+02:00")
    assert len(found) == 2, found
    late = next(e for e in found if "Chernihiv" in e["places"])
    assert (late["date"], late["killed"], late["missiles"]["launched"]) == ("2025-03-11", 6, None)


def test_the_night_that_ended_in_the_morning_never_joins_a_strike_of_that_evening():
    text = ("A Russian guided bomb hit a shopping street in Zaporizhzhia on Tuesday evening, "
            "killing five people, the regional governor said.\n\n"
            "Russia launched 70 drones and four missiles at Ukraine overnight, the air force said, "
            "and 52 of the drones were shot down.")
    found = events(text, published=TUESDAY_EVENING)
    assert len(found) == 2, found
    night = next(e for e in found if e["drones"]["launched"] == 70)
    assert night["killed"] is None


def test_a_day_strike_the_day_after_a_night_named_by_its_morning_is_its_own():
    text = ("Drones struck the port of Mokha overnight into Sunday, hitting fuel tanks near the quay, the "
            "coastguard said. On Monday, strikes hit a power station south of the town, officials said.")
    found = events(text, published="2025-03-11T12:00:00+03:00")
    assert sorted(e["date"] for e in found) == ["2025-03-09", "2025-03-10"], found


@pytest.mark.parametrize(("clock", "attacks"), [("10:50", 2), ("4:50", 1)])
def test_a_strike_on_a_morning_told_by_a_day_clock_is_apart_from_the_night(clock, attacks):
    # "on Sunday morning" may be the night's end: the first clock time told after it decides
    text = ("Two Russian ballistic missiles struck the centre of Poltava on Sunday morning, killing 12 "
            f"people, the regional governor said.\n\nSirens sounded at {clock}, minutes before the market "
            "was hit, the city council said.\n\nOvernight into Sunday, Russia also attacked Ukraine with "
            "48 drones, of which 40 were shot down, the air force said.")
    found = events(text, published="2025-03-16T16:00:00+02:00")
    assert len(found) == attacks, found


# -- a roundup whose days are set in bold: each day heads its own section ----------------------------------

FRIDAY_EVENING = "2024-03-08T18:00:00+02:00"

BOLD_DAYS = ("A look back at a hard week for the south.\n\n"
             "**Tuesday 4 March.** A Russian missile hit a warehouse in Mykolaiv, killing two workers.\n\n"
             "**Thursday 6 March - Kherson.** A drone struck a bus stop, wounding five people.\n\n"
             "**Elsewhere.** Ukrainian drones set fire to an oil depot in Russia's Bryansk region.")


def test_days_set_in_bold_head_their_own_attacks():
    found = events(BOLD_DAYS, published=FRIDAY_EVENING)
    by_date = {e["date"]: e for e in found if e["attacker"] == "RU"}
    assert sorted(by_date) == ["2024-03-04", "2024-03-06"], found
    assert (by_date["2024-03-04"]["killed"], by_date["2024-03-06"]["injured"]) == (2, 5)
    # a section under a title of its own is no longer dated by the day set in bold before it
    assert [e["date"] for e in found if e["attacker"] == "UA"] != ["2024-03-06"]


AUTUMN_LEAD = ("Russia launched 210 drones and 18 missiles at Ukraine overnight into Thursday, the air force "
               "said, hitting a gas compressor station in Poltava region.\n\n")
AUTUMN_THURSDAY = "2025-10-16T11:00:00+03:00"


def test_an_attack_named_by_its_calendar_day_with_what_it_hit_is_an_earlier_event():
    # "The strike on August 30, which ...": the attack noun bound to a date, told with the damage it did
    text = AUTUMN_LEAD + ("The strike on August 30, which knocked out a thermal power plant in Kharkiv, "
                          "involved 60 missiles and 40 drones.")
    found = events(text, published=AUTUMN_THURSDAY)
    by_date = {e["date"]: e for e in found}
    assert sorted(by_date) == ["2025-08-30", "2025-10-16"], found
    assert by_date["2025-08-30"]["places"] == ["Kharkiv"]
    assert by_date["2025-10-16"]["missiles"]["launched"] == 18


def test_a_dated_attack_told_on_by_that_night_is_an_earlier_event():
    # "The September 3 attack ... That night, the air force reported ...": the next sentence goes on with it
    text = AUTUMN_LEAD + ("The September 3 attack on western Ukraine was a harsher test. That night, the air "
                          "force reported 320 drones and 41 missiles. A missile hit a dormitory in Rivne, "
                          "killing six.")
    found = events(text, published=AUTUMN_THURSDAY)
    by_date = {e["date"]: e for e in found}
    assert sorted(by_date) == ["2025-09-03", "2025-10-16"], found
    assert (by_date["2025-09-03"]["killed"], by_date["2025-09-03"]["drones"]["launched"]) == (6, 320)
    assert by_date["2025-10-16"]["drones"]["launched"] == 210


def test_a_dated_attack_named_as_a_yardstick_is_no_event():
    # "surpassing the September 3 attack in which six died": measured against, not told (SPEC: a comparison)
    text = AUTUMN_LEAD + ("It was the deadliest strike on Poltava this year, surpassing the September 3 "
                          "attack in which six people died.")
    found = events(text, published=AUTUMN_THURSDAY)
    assert [e["date"] for e in found] == ["2025-10-16"], found


@pytest.mark.parametrize("framed", [
    "Pro-Kremlin channels on Thursday portrayed the morning's strikes on Lutsk and Rivne as revenge for the "
    "raid.",
    "Russian war bloggers on Thursday hailed the morning's missile strikes on Zhytomyr and Vinnytsia as an "
    "answer.",
])
def test_an_attack_of_the_day_named_by_its_time_and_ground_is_its_own_event(framed):
    # in a report of the other side's drones, "the morning's strikes on Lutsk" names an attack that happened,
    # whatever verb frames it (portrayed, hailed): an event of its own, on the ground it names
    text = ("Russia's defence ministry said on Thursday its air defences shot down 17 Ukrainian drones over "
            "the Bryansk region overnight.\n\n" + framed)
    found = events(text, published="2024-02-15T11:30:00+03:00")
    sides = sorted((e["attacker"], e["target_country"]) for e in found)
    assert sides == [("RU", "UA"), ("UA", "RU")], found


def test_strikes_recalled_by_two_months_or_years_are_two_events():
    # each recalled strike is dated by its own month and year: the second never joins the first
    text = LEAD + ("In February 2022, a Russian missile hit a school in Zhytomyr, killing five people. "
                   "In August 2023, a Russian strike on a shopping street in Chernihiv killed seven people.")
    recalled = sorted((e["places"], e["killed"]) for e in events(text) if e["date"] is None)
    assert recalled == [(["Chernihiv"], 7), (["Zhytomyr"], 5)]


def test_a_strike_recalled_by_its_month_under_a_dated_heading_is_an_earlier_event():
    # the heading dates the report's attack; "In March, ..." is a strike of its own, with no day
    text = ("June 20, 2025\n\nRussian drones struck Odesa overnight, killing four people, officials said on "
            "Friday.\n\nIn March, a guided bomb hit a hypermarket in Kharkiv, killing 19 people.")
    found = events(text, published=None)
    assert sorted((e["date"] or "", e["killed"]) for e in found) == [("", 19), ("2025-06-20", 4)]


def test_a_strike_recalled_by_last_year_in_an_undated_report_is_an_earlier_event():
    # ("last year" is before any report, dated or not)
    text = LEAD + "In October last year, a Russian missile hit a hotel in Kharkiv, killing two people."
    assert sorted((e["places"], e["killed"]) for e in events(text, published=None)) == [(["Kharkiv"], 2),
                                                                                        (["Odesa"], 4)]


def test_a_strike_told_before_the_first_named_sides_is_not_the_recalled_strike_that_names_them():
    # no sides until the recalled strike names its village: the strike told before it is the report's own
    text = ("A warplane bombed a market near the river on Tuesday, killing at least nine people, residents "
            "said.\n\nIn March 2022, an air strike on a clinic in Chernihiv killed 30 people.")
    found = events(text)
    assert sorted((e["date"] or "", e["killed"]) for e in found) == [("", 30), ("2025-05-13", 9)]


def test_a_raid_of_an_earlier_month_surpassed_is_a_yardstick_not_an_event():
    text = ("Ukrainian drones attacked the Moscow region overnight, injuring one person, officials said.\n\n"
            "It was the largest attack on the region, surpassing a raid in March in which 20 drones fell.")
    assert len(events(text)) == 1


@pytest.mark.parametrize("since", [
    "attack on the port since February", "attack on the port since late February",
    "attack on the port since February 2024", "reminder of February 2024"])
def test_a_strike_told_after_since_a_month_when_is_an_earlier_event(since):
    text = LEAD + (f"It was the worst {since}, when a missile struck a warehouse in Izmail, killing six "
                   "people.")
    recalled = [(e["date"], e["places"], e["killed"]) for e in events(text) if e["places"] == ["Izmail"]]
    assert recalled == [(None, ["Izmail"], 6)]


@pytest.mark.parametrize("toll", [
    "Eleven people, including three children, died in an August 29 strike on Kremenchuk.",
    "Seven firefighters were killed in the August 29 missile strike on a depot in Kremenchuk.",
])
def test_a_dated_attack_with_its_dead_told_before_its_name_is_an_earlier_event(toll):
    # "died in an August 29 strike on Kremenchuk": a toll before the name tells the attack as one after does
    found = events(AUTUMN_LEAD + toll, published=AUTUMN_THURSDAY)
    by_date = {e["date"]: e for e in found}
    assert sorted(by_date) == ["2025-08-29", "2025-10-16"], found
    assert by_date["2025-08-29"]["places"] == ["Kremenchuk"]
    assert "Kremenchuk" not in by_date["2025-10-16"]["places"]



def test_an_undated_bulletin_is_dated_by_the_date_its_title_closes_on():
    text = ("HIGHLIGHTS\n\n• A combined missile and drone attack hit energy facilities in Lviv, Rivne and "
            "Khmelnytskyi oblasts on 14 March, regional authorities said.")
    title = "Flash Update No. 2: Strikes on energy infrastructure, 14 March 2025"
    found = extract(text, published=None, title=title).to_dict()["events"]
    assert [e["date"] for e in found] == ["2025-03-14"], found


@pytest.mark.parametrize("recalled", [
    "The last drone to get through struck a kindergarten in Kharkiv in February, wounding 11 people.",
    "A week before, a strike on a bakery in Kharkiv, near the ring road, killed 11 people in February.",
])
def test_a_month_told_after_the_strike_dates_a_recalled_event(recalled):
    # the month said after the verb of one strike's harm dates that strike, recalled: its own event
    found = events(LEAD + recalled)
    assert len(found) == 2, found
    earlier = next(e for e in found if e["date"] is None)
    assert earlier["places"] == ["Kharkiv"]
    main = next(e for e in found if e["date"] == "2025-05-14")
    assert (main["killed"], main["injured"]) == (4, 9)


@pytest.mark.parametrize("told", [
    "The UN mission recorded 180 civilians killed and 900 injured in April, the highest monthly toll.",
    "Soldiers were killed by drone fire near the city since the offensive began in February.",
    "A storage depot in Kharkiv was struck in February.",
])
def test_a_month_after_a_monthly_toll_a_span_or_no_toll_is_no_event(told):
    assert len(events(LEAD + told)) == 1


def test_a_month_clause_joined_by_and_is_a_second_recalled_strike():
    # ", and in January 2024 a missile strike ... killed about 30": each clause opened by its month tells its
    # own strike
    text = LEAD + ("In March 2023, a glide bomb hit a hospital in Kharkiv, killing eight people, and in "
                   "January 2024 a missile strike on a market in Kherson killed about 30 people.")
    recalled = sorted((e["places"], e["killed"]) for e in events(text) if e["date"] is None)
    assert recalled == [(["Kharkiv"], 8), (["Kherson"], 30)]


def test_a_series_of_strikes_a_month_dates_is_no_one_event():
    text = LEAD + "In March 2024, a series of strikes on Kherson killed several civilians, including a child."
    assert len(events(text)) == 1
