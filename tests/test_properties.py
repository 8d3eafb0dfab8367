"""Properties of extract() on arbitrary and on attack-like text (hypothesis)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strikewatch import extract
from strikewatch.records import ArticleRecord

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "eval" / "spec" / "article.schema.json"
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# --- strategies ------------------------------------------------------------------------------------------

ARBITRARY = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("\n\n\r\t .,;:!?\"'“”’()-–0123456789")),
    ),
    max_size=400,
)

SUBJECTS = ["Russia", "Ukraine", "Russian drones", "Ukrainian drones", "The enemy", "Russian forces", "Iran",
            "Israeli jets", "Air defences", "Officials"]
VERBS = ["launched", "attacked", "struck", "hit", "fired", "were shot down", "were intercepted",
         "were lost locationally", "breached air defences", "reached their targets", "killing", "injuring",
         "was killed", "were injured", "damaged", "threatened to strike", "could launch"]
WEAPONS = ["drones", "missiles", "Shahed drones", "Kh-101 cruise missiles", "Iskander-M ballistic missiles",
           "a Kinzhal", "guided bombs", "decoy drones", "targets", "drones and missiles"]
NUMBERS = ["0", "1", "7", "12", "41", "539", "1,200", "twenty-seven", "a dozen", "dozens", "several",
           "more than 400", "about 80", "at least 3", "another 21", "all", "none of the", "both",
           "two-thirds of 45", "99999999999"]
PLACES = ["Kyiv", "Kiev", "Kharkov", "Odessa", "the Kyiv region", "the Bryansk, Kursk and Oryol regions",
          "Krasnodar region", "the Bryansk region", "Yarova in Donetsk region", "Kremenchuk", "Shostka",
          "the village of Zelena Dolyna", "Belgorod", "Moscow", "Tel Aviv"]
TIMES = ["overnight", "overnight into Friday", "on Tuesday night", "yesterday",
         "on the night of 17-18 September", "on 14 February", "earlier this week", "from 23:40 to 03:10",
         "at 2 a.m.", "last night"]
CLAUSES = ["the air force said", "Russia's defence ministry said", "allegedly", "Russian media claimed",
           "no one was hurt", "there were no casualties", "the death toll rose to 14",
           "the largest attack since the invasion", "one of the largest attacks",
           "the alert lasted two and a half hours", "in total", "a claim Kyiv rejected",
           "fired from the Bryansk region", "people", "were killed", "an apartment block",
           "a power substation", "a school", "Over the past week"]

VOCABULARY = (SUBJECTS, VERBS, WEAPONS, NUMBERS, PLACES, TIMES, CLAUSES)
FRAGMENT = st.one_of(*(st.sampled_from(v) for v in VOCABULARY),
                     st.integers(min_value=0, max_value=100_000).map(str))
SENTENCE = st.builds(lambda words, end: " ".join(words) + end,
                     st.lists(FRAGMENT, min_size=1, max_size=14),
                     st.sampled_from([".", ".", ",", "!", "?", "", ";", " a.m."]))
ATTACK_TEXT = st.builds(lambda sents, seps: "".join(s + sep for s, sep in zip(sents, seps, strict=False)),
                        st.lists(SENTENCE, min_size=1, max_size=8),
                        st.lists(st.sampled_from([" ", " ", "\n\n", "\n", "  "]), min_size=8, max_size=8))
PUBLISHED = st.one_of(st.none(), st.sampled_from(
    ["2025-03-08", "2025-03-08T09:00:00+02:00", "2024-01-02T23:59:59Z", "not a date", ""]))


# --- checks ----------------------------------------------------------------------------------------------

def check_record(text: str, record: ArticleRecord) -> None:
    for ev in record.events:
        for item in ev.evidence:
            assert item.quote, item
            assert 0 <= item.start < item.end <= len(text), item
            assert text[item.start:item.end] == item.quote, item
            assert isinstance(item.hedged, bool)
        for counts in (ev.drones, ev.missiles):
            for value in (counts.launched, counts.destroyed, counts.hit):
                assert value is None or (type(value) is int and value >= 0), ev
        for value in (ev.killed, ev.injured):
            assert value is None or (type(value) is int and value >= 0), ev
        assert ev.alert_hours is None or ev.alert_hours >= 0
        assert ev.date is None or DATE_RE.match(ev.date), ev.date
        assert isinstance(ev.record, bool)
    for item in record.context:
        assert text[item.start:item.end] == item.quote


@pytest.fixture(scope="module")
def validator():
    import jsonschema
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


# --- properties ------------------------------------------------------------------------------------------

@SETTINGS
@given(text=ARBITRARY, published=PUBLISHED)
def test_arbitrary_text_never_raises_and_keeps_invariants(text, published):
    check_record(text, extract(text, published=published))


@SETTINGS
@given(text=ATTACK_TEXT, published=PUBLISHED)
def test_attack_like_text_never_raises_and_keeps_invariants(text, published):
    check_record(text, extract(text, published=published))


@SETTINGS
@given(text=st.one_of(ATTACK_TEXT, ARBITRARY), published=PUBLISHED, title=st.one_of(st.none(), SENTENCE))
def test_record_dict_validates_against_schema(validator, text, published, title):
    if validator is None:
        pytest.skip(f"{SCHEMA_PATH} is absent")
    record = extract(text, published=published, title=title, id="prop")
    data = record.to_dict()
    json.dumps(data)  # serialisable
    validator.validate(data)
