"""Casualty tolls by class of wording: a count the report sets aside for a later one, and a zero told as "no
one was hurt". One realistic report each, with the figures a reader would copy from it."""
from __future__ import annotations

import pytest

from strikewatch import extract

SUNDAY = "2025-07-06T10:00:00+03:00"


def only_event(text: str, published: str | None = SUNDAY) -> dict:
    events = extract(text, published=published).to_dict()["events"]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("text, killed, injured", [
    # a first count, higher than the one that replaced it
    ("Israeli jets struck the port of Hodeidah on Monday. Houthi-run Al-Masirah TV first reported three dead "
     "and 45 wounded; by Tuesday its health ministry said five had been killed and 38 injured.", 5, 38),
    # a provisional toll told after the current one
    ("A Russian missile hit a school in Kharkiv on Friday, killing two people and injuring 21, the regional "
     "governor said. On Friday night he had given a provisional toll of two killed and 24 injured.", 2, 21),
    # "up from an earlier figure of ...": the earlier figure is not the toll, whichever is larger
    ("Russian drones struck Odesa overnight. Officials said 14 people had been injured, down from an earlier "
     "figure of 17 as some of those taken to hospital turned out to be unhurt.", None, 14),
    # a first count past which the report says "but": the later figure is not set aside
    ("A Russian missile hit a market in Kostiantynivka on Monday. The town council initially reported 30 "
     "people killed, but said in the evening that the number of dead had risen to 41.", 41, None),
])
def test_a_count_set_aside_gives_way_to_the_later_one(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("A Ukrainian drone hit an oil depot in the Bryansk region overnight and started a fire, the governor "
     "said. No one was hurt.", 0, 0),
    ("Russian drones struck a warehouse in the port of Izmail overnight; no-one was hurt, the regional "
     "administration said.", 0, 0),
    # "no one was injured" says nothing of the dead
    ("Russian drones struck a warehouse in the port of Izmail overnight; no one was injured, the regional "
     "administration said.", None, 0),
    # a place's "no one was hurt" beside injured counted elsewhere in the attack: no zero for the dead
    ("Russian drones struck Kharkiv overnight, injuring four people, the mayor said. In Odesa, a drone hit a "
     "warehouse; no one was hurt there.", None, 4),
])
def test_no_one_hurt_is_no_one_killed_either(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)
