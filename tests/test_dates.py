"""dates: the day an attack ended, resolved from the sentence and the publication date."""
from __future__ import annotations

from datetime import date

import pytest

from strikewatch.dates import (
    attack_date,
    day_and_month,
    day_heading,
    day_lead,
    mentions,
    opening_day,
    printed_date,
    printed_day,
    published_date,
    reported_day,
)

SATURDAY = date(2025, 3, 8)  # publication day used throughout: Saturday 8 March 2025
MONDAY = date(2025, 3, 10)


def resolved(sentence: str, published: date | None = SATURDAY) -> date | None:
    mention, _ = attack_date(sentence, published)
    return mention.value if mention else None


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russia attacked Ukraine with drones and missiles overnight into Friday.", date(2025, 3, 7)),
    ("The barrage continued overnight into Thursday across the east.", date(2025, 3, 6)),
    ("The attack lasted into the early hours of Wednesday.", date(2025, 3, 5)),
])
def test_overnight_into_a_day_is_that_day(sentence, expected):
    assert resolved(sentence) == expected


def test_into_a_day_named_on_the_publication_day_is_the_publication_day():
    assert resolved("Drones attacked the capital overnight into Saturday.") == SATURDAY


def test_into_day_wins_over_the_evening_it_started():
    sentence = "The attack began on Thursday evening and ran into Friday, the mayor said."
    assert resolved(sentence) == date(2025, 3, 7)


def test_day_night_resolves_to_that_weekday_before_publication():
    assert resolved("Russian drones struck Kharkiv on Tuesday night, the governor said.") == date(2025, 3, 4)


def test_until_a_later_day_moves_the_date_to_when_the_attack_ended():
    sentence = "Drones circled the city from 10 p.m. on Tuesday until 4 a.m. on Wednesday."
    assert resolved(sentence) == date(2025, 3, 5)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Last Saturday's barrage cut the water supply in Sumy.", date(2025, 3, 1)),
    ("A glide bomb hit a school in Kherson last Saturday.", date(2025, 3, 1)),
    ("A glide bomb hit a school in Kherson last Thursday.", date(2025, 3, 6)),
    ("A glide bomb hit a school in Kherson on Saturday.", SATURDAY),
])
def test_last_weekday_said_on_that_weekday_is_a_week_before(sentence, expected):
    assert resolved(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # drones launched in an evening fly through the night, filed under the next morning
    ("Air defences downed all 31 Shahed drones that Russia launched on Thursday evening.", date(2025, 3, 7)),
    ("Gunners hit most of the attack drones launched on Thursday evening from Kursk.", date(2025, 3, 7)),
    # a missile salvo launched in the evening is over within it: the evening's own day
    ("Patriot crews intercepted a missile salvo launched on Thursday evening.", date(2025, 3, 6)),
])
def test_drones_launched_on_an_evening_are_the_next_mornings_night(sentence, expected):
    assert resolved(sentence) == expected


def test_yesterday_is_the_day_before_publication():
    assert resolved("A missile hit an apartment block in Dnipro yesterday.") == date(2025, 3, 7)


@pytest.mark.parametrize("sentence", [
    "Russian drones attacked Odesa overnight.",
    "Russian drones attacked Odesa last night.",
    "A drone hit a warehouse in Lviv this morning.",
])
def test_overnight_and_last_night_are_the_publication_morning(sentence):
    assert resolved(sentence) == SATURDAY


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The heaviest strikes came on the night of 17-18 September.", date(2024, 9, 18)),
    ("The heaviest strikes came on the night of 17 to 18 September.", date(2024, 9, 18)),
    ("The heaviest strikes came on the night of September 17-18.", date(2024, 9, 18)),
    ("Drones hit Sumy on the night of 6-7 March.", date(2025, 3, 7)),
])
def test_night_range_is_its_second_day(sentence, expected):
    assert resolved(sentence) == expected


