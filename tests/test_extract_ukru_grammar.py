"""Ukrainian and Russian posts in the real formats, with the grammar the reader had not met: a verb shared by
coordinated counts, a number that opens its sentence before its verb, none of a weapon ("жодної ракети"), the
reflexive imperfective ("не збивались"), the launched participle inside a count, one weapon destroyed with no
number, an abbreviated thousand, a total told with no noun, per-region lists on lines of their own; and for
casualties a couple, a life taken, the injured who later died, people taken to hospital, a total over several
nights, and a zero said of one place."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-06-10T09:15:00+03:00"

events = partial(reading.events, published=PUBLISHED)
only = partial(reading.only, published=PUBLISHED)
AIR_FORCE = "Повітряні сили ЗСУ"
MINISTRY = "Минобороны России"


def figures(event):
    return (event.drones.launched, event.drones.destroyed, event.missiles.launched, event.missiles.destroyed)


# ------------------------------------------------------------------------------------ verbs and counts
def test_the_verb_after_two_coordinated_counts_is_the_first_counts_too():
    event = only("Цієї ночі противник застосував 2 ракети Х-59/69 та 47 шахедів. Обидві ракети та 40 "
                 "дронів збиті "
                 "над північними областями.", outlet=AIR_FORCE)
    assert figures(event) == (47, 40, 2, 2)
    event = only("У ніч проти 10 червня росіяни випустили 6 «Калібрів» і 36 «шахедів». Усі ракети та 31 "
                 "дрон збили.",
                 outlet="Суспільне")
    assert figures(event) == (36, 31, 6, 6)


def test_a_number_that_opens_its_sentence_before_a_verb_of_destroying():
    event = only("Протягом ночі противник застосував три десятки ударних БпЛА. Двадцять вісім збито "
                 "мобільними "
                 "вогневими групами.", outlet=AIR_FORCE)
    assert (event.drones.launched, event.drones.destroyed) == (30, 28)
    event = only("Ворог випустив по Україні 20 ракет. Близько 16 вдалося знешкодити.", outlet="Фокус")
    assert (event.missiles.launched, event.missiles.destroyed) == (20, 16)


def test_of_them_after_a_colon_is_no_breakdown_and_a_spaced_colon_is_no_clock():
    event = only("Ворог випустив по Україні 20 ракет: 16 з них збили.", outlet="Ліга")
    assert (event.missiles.launched, event.missiles.destroyed) == (20, 16)
    event = only("В ніч на 10 червня ворог запустив по Україні 88 ударних безпілотників. Із них "
                 "знешкоджено 64: 41 "
                 "збито, ще 23 – локаційно втрачені.", outlet=AIR_FORCE)
    assert (event.drones.launched, event.drones.destroyed) == (88, 64)


def test_none_of_a_weapon_and_the_reflexive_imperfective():
    event = only("Армія РФ атакувала Україну 143 дронами та 6 ракетами. ППО знешкодила 115 "
                 "безпілотників і жодної "
                 "ракети.", outlet="Слово і Діло")
    assert figures(event) == (143, 115, 6, 0)
    event = only("Противник випустив по Україні 4 ракети Х-22 з літаків Ту-22М3 та 35 шахедів. Ракети "
                 "Х-22 не "
                 "збивались. Знищено 30 ударних БпЛА.", outlet=AIR_FORCE)
    assert figures(event) == (35, 30, 4, 0)
    event = only("ВСУ выпустили 6 ракет по Белгороду. Ни одна ракета не долетела до цели.",
                 outlet="Вячеслав Гладков")
    assert event.missiles.destroyed is None  # none reached: no figure of those shot down


def test_the_launched_participle_inside_a_count_and_after_out_of():
    event = only("В ніч на 10 червня ППО збила всі 14 запущених ворогом шахедів над Одещиною.",
                 outlet=AIR_FORCE)
    assert (event.drones.launched, event.drones.destroyed) == (14, 14)
    event = only("Загалом у ніч на 10 червня збито 12 крилатих ракет Х-101/Х-555 з 16 випущених "
                 "стратегічною авіацією.",
                 outlet=AIR_FORCE)
    assert (event.missiles.launched, event.missiles.destroyed) == (16, 12)
    event = only("Уночі сили ППО знищили 37 ворожих безпілотників із 45-ти, які атакували Україну.",
                 outlet="Укрінформ")
    assert (event.drones.launched, event.drones.destroyed) == (45, 37)


def test_one_weapon_destroyed_told_with_no_number():
    event = only("В ніч на 10 червня противник запустив 1 ракету Іскандер-М з Курської області та 64 "
                 "ударні БпЛА. "
                 "Ракета збита. Знешкоджено 48 дронів.", outlet=AIR_FORCE)
    assert figures(event) == (64, 48, 1, 1)
    event = only("Загалом у повітрі було виявлено 29 БпЛА, із яких 24 знищено. Також збито "
                 "розвідувальний БпЛА "
                 "Орлан-10.", outlet=AIR_FORCE)
    assert (event.drones.launched, event.drones.destroyed) == (29, 25)


def test_a_verb_followed_by_its_own_figure_and_a_bare_figure_before_more():
    event = only("Росіяни вночі випустили по Україні сім десятків шахедів, знищено 52.",
                 outlet="Українська правда")
    assert (event.drones.launched, event.drones.destroyed) == (70, 52)
    event = only("Окупанти вночі атакували Україну 59 ударними дронами; знешкоджено 42, ще 13 – "
                 "локаційно втрачено.",
                 outlet="Українська правда")
    assert (event.drones.launched, event.drones.destroyed) == (59, 55)


def test_an_abbreviated_thousand_and_a_colloquial_ending():
    event = only("У ніч на 10 червня противник атакував 1,2 тис. ударних БпЛА. Знешкоджено 1,1 "
                 "тисячі.", outlet=AIR_FORCE)
    assert (event.drones.launched, event.drones.destroyed) == (1200, 1100)
    event = only("У ніч на 10 червня противник атакував Україну 2-ма балістичними ракетами Іскандер-М "
                 "та 40-ка "
                 "ударними БпЛА. Збито 1 ракету та 35 дронів.", outlet=AIR_FORCE)
    assert figures(event) == (40, 35, 2, 1)


def test_respectively_after_of_which():
    event = only("Росія вночі атакувала Україну: 352 дрони і 16 ракет, з яких збито 339 та 15 відповідно.",
                 outlet="Суспільне")
    assert figures(event) == (352, 339, 16, 15)


def test_a_total_told_with_no_noun():
    event = only("Силами ПВО Минобороны уничтожены ещё 4 БПЛА, летевшие на Москву. Всего с вечера — 19.",
                 outlet="Сергей Собянин")
    assert event.drones.destroyed == 19


def test_the_detected_in_the_air_are_a_total_not_drones_still_flying():
    event = only("У ніч на 10 червня противник атакував ударними БпЛА типу Shahed. Всього в повітрі "
                 "фіксувалися 73 "
                 "ворожих дрони. Станом на 09:00 збито 59.", outlet=AIR_FORCE)
    assert (event.drones.launched, event.drones.destroyed) == (73, 59)
    event = only("Ворог атакував 40 дронами. Збито 30. Атака триває, в повітрі ще 5 ворожих БпЛА.",
                 outlet=AIR_FORCE)
    assert (event.drones.launched, event.drones.destroyed) == (40, 30)


# ------------------------------------------------------------------------------------- ministry lists
def test_a_per_region_list_on_lines_of_its_own_and_counts_each_followed_by_its_region():
    event = only("Дежурными средствами ПВО перехвачены и уничтожены:\n7 беспилотников — над Курской "
                 "областью,\n"
                 "4 беспилотника — над Воронежской областью.", outlet=MINISTRY)
    assert event.drones.destroyed == 11
    event = only("Дежурными средствами противовоздушной обороны уничтожены четыре украинских "
                 "беспилотных летательных "
                 "аппарата над территорией Брянской области и один беспилотный летательный аппарат – над "
                 "территорией Курской области.", outlet=MINISTRY)
    assert event.drones.destroyed == 5


def test_more_told_by_its_region_alone():
    event = only("Минобороны позднее уточнило, что над территорией Брянской области ночью были "
                 "уничтожены шесть "
                 "украинских беспилотников, еще два – над Курской областью.", outlet="Дела и люди")
    assert event.drones.destroyed == 8
    event = only("Минобороны отчиталось, что за ночь уничтожено 98 украинских дронов, из них 31 – над "
                 "Краснодарским "
                 "краем и еще 22 – над Черным морем.", outlet="Вдали")
    assert event.drones.destroyed == 98


def test_lost_to_electronic_warfare_with_its_cue_inside_the_count():
    event = only("✅ Станом на 08:30 протиповітряною обороною збито/подавлено 61 ворожий БпЛА.\n"
                 "📍 Ще 47 – локаційно втрачено (імітатори), без негативних наслідків.", outlet=AIR_FORCE)
    assert event.drones.destroyed == 108


# ------------------------------------------------------------------------------------------ casualties
def test_a_couple_and_a_life_taken():
    event = only("Ворог атакував Житомирщину: загинула літня пара, ще одна людина травмована.", outlet="ТСН")
    assert (event.killed, event.injured) == (2, 1)
    event = only("Ворог завдав удару по Чернігову: життя двох людей забрала атака. Поранено ще шість людей.",
                 outlet="Чернігівська ОВА")
    assert (event.killed, event.injured) == (2, 6)
    event = only("Удар ВСУ по Горловке унес жизни трех человек, еще пятеро ранены.", outlet="ТАСС")
    assert (event.killed, event.injured) == (3, 5)


def test_the_injured_who_died_are_the_dead():
    event = only("Внаслідок нічної атаки дронів на Одесу загинули двоє людей. Ще дев'ятеро дістали "
                 "поранення.\n\n"
                 "UPD: ще одна постраждала померла в лікарні. Кількість загиблих зросла до трьох.",
                 outlet="Одеська ОВА")
    assert (event.killed, event.injured) == (3, 8)
    event = only("Ракетний удар пошкодив порт в Одеському районі, поранено чотирьох людей. Пізніше "
                 "начальник ОВА "
                 "уточнив, що одна з постраждалих – працівниця порту – померла в лікарні.",
                 outlet="Державні вісті")
    assert (event.killed, event.injured) == (1, 3)
    event = only("В результате удара по Одессе пострадали 8 человек, один из них погиб.",
                 outlet="Украинская правда")
    assert (event.killed, event.injured) == (1, 7)


def test_one_more_dead_on_an_update_line():
    event = only("Ворог масовано атакував Дніпропетровщину. Через атаку в Павлограді загинули 3 людей.\n\n"
                 "Оновлено 09:40. Кількість поранених у Павлограді зросла до 12.\n\n"
                 "Оновлено 11:15. Ще одна людина загинула – чоловік помер у лікарні.",
                 outlet="Дніпропетровська ОВА")
    assert (event.killed, event.injured) == (4, 12)


def test_also_adds_one_more_and_hospital_means_injured():
    event = only("Внаслідок удару безпілотника по Херсону травмувався 60-річний чоловік. Також "
                 "постраждала жінка.",
                 outlet="Херсонська ОВА")
    assert event.injured == 2
    event = only("В Курске после атаки дронов в больницу доставлены 4 человека, еще двое получили "
                 "помощь на месте.",
                 outlet="Александр Хинштейн")
    assert event.injured == 6


def test_a_total_over_two_nights_is_no_nights_figure():
    found = events("Росія другу ніч поспіль атакувала Україну. Загалом за дві ночі ворог випустив 176 "
                   "«шахедів».\n\n"
                   "У ніч на 10 червня противник атакував 60 ударними БпЛА, збито 42.",
                   outlet="Державні вісті")
    assert [(e.drones.launched, e.drones.destroyed) for e in found] == [(60, 42)]


def test_a_zero_said_of_one_place_says_nothing_of_the_dead_elsewhere():
    event = only("Губернатор Брянской области сообщил, что в результате атаки в Трубчевском районе "
                 "повреждена линия "
                 "электропередачи, пострадавших нет.\n\nВ Белгородской области в поселке Разумное "
                 "беспилотник "
                 "атаковал легковой автомобиль, ранен мужчина. Позднее губернатор уточнил, что "
                 "пострадавших двое.",
                 outlet="Вдали")
    assert (event.killed, event.injured) == (None, 2)


def test_a_heading_with_an_emoji_and_missile_families_counted_apart():
    event = only("⚡️ У ніч на 10 червня (з 18:00 9 червня) противник атакував:\n"
                 "– 6 балістичними ракетами Іскандер-М з Курської та Воронезької областей;\n"
                 "– 1 крилатою ракетою Х-59/69;\n– 80 ударними БпЛА типу Shahed.\n\n"
                 "Збито/подавлено: 2 балістичні ракети, 1 крилату ракету та 59 БпЛА.", outlet=AIR_FORCE)
    assert figures(event) == (80, 59, 7, 3)


def test_a_figure_out_of_a_whole_and_the_weapon_named_before_the_verb():
    event = only("Противник запустив по Україні 37 «шахедів». Знищено 34 з 37.", outlet=AIR_FORCE)
    assert (event.drones.launched, event.drones.destroyed) == (37, 34)
    event = only("У ніч на 10 червня окупанти атакували Україну 74 дронами і трьома ракетами. Усі ракети "
                 "збиті, "
                 "дронів знищено 57.", outlet="Громадське")
    assert figures(event) == (74, 57, 3, 3)


def test_a_person_noun_whose_likeliest_reading_is_not_a_noun():
    event = only("Ворог атакував Білопілля дронами. Загинула людина.", outlet="Сумська ОВА")
    assert event.killed == 1


def test_the_figure_after_a_copula_every_one_of_a_model_and_more_that_hit():
    event = only("Жертвами удара украинского беспилотника по Горловке стали три человека, еще пятеро "
                 "получили ранения.", outlet="Интерфакс")
    assert (event.killed, event.injured) == (3, 5)
    event = only("Ночью Россия выпустила по Украине 5 ракет «Кинжал» и 47 «шахедов». Уничтожены все "
                 "«Кинжалы» и 41 дрон.", outlet="Страна.ua")
    assert figures(event) == (47, 41, 5, 5)
    event = only("Уночі Одещина була під атакою: ППО збила 17 дронів, ще 3 влучили у склад. Постраждав "
                 "охоронець.", outlet="Громадське")
    assert (event.drones.destroyed, event.drones.hit, event.injured) == (17, 3, 1)


def test_every_one_past_adjectives_and_a_bare_figure_after_a_comma():
    event = only("Ворог атакував 35 ударними БпЛА. Сили ППО знешкодили всі ворожі дрони.", outlet=AIR_FORCE)
    assert (event.drones.launched, event.drones.destroyed) == (35, 35)
    event = only("Вночі Львівщина зазнала атаки: 2 крилаті ракети влучили в об'єкт критичної інфраструктури, "
                 "4 збито.", outlet="Львівська ОВА")
    assert (event.missiles.hit, event.missiles.destroyed) == (2, 4)


def test_one_weapon_launched_in_the_accusative_and_more_told_by_its_region():
    event = only("Крім того, по Дніпропетровщині окупанти випустили керовану авіаційну ракету Х-59. "
                 "Знищено ракету Х-59.", outlet=AIR_FORCE)
    assert (event.missiles.launched, event.missiles.destroyed) == (1, 1)
    event = only("Дежурными средствами противовоздушной обороны над территорией Брянской области уничтожены "
                 "четыре украинских беспилотника, над территорией Курской области — два, над территорией "
                 "Белгородской области — один.", outlet=MINISTRY)
    assert event.drones.destroyed == 7


def test_a_number_and_a_half_before_its_multiplier():
    event = only("Вночі росіяни випустили по Україні три з половиною десятки ракет.", outlet="Суспільне")
    assert event.missiles.launched == 35
    event = only("Ночью россияне выпустили по Украине две с половиной сотни дронов.", outlet="Зеркало недели")
    assert event.drones.launched == 250


def test_a_count_joined_after_only_shares_the_verb_of_the_count_before():
    event = only("Вночі росіяни атакували Україну 293 ударними дронами та 25 ракетами. Збито або подавлено "
                 "240 безпілотників і лише сім ракет, влучання зафіксовано на 24 локаціях.",
                 outlet="Суспільне")
    assert (event.missiles.destroyed, event.missiles.hit) == (7, None)
    event = only("Ночью россияне атаковали Украину 293 дронами и 25 ракетами. Сбиты 240 беспилотников и лишь "
                 "семь ракет, попадания зафиксированы на 24 локациях.", outlet="Зеркало недели")
    assert (event.missiles.destroyed, event.missiles.hit) == (7, None)


def test_a_combined_figure_in_the_genitive_singular_and_its_items_by_kind():
    # after 63 (a number ending in 3) both nouns are in the genitive singular: one figure for both kinds
    event = only("В ночь на 10 июня Россия атаковала Одессу, выпустив 63 ракеты и ударных беспилотника. "
                 "Среди них — восемь ракет Х-22, шесть «Ониксов», 16 «Калибров», одна Х-59 и 32 дрона "
                 "Shahed.",
                 outlet="Зеркало недели")
    assert (event.missiles.launched, event.drones.launched) == (31, 32)
    event = only("У ніч на 10 червня Росія атакувала Одесу 40 ракетами та ударними дронами. Серед них — "
                 "вісім ракет Х-22, шість «Оніксів» і 26 дронів Shahed.", outlet="Суспільне")
    assert (event.missiles.launched, event.drones.launched) == (14, 26)


# ----------------------------------------------------------------------------- a damage word denied
def test_without_is_one_lexicon_entry_among_the_words_of_none():
    from strikewatch.lexicon import ru, uk
    assert uk.WITHOUT == ru.WITHOUT == frozenset({"без"})
    assert uk.WITHOUT <= uk.NONE_WORDS and ru.WITHOUT <= ru.NONE_WORDS



def test_tokens_of_a_piece_carry_the_offsets_of_the_whole_text():
    from strikewatch.extract.morph import tokens

    text = "Зранку тихо. Над містом збито 12 дронів."
    start = text.index("Над")
    alone = tokens(text[start:], "uk")
    placed = tokens(text[start:], "uk", offset=start)
    assert [(t.start - start, t.end - start) for t in placed] == [(t.start, t.end) for t in alone]
    assert all(text[t.start:t.end] == t.text for t in placed)
