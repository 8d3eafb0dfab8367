"""Ukrainian and Russian injured told by a pronoun after "у" ("За рулем был мужчина 51 года – у него
осколочные ранения"): one person, unless a casualty word before it already counted him ("ранена местная
жительница, у нее минно-взрывная травма")."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-12T09:40:00+03:00"

only = partial(reading.only, published=PUBLISHED)


def test_wounds_a_person_has_are_one_injured():
    cases = [
        "Ночью дрон атаковал автомобиль в Шебекине. За рулем был мужчина 51 года – у него осколочные "
        "ранения.",
        "Вночі дрон атакував авто у Херсоні, водієві 40 років, у нього осколкові поранення.",
    ]
    for text in cases:
        assert only(text, outlet="X").injured == 1, text


def test_wounds_of_a_person_already_counted_add_no_one():
    for text in ["Ночью дрон атаковал Белгород, ранены двое местных жителей, у одного минно-взрывная травма.",
                 "Вночі дрон атакував Суми, поранено двох людей, у неї осколкове поранення."]:
        assert only(text, outlet="X").injured == 2, text


def test_a_pronoun_of_a_thing_damaged_is_no_one():
    assert only("Ночью дрон атаковал Курск, у него были повреждены крылья.", outlet="X").injured is None
