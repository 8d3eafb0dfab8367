"""Places and damage by class of wording: an earlier attack whose place is told only in the clause of its
toll or as "the city" the report has named, and the other classes below. Each case is a realistic report
written for the test."""
from __future__ import annotations

from strikewatch import extract

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
