"""A weapon told as "one more" of those a local story gave no number for ("Ещё один беспилотник ударил по
котельной") is no count of those launched; told alone ("Один беспилотник ударил ...") it is one."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-20T12:00:00+03:00"

only = partial(reading.only, published=PUBLISHED)


def test_one_more_drone_after_drones_told_without_a_number_is_no_launched_count():
    text = ("Утром 20 октября ВСУ атаковали беспилотниками Рыльск, сообщил губернатор Курской области. "
            "Повреждены два жилых дома, ранены двое мирных жителей. {} беспилотник ударил по зданию школы, "
            "выбиты окна.")
    assert only(text.format("Ещё один"), outlet="Курский вестник").drones.launched is None
    assert only(text.format("Один"), outlet="Курский вестник").drones.launched == 1
    event = only("Уранці 20 жовтня російські дрони атакували Херсон, поранено трьох людей. Пошкоджено "
                 "багатоквартирний будинок. Ще один дрон атакував автобус на зупинці.",
                 outlet="Херсонські новини")
    assert event.drones.launched is None
