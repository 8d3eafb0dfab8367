"""Ukrainian and Russian tolls that a later paragraph tells again: the lead gives the toll ("Один человек
погиб, еще двое пострадали"), then the place's official gives the same figures for his town ("в Балашихе
... Погиб мужчина 50 лет. Еще двое человек пострадали"): one toll, not two summed; figures of other
places told later still add up."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-12T09:40:00+03:00"

only = partial(reading.only, published=PUBLISHED)


def test_a_leads_toll_told_again_by_the_places_official_is_one_toll():
    cases = [
        "В ночь на 12 октября Подмосковье подверглось атаке беспилотников. Один человек погиб, еще двое "
        "пострадали, аэропорты столицы работали с ограничениями.\n\nГубернатор сообщил, что в Балашихе "
        "беспилотник попал в жилой дом. «Погиб мужчина 50 лет. Еще двое человек пострадали», — написал он.",
        "У ніч на 12 жовтня росія атакувала Одещину дронами. Загинула одна людина, ще четверо поранені, порт "
        "обмежив роботу.\n\nГолова ОВА повідомив, що в Ізмаїлі дрон влучив у будинок: «Загинула жінка. Ще "
        "четверо людей поранені».",
    ]
    for text, tolls in zip(cases, [(1, 2), (1, 4)], strict=True):
        event = only(text, outlet="X")
        assert (event.killed, event.injured) == tolls, text


def test_figures_of_other_places_told_later_still_add_up():
    event = only("Вночі росія атакувала Харків і Київ. У Харкові загинула одна людина.\n\nУ Києві також "
                 "загинула одна людина, поранено трьох.", outlet="X")
    assert (event.killed, event.injured) == (2, 3)
