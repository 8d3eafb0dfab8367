"""Ukrainian and Russian posts in the real formats with phrasings the reader had not met: numbers in
digits with a case ending and in words whose form is also an ordinal's, one weapon named in the
instrumental, the side named after the weapon noun, "no human losses", the injured as "потерпілі", towns
listed before a district, the area around a town, and the previous attack told with its date."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-12-13T10:15:00+02:00"


events = partial(reading.events, published=PUBLISHED)
only = partial(reading.only, published=PUBLISHED)


# ------------------------------------------------------------------------------------------ numbers
def test_a_compound_number_in_words_whose_tens_are_also_an_ordinal():
    event = only("У ніч на 12 грудня (з 19:00 11 грудня) противник завдав удару трьома балістичними ракетами "
                 "Іскандер-М та дев'яноста трьома ударними БпЛА типу Shahed, Гербера та "
                 "дронами-імітаторами.\n\n"
                 "За попередніми даними, станом на 09:00 знешкоджено 80 цілей: дві ракети Іскандер-М та 78 "
                 "ворожих БпЛА.", outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.drones.destroyed) == (93, 78)
    assert (event.missiles.launched, event.missiles.destroyed) == (3, 2)


def test_a_number_in_digits_with_its_case_ending():
    event = only("У ніч на 3 грудня ворог атакував Україну 120-ма ударними безпілотниками та "
                 "шістьма керованими "
                 "авіаційними ракетами Х-59/69. Нашим силам протиповітряної оборони вдалося "
                 "нейтралізувати 101 "
                 "дрон та чотири ракети.", outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.drones.destroyed) == (120, 101)
    event = only("В ночь на 12 декабря армия РФ атаковала Украину 5-ю баллистическими ракетами. Три ракеты "
                 "удалось сбить.", outlet="Вечерний Киев")
    assert (event.missiles.launched, event.missiles.destroyed) == (5, 3)


def test_a_decade_in_digits_is_no_figure():
    event = only("Ночью дроны атаковали Харьков, как в 90-х годах горели склады. Пострадали двое.",
                 outlet="Харьков Today")
    assert event.drones.launched is None and event.injured == 2


def test_a_dozen():
    event = only("Упродовж ночі в небі над Чернігівщиною вдалося знешкодити дюжину ворожих шахедів.",
                 outlet="Чернігівська ОВА")
    assert event.drones.destroyed == 12


# ------------------------------------------------------------------------------------ one weapon, sides
def test_one_weapon_in_the_instrumental_and_none_shot_down():
    event = only("Росіяни вдарили балістичною ракетою по Кривому Рогу. Загинули чотири особи, серед них "
                 "підліток. Збити ракету не вдалося.", outlet="РБК-Україна")
    assert (event.missiles.launched, event.missiles.destroyed, event.killed) == (1, 0, 4)


def test_the_side_named_in_the_genitive_after_the_weapon_noun():
    event = only("Силы ПВО за ночь уничтожили 112 беспилотников ВСУ над десятью регионами России, сообщило "
                 "Минобороны РФ.", outlet="ТАСС")
    assert (event.attacker, event.target_country, event.drones.destroyed) == ("UA", "RU", 112)


# ---------------------------------------------------------------------------------------- casualties
def test_no_human_losses_is_no_casualties():
    event = only("Вночі Хмельниччина була під атакою ворожих ракет і дронів. На жаль, є влучання в об'єкт "
                 "критичної інфраструктури у Шепетівському районі. Людських втрат немає.",
                 outlet="Хмельницька ОВА")
    assert (event.killed, event.injured) == (0, 0)


def test_the_victims_updated():
    event = only("Унаслідок масованої атаки на столицю загинули двоє людей, поранено "
                 "12.\n\nОновлення (09:12): "
                 "Кількість потерпілих зросла до шістнадцяти. Медики госпіталізували дев'ятьох.",
                 outlet="Київська МВА")
    assert (event.killed, event.injured) == (2, 16)


def test_a_drone_named_with_its_latin_abbreviation():
    found = events("Уночі ворог атакував FPV-дронами Херсон, поранено двох чоловіків.\n\nВдень окупанти "
                   "обстріляли з артилерії Білозерку.", outlet="Херсонська ОВА")
    assert [e.injured for e in found if "Kherson" in e.places] == [2]  # not ground fire only


# ------------------------------------------------------------------------------------------- places
def test_towns_listed_before_a_district_are_places():
    event = only("Ночью Ростовская область подверглась массированной атаке БПЛА. Силами ПВО уничтожено и "
                 "подавлено пятнадцать беспилотников в Таганроге, Азове и Миллеровском районе.",
                 outlet="Губернатор Ростовской области")
    assert {"Taganrog", "Azov"} <= set(event.places) and event.drones.destroyed == 15


def test_the_area_around_a_town_is_the_town():
    event = only("Вночі ворог атакував Павлоградщину ударними дронами. Пошкоджено приватний будинок, "
                 "травмовано чоловіка.", outlet="Дніпропетровська ОВА")
    assert "Pavlohrad" in event.places and event.injured == 1
    event = only("Росіяни обстріляли з дронів громади на Нікопольщині, загинула жінка.", outlet="Суспільне")
    assert "Nikopol" in event.places and event.killed == 1


# ------------------------------------------------------------------------------------ earlier attacks
def test_the_previous_attack_told_with_its_date_is_an_event_of_its_own():
    found = events("Уночі ворог атакував Одещину дронами, пошкоджено енергетичний об'єкт. Постраждали двоє "
                   "людей.\n\nЦе вже друга атака на енергетику Одещини за тиждень: попередня була у ніч на 9 "
                   "грудня, тоді дрони влучили в підстанцію.", outlet="Одеська ОВА")
    assert sorted(e.date for e in found) == ["2025-12-09", "2025-12-13"]
    assert next(e for e in found if e.date == "2025-12-13").injured == 2


def test_the_day_before_with_its_date_is_an_earlier_attack():
    found = events("В ночь на 13 декабря беспилотники атаковали Белгород, повреждены два дома, пострадавших "
                   "нет.\n\nДнем ранее, 12 декабря, в Шебекине FPV-дроны атаковали несколько "
                   "автомобилей, тогда "
                   "пострадали три человека.", outlet="Белгородские новости")
    earlier = next(e for e in found if e.date == "2025-12-12")
    assert earlier.injured == 3
    assert next(e for e in found if e.date == "2025-12-13").injured == 0


def test_a_recall_that_tells_of_no_attack_is_no_event():
    found = events("В ночь на 13 декабря Россия ударила по Одессе дронами, повреждено складское помещение. "
                   "Пострадали трое.\n\nНапомним, с начала декабря это уже пятая атака на Одессу.",
                   outlet="Думская")
    assert len(found) == 1 and found[0].injured == 3


def test_the_order_of_an_attack_over_a_week_is_no_total_over_it():
    found = events("Уночі росіяни атакували Київ ударними дронами, поранено трьох "
                   "людей.\n\nНагадаємо, це вже "
                   "друга атака на столицю за тиждень: попередня сталася в ніч на 8 грудня, тоді по Україні "
                   "випустили понад 300 дронів.", outlet="Київська МВА")
    assert next(e for e in found if e.date == "2025-12-08").drones.launched == 300


def test_iskanders_named_without_their_letter():
    event = only("У ніч на 13 грудня противник запустив 14 ракет: шість крилатих Х-101 та вісім балістичних "
                 "Іскандер-М. Шість Х-101 і всі вісім Іскандерів перехоплено.", outlet="Повітряні сили ЗСУ")
    assert (event.missiles.launched, event.missiles.destroyed) == (14, 14)


def test_none_shot_down_told_of_the_weapons_by_a_pronoun():
    event = only("Росія вдарила по Полтаві чотирма балістичними ракетами. Жодну з них збити не вдалося. Троє "
                 "людей загинули.", outlet="Українська правда")
    assert (event.missiles.launched, event.missiles.destroyed, event.killed) == (4, 0, 3)
    event = only("Ночью Одессу атаковали ракетой Х-31: по данным Воздушных сил, она не была сбита. "
                 "Повреждены "
                 "склады в порту.", outlet="Думская")
    assert (event.missiles.launched, event.missiles.destroyed) == (1, 0)


def test_nothing_told_of_the_interceptions_is_no_zero():
    event = only("В ночь на 13 декабря армия РФ атаковала Украину девятью ракетами и 120 дронами. ПВО сбила "
                 "98 беспилотников. О перехвате ракет не сообщается.", outlet="Зеркало недели")
    assert (event.missiles.launched, event.missiles.destroyed, event.drones.destroyed) == (9, None, 98)
