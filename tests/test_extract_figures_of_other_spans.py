"""Figures that count over more than the night being told: a toll over days or a month, a pair of figures
whose first half names its span, a recap of a week's weapons. None of them is the attack's own; one
realistic report each, with the figures a reader would copy from it."""
from __future__ import annotations

import pytest

from strikewatch import extract

SUNDAY = "2025-07-06T10:00:00+03:00"
NIGHT = "Russian drones struck Kharkiv overnight, killing two people. "
NIGHT_COUNTED = ("Russia attacked Ukraine overnight with 120 drones, the air force said, and 98 were shot "
                 "down. ")


def only_event(text: str, published: str | None = SUNDAY) -> dict:
    events = extract(text, published=published).to_dict()["events"]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("text, killed, injured", [
    # a span opened by a dated night, told after both halves of the pair
    (NIGHT + "The regional governor said 40 civilians had been killed and 121 injured in Russian attacks on "
     "the region since the night of June 6-7.", 2, None),
    # the second half of a pair, read before the first: the injured of the same span
    (NIGHT + "The health department said the number of people killed in Russian attacks on the region since "
     "Friday morning had reached 40, and that 130 others had been wounded.", 2, None),
    # ... and one joined by "with"
    (NIGHT + "The deaths bring to 40 the number of people killed in the region since Russia began its "
     "offensive on Friday night, with more than 380 wounded.", 2, None),
    # a monitor's count for a month
    ("Russian drones struck Kharkiv overnight, killing two people and injuring five. The UN monitoring "
     "mission said that in June 2025 it recorded at least 232 civilians killed and 1,343 injured across "
     "Ukraine.", 2, 5),
    # a toll of the month so far, told by an envoy
    (NIGHT + "Ukraine's envoy told the Security Council that 78 civilians had been killed this month in "
     "Russian strikes.", 2, None),
    # a figure told as holding the attack's own toll among others
    (NIGHT + "At least 22 soldiers and 24 civilians have been killed in the region, by the official count, a "
     "figure that includes Saturday's victims.", 2, None),
])
def test_a_toll_over_a_longer_span_is_not_the_nights(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("Russian drones struck Kharkiv overnight, killing two people, the third deadly strike on the city this "
     "month.", 2, None),
    ("Russian drones struck Kharkiv overnight, killing two people, with nine others wounded.", 2, 9),
])
def test_the_nights_own_toll_stays(text, killed, injured):
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (killed, injured)


@pytest.mark.parametrize("recap", [
    "Over the same week, Russia's defence ministry claimed more than 1,400 Ukrainian drones downed across "
    "the seven days.",
    "Across the past seven days Russia launched more than 1,300 drones and 40 missiles at Ukraine, "
    "Zelensky said.",
    "This week Russia launched more than 1,300 drones against Ukraine, Zelensky said.",
    "Last week Russia launched more than 1,300 drones at Ukraine, Zelensky said.",
    "Russia launched more than 1,300 drones, 900 glide bombs and 50 missiles at Ukraine this week, Zelensky "
    "said.",
])
def test_a_recap_of_the_weeks_weapons_is_not_the_nights(recap):
    event = only_event(NIGHT_COUNTED + recap)
    drones, missiles = event["drones"], event["missiles"]
    assert (drones["launched"], drones["destroyed"], missiles["launched"]) == (120, 98, None)


def test_a_nights_count_compared_with_the_week_stays_the_nights():
    event = only_event("Russia launched 120 drones at Kyiv overnight, the second major attack on the capital "
                       "this week, the air force said.")
    assert event["drones"]["launched"] == 120
