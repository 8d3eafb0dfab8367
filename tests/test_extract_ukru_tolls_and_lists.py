"""Ukrainian and Russian tolls told in steps and weapon lists told with a colon: a "no casualties" said
first and an injured person told later, a zero with an aside or with the people it sets aside, injuries
named by their kind (burns, barotrauma) or by the hospital, a count's parts after a colon with a model
named alone among them, and a nationality adjective that belongs to the people who tell the figure, not
to the weapons counted."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-09-21T10:20:00+03:00"


events = partial(reading.events, published=PUBLISHED)
only = partial(reading.only, published=PUBLISHED)


# ------------------------------------------------------------------------------ tolls told in steps
def test_a_first_no_casualties_then_an_injured_person_keeps_the_dead_at_zero():
    event = only("Вночі ворожі дрони атакували Чернігів, пошкоджено склад. Попередньо без постраждалих.\n\n"
                 "Оновлено: у місті травмовано жінку 38 років.", outlet="Чернігівська МВА")
    assert (event.killed, event.injured) == (0, 1)
    event = only("Ночью беспилотник атаковал Курск, повреждена крыша многоквартирного дома. «Пострадавших "
                 "нет», — написал губернатор. Позднее стало известно, что за медицинской помощью обратился "
                 "мужчина.", outlet="Курские известия")
    assert (event.killed, event.injured) == (0, 1)


def test_no_casualties_in_one_place_and_the_injured_in_another_say_nothing_of_the_dead():
    event = only("Уночі ворог атакував Сумщину дронами. У Сумах пошкоджено гаражі, постраждалих немає. "
                 "У Конотопі поранено двох людей.", outlet="Сумська ОВА")
    assert (event.killed, event.injured) == (None, 2)


def test_the_people_were_not_hurt_is_no_casualties():
    event = only("Вночі ворог атакував Полтавщину ударними дронами, у Кременчуці пошкоджено склад. Люди "
                 "не постраждали.", outlet="Полтавська ОВА")
    assert (event.killed, event.injured) == (0, 0)


def test_a_zero_with_an_aside_and_a_zero_with_the_people_it_sets_aside():
    event = only("Ночью дроны атаковали Туапсе, на территории порта начался пожар. Пострадавших, по "
                 "предварительным данным, нет.", outlet="Кубань 24")
    assert (event.killed, event.injured) == (0, 0)
    event = only("Украинский беспилотник атаковал грузовик в Шебекине, ранен водитель. Пострадавших, "
                 "кроме водителя, нет.", outlet="Белгородские новости")
    assert (event.killed, event.injured) == (0, 1)


def test_injuries_named_by_their_kind():
    event = only("Уночі росіяни атакували Харків дронами, влучання в підприємство. Двоє працівників "
                 "отримали опіки.", outlet="Харківська ОВА")
    assert event.injured == 2
    event = only("Ночью беспилотники атаковали Новошахтинск, загорелась подстанция. Трое рабочих "
                 "получили ожоги.", outlet="Дон-ТР")
    assert event.injured == 3


def test_one_more_in_hospital_is_injured():
    event = only("Вночі ракета влучила в житловий будинок у Львові, загинули двоє людей. Ще одна людина "
                 "перебуває в лікарні.", outlet="Львівська ОВА")
    assert (event.killed, event.injured) == (2, 1)


# ------------------------------------------------------------------------------ weapon lists
def test_a_colon_after_the_count_opens_its_parts():
    event = only("Этой ночью армия России выпустила по Украине 9 ракет: пять баллистических «Искандер-М», "
                 "три крылатых «Калибра» и аэробаллистический «Кинжал». Сбиты шесть ракет.",
                 outlet="Новая газета Европа")
    assert (event.missiles.launched, event.missiles.destroyed) == (9, 6)
    models = {w.model: w.launched for w in event.weapons}
    assert models == {"Iskander-M": 5, "Kalibr": 3, "Kinzhal": 1}


def test_a_model_named_with_a_part_is_no_count_of_its_own():
    event = only("У ніч на 21 вересня Росія атакувала Україну 17 ракетами різних типів, зокрема шістьма Х-22 "
                 "та Х-32, вісьмома «Калібрами» і двома «Кинджалами». Знешкоджено 11 ракет.",
                 outlet="Укрінформ")
    assert (event.missiles.launched, event.missiles.destroyed) == (17, 11)


def test_a_nationality_adjective_of_the_people_who_tell_the_figure():
    event = only("По данным Воздушных сил Украины, ночью Россия атаковала Украину 85 ударными дронами. "
                 "Сбиты или подавлены, как сообщили украинские военные, 70 беспилотников.",
                 outlet="Медуза")
    assert (event.attacker, event.target_country) == ("RU", "UA")
    assert (event.drones.launched, event.drones.destroyed) == (85, 70)


def test_struck_with_missiles_is_a_launch():
    event = only("Уночі росіяни вдарили по Запоріжжю двома балістичними ракетами. Загинули четверо людей.",
                 outlet="Запорізька ОВА")
    assert (event.missiles.launched, event.killed) == (2, 4)


def test_more_than_a_hundred_in_russian_is_a_hundred():
    event = only("В ночь на 21 сентября российская армия выпустила по Украине более сотни дронов. ВСУ "
                 "заявили, что сбили 78 беспилотников.", outlet="Би-би-си")
    assert (event.drones.launched, event.drones.destroyed) == (100, 78)


def test_the_country_attacked_before_its_verb():
    event = only("Ночью Украину атаковали 40 ракет и 50 дронов. Украинская ПВО сбила 30 ракет и 40 дронов.",
                 outlet="Дождь")
    assert (event.attacker, event.target_country) == ("RU", "UA")
    assert (event.missiles.launched, event.missiles.destroyed, event.drones.launched) == (40, 30, 50)


def test_figures_told_respectively():
    event = only("Росія атакувала Україну 315 дронами і 7 крилатими ракетами, збито 277 і 6 відповідно.",
                 outlet="Суспільне")
    assert (event.drones.launched, event.drones.destroyed) == (315, 277)
    assert (event.missiles.launched, event.missiles.destroyed) == (7, 6)
    event = only("Ночью Россия атаковала Украину 120 беспилотниками и 4 ракетами. Сбиты 98 и 3 "
                 "соответственно.", outlet="Медиазона")
    assert (event.drones.destroyed, event.missiles.destroyed) == (98, 3)


def test_drones_that_did_not_reach_their_targets_are_not_hits():
    event = only("Протягом ночі росіяни атакували Україну 58 ударними БпЛА. Сили ППО збили 40 дронів. Ще 12 "
                 "дронів не долетіли до цілей.", outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.drones.destroyed, event.drones.hit) == (58, 52, None)


def test_one_more_injured_person_died_is_a_death_not_an_injury():
    event = only("У лікарні помер ще один поранений унаслідок удару по Кривому Рогу. Кількість загиблих "
                 "зросла до 7.", outlet="Криворізька МВА")
    assert (event.killed, event.injured) == (7, None)


def test_the_number_after_succeeded_in_shooting_down():
    event = only("По данным Воздушных сил ВСУ, ночью армия РФ запустила 140 ударных дронов. Сбить или "
                 "подавить удалось 118, попадания зафиксированы на девяти локациях.",
                 outlet="Настоящее время")
    assert (event.drones.launched, event.drones.destroyed) == (140, 118)


# ------------------------------------------------------------------ casualties of mixed ground and air fire
def test_a_casualty_of_mixed_shelling_and_drones_leaves_a_zero_said_elsewhere_unknown():
    text = ("Вночі над Херсонщиною сили ППО знищили 6 ударних БпЛА.\n\nУ Херсоні внаслідок падіння уламків "
            "пошкоджено будинок. Без постраждалих.\n\nБериславську громаду окупанти обстрілювали з артилерії "
            "та атакували дронами. Поранено жінку 60 років.")
    event = only(text, outlet="Херсонська ОВА")
    assert (event.killed, event.injured) == (None, None)


def test_a_casualty_the_sentence_gives_to_shelling_leaves_the_zero_standing():
    text = ("Вночі над Херсонщиною сили ППО знищили 6 ударних БпЛА. Люди не постраждали.\n\nТакож за добу "
            "противник обстрілював прикордоння: артилерія, міномети, FPV-дрони. Внаслідок мінометного "
            "обстрілу поранено жінку 60 років.")
    event = only(text, outlet="Херсонська ОВА")
    assert (event.killed, event.injured) == (0, 0)


def test_a_casualty_told_right_after_a_drone_strike_is_the_drones_whatever_shelling_follows():
    text = ("Ночью над Курской областью уничтожены 12 беспилотников. Пострадавших нет.\n\nПозже губернатор "
            "добавил, что ВСУ атаковали FPV-дроном автомобиль в одном из сел Рыльского района. «Ранен мирный "
            "житель». Под артиллерийским обстрелом оказались также два села.")
    event = only(text, outlet="Курские известия")
    assert (event.killed, event.injured) == (None, 1)


def test_a_person_and_who_he_is_after_a_verb_in_the_singular_are_one():
    event = only("Утром дрон сбросил взрывное устройство на территорию предприятия в Климово – ранен "
                 "мужчина, работник предприятия.", outlet="Брянские новости")
    assert event.injured == 1
    event = only("Вночі дрон атакував Херсон, поранено чоловіка, працівника комунального підприємства.",
                 outlet="Херсонська ОВА")
    assert event.injured == 1
    event = only("Ночью дрон атаковал Херсон, погибли мужчина, женщина и ребенок.",
                 outlet="Херсонский вестник")
    assert event.killed == 3


# ------------------------------------------------------------------------------ figures that count no one
def test_tens_of_thousands_of_travellers_delayed_are_no_injured():
    event = only("Ночью беспилотники атаковали Москву, сбиты 12 дронов. Из-за ограничений в аэропортах "
                 "пострадали десятки тысяч путешественников, сотни рейсов задержаны.",
                 outlet="Столичный вестник")
    assert event.injured is None


def test_a_range_of_payments_to_the_injured_is_no_figure():
    event = only("Ночью ракета попала в жилой дом в Белгороде, погибли три человека. Власти выплатят "
                 "раненым от ста тысяч до пятисот тысяч рублей.", outlet="Белгородские новости")
    assert (event.killed, event.injured) == (3, None)
    event = only("Уночі ракета влучила в будинок у Дніпрі, загинули двоє людей. Місто виплатить "
                 "постраждалим від п'ятдесяти тисяч до ста тисяч гривень.", outlet="Дніпровська МВА")
    assert (event.killed, event.injured) == (2, None)
