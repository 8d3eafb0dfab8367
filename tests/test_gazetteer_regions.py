"""Which region a place is or lies in, from the bundled region table."""

from __future__ import annotations

import pytest

from strikewatch.gazetteer import region_of


@pytest.mark.parametrize("place, region", [
    ("Belgorod Oblast", "belgorod"),
    ("Kursk Oblast", "kursk"),
    ("Bryansk Oblast", "bryansk"),
    ("Rostov Oblast", "rostov"),
    ("Kharkiv Oblast", "kharkiv"),
    ("Sumy Oblast", "sumy"),
])
def test_a_region_named_after_its_city_is_itself(place, region):
    assert region_of(place) == region


@pytest.mark.parametrize("town, region", [
    ("Shebekino", "belgorod"),   # a Russian border town, a few kilometres from Kharkiv Oblast
    ("Kharkiv", "kharkiv"),
    ("Kursk", "kursk"),
    ("Sumy", "sumy"),
    ("Lutsk", "volyn"),
])
def test_a_border_town_lies_in_its_own_countrys_region(town, region):
    assert region_of(town) == region


def test_a_place_the_gazetteer_cannot_place_has_no_region():
    assert region_of("Nowhereville") is None
