"""An earlier attack recalled in a later paragraph is an event of its own: a sentence opening on "earlier"
and the week, month or year it was in ("Ранее на этой неделе ...", "Раніше, у березні ..."), not on "earlier"
alone ("Ранее губернатор сообщал ...", an earlier word on this attack)."""
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
