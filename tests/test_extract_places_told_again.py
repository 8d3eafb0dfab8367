"""Places and damage by class of wording: an earlier attack whose place is told only in the clause of its
toll or as "the city" the report has named, and the other classes below. Each case is a realistic report
written for the test."""
from __future__ import annotations

from strikewatch import extract
from strikewatch.places import find

MONDAY = "2025-03-10T09:00:00+02:00"


def events(text: str, published: str | None = MONDAY) -> list[dict]:
    return extract(text, published=published).to_dict()["events"]


def by_date(text: str, day: str) -> dict:
    found = [e for e in events(text) if e["date"] == day]
    assert len(found) == 1, events(text)
    return found[0]


def test_an_earlier_attack_takes_the_place_named_beside_its_toll():
    text = ("Russian drones hit an apartment block in Poltava overnight into Monday, injuring four people, "
            "the regional governor said. In January, Russia had fired 40 missiles at Ukraine on a single "
            "night, on January 14, killing nine people in Poltava.")
    assert by_date(text, "2025-01-14")["places"] == ["Poltava"]


def test_an_earlier_attack_told_of_the_city_takes_the_city_the_report_named():
    text = ("Russian missiles struck a shopping centre in Sumy on Monday morning, killing three people, "
            "the city's acting mayor said. On February 20, a Russian drone strike on a bakery in the city "
            "killed two workers, according to the regional administration.")
    assert by_date(text, "2025-02-20")["places"] == ["Sumy"]


def test_the_city_council_names_no_earlier_attack_place():
    text = ("Russian drones struck a warehouse in Vinnytsia on Monday, injuring one person, the city council "
            "said.")
    assert [e["places"] for e in events(text)] == [["Vinnytsia"]]


def test_a_village_in_a_community_leaves_the_region_that_opens_the_sentence():
    text = ("Russian drones attacked Ukraine overnight. In the Chernihiv region, two women were injured in a "
            "village in the Koriukivka community, the regional governor said.")
    assert [e["places"] for e in events(text)] == [["Chernihiv Oblast"]]


def test_a_community_struck_itself_keeps_its_town():
    mentions = [(m.place.name, m.struck) for m in find(
        "A Russian glide bomb hit a grain store in the Velyka Pysarivka community, the governor said.")]
    assert mentions == [("Velyka Pysarivka", True)]


def test_a_district_named_alone_by_its_adjective_is_no_place():
    text = ("Russian drones and missiles struck Kyiv overnight, injuring nine people, the city's military "
            "administration said. A high-rise caught fire in the Obolonskyi district, and debris fell in "
            "Podilskyi and Holosiivskyi.")
    assert [e["places"] for e in events(text)] == [["Kyiv"]]


def test_a_city_whose_name_reads_as_a_district_adjective_stays_a_place():
    assert [m.place.name for m in find("Drones hit Khmelnytskyi and Kropyvnytskyi overnight.")] == [
        "Khmelnytskyi", "Kropyvnytskyi"]


def test_a_region_in_the_name_of_a_hospital_is_not_struck():
    text = ("A Russian glide bomb hit an apartment block in Kharkiv on Sunday, injuring 14 people, the mayor "
            "said. Five of the injured were taken to the Kharkiv Regional Clinical Hospital.")
    assert [e["places"] for e in events(text)] == [["Kharkiv"]]


def test_places_of_attacks_dated_last_weekend_are_not_the_days_places():
    text = ("Ukrainian drones struck an oil depot in Tambov on Monday, the regional governor said. Moscow "
            "called it a response to the attacks on power lines in the Belgorod and Kursk regions last "
            "weekend.")
    assert [e["places"] for e in events(text) if e["attacker"] == "UA"] == [["Tambov"]]


def test_people_killed_in_a_block_tell_a_dwelling_hit():
    text = ("Russian missiles struck Zaporizhzhia overnight, killing 11 people, most of them in one "
            "nine-storey apartment block, the regional governor said.")
    assert [e["damage"] for e in events(text)] == [["residential"]]


def test_people_who_died_in_hospital_tell_no_damage():
    text = "Russian drones attacked Odesa overnight, and two people later died in hospital, the governor said"
    assert [e["damage"] for e in events(text)] == [[]]


def test_a_power_station_named_by_its_adjective_is_no_town_and_leaves_its_region_a_locator():
    mentions = [(m.place.name, m.struck) for m in find(
        "Centrenergo said its two other plants, Burshtynska in Ivano-Frankivsk region and Ladyzhynska in "
        "Vinnytsia region, had also been hit.")]
    assert [name for name, struck in mentions if struck] == []
