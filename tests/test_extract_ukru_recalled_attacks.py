"""An earlier attack recalled in a later paragraph is an event of its own: a later paragraph's clause opening
on an earlier day after a colon ("Это уже не первая атака на город: 9 июня дрон попал ..."), and the city it
was on named by its head noun after the attack's ("Предыдущая атака на город, 12 июня, ...")."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-06-20T09:00:00+03:00"

events = partial(reading.events, published=PUBLISHED)


def test_an_earlier_day_opening_a_clause_after_a_colon_is_an_attack_of_its_own():
    text = ("Ночью беспилотники атаковали Новошахтинск, повреждена кровля склада, пострадавших нет, "
            "сообщил губернатор.\n\n"
            "Это уже не первая атака на город этим летом: 9 июня дрон попал в жилой дом в Новошахтинске, "
            "ранены три человека.")
    found = events(text, outlet="Донские вести")
    assert sorted((e.date, e.injured) for e in found) == [("2025-06-09", 3), ("2025-06-20", 0)]


def test_the_city_an_earlier_attack_was_on_is_named_by_its_head_noun():
    text = ("Ночью российские дроны атаковали Сумы, повреждены три многоэтажки, ранены четыре человека, "
            "сообщил глава ОВА.\n\n"
            "Сумы находятся в 30 километрах от границы и подвергаются ударам почти ежедневно. Предыдущая "
            "атака на город, 12 июня, обошлась без жертв, но обломки повредили несколько частных домов.")
    found = sorted(events(text, outlet="Северный край"), key=lambda e: e.date)
    assert [(e.date, e.places) for e in found] == [("2025-06-12", ("Sumy",)), ("2025-06-20", ("Sumy",))]
