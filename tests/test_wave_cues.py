"""Cues that put an event in its wave: the night a weekly review's section, a "came a night after" clause, a
report posted after midnight or an evening warning tells (strikewatch.dates, strikewatch.extract.rules,
strikewatch.reconcile)."""
from __future__ import annotations

from datetime import date

from strikewatch.extract import extract_article
from strikewatch.reconcile import Report, cluster_reports, report_nights
from strikewatch.records import ArticleInput


def _events(text: str, published: str | None, article_id: str = "a") -> list:
    item = ArticleInput(id=article_id, text=text, published=published, outlet="Desk")
    return list(extract_article(item).events)


def _reports(*articles: tuple[str, str | None, str]) -> list[Report]:
    out = []
    for article_id, published, text in articles:
        out += [Report(article_id, n, event, outlet="Desk", published=published)
                for n, event in enumerate(_events(text, published, article_id))]
    return out


REVIEW = ("The week brought three of the heaviest nights of the spring.\n\n"
          "Sunday, March 9. Hours after Moscow vowed revenge for Kyiv's March 4 strike on a refinery, "
          "Russia launched 176 drones and 14 missiles at Ukraine. 130 drones and 9 missiles were shot "
          "down.\n\n"
          "Wednesday, March 12. A barrage aimed mostly at gas facilities in the east. 98 drones and 4 "
          "missiles were neutralised. One person was injured in the Kharkiv region.\n")


def test_a_date_said_of_another_sides_attack_leaves_the_section_its_headings_night():
    events = _events(REVIEW, "2025-03-15T18:00:00+02:00")
    assert [(e.date, e.drones.destroyed) for e in events] == [("2025-03-09", 130), ("2025-03-12", 98)]


def test_weapons_neutralised_tell_the_attack_of_a_reviews_section():
    text = ("A quiet week, then two heavy nights.\n\n"
            "Sunday, March 9. Russia launched 176 drones at Ukraine. 130 were shot down.\n\n"
            "Wednesday, March 12. 98 drones and 4 missiles were neutralised. One person was injured in the "
            "Kharkiv region.")
    events = _events(text, "2025-03-15T18:00:00+02:00")
    assert [(e.date, e.drones.destroyed, e.injured) for e in events] == [
        ("2025-03-09", 130, None), ("2025-03-12", 98, 1)]


CHERKASY = ("A Russian cruise missile hit Cherkasy on Thursday, injuring 11 people.\n\n"
            "The strike came a night after Russia sent 24 Shahed drones against the Poltava and Sumy "
            "regions.")


def test_an_attack_a_night_before_the_one_told_is_its_own_event():
    events = _events(CHERKASY, "2023-09-21T10:00:00+03:00")
    assert [(e.date, e.injured, e.drones.launched) for e in events] == [
        ("2023-09-21", 11, None), ("2023-09-20", None, 24)]


def test_in_a_report_that_dates_nothing_the_attack_a_night_before_is_still_apart():
    text = CHERKASY.replace(" on Thursday", "")
    events = _events(text, None)
    assert [(e.date, e.injured, e.drones.launched) for e in events] == [(None, 11, None), (None, None, 24)]


def test_the_paragraph_after_an_earlier_attack_returns_to_the_attack_being_told():
    text = ("Russian missiles struck energy sites in the Rivne region on Thursday, the governor said.\n\n"
            "The strikes came two days after drones set fire to a warehouse in Lviv, killing one worker. "
            "Firefighters needed a day to put out that blaze.\n\n"
            "Across Ukraine, Russia launched 43 cruise missiles, of which 36 were shot down, the Air "
            "Force said.")
    events = _events(text, "2023-09-21T11:10:00+03:00")
    assert [(e.date, e.missiles.launched, e.killed) for e in events] == [
        ("2023-09-21", 43, None), ("2023-09-19", None, 1)]


def test_tonight_in_a_report_posted_after_midnight_is_the_night_now_ending():
    (report,) = _reports(("kyiv", "2025-06-10T00:20:00+03:00",
                          "Explosions have been heard in Kyiv tonight as air defences engage Russian drones, "
                          "the city military administration said."))
    assert report_nights(report) == (date(2025, 6, 10),)


