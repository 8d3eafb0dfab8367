"""The faithfulness checker catches briefs that say more, or other, than the article."""

from __future__ import annotations

import pytest

from strikewatch.extract import extract_article, extract_events
from strikewatch.faithful import check_brief, numbers_in
from strikewatch.records import ArticleInput, Brief

TEXT = (
    "Russia attacked Dnipro with 45 drones and four missiles overnight into Wednesday, killing one person "
    "and injuring 26, regional governor Serhiy Lysak said.\n\n"
    "Air defences shot down 38 of the drones and two of the missiles, the air force said.\n\n"
    "A drone reportedly hit a power substation on the edge of the city, leaving 12,000 homes without "
    "electricity, according to local media."
)
ARTICLE = ArticleInput(id="dnipro", text=TEXT, published="2025-09-10")
GOOD = Brief(
    headline="Russian drones and missiles kill one in Dnipro, injure 26",
    dek="Air defences shot down 38 drones and two missiles; a substation was reportedly hit.",
    summary="Russia attacked Dnipro with 45 drones and four missiles overnight into Wednesday, killing one "
    "person and injuring 26, regional governor Serhiy Lysak said.",
)


@pytest.fixture(scope="module")
def events():
    return extract_events(ARTICLE)


def kinds(problems):
    return sorted({p.kind for p in problems})


def test_a_faithful_brief_passes(events):
    assert check_brief(ARTICLE, events, GOOD) == []


def test_the_built_brief_and_the_record_forms_pass(events):
    record = extract_article(ARTICLE)
    assert check_brief(ARTICLE, record) == []
    assert check_brief(ARTICLE, record.to_dict()) == []
    assert check_brief(ARTICLE, record.to_dict()["events"], record.brief.to_dict()) == []


@pytest.mark.parametrize(
    ("part", "before", "after"),
    [
        ("headline", "kill one", "kill three"),
        ("summary", "45 drones", "54 drones"),
        ("dek", "38 drones", "380 drones"),
    ],
)
def test_a_changed_number_is_caught(events, part, before, after):
    brief = Brief(**{**GOOD.to_dict(), part: getattr(GOOD, part).replace(before, after)})
    problems = check_brief(ARTICLE, events, brief)
    assert kinds(problems) == ["number"]
    assert problems[0].part == part and problems[0].text in after


def test_a_number_in_the_wrong_role_is_caught(events):
    # 38 is in the article, but as drones shot down, not missiles
    brief = Brief(**{**GOOD.to_dict(), "dek": "Air defences shot down 38 missiles."})
    assert "number" in kinds(check_brief(ARTICLE, events, brief))


def test_a_place_not_in_the_text_is_caught(events):
    brief = Brief(**{**GOOD.to_dict(), "headline": "Russian drones and missiles kill one in Zaporizhzhia"})
    problems = check_brief(ARTICLE, events, brief)
    assert "place" in kinds(problems)
    assert any(p.text == "Zaporizhzhia" for p in problems)


def test_a_dropped_reportedly_is_caught(events):
    brief = Brief(**{**GOOD.to_dict(), "dek": "Air defences shot down 38 drones; a substation was hit."})
    assert check_brief(ARTICLE, events, brief) == []  # a bare "substation was hit" copies nothing hedged
    copied = (
        "A drone hit a power substation on the edge of the city, leaving 12,000 homes without electricity."
    )
    problems = check_brief(ARTICLE, events, Brief(**{**GOOD.to_dict(), "summary": copied}))
    assert kinds(problems) == ["hedge"]
    kept = copied.replace("A drone hit", "A drone reportedly hit")
    assert check_brief(ARTICLE, events, Brief(**{**GOOD.to_dict(), "summary": kept})) == []


def test_a_hedged_figure_must_stay_hedged():
    text = (
        "Ukrainian drones attacked an airfield in Russia's Kursk region overnight. Russia's defence "
        "ministry claimed that 27 drones were destroyed over the region."
    )
    article = ArticleInput(id="kursk", text=text, published="2025-09-10")
    events = extract_events(article)
    flat = Brief(
        "Russia downs 27 Ukrainian drones over Kursk region",
        "The attack hit an airfield.",
        "Ukrainian drones attacked an airfield in Russia's Kursk region overnight.",
    )
    assert "hedge" in kinds(check_brief(article, events, flat))
    hedged = Brief("Russia claims it downed 27 Ukrainian drones over Kursk region", flat.dek, flat.summary)
    assert check_brief(article, events, hedged) == []


def test_a_swapped_attacker_is_caught(events):
    brief = Brief(**{**GOOD.to_dict(), "headline": "Ukrainian drones kill one in Dnipro"})
    problems = check_brief(ARTICLE, events, brief)
    assert kinds(problems) == ["actor"]


def test_a_name_not_in_the_text_is_caught(events):
    summary = GOOD.summary.replace("Serhiy Lysak", "Vitali Klitschko")
    problems = check_brief(ARTICLE, events, Brief(**{**GOOD.to_dict(), "summary": summary}))
    assert {p.text for p in problems} == {"Vitali", "Klitschko"}


def test_limits_are_checked(events):
    long = Brief(
        GOOD.headline + " as air defences work through the night over the city",
        GOOD.dek,
        " ".join([GOOD.summary] * 4),
    )
    problems = check_brief(ARTICLE, events, long)
    assert {(p.part, p.kind) for p in problems} >= {("headline", "length"), ("summary", "length")}


def test_numbers_are_read_in_words_and_digits_with_their_role():
    found = numbers_in("Russia launched twenty-seven drones and a dozen missiles, killing 3 people.")
    assert found == [("twenty-seven", 27, "drone"), ("a dozen", 12, "missile"), ("3", 3, "casualty")]


def test_number_words_match_digits_in_the_text(events):
    brief = Brief(**{**GOOD.to_dict(), "dek": "Russia launched forty-five drones and 4 missiles."})
    assert check_brief(ARTICLE, events, brief) == []
