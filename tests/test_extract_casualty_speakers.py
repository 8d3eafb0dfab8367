"""Who tells a zero ("no casualties"): one local official speaks for the area of the title, a president, a
minister or a spokesman for the whole attack. The speaker is told by the title the article gives, not by a
capitalised name. Each case is a realistic report written for the test."""
from __future__ import annotations

import pytest

from strikewatch import extract

THURSDAY = "2025-03-13T09:00:00+02:00"

_SEVERAL_REGIONS = ("Russia attacked Ukraine overnight with 90 drones and four missiles, the air force said "
                    "on Thursday. Drones hit power plants in the Kharkiv, Poltava and Odesa regions.\n\n")


def only_event(text: str) -> dict:
    events = extract(text, published=THURSDAY).to_dict()["events"]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("speaker", [
    "President Volodymyr Zelensky said there were no casualties.",
    "Prime Minister Denys Shmyhal said there were no casualties, and repair crews were already at work.",
    "Air force spokesman Yurii Ihnat said in a televised briefing that no one was killed or injured.",
    # a pronoun after a national title speaks for the state as well
    "Energy Minister Herman Halushchenko said power had been restored to most consumers. He added that there "
    "were no casualties.",
])
def test_a_national_speakers_zero_is_the_whole_attacks(speaker):
    event = only_event(_SEVERAL_REGIONS + speaker)
    assert (event["killed"], event["injured"]) == (0, 0)


@pytest.mark.parametrize("speaker", [
    # a name the article gave a local title before it
    "Governor Oleh Syniehubov said a substation in the Kharkiv district had been damaged.\n\n"
    "\"No one was hurt,\" Syniehubov wrote on Telegram.",
    # ... or in an aside after it
    "Volodymyr Kohut, head of the Poltava regional military administration, said a fire had broken out at a "
    "substation.\n\n\"There were no casualties,\" Kohut said.",
    # ... and a pronoun after a local title
    "Odesa's governor, Oleh Kiper, said debris had damaged a warehouse. He said there were no casualties.",
    # a body that speaks for one area
    "Falling debris damaged a warehouse, the city military administration said, adding that no one was hurt.",
])
def test_a_local_officials_zero_tells_nothing_of_the_other_regions(speaker):
    event = only_event(_SEVERAL_REGIONS + speaker)
    assert (event["killed"], event["injured"]) == (None, None)


def test_a_governors_zero_in_an_attack_on_several_inland_regions_is_his_regions_alone():
    # regions the gazetteer places in no region of its own are each their own region
    text = ("The Russian Defence Ministry said 46 Ukrainian drones were shot down overnight over the Oryol, "
            "Tula and Kaluga regions.\n\n"
            "Tula Governor Dmitry Milyaev said a drone hit a warehouse in the Aleksinsky district without "
            "causing casualties.")
    event = only_event(text)
    assert (event["killed"], event["injured"]) == (None, None)
