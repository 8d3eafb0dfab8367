"""quantities.parse and parse_hours: numbers as news prose writes them."""
from __future__ import annotations

import re

import pytest

from strikewatch.quantities import NUMBER, ordinal, parse, parse_hours


@pytest.mark.parametrize(("text", "value"), [
    ("539", 539),
    ("1,250", 1250),
    ("2,000", 2000),
    ("12,345", 12345),
    ("1,000,000", 1000000),
])
def test_digits_with_thousands_commas(text, value):
    assert parse(text) == value


def test_decimal_figure_is_not_a_count():
    assert parse("12.5") is None


@pytest.mark.parametrize(("text", "value"), [
    ("seven", 7),
    ("Nineteen", 19),
    ("forty", 40),
    ("twenty-seven", 27),
    ("forty-one", 41),
    ("ninety-nine", 99),
    ("twenty seven", 27),
    ("two hundred and fifty", 250),
    ("three thousand", 3000),
    ("a hundred", 100),
    ("a hundred and forty-five", 145),
    ("a hundred and twelve", 112),
])
def test_number_words_including_hyphenated(text, value):
    assert parse(text) == value


@pytest.mark.parametrize("text", ["a dozen", "A dozen", "dozen", "a  dozen"])
def test_a_dozen_is_twelve(text):
    assert parse(text) == 12


@pytest.mark.parametrize("text", ["dozens", "several", "a few", "hundreds", "many", "scores", "a couple"])
def test_vague_amounts_are_none(text):
    assert parse(text) is None


@pytest.mark.parametrize("text", ["", "   ", "drones", "seven drones", "12a", "-5"])
def test_non_numbers_are_none(text):
    assert parse(text) is None


@pytest.mark.parametrize(("sentence", "number"), [
    ("Air defences shot down twenty-seven drones overnight.", "twenty-seven"),
    ("Russia launched 1,250 drones over the week.", "1,250"),
    ("A dozen people were injured.", "A dozen"),
])
def test_number_pattern_finds_the_whole_figure_in_a_sentence(sentence, number):
    m = re.search(NUMBER, sentence, re.IGNORECASE)
    assert m is not None and m.group() == number


@pytest.mark.parametrize(("text", "hours"), [
    ("two and a half", 2.5),
    ("5.5", 5.5),
    ("six", 6.0),
    ("eleven", 11.0),
    ("one and a half", 1.5),
    ("3", 3.0),
    ("an", 1.0),
    ("half an", 0.5),
])
def test_hours(text, hours):
    assert parse_hours(text) == hours


@pytest.mark.parametrize("text", ["several", "dozens", "many", ""])
def test_vague_hours_are_none(text):
    assert parse_hours(text) is None


@pytest.mark.parametrize(("text", "value"), [("two dozen", 24), ("three dozen", 36), ("2 dozen", 24)])
def test_dozens_counted_by_a_number(text, value):
    m = re.search(NUMBER, f"a submarine fired more than {text} cruise missiles", re.IGNORECASE)
    assert m is not None and parse(m.group()) == value


@pytest.mark.parametrize(("text", "value"), [("second", 2), ("Sixth", 6), ("twelfth", 12), ("first", None),
                                             ("six", None)])
def test_ordinals_count_so_far(text, value):
    assert ordinal(text) == value
