"""The Air Force tallies: reading the CSV, a night's official figures, and record checks."""
from __future__ import annotations

from pathlib import Path

import pytest

from strikewatch.airforce import (
    Tally,
    check_record,
    classify_model,
    night_totals,
    official_figures,
    read_tallies,
)
from strikewatch.errors import InputError
from strikewatch.records import Rejection

SAMPLE = Path(__file__).parent / "data" / "airforce_sample.csv"


@pytest.fixture(scope="module")
def items() -> list[Tally | Rejection]:
    return list(read_tallies(SAMPLE))


@pytest.fixture(scope="module")
def tallies(items) -> list[Tally]:
    return [t for t in items if isinstance(t, Tally)]


def test_good_rows_become_tallies_with_whole_numbers(tallies):
    first = tallies[0]
    assert (first.model, first.launched, first.destroyed, first.lost) == ("Shahed-136/131", 405, 301, 80)
    assert first.kind == "drone" and first.national and first.target == "Ukraine"
    assert len(tallies) == 11


@pytest.mark.parametrize(("line", "problem"), [
    (13, "neither launched nor destroyed is given"),
    (14, "launched is not a number: 'many'"),
    (15, "time_end is not a real date: '2025-03-32 06:00'"),
    (16, "time_start is not YYYY-MM-DD or YYYY-MM-DD HH:MM: '12.03.2025'"),
    (17, "empty model"),
    (18, "launched is not a whole number of weapons: '-4.0'"),
    (19, "time_end '2025-03-16 18:00' is before time_start '2025-03-17 06:00'"),
])
def test_malformed_rows_are_rejected_with_their_line_and_problem(items, line, problem):
    rejected = {r.input: r for r in items if isinstance(r, Rejection)}
    assert rejected[f"{SAMPLE}:{line}"].reason == problem
    assert rejected[f"{SAMPLE}:{line}"].raw  # the row is kept for the rejects log


