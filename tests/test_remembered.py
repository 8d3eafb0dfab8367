import importlib
import re

import pytest

from strikewatch import extract
from strikewatch import remembered as memo
from strikewatch.extract import rules
from strikewatch.remembered import remembered

extract_package = importlib.import_module("strikewatch.extract")  # (``strikewatch.extract`` is a function)

SENTENCE = "Russian drones struck Odesa overnight, and two missiles hit a depot in Dnipro, officials said."
SOURCE = r"\b(?:drones?|missiles?)\b"


def test_a_remembered_pattern_finds_what_the_compiled_one_finds():
    rx, plain = remembered(SOURCE, re.I), re.compile(SOURCE, re.I)
    for pos, endpos in ((0, len(SENTENCE)), (20, 60), (40, 200)):
        for method in ("search", "match", "fullmatch"):
            mine = getattr(rx, method)(SENTENCE, pos, endpos)
            theirs = getattr(plain, method)(SENTENCE, pos, endpos)
            assert (mine and mine.span()) == (theirs and theirs.span())
        assert [m.span() for m in rx.finditer(SENTENCE, pos, endpos)] == \
            [m.span() for m in plain.finditer(SENTENCE, pos, endpos)]
    assert rx.search(SENTENCE) is rx.search("".join(SENTENCE))  # asked again: the answer kept
    assert [m.group() for m in rx.finditer(SENTENCE)] == ["drones", "missiles"]  # a new iterator each time
    assert [m.group() for m in rx.finditer(SENTENCE)] == ["drones", "missiles"]


def test_other_methods_and_attributes_are_the_compiled_patterns():
    rx = remembered(SOURCE, re.I)
    assert rx.pattern == SOURCE and rx.flags & re.I
    assert rx.sub("X", SENTENCE).startswith("Russian X struck")
    assert rx.split("drones and missiles") == ["", " and ", ""]


def test_one_remembered_per_compiled_pattern():
    compiled = re.compile(r"\bstruck\b")
    assert remembered(compiled) is remembered(compiled)
    assert rules._GROUND_CUE is rules._TARGET_CUES[0]  # the scope tells the cue by ``is``


ARTICLE = ("Russian drones and missiles struck Chernihiv overnight into Sunday, the regional governor said. "
           "Air defences shot down 31 of the 44 drones and both missiles. A strike on a warehouse killed two "
           "guards and injured five people, among them a teenager. Later a third guard died in hospital.")


def test_an_article_read_again_with_the_answers_kept_gives_the_same_record(monkeypatch):
    cold = extract(ARTICLE, published="2025-07-06").to_dict()
    assert any(rx._found for rx in memo._made.values())  # the answers kept from the first reading...
    monkeypatch.setattr(extract_package, "forget_sentences", lambda: None)  # ... and given back
    warm = extract(ARTICLE, published="2025-07-06").to_dict()
    assert warm == cold and cold["events"]


def test_forgotten_and_bounded():
    rx = remembered(r"\bhit\b")
    rx.search(SENTENCE)
    memo.forget()
    assert not rx._found
    for i in range(memo.KEPT + 10):
        rx.search(SENTENCE, i)
    assert len(rx._found) <= memo.KEPT


@pytest.mark.parametrize(("source", "flags", "needs"), [
    (r"\b(?:drones?|missiles?)\s+(?:were|was)\s+downed\b", re.I, ("downed",)),
    (r"\b(?:shot|brought)\s+down\b", re.I, ("down",)),  # one word is quicker to rule out than two
    (r"\b(?:shot|brought)\s+(?:it\s+)?down\b", re.I, ("down",)),
    (r"\b(?:shot|brought)\b", re.I, ("brought", "shot")),
    (r"\b(?:strikes?|strike\s+on)\b", 0, ("strike",)),  # "strike on" holds "strike"
    (r"(?:drones|[0-9]+)\s+shot", re.I, ("shot",)),
    (r"\d+\s+(?:killed|dead)?", re.I, (memo.DIGIT,)),  # a digit of any script
    (r"(?:\d+|two|three)\s+killed", re.I, ("killed",)),
    (r"(?:\d+|two|three)\s+\w+", re.I, (memo.DIGIT, "three", "two")),
    (r"[^\d]+\s+killed", re.I, ("killed",)),
    (r"\w+\s+(?:were\s+)?hurt", re.I, ("hurt",)),
    (r"(?=drone)\w+", re.I, None),  # a look-ahead consumes nothing
])
def test_the_literals_every_match_consumes(source, flags, needs):
    assert memo.required_literals(re.compile(source, flags)) == needs


