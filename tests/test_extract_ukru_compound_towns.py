"""A hyphenated town name is found in every case: the analyser reads only a hyphenated word's last part, so
each part is put in its own dictionary form ("в Каменске-Шахтинском" -> Каменск-Шахтинский), and after a
linking word the parts keep their case ("в Славянске-на-Кубани" -> Славянск-на-Кубани). A district named
by such a town stays a district."""
from __future__ import annotations

from functools import partial

import reading

only = partial(reading.only, published="2026-03-10T09:00:00+03:00")


def test_a_compound_name_with_an_adjective_in_its_last_part():
    found = only("Ночью беспилотники атаковали Ростовскую область. В Каменске-Шахтинском обломки упали на "
                 "территорию склада, пострадавших нет, сообщил губернатор.", outlet="Донской курьер")
    assert "Kamensk-Shakhtinsky" in found.places


def test_a_compound_name_linked_by_a_preposition():
    found = only("Ночью беспилотники атаковали Краснодарский край. В Славянске-на-Кубани обломки повредили "
                 "крышу жилого дома.", outlet="Кубанский курьер")
    assert "Slavyansk-na-Kubani" in found.places
    assert not any(p.startswith("Slavyanske") for p in found.places)


def test_a_district_named_by_a_compound_town_is_no_town():
    found = only("У ніч на 10 березня ворог атакував Одещину ударними дронами. У Білгород-Дністровському "
                 "районі пошкоджено склад, постраждалих немає.", outlet="Одеський кур'єр")
    assert "Bilhorod-Dnistrovskyi" not in found.places