def test_a_bad_row_does_not_stop_the_rows_after_it(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("time_start,time_end,model,launched,destroyed\n"
                    "2025-03-11,2025-03-11,Shahed-136/131,lots,3\n"
                    "2025-03-12,2025-03-12,Shahed-136/131,5,3\n", encoding="utf-8")
    out = list(read_tallies(path))
    assert isinstance(out[0], Rejection) and out[0].input == f"{path}:2"
    assert isinstance(out[1], Tally) and out[1].launched == 5


def test_a_file_that_is_not_the_tallies_is_one_rejection_naming_the_missing_columns(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("date,drones\n2025-03-09,400\n", encoding="utf-8")
    (only,) = list(read_tallies(path))
    assert isinstance(only, Rejection)
    assert "missing column(s) time_start, time_end, model, launched, destroyed" in only.reason


def test_a_missing_file_is_an_input_error_naming_it(tmp_path):
    with pytest.raises(InputError, match="nowhere.csv: cannot read the tallies file"):
        list(read_tallies(tmp_path / "nowhere.csv"))


@pytest.mark.parametrize(("model", "kind"), [
    ("Shahed-136/131", "drone"), ("Unknown UAV", "drone"), ("Orlan-10 and ZALA", "drone"),
    ("Lancet", "drone"), ("Gerbera", "drone"), ("Молнія", "drone"), ("X-101/X-555", "missile"),
    ("Iskander-M/KN-23", "missile"),
    ("X-47 Kinzhal", "missile"), ("Kalibr", "missile"), ("C-300/C-400", "missile"), ("Aerial Bomb", "other"),
    ("GBU", "other"),
])
def test_models_are_classified_by_kind(model, kind):
    assert classify_model(model) == kind


def test_an_overnight_window_is_filed_under_the_morning(tallies):
    by_start = {t.time_start: t for t in tallies}
    assert by_start["2025-03-08 18:00"].night == "2025-03-09"
    assert by_start["2025-02-11 19:00"].night == "2025-02-12"
    assert by_start["2024-12-25 2:45"].night == "2024-12-25"  # a one-digit hour is read as 02:45
    assert by_start["2025-01-20"].night == "2025-01-20"


def test_official_figures_use_the_national_bulletin_and_count_jammed_drones_as_destroyed(tallies):
    figures = official_figures(tallies, "2025-03-09")
    assert figures["scope"] == "national"  # the regional command's 23 UAVs overlap the bulletin
    assert figures["drones.launched"] == 405
    assert figures["drones.destroyed"] == 301 + 80 and figures["drones.lost"] == 80
    assert (figures["missiles.launched"], figures["missiles.destroyed"]) == (17, 14)
    assert figures["models"] == ["Iskander-M/KN-23", "Shahed-136/131", "X-101/X-555"]


def test_a_night_with_only_regional_rows_uses_them(tallies):
    figures = official_figures(tallies, "2025-01-20")
    assert figures["scope"] == "regional"
    assert figures["drones.launched"] == 61
    assert (figures["missiles.launched"], figures["missiles.destroyed"]) == (2, 0)


def test_a_night_without_rows_has_no_official_figures(tallies):
    assert official_figures(tallies, "2025-03-01") is None


def test_guided_bombs_are_neither_drones_nor_missiles(tallies):
    figures = official_figures(tallies, "2024-11-02")
    assert figures["drones.launched"] is None and figures["missiles.launched"] is None


def test_night_totals_per_kind(tallies):
    assert night_totals(tallies, "drone") == {"2024-12-25": 106, "2025-01-20": 61, "2025-02-12": 298,
                                              "2025-03-09": 405}
    assert night_totals(tallies, "missile")["2024-12-25"] == 78


def test_a_claimed_record_that_beats_every_earlier_night(tallies):
    check = check_record(tallies, "2025-03-09", "drone", 412)
    assert check.record and check.previous_max == 298 and check.previous_night == "2025-02-12"
    assert check.margin == 114 and check.official == 405


def test_a_claimed_record_that_falls_short(tallies):
    check = check_record(tallies, "2025-02-12", "missile", 6)
    assert not check.record and check.previous_max == 78 and check.margin == -72
    assert check.to_dict()["previous_night"] == "2024-12-25"


def test_the_first_night_on_file_is_a_record_with_nothing_to_compare(tallies):
    check = check_record(tallies, "2024-12-25", "drone", 106)
    assert check.record and check.previous_max is None and check.margin is None


def test_check_record_rejects_an_unknown_kind(tallies):
    with pytest.raises(ValueError, match="kind must be 'drone' or 'missile'"):
        check_record(tallies, "2025-03-09", "bomb", 3)


def test_reconnaissance_drones_are_left_out_of_the_nights_drone_figures():
    def row(model, launched, destroyed):
        return Tally(time_start="2023-05-14", time_end="2023-05-14 08:00", model=model, launch_place=None,
                     target="Ukraine", launched=launched, destroyed=destroyed, kind=classify_model(model),
                     night="2023-05-14", source="kpszsu/posts/example")
    rows = [row("Shahed-136/131", 28, 25), row("Reconnaissance UAV", 2, 2), row("Orlan-10", 1, 1),
            row("Kalibr", 4, 3)]
    figures = official_figures(rows, "2023-05-14")
    assert (figures["drones.launched"], figures["drones.destroyed"]) == (28, 25)
    assert (figures["missiles.launched"], figures["missiles.destroyed"]) == (4, 3)
    assert classify_model("Orlan-10") == "drone"  # still a drone; only the night's figure leaves it out


def test_an_evening_window_closed_before_midnight_opens_the_next_mornings_night(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("time_start,time_end,model,launched,destroyed,source\n"
                    "2024-09-12 19:00,2024-09-13 07:30,Shahed-136/131,64,51,kpszsu/posts/a\n"
                    "2024-09-12 19:30,2024-09-12 21:00,X-59/X-69,4,3,kpszsu/posts/a\n"
                    "2024-09-12 11:00,2024-09-12 11:20,Iskander-M,2,0,kpszsu/posts/b\n"
                    "2024-09-12 01:00,2024-09-12 06:00,Shahed-136/131,30,25,kpszsu/posts/c\n",
                    encoding="utf-8")
    rows = list(read_tallies(path))
    assert [t.night for t in rows] == ["2024-09-13", "2024-09-13", "2024-09-12", "2024-09-12"]
    figures = official_figures(rows, "2024-09-13")
    assert (figures["drones.launched"], figures["missiles.launched"]) == (64, 4)
    assert official_figures(rows, "2024-09-12")["drones.launched"] == 30
