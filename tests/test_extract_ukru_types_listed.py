"""Models named with no number of their own after a count of their kind that opens their list ("11 ракет –
балістичні Іскандер-М, Іскандер-К та «Кинджал»", "32 ракети, серед яких крилаті Х-101 та «Калібр»") are the
count's types: the count stands, none of them is one more; a model listed alone beside other counts is
still one ("15 «шахедів» та «Іскандер-М»")."""
from __future__ import annotations

from functools import partial

import reading

only = partial(reading.only, published="2026-03-10T09:00:00+02:00")


def test_types_after_a_dash():
    event = only("У ніч на 10 березня ворог застосував 210 ударних БпЛА і 9 ракет – балістичні Іскандер-М, "
                 "Іскандер-К та «Кинджал». У Львові пошкоджено склад.", outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.missiles.launched) == (210, 9)


def test_types_after_among_them():
    event = only("Цієї ночі росіяни запустили по Україні 300 ударних дронів і 25 ракет, серед яких "
                 "крилаті Х-101 та «Калібр». У Рівному пошкоджено підстанцію.", outlet="Рівненський вісник")
    assert event.missiles.launched == 25
    event = only("Этой ночью Россия выпустила по Украине 300 дронов и 25 ракет, среди которых "
                 "крылатые Х-101 и «Калибр». В Ровно повреждена подстанция.", outlet="Новости Ровно")
    assert event.missiles.launched == 25


def test_a_model_listed_alone_beside_counts_is_one():
    event = only("У ніч на 10 березня ворог атакував 15 «шахедами» та «Іскандером-М». У Сумах пошкоджено "
                 "будинок.", outlet="Сумська ОВА")
    assert (event.drones.launched, event.missiles.launched) == (15, 1)


def test_types_after_the_types_they_are_of():
    event = only("Вночі ворог застосував 150 ударних БпЛА і 14 ракет різних типів – «Іскандер-М», Х-101 та "
                 "«Калібр». У Житомирі пошкоджено котельню.", outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.missiles.launched) == (150, 14)
    event = only("Ночью противник выпустил 150 беспилотников и 14 ракет разных типов – «Искандер-М», Х-101 и "
                 "«Калибр». В Житомире повреждена котельная.", outlet="Новости Житомира")
    assert event.missiles.launched == 14


def test_one_number_before_two_coded_models_counts_both():
    event = only("Вночі ворог випустив 12 крилатих ракет Х-101, шість Х-22 та Х-32 і дві Х-59. У Києві "
                 "пошкоджено склад.", outlet="Повітряні сили ЗСУ")
    assert event.missiles.launched == 20


def test_a_russian_text_spelling_the_kinzhal_as_ukraine_does_lists_it_among_the_missiles():
    event = reading.only("Ночью враг атаковал Украину 210 ударными БпЛА и 24 ракетами — четырьмя "
                         "«Кинджалами» и 20 крылатыми ракетами «Калибр». Сбиты 190 дронов и 19 ракет. "
                         "Во Львове повреждены склады.", published="2025-11-20T10:00:00+02:00", outlet="X")
    assert (event.missiles.launched, event.missiles.destroyed) == (24, 19)