def test_drones_heading_for_a_region_in_an_evening_report_are_the_coming_nights_attack():
    evening = ("kharkiv-eve", "2025-06-09T22:00:00+03:00",
               "Groups of Shahed drones are moving towards the Kharkiv region from the north, the Air "
               "Force warned at 21:40. An air raid alert has been declared.")
    morning = ("af", "2025-06-10T09:00:00+03:00",
               "Russia launched 315 drones and seven missiles at Ukraine overnight; 277 drones were shot "
               "down, the Air Force said. Drones hit Kharkiv.")
    (event,) = _events(evening[2], evening[1])
    assert event.date == "2025-06-10"
    assert [sorted(r.article_id for r in group) for group in cluster_reports(_reports(evening, morning))] == [
        ["af", "kharkiv-eve"]]


def test_explosions_that_rock_a_city_tell_an_attack():
    text = "Several explosions rock Kharkiv; a warehouse is on fire in the Kyivskyi district, the mayor says."
    (event,) = _events(text, "2025-06-17T02:40:00+03:00")
    assert (event.date, event.attacker, event.target_country) == ("2025-06-17", "RU", "UA")


def test_explosions_reported_after_a_warning_tell_the_attack():
    text = ("Air force warns of ballistic missiles heading for Dnipro; explosions reported in the city and "
            "in Zaporizhzhia.")
    (event,) = _events(text, "2024-01-02T07:40:00+02:00")
    assert (event.date, event.target_country) == ("2024-01-02", "UA")


def test_an_earlier_attack_told_by_what_it_involved_keeps_its_figures():
    text = ("Russia attacked Kyiv with drones overnight into Thursday, killing two people, officials "
            "said.\n\n"
            "Nationwide, Russia launched 397 drones and 18 missiles, the air force said.\n\n"
            "Wednesday's record attack involved 728 drones and 13 missiles, most of them aimed at Lutsk.")
    events = _events(text, "2025-07-10T10:40:00+03:00")
    assert [(e.date, e.drones.launched, e.missiles.launched) for e in events] == [
        ("2025-07-10", 397, 18), ("2025-07-09", 728, 13)]


def test_the_attack_a_night_is_compared_with_gives_it_no_figures():
    text = ("Russia launched 58 drones at Ukraine overnight into Wednesday, the air force said. Air defences "
            "shot down 40 of them.\n\n"
            "The night was modest compared with the attack on the night of June 16-17, when Russia launched "
            "440 drones and 32 missiles.")
    (event,) = _events(text, "2025-06-18T11:10:00+03:00")
    assert (event.drones.launched, event.missiles.launched) == (58, None)


def test_an_attack_dated_as_the_same_night_as_another_is_on_that_night():
    text = ("Russian air defences destroyed 28 Ukrainian drones overnight over the Bryansk and Kursk "
            "regions, the Defence Ministry said on Tuesday.\n\n"
            "The attacks came the same night Russia struck Kyiv with drones and missiles, killing 12 "
            "people.")
    reports = _reports(("ru", "2025-06-17T09:30:00+03:00", text))
    kyiv = next(r for r in reports if r.event.target_country == "UA")
    assert report_nights(kyiv) == (date(2025, 6, 17),)


def test_what_ended_the_day_after_leaves_the_toll_on_the_attacks_own_night():
    text = ("The rescue operation at the apartment block ended on Wednesday afternoon, bringing the death "
            "toll from Tuesday's night attack on Kyiv to 28, officials said.")
    (event,) = _events(text, "2025-06-18T18:30:00+03:00")
    assert (event.date, event.period, event.killed) == ("2025-06-17", "night", 28)


# -- nights named by their morning, deadlines of a toll, earlier strikes told after "since", daylight --------

THREE_NIGHTS = ("A week of relentless nights ended with a funeral and a phone call.\n\n"
                "Overnight into Tuesday, Russia sent 120 drones at Ukraine; 70 were shot down. "
                "Then came the night into Wednesday. Russia fired 40 missiles and 160 drones, the air force "
                "said. In Dnipro, a missile hit a clinic; by Thursday, eight people were confirmed dead.\n\n"
                "It did not stop. Overnight into Thursday, Russia launched 95 drones; 60 were shot down. "
                "In Sumy, a drone hit a school.")