def test_night_range_with_year_needs_no_publication_date():
    assert resolved("Drones hit Sumy on the night of 17-18 September, 2024.", None) == date(2024, 9, 18)


@pytest.mark.parametrize("sentence", [
    "Missiles struck the port on 14 February, officials said.",
    "Missiles struck the port on February 14, officials said.",
    "Missiles struck the port on Feb. 14th, officials said.",
])
def test_day_and_month_take_the_year_from_publication(sentence):
    assert resolved(sentence) == date(2025, 2, 14)


@pytest.mark.parametrize("sentence", [
    "Missiles struck the port on 14 February, officials said.",
    "Drones hit Sumy on the night of 6-7 March.",
])
def test_day_and_month_without_year_or_publication_is_none(sentence):
    assert resolved(sentence, None) is None


def test_day_month_and_year_resolve_without_publication():
    assert resolved("Missiles struck the port on 14 February 2024.", None) == date(2024, 2, 14)


def test_day_and_month_later_than_publication_is_last_year():
    # read in a March paper, "28 December" is the December before
    assert resolved("A drone hit the refinery on 28 December.") == date(2024, 12, 28)


@pytest.mark.parametrize("sentence", [
    "Russian drones attacked Odesa overnight.",
    "Russian drones struck Kharkiv on Tuesday night.",
    "A missile hit Dnipro yesterday.",
])
def test_relative_days_without_publication_are_none(sentence):
    assert resolved(sentence, None) is None


def test_reporting_day_is_not_the_attack_day():
    sentence = "Russian drones struck Lviv on Saturday, the mayor said on Sunday."
    assert resolved(sentence, MONDAY) == date(2025, 3, 8)


@pytest.mark.parametrize("sentence", [
    "Two drones hit a warehouse, the governor said on Sunday.",
    "The regional administration reported on Sunday that a school was damaged.",
    "Kyiv's mayor told reporters on Sunday morning that the damage was extensive.",
])
def test_reporting_clause_names_no_day(sentence):
    assert [m for m in mentions(sentence, MONDAY) if m.kind == "day"] == []


@pytest.mark.parametrize("sentence", [
    "The toll from the Dnipro strike rose to 30, officials reported on March 9.",
    "The ministry on Sunday named the two engineers killed when a drone hit the substation.",
    "The governor on Sunday said a missile had struck the depot.",
])
def test_a_reporting_clause_with_its_day_before_the_verb_or_a_day_and_month_names_no_day(sentence):
    assert mentions(sentence, MONDAY) == ()


def test_a_day_of_its_own_beside_a_reporting_clause_still_dates_the_attack():
    sentence = "The ministry on Sunday named the engineer killed when a drone hit the substation on Saturday."
    assert resolved(sentence, MONDAY) == date(2025, 3, 8)


@pytest.mark.parametrize("sentence", [
    "Drones hit a warehouse in the city earlier this week.",
    "Several missiles struck the region in recent days.",
])
def test_vague_reference_resolves_to_nothing_and_is_flagged(sentence):
    mention, vague = attack_date(sentence, SATURDAY)
    assert mention is None
    assert vague is True


def test_precise_sentence_is_not_flagged_vague():
    _, vague = attack_date("Russian drones struck Kharkiv on Tuesday night.", SATURDAY)
    assert vague is False


def test_mentions_report_offsets_inside_the_sentence():
    sentence = "Drones hit Sumy overnight into Friday and again on 9 March."
    found = mentions(sentence, SATURDAY)
    assert [sentence[m.start:m.end] for m in found] == ["overnight into Friday", "9 March"]
    assert [m.kind for m in found] == ["into_day", "full"]


@pytest.mark.parametrize(("published", "expected"), [
    ("2025-03-08", date(2025, 3, 8)),
    ("2025-03-08T23:30:00+02:00", date(2025, 3, 8)),
    ("2025-03-08T01:15:00Z", date(2025, 3, 8)),
    ("  2025-03-08T09:00:00  ", date(2025, 3, 8)),
    (None, None),
    ("", None),
    ("last Tuesday", None),
])
def test_published_date_is_the_calendar_day_as_written(published, expected):
    assert published_date(published) == expected


