"""Ukrainian and Russian: a figure that is the subject of the next verb is not the casualty word's before
it; "of them" after counts of two kinds is the combined whole; "з 6 бомбардувальників" counts aircraft,
no whole of weapons; a list opened by "Зокрема:" breaks down the figure told before it."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-05T09:00:00+03:00"

only = partial(reading.only, published=PUBLISHED)


def test_a_figure_that_is_the_next_verbs_subject_is_not_the_dead():
    event = only("Вночі у Кривому Розі загинула жінка і понад двадцять людей отримали поранення внаслідок "
                 "ракетного удару.")
    assert (event.killed, event.injured) == (1, 20)
    event = only("Ночью в Брянске погиб мужчина и четверо человек получили ранения при атаке беспилотников.")
    assert (event.killed, event.injured) == (1, 4)


def test_of_them_after_two_kinds_is_the_whole_of_both():
    event = only("У ніч на 3 жовтня ворог випустив по Миколаєву 4 крилаті ракети «Калібр» та 28 «шахедів», "
                 "з яких знищено 30 — усі чотири «Калібри» і 26 дронів.")
    assert (event.drones.launched, event.drones.destroyed) == (28, 26)
    assert (event.missiles.launched, event.missiles.destroyed) == (4, 4)
    event = only("Ночью противник выпустил по Сумам 3 ракеты и 25 беспилотников, из которых сбиты 22.")
    assert (event.drones.launched, event.drones.destroyed) == (25, None)
    # one kind before "of them": the figure is that kind's
    event = only("Ночью противник выпустил по Сумам 25 беспилотников, из которых сбиты 22.")
    assert (event.drones.launched, event.drones.destroyed) == (25, 22)


def test_the_aircraft_that_launched_are_no_whole_of_weapons():
    event = only("У ніч на 4 жовтня противник атакував Україну:\n"
                 "🔻 з 03:30 — 16 крилатих ракет Х-101 з 8 стратегічних бомбардувальників Ту-95МС;\n"
                 "🔻 4 аеробалістичні ракети «Кинджал» з чотирьох МіГ-31К.\n")
    assert event.missiles.launched == 20


def test_a_list_opened_by_in_particular_breaks_down_the_figure_before():
    event = only("У ніч на 4 жовтня ворог завдав комбінованого удару. Загалом зафіксовано 75 засобів "
                 "повітряного нападу!\n\nЗокрема:\n"
                 "🔻 з 22:00 3 жовтня до 05:00 — 60 ударних БпЛА типу Shahed-136/131 (південний напрямок);\n"
                 "🔻 з 04:00 — 15 крилатих ракет Х-101 (Саратовська область).\n\n"
                 "Разом — 15 ракет та 60 «шахедів».\n\nЗбито 12 ракет і 51 дрон.")
    assert (event.drones.launched, event.drones.destroyed) == (60, 51)
    assert (event.missiles.launched, event.missiles.destroyed) == (15, 12)


def test_an_abbreviation_ends_no_sentence():
    event = only("У ніч на 4 жовтня ворог атакував Україну:\n"
                 "– 40 ударних БпЛА типу Shahed – з напрямку Курськ;\n"
                 "– 3 аеробалістичні ракети Х-47М2 «Кинджал» – з Липецької обл. (МіГ-31К);\n"
                 "– 2 балістичні ракети Іскандер-М – з Воронезької обл.;\n"
                 "– 1 керована авіаційна ракета Х-59/69.\n")
    assert (event.drones.launched, event.missiles.launched) == (40, 6)
    event = only("Вночі ворог атакував м. Суми дронами. Загинула жінка.")
    assert event.killed == 1 and "Sumy" in event.places


def test_drones_that_left_the_airspace_are_not_destroyed():
    event = only("У ніч на 4 жовтня ворог атакував Україну 120 ударними БпЛА. Збито 90 дронів, 20 – "
                 "локаційно втрачені; 4 БпЛА залишили повітряний простір України в напрямку Білорусі, "
                 "ще 2 – у напрямку рф.")
    assert (event.drones.launched, event.drones.destroyed) == (120, 110)
    event = only("Ночью над Курской областью уничтожены 30 беспилотников. Еще 2 БПЛА покинули воздушное "
                 "пространство России.")
    assert event.drones.destroyed == 30


def test_shot_down_and_lost_told_apart_are_added():
    event = only("У ніч на 4 жовтня противник атакував Україну 150 ударними БпЛА.\n\n"
                 "За попередніми даними, збито 6 ракет.\n\n"
                 "Також збито 70 ударних БпЛА. 65 ворожих БпЛА-імітаторів – локаційно втрачені "
                 "(без негативних наслідків).")
    assert event.drones.destroyed == 135


def test_people_listed_with_their_age_and_wounds_after_the_noun():
    event = only("Вночі ворог атакував Чугуїв дронами. Госпіталізовано чоловіка 38 років з осколковими "
                 "пораненнями та 70-річну жінку з гострою реакцією на стрес.")
    assert event.injured == 2
    event = only("Вночі ворог атакував Херсон. Поранено жінку 54 років і чоловіка 60 років.")
    assert event.injured == 2
    event = only("Ночью беспилотники атаковали Шебекино. Ранены мужчина 1969 года рождения и его сын.")
    assert event.injured == 2
    event = only("Ночью беспилотники атаковали Курск. Госпитализированы женщина с баротравмой и мужчина с "
                 "осколочными ранениями ног.")
    assert event.injured == 2
    # one person, described: one
    event = only("Ночью беспилотники атаковали Курск. Ранен мужчина 45 лет, житель Суджи.")
    assert event.injured == 1


def test_a_figure_after_a_dash_counts_the_weapon_before_it():
    event = only("У ніч на 4 жовтня Росія атакувала Україну рекордною кількістю ударних дронів — 310. "
                 "Збито 280.")
    assert (event.drones.launched, event.drones.destroyed) == (310, 280)
    event = only("Ночью противник атаковал Одессу ударными беспилотниками — всего 45. Сбиты 40.")
    assert (event.drones.launched, event.drones.destroyed) == (45, 40)
    # with a number between, the weapon before is that number's
    event = only("Вночі ворог атакував Київщину 40 дронами. Пошкоджено будинки — 12.")
    assert event.drones.launched == 40


def test_more_over_one_of_the_regions_counted_is_a_part():
    event = only("Минобороны: ночью уничтожены 96 беспилотников над двенадцатью регионами. Больше всего "
                 "– 30 – над Брянской областью. Еще шесть сбиты над Тульской областью, пять – над Калужской.")
    assert event.drones.destroyed == 96
    event = only("Минобороны: ночью силы ПВО перехватили 96 беспилотников над 12 регионами. Еще шесть "
                 "сбиты над Тульской областью.")
    assert event.drones.destroyed == 96
    # over one region, more over another is more
    event = only("Ночью над Брянской областью уничтожены 20 БПЛА. Еще восемь сбиты над Рязанской областью.")
    assert event.drones.destroyed == 28
    event = only("Минобороны: ночью над 12 регионами уничтожены 96 беспилотников. Еще шесть сбиты над "
                 "Тульской областью.")
    assert event.drones.destroyed == 96
