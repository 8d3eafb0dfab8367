"""Ukrainian and Russian figures after two joined verbs of role ("з яких збито або подавлено 203", "из
которых сбиты или подавлены 203") are those verbs' own: the whole before them keeps its launch."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-12T09:40:00+03:00"

only = partial(reading.only, published=PUBLISHED)


def test_a_figure_after_two_joined_verbs_is_theirs():
    cases = [
        "Вночі ворог атакував Україну: 236 дронів, з яких збито або подавлено 203.",
        "Ночью противник атаковал Украину: 236 беспилотников, из которых сбиты или подавлены 203.",
        "Вночі ворог атакував Україну: 236 дронів, з них збито та подавлено 203.",
    ]
    for text in cases:
        event = only(text, outlet="X")
        assert (event.drones.launched, event.drones.destroyed) == (236, 203), text


def test_a_verb_followed_by_another_word_still_counts_the_figure_before():
    event = only("Вночі над областю збито або подавлено 45 дронів, ще два влучили в склад.", outlet="X")
    assert event.drones.destroyed == 45
