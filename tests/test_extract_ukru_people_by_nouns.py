"""Ukrainian and Russian injured told by their nouns as the subject of one verb in the plural ("68-летняя
женщина и 62-летний мужчина получили ранения": two), each person with its age and modifiers; a person
right after another verb is that verb's ("погибла женщина, мужчина и ребенок получили ранения")."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-12T09:40:00+03:00"

only = partial(reading.only, published=PUBLISHED)


def test_people_joined_as_the_subject_of_a_plural_verb_are_counted():
    cases = [
        ("Ночью беспилотник атаковал автомобиль в Шебекине, 68-летняя женщина и 62-летний мужчина получили "
         "ранения.", 2),
        ("Уночі дрон влучив у будинок у Херсоні: чоловік, жінка та їхній син отримали поранення.", 3),
        ("Ночью дрон атаковал Курск. Водитель и пассажир получили ранения, их госпитализировали.", 2),
    ]
    for text, injured in cases:
        assert only(text, outlet="X").injured == injured, text


def test_a_person_after_another_verb_is_that_verbs():
    event = only("Ночью дрон атаковал Курск: погибла женщина, мужчина и ребенок получили ранения.",
                 outlet="X")
    assert (event.killed, event.injured) == (1, 2)


def test_one_person_with_a_verb_in_the_singular_is_one():
    event = only("Вночі дрон атакував Суми, жінка та її сусіди не постраждали, чоловік отримав поранення.",
                 outlet="X")
    assert event.injured == 1


def test_a_person_told_who_he_is_in_an_aside_before_the_verb_is_one():
    cases = [
        "Днем дрон ударил по грузовику под Суджей. Водитель, мужчина 1969 года рождения, получил тяжелые "
        "ранения.",
        "Вдень дрон влучив у вантажівку під Охтиркою. Водій, чоловік 57 років, отримав осколкові поранення.",
    ]
    for text in cases:
        assert only(text, outlet="X").injured == 1, text
