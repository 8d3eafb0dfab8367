"""Ukrainian and Russian reviews of several nights, each night told by a heading and its counts with no
verb ("Ніч на 10 липня. Ще 397 дронів і 18 ракет."): the counts are the night's launches; a night's
count with a verb keeps the verb's role."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-07-13T11:00:00+03:00"

events = partial(reading.events, published=PUBLISHED)


def _nights(text: str, **fields) -> list[tuple]:
    found = sorted(events(text, **fields), key=lambda e: e.date)
    return [(e.date, e.drones.launched, e.drones.destroyed, e.missiles.launched) for e in found]


def test_a_night_told_by_its_counts_alone_is_launched():
    text = ("Тиждень почався з масованого удару по заходу країни.\n\n"
            "Ніч на 9 липня. Росія випустила 728 дронів і 13 ракет, уражено Луцьк.\n\n"
            "Ніч на 10 липня. Ще 397 дронів і 18 ракет. Під ударом знову Київ: двоє загиблих.\n\n"
            "Ніч на 12 липня: 623 дрони та 26 ракет, збито 597 дронів. Пошкоджено будинки у Чернівцях.")
    assert _nights(text, outlet="Тижневий огляд") == [
        ("2025-07-09", 728, None, 13), ("2025-07-10", 397, None, 18), ("2025-07-12", 623, 597, 26)]


def test_a_russian_review_of_nights_told_by_their_counts():
    text = ("Прошедшая неделя стала одной из самых тяжелых для украинских городов.\n\n"
            "Ночь на 8 июля. Около 400 дронов и 20 ракет, удар пришелся на Харьков и Днепр.\n\n"
            "Ночь на 11 июля. Без передышки — еще 675 дронов и 56 ракет: пострадали Львов и Ровно.")
    assert _nights(text, outlet="Новая газета Европа") == [("2025-07-08", 400, None, 20),
                                                           ("2025-07-11", 675, None, 56)]


def test_the_counts_of_a_night_with_a_verb_keep_its_role():
    text = ("Огляд тижня.\n\n"
            "Ніч на 9 липня. Сили ППО збили 120 дронів, у Житомирі пошкоджено склад.\n\n"
            "Ніч на 11 липня. Ще 210 дронів, знешкоджено 190. Уражено Одесу.")
    assert _nights(text, outlet="Тижневий огляд") == [("2025-07-09", None, 120, None),
                                                      ("2025-07-11", 210, 190, None)]

