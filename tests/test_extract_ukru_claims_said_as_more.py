"""A ministry's claim told as more weapons destroyed ("уничтожены еще три БПЛА") counts weapons, not what they
struck: a mayor's timestamped posts are one attack on his city, whichever post names no place."""
from __future__ import annotations

from functools import partial

import reading

events = partial(reading.events, published="2025-10-14T07:40:00+03:00")


def test_destroyed_more_in_a_post_naming_no_place_joins_the_night():
    text = ("Мэр Курска ночью публиковал сообщения об атаке беспилотников на город.\n\n"
            "01:15. «Над Курском сбиты два беспилотника».\n\n"
            "02:40. «Уничтожены еще четыре БПЛА, летевших на Курск».\n\n"
            "04:05. «ПВО Минобороны уничтожены еще три беспилотника. Всего за ночь над городом сбиты "
            "девять дронов».\n\n"
            "Обломки повредили крышу частного дома, пострадавших нет.")
    found = events(text, outlet="Курские вести")
    assert len(found) == 1, found
    assert found[0].attacker == "UA" and found[0].target_country == "RU"
    assert found[0].drones.destroyed == 9 and found[0].injured == 0

