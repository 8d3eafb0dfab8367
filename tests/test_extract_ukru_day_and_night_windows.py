"""A daytime attack and the night before it, each told with its own clock window ("з 09:00 до 16:00",
"з 18:30 9 березня до 07:00 10 березня") and its own figures, are two attacks even when the text opens on
both; and a number after a verb of destroying whose clause closes on a comma before a clause of its own
("ППО знешкодила 180, влучання зафіксовано ...") counts the weapons counted just before it."""
from __future__ import annotations

from functools import partial

import reading

events = partial(reading.events, published="2026-03-10T18:00:00+02:00")


def test_a_day_window_and_a_night_window_are_two_attacks():
    found = events("Ворог не обмежився нічною атакою: у вівторок вдень ударні дрони знову атакували "
                   "Черкаси.\n\nЗа даними Повітряних сил, з 09:00 до 16:00 противник запустив 150 ударних "
                   "БпЛА, збито 131. У Черкасах пошкоджено склад.\n\nОкремо військові повідомили про "
                   "підсумки ночі. З 18:30 9 березня до 07:00 10 березня ворог випустив 95 дронів, збито 80. "
                   "Вночі під ударом були Полтава та Суми, там поранено трьох людей.",
                   outlet="Центральний вісник")
    by_launched = {e.drones.launched: e for e in found}
    assert sorted(by_launched) == [95, 150]
    assert by_launched[95].drones.destroyed == 80 and set(by_launched[95].places) == {"Poltava", "Sumy"}
    assert by_launched[150].places == ("Cherkasy",)
    assert {e.date for e in found} == {"2026-03-10"}


def test_one_window_told_for_day_and_night_stays_one_attack():
    found = events("Київ відбив нічний удар дронами, а вдень столицю атакували ракетами. З 22:00 до 16:00 "
                   "ворог випустив 40 дронів і 6 ракет, збито 35 дронів.", outlet="Столичний вісник")
    assert len(found) == 1


def test_a_bare_number_before_a_clause_of_its_own():
    found = events("У ніч на 10 березня противник випустив 120 ударних дронів, ППО знешкодила 104, влучання "
                   "зафіксовано на 9 локаціях. У Житомирі пошкоджено будинок.", outlet="Житомирський вісник")
    assert (found[0].drones.launched, found[0].drones.destroyed) == (120, 104)
    found = events("Ночью противник выпустил 120 беспилотников, ПВО уничтожила 104, попадания "
                   "зафиксированы на девяти объектах. В Житомире поврежден дом.", outlet="Новости Житомира")
    assert (found[0].drones.launched, found[0].drones.destroyed) == (120, 104)


# ------------------------------------------------------------- an evening's strike and the night before it
def test_an_evening_strike_and_the_night_before_it_on_the_same_day_are_two_attacks():
    found = events("Увечері у вівторок, 10 березня, росіяни вдарили ракетами по Кременчуку. Поранено "
                   "чотирьох людей, пошкоджено склад.\n\nМіська влада просить мешканців не підходити до "
                   "уламків.\n\nУ ніч на 10 березня ворог запустив по Україні 88 ударних дронів, 70 з них "
                   "збили. Під ударом були Суми.\n\nЗа ту ніч у Сумах поранено двох людей.",
                   outlet="Полтавський кур'єр")
    by_launched = {e.drones.launched: e for e in found}
    assert sorted(by_launched, key=str) == [88, None]
    assert (by_launched[88].drones.destroyed, by_launched[88].injured) == (70, 2)
    assert by_launched[None].injured == 4 and by_launched[None].places == ("Kremenchuk",)


def test_an_evening_warning_before_the_nights_figures_is_one_attack():
    found = events("Увечері 9 березня Повітряні сили попередили про групи ударних дронів над Полтавщиною.\n\n"
                   "У ніч на 10 березня ворог запустив по Україні 88 ударних дронів, 70 з них збили. Під "
                   "ударом були Суми.", outlet="Полтавський кур'єр")
    assert len(found) == 1 and found[0].drones.launched == 88


def test_more_weapons_by_day_after_the_night_are_a_second_wave():
    # "Ночью ... N. Днем ... еще M": two waves of one day; the total for the whole day is neither's
    cases = [
        ("За сутки 10 марта средства ПВО перехватили в общей сложности 70 украинских беспилотников.\n\n"
         "Ночью, по данным ведомства, было уничтожено 45 БПЛА над Смоленской и Тверской областями.\n\n"
         "Днем, с 09:00 до 19:00, дежурные средства ПВО сбили еще 25 беспилотников над Псковской областью.",
         "Минобороны", [25, 45]),
        ("Вночі над Черкащиною збито 30 ударних дронів.\n\nВдень ворог продовжив атаку: над областю "
         "знешкоджено ще 12 безпілотників.", "Черкаська ОВА", [12, 30]),
    ]
    for text, outlet, destroyed in cases:
        found = events(text, outlet=outlet)
        assert sorted(e.drones.destroyed for e in found) == destroyed, text
        assert {e.date for e in found} == {"2026-03-10"}, text


