"""Ukrainian and Russian lists of weapons destroyed region by region, "N — над X": after a heading that names
the weapon with no number ("уничтожены беспилотники: 12 — над ...") the items are summed; after a count in
the same sentence ("Еще пять сбиты над Белгородской, три — над Брянской") they add to it; after a total
("45 беспилотников: 20 — над ...", "144 БПЛА, из них 20 — над ...") they are its parts. An item whose
region's head noun an item before told ("— 21 — над Белгородской;") names that region, and so does a
sentence that breaks down the count before it by place ("Больше всего – 46 – над ...")."""
from __future__ import annotations

from functools import partial

import pytest

import reading

PUBLISHED = "2025-10-12T09:40:00+03:00"

only = partial(reading.only, published=PUBLISHED)


def test_items_after_a_heading_with_no_number_are_summed():
    cases = [
        ("Дежурными средствами ПВО уничтожены беспилотники: 12 — над территорией Белгородской области, 8 — "
         "над территорией Воронежской области, 5 — над территорией Московского региона.", 25),
        ("Ночью перехвачены и уничтожены украинские БПЛА: 7 — над Курской областью, 4 — над Брянской.", 11),
        ("Протягом ночі над регіонами збито ворожі дрони: 9 — над Сумщиною, 6 — над Полтавщиною, 3 — над "
         "Черкащиною.", 18),
    ]
    for text, destroyed in cases:
        event = only(text, outlet="Минобороны")
        assert event.drones.destroyed == destroyed, text


def test_items_after_a_count_in_the_same_sentence_add_to_it():
    event = only("Ночью над Курской областью уничтожены семь беспилотников. Еще пять сбиты над Белгородской "
                 "областью, три — над Брянской.", outlet="РИА Черноземье")
    assert event.drones.destroyed == 15
    event = only("Над Брянской областью сбиты 10 беспилотников, четыре — над Калужской.",
                 outlet="Брянск.Новости")
    assert event.drones.destroyed == 14


def test_items_after_a_total_are_its_parts():
    cases = [
        "Дежурными средствами ПВО уничтожены 45 украинских беспилотников: 20 — над территорией Брянской "
        "области, 15 — над территорией Курской области, 10 — над территорией Орловской области.",
        "За ночь над регионами России уничтожены 45 украинских беспилотников, из них 20 — над Брянской "
        "областью, 15 — над Курской.",
        "Всего за ночь перехвачены и уничтожены 45 БПЛА, в том числе 30 — над Московской областью.",
    ]
    for text in cases:
        event = only(text, outlet="Минобороны")
        assert event.drones.destroyed == 45, text


def test_a_heading_with_no_weapon_gives_its_items_nothing():
    event = only("Ночью ВСУ атаковали Белгородскую область. Пострадали жители сел: 2 — в Шебекине, 1 — в "
                 "Грайвороне.", outlet="Белгородские новости")
    assert event.drones.destroyed is None


@pytest.mark.parametrize(("text", "outlet", "whole"), [
    ("Ночью средства ПВО сбили над Брянской областью 42 беспилотника, а всего над семью регионами – 118.",
     "Северный вестник", 118),
    ("Уночі над Сумщиною знешкоджено 17 ударних дронів, а загалом над п'ятьма областями – 64.",
     "Сіверський кур'єр", 64),
])
def test_a_total_over_several_regions_after_one_regions_count_is_the_whole(text, outlet, whole):
    assert only(text, outlet=outlet).drones.destroyed == whole


def test_more_over_one_region_after_a_whole_over_the_regions_is_its_part():
    # "всего над регионами страны уничтожены N": the whole over regions it does not count; "Ещё M ... над X"
    # told next is one of those regions, no more of it
    cases = [
        ("Всего над регионами страны за ночь уничтожены 90 украинских БПЛА. Ещё 30 беспилотников сбиты над "
         "Тверской областью, 12 — над Смоленской.", 90),
        ("Загалом над регіонами країни за ніч знищено 80 безпілотників. Ще 25 дронів збито над Калузькою "
         "областю.", 80),
    ]
    for text, destroyed in cases:
        event = only(text, outlet="Минобороны")
        assert event.drones.destroyed == destroyed, text


def test_a_regions_adjective_whose_head_noun_an_item_before_told_is_the_region():
    event = only("Ночью силы ПВО перехватили 97 украинских беспилотников над регионами России, сообщило "
                 "Министерство обороны.\n\nПо сводке ведомства, беспилотники уничтожены:\n— 50 — над "
                 "Брянской областью;\n— 21 — над Белгородской;\n— по девять — над Смоленской и Тверской;\n"
                 "— 8 — над Краснодарским краем;\n— 4 — над Ставропольским.", outlet="Вести регионов")
    assert set(event.places) == {"Bryansk Oblast", "Belgorod Oblast", "Smolensk Oblast", "Tver Oblast",
                                 "Krasnodar Krai", "Stavropol Krai"}
    event = only("Ночью беспилотники атаковали Белгород, осколки повредили здание у Белгородской ТЭЦ.",
                 outlet="Вести регионов")
    assert "Belgorod Oblast" not in event.places  # a noun after the adjective: no head left out


def test_a_sentence_breaking_down_the_count_before_it_by_place_names_the_places():
    event = only("Этой ночью средства ПВО сбили 83 беспилотника над девятью регионами. Больше всего – 31 – "
                 "над Смоленской областью, 17 – над Тверской.", outlet="Вести регионов")
    assert event.drones.destroyed == 83
    assert set(event.places) == {"Smolensk Oblast", "Tver Oblast"}
