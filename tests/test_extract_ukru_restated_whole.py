"""Ukrainian and Russian launched counts told again as the whole of what follows ("запустив 54 ударні БпЛА
Shahed; з п'ятдесяти чотирьох дронів п'ятдесят два знищено") are one figure, not two; a whole said as more
("Ще з 40 дронів, що летіли на Київ, ...") adds to it."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-12T09:40:00+03:00"

only = partial(reading.only, published=PUBLISHED)


def test_a_launched_count_restated_as_the_whole_is_one_figure():
    cases = [
        "Вночі ворог запустив 54 ударні БпЛА Shahed; з п'ятдесяти чотирьох дронів п'ятдесят два знищено.",
        "Ночью противник выпустил по области 54 ударных БПЛА «Шахед». Из пятидесяти четырех беспилотников "
        "сбиты 52.",
    ]
    for text in cases:
        event = only(text, outlet="X")
        assert (event.drones.launched, event.drones.destroyed) == (54, 52), text


def test_a_whole_said_as_more_adds_to_the_count_before():
    event = only("Вночі ворог запустив 40 дронів на Одещину. Ще з 40 дронів, що летіли на Київ, збито 35.",
                 outlet="X")
    assert event.drones.launched == 80
