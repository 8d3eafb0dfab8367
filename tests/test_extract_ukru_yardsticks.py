"""An earlier record an attack is measured by ("попередній рекорд було встановлено в ніч на 9 липня, коли
окупанти випустили 728 дронів, більшість — по Луцьку") is a comparison of magnitude, not an event, even
told with where it was aimed; told with what it hit or whom it killed, it is an attack of its own (SPEC)."""
from __future__ import annotations

from functools import partial

import reading

events = partial(reading.events, published="2026-09-07T10:00:00+03:00")


def test_the_previous_record_told_with_where_it_was_aimed_is_a_yardstick():
    found = events("У ніч на 7 вересня Росія випустила по Україні 810 дронів — це рекорд. У Києві пошкоджено "
                   "житловий будинок.\n\nНагадаємо, попередній рекорд було встановлено в ніч на 9 липня, "
                   "коли окупанти випустили 700 дронів, більшість із яких — по Рівному.",
                   outlet="Київський вісник")
    assert [e.drones.launched for e in found] == [810]


def test_the_previous_record_told_with_what_it_hit_is_an_attack():
    found = events("У ніч на 7 вересня Росія випустила по Україні 810 дронів — це рекорд. У Києві пошкоджено "
                   "житловий будинок.\n\nНагадаємо, попередній рекорд було встановлено в ніч на 9 липня, "
                   "коли окупанти випустили 700 дронів по Рівному, де пошкоджено завод і загинули двоє "
                   "людей.",
                   outlet="Київський вісник")
    assert sorted(e.drones.launched for e in found) == [700, 810]


def test_the_previous_record_is_not_a_record_of_the_attack_it_was_set_by():
    found = events("У ніч на 7 вересня Росія випустила по Україні 810 дронів. У Києві пошкоджено житловий "
                   "будинок.\n\nПопередній рекорд тримався з ночі на 9 липня, коли окупанти випустили 700 "
                   "дронів по Рівному, де пошкоджено завод і загинули двоє людей.",
                   outlet="Київський вісник")
    assert [(e.drones.launched, e.record) for e in sorted(found, key=lambda e: e.drones.launched)] == \
        [(700, False), (810, False)]


def test_a_superlative_of_a_night_or_a_strike_over_a_span_is_a_record():
    found = events("У ніч на 7 вересня Росія атакувала Одесу 90 дронами, пошкоджено склад. Найпотужнішим "
                   "ударом за літо стала саме ця атака.", outlet="Київський вісник")
    assert [e.record for e in found] == [True]
    found = events("В ночь на 7 сентября Россия атаковала Одессу 90 дронами, поврежден склад. Самой тяжелой "
                   "за месяц стала именно эта ночь.", outlet="Медуза")
    assert [e.record for e in found] == [True]