@pytest.mark.parametrize("text", [
    "Air defences SHOT DOWN 31 drones over the region.",
    "Ten drones were ſhot down near the port.",  # the long s, which a case-blind match takes for "s"
    "Ten drones were shot down near the port.",
    "Ten drones were downed near the port.",
    "١٠ drones were shot down near the port.",  # digits of another script
])
def test_a_search_ruled_out_by_its_literals_gives_what_the_pattern_gives(text):
    source = r"\b(?:shot|brought)\s+down\b"
    assert re.search(source, "ſhot down", re.I)
    rx, plain = remembered(source, re.I), re.compile(source, re.I)
    memo.forget()
    for pos, endpos in ((0, len(text)), (5, 30), (20, len(text))):
        mine, theirs = rx.search(text, pos, endpos), plain.search(text, pos, endpos)
        assert (mine and mine.span()) == (theirs and theirs.span())
        assert [m.span() for m in rx.finditer(text, pos, endpos)] == \
            [m.span() for m in plain.finditer(text, pos, endpos)]


@pytest.mark.parametrize("text", ["Ten drones hit the port.", "١٠ drones hit the port.",
                                  "10 drones hit the port."])
def test_a_search_ruled_out_by_its_digits_gives_what_the_pattern_gives(text):
    source = r"\b(?:\d+|two|three)\s+\w+"
    rx, plain = remembered(source, re.I), re.compile(source, re.I)
    memo.forget()
    assert memo.required_literals(plain)[0] == memo.DIGIT
    mine, theirs = rx.search(text), plain.search(text)
    assert (mine and mine.span()) == (theirs and theirs.span())


def test_the_casualty_patterns_are_remembered_and_ruled_out_by_their_words():
    from strikewatch.extract.casualties import CASUALTY_RE

    assert all(isinstance(rx, memo.Remembered) and memo.required_literals(rx.compiled)
               for rx, _ in CASUALTY_RE)


CONVOY = r"\b(?:Moldova|Georgia)\s+(?:sent|shipped)\s+\d+\s+(?:lorries|barges)\b"


def test_every_set_of_literals_a_match_needs_is_read_the_quickest_first():
    # ("sent|shipped" is parsed as "s" then "ent|hipped": a common first letter is taken out of the branches)
    assert memo.required_sets(re.compile(CONVOY, re.I)) == (
        ("georgia", "moldova"), ("barges", "lorries"), ("ent", "hipped"), ("s",), (memo.DIGIT,))
    assert memo.required_literals(re.compile(CONVOY, re.I)) == ("georgia", "moldova")
    assert memo.required_sets(re.compile(r"(?=drone)\w+")) == ()


@pytest.mark.parametrize(("text", "ruled_out"), [
    ("Moldova sent 12 lorries of grain to the border.", False),
    ("Lorries queued at the border while Moldova sent 12 trains.", False),  # every set held, no match
    ("Georgia shipped 30 wagons of timber to the port.", True),  # a country, but no "lorries" or "barges"
    ("The barges of Georgia shipped nothing this week.", True),  # no digit
])
def test_a_text_missing_any_set_is_ruled_out_and_answered_as_the_pattern_answers(text, ruled_out):
    rx, plain = remembered(CONVOY, re.I), re.compile(CONVOY, re.I)
    memo.forget()
    assert memo._may_match(memo.required_sets(plain), text, 0, len(text)) is not ruled_out
    mine, theirs = rx.search(text), plain.search(text)
    assert (mine and mine.span()) == (theirs and theirs.span())
    assert [m.span() for m in rx.finditer(text, 5)] == [m.span() for m in plain.finditer(text, 5)]
