"""The pre-filter: what passes, the same answer from Python and from Arrow, and --prefilter."""
from __future__ import annotations

import pytest

from conftest import make_article, make_jsonl
from strikewatch import prefilter
from strikewatch.cli import cli

ATTACKS = [
    "Russia launched 93 Shahed-type drones and two Iskander-M missiles overnight, the air force said.",
    "Air defences were active over Lviv as explosions were heard; the city was on air alert for 4 hours.",
    "Russian forces struck Zaporizhzhia overnight. Officials confirmed one death and 14 injured.",
    "An Israeli attack on the tents killed at least 20 people, the health ministry said.",
    "Уночі росіяни атакували Одесу ударними БпЛА, повідомили в ОВА.",
    "Вночі ворог завдав удару по Харкову, загинули двоє людей.",
    "Силы ПВО сбили 41 беспилотник над Курской областью, сообщило Минобороны.",
    "В результате удара по Белгороду погибли три человека.",
]
OTHER_NEWS = [
    "The central bank held interest rates at 4.5% on Thursday, citing stubborn services inflation.",
    "Workers at the car plant voted to strike over pay, the union said.",
    "The striker scored twice as the home side came back to win 3-2 in the cup final.",
    "The heart attack survivor thanked the paramedics who restarted her heart on the platform.",
    "Парламент ухвалив бюджет на наступний рік у другому читанні.",
    "Сборная завоевала три золотые медали на чемпионате Европы по плаванию.",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_reports_of_attacks_pass(text):
    assert prefilter.passes(text)


@pytest.mark.parametrize("text", OTHER_NEWS)
def test_other_news_does_not_pass(text):
    assert not prefilter.passes(text)


def test_arrow_mask_agrees_with_python():
    texts = [*ATTACKS, *OTHER_NEWS, "", None]
    assert prefilter.mask(texts).to_pylist() == [bool(t) and prefilter.passes(t) for t in texts]


def test_stems_are_lower_case_and_every_language_has_some():
    for group, languages in prefilter.stems().items():
        for language in prefilter.LANGUAGES:
            assert languages[language], f"{group}/{language} has no stem"


def test_extract_prefilter_leaves_out_other_news(runner, write):
    other = make_article("budget", title="Budget passes", text=" ".join([OTHER_NEWS[0]] * 6))
    path = write("mixed.jsonl", make_jsonl(make_article("a1"), other, make_article("a2")))
    result = runner.invoke(cli, ["extract", path, "--prefilter"])
    assert result.exit_code == 0
    assert [line.split('"')[3] for line in result.stdout.splitlines()] == ["a1", "a2"]
    assert result.stderr.splitlines()[-1] == "2 articles extracted, 0 rejected, 1 left out by the pre-filter"
