"""Ukrainian and Russian sentences that tell every night or day ("Кожна ніч, коли росія запускає сотні
дронів, ...", "Каждую ночь Россия запускает ...") tell what happens again and again: no attack and no
count of one; a sentence that also names its own night keeps it."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-12T09:40:00+03:00"

events = partial(reading.events, published=PUBLISHED)


def test_every_night_told_is_no_attack():
    for text in ["«Кожна ніч, коли росія запускає по наших містах сотні дронів, – це аргумент для рішень», – "
                 "заявив речник МЗС.",
                 "«Каждую ночь Россия запускает по Украине сотни дронов», — сказал министр на встрече с "
                 "партнерами.",
                 "Посол нагадав, що кожного дня ворог атакує 50 дронами енергетику України."]:
        assert events(text, outlet="X") == (), text


def test_a_sentence_naming_its_own_night_beside_every_day_keeps_it():
    found = events("Кожен день ворог атакує Херсон з артилерії, а вночі 12 жовтня росіяни запустили по місту "
                   "30 дронів.", outlet="Херсонська ОВА")
    assert [(e.date, e.drones.launched) for e in found] == [("2025-10-12", 30)]


def test_a_night_told_after_a_habitual_quote_is_still_read():
    found = events("Вночі росія запустила 120 дронів, збито 100. «Кожна ніч, коли росія запускає сотні "
                   "дронів, — це аргумент для рішень», — заявив речник МЗС.", outlet="X")
    assert [(e.drones.launched, e.drones.destroyed) for e in found] == [(120, 100)]
