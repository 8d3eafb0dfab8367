"""Which day an attack told with no time reference took place, and who launched a weapon named only by what
its group is: a morning report's undated attacks belong to the day of its lead attack, and "a missile fired by
the Iran-aligned group" is an attack of the group named before."""
from __future__ import annotations

import pytest

from strikewatch import extract


def _events(text: str, published: str) -> list[dict]:
    return extract(text, published=published).to_dict()["events"]


MORNING = ("BEIRUT - Israeli drones struck a residential building in the southern suburbs of Beirut on "
           "Tuesday evening, killing four people and wounding 31, the health ministry said.\n\n"
           "Hezbollah fired a salvo of rockets at Kiryat Shmona, the Israeli military said, and a house was "
           "damaged.")


def test_a_morning_reports_undated_attack_is_of_its_lead_attacks_day():
    events = {e["attacker"]: e for e in _events(MORNING, "2024-08-07T01:40:00+03:00")}
    assert events["IL"]["date"] == "2024-08-06"
    assert events["LB"]["date"] == "2024-08-06"


def test_an_afternoon_reports_undated_attack_keeps_its_publication_day():
    events = {e["attacker"]: e for e in _events(MORNING, "2024-08-07T15:40:00+03:00")}
    assert events["IL"]["date"] == "2024-08-06"
    assert events["LB"]["date"] == "2024-08-07"


def test_a_lead_attack_told_in_its_morning_leaves_the_night_after_it_to_the_publication_day():
    text = ("Israeli jets struck air defence sites in western Iran early on Thursday, the military said, "
            "killing several officers.\n\n"
            "Iran fired about 60 ballistic missiles at Israel, the army said. Two people were injured in "
            "Haifa.")
    events = {e["attacker"]: e for e in _events(text, "2025-06-20T07:15:00+03:00")}
    assert events["IL"]["date"] == "2025-06-19"
    assert events["IR"]["date"] == "2025-06-20"


def test_a_morning_reports_undated_lead_is_not_of_the_day_of_an_attack_recalled_after_it():
    text = ("Houthi drones struck a fuel depot in the Saudi port city of Yanbu, the coalition said, setting "
            "two tanks on fire.\n\n"
            "Last Tuesday, a missile fired by the Houthis hit a desalination plant in Jazan, injuring three "
            "workers.")
    events = {e["date"] for e in _events(text, "2022-03-20T02:10:00+03:00")}
    assert events == {"2022-03-20", "2022-03-15"}


@pytest.mark.parametrize("sentence, place", [
    ("Israeli jets struck the port of Hodeidah on Tuesday, two days after a ballistic missile fired by the "
     "Iran-aligned group exploded near Ben Gurion Airport, injuring six people.", "Ben Gurion Airport"),
    ("Israeli warplanes bombed the port of Hodeidah on Tuesday, two days after a drone launched by the "
     "Yemeni movement killed a man in Tel Aviv.", "Tel Aviv"),
])
def test_a_weapon_fired_by_the_group_is_an_attack_of_the_group_named_before(sentence, place):
    text = "Yemen's Houthi rebels have kept up their missile and drone fire at Israel for months.\n\n"
    text += sentence
    events = {e["attacker"]: e for e in _events(text, "2025-05-06T20:00:00+03:00")}
    assert events["IL"]["target_country"] == "YE"
    assert (events["YE"]["target_country"], events["YE"]["date"]) == ("IL", "2025-05-04")
    assert place in events["YE"]["places"]


ODESA = ("Russia launched 48 drones and six missiles at Odesa overnight, the air force said. Two people were "
         "injured.\n\n")


@pytest.mark.parametrize("sailed", [
    "On Friday a Ukrainian sea drone damaged a Russian patrol ship near the port of Novorossiysk, and early "
    "on Saturday another struck a tanker in the Kerch Strait.",
    "Moscow called the strikes revenge for Monday's sea-drone attack on the bridge, which it blamed on "
    "Ukraine.",
    "A Russian corvette was attacked by uncrewed surface vessels off Sevastopol on Friday, the navy said.",
])
def test_a_drone_that_sails_makes_no_aerial_attack(sailed):
    events = _events(ODESA + sailed, "2023-08-05T13:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("RU", "UA")]


def test_boats_struck_as_a_target_leave_the_attack_told():
    text = ("Russian missiles struck Odesa region overnight, the defence ministry in Moscow said. Workshops "
            "where unmanned boats were being built were destroyed, as were fuel depots near the port.")
    events = _events(text, "2023-07-20T11:00:00+03:00")
    assert [(e["attacker"], e["target_country"]) for e in events] == [("RU", "UA")]
    assert events[0]["damage"]


def test_an_earlier_days_raid_is_an_attack_of_its_own_day():
    text = ("Drones launched by the Rapid Support Forces struck Kassala for a second straight day on "
            "Thursday, hitting the airport and a power plant, officials said.\n\n"
            "On Wednesday, a first raid set ablaze fuel tanks at a depot east of the city.")
    events = _events(text, "2025-06-12T15:00:00+02:00")
    assert sorted(e["date"] for e in events) == ["2025-06-11", "2025-06-12"]
    assert {e["attacker"] for e in events} == {"SD"}


def test_the_next_day_after_an_attack_dated_by_its_year_only_is_no_day_counted_from_the_last():
    text = ("Indian missiles struck nine sites in Pakistan early on Wednesday, killing 26 people, Islamabad "
            "said.\n\n"
            "In 2019, after a bombing in Pulwama, Indian jets struck a camp near Balakot, and Pakistan shot "
            "down an Indian fighter jet the next day.")
    events = _events(text, "2025-05-07T13:00:00+05:00")
    assert [e["date"] for e in events] == ["2025-05-07", None]
    assert events[1]["places"] == ["Balakot"]


def test_days_counted_from_a_day_told_still_date_the_attack():
    text = ("Russian drones struck Odesa on Monday, killing two people. Three days later Russia launched 90 "
            "drones at Kharkiv, injuring five.")
    events = _events(text, "2025-05-09T13:00:00+03:00")
    assert [(e["date"], e["places"]) for e in events] == [
        ("2025-05-05", ["Odesa"]), ("2025-05-08", ["Kharkiv"])]
