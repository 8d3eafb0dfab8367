"""Ukrainian and Russian dates told by the night's weekday or by the day past: "в ночь на вторник" over a
date of an earlier attack named later in the text, and "за прошедшие сутки" in a morning's post (the day
before it, unless a night is told)."""
from __future__ import annotations

import reading


def test_the_night_onto_a_weekday_wins_over_an_earlier_attacks_date():
    event = reading.events("Российские войска в ночь на четверг нанесли удар ракетами и дронами по "
                           "объектам энергетики в Житомирской области. Удар был нанесен спустя две недели "
                           "после предыдущего массированного удара 20 ноября.",
                           published="2025-12-04T11:00:00+03:00", outlet="РИА")[0]
    assert event.date == "2025-12-04"
    event = reading.events("Уночі на суботу ворог атакував Одещину дронами, пошкоджено склад. Попередня "
                           "атака на порт була 28 листопада.", published="2025-12-06T09:30:00+02:00",
                           outlet="Одеса live")[0]
    assert event.date == "2025-12-06"


def test_the_day_past_in_a_mornings_post_is_the_day_before():
    event = reading.only("Рассказываю об обстановке в Курской области за прошедшие сутки. В Рыльске дрон "
                         "атаковал автомобиль, ранен мужчина.", published="2025-03-12T08:15:00+03:00",
                         outlet="Губернатор")
    assert event.date == "2025-03-11"
    event = reading.only("За минулу добу ворог атакував Херсонщину дронами, поранено двох людей.",
                         published="2025-03-12T07:50:00+02:00", outlet="Херсонська ОВА")
    assert event.date == "2025-03-11"


def test_the_day_past_with_a_night_told_or_in_an_evening_post_is_the_day_of_the_post():
    event = reading.only("За минулу добу ворог атакував Херсонщину. Вночі дрон влучив у будинок, поранено "
                         "двох людей.", published="2025-03-12T07:50:00+02:00", outlet="Херсонська ОВА")
    assert event.date == "2025-03-12"
    event = reading.only("Итоги дня. За прошедшие сутки беспилотники атаковали Белгородскую область, ранены "
                         "двое.", published="2025-03-12T21:40:00+03:00", outlet="Губернатор")
    assert event.date == "2025-03-12"