def test_the_night_told_again_by_day_stays_one_attack():
    found = events("Вночі над Черкащиною збито 30 ударних дронів.\n\nВдень у Черкасах тривали аварійні "
                   "роботи, уламки пошкодили два будинки.", outlet="Черкаська ОВА")
    assert len(found) == 1 and found[0].drones.destroyed == 30


def test_the_night_recalled_in_an_update_of_the_day_is_the_first_wave():
    # an evening update told by a daytime window, recalling the night onto the same day: two waves, and the
    # figure for the whole day is neither's
    found = events("Вечірнє оновлення. Після нічної атаки ворог продовжив удари вдень.\n\n"
                   "З 10:00 до 17:00 10 березня противник атакував 140 ударними БпЛА. Збито 120 БпЛА.\n\n"
                   "Нагадаємо, у ніч на 10 березня ворог застосував 210 ударних БпЛА та 6 крилатих ракет. "
                   "Тоді було збито 190 дронів і 5 ракет.\n\n"
                   "Отже, упродовж доби противник застосував 350 ударних дронів.", outlet="Повітряні сили")
    by_launched = {e.drones.launched: e for e in found}
    assert sorted(by_launched) == [140, 210]
    assert by_launched[140].drones.destroyed == 120
    assert (by_launched[210].drones.destroyed, by_launched[210].missiles.launched) == (190, 6)
    assert {e.date for e in found} == {"2026-03-10"}


def test_a_strike_by_day_after_the_nights_count_is_the_days_attack():
    # "Ночью ... сбиты N. Днем дрон атаковал ...": a strike by day, told with what it hit, is its own attack
    cases = [
        ("Ночью над Курской областью силы ПВО уничтожили 16 беспилотников. Пострадавших нет.\n\n"
         "Днем украинский дрон атаковал трактор у села Глушково, ранен тракторист.", "Курские известия"),
        ("Вночі над Чернігівщиною збито 16 ударних дронів, обійшлося без постраждалих.\n\n"
         "Вдень ворожий дрон атакував автомобіль у Ніжині, поранено водія.", "Чернігівська ОВА"),
    ]
    for text, outlet in cases:
        found = events(text, outlet=outlet)
        assert sorted((e.drones.destroyed or 0, e.injured or 0) for e in found) == [(0, 1), (16, 0)], text
        assert {e.date for e in found} == {"2026-03-10"}, text


# ------------------------------------------------- a text told by a daytime window, and the night's own count
def test_the_nights_count_told_beside_a_daytime_window_is_an_attack_of_its_own():
    found = events("С 9:00 до 15:00 по московскому времени над Россией перехвачены и уничтожены 36 "
                   "украинских беспилотников, сообщило Минобороны.\n\nПо данным ведомства, 20 БПЛА "
                   "сбиты над Брянской областью и 16 — над Орловской.\n\nУтром военные сообщили о 61 "
                   "беспилотнике, уничтоженном за ночь. Таким образом, с вечера понедельника в общей "
                   "сложности сбиты 97 дронов.",
                   published="2026-03-10T16:30:00+03:00", outlet="Орловский курьер")
    destroyed = sorted(e.drones.destroyed for e in found)
    assert destroyed == [36, 61]  # 97 is the sum of the two, neither's figure
    assert {e.date for e in found} == {"2026-03-10"}


def test_a_day_told_whole_stays_one_attack():
    found = events("Украинские беспилотники вторые сутки атакуют центральные регионы России. За сутки "
                   "сбиты более 60 аппаратов.\n\nУтром ведомство сообщило, что в течение прошедшей "
                   "ночи перехвачены и уничтожены 45 беспилотников: 30 — над Брянской областью, 15 — "
                   "над Калужской.\n\nДнем атаки продолжились. «В период с 09:00 до 15:00 мск "
                   "перехвачены и уничтожены 17 беспилотников», — говорится в сообщении.\n\nТаким "
                   "образом, с вечера вторника сбиты 62 беспилотника.",
                   published="2026-03-10T20:30:00+03:00", outlet="Брянский курьер")
    assert [e.drones.destroyed for e in found] == [62]
