"""Roles of weapon counts from the dependency parse, on sentences as outlets write them."""
from __future__ import annotations

import pytest

from strikewatch.extract.roles import Parses, role_at


def role(sentence: str, figure: str, bare: bool = False) -> str | None:
    doc = Parses([sentence])[0]
    found = role_at(doc, sentence.index(figure), bare=bare)
    return found.role if found else None


@pytest.mark.parametrize("sentence, figure, expected", [
    ("Russia launched 400 drones at Ukraine overnight, with 72 drones breaching air defences.", "72", "hit"),
    ("Russia launched 400 drones at Ukraine overnight, with 72 drones breaching air defences.", "400", "launched"),
    ("A barrage of 11 missiles hit Kharkiv on Monday morning.", "11", "launched"),
    ("Kyiv came under an assault involving 40 drones and six missiles overnight.", "six", "launched"),
    ("Air defence units shot down 35 drones over the Kyiv region.", "35", "destroyed"),
    ("The apartment block was hit by two missiles shortly after midnight.", "two", "hit"),
])
def test_role_from_the_governing_word(sentence, figure, expected):
    assert role(sentence, figure) == expected


def test_a_bare_figure_needs_a_role_verb_of_its_own():
    sentence = "Of the 20 missiles fired at Lviv overnight, only seven landed, the governor said."
    assert role(sentence, "seven", bare=True) == "hit"
    assert role("The strike on 22 September killed two people.", "22", bare=True) is None


def test_only_sentences_with_a_figure_and_a_weapon_are_parsed():
    parses = Parses(["Talks resumed in Geneva.", "Two drones were shot down.", "Twelve people attended."])
    assert [parses[i] is not None for i in range(3)] == [False, True, False]