def test_a_dateline_dates_the_report_not_the_attack():
    sentence = ("KYIV, May 17 (Northern Wire) — A Patriot air-defence system protecting Kyiv was damaged "
                "during Russia's missile attack on the capital early on Tuesday.")
    mention, _ = attack_date(sentence, date(2023, 5, 17))
    assert mention.value == date(2023, 5, 16)
    assert attack_date("KYIV, Aug 28 (Northbridge) - A Russian attack killed 23 people.",
                             date(2025, 8, 28))[0] is None


def test_a_local_papers_dateline_under_its_byline_dates_the_report():
    # "NEW DELHI, May 9:" under a byline, ended by a colon: the night it tells is the attack's day
    text = ("By Our Defence Correspondent\n\nNEW DELHI, May 9: Drones were sighted at 26 locations along the "
            "border on Thursday night, the army said.")
    mention, _ = attack_date(text, date(2025, 5, 9))
    assert mention is not None and mention.value == date(2025, 5, 8)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the day a toll grew to its figure, or a day of mourning declared, is not the day of the attack
    ("Russian missiles struck Odesa on Wednesday, and the toll rose to 19 on Friday, the governor said.",
     date(2025, 3, 5)),
    ("Drones hit Sumy on Thursday; the number of injured had risen to 60 by Saturday morning.",
     date(2025, 3, 6)),
    ("A missile hit the port on Thursday and the city council declared March 7 a day of mourning.",
     date(2025, 3, 6)),
    # a day of mourning kept: the day the city mourned, not the day of the attack it mourns
    ("Lviv held a day of mourning on Saturday for the seven people killed when missiles struck on Thursday.",
     date(2025, 3, 6)),
    ("A day of mourning was declared for Friday in Dnipro, where a drone hit a bus on Wednesday.",
     date(2025, 3, 5)),
    # a toll said of an attack named by its attacker and date is that attack's own
    ("The death toll from Russia's March 6 attack on Kharkiv rose to 14 on March 8.", date(2025, 3, 6)),
    # nor is the day a fire or an outage it caused was still seen
    ("On Thursday, drones hit an oil depot by the port, starting a fire that was still burning on Saturday.",
     date(2025, 3, 6)),
    ("A missile struck the substation on Wednesday; half the town remained without heating on Friday.",
     date(2025, 3, 5)),
    # nor the day crews still fought the fire it started
    ("On Thursday, a drone hit the fuel terminal, starting a fire that crews were still battling on "
     "Saturday.",
     date(2025, 3, 6)),
    ("On Thursday, drones hit a depot, starting a fire that crews were still fighting on Friday.",
     date(2025, 3, 6)),
    ("On Wednesday, a missile set the depot ablaze; firemen were still trying to contain it on Friday.",
     date(2025, 3, 5)),
])
def test_the_day_a_toll_grew_or_mourning_was_declared_is_not_the_attacks(sentence, expected):
    assert resolved(sentence) == expected


def test_a_date_said_of_the_other_sides_attack_still_dates_nothing():
    sentence = "Moscow said the strikes were revenge for Ukraine's March 2 raid on its airfields."
    assert resolved(sentence) is None


@pytest.mark.parametrize("line, expected", [
    ("MONDAY, OCT. 10 — Russia fired 84 missiles", date(2022, 10, 10)),
    ("TUESDAY — A daytime strike on Dnipro", date(2022, 10, 11)),
    ("Tuesday: Russia launched 310 drones", date(2022, 10, 11)),
])
def test_a_paragraph_opening_with_its_day_in_capitals_or_not(line, expected):
    assert day_lead(line, date(2022, 10, 16)).value == expected


@pytest.mark.parametrize("line", ["KYIV — Russia fired 84 missiles", "IN BETWEEN — Smaller raids went on",
                                  "NATO — Monday's talks"])