def test_nights_named_by_their_mornings_are_events_of_their_own():
    events = _events(THREE_NIGHTS, "2025-05-11T12:00:00+03:00")
    assert [(e.date, e.drones.launched, e.killed) for e in events] == [
        ("2025-05-06", 120, None), ("2025-05-07", 160, 8), ("2025-05-08", 95, None)]


def test_a_night_opening_a_sentence_after_a_days_own_strike_is_the_next_night():
    text = ("The number of people killed in Monday's Russian missile attack on Odesa has risen to seven, "
            "officials said. The attack, in which Russia fired 30 missiles and 55 drones, hit the port.\n\n"
            "Overnight into Tuesday, Russia kept up its attacks. Russian drones struck Izmail, injuring "
            "three people, the governor said.")
    events = _events(text, "2025-05-13T09:00:00+03:00")
    assert [(e.date, e.killed, e.injured) for e in events] == [
        ("2025-05-12", 7, None), ("2025-05-13", None, 3)]


def test_a_deadline_of_a_toll_dates_no_attack():
    from strikewatch.dates import mentions
    assert mentions("By Friday, 12 people were confirmed dead.", date(2025, 5, 11)) == ()


def test_an_earlier_strike_told_after_since_keeps_its_own_day_and_the_next_sentence_returns():
    text = ("Russia fired 20 missiles at Kyiv overnight into Wednesday, killing four people.\n\n"
            "The attack was the deadliest on the city since June 3 last year, when a missile strike on a "
            "shopping centre killed 21 people.\n\n"
            "It came a day after a Russian glide bomb hit a market in Kostiantynivka, killing five people.")
    events = _events(text, "2025-04-16T09:00:00+03:00")
    assert [(e.date, e.killed) for e in events] == [
        ("2025-04-16", 4), ("2024-06-03", 21), ("2025-04-15", 5)]


def test_an_attack_that_began_in_the_evening_is_the_night_ending_the_next_morning():
    text = ("Russia launched 60 missiles and 80 drones at Ukraine's power grid, the air force said. "
            "The drones started flying in on Sunday evening; the missiles followed before dawn.")
    events = _events(text, "2025-05-12T10:00:00+03:00")
    assert [(e.date, e.period) for e in events] == [("2025-05-12", "night")]


def test_a_strike_in_broad_daylight_on_a_day_is_a_daytime_wave():
    from strikewatch.extract.scope import ScopeWords, _period
    from strikewatch.records import AirAttack, Evidence
    from strikewatch.spans import sentences
    text = ("Russia kept up its drone assault in broad daylight on Thursday, sending 300 more drones after a "
            "night-time barrage, officials said.")
    at = text.index("Thursday")
    event = AirAttack(date="2025-05-15", evidence=(Evidence("date", at, at + 8, "Thursday"),))
    assert _period(text, sentences(text), event, ScopeWords.for_language("en")) == "day"


def test_a_strike_during_the_day_on_a_date_is_a_daytime_wave():
    text = ("Russia launched 612 attack drones at Ukraine during the day on Tuesday, between 8 a.m. and "
            "6 p.m., the air force said, hours after its overnight barrage.")
    events = _events(text, "2025-06-10T21:00:00+03:00")
    assert [(e.date, e.period) for e in events][:1] == [("2025-06-10", "day")]


def test_a_night_named_as_the_wave_before_leaves_a_daytime_attack_in_the_day():
    text = ("Air-raid alerts were declared across western Ukraine late on Tuesday morning as Russia launched "
            "a large daytime drone attack, only hours after a night of strikes had ended. Blasts were heard "
            "in Rivne.")
    events = _events(text, "2025-06-10T11:30:00+03:00")
    assert [(e.date, e.period) for e in events] == [("2025-06-10", "day")]


def test_a_night_of_the_strike_itself_keeps_it_in_the_night():
    text = ("Russia struck Odesa with drones overnight, the governor said on Tuesday. A daytime curfew was "
            "not imposed, and 14 drones were shot down over the region.")
    events = _events(text, "2025-06-10T11:30:00+03:00")
    assert [e.period for e in events] == ["night"]


