"""Ukrainian and Russian figures read by their clause: the minutes of a clock time are no count, a count
said to stay in the air to the end of its clause is no figure, a region's total closes the towns' tolls
updated one by one, the ministry's earlier clock frame of the same day (its times written "08:00" or
"8.00") adds to its list, a count that is part of a whole destroyed leaves the whole as the figure, and
a participle's time ("сбитых за ночь") stands between a number and its weapon; a sentence that sums up
("Таким образом", "Отже") gives the whole toll; a daytime attack is apart from the night before it;
drones in the airspace are no figure; "удар двох ракет" launched them; oblique numerals the dictionary
lacks are read; an earlier day told with "тоді", or a later paragraph opening on it, is an attack of its
own."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2026-02-11T09:40:00+02:00"

only = partial(reading.only, published=PUBLISHED)


def test_the_minutes_of_a_clock_time_are_no_count():
    event = only("Вночі ворог атакував Полтаву. Близько 03:25 дрон влучив у склад на околиці міста. "
                 "Оновлено (07:50): поранено двох працівників.", outlet="Полтавська ОВА")
    assert (event.drones.hit, event.injured) == (None, 2)


def test_drones_still_in_the_air_at_the_end_of_the_clause_are_no_figure():
    event = only("У ніч на 11 лютого ворог атакував Україну 90 ударними БпЛА. Збито 71 дрон. Ще три дрони на "
                 "момент публікації залишалися у повітрі.", outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.drones.destroyed) == (90, 71)
    event = only("Ночью армия РФ запустила по Украине 90 беспилотников, сбиты 71. Еще три дрона к утру "
                 "оставались в воздухе.", outlet="Медиазона")
    assert (event.drones.launched, event.drones.destroyed) == (90, 71)


def test_a_regions_total_closes_the_towns_tolls_updated_one_by_one():
    event = only("Вночі ворог атакував Полтавщину дронами.\n\n"
                 "Полтава. Поранено жінку 52 років.\n"
                 "Кременчук. Травмовано двох чоловіків.\n\n"
                 "Оновлено: у Полтаві ще один поранений, у Кременчуці постраждали троє.\n\n"
                 "Загалом на Полтавщині поранено четверо людей.", outlet="Полтавська ОВА")
    assert event.injured == 4


def test_the_ministrys_earlier_clock_frame_of_the_same_day_adds_to_its_list():
    event = only("Сегодня в период с 19:00 до 22:00 мск дежурными средствами ПВО уничтожены 21 украинский "
                 "беспилотный летательный аппарат самолетного типа:\n\n"
                 "12 – над территорией Брянской области,\n"
                 "9 – над территорией Смоленской области.\n\n"
                 "Ранее, в период с 07:00 до 13:00 мск, над территорией Курской области были перехвачены еще "
                 "11 украинских БПЛА.", outlet="Минобороны России")
    assert event.drones.destroyed == 32


def test_a_clock_frame_written_with_dots_adds_to_the_list_too():
    event = only("Сегодня в период с 18.00 до 21.00 мск дежурными средствами ПВО уничтожены 14 украинских "
                 "беспилотных летательных аппаратов над территорией Орловской области.\n\n"
                 "Ранее, в период с 09.00 до 15.00 мск, над территорией Брянской области были перехвачены "
                 "еще семь украинских БПЛА.", outlet="Минобороны России")
    assert event.drones.destroyed == 21


def test_a_part_of_the_whole_destroyed_that_night():
    event = only("Ночью беспилотники атаковали Липецк. По данным Минобороны, над Липецкой областью сбиты 9 "
                 "украинских БПЛА из 47, уничтоженных за ночь над регионами России.",
                 outlet="Липецкий вестник")
    assert (event.drones.launched, event.drones.destroyed) == (None, 47)


def test_a_participles_time_before_the_weapon_it_counts():
    event = only("Минобороны РФ заявило в целом о 212 сбитых за ночь беспилотниках, из них 15 – над "
                 "Московским регионом.", outlet="Новая газета Европа")
    assert event.drones.destroyed == 212


def test_a_sentence_that_sums_up_gives_the_whole_toll():
    event = only("Ночью беспилотники атаковали Курск и Льгов.\n\n"
                 "В Курске повреждены два частных дома, пострадала женщина 61 года.\n\n"
                 "Во Льгове пострадал мужчина, он госпитализирован.\n\n"
                 "UPD 09:10: В Курске за помощью обратился ещё один человек. Таким образом, пострадавших по "
                 "итогам ночи трое.", outlet="Курский губернатор")
    assert event.injured == 3
    event = only("Вночі ворог атакував Сумщину дронами.\n\n"
                 "У Сумах поранено двох людей.\n\n"
                 "У Шостці травмовано жінку.\n\n"
                 "Оновлено: у Сумах до лікарні звернулася ще одна людина. Отже, за ніч поранено четверо.",
                 outlet="Сумська ОВА")
    assert event.injured == 4


def test_a_daytime_attack_and_the_night_before_it_are_two_attacks():
    found = reading.events("Росія у вівторок, 10 лютого, вдень атакувала Україну: з 09:00 до 17:00 противник "
                           "запустив 320 ударних БпЛА, збито 290. У Рівному пошкоджено склад.\n\n"
                           "Ця атака не пов'язана з нічною: у ніч на 10 лютого ворог випустив 95 дронів, "
                           "з яких 80 збили.", published="2026-02-10T19:30:00+02:00",
                           outlet="Західний вісник")
    launched = sorted(e.drones.launched for e in found if e.drones.launched)
    assert launched == [95, 320]
    found = reading.events("Київ відбив нічний удар дронами, а вдень столицю атакували ракетами. У ніч на 10 "
                           "лютого ворог випустив 40 дронів, збито 35. Вдень ППО збила 6 ракет.",
                           published="2026-02-10T19:30:00+02:00", outlet="Столичний вісник")
    assert len(found) == 1


def test_drones_still_in_the_airspace_are_no_figure():
    event = only("У ніч на 11 лютого противник атакував 210 ударними БпЛА. Збито 190 ворожих БпЛА. Ще чотири "
                 "ворожі дрони станом на ранок перебувають у повітряному просторі.",
                 outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.drones.destroyed) == (210, 190)


def test_the_strike_of_the_weapons_counted_after_it_launched_them():
    event = only("Кількість загиблих унаслідок удару двох балістичних ракет по центру Полтави зросла до 9.",
                 outlet="Суспільне")
    assert (event.missiles.launched, event.killed) == (2, 9)


def test_oblique_hundreds_and_ninety_the_dictionary_lacks():
    event = only("Уночі противник атакував Україну п'ятистами сорока ударними БпЛА та дев'яноста ракетами.",
                 outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.missiles.launched) == (540, 90)


def test_an_earlier_day_told_with_then_is_an_attack_of_its_own():
    found = reading.events("У ніч на 16 серпня ворог атакував Ізмаїльський район 12 дронами, усі збито. "
                           "Обійшлося без загиблих.\n\nЦе не перша атака на порти. Дрони влучили в "
                           "термінал у Рені ще 3 серпня, тоді поранено п'ятьох людей.",
                           published="2023-08-16T09:50:00+03:00", outlet="Південь.Інфо")
    tonight = next(e for e in found if e.drones.launched == 12)
    assert tonight.injured is None
    assert any(e.injured == 5 and e.date == "2023-08-03" for e in found)


def test_a_later_paragraph_opening_on_an_earlier_day_is_an_attack_of_its_own():
    found = reading.events("Ночью над Брянской областью сбиты 6 беспилотников. В Клинцах ранены двое.\n\n"
                           "Брянщина остается одним из самых атакуемых регионов. 2 ноября в результате атаки "
                           "дрона на Стародубский район повреждено здание школы, обошлось без пострадавших.",
                           published="2023-11-19T12:15:00+03:00", outlet="Дела и люди")
    tonight = next(e for e in found if e.drones.destroyed == 6)
    assert (tonight.date, tonight.killed, tonight.injured) == ("2023-11-19", None, 2)
    assert any(e.date == "2023-11-02" and (e.killed, e.injured) == (0, 0) for e in found)


def test_the_day_before_dated_past_an_aside_is_an_attack_of_its_own():
    text = ("В ночь на 14 октября над Смоленской и Калужской областями уничтожены 40 украинских "
            "беспилотников.\n\nКроме того, как сообщили в ведомстве, накануне днем, в период с 12:00 до "
            "18:00 мск 13 октября, над территорией Смоленской области были перехвачены еще 9 БПЛА.")
    found = reading.events(text, published="2025-10-14T08:00:00+03:00", outlet="Минобороны России")
    assert sorted((e.date, e.drones.destroyed) for e in found) == [("2025-10-13", 9), ("2025-10-14", 40)]