def test_a_heading_in_capitals_that_is_no_day_opens_no_section(line):
    assert day_lead(line, date(2022, 10, 16)) is None and day_heading(line, date(2022, 10, 16)) is None


def test_a_day_heading_in_capitals():
    assert day_heading("SUNDAY", date(2024, 7, 14)).value == date(2024, 7, 14)


@pytest.mark.parametrize("sentence, expected", [
    ("On 12 March last year a missile strike on the port killed four.", date(2024, 3, 12)),
    ("A strike on the port on March 12 last year killed four.", date(2024, 3, 12)),
    ("On 12 March a missile strike on the port killed four.", date(2025, 3, 12)),
    ("On 28 December last year a missile strike on the port killed four.", date(2024, 12, 28)),
])
def test_a_day_of_last_year(sentence, expected):
    assert mentions(sentence, date(2025, 8, 2))[0].value == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In the early hours of 14 June Russia launched 212 drones at Ukraine.", date(2025, 6, 14)),
    ("Drones hit Odesa in the early hours of Saturday, the governor said.", date(2025, 6, 14)),
    ("Before dawn on June 13, Russia fired 40 missiles at the power grid.", date(2025, 6, 13)),
])
def test_a_night_named_by_its_early_hours_is_that_morning_and_names_its_morning(sentence, expected):
    from strikewatch.dates import EXACT_NIGHTS
    found = mentions(sentence, date(2025, 6, 15))
    assert [(d.value, d.kind in EXACT_NIGHTS) for d in found] == [(expected, True)]


def test_a_reviews_night_heading_with_the_evenings_day_opens_that_night():
    from strikewatch.dates import night_opener
    assert night_opener("Thursday night into Friday.", date(2025, 6, 15)).value == date(2025, 6, 13)
    assert night_opener("Then came the night into Friday.", date(2025, 6, 15)).value == date(2025, 6, 13)
    assert night_opener("On Thursday Russia struck Sumy, and overnight into Friday it sent drones.",
                        date(2025, 6, 15)) is None


def test_late_on_a_day_is_quoted_with_its_day():
    from strikewatch.dates import late_start, said_late
    text = "Missiles struck the town late on Friday, killing four."
    at = text.index("Friday")
    assert text[late_start(text, at, at + 6):at + 6] == "late on Friday"
    assert late_start("Missiles struck the town on Friday.", 28, 34) == 28
    morning = "Sirens sounded late on Friday morning."
    assert late_start(morning, 23, 29) == 23  # late morning is the day's
    assert said_late("late on Friday") and not said_late("Friday")


def test_a_day_said_at_a_briefing_is_the_reports():
    found = mentions("The governor said at a news briefing on Wednesday afternoon that 12 had died.",
                     date(2025, 6, 12))
    assert found == ()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russia attacked Ukraine from 18:00 on Sunday until the morning with 120 drones.", date(2025, 3, 10)),
    ("Russia attacked Ukraine from 6 pm on Sunday until the morning with 120 drones.", date(2025, 3, 10)),
    ("The ministry counted 40 drones from 11 p.m. Moscow time on March 8 to 7 a.m.", date(2025, 3, 9)),
])
def test_a_count_from_an_evening_is_the_night_ending_the_next_morning(sentence, expected):
    assert resolved(sentence, MONDAY) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("Russian drones struck Kyiv on New Year's Day, killing two people.", date(2025, 1, 2), date(2025, 1, 1)),
    ("Overnight into New Year's Eve, Russia launched 60 drones.", date(2025, 1, 1), date(2024, 12, 31)),
    ("A missile hit a power plant in Kharkiv on Christmas Day.", date(2024, 12, 27), date(2024, 12, 25)),
    ("Drones attacked Odesa on Christmas Eve, the governor said.", date(2025, 1, 3), date(2024, 12, 24)),
    # read in January, the eve is last year's
    ("Russia fired missiles at Lviv on New Year's Eve.", date(2025, 1, 4), date(2024, 12, 31)),
])
def test_a_holiday_named_like_a_day_resolves_against_publication(sentence, published, expected):
    assert resolved(sentence, published) == expected


