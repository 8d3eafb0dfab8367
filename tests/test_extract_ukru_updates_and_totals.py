"""Ukrainian and Russian tolls updated by a pronoun ("Згодом їх кількість зросла до восьми", "Позже их число
выросло до шести"), an old attack recalled by what happened when it was ("ніч на 7 вересня 2025 року, коли
росіяни випустили 810 дронів"), and totals after "Разом —" / "Вместе —" that go on past a conjunction."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2026-04-16T10:00:00+03:00"

events = partial(reading.events, published=PUBLISHED)
only = partial(reading.only, published=PUBLISHED)


# --------------------------------------------------------------------------- updates by a pronoun
def test_the_number_of_the_people_just_counted_updated():
    cases = [
        ("Вночі ворог атакував Дніпро. Відомо про шістьох поранених. Згодом їх кількість зросла до "
         "восьми.",
         "Дніпровська ОВА", (None, 8)),
        ("Уночі росіяни вдарили по Сумах дронами, поранено двох людей. Вранці їхня кількість зросла до "
         "п'яти.",
         "Сумська МВА", (None, 5)),
        ("Вночі ворог атакував Одесу. Загинули троє людей. Пізніше їх кількість зросла до чотирьох.",
         "Одеська ОВА", (4, None)),
        ("Ночью беспилотники атаковали Белгород, ранены трое. Позже их число выросло до семи.",
         "Белгородские новости", (None, 7)),
        ("Ночью ВСУ атаковали Курск. Погибли два человека. К утру их количество увеличилось до трех.",
         "Курские известия", (3, None)),
    ]
    for text, outlet, tolls in cases:
        event = only(text, outlet=outlet)
        assert (event.killed, event.injured) == tolls, text


def test_their_number_with_no_people_counted_before_is_no_toll():
    event = only("Вночі ворог атакував Харків дронами, пошкоджено склад. Їх кількість зросла до 12.",
                 outlet="Харківська ОВА")
    assert (event.killed, event.injured) == (None, None)


# ---------------------------------------------------------------------- an old day told by "when"
def test_an_old_night_told_by_what_happened_when_it_was_is_an_attack_of_its_own():
    text = ("У ніч на 16 квітня противник атакував Україну 659 ударними БпЛА, збито 636. У Києві загинула "
            "одна людина.\n\n"
            "Наймасованішою за всю війну залишається ніч на 7 вересня 2025 року, коли росіяни випустили 810 "
            "дронів і 13 ракет.")
    found = sorted(events(text, outlet="Суспільне"), key=lambda e: e.date, reverse=True)
    assert (found[0].date, found[0].drones.launched, found[0].killed) == ("2026-04-16", 659, 1)
    assert all(e.drones.launched != 659 for e in found[1:])
    text = ("В ночь на 16 апреля Россия выпустила по Украине 500 дронов, в Киеве ранены 12 человек.\n\n"
            "Самой массированной остается атака 7 сентября 2025 года, когда над Украиной фиксировали 810 "
            "беспилотников.")
    found = sorted(events(text, outlet="Медуза"), key=lambda e: e.date, reverse=True)
    assert (found[0].date, found[0].drones.launched, found[0].injured) == ("2026-04-16", 500, 12)


def test_the_night_just_past_told_with_when_stays_this_attack():
    event = only("У ніч на 16 квітня, коли росіяни випустили 300 дронів, у Києві поранено п'ятьох людей.",
                 outlet="Суспільне")
    assert (event.date, event.drones.launched, event.injured) == ("2026-04-16", 300, 5)


# ------------------------------------------------------------------------------- totals with a dash
def test_a_total_after_a_dash_goes_on_past_a_conjunction():
    event = only("Вночі противник запустив по Україні:\n– 20 крилатих ракет Х-101;\n– 10 ракет «Калібр»;\n"
                 "– 6 балістичних ракет Іскандер-М.\nРазом — 36 ракет та 50 ударних БпЛА.",
                 outlet="Повітряні сили")
    assert (event.missiles.launched, event.drones.launched) == (36, 50)
    event = only("Ночью противник выпустил по Украине 20 ракет Х-101, 10 «Калибров» и 40 беспилотников. "
                 "Итого — 30 ракет и 40 дронов.", outlet="Зеркало недели")
    assert (event.missiles.launched, event.drones.launched) == (30, 40)


def test_together_with_people_is_no_total():
    event = only("Вночі ворог атакував Київ ракетами. Разом із рятувальниками на місці працюють 5 бригад "
                 "медиків.",
                 outlet="КМВА")
    assert event.missiles.launched is None


# --------------------------------------------------------------------------- "ще N" before the figure
def test_more_told_before_the_figure_is_no_addition_to_it():
    # "Ще один дрон упав ...": more of what was told before it, not of the night's figure told after it
    cases = [
        ("Вночі у Полтаві пролунали вибухи, уламки пошкодили склад. Ще один дрон упав у полі за містом.\n\n"
         "Повітряні сили: за ніч ворог випустив 120 ударних дронів, збито 96.", "launched", 120),
        ("Над Курском ночью работала ПВО. Еще один беспилотник сбит над окраиной города.\n\n"
         "Всего за сутки по области выпущено 60 беспилотников, 41 из которых сбиты.", "destroyed", 41),
    ]
    for text, role, figure in cases:
        event = only(text)
        assert getattr(event.drones, role) == figure, text


def test_more_told_after_the_figure_still_adds_to_it():
    event = only("Ночью над Курской областью уничтожены 12 беспилотников. Ещё два сбиты над Рыльском.")
    assert event.drones.destroyed == 14


# --------------------------------------------------------------- a figure whose parts follow its colon
def test_an_update_whose_places_follow_its_colon_is_the_whole_toll():
    cases = [
        ("Четыре человека пострадали при атаках дронов на Курскую область, сообщил губернатор. "
         "В Рыльске ранен водитель. В Льгове пострадала пенсионерка. В Судже ранен мужчина.\n\n"
         "Вечером губернатор сообщил, что число раненых выросло до шести: в Глушкове дрон атаковал "
         "автобус, ранены двое пассажиров.", 6),
        ("Троє людей постраждали внаслідок атак дронів на Сумщину, повідомила ОВА. У Шостці поранено "
         "жінку. У Конотопі постраждав чоловік.\n\nУвечері в ОВА повідомили, що кількість поранених "
         "зросла до п'яти: у Ромнах дрон влучив у маршрутку, поранено двох пасажирів.", 5),
    ]
    for text, injured in cases:
        assert only(text, outlet="X").injured == injured, text


def test_more_people_listed_after_a_figures_colon_are_its_own():
    cases = [
        "Ночью дрон атаковал Курскую область. В Рыльске ранен водитель. Позже губернатор уточнил, что "
        "пострадавших двое: в селе Локоть осколочное ранение получил еще один мужчина.",
        "Уночі дрон атакував Сумщину. У Шостці поранено водія. Згодом в ОВА уточнили, що постраждалих двоє: "
        "у селі Вороніж поранення отримав ще один чоловік.",
    ]
    for text in cases:
        assert only(text, outlet="X").injured == 2, text
