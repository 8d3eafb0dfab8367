"""Reports that tell more than one attack in turn: a gallery of captions each opening with its dateline
("3. ODESA, March 9 - ..."), whose dates head the captions as a timeline's do. The case fails when the
captions' attacks are folded into one or dated by the day of publication."""
from __future__ import annotations

from strikewatch import extract


def events_of(text: str, published: str) -> list[dict]:
    return extract(text, published=published).to_dict()["events"]


def test_a_gallerys_captions_each_dated_by_their_dateline_are_their_own_attacks():
    text = ("Pictures of a week of strikes on Ukraine\n\n"
            "1. KHARKIV, March 3 - Firefighters put out a blaze at a warehouse hit by Russian drones "
            "overnight. Two people were injured, the governor said.\n\n"
            "2. ODESA, March 5 - A man walks past a school damaged by a Russian missile strike that killed "
            "three people.\n\n"
            "3. KYIV, March 8 - Rescuers search the rubble of an apartment block hit by a Russian ballistic "
            "missile. Five people were killed.\n")
    events = events_of(text, "2025-03-09T12:00:00+02:00")
    told = sorted((e["date"], e["killed"], e["injured"]) for e in events)
    assert told == [("2025-03-03", None, 2), ("2025-03-05", 3, None), ("2025-03-08", 5, None)]