def test_a_holiday_naming_a_thing_of_it_dates_nothing():
    assert mentions("The Air Force gave the figures in its New Year's Day report.", date(2025, 1, 1)) == ()


@pytest.mark.parametrize("text, quote, told", [
    ("LVIV, Nov 9 - Explosions shook the city before dawn.", "Nov 9", (11, 9)),
    ("Kyiv was hit on the night of 30 to 31 December, he said.", "night of 30 to 31 December", (12, 31)),
    ("On the night of March 4-5 Russia launched drones at Odesa.", "night of March 4-5", (3, 5)),
    ("Russian drones struck Kharkiv overnight, injuring two people.", None, None),
])
def test_the_day_and_month_a_text_prints_without_its_year(text, quote, told):
    span = printed_day(text)
    assert (text[span[0]:span[1]] if span else None) == quote
    assert (day_and_month(quote) if quote else None) == told


def test_a_weekday_names_no_day_and_month():
    assert day_and_month("Monday") is None and day_and_month("overnight into Friday") is None


@pytest.mark.parametrize("sentence, expected", [
    ("The armed group announced on Sunday that its drones had targeted a desert base.", date(2024, 1, 28)),
    ("Officials reported on Jan. 27 that a drone had hit the depot.", date(2024, 1, 27)),
    ("A drone hit the depot, officials said.", None),
])
def test_the_day_a_reporting_clause_names(sentence, expected):
    assert reported_day(sentence, date(2024, 1, 29)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a tally of the 24 hours up to a daily report dates no attack of its own ...
    ("Air defences destroyed 120 drones over the previous day, the ministry said.", None),
    ("During the previous day, two people were killed in drone attacks on the region.", None),
    # ... the day before, named as such, is the day before
    ("A missile hit the depot the previous day.", date(2025, 3, 7)),
])
def test_a_tally_over_the_previous_day_dates_no_attack(sentence, expected):
    assert resolved(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a later day said first, of what followed, gives way to the day of the clause that tells the attack
    ("Crews were still clearing rubble in Sumy on Saturday, a day after a missile tore through a clinic "
     "there on Friday afternoon.", date(2025, 3, 7)),
    ("The city mourned on Saturday after drones struck a market on Thursday evening, killing four.",
     date(2025, 3, 6)),
    # the attack told first keeps the latest day: what followed it comes after
    ("On Thursday, drones hit a depot, and the fire spread to a warehouse next door on Friday.",
     date(2025, 3, 7)),
    ("Drones struck Kharkiv on Thursday and missiles hit Odesa on Friday.", date(2025, 3, 7)),
])
def test_the_day_of_the_clause_that_tells_the_attack(sentence, expected):
    assert resolved(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a night's start told by its clock time in the evening: filed under the morning it ended
    ("The barrage began at around 7 p.m. on Wednesday and went on until daybreak.", date(2025, 3, 6)),
    ("The wave, which started shortly after 21:30 on 4 March, targeted Poltava.", date(2025, 3, 5)),
    # an attack that began in the daytime keeps its own day
    ("The shelling of the port began at 13:00 on Wednesday.", date(2025, 3, 5)),
])
def test_an_attack_begun_at_an_evening_hour_is_the_next_mornings(sentence, expected):
    assert resolved(sentence) == expected


def test_an_evening_attack_carried_past_midnight_is_the_next_mornings():
    sentence = "Drones came in three waves on Thursday evening and two more after midnight over Sumy."
    assert resolved(sentence) == date(2025, 3, 7)


def test_a_day_told_again_in_another_time_zone_is_not_the_attacks():
    sentence = "Blasts were heard over Isfahan from about 2 a.m. local time (2230 GMT on Wednesday)."
    assert resolved(sentence) is None


