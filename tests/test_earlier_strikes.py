"""Earlier strikes that a report recalls in passing, each with its own date and toll."""
from __future__ import annotations

from strikewatch import extract


def test_two_dated_strikes_recalled_in_one_sentence_are_two_events():
    text = ("Russian drones struck Sumy overnight, damaging a school, the regional administration said.\n\n"
            "Recall that on October 3, guided bombs struck a market in Kherson, injuring 11 people, and on "
            "September 14, a missile hit a hostel in Poltava, killing four people.")
    events = extract(text, published="2025-11-07T10:00:00+02:00").to_dict()["events"]
    by_date = {e["date"]: e for e in events}
    assert set(by_date) == {"2025-11-07", "2025-10-03", "2025-09-14"}
    assert (by_date["2025-10-03"]["injured"], by_date["2025-10-03"]["killed"]) == (11, None)
    assert (by_date["2025-09-14"]["killed"], by_date["2025-09-14"]["injured"]) == (4, None)
    assert by_date["2025-09-14"]["places"] == ["Poltava"]
