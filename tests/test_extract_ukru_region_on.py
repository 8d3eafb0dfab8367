"""Ukrainian names a region by its centre after "на", in the locative ("на Запоріжжі" is Zaporizhzhia Oblast),
and the town after "у"/"в" ("у Запоріжжі"); the accusative of a heading ("курсом на Запоріжжя") is no
region."""
from __future__ import annotations

from functools import partial

import reading

only = partial(reading.only, published="2026-03-10T09:00:00+02:00")


def test_a_centre_after_na_in_the_locative_is_its_region():
    event = only("Уночі ворог атакував південь ударними дронами. На Запоріжжі, за словами голови ОВА, "
                 "поранено двох людей, пошкоджено приватні будинки.", outlet="Південний вісник")
    assert event.places == ("Zaporizhzhia Oblast",)


def test_a_centre_after_u_is_the_town():
    event = only("Уночі ворог атакував південь ударними дронами. У Запоріжжі, за словами голови ОВА, "
                 "поранено двох людей, пошкоджено приватні будинки.", outlet="Південний вісник")
    assert event.places == ("Zaporizhzhia",)