def test_another_events_week_named_in_passing_leaves_the_day_of_the_attack():
    sentence = "Jets bombed depots near the border early on Friday, in reply to last week's raid on a post."
    mention, vague = attack_date(sentence, SATURDAY)
    assert mention is not None and mention.value == date(2025, 3, 7)
    assert vague is False


@pytest.mark.parametrize(("sentence", "expected"), [
    # two days in a row name a night, filed under its morning, "night of" said or not
    ("February 27-28: Russia sent 210 drones towards Ukraine.", date(2025, 2, 28)),
    ("The heaviest night was March 1-2, when drones hit Kharkiv.", date(2025, 3, 2)),
])
def test_two_days_in_a_row_are_a_night_dated_by_its_morning(sentence, expected):
    assert resolved(sentence) == expected


def test_a_stretch_of_more_than_two_days_dates_no_attack():
    assert resolved("Between 2-6 March, drones hit Sumy almost every night.") is None


def test_a_night_into_a_weekday_beside_a_date_is_in_that_dates_week():
    # 22 February 2025 was a Saturday: its night into Saturday, not the Saturday before publication
    sentence = "February 22: 160 drones overnight into Saturday, most of them shot down."
    assert resolved(sentence) == date(2025, 2, 22)


def test_a_night_into_a_weekday_keeps_its_week_beside_another_attacks_date():
    sentence = "Drones hit Odesa overnight into Saturday, in revenge for a 25 February raid."
    assert resolved(sentence) == SATURDAY


@pytest.mark.parametrize("line, expected", [
    ("**Tuesday 11 October.** Russia fired 28 missiles", date(2022, 10, 11)),
    ("**12 October - Lviv.** A drone hit a substation", date(2022, 10, 12)),
])
def test_a_paragraph_opening_with_its_day_in_bold(line, expected):
    assert day_lead(line, date(2022, 10, 16)).value == expected


@pytest.mark.parametrize("sentence", [
    "Shelters filled again in the heaviest barrage since the war began on Tuesday.",
    "Since fighting broke out on 14 February, over 90 rockets have landed in the valley.",
    "The town has been spared the worst of the conflict that started on Monday.",
])
def test_the_day_a_war_began_dates_no_attack(sentence):
    assert resolved(sentence) is None


def test_the_day_a_campaign_began_with_a_strike_dates_that_strike():
    sentence = "The campaign began on 3 February, when bombers hit the airfield."
    assert resolved(sentence) == date(2025, 2, 3)


@pytest.mark.parametrize(("sentence", "expected"), [
    # beside the date, or as "a Saturday" of it, or after the date heading the sentence: that date's week
    ("On Sunday, 16 February, a drone hit the depot.", date(2025, 2, 16)),
    ("The worst came on 15 February, when bombs hit a market on a Saturday morning.", date(2025, 2, 15)),
    ("February 14: drones struck Sumy overnight into Friday.", date(2025, 2, 14)),
])
def test_a_weekday_said_with_a_date_is_of_that_dates_week(sentence, expected):
    assert resolved(sentence) == expected


def test_a_weekday_said_apart_from_a_date_is_of_the_week_before_publication():
    # 11 February 2025 was a Tuesday: its Thursday is not the Thursday before publication
    sentence = "The salvo avenged the killing of a chief on 11 February and the raid on the port on Thursday."
    assert resolved(sentence) == date(2025, 3, 6)


def test_the_day_a_memory_is_recalled_is_not_the_attacks():
    sentence = "Residents on Tuesday recalled the night of 9 October 2022, when missiles destroyed a block."
    assert resolved(sentence) == date(2022, 10, 9)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the attack answered gives way to the night the sentence tells
    ("Rockets rained on the port overnight in retaliation for Thursday's raid on the fuel depot.", SATURDAY),
    ("Two people died overnight when drones hit a depot, in response to Wednesday's ", SATURDAY),
    ("The jets struck the harbour on Friday, a reprisal for Tuesday's missile attack.", date(2025, 3, 7)),
    ("The raids on Friday followed Monday's drone attack on the refinery.", date(2025, 3, 7)),
])
def test_a_day_named_as_the_attack_answered_gives_way_to_another_day(sentence, expected):
    assert resolved(sentence) == expected


