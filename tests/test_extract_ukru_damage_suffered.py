"""Ukrainian and Russian damage told by a verb of suffering whose subject is the thing damaged
("постраждали магазини", "пострадал собор"), never the people who suffered nor the help they were given
("медицинская помощь оказана на месте"), and the lexicons' words for shops, post offices, farms, homes and
a government's buildings."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-14T12:00:00+03:00"

events = partial(reading.events, published=PUBLISHED)


def test_things_that_suffered_are_damaged():
    text = ("У ніч на 14 жовтня росіяни вдарили ракетами по Одесі. Постраждали також аптека, кав'ярня та "
            "припарковані автівки.")
    (event,) = events(text, outlet="Новини півдня")
    assert {"commercial", "vehicles"} <= set(event.damage)
    text = ("Ночью российская ракета попала в центр Днепра. Пострадали торговый центр и школа, "
            "ранены четверо.")
    (event,) = events(text, outlet="Новости Приднепровья")
    assert {"commercial", "education"} <= set(event.damage)


def test_people_who_suffered_and_help_given_name_no_damage():
    text = ("Ночью беспилотник атаковал Белгород. Пострадал один человек, медицинская помощь оказана на "
            "месте. Пострадавший доставлен в областную больницу.")
    (event,) = events(text, outlet="Белгородские вести")
    assert "medical" not in event.damage
    text = ("Уночі дрон атакував Суми. Постраждала жінка, їй надали медичну допомогу на місці.")
    (event,) = events(text, outlet="Сумщина сьогодні")
    assert "medical" not in event.damage


def test_shops_farms_homes_and_government_buildings_are_in_the_lexicons():
    text = ("Уночі дрони атакували Київщину. Уламки пошкодили гіпермаркет, відділення пошти та фермерське "
            "господарство, а також газогін.")
    (event,) = events(text, outlet="Київщина онлайн")
    assert {"commercial", "energy"} <= set(event.damage)
    text = ("Ночью ракетный удар пришелся по Киеву: повреждено здание правительства, жилье нескольких семей "
            "разрушено.")
    (event,) = events(text, outlet="Столичные новости")
    assert {"government", "residential"} <= set(event.damage)
