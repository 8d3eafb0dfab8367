"""An evening attack and the night after it, told as two in the lead ("атаковали дважды за сутки — вечером 14
марта и ночью", "двічі: увечері 14 березня та вночі"): the paragraphs that speak of the night are the night's
attack, dated the day after the evening; an evening running on into the night, told once, stays one attack."""
from __future__ import annotations

from functools import partial

import reading

events = partial(reading.events, published="2026-03-15T09:10:00+03:00")

_TWICE_RU = ("Курскую область беспилотники атаковали дважды за сутки — вечером 14 марта и ночью, "
             "сообщил губернатор.\n\n"
             "Вечерняя атака пришлась на Льгов: около 20:30 дрон ударил по складу, ранен сторож.\n\n"
             "Ночью, по словам губернатора, беспилотники пытались атаковать Курчатов. "
             "Атака отражена, пострадавших нет.\n\n"
             "По данным Минобороны, за ночь над Курской областью уничтожены 23 украинских БПЛА.")
_TWICE_UK = ("Черкащину дрони атакували двічі: увечері 14 березня та вночі.\n\n"
             "Увечері уламки дрона пошкодили склад у Смілі.\n\n"
             "Вночі над областю сили ППО збили 11 ударних БпЛА, постраждалих немає.")


def test_an_evening_and_a_night_told_twice_are_two_attacks():
    by_date = {e.date: e for e in events(_TWICE_RU, outlet="Курский курьер")}
    assert sorted(by_date) == ["2026-03-14", "2026-03-15"]
    assert by_date["2026-03-15"].drones.destroyed == 23 and by_date["2026-03-14"].drones.destroyed is None
    assert (by_date["2026-03-15"].killed, by_date["2026-03-15"].injured) == (0, 0)
    assert by_date["2026-03-14"].injured == 1
    found = events(_TWICE_UK, outlet="Черкаський край")
    assert sorted(e.date for e in found) == ["2026-03-14", "2026-03-15"]


def test_an_evening_running_on_into_the_night_stays_one_attack():
    found = events("Курскую область беспилотники атаковали вечером 14 марта и ночью, сообщил губернатор.\n\n"
                   "Ночью над областью уничтожены 23 украинских БПЛА, пострадавших нет.",
                   outlet="Курский курьер")
    assert len(found) == 1
