"""An earlier attack recalled in a later paragraph is an event of its own: a sentence opening on "earlier"
and the week, month or year it was in ("Ранее на этой неделе ...", "Раніше, у березні ..."), not on "earlier"
alone ("Ранее губернатор сообщал ...", an earlier word on this attack); and a later paragraph's clause
opening on an earlier day after a colon ("Это уже не первая атака на город: 9 июня дрон попал ...")."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-06-20T09:00:00+03:00"

events = partial(reading.events, published=PUBLISHED)


def test_earlier_this_week_is_an_attack_of_its_own():
    text = ("В Курчатове ночью беспилотник атаковал частный дом, ранена женщина, сообщил губернатор.\n\n"
            "Жителей области вновь призвали сохранять бдительность. Ранее на этой неделе в Судже при ударе "
            "дрона по грузовику погиб водитель.")
    found = events(text, outlet="Курские вести")
    assert len(found) == 2
    recalled = next(e for e in found if e.killed == 1)
    assert recalled.places == ("Sudzha",) and recalled.injured is None
    main = next(e for e in found if e.killed != 1)
    assert main.injured == 1 and "Sudzha" not in main.places


def test_earlier_in_a_named_month_is_an_attack_of_its_own():
    text = ("Вночі дрон влучив у склад у Ніжині, постраждалих немає, повідомив голова громади.\n\n"
            "Раніше, у березні, російський дрон пошкодив у Ніжині три приватні будинки. Поранено двох людей.")
    found = events(text, outlet="Сіверщина")
    assert len(found) == 2
    assert sorted(e.injured for e in found) == [0, 2]
    assert {e.date for e in found if e.injured == 2} == {None}


def test_earlier_alone_is_this_attack():
    text = ("В Курчатове ночью беспилотник атаковал частный дом, ранена женщина, сообщил губернатор.\n\n"
            "Ранее губернатор сообщал, что обломки повредили линию электропередачи.")
    assert len(events(text, outlet="Курские вести")) == 1


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
