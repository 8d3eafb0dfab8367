"""Record claims in Ukrainian and Russian: a Russian superlative in any case ("крупнейшей", "рекордную"),
whose dictionary form pymorphy3 gives as the positive; a superlative after "после"/"після" or "тогда"/"тоді"
is the earlier attack's record, a yardstick; and "this is the largest since <the earlier attack>, when ..."
is the record of the attack the article tells, not of the one it recalls (SPEC: records)."""
from __future__ import annotations

from functools import partial

import reading

events = partial(reading.events, published="2026-03-12T10:00:00+03:00")


def test_a_russian_superlative_in_an_oblique_case_is_a_record():
    found = events("Минобороны сообщило о крупнейшей с начала войны атаке беспилотников на Брянскую область: "
                   "ночью над регионом сбиты 212 дронов.", outlet="Вестник")
    assert [e.record for e in found] == [True]


def test_a_feminine_superlative_said_of_an_attack_is_a_record():
    found = events("В ночь на 12 марта над Курской областью сбиты 150 беспилотников. Это крупнейшая атака на "
                   "регион за всё время.", outlet="Вестник")
    assert [e.record for e in found] == [True]


def test_a_superlative_after_after_is_the_earlier_attacks():
    found = events("В ночь на 12 марта армия нанесла удар ракетами по Харькову, всего через три дня после "
                   "самой массированной ракетной атаки. Повреждены жилые дома.", outlet="Вестник")
    assert [e.record for e in found] == [False]


def test_then_a_record_is_the_recalled_attacks():
    found = events("В ночь на 12 марта армия выпустила по Одессе 60 дронов, повреждены жилые дома. Это не "
                   "первый налёт за месяц: в ночь на 2 марта было выпущено 400 дронов, в Одессе повреждена "
                   "школа, тогда это был рекорд.", outlet="Вестник")
    assert not any(e.record for e in found)


def test_this_the_largest_since_a_recalled_attack_is_the_record_of_the_attack_told():
    found = events("У ніч на 12 березня Росія атакувала Київ 300 дронами, пошкоджено житлові будинки.\n\n"
                   "Це найбільший удар по столиці від 3 лютого, коли через атаку на Оболонь загинули 12 "
                   "людей.", outlet="Київський вісник")
    assert sorted((e.date, e.record) for e in found) == [("2026-02-03", False), ("2026-03-12", True)]


def test_an_alert_of_hours_and_a_half():
    found = events("У ніч на 12 березня Росія атакувала Київ 40 дронами, пошкоджено житловий будинок. "
                   "Тривога в столиці тривала понад три з половиною години.", outlet="Київський вісник")
    assert [e.alert_hours for e in found] == [3.5]
