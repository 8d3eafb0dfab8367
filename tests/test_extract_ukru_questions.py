"""Question-and-answer explainers in Ukrainian and Russian ("Что известно об атаке"): a question about one
kind of casualty, then an answer that opens with a bare figure."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-09-03T10:00:00+03:00"

only = partial(reading.only, published=PUBLISHED)


def test_a_bare_figure_answers_the_question_about_the_injured():
    event = only("Ночью Курск атаковали украинские беспилотники. Отвечаем на главные вопросы.\n\n"
                 "Есть ли пострадавшие?\nДа, трое. Пожилого мужчину доставили в больницу, остальным помощь "
                 "оказали на месте. Погибших нет.\n\nЧто повреждено?\nВ частном секторе загорелись два дома.",
                 outlet="Курский вестник")
    assert (event.killed, event.injured) == (0, 3)


def test_a_bare_figure_answers_the_question_about_the_dead_in_ukrainian():
    event = only("Уночі росіяни атакували Суми ударними дронами. Що відомо на ранок.\n\n"
                 "Чи є загиблі?\nТак, двоє. Ще одна жінка в лікарні.\n\nЩо пошкоджено?\nБагатоповерхівку.",
                 outlet="Сумський тиждень")
    assert event.killed == 2


def test_an_answer_that_goes_on_past_its_figure_is_not_a_bare_toll():
    event = only("Ночью Белгород атаковали беспилотники. Что известно.\n\nЕсть ли пострадавшие?\n"
                 "Двое из пострадавших — сотрудники охраны, сообщил губернатор. Всего пострадали пять "
                 "человек.",
                 outlet="Белгородский вестник")
    assert event.injured == 5
