"""Ukrainian and Russian figures that are parts of a figure told before them or sums of figures told
apart: a region-by-region breakdown whose later regions drop the verb ("над Одещиною знищено 9
дронів, над Миколаївщиною — 4")."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-14T10:30:00+03:00"

only = partial(reading.only, published=PUBLISHED)


# ------------------------------------------------------------------ a breakdown told place by place
def test_regions_after_a_total_are_its_parts_even_without_their_verb():
    event = only("У ніч на 14 жовтня противник атакував 140 ударними БпЛА типу Shahed. Станом на 08:30 збито "
                 "97 ворожих дронів. Над Полтавщиною збито 14 дронів, над Сумщиною — 6.\n\nЩе 30 "
                 "БпЛА-імітаторів локаційно втрачено.", outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.drones.destroyed) == (140, 127)
    event = only("В ночь на 14 октября противник запустил 90 дронов. Сбиты 70 беспилотников. Над Харьковской "
                 "областью уничтожены 12 дронов, над Сумской — 5.", outlet="Новости Слобожанщины")
    assert event.drones.destroyed == 70


def test_regions_told_alone_add_up_to_the_figure():
    event = only("Ночью дежурными средствами ПВО над Курской областью уничтожены восемь беспилотников, над "
                 "Орловской — три.", outlet="Минобороны России")
    assert event.drones.destroyed == 11


# ------------------------------------------------------------------ an item's own weapon lost on radar
def test_a_number_lost_on_radar_inside_a_missile_item_is_a_missile():
    text = ("У ніч на 14 жовтня противник атакував 120 ударними БпЛА типу Shahed та 20 крилатими ракетами "
            "Х-101.\n\nСтаном на 09:00 знешкоджено:\n\n– 80 ударних БпЛА збито, ще 30 — локаційно "
            "втрачені;\n\n"
            "– 15 крилатих ракет Х-101 збито, 2 — локаційно втрачені.")
    event = only(text, outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.drones.destroyed) == (120, 110)
    assert (event.missiles.launched, event.missiles.destroyed) == (20, 17)


# ------------------------------------------------------------------------ hits told by the weapon's word
def test_hits_told_by_the_weapons_adjective_are_that_many():
    event = only("Уночі ворог атакував Ужгород ракетами. Зафіксовано три ракетні влучання в промислові "
                 "об'єкти, поранено п'ятьох людей.", outlet="Закарпатська ОВА")
    assert event.missiles.hit == 3
    event = only("Ночью ВСУ атаковали Белгород. Зафиксированы два ракетных попадания в склад, пострадавших "
                 "нет.",
                 outlet="Белгородская правда")
    assert event.missiles.hit == 2


def test_missiles_that_hit_as_the_subject_are_all_launched_unless_some_were_shot_down():
    event = only("Вранці 14 жовтня росіяни вдарили по Чернігову трьома балістичними ракетами «Іскандер-М». "
                 "Ракети влучили в адмінбудівлю та склад.", outlet="Чернігівська ОВА")
    assert (event.missiles.launched, event.missiles.hit) == (3, 3)
    event = only("Вранці 14 жовтня росіяни випустили по Одесі п'ять ракет, дві з них збили. Ракети влучили в "
                 "порт.", outlet="Одеська ОВА")
    assert event.missiles.hit is None
    event = only("У ніч на 14 жовтня по країні було випущено 300 дронів і 20 ракет. Того ранку в Черкасах "
                 "ракети влучили в багатоповерхівку.", outlet="Тижневик")
    assert event.missiles.hit is None


# ------------------------------------------------------------------------ a summing-up sentence
def test_a_ministrys_sum_of_its_posts_said_with_a_verb_also_of_damage_is_the_days_figure():
    text = ("Минобороны дважды сообщало об отражении атак.\n\n«С 08:00 до 13:00 мск дежурными средствами ПВО "
            "перехвачены и уничтожены 12 украинских беспилотников над территорией Орловской области».\n\n"
            "«С 13:00 до 19:00 мск уничтожены 9 украинских беспилотников над территорией Тульской "
            "области».\n\n"
            "Итого за день, по данным ведомства, уничтожены 21 беспилотник.")
    (event,) = reading.events(text, published=PUBLISHED, outlet="Вечерние новости")
    assert (event.attacker, event.target_country) == ("UA", "RU")
    assert event.drones.destroyed == 21


# ------------------------------------------------------------------------ a region's toll summing its towns
def test_a_regions_summing_up_covers_its_towns_even_one_whose_name_another_region_shares():
    event = only("Ворог уночі атакував Харківщину дронами.\n\nХарків. Уламки дрона впали біля школи, "
                 "поранено трьох людей.\n\nЗолочів. Дрон влучив у магазин, поранено двох продавчинь.\n\n"
                 "Отже, за добу на Харківщині поранено п'ятьох людей.", outlet="Харківська ОВА")
    assert event.injured == 5


def test_people_listed_after_a_death_who_are_the_subject_of_another_verb_are_not_dead():
    event = only("Ночью беспилотник атаковал Белгородскую область. В Шебекино погиб пожилой мужчина, "
                 "его сын и внучка получили ранения.", outlet="Белгород 24")
    assert event.killed == 1


def test_a_russian_death_verb_is_no_person_for_the_evidence_check():
    event = only("Ночью беспилотник атаковал Курскую область. Водитель грузовика, пожилой мужчина, погиб на "
                 "месте.", outlet="Курские новости")
    assert event.killed == 1


def test_no_threat_to_life_is_the_state_of_the_injured_not_a_threat():
    event = only("Ночью БПЛА атаковали Новороссийск. Пострадали трое рабочих порта, они госпитализированы, "
                 "угрозы жизни нет.", outlet="Кубань 24")
    assert event.injured == 3
    event = only("Уночі дрони атакували Херсон. Поранено двох чоловіків, загрози життю немає.",
                 outlet="Херсонська ОВА")
    assert event.injured == 2


def test_cuts_and_bruises_are_injuries():
    event = only("Ночью беспилотник атаковал Лиски. Один мужчина получил порезы, пострадавших больше нет.",
                 outlet="Воронежские вести")
    assert event.injured == 1
    event = only("Уночі дрон атакував Ізмаїл. Жінка отримала порізи від уламків скла.", outlet="Одеська ОВА")
    assert event.injured == 1


# ------------------------------------------------------------------------ a total after additions
def test_a_total_after_weapons_said_besides_sums_them_and_a_figure_said_separately_is_added():
    text = ("14 жовтня противник завдав масованого ракетного удару.\n\nДля удару ворог застосував 40 "
            "крилатих "
            "ракет двох типів: Х-101 — з літаків Ту-95МС; «Калібр» — з акваторії Чорного моря.\n\nКрім того, "
            "тактична авіація застосувала 3 керовані авіаційні ракети Х-59.\n\nЗагалом — 43 ракети.\n\n"
            "Знищено 35 крилатих ракет.\n\nОкремо зазначаємо: протягом доби по Харківщині окупанти випустили "
            "10 зенітних керованих ракет С-300.")
    event = only(text, outlet="Повітряні сили ЗСУ")
    assert (event.missiles.launched, event.missiles.destroyed) == (53, 35)


def test_figures_told_for_no_place_before_a_towns_total_are_its_parts():
    text = ("Унаслідок атаки в ніч на 14 жовтня у столиці зафіксовано наслідки у двох районах.\n\n"
            "Печерський район — влучання в офісну будівлю, виявлено тіло загиблого.\n\n"
            "Загалом у Києві загинула 1 людина, травмовано 12.\n\n"
            "Київська область — у Броварському районі зруйновано приватний будинок, загинула жінка.")
    event = only(text, outlet="ДСНС України")
    assert event.killed == 2


def test_the_kinds_of_a_whole_told_between_dashes_are_its_parts():
    event = only("У ніч на 14 жовтня Росія атакувала Україну 200 дронами та 30 ракетами. Із тридцяти ракет — "
                 "двадцяти восьми крилатих Х-101 і двох балістичних Іскандер-М — вдалося знешкодити двадцять "
                 "одну.", outlet="Щоденні новини")
    assert (event.missiles.launched, event.missiles.destroyed) == (30, 21)


def test_a_number_after_the_weapon_it_is_taken_from_counts_that_weapon():
    event = only("У ніч на 14 жовтня ворог атакував Україну 150 ударними БпЛА та 10 ракетами Х-101. З ракет "
                 "сили ППО збили 7. Із дронів сотню збили, ще 30 локаційно втрачено.", outlet="Новини дня")
    assert (event.drones.launched, event.drones.destroyed) == (150, 130)
    assert (event.missiles.launched, event.missiles.destroyed) == (10, 7)


# ------------------------------------------------------------------ a bare figure, then its parts
def test_a_bare_figure_before_of_them_is_the_whole_and_the_part_is_no_figure():
    event = only("Вночі Росія випустила по Україні 400 ударних дронів. Збито або подавлено 350, з них 40 — у "
                 "зоні відповідальності Повітряного командування «Схід».", outlet="Суспільне")
    assert (event.drones.launched, event.drones.destroyed) == (400, 350)
    event = only("Ночью Россия запустила по Украине 400 дронов. Сбито или подавлено 350, из которых 40 — над "
                 "Киевской областью.", outlet="Зеркало недели")
    assert event.drones.destroyed == 350


# ------------------------------------------------------------------ lost on radar, the figure after a dash
def test_drones_lost_on_radar_told_before_a_dash_add_to_those_shot_down():
    event = only("У ніч на 14 жовтня противник атакував 90 ударними БпЛА типу «Shahed».\n\nСтаном на 09:00 "
                 "підтверджено збиття 50 ударних БпЛА у Київській та Сумській областях.\n\n"
                 "Локаційно втрачено — 37 (ймовірно, внаслідок протидії РЕБ), 3 — полетіли в бік Білорусі.",
                 outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.drones.destroyed) == (90, 87)
    event = only("Ночью противник атаковал 40 ударными БПЛА. Сбиты 25 беспилотников над Одесской областью. "
                 "Локационно потеряны – 10.", outlet="Думская")
    assert event.drones.destroyed == 35


# ------------------------------------------------------------------ weapons named one by one past an aside
def test_single_missiles_listed_after_an_aside_on_the_drones_count_one_each():
    event = only("У ніч на 14 жовтня противник атакував 80 ударними БпЛА типу «Shahed» (райони пусків — "
                 "Курськ, Орел), керованою авіаційною ракетою Х-59 (з повітряного простору Курської області) "
                 "та зенітною керованою ракетою С-300 (з ТОТ Запорізької області).",
                 outlet="Повітряні сили ЗСУ")
    assert (event.drones.launched, event.missiles.launched) == (80, 2)


# ------------------------------------------------------------------ an aside telling how many were destroyed
def test_an_aside_after_a_count_tells_its_destroyed_and_not_the_next_counts_role():
    event = only("Вночі противник випустив 50 крилатих ракет, збили 40 із них. Крім того, ворог застосував "
                 "сім «шахедів» з узбережжя Азовського моря (п'ять знищено) і 20 ракет С-300 по Харківщині.",
                 outlet="Суспільне")
    assert (event.drones.launched, event.drones.destroyed) == (7, 5)
    assert (event.missiles.launched, event.missiles.destroyed) == (70, 40)
    event = only("Ночью враг применил восемь «шахедов» (шесть сбиты) и три ракеты Х-59.", outlet="Думская")
    assert (event.drones.launched, event.drones.destroyed, event.missiles.launched) == (8, 6, 3)


# ------------------------------------------------------- a dash opening the parts, where they flew from
def test_the_parts_after_a_dash_and_the_area_a_participle_says_they_were_launched_over():
    event = only("Уночі Росія атакувала Київщину 500 дронами і 40 ракетами — 21 крилата Х-101, запущених над "
                 "Вологодською областю, десять «Кинджалів», дві Х-22 і сім Іскандер-К.", outlet="Суспільне")
    assert (event.drones.launched, event.missiles.launched) == (500, 40)
    assert event.places == ("Kyiv Oblast",)
    event = only("Ночью Россия атаковала Киевскую область 56 ракетами: 35 крылатых Х-101, запущенных над "
                 "Вологодской областью, и 21 баллистическая Искандер-М.", outlet="Медуза")
    assert event.places == ("Kyiv Oblast",)


def test_the_largest_attack_of_a_week_is_a_record_of_its_span():
    event = only("Вночі ворог атакував Київ 600 дронами. Це наймасованіший удар тижня.", outlet="Суспільне")
    assert event.record


def test_more_told_by_place_after_a_whole_told_with_no_place_is_one_of_its_parts():
    event = only("За минувшую ночь средства ПВО перехватили и уничтожили 180 украинских беспилотников. "
                 "Больше всего — 55 — над Азовским морем, еще 30 — над Ростовской областью, 12 — над "
                 "Воронежской.",
                 outlet="Минобороны России")
    assert event.drones.destroyed == 180


def test_more_after_a_places_own_figure_still_adds_to_it():
    event = only("Над Орловской областью ночью сбиты девять беспилотников, еще два — над Курской областью.",
                 outlet="Минобороны России")
    assert event.drones.destroyed == 11



# ------------------------------------------------------------ "больше всего ...": the parts of the whole
def test_the_regions_after_a_most_sentence_are_parts_of_the_whole_told_before():
    event = only("Средства ПВО за минувшую ночь перехватили 212 украинских беспилотников, сообщило "
                 "Минобороны.\n\nБольше всего дронов, по данным ведомства, сбито над Брянской областью — 74. "
                 "Еще 55 беспилотников уничтожены над Смоленской областью, 31 — над Тверской, 20 — над "
                 "Калужской.", outlet="Вечерний курьер")
    assert event.drones.destroyed == 212
    event = only("За ніч сили ППО знищили 140 ворожих дронів над територією Росії, повідомили в міноборони "
                 "РФ. Найбільше з них збито над Брянською областю — 50. Ще 40 безпілотників знищено над "
                 "Смоленською областю, 30 — над Тверською.", outlet="Новини Полісся")
    assert event.drones.destroyed == 140
