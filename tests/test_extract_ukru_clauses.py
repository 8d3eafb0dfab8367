"""Ukrainian and Russian figures read by their clause: the minutes of a clock time are no count, a count
said to stay in the air to the end of its clause is no figure, and a region's total closes the towns'
tolls updated one by one."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2026-02-11T09:40:00+02:00"

only = partial(reading.only, published=PUBLISHED)


def test_the_minutes_of_a_clock_time_are_no_count():
    event = only("Вночі ворог атакував Полтаву. Близько 03:25 дрон влучив у склад на околиці міста. "
                 "Оновлено (07:50): поранено двох працівників.", outlet="Полтавська ОВА")
    assert (event.drones.hit, event.injured) == (None, 2)


def test_drones_still_in_the_air_at_the_end_of_the_clause_are_no_figure():
    event = only("У ніч на 11 лютого ворог атакував Україну 90 ударними БпЛА. Збито 71 дрон. Ще три дрони на "
                 "момент публікації залишалися у повітрі.", outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.drones.destroyed) == (90, 71)
    event = only("Ночью армия РФ запустила по Украине 90 беспилотников, сбиты 71. Еще три дрона к утру "
                 "оставались в воздухе.", outlet="Медиазона")
    assert (event.drones.launched, event.drones.destroyed) == (90, 71)


def test_a_regions_total_closes_the_towns_tolls_updated_one_by_one():
    event = only("Вночі ворог атакував Полтавщину дронами.\n\n"
                 "Полтава. Поранено жінку 52 років.\n"
                 "Кременчук. Травмовано двох чоловіків.\n\n"
                 "Оновлено: у Полтаві ще один поранений, у Кременчуці постраждали троє.\n\n"
                 "Загалом на Полтавщині поранено четверо людей.", outlet="Полтавська ОВА")
    assert event.injured == 4
