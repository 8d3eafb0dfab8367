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


def test_talks_between_delegations_are_a_negotiation_of_both_states():
    text = "Тим часом у Женеві тривав другий день переговорів делегацій України та Сполучених Штатів."
    assert _items(text, "uk") == [("negotiation", ("Ukraine", "United States"))]


def test_talks_named_by_a_compound_adjective_give_both_states():
    text = "Удар пришелся на канун российско-украинских переговоров в Стамбуле."
    assert _items(text, "ru") == [("negotiation", ("Russia", "Ukraine"))]


def test_a_leader_speaking_of_talks_is_a_statement():
    text = "Зеленський заявив, що українська делегація готова до нового раунду переговорів."
    assert _items(text, "uk") == [("statement", ("Volodymyr Zelensky",))]


def test_sanctions_adopted_are_reported_with_the_states_named():
    text = "Рада ЄС затвердила новий пакет санкцій проти Росії, що стосується тіньового флоту."
    assert _items(text, "uk") == [("sanctions", ("European Union", "Russia"))]


def test_a_threat_of_sanctions_is_no_sanctions():
    text = "Американский президент снова пригрозил новыми санкциями против российской нефти."
    assert _items(text, "ru") == []


def test_a_supply_of_air_defence_is_an_arms_supply():
    text = "Німеччина передала Україні ще одну батарею Patriot, повідомили в уряді."
    assert _items(text, "uk") == [("arms_supply", ("Germany", "Ukraine"))]


def test_a_plea_for_weapons_is_no_supply():
    text = "Власти Украины снова обратились к партнерам с просьбой ускорить поставки систем ПВО."
    assert [kind for kind, _ in _items(text, "ru")] == []


def test_the_kremlin_speaking_is_a_statement_of_russia():
    text = "В Кремле назвали ночную атаку попыткой сорвать переговорный процесс."
    assert _items(text, "ru") == [("statement", ("Russia",))]


def test_the_kremlin_named_as_a_complement_does_not_speak():
    text = "У Києві атаку назвали відповіддю Кремля на мирні ініціативи."
    assert _items(text, "uk") == []
