"""Ukrainian and Russian tolls: a family of N ("загинула родина з чотирьох людей") is N people; one more
of the dead told in a later sentence ("Вранці знайшли тіло ще однієї людини") adds to the dead told before,
though the injured came between, unless the sentence tells of shelling ("Еще одна жертва — в результате
артобстрела") or the figure is of the injured, which a retelling may repeat."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-12T09:40:00+03:00"

only = partial(reading.only, published=PUBLISHED)


def test_a_family_of_n_is_n_people():
    cases = [
        ("Внаслідок нічної атаки на Львівщину загинула родина з чотирьох людей.", 4),
        ("В результате удара по Горловке погибла семья из трех человек.", 3),
        ("Уночі дрон влучив у будинок в Одесі, загинула сім'я з п'яти осіб.", 5),
    ]
    for text, killed in cases:
        assert only(text, outlet="X").killed == killed, text


def test_a_family_with_n_children_is_no_family_of_n():
    found = reading.events("Уночі дрон влучив у будинок у Харкові, загинула родина з двома дітьми.",
                           published=PUBLISHED, outlet="X")
    assert all(e.killed != 2 for e in found)


def test_of_them_after_the_dead_is_still_a_subset():
    event = only("Внаслідок атаки на Київ загинули 5 людей, з них двоє дітей.", outlet="КМВА")
    assert event.killed == 5


def test_one_more_of_the_dead_in_a_later_sentence_adds_to_them():
    cases = [
        ("Протягом ночі ворог атакував Запоріжжя. Загинула 1 людина, поранено 12. Вранці під завалами "
         "знайшли тіло ще однієї людини.", (2, 12)),
        ("Ночью дроны атаковали Херсон. Погиб один человек, ранены четверо. Утром из-под завалов достали "
         "тело еще одного человека.", (2, 4)),
    ]
    for text, tolls in cases:
        event = only(text, outlet="X")
        assert (event.killed, event.injured) == tolls, text


def test_more_dead_of_shelling_and_more_injured_retold_are_not_added():
    event = only("Ночью беспилотники атаковали Харьковщину. Погиб один человек, восемь ранены. Еще одна "
                 "жертва — в результате артобстрела.", outlet="X")
    assert event.killed == 1
    event = only("Ночью беспилотники атаковали Подмосковье. Три человека погибли и 18 получили ранения.\n\n"
                 "«К сожалению, погибли три человека. Еще 18 человек пострадали», — написал губернатор.",
                 outlet="X")
    assert (event.killed, event.injured) == (3, 18)


def test_the_injured_after_the_dead_in_the_next_sentence_are_not_more_dead():
    event = only("Вночі ворог атакував Київ. Загинули двоє. Ще 30 людей поранені.", outlet="КМВА")
    assert (event.killed, event.injured) == (2, 30)
