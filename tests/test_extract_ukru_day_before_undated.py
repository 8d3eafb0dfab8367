"""A paragraph opening on the day before with no date ("Днём ранее ...", "Накануне ...", "Напередодні ...")
that tells a strike of its own is an attack of the day before the post, not the night the post reports; a
sentence opening on "earlier" with no length of time ("Ранее ...") is no day before."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-14T08:00:00+03:00"

events = partial(reading.events, published=PUBLISHED)


def test_the_day_before_told_by_a_strike_is_its_own_attack():
    text = ("Губернатор сообщил, что ночью над областью уничтожены 12 беспилотников. Пострадавших нет.\n\n"
            "Днём ранее в селе Сосновка FPV-дрон атаковал легковой автомобиль. Водитель ранен.")
    found = sorted(events(text, outlet="Областные вести"), key=lambda e: e.date)
    assert [str(e.date) for e in found] == ["2025-10-13", "2025-10-14"]
    assert found[0].injured == 1 and found[1].injured == 0
    text = ("Уночі над областю збили дев'ять ударних БпЛА, постраждалих немає.\n\n"
            "Напередодні дрон атакував вантажівку на трасі біля Сум, поранено водія.")
    found = sorted(events(text, outlet="Сумщина сьогодні"), key=lambda e: e.date)
    assert [str(e.date) for e in found] == ["2025-10-13", "2025-10-14"]
    assert found[0].injured == 1


def test_earlier_with_no_length_of_time_is_no_day_before():
    text = ("Губернатор сообщил, что ночью над областью уничтожены 12 беспилотников, ранен один человек.\n\n"
            "Ранее дрон атаковал легковой автомобиль в селе Сосновка.")
    assert all(str(e.date) != "2025-10-13" for e in events(text, outlet="Областные вести"))
