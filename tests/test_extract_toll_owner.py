"""Whose toll a casualty figure is: a figure told on a third country's ground is not the toll of the
attack on another ("an explosion in a Polish village killed two" in a report of strikes on Ukraine),
and an initialism's full stops ("U.S.") do not end the toll's sentence. Each case is a realistic
report written for the test."""
from __future__ import annotations

import pytest

from strikewatch import extract


def events_of(text: str, published: str) -> list[dict]:
    return extract(text, published=published).to_dict()["events"]


@pytest.mark.parametrize("abroad", [
    "Hours later, an explosion struck a farm in a village in eastern Poland, killing two workers.",
    "Separately, a blast in a Romanian village near the border killed one man, officials said.",
])
def test_a_toll_on_a_third_countrys_ground_is_not_the_attacks(abroad):
    text = ("Russian missiles struck Lviv and Rivne on Tuesday, Ukrainian officials said. In Lviv, one "
            "person was killed when a missile hit a block of flats, Mayor Andriy Sadovyi said.\n\n" + abroad)
    ua = [e for e in events_of(text, "2025-11-18T20:00:00+02:00") if e["target_country"] == "UA"]
    assert [e["killed"] for e in ua] == [1]


def test_an_initialisms_full_stops_do_not_cut_a_toll():
    text = ("SANAA - The death toll from overnight U.S. air strikes on the port of Hodeidah has risen to 41, "
            "the Houthi-run health ministry said on Friday.\n\n"
            "Al-Masirah television had reported 12 dead in the early hours, then 29.")
    assert [e["killed"] for e in events_of(text, "2025-04-18T22:00:00+03:00")] == [41]