def test_a_strike_late_on_a_day_joins_the_night_ending_the_next_morning():
    late = ("A Russian missile attack on the town of Kostiantynivka late on Friday killed six people, the "
            "regional governor said on Saturday morning.")
    wave = ("Russia launched 87 drones and four missiles at Ukraine overnight into Saturday, the air force "
            "said. Air defences shot down 61 drones.")
    friday = "Russian drones struck Sumy on Friday, the governor said, injuring two people."
    reports = _reports(("late", "2025-06-14T09:10:00+03:00", late),
                       ("wave", "2025-06-14T08:00:00+03:00", wave),
                       ("friday", "2025-06-13T13:00:00+03:00", friday))
    late_report = next(r for r in reports if r.article_id == "late")
    assert report_nights(late_report)[0] == date(2025, 6, 14)
    assert late_report.event.date == "2025-06-13"  # the SPEC's date: the day it ended
    groups = {tuple(sorted({r.article_id for r in g})) for g in cluster_reports(reports)}
    assert ("late", "wave") in groups and ("friday",) in groups


def test_a_night_named_by_its_morning_with_a_launch_of_its_own_is_the_next_night():
    text = ("The number of people killed in Russia's drone and missile attack on Ukraine on Monday has risen "
            "to five, officials said on Tuesday.\n\n"
            "Russia launched 312 drones and 19 missiles in Monday's attack, according to the air force.\n\n"
            "Overnight into Tuesday, Russia sent another 96 drones, of which 71 were shot down, the air "
            "force said.")
    events = _events(text, "2025-09-16T10:30:00+03:00")
    assert [(e.date, e.drones.launched, e.drones.destroyed) for e in events] == [
        ("2025-09-15", 312, None), ("2025-09-16", 96, 71)]


def test_a_nights_figures_told_again_by_its_morning_stay_with_it():
    text = ("Russia launched 312 drones and 19 missiles at Ukraine overnight, the air force said on "
            "Tuesday.\n\n"
            "Overnight into Tuesday, air defences shot down 290 of the drones, it said.")
    events = _events(text, "2025-09-16T10:30:00+03:00")
    assert [(e.date, e.drones.launched, e.drones.destroyed) for e in events] == [("2025-09-16", 312, 290)]


def test_a_reviews_nights_each_keep_their_own_figures():
    text = ("A week of heavy nights.\n\n"
            "Sunday night into Monday. Overnight into Monday, June 9, Russia launched 88 drones and three "
            "ballistic missiles, the air force said; 71 drones were shot down.\n\n"
            "Monday night into Tuesday. In the early hours of June 10 Russia launched 315 drones and 7 "
            "missiles, the air force said; 277 drones were shot down. Drones struck apartment blocks in "
            "Kyiv.\n\n"
            "Tuesday night into Wednesday. The next night was quieter. Russia launched 54 drones, of which "
            "41 were shot down.")
    events = _events(text, "2025-06-15T10:00:00+03:00")
    assert [(e.date, e.drones.launched, e.drones.destroyed) for e in events] == [
        ("2025-06-09", 88, 71), ("2025-06-10", 315, 277), ("2025-06-11", 54, 41)]


def test_a_strike_late_on_the_day_a_night_ended_is_the_next_night():
    text = ("FRIDAY: THE GRID. Before dawn on June 13, Russia launched 40 missiles and 120 drones at "
            "energy facilities, the air force said.\n\n"
            "SATURDAY: KOSTIANTYNIVKA. Late on Friday, ballistic missiles struck the centre of "
            "Kostiantynivka, killing seven people.")
    events = _events(text, "2025-06-16T08:00:00+03:00")
    assert [(e.date, e.missiles.launched, e.killed) for e in events] == [
        ("2025-06-13", 40, None), ("2025-06-13", None, 7)]
    late = _reports(("review", "2025-06-16T08:00:00+03:00", text))[1]
    assert report_nights(late)[0] == date(2025, 6, 14) and late.event.period == "night"


