"""Ukrainian and Russian texts in the shapes outlets, officials and ministries retell an attack in: an
outlet's story of the Air Force summary with its own lead, background and quotes; a mayor's or an emergency
service's update; the defence ministry's per-region list and a governor's post; an independent Russian
outlet's hedged item; a Russian-language Ukrainian outlet. Each test is one class of phrasing: approximate
numbers in words ("понад півсотні", "около полусотни"), totals over a week or a month, "all of them" and
"both", "з 120 запущених дронів збито 101", an earlier attack recalled in the background, the capital, the
country attacked, seas, surnames and towns under their Russian names."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-03-14T09:10:00+02:00"


events = partial(reading.events, published=PUBLISHED)
only = partial(reading.only, published=PUBLISHED)


# ------------------------------------------------------------------------------ numbers in words, rough
def test_half_a_hundred_in_words_is_fifty():
    event = only("Уночі росіяни випустили по Україні понад півсотні ударних дронів. Сили ППО знешкодили 38 "
                 "з них.",
                 outlet="Укрінформ")
    assert (event.drones.launched, event.drones.destroyed) == (50, 38)
    event = only("Росіяни запустили по Україні пів сотні шахедів, 45 з яких вдалося "
                 "знешкодити.", outlet="Новини.LIVE")
    assert (event.drones.launched, event.drones.destroyed) == (50, 45)


def test_russian_half_a_hundred_shot_down_over_a_region():
    event = only("Над Орловской областью ночью сбиты около полусотни украинских беспилотников, сообщил "
                 "губернатор.",
                 outlet="ТАСС")
    assert (event.attacker, event.target_country, event.places) == ("UA", "RU", ("Oryol Oblast",))
    assert event.drones.destroyed == 50


# ------------------------------------------------------------------------------------- period totals
def test_a_weekly_total_is_not_the_nights_figure():
    event = only("Протягом тижня Росія випустила по Україні понад 1300 ударних дронів, майже 1200 керованих "
                 "авіабомб та 9 ракет різних типів. Лише минулої ночі ворог атакував 87 дронами.",
                 outlet="Офіс Президента")
    assert (event.drones.launched, event.missiles.launched) == (87, None)


def test_totals_over_a_week_or_a_month_alone_make_no_event():
    assert events("За цей тиждень росіяни запустили проти нашого народу понад 1000 ударних дронів, "
                  "понад 1360 "
                  "керованих авіабомб і майже 30 ракет.", outlet="Володимир Зеленський") == ()
    assert events("У березні Росія випустила по Україні понад 4 тисячі дронів, 2 тисячі КАБів та 200 ракет.",
                  outlet="Укрінформ") == ()
    assert events("За прошедшую неделю средствами ПВО сбиты 1 250 беспилотников, "
                  "14 управляемых авиабомб JDAM и "
                  "6 ракет Storm Shadow.", outlet="ТАСС") == ()


# ------------------------------------------------------------------------------ all, both, "of them"
def test_all_of_them_shot_down_is_as_many_as_launched():
    event = only("Цієї ночі ворог атакував Україну 96 дронами, повідомили Повітряні сили. Збито 72 з них. "
                 "Також "
                 "росіяни випустили три ракети Х-59, всі вони були збиті.", outlet="Європейська правда")
    assert (event.drones.launched, event.drones.destroyed) == (96, 72)
    assert (event.missiles.launched, event.missiles.destroyed) == (3, 3)
    assert [(w.model, w.launched, w.destroyed) for w in event.weapons] == [("Kh-59", 3, 3)]
    event = only("ВСУ ночью атаковали Брянскую область 14 беспилотниками. Все они были уничтожены дежурными "
                 "средствами ПВО, сообщил губернатор.", outlet="Коммерсант")
    assert (event.drones.launched, event.drones.destroyed) == (14, 14)


def test_all_missiles_shot_down_and_a_count_of_drones():
    event = only("Вночі росіяни випустили по Києву чотири балістичні ракети та 20 дронів. Усі ракети збили, "
                 "також "
                 "знешкоджено 17 дронів.", outlet="Суспільне")
    assert (event.missiles.launched, event.missiles.destroyed) == (4, 4)
    assert (event.drones.launched, event.drones.destroyed) == (20, 17)
    event = only("Вночі росіяни випустили п'ять ракет. Усі ракети летіли на Київ.", outlet="Суспільне")
    assert (event.missiles.launched, event.missiles.destroyed) == (5, None)  # "all" flew: nothing destroyed


def test_both_shot_down():
    event = only("Росія атакувала Київ двома балістичними ракетами. Обидві збито.", outlet="Суспільне")
    assert (event.missiles.launched, event.missiles.destroyed) == (2, 2)


def test_a_number_ending_its_sentence_after_a_verb_of_shooting_down():
    event = only("Уночі окупанти атакували Україну шістдесятьма дронами. Українська ППО збила п'ятдесят "
                 "один.",
                 outlet="Суспільне")
    assert (event.drones.launched, event.drones.destroyed) == (60, 51)
    # a number of locations is not
    event = only("Уночі окупанти атакували Україну 60 дронами. Зафіксовано влучання на 12 локаціях, падіння "
                 "уламків – на 5.", outlet="Суспільне")
    assert (event.drones.launched, event.drones.destroyed, event.drones.hit) == (60, None, None)


def test_out_of_those_launched_so_many_shot_down():
    event = only("Повітряні сили: з 120 запущених росією дронів збито 101.", outlet="NV")
    assert (event.drones.launched, event.drones.destroyed) == (120, 101)
    event = only("Ночью российские войска атаковали Киевскую область ударными дронами. В Воздушных силах "
                 "сообщили, "
                 "что из 40 запущенных «шахедов» сбиты 35.", outlet="Зеркало недели")
    assert (event.attacker, event.target_country, event.places) == ("RU", "UA", ("Kyiv Oblast",))
    assert (event.drones.launched, event.drones.destroyed) == (40, 35)


def test_of_them_then_the_verb_then_the_number():
    event = only("Росіяни вночі атакували Україну 178 ударними безпілотниками, з них збито 140. Найбільше "
                 "постраждали Сумщина та Чернігівщина.", outlet="Укрінформ")
    assert (event.drones.launched, event.drones.destroyed) == (178, 140)
    event = only("ВСУ запустили по Курской области 40 беспилотников, из них сбиты 35.", outlet="ТАСС")
    assert (event.drones.launched, event.drones.destroyed) == (40, 35)


def test_a_headline_clause_after_a_colon_keeps_its_own_role():
    event = only("Росія вночі атакувала Україну 142 дронами та шістьма ракетами: більшість збили\n\n"
                 "За даними Повітряних сил, протиповітряною обороною знешкоджено 118 дронів і чотири ракети.",
                 outlet="Українська правда")
    assert (event.drones.launched, event.drones.destroyed) == (142, 118)
    assert (event.missiles.launched, event.missiles.destroyed) == (6, 4)


# ------------------------------------------------------------------------------ an earlier attack recalled
def test_an_earlier_attack_recalled_keeps_its_figures_to_itself():
    found = events(
        "У ніч на 14 березня Росія здійснила комбіновану атаку на Київ. Загинули двоє людей, ще 11 поранені, "
        "повідомив мер Віталій Кличко.\n\n"
        "За даними Повітряних сил, ворог запустив 112 ударних дронів та вісім ракет. Сили ППО знешкодили 94 "
        "безпілотники та шість ракет.\n\n"
        "Нагадаємо, 7 березня росіяни атакували столицю 60 дронами, тоді загинули три людини.",
        outlet="Українська правда")
    tonight = next(e for e in found if e.date == "2025-03-14")
    assert (tonight.killed, tonight.injured) == (2, 11)
    assert (tonight.drones.launched, tonight.drones.destroyed) == (112, 94)
    assert [(e.date, e.killed) for e in found if e is not tonight] == [("2025-03-07", 3)]


def test_earlier_said_with_a_date_or_how_long_ago():
    found = events("Вночі окупанти атакували Одесу ударними дронами. Загинула одна людина, четверо "
                   "поранені.\n\n"
                   "Раніше, 2 березня, внаслідок удару по Одесі загинули 14 людей.", outlet="РБК-Україна")
    assert [(e.date, e.killed) for e in found] == [("2025-03-14", 1), ("2025-03-02", 14)]
    found = events("Минобороны России сообщило, что за ночь над Брянской и Курской областями были сбиты 52 "
                   "украинских "
                   "беспилотника.\n\nНеделей ранее ВСУ атаковали Брянскую область более чем 100 "
                   "беспилотниками, "
                   "утверждало тогда Минобороны.", outlet="Медуза", published="2025-03-14T10:00:00+03:00")
    tonight = next(e for e in found if e.date == "2025-03-14")
    assert (tonight.drones.launched, tonight.drones.destroyed) == (None, 52)


def test_a_later_paragraph_opening_on_an_older_night_is_that_nights_attack():
    found = events("Губернатор сообщил об итогах минувших суток. В Грайвороне дрон атаковал автобус, ранены "
                   "двое пассажиров.\n\n"
                   "В ночь на 11 марта, по данным Минобороны, над Белгородской областью перехватили 23 "
                   "беспилотника.",
                   outlet="Белгородские новости", published="2025-03-13T08:40:00+03:00")
    assert sorted((e.date, e.injured, e.drones.destroyed) for e in found) == [
        ("2025-03-11", None, 23), ("2025-03-13", 2, None)]
    found = events("Уночі на 13 березня ворог атакував Херсон дронами, поранено жінку.\n\n"
                   "У ніч на 13 березня сили ППО також збили над областю 17 дронів.",
                   outlet="Херсонська ОВА", published="2025-03-14T08:40:00+02:00")
    assert [(e.date, e.injured, e.drones.destroyed) for e in found] == [("2025-03-13", 1, 17)]


# ------------------------------------------------------------------------------------------ sides, places
def test_a_russian_language_ukrainian_outlet_retelling_the_air_force():
    event = only("В ночь на 14 марта враг атаковал Украину 128 ударными БпЛА типа Shahed, «Гербера» и "
                 "дронами-имитаторами. По данным Воздушных сил, по состоянию на 09:00 сбиты/подавлены 97 "
                 "беспилотников на севере, юге и востоке страны. Еще 15 вражеских дронов локационно "
                 "потеряны.",
                 outlet="Страна.ua")
    assert (event.attacker, event.target_country) == ("RU", "UA")
    assert (event.drones.launched, event.drones.destroyed) == (128, 112)


def test_the_capital_is_the_capital_of_the_country_attacked():
    event = only("Мэр Москвы Сергей Собянин сообщил об уничтожении за ночь 23 беспилотников, летевших на "
                 "столицу.",
                 outlet="Интерфакс")
    assert (event.attacker, event.target_country, event.places) == ("UA", "RU", ("Moscow",))
    assert event.drones.destroyed == 23
    event = only("Ночью Россия атаковала Украину дронами. В столице пострадали два "
                 "человека.", outlet="Страна.ua")
    assert (event.target_country, event.places, event.injured) == ("UA", ("Kyiv",), 2)


def test_a_place_set_aside_is_not_the_clauses():
    event = only("В ночь на 14 марта Россия атаковала Киев дронами. В столице пострадали 12 человек.\n\n"
                 "Помимо Киева, попадания зафиксированы в Киевской области, там пострадали два человека.",
                 outlet="Медиапроект")
    assert event.injured == 14  # summed over places: the second clause is the oblast's alone


def test_the_moscow_region_in_the_ministrys_list():
    event = only("В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 64 украинских "
                 "беспилотных летательных аппарата самолетного типа:\n\n30 – над территорией Брянской "
                 "области,\n"
                 "18 – над территорией Курской области,\n11 – над территорией Белгородской области,\n"
                 "5 – над территорией Московского "
                 "региона.", outlet="Министерство обороны Российской Федерации")
    assert event.places == ("Bryansk Oblast", "Kursk Oblast", "Belgorod Oblast", "Moscow Oblast")
    assert event.drones.destroyed == 64


def test_seas_and_surnames_are_not_places():
    event = only("Три десятка украинских беспилотников уничтожены над Крымом и Черным морем, сообщили в "
                 "Минобороны.",
                 outlet="Интерфакс")
    assert (event.places, event.drones.destroyed) == (("Crimea",), 30)
    event = only("Как утверждает губернатор Воронежской области Александр Гусев, над регионом ночью "
                 "уничтожили "
                 "десять беспилотников. Взрывы были слышны в Лисках.", outlet="Verstka")
    assert "Gusev" not in event.places and "Liski" in event.places


def test_towns_under_their_russian_names():
    event = only("В результате атаки вражеского дрона на Льгов погибла женщина, еще двое жителей ранены.",
                 outlet="Алексей Смирнов")
    assert (event.places, event.killed, event.injured) == (("Lgov",), 1, 2)
    event = only("Ночью беспилотники атаковали Очаков и Коростень, повреждены жилые "
                 "дома.", outlet="Страна.ua")
    assert event.places == ("Ochakiv", "Korosten")


def test_an_emergency_service_update_names_where_the_attack_struck():
    event = only("У Запоріжжі завершено пошуково-рятувальну операцію. Загинули 14 людей, ще 48 травмовані.",
                 outlet="ДСНС України")
    assert (event.places, event.killed, event.injured) == (("Zaporizhzhia",), 14, 48)
    event = only("Тернопіль: пошуково-рятувальна операція триває. Кількість загиблих зросла до 32 осіб, "
                 "серед них "
                 "шестеро дітей.", outlet="ДСНС")
    assert (event.places, event.killed) == (("Ternopil",), 32)


def test_the_regions_operational_headquarters_is_an_office():
    event = only("Как сообщает оперштаб Краснодарского края, в Новороссийске в результате атаки "
                 "беспилотников "
                 "пострадали шесть человек.", outlet="Verstka")
    assert (event.places, event.injured) == (("Novorossiysk",), 6)


def test_a_sentence_opening_with_the_town_attacked():
    event = only("Грайворон подвергся атаке дронов-камикадзе. Один человек погиб, еще двое ранены.",
                 outlet="Вячеслав Гладков")
    assert (event.attacker, event.target_country, event.places) == ("UA", "RU", ("Grayvoron",))
    assert (event.killed, event.injured) == (1, 2)


def test_no_dead_then_the_injured_and_a_hospitals_number():
    event = only("Белгородский район атаковали беспилотники. Погибших нет, ранены трое мирных жителей. "
                 "Пострадавших доставили в городскую больницу №2.", outlet="Вячеслав Гладков")
    assert (event.killed, event.injured) == (0, 3)


def test_a_region_in_parentheses_after_a_direction_is_where_drones_came_from():
    event = only("У ніч на 14 березня ворог атакував Україну ударними БпЛА типу «Shahed-136/131». "
                 "Всього було запущено 16 «шахедів» з північного напрямку (Брянська область). "
                 "В результаті бойової роботи знищено 11 ударних БпЛА.", outlet="Повітряні сили ЗСУ")
    assert (event.attacker, event.target_country, event.places) == ("RU", "UA", ())
    assert (event.drones.launched, event.drones.destroyed) == (16, 11)


def test_a_participle_inside_the_count_gives_its_role():
    event = only("Украинские дроны ночью атаковали НПЗ в Рязани, сообщают местные телеграм-каналы. "
                 "Минобороны России заявило о 40 сбитых беспилотниках над несколькими регионами.",
                 outlet="Медуза")
    assert (event.places, event.drones.launched, event.drones.destroyed) == (("Ryazan",), None, 40)
    event = only("Повітряні сили повідомили про 25 збитих дронів над Україною.", outlet="Суспільне")
    assert (event.attacker, event.target_country, event.drones.destroyed) == ("RU", "UA", 25)


def test_a_person_named_in_one_place_and_a_figure_in_another_are_summed():
    event = only("Ворог атакував Дніпропетровщину дронами.\n\nУ Нікополі постраждав 45-річний чоловік.\n\n"
                 "У Павлограді поранені двоє людей.", outlet="Дніпропетровська ОВА")
    assert event.injured == 3
    event = only("ВСУ атаковали Белгородскую область беспилотниками. В Шебекино ранен мужчина. В Грайвороне "
                 "погибла женщина, еще двое ранены.", outlet="Вячеслав Гладков")
    assert (event.killed, event.injured) == (1, 3)


def test_an_update_told_after_its_verb():
    event = only("Кількість загиблих в Одесі внаслідок ракетного удару зросла: вже 14 людей. "
                 "У Приморському районі загинули 9 людей.", outlet="Суспільне")
    assert (event.places, event.killed) == (("Odesa",), 14)


def test_shot_down_over_the_countrys_regions():
    event = only("Минобороны России заявило, что за ночь над российскими регионами было сбито около "
                 "полусотни беспилотников.", outlet="Медиазона")
    assert (event.attacker, event.target_country, event.drones.destroyed) == ("UA", "RU", 50)


# ------------------------------------------------------------------- outlets writing in Russian from Ukraine
def test_the_enemy_in_a_russian_language_text_from_ukraine_is_russia():
    event = only("Ночью Харьков атаковали ударные беспилотники. Как сообщил начальник Харьковской ОВА, "
                 "пострадали три человека.\n\nПо данным Воздушных сил, в ночь на 14 марта противник "
                 "запустил 140 ударных БпЛА и шесть ракет. Сбиты или подавлены 118 дронов и четыре ракеты.",
                 outlet="Харьков сегодня")
    assert (event.attacker, event.target_country, event.places) == ("RU", "UA", ("Kharkiv",))
    assert (event.drones.launched, event.drones.destroyed, event.missiles.launched) == (140, 118, 6)
    # a Russian governor's enemy is still Ukraine
    event = only("Противник атаковал Белгород беспилотниками, ранены два человека.",
                 outlet="Вячеслав Гладков")
    assert (event.attacker, event.target_country) == ("UA", "RU")


def test_the_subject_of_the_launch_is_in_its_own_clause():
    event = only("Як повідомили Повітряні сили ЗСУ, противник застосував 90 ударних БпЛА. Збито 70 з них.",
                 outlet="Суспільна хвиля")
    assert (event.attacker, event.target_country, event.drones.launched) == ("RU", "UA", 90)
    event = only("По данным Воздушных сил, армия РФ выпустила 52 ракеты разных типов – в том числе "
                 "30 крылатых Х-101, восемь «Калибров» и два «Искандера-К».", outlet="Медуза")
    assert (event.attacker, event.target_country, event.missiles.launched) == ("RU", "UA", 52)


def test_a_weeks_review_is_no_attack():
    assert events("Минулого тижня Росія продовжила бити по енергетиці. За підрахунками редакції, "
                  "з 10 по 16 березня противник запустив по Україні понад 1100 ударних дронів і понад "
                  "пів сотні ракет.\n\n"
                  "Щоночі росіяни запускали від сотні до півтори сотні шахедів.",
                  outlet="Тижневий огляд", title="Тиждень ударів по енергетиці: огляд") == ()


def test_a_weeks_review_gives_the_nights_told_with_what_they_struck():
    # the week's totals and the nights told by their size alone are no events; a night told with its places
    # and toll is one, dated by its heading or its night
    text = ("Минулого тижня Росія продовжила бити по енергетиці: з 8 по 14 березня противник запустив по "
            "Україні понад 1100 ударних дронів і 60 ракет.\n\n"
            "Понеділок, 10 березня. З вечора ворог запустив 420 ударних дронів і 30 ракет. Збито 390 дронів "
            "і 25 ракет. На Полтавщині загинули двоє людей, пошкоджено підстанцію.\n\n"
            "Середа, 12 березня. 110 дронів, збито 95.\n\n"
            "Ніч на 14 березня. Ворог випустив ще 300 дронів і 20 ракет; збито 280 дронів і 15 ракет. "
            "У Харкові поранено вісьмох людей.\n\n"
            "Паралельно тривали переговори про перемир'я.")
    found = sorted(events(text, outlet="Тижневий огляд", title="Тиждень у небі: огляд"), key=lambda e: e.date)
    assert [(e.date, e.drones.launched, e.drones.destroyed, e.missiles.launched, e.killed, e.injured)
            for e in found] == [("2025-03-10", 420, 390, 30, 2, None), ("2025-03-14", 300, 280, 20, None, 8)]
    assert [e.places for e in found] == [("Poltava Oblast",), ("Kharkiv",)]
    assert not any(e.record for e in found)


def test_a_weeks_review_follows_its_day_into_the_next_paragraph_and_parts_two_nights_told_in_one():
    # a paragraph naming no day goes on with the day before it (its toll, its places), not a paragraph naming
    # the week; a second night told in the same paragraph is an attack of its own
    text = ("Минулого тижня Росія знову била по енергетиці: з 3 по 9 березня противник запустив по Україні "
            "понад 900 ударних дронів.\n\n"
            "Вівторок, 4 березня. Уночі ворог запустив 200 ударних дронів і 12 ракет, збито 170 дронів.\n\n"
            "Удари припали на енергетику півдня: у Херсоні загинули троє людей, пошкоджено підстанцію.\n\n"
            "У ніч на 7 березня Росія запустила 150 дронів, у Сумах поранено двох людей. "
            "А в ніч на 8 березня — ще 90 дронів, у Полтаві загинула жінка.\n\n"
            "Решта тижня минула відносно спокійно: по кілька десятків дронів, у Чернігові пошкоджено склад.")
    found = sorted(events(text, outlet="Тижневий огляд", title="Тиждень у небі: огляд"), key=lambda e: e.date)
    assert [(e.date, e.drones.launched, e.killed, e.injured, e.places) for e in found] == [
        ("2025-03-04", 200, 3, None, ("Kherson",)), ("2025-03-07", 150, None, 2, ("Sumy",)),
        ("2025-03-08", 90, 1, None, ("Poltava",))]


def test_a_weeks_review_parts_an_evening_strike_and_a_weekday_told_later():
    text = ("Минулий тиждень завершився масованою атакою на енергосистему.\n\n"
            "Неділя, 9 березня. Вранці росія випустила по Україні 60 ракет і 80 ударних дронів. У Львові "
            "загинули двоє людей.\n\n"
            "Того ж вечора по Запоріжжю вдарила балістика: загинули п'ятеро людей, поранено 20.\n\n"
            "А вже в понеділок зранку балістична ракета вдарила по Миколаєву.")
    found = sorted(events(text, published="2025-03-10T09:00:00+02:00", outlet="Тижневий огляд",
                          title="Тиждень у небі: огляд"), key=lambda e: (e.date, e.killed or 0))
    assert [(e.date, e.places, e.killed) for e in found] == [
        ("2025-03-09", ("Lviv",), 2), ("2025-03-09", ("Zaporizhzhia",), 5),
        ("2025-03-10", ("Mykolaiv",), None)]


def test_two_models_after_one_family_are_one_count():
    event = only("Росія атакувала Україну 400 дронами та 40 ракетами: 20 крилатих Х-101, 15 балістичних "
                 "Іскандер-М і С-400 та п'ять Іскандер-К.", outlet="Суспільне")
    assert event.missiles.launched == 40


def test_the_models_after_of_them_are_a_breakdown():
    event = only("Вночі росіяни випустили 52 ракети, з них 30 крилатих Х-101 і 22 «Калібри».",
                 outlet="Суспільне")
    assert event.missiles.launched == 52
    assert [(w.model, w.launched) for w in event.weapons] == [("Kh-101", 30), ("Kalibr", 22)]


def test_an_update_of_the_injured_is_not_the_dead():
    event = only("Оновлено о 10:40: у Запоріжжі загинула дитина, кількість поранених у місті зросла до 20.",
                 outlet="Суспільне")
    assert (event.killed, event.injured) == (1, 20)


def test_a_local_channels_lines_with_the_air_force_figures():
    event = only("Вибухи у Кривому Розі\n\nОновлено: по Криворіжжю ворог вночі вдарив балістикою та "
                 "шахедами. Пошкоджено об'єкт енергетики.\n\nЗа даними ПС ЗСУ, в ніч на 14 березня рф "
                 "атакувала 120 ударними БпЛА і трьома балістичними ракетами. Знешкоджено 90 дронів "
                 "і 2 ракети, влучання зафіксовано на 20 локаціях.\n\nТривога тривала 3 години 20 хвилин",
                 outlet="Кривбас (Telegram)")
    assert event.places == ("Kryvyi Rih",)
    assert (event.missiles.launched, event.missiles.destroyed, event.missiles.hit) == (3, 2, None)
    assert event.alert_hours == 3.333


def test_a_part_over_one_region_of_a_total_shot_down():
    # guards the breakdown after "из них" (above) from adding a region's part to the total
    event = only("Минобороны: за ночь над регионами России уничтожены 57 украинских беспилотников, "
                 "из них 23 — над Брянской областью.", outlet="Брянск Live")
    assert (event.target_country, event.drones.destroyed) == ("RU", 57)


# ------------------------------------------------------------- an earlier attack told only by its size
def test_an_earlier_attack_told_only_by_its_size_is_a_yardstick_not_an_event():
    found = events("Уночі росіяни випустили по Україні 85 ударних дронів, 64 з них збили. У Полтаві "
                   "пошкоджено житловий будинок.\n\nПопередня масована атака була 2 березня: тоді росіяни "
                   "випустили 120 дронів, сотню з них збили.", outlet="Укрінформ")
    assert [(e.drones.launched, e.drones.destroyed) for e in found] == [(85, 64)]
    found = events("Ночью Россия атаковала Украину 85 беспилотниками, 64 из них сбиты.\n\nПредыдущая "
                   "крупная атака была 2 марта: тогда Россия выпустила 120 дронов, сотню из них сбили.",
                   outlet="Медиазона")
    assert [(e.drones.launched, e.drones.destroyed) for e in found] == [(85, 64)]


def test_an_earlier_attack_told_with_what_it_hit_stays_an_event():
    found = events("Уночі росіяни випустили по Україні 85 ударних дронів, 64 з них збили.\n\nПопередня "
                   "масована атака була 2 березня: тоді росіяни випустили 120 дронів на Київ, загинули двоє "
                   "людей.",
                   outlet="Укрінформ")
    assert len(found) == 2
    assert any(e.killed == 2 for e in found)


def test_a_paragraph_opening_on_an_earlier_day_after_a_conjunction_is_its_own_attack():
    found = events("Сегодня украинский дрон атаковал грузовик у села Тёткино, водитель ранен.\n\n"
                   "А 10 марта в поселке Глушково беспилотник ударил по автобусу: погибли два человека.",
                   outlet="Курские известия")
    assert sorted((e.date, e.places, e.killed) for e in found) == [
        ("2025-03-10", ("Glushkovo",), 2), ("2025-03-14", ("Tyotkino",), None)]


def test_the_day_before_told_with_its_date_in_an_undated_post_is_its_own_attack():
    found = reading.events("Украинский дрон атаковал легковой автомобиль в Климово, погиб водитель.\n\n"
                           "Накануне, 12 мая, беспилотник ВСУ ударил по маршрутке в Новозыбкове: ранены "
                           "четыре человека.", outlet="Брянск Live")
    assert len(found) == 2
    assert sorted((e.killed or 0, e.injured or 0) for e in found) == [(0, 4), (1, 0)]


def test_a_later_paragraph_recalling_a_strike_months_before_by_its_date_is_its_own_attack():
    found = events("Уночі російська ракета влучила в багатоповерхівку в Чернігові: загинули троє людей, ще "
                   "вісім поранені.\n\n"
                   "Удар по драмтеатру в Чернігові 19 серпня 2023 року забрав життя семи людей, ще 144 були "
                   "поранені.", outlet="Чернігівщина")
    assert sorted((e.date, e.places, e.killed, e.injured) for e in found) == [
        ("2023-08-19", ("Chernihiv",), 7, 144), ("2025-03-14", ("Chernihiv",), 3, 8)]


def test_an_attack_named_as_the_cause_of_another_or_in_an_accusation_is_no_event():
    found = events("Уночі Росія атакувала Україну 90 ракетами, у Львові пошкоджено підстанцію.\n\n"
                   "У Кремлі цей удар назвали «відповіддю» на атаку українських дронів на Новоросійськ.",
                   outlet="Укрінформ")
    assert [(e.attacker, e.target_country, e.places) for e in found] == [("RU", "UA", ("Lviv",))]
    found = events("Ночью Россия выпустила по Украине 70 ракет, в Одессе повреждена подстанция. Удар "
                   "последовал через день после того, как Москва обвинила Украину в атаке беспилотников на "
                   "Севастополь.", outlet="Зеркало")
    assert [(e.attacker, e.target_country, e.places) for e in found] == [("RU", "UA", ("Odesa",))]


def test_the_dead_told_in_a_text_naming_no_attack_are_no_event():
    assert events("Делегации договорились об обмене пленными. Кроме того, одна сторона передаст другой "
                  "четыре тысячи тел погибших военнослужащих, сообщил глава делегации.",
                  outlet="Вестник", title="Стороны договорились о новом обмене") == ()


def test_an_air_defence_missile_that_fell_abroad_is_no_attack_on_where_it_fell():
    text = ("Вночі 14 березня Росія атакувала Київ 40 дронами, 35 з них збили. Поранено трьох людей.\n\n"
            "Попередня велика атака була 15 листопада: тоді Росія випустила 96 крилатих ракет, 75 з них "
            "збили. Того дня в польському селі Пшеводув біля кордону впала ракета української ППО, загинули "
            "двоє людей.")
    found = events(text, outlet="Суспільне")
    assert [(e.attacker, e.target_country, e.places, e.killed, e.injured) for e in found] == [
        ("RU", "UA", ("Kyiv",), None, 3)]


def test_an_attack_told_after_its_cause_in_the_same_clause_is_the_event():
    found = events("У відповідь на удари по енергетиці Сили оборони вразили НПЗ у Саратові.",
                   outlet="Суспільне")
    assert [(e.attacker, e.target_country, e.places) for e in found] == [("UA", "RU", ("Saratov",))]
    found = events("В ответ на атаки по энергетике Вооруженные силы России нанесли массированный удар по "
                   "объектам в Харькове.", outlet="Минобороны РФ")
    assert [(e.attacker, e.target_country, e.places) for e in found] == [("RU", "UA", ("Kharkiv",))]
    event = only("Президент звинуватив росію в атаці на Київ: вночі ворог запустив 120 дронів, загинули троє "
                 "людей.", outlet="ОП")
    assert (event.places, event.drones.launched, event.killed) == (("Kyiv",), 120, 3)


# ------------------------------------------------------------ two earlier days in one recalled paragraph
def test_a_sentence_opening_on_another_earlier_day_inside_a_recall_is_an_attack_of_its_own():
    found = events("У ніч на 14 березня ворог атакував Суми ударними дронами, поранено трьох людей.\n\n"
                   "Нагадаємо, у ніч на 5 березня внаслідок удару по Сумах поранено шістьох людей. А ще "
                   "раніше, 1 березня, ракета влучила в школу в Конотопі.", outlet="Сумський вісник")
    by_date = {e.date: e for e in found}
    assert sorted(by_date) == ["2025-03-01", "2025-03-05", "2025-03-14"]
    assert by_date["2025-03-05"].injured == 6 and by_date["2025-03-01"].places == ("Konotop",)
    found = events("Ночью 14 марта дроны атаковали порт Измаила.\n\nЭто не первая атака на порты. 3 марта "
                   "дрон попал в склад в Рени, тогда ранены двое. 7 марта под удар попал порт Измаила.",
                   outlet="Дунайские новости")
    assert {e.date for e in found} >= {"2025-03-03", "2025-03-07"}
