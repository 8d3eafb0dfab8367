"""Russian figures that are no casualty toll, or a toll told in a form the reader missed: a payment range
told to the injured, a noun that is also a surname after "пострадали", the injured told as those "listed"
("числятся"), and the dead since a month began."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-14T09:30:00+03:00"


only = partial(reading.only, published=PUBLISHED)


def test_a_payment_range_told_to_the_injured_is_no_toll():
    event = only("Ночью беспилотники атаковали Липецк, повреждены два жилых дома. Ранены три человека. "
                 "Власти выплатят пострадавшим от ста тысяч до миллиона рублей.", outlet="Липецкие вести")
    assert event.injured == 3


def test_cars_that_suffered_are_no_injured_people():
    event = only("Ночью дроны атаковали Воронеж, осколками ранена пожилая женщина. Во дворе на окраине "
                 "пострадали не меньше десятка машин.", outlet="Воронежские новости")
    assert event.injured == 1


def test_the_injured_told_as_those_listed():
    event = only("Вечером беспилотник ударил по рынку в Белгороде. Пострадавшими, по уточнённым данным, "
                 "числятся 9 человек.", outlet="Белгородские новости")
    assert event.injured == 9


def test_the_dead_since_a_month_began_are_no_toll_of_the_attack():
    event = only("Днём FPV-дрон атаковал автомобиль в Шебекине, погиб водитель. С начала мая в округе "
                 "погибли не менее одиннадцати мирных жителей.", outlet="Белгородские новости")
    assert event.killed == 1


def test_the_weapons_shot_down_over_a_region_named_inside_the_count():
    event = only("Минобороны утром сообщило о 31 сбитых над Ростовской областью украинских беспилотниках. "
                 "В Таганроге повреждена крыша склада.", outlet="Дон-ТР")
    assert event.drones.destroyed == 31


def test_the_dead_in_a_district_before_a_dash_are_no_weapons_count():
    event = only("Днём в Валуйках после удара есть двое погибших в Уразовском округе — беспилотник попал в "
                 "магазин.", outlet="Белгородские новости")
    assert event.drones.hit is None


def test_more_places_after_a_breakdown_are_parts_of_the_whole():
    event = only("За ночь над регионами России уничтожены 120 беспилотников, сообщило Минобороны.\n\n"
                 "Как уточнили в ведомстве, 50 беспилотников сбиты над Курской областью, 30 — над Брянской, "
                 "20 — над Орловской. Ещё десять аппаратов уничтожены над Липецкой, шесть — над Тульской и "
                 "четыре — над Калужской.", outlet="Известия")
    assert event.drones.destroyed == 120


def test_a_whole_day_summed_from_a_day_and_a_night_is_neither_figure():
    found = reading.events("Вечером Минобороны сообщило: в период с 8.00 до 20.00 мск над Брянской областью "
                           "перехвачены и уничтожены 33 украинских беспилотника.\n\nНочью, с 23.00 до 7.00, "
                           "по данным министерства, над Курской областью были сбиты еще 29 беспилотников. "
                           "Таким образом, за сутки военные заявили о шести десятках перехваченных "
                           "аппаратов.",
                           published="2025-10-14T20:40:00+03:00", outlet="Известия")
    assert sorted(e.drones.destroyed for e in found) == [29, 33]
