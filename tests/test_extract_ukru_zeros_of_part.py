"""Ukrainian and Russian zeros said of one region of an attack on several: a governor's "пострадавших
нет" after the ministry's per-region list is no zero of the whole attack's toll; a zero said of the whole,
or of the one region attacked, still is."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-12T09:40:00+03:00"

only = partial(reading.only, published=PUBLISHED)

_LIST_RU = ("Ночью дежурными средствами ПВО перехвачены и уничтожены 37 украинских беспилотников: 15 — над "
            "территорией Брянской области, 12 — над территорией Курской области, 10 — над территорией "
            "Воронежской области.\n\n")
_LIST_UK = ("У ніч на 12 жовтня противник атакував Україну 120 ударними БпЛА. Під ударом були Сумщина, "
            "Полтавщина та Одещина.\n\n")


def test_a_governors_zero_after_a_list_of_regions_is_of_his_region_only():
    for post in ("Губернатор Воронежской области сообщил, что пострадавших нет.",
                 "Губернатор Брянской области написал, что обошлось без пострадавших.",
                 "Глава Курской области уточнил, что погибших и раненых нет.",
                 "В Лискинском районе Воронежской области повреждена кровля дома, пострадавших нет."):
        event = only(_LIST_RU + post, outlet="РИА Черноземье")
        assert (event.killed, event.injured) == (None, None), post
        assert event.drones.destroyed == 37


def test_an_oblast_heads_zero_after_a_night_over_several_oblasts_is_of_his_oblast_only():
    for post in ("Голова Сумської ОВА повідомив, що постраждалих немає.",
                 "На Полтавщині пошкоджено склад, загиблих і поранених немає.",
                 "В Одесі уламки впали на дах будинку; постраждалих, за словами голови ОВА, немає."):
        event = only(_LIST_UK + post, outlet="Суспільне")
        assert (event.killed, event.injured) == (None, None), post


def test_a_zero_of_the_whole_attack_stands():
    for post in ("По предварительным данным, пострадавших нет.", "Пострадавших и разрушений нет."):
        event = only(_LIST_RU + post, outlet="РИА Черноземье")
        assert (event.killed, event.injured) == (0, 0), post
    event = only(_LIST_UK + "За попередніми даними, загиблих і поранених немає.", outlet="Суспільне")
    assert (event.killed, event.injured) == (0, 0)


def test_a_zero_of_the_one_region_attacked_stands():
    event = only("Ночью беспилотники атаковали Брянскую область, над регионом сбиты 8 БПЛА. Губернатор "
                 "Брянской области сообщил, что пострадавших нет.", outlet="Брянск.Новости")
    assert (event.killed, event.injured) == (0, 0)
    event = only("Вночі ворог атакував Полтаву дронами, пошкоджено склад. Голова Полтавської ОВА повідомив, "
                 "що постраждалих немає.", outlet="Полтавська ОВА")
    assert (event.killed, event.injured) == (0, 0)


def test_a_zero_in_a_sentence_of_its_own_is_of_the_place_the_sentence_before_names():
    for post in ("В Курской области обломки беспилотника упали на поле у села, сообщил губернатор. "
                 "Пострадавших нет, пожара не возникло.",
                 "В Лискинском районе Воронежской области осколками посечен забор. "
                 "«Погибших и раненых нет», — написал губернатор."):
        event = only(_LIST_RU + post, outlet="РИА Черноземье")
        assert (event.killed, event.injured) == (None, None), post
    event = only(_LIST_UK + "На Сумщині уламки пошкодили стіну складу. Попередньо, постраждалих немає.",
                 outlet="Суспільне")
    assert (event.killed, event.injured) == (None, None)


def test_a_zero_the_offices_of_every_region_give_stands_after_a_sentence_naming_some():
    event = only(_LIST_UK + "На Полтавщині та в Одесі пошкоджено енергетичні об'єкти. За даними обласних "
                 "адміністрацій, загиблих і поранених немає.", outlet="Суспільне")
    assert (event.killed, event.injured) == (0, 0)