def test_a_strike_late_on_a_day_evening_is_in_the_nights_window():
    text = "Ballistic missiles hit Balakliia late on Monday evening, killing three people, officials said."
    events = _events(text, "2025-06-17T09:00:00+03:00")
    assert [(e.date, e.period) for e in events] == [("2025-06-16", "night")]


def test_a_car_bomb_is_no_aerial_attack():
    text = ("Russia launched 120 drones at Ukraine overnight into Friday, the air force said.\n\n"
            "On the same day a Russian colonel was killed by a car bomb in a suburb of Moscow.")
    events = _events(text, "2025-05-02T12:00:00+03:00")
    assert [(e.attacker, e.target_country, e.date) for e in events] == [("RU", "UA", "2025-05-02")]


def test_the_time_of_a_briefing_is_not_the_time_of_the_strike():
    text = ("The toll from this morning's missile strike on Rivne has risen to 12, the regional governor "
            "said at a briefing on Tuesday afternoon. Rescuers are still searching the rubble.")
    events = _events(text, "2025-06-10T17:00:00+03:00")
    assert [(e.date, e.period) for e in events] == [("2025-06-10", "night")]


def test_a_morning_strike_told_at_a_daytime_hour_is_a_daytime_strike():
    text = ("A Russian drone hit a school in Sumy on Thursday morning, injuring four people, the mayor "
            "said.\n\n"
            "The strike happened at about 11:20, during an air-raid alert, and a fire broke out.")
    events = _events(text, "2025-06-12T14:00:00+03:00")
    assert [(e.date, e.period) for e in events] == [("2025-06-12", "day")]


def test_a_morning_strike_told_before_the_days_hours_stays_the_nights():
    text = ("Russian missiles struck Lviv on Thursday morning, damaging energy facilities, the governor "
            "said.\n\n"
            "The first explosions were heard at about 5:40, and the alert lasted until 8 a.m.")
    events = _events(text, "2025-06-12T14:00:00+03:00")
    assert [(e.date, e.period) for e in events] == [("2025-06-12", "night")]


def test_a_strike_later_on_the_day_a_night_ended_is_a_daytime_strike_of_its_own():
    text = ("Russia attacked Ukraine overnight into Thursday with 210 drones and 12 missiles, the air force "
            "said.\n\n"
            "Later on Thursday, in a separate attack, a Russian drone hit a hospital in Sumy, injuring "
            "three.")
    events = _events(text, "2025-06-12T16:00:00+03:00")
    assert [(e.date, e.period, e.drones.launched) for e in events] == [
        ("2025-06-12", "night", 210), ("2025-06-12", "day", None)]


def test_a_morning_strike_told_just_after_nine_is_a_daytime_strike():
    # the Air Force's count of the night is closed by nine: a strike "on Monday morning" told after it is
    # the day's
    text = ("Two Russian ballistic missiles hit a logistics depot in Kremenchuk on Monday morning, killing "
            "six people, the regional governor said.\n\n"
            "The missiles struck at about 9:20, minutes after the air-raid alert sounded.")
    events = _events(text, "2025-06-09T15:00:00+03:00")
    assert [(e.date, e.period) for e in events] == [("2025-06-09", "day")]


def test_a_strike_told_hours_after_the_nights_tally_at_a_morning_hour_is_a_daytime_strike_of_its_own():
    text = ("The day opened with the air force's tally: Russia had launched 48 Shahed drones at Ukraine "
            "overnight, and 39 were shot down.\n\n"
            "Hours later, at 9:35, a ballistic missile struck an industrial site in Kremenchuk, killing "
            "three workers, the governor said.")
    events = _events(text, "2025-06-09T19:30:00+03:00")
    assert [(e.date, e.period, e.drones.launched) for e in events] == [
        ("2025-06-09", "night", 48), ("2025-06-09", "day", None)]


def test_hours_later_with_no_clock_time_leaves_the_period_to_the_other_cues():
    # a morning barrage told "hours after" another side's night raid is still the night's wave
    text = ("Ukrainian drones struck an oil depot in Russia's Bryansk region early on Monday, the governor "
            "said.\n\n"
            "Hours later, Russia launched a barrage of missiles and drones at Ukraine's energy facilities.")
    events = _events(text, "2025-06-09T11:00:00+03:00")
    assert all(e.period == "night" for e in events)
