"""Ukrainian and Russian lists that open on one weapon in the singular ("ракету «Нептун» и девять
беспилотников"), models named in one language's lexicon and not the other's (Ukrainian missiles in Ukrainian
stories, "Х-55", "Х-32", "Х-35" in Russian ones), and a singular casualty word beside the other kind's figure
("є загиблий та четверо поранених")."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-12T09:40:00+03:00"

only = partial(reading.only, published=PUBLISHED)


# ------------------------------------------------------------------ one weapon opening a list
def test_a_weapon_in_the_singular_opening_a_list_of_counts_is_one():
    cases = [
        ("Ночью ПВО уничтожила над Белгородской областью ракету «Нептун» и девять беспилотников.", 1, 9,
         "destroyed"),
        ("Вночі сили ППО знищили ракету Х-59 та 20 дронів.", 1, 20, "destroyed"),
        ("Ворог атакував Україну ракетою Іскандер-М та 40 дронами.", 1, 40, "launched"),
        ("Над Курской областью перехвачены ракета ATACMS и 12 БПЛА.", 1, 12, "destroyed"),
    ]
    for text, missiles, drones, role in cases:
        event = only(text, outlet="X")
        assert (getattr(event.missiles, role), getattr(event.drones, role)) == (missiles, drones), text


def test_a_weapon_in_the_plural_or_with_no_count_joined_is_no_list():
    event = only("Вночі сили ППО знищили ракети та 20 дронів над Одещиною.", outlet="Одеська ОВА")
    assert (event.missiles.destroyed, event.drones.destroyed) == (None, 20)
    event = only("Вночі ворог атакував Одесу ракетою Х-59, 20 дронів збито над морем.", outlet="Одеська ОВА")
    assert (event.missiles.launched, event.missiles.destroyed, event.drones.destroyed) == (1, None, 20)


# ------------------------------------------------------------------------------ models in both
def test_ukrainian_missiles_are_models_in_ukrainian_stories():
    event = only("Уночі Сили оборони вдарили по аеродрому в Бердянську ракетами ATACMS. Окупанти заявили, що "
                 "збили дві ракети «Нептун».", outlet="Суспільне")
    assert [(w.model, w.destroyed) for w in event.weapons] == [("Neptune", 2)]


def test_older_cruise_missiles_are_models_in_russian_posts():
    event = only("Ночью противник выпустил по Украине четыре ракеты Х-55 и две Х-32, сбиты три Х-55.",
                 outlet="Зеркало недели")
    assert event.missiles.launched == 6
    assert {w.model for w in event.weapons} >= {"Kh-55", "Kh-32"}


# --------------------------------------------------------------- one casualty beside a figure
def test_a_singular_casualty_word_beside_the_other_kinds_figure_is_one():
    cases = [
        ("Внаслідок атаки на Харків є загиблий та четверо поранених.", (1, 4)),
        ("В результате атаки на Белгород есть погибший и пятеро раненых.", (1, 5)),
        ("Внаслідок удару по Сумах є поранений і двоє загиблих.", (2, 1)),
        ("После удара по Курску есть раненый и трое погибших.", (3, 1)),
    ]
    for text, tolls in cases:
        event = only(text, outlet="X")
        assert (event.killed, event.injured) == tolls, text


def test_figures_told_with_their_own_words_are_unchanged():
    event = only("Внаслідок атаки на Київ загинули троє людей, поранені 12.", outlet="КМВА")
    assert (event.killed, event.injured) == (3, 12)
