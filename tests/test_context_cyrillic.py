"""Context items of Ukrainian and Russian texts: statements by named officials, calls and meetings."""
from __future__ import annotations

import pytest

from strikewatch.context_cyrillic import extract_context_cyrillic
from strikewatch.records import ArticleInput

pytest.importorskip("pymorphy3")


def _items(text: str, language: str) -> list[tuple[str, tuple[str, ...]]]:
    items = extract_context_cyrillic(ArticleInput(id="t", text=text, language=language))
    for item in items:
        assert text[item.start:item.end] == item.quote
    return [(i.kind, i.actors) for i in items]


def test_a_known_figure_inflected_is_named_in_english():
    text = "Увечері Зеленський заявив, що партнери мають посилити тиск на Москву після нічної атаки."
    assert _items(text, "uk") == [("statement", ("Volodymyr Zelensky",))]


def test_a_titled_official_is_transliterated():
    text = "Міністр енергетики Остап Гнатюк наголосив, що ремонт підстанції триватиме тиждень."
    assert _items(text, "uk") == [("statement", ("Ostap Hnatiuk",))]


def test_a_governor_reporting_damage_makes_no_statement():
    text = "Губернатор области Андрей Ларин заявил, что пострадавших нет, повреждены два дома."
    assert _items(text, "ru") == []


def test_a_call_between_leaders_is_a_call_with_both():
    text = "Накануне Путин провел телефонный разговор с Трампом, сообщили в Кремле."
    assert _items(text, "ru") == [("call", ("Vladimir Putin", "Donald Trump"))]


def test_a_speaker_inside_quotation_marks_is_not_the_speaker():
    text = "«Путін не зупиниться сам», — заявив журналістам один із депутатів."
    assert _items(text, "uk") == []


def test_a_summit_in_a_relative_clause_does_not_hide_the_statement():
    text = ("Президент Зеленський, який у цей час перебував на саміті в Брюсселі, закликав партнерів "
            "пришвидшити постачання ППО.")
    assert _items(text, "uk") == [("statement", ("Volodymyr Zelensky",))]


def test_sentences_of_one_paragraph_are_read_apart():
    text = ("Ночью над регионом сбили восемь беспилотников. Песков заявил журналистам, что Кремль "
            "не видит оснований для паузы.")
    items = extract_context_cyrillic(ArticleInput(id="t", text=text, language="ru"))
    assert [(i.kind, i.actors) for i in items] == [("statement", ("Dmitry Peskov",))]
    assert items[0].quote.startswith("Песков")
