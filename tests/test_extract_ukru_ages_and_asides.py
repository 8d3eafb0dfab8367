"""A governor's post names the people hurt with their age after them ("Женщина 58 лет получила осколочные
ранения", "мужчина 1978 года рождения погиб"): the age is passed as the noun's modifiers are, so the person
is counted, one each when several are joined ("Мужчина 45 лет и женщина 40 лет получили ранения": two). An
aside between a pair of dashes is passed like one between commas ("Еще двое жителей – женщина и подросток
– получили ранения": two), and a figure after the casualty word is sought past such an aside ("Число
раненых, по его словам, превысило 40")."""
from __future__ import annotations

from functools import partial

import reading

only = partial(reading.only, published="2026-03-10T09:00:00+03:00")


def test_one_person_told_with_the_age_after_her():
    found = only("Ночью беспилотники атаковали Воронеж. Женщина 63 лет получила осколочные ранения, её "
                 "госпитализировали. Погибших нет.", outlet="Воронежский курьер")
    assert (found.killed, found.injured) == (0, 1)


def test_a_man_told_with_his_year_of_birth():
    found = only("Ночью дрон атаковал Грайворон. Мужчина 1968 года рождения погиб на месте.",
                 outlet="Белгородский курьер")
    assert found.killed == 1


def test_two_people_each_told_with_an_age():
    found = only("Ночью дрон атаковал Шебекино. Мужчина 47 лет и женщина 44 лет получили ранения, их "
                 "доставили в больницу.", outlet="Белгородский курьер")
    assert found.injured == 2


def test_a_figure_before_an_aside_between_dashes():
    found = only("Ночью дрон ударил по жилому дому в Шебекино, погиб мирный житель. Еще двое жителей – "
                 "мужчина и подросток – получили ранения.", outlet="Белгородский курьер")
    assert (found.killed, found.injured) == (1, 2)



def test_a_figure_after_the_verb_past_an_aside():
    found = only("Ночью ракеты ударили по центру Одессы. Число раненых, по словам главы администрации, "
                 "превысило 30.", outlet="Одесский курьер")
    assert found.injured == 30
