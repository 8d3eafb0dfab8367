"""Attacks outside Russia and Ukraine: who struck whom, on which day, one realistic report each."""
from __future__ import annotations

from strikewatch import extract

TUESDAY = "2025-05-06T18:00:00+02:00"


def events_of(text: str, published: str | None = TUESDAY) -> list[dict]:
    return extract(text, published=published).to_dict()["events"]


def test_strikes_of_consecutive_days_told_each_by_its_day_are_events_of_their_own():
    events = events_of(
        "Drones launched by the Rapid Support Forces struck the port of Port Sudan on Tuesday, the third "
        "day of attacks on the city, the army said. The attacks began on Sunday, when drones hit the Osman "
        "Digna air base. On Monday, drones set fire to a fuel depot near the southern port.")
    assert sorted(e["date"] for e in events) == ["2025-05-04", "2025-05-05", "2025-05-06"]


def test_a_night_and_the_morning_after_stay_one_attack():
    events = events_of("Russia launched 90 drones at Odesa on Sunday night. On Monday, a drone hit a "
                       "warehouse in the port, the governor said.")
    assert len(events) == 1, events


def test_the_golan_heights_are_coded_as_syria():
    events = events_of("A rocket fired by Hezbollah struck a football pitch in Majdal Shams in the occupied "
                       "Golan Heights on Saturday, killing 12 children.", "2024-07-28T09:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("LB", "SY")]


def test_a_group_named_with_what_it_is_claims_the_attack():
    events = events_of(
        "A drone struck a logistics base in north-eastern Jordan early on Sunday, killing two soldiers. The "
        "Islamic Resistance in Iraq, an umbrella group of Iran-aligned militias, claimed the attack.",
        "2024-03-03T12:00:00Z")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IQ", "JO")]


def test_a_military_speaking_of_its_own_jets_names_the_attacker():
    events = events_of("Blasts were reported across Isfahan overnight. The IDF says about 60 fighter jets "
                       "struck missile production sites in the first wave.", "2025-06-14T03:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IL", "IR")]


def test_an_attack_told_as_under_way_names_its_attacker():
    events = events_of("Iranian state television says Israeli jets are again striking targets in Tabriz.",
                       "2025-06-14T03:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IL", "IR")]


def test_debris_falling_on_a_third_country_belongs_to_the_attack_being_told():
    events = events_of("Iran fired about 150 ballistic missiles at Israel on Tuesday evening, striking near "
                       "an air base in the Negev. A man was killed in the West Bank city of Jericho when "
                       "debris from a missile fell on his car, Palestinian officials said.",
                       "2024-10-02T08:00:00+03:00")
    assert sorted((e["attacker"], e["target_country"], e["date"]) for e in events) == [
        ("IR", "IL", "2024-10-01"), ("IR", "PS", "2024-10-01")]


def test_a_state_named_by_its_compass_point_is_the_ground_struck():
    events = events_of("Israeli fighter jets struck Hezbollah rocket launchers in southern Lebanon before "
                       "dawn on Sunday, the military said.", "2024-08-25T12:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("IL", "LB")]
