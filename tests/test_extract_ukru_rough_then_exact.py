"""Ukrainian and Russian rough counts given exactly after a dash, over several places ("о почти полутора
сотнях сбитых беспилотников – 144 над девятью регионами"): the exact figure wins; a figure over one place
after the dash ("около 50 беспилотников — 47 над Курской областью") is a part and leaves the rough one."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-12T09:40:00+03:00"

only = partial(reading.only, published=PUBLISHED)


def test_a_rough_count_given_exactly_after_a_dash_is_the_exact_figure():
    cases = [
        ("Минобороны отчиталось о почти полутора сотнях сбитых за ночь беспилотников – 144 над девятью "
         "регионами.", 144),
        ("Вночі ППО збила близько сотні дронів — 97 над шістьма областями.", 97),
    ]
    for text, destroyed in cases:
        assert only(text, outlet="X").drones.destroyed == destroyed, text


def test_a_figure_over_one_place_after_the_dash_is_a_part():
    event = only("Ночью ПВО сбила около 50 беспилотников — 47 над Курской областью, остальные над Брянской.",
                 outlet="X")
    assert event.drones.destroyed == 50
