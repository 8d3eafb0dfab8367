"""spans: sentences as offsets into the article text, and locating quotes."""
from __future__ import annotations

import pytest

from strikewatch.spans import locate, sentences

ARTICLE = (
    "  Russia launched 93 drones at Ukraine overnight, the air force said. Mr. Sadovyi said Lviv was hit.\n"
    "\n"
    "The alert sounded at 2 a.m. and lasted until 5 a.m. Rescuers worked through the morning!  \n"
    "\n\n"
    "\"We heard three blasts,\" a resident said. Was anyone hurt? Officials said no.\n"
    "A last line without a full stop"
)


@pytest.mark.parametrize("text", [
    ARTICLE,
    "",
    "   \n\n \t ",
    "One sentence only.",
    "Trailing spaces.   \n\nLeading spaces after blank line.",
    "Windows line\r\nendings here. And more.\r\n",
    "Drones hit Kyiv… Then Lviv. «Quote» – dash.\u00a0Non-breaking space. Ёлка? 42 drones.",
])
def test_offsets_always_reproduce_the_sentence(text):
    for s in sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip()
        assert s.text


def test_sentences_are_in_order_and_indexed():
    found = sentences(ARTICLE)
    assert [s.index for s in found] == list(range(len(found)))
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_article_is_split_into_expected_sentences():
    assert [s.text for s in sentences(ARTICLE)] == [
        "Russia launched 93 drones at Ukraine overnight, the air force said.",
        "Mr. Sadovyi said Lviv was hit.",
        "The alert sounded at 2 a.m. and lasted until 5 a.m.",
        "Rescuers worked through the morning!",
        "\"We heard three blasts,\" a resident said.",
        "Was anyone hurt?",
        "Officials said no.",
        "A last line without a full stop",
    ]


def test_a_month_abbreviated_in_capitals_does_not_end_the_sentence():
    text = "TUESDAY, OCT. 11 — A second wave of missiles hit Lviv. Power was cut."
    assert [s.text for s in sentences(text)] == [
        "TUESDAY, OCT. 11 — A second wave of missiles hit Lviv.",
        "Power was cut.",
    ]


def test_am_before_lowercase_does_not_end_the_sentence():
    text = "The alert sounded at 2 a.m. and drones arrived soon after. Two were shot down."
    assert [s.text for s in sentences(text)] == [
        "The alert sounded at 2 a.m. and drones arrived soon after.",
        "Two were shot down.",
    ]


def test_am_before_weekday_does_not_end_the_sentence():
    text = "The alert ended at 4 a.m. Tuesday, officials said. Nobody was hurt."
    assert [s.text for s in sentences(text)] == [
        "The alert ended at 4 a.m. Tuesday, officials said.",
        "Nobody was hurt.",
    ]


def test_am_before_a_new_capitalised_sentence_ends_it():
    text = "The attack ended at 5 a.m. Rescuers then searched the rubble."
    assert [s.text for s in sentences(text)] == [
        "The attack ended at 5 a.m.",
        "Rescuers then searched the rubble.",
    ]


@pytest.mark.parametrize("text", [
    "Gen. Syrskyi said the line held.",
    "U.S. officials condemned the strike.",
    "Dr. Ivanenko treated the wounded on Jan. 3 in Kyiv.",
])
def test_abbreviations_do_not_end_sentences(text):
    assert [s.text for s in sentences(text)] == [text]


def test_paragraphs_split_and_are_numbered():
    text = "Drones hit Odesa overnight\n\nTwo people were injured\nThe port was damaged."
    found = sentences(text)
    assert [s.text for s in found] == [
        "Drones hit Odesa overnight",
        "Two people were injured",
        "The port was damaged.",
    ]
    assert [s.paragraph for s in found] == [0, 1, 2]


def test_sentences_in_one_paragraph_share_its_number():
    found = sentences("First one. Second one.\n\nThird one.")
    assert [s.paragraph for s in found] == [0, 0, 1]


def test_empty_text_has_no_sentences():
    assert sentences("") == []
    assert sentences("\n\n   \n") == []


def test_locate_finds_the_occurrence_nearest_to_near():
    text = "Drones hit Sumy. Later drones hit Sumy again. Drones hit Sumy once more."
    positions = [i for i in range(len(text)) if text.startswith("Sumy", i)]
    for p in positions:
        assert locate(text, "Sumy", near=p + 1) == (p, p + 4)
    assert locate(text, "Sumy", near=len(text)) == (positions[-1], positions[-1] + 4)
    assert locate(text, "Sumy") == (positions[0], positions[0] + 4)


def test_locate_result_reproduces_the_quote():
    text = "Two people were killed in Kharkiv. Two people were killed in Sumy."
    start, end = locate(text, "Two people were killed", near=40)
    assert text[start:end] == "Two people were killed"
    assert start == text.rfind("Two people were killed")


@pytest.mark.parametrize("quote", ["", "Lviv"])
def test_locate_missing_or_empty_quote_is_none(quote):
    assert locate("Drones hit Sumy.", quote) is None


def test_a_bulleted_list_is_one_sentence_with_the_line_that_introduces_it():
    text = ("Air defence shot down 309 targets:\n– 2 Iskander-M ballistic missiles;\n– 276 enemy UAVs.\n\n"
            "- Hits were recorded at 12 locations.")
    found = sentences(text)
    assert found[0].text == ("Air defence shot down 309 targets:\n– 2 Iskander-M ballistic missiles;\n"
                             "– 276 enemy UAVs.")
    assert len(found) == 2 and all(text[s.start:s.end] == s.text for s in found)
    assert [s.index for s in found] == [0, 1]


def test_a_list_of_headlines_is_a_list_of_sentences():
    lines = ["Key developments on March 3:", "- Russia attacks Ukraine with 120 drones",
             "- Three killed in Odesa", "- Toll from Saturday's strike on Sumy rises to six"]
    assert [s.text for s in sentences("\n".join(lines))] == lines