def test_a_stretch_of_hours_ending_on_the_report_day_ends_on_that_day():
    sentence = "Between 8am on Thursday and 8am today the air force tracked 410 drones over the country."
    assert resolved(sentence) == SATURDAY


def test_a_report_with_no_publication_date_is_dated_by_a_bracketed_caption_with_its_credit():
    text = ("ODESA, March 3 (Harbour Wire) - A drone hit a grain terminal in the port overnight, "
            "officials said."
            + "\n\nThe regional governor said two workers were hurt and a warehouse roof burned." * 8
            + "\n\n(Firefighters spray water on a burning warehouse in Odesa, Ukraine, March 3, 2025. "
            "Harbour Wire/Olena Koval)\n\nReporting by the Odesa newsroom")
    assert text.index("March 3, 2025") > 500  # past the dateline and lead, where a printed date is sought
    assert printed_date(text) == date(2025, 3, 3)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Drones set a refinery near Tuapse alight early on Sunday, the governor said.", date(2025, 3, 9)),
    ("KHERSON, March 10 (Agency) - Guided bombs struck a ferry on Sunday, killing two.", date(2025, 3, 9)),
    # an evening or a night may run into the day of publication
    ("Drones set a refinery near Tuapse alight late on Sunday, the regional governor said.", None),
    ("Drones set a refinery near Tuapse alight on Sunday night, the regional governor said.", None),
    ("Drones set a refinery near Tuapse alight on Sunday evening, the regional governor said.", None),
    # a day earlier than the eve of publication is an attack recalled
    ("Drones set a refinery near Tuapse alight on Saturday, the regional governor said.", None),
])
def test_the_day_before_publication_that_a_report_opens_with_dates_its_story(sentence, expected):
    assert opening_day(sentence, MONDAY) == expected


@pytest.mark.parametrize(("text", "title", "expected"), [
    # a bulletin's title closing on its date, the text printing only day and month
    ("HIGHLIGHTS\n\n• Missiles and drones struck energy sites in nine oblasts on 14 March.",
     "Flash Update No. 2: Strikes on energy infrastructure across Ukraine, 14 March 2025", date(2025, 3, 14)),
    ("Drones hit a substation in Sumy overnight.", "Situation report: Sumy Oblast (as of 9 March 2025)",
     date(2025, 3, 9)),
    # a digest of a stretch of days, printed with its year: the last of them
    ("This digest covers Saturday and Sunday, March 8-9, 2025.\n\nUKRAINE - Drones hit Odesa on Saturday.",
     None, date(2025, 3, 9)),
    ("Weekly monitor, 3–9 March 2025. On 5 March a drone struck a market in Kherson.", None,
     date(2025, 3, 9)),
])
def test_a_report_with_no_publication_date_is_dated_by_its_title_or_a_printed_stretch(text, title, expected):
    assert printed_date(text, title) == expected


def test_a_date_inside_a_title_is_not_the_date_of_the_report():
    # a date the title tells of, not one it closes on
    title = "Three years after 24 February 2022: the war in numbers"
    assert printed_date("Drones hit Kyiv overnight.", title) is None


def test_an_attack_named_after_when_leaves_the_day_of_the_sentences_own_attack():
    # "... when Friday's strikes hit" times the clause it ends; the day opening the sentence dates its own
    # strike
    sentence = ("On Thursday, a second raid set fuel tanks ablaze near the port, and crews were still "
                "fighting the fire when Friday's strikes hit.")
    mention, _ = attack_date(sentence, SATURDAY)
    assert mention.value == date(2025, 3, 6)
