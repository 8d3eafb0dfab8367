"""told.reports_attack and the events it drops: an event that carries only sides, a day or places is kept
only when a clause behind it reports that an attack happened. Sentences written for these tests."""
from __future__ import annotations

import pytest

from strikewatch import extract
from strikewatch.extract.told import reports_attack

PUBLISHED = "2025-03-08T09:00:00+02:00"


@pytest.mark.parametrize("sentence", [
    "Russian drones struck an apartment block in Odesa overnight.",
    "Explosions were heard in the city centre shortly after midnight.",
    "It was the first Israeli strike on the port since October.",
    "The army said it carried out a second night of strikes on the coast.",
    "Officials said Pakistan had attempted to hit airbases in four cities.",
    "Hours later, a missile slammed into a warehouse on the outskirts.",
    "The strikes came days after a raid on Friday killed a senior commander.",
    "Thursday, 6 March.",
    "A ballistic missile launched from the south set off sirens in the capital early on Friday.",
    # told live, while it happens
    "Rivne is under massive attack, the regional governor says, urging people to stay in shelters.",
    "Blasts rang out over Dnipro before dawn as air defence crews engaged drones nearing the city.",
])
def test_clauses_that_report_an_attack(sentence):
    assert reports_attack(sentence)


@pytest.mark.parametrize("sentence", [
    "The city marked the anniversary on Saturday, three years after the first missiles fell on it.",
    "Moscow said the curbs were imposed in response to Ukrainian strikes on its refineries in recent months.",
    "The ministry said the number of rockets used matched the number of shells the army had fired.",
    "Washington has authorised Kyiv to use the missiles against targets inside Russia.",
    "The first strikes are expected to focus on the border region.",
    "The accord covers drone attacks on shipping as well as air strikes on the capital.",
    "The ministry said that no military facilities were hit.",
    "Investigators identified the wreckage as a rocket fired by the militia.",
    "Villages along the border have lived under the threat of attack for two years.",
    "Sirens sounded across the eastern regions for most of the night.",
])
def test_clauses_that_report_none(sentence):
    assert not reports_attack(sentence)


def test_an_event_of_an_anniversary_alone_is_dropped():
    text = ("Kyiv marked the anniversary of the invasion on Monday, three years after Russian missiles fell "
            "on Kharkiv and Lviv. European leaders travelled to the capital for the ceremony.")
    assert extract(text, published=PUBLISHED).events == ()


def test_an_event_that_tells_only_its_places_is_kept_when_told():
    found = extract("Russian missiles hit Kharkiv and Lviv overnight, officials said.", published=PUBLISHED)
    assert [e.attacker for e in found.events] == ["RU"]
