"""A village named after "деревня" or "село" is spelled from the reading pymorphy's dictionary knows as a
place, before likelier guesses of a word it lacks
("в деревне Рыжевке" is Рыжевка, not a form of "рыжевок")."""
from __future__ import annotations

from functools import partial

import reading

events = partial(reading.events, published="2025-09-25T10:00:00+03:00")


def test_a_village_the_dictionary_knows_is_spelled_as_the_place():
    for text in ("Ночью дрон атаковал легковой автомобиль в деревне Рыжевка, ранен водитель.",
                 "Ночью дрон атаковал легковой автомобиль в деревне Рыжевке, ранен водитель."):
        (event,) = events(text, outlet="Курские новости")
        assert "Ryzhevka" in event.places
