"""Ukrainian and Russian posts in formats the annotated corpus has few of (a city military administration's
update, Russian governors' posts, a Russian independent outlet's news item, a Ukrainian outlet's story with
quotes), read for their key figures; and the classes of phrasing those formats use: numbers whose
likeliest reading is a noun, "not less than", asides naming part of a figure, people listed one by one,
reflexive casualty verbs, damage that is only where people were taken, military depots, power lines, sites
named by their town's adjective and streets named after a person."""
from __future__ import annotations

from functools import partial

import pytest

import reading
from strikewatch.extract import extract_article
from strikewatch.records import ArticleInput

PUBLISHED = "2025-03-14T09:10:00+02:00"


events = partial(reading.events, published=PUBLISHED)
only = partial(reading.only, published=PUBLISHED)


# ------------------------------------------------------------------------------------------- formats
def test_a_city_administration_update_gives_the_updated_toll():
    event = only(
        "Оновлення (08:40).\n\n"
        "У Києві внаслідок нічної атаки ворожих дронів постраждали п'ятеро людей. Кількість постраждалих "
        "зросла до дев'яти, серед них дитина. Четверо з них госпіталізовані, решті медики надали допомогу "
        "на місці.\n\n"
        "У Дарницькому районі уламки збитого БпЛА впали на подвір'я багатоповерхівки, пошкоджено кілька "
        "автомобілів. У Дніпровському районі загорівся приватний будинок.\n\n"
        "Загалом на підступах до столиці та над містом сили ППО знешкодили близько 20 ворожих безпілотників.",
        outlet="Київська міська військова адміністрація")
    assert (event.attacker, event.target_country, event.places) == ("RU", "UA", ("Kyiv",))
    assert (event.injured, event.drones.destroyed) == (9, 20)
    assert {"residential", "vehicles"} <= set(event.damage) and "transport" not in event.damage


def test_an_oblast_post_with_a_driver_killed_and_two_hurt():
    event = only(
        "Вночі росіяни атакували Одещину ударними дронами. Внаслідок влучання в Ізмаїльському районі "
        "пошкоджено складські приміщення та вантажівку. Загинув водій вантажівки, ще двоє людей отримали "
        "поранення.\n\nСилами ППО над областю збито 11 БпЛА.\n\nОлег Кіпер", outlet="Одеська ОВА")
    assert (event.attacker, event.target_country) == ("RU", "UA")
    assert "Odesa Oblast" in event.places
    assert (event.killed, event.injured, event.drones.destroyed) == (1, 2, 11)


def test_a_russian_governor_post_with_three_hurt_told_one_by_one():
    event = only(
        "Вечером ВСУ атаковали Белгород беспилотниками. Силами ПВО сбиты пять дронов.\n\n"
        "К сожалению, пострадали три мирных жителя. У мужчины осколочные ранения спины, его доставили в "
        "городскую больницу. Две женщины получили баротравмы, им помощь оказана на месте.\n\n"
        "В результате атаки повреждены остекление и фасады двух многоквартирных домов, а также четыре "
        "легковых автомобиля.", outlet="Вячеслав Гладков | Telegram")
    assert (event.attacker, event.target_country, event.places) == ("UA", "RU", ("Belgorod",))
    assert (event.injured, event.drones.destroyed) == (3, 5)
    assert "medical" not in event.damage  # the hospital is where the man was taken


def test_a_russian_governor_post_with_rockets_and_a_power_line():
    event = only(
        "Противник ударил по Льгову реактивными снарядами. Погибла женщина, ещё семь человек ранены, "
        "среди них двое детей. Пострадавших доставили в Курскую областную больницу.\n\n"
        "Повреждены частный дом, магазин и линия электропередачи, без света остались около тысячи абонентов.",
        outlet="Губернатор Курской области | Telegram")
    assert (event.attacker, event.target_country) == ("UA", "RU")
    assert (event.killed, event.injured) == (1, 7)
    assert {"residential", "commercial", "energy"} <= set(event.damage) and "medical" not in event.damage


def test_a_russian_governor_post_on_an_fpv_strike_and_the_night_drones():
    event = only(
        "Сегодня утром в результате удара FPV-дрона ВСУ по грузовому автомобилю в селе Суземка Суземского "
        "района ранен мирный житель. Пострадавшему оказывается вся необходимая медицинская помощь.\n\n"
        "Также в течение ночи силами ПВО над территорией области уничтожены 9 украинских БПЛА самолетного "
        "типа. Пострадавших нет.", outlet="Губернатор Брянской области | Telegram")
    assert (event.attacker, event.target_country) == ("UA", "RU")
    assert "Suzemka" in event.places
    assert (event.injured, event.drones.destroyed) == (1, 9)


def test_a_russian_independent_outlet_item_on_saratov_and_engels():
    event = only(
        "В ночь на пятницу Саратов и Энгельс подверглись атаке беспилотников, сообщил губернатор Саратовской "
        "области Роман Бусаргин. По его словам, в Энгельсе обломки дрона повредили жилой дом, погиб один "
        "человек. В Саратове пострадали двое.\n\n"
        "Минобороны России заявило, что за ночь над Саратовской областью сбиты 17 украинских беспилотников. "
        "Официально о повреждениях на аэродроме не сообщалось.",
        outlet="Независимое издание «Вёрстка»", title="Беспилотники атаковали Саратов и Энгельс")
    assert (event.attacker, event.target_country) == ("UA", "RU")
    assert {"Saratov", "Engels"} <= set(event.places)
    assert (event.killed, event.injured, event.drones.destroyed) == (1, 2, 17)


def test_a_russian_independent_outlet_item_on_a_strike_on_dnipro():
    event = only(
        "В ночь на 14 марта российские войска нанесли удар по Днепру. По данным главы Днепропетровской ОВА "
        "Сергея Лысака, погибли не менее трех человек, еще 19 получили ранения, в том числе четверо "
        "детей.\n\n"
        "Воздушные силы ВСУ сообщили, что Россия выпустила по Украине 112 ударных дронов и четыре "
        "баллистические ракеты «Искандер-М». Сбить удалось 74 беспилотника.",
        outlet="«Медиазона»", title="Российская армия ночью атаковала Днепр")
    assert (event.attacker, event.target_country) == ("RU", "UA") and "Dnipro" in event.places
    assert (event.killed, event.injured) == (3, 19)
    assert (event.drones.launched, event.drones.destroyed, event.missiles.launched) == (112, 74, 4)


def test_a_ukrainian_outlet_story_with_quotes_and_a_toll_in_words():
    event = only(
        "Кількість загиблих унаслідок ракетного удару по Запоріжжю зросла до п'яти, ще 14 людей поранені. "
        "Про це повідомив очільник обласної військової адміністрації Іван Федоров.\n\n"
        "«Ворог завдав удару двома ракетами по промисловому підприємству та житловому кварталу. Під "
        "завалами ще можуть перебувати люди», — написав Федоров.\n\n"
        "За його словами, пошкоджено дев'ять багатоповерхівок та заклад освіти.",
        outlet="Українська правда", title="Удар по Запоріжжю: кількість загиблих зросла до п'яти")
    assert (event.attacker, event.target_country, event.places) == ("RU", "UA", ("Zaporizhzhia",))
    assert (event.killed, event.injured) == (5, 14)
    assert {"industrial", "residential", "education"} <= set(event.damage)


def test_a_mayor_post_on_glide_bombs_with_the_hurt_in_words():
    event = only(
        "Харків. Ворог вдарив КАБами по Немишлянському району. Попередньо, поранено п'ятьох людей, серед них "
        "14-річна дівчина. Пошкоджено житловий будинок та лінію електропередачі.",
        outlet="Ігор Терехов | Telegram")
    assert (event.places, event.injured) == (("Kharkiv",), 5)
    assert {"residential", "energy"} <= set(event.damage)


def test_a_ukrainian_outlet_story_on_a_strike_on_a_russian_refinery():
    event = only(
        "Сили оборони в ніч на 14 березня уразили Рязанський нафтопереробний завод, повідомив Генеральний "
        "штаб ЗСУ. Зафіксовано влучання та пожежу в районі установки первинної переробки нафти.\n\n"
        "Губернатор Рязанської області Павло Малков написав, що через падіння уламків безпілотника "
        "постраждали двоє людей. За даними міноборони РФ, над регіоном збили 32 дрони.",
        outlet="Суспільне", title="Генштаб підтвердив ураження НПЗ у Рязані")
    assert (event.attacker, event.target_country) == ("UA", "RU")
    assert "Ryazan" in event.places and "energy" in event.damage
    assert (event.injured, event.drones.destroyed) == (2, 32)


# ------------------------------------------------------------------------------------------- classes
@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a cardinal whose likeliest analysis is a noun ("п'яти" a heel, "семи" a seme)
    ("Кількість загиблих унаслідок удару по Кривому Рогу зросла до п'яти.", 5, None),
    ("Кількість поранених у Кривому Розі зросла до семи.", None, 7),
    # a collective numeral past ten
    ("Внаслідок удару по Кривому Рогу загинули двоє людей, ще чотирнадцятеро поранені.", 2, 14),
    # "not less than" is at least, not a negation
    ("В результате ракетного удара по Луцку погибли не менее пяти человек.", 5, None),
    ("Внаслідок удару по Луцьку загинули не менше шести людей.", 6, None),
    # an aside naming part of the figure does not part it from its word
    ("Ночью ВСУ атаковали Белгород ракетами. Еще четыре человека, в том числе 10-летний мальчик, получили "
     "ранения.", None, 4),
    # a reflexive casualty verb
    ("Травмувалися двоє людей внаслідок атаки дронів на Нікополь.", None, 2),
    ("В результате атаки беспилотников на Брянск травмировались три человека.", None, 3),
    # one person as the subject, the casualty noun's modifiers between
    ("В селе Новая Нелидовка дрон атаковал легковой автомобиль — мужчина получил осколочные ранения спины.",
     None, 1),
    # people listed one by one
    ("Внаслідок атаки дронів на Одесу загинули чоловік і жінка.", 2, None),
    ("Внаслідок удару по Харкову загинула 7-річна дівчинка та її мати.", 2, None),
    ("Ворог атакував Херсон дроном. Поранені троє дітей і двоє дорослих.", None, 5),
    ("В результате атаки беспилотника на Белгород погибли мужчина и женщина, еще четверо ранены.", 2, 4),
    # ... but not the next casualty word's figure
    ("Росіяни скинули авіабомбу на житловий квартал Харкова: загинула жінка, 12 людей поранені.", 1, 12),
])
def test_casualty_figures(text, killed, injured):
    event = only(text)
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Вечером ВСУ атаковали Белгород. Мужчина ранен, его доставили в областную клиническую больницу. "
     "Повреждены окна в многоквартирном доме.", {"residential"}, {"medical"}),
    ("Ворог атакував Суми. Для мешканців відкрито пункт тимчасового розміщення в школі. Пошкоджено "
     "житловий будинок.", {"residential"}, {"education"}),
    ("Ворог атакував Суми дронами. Пошкоджено лікарню та житловий будинок.", {"medical", "residential"},
     set()),
    ("Ворог вдарив по Білій Церкві ракетою, пошкоджено лінію електропередачі.", {"energy"}, {"cultural"}),
    ("Уламки впали у Києві, Львові та ще низці міст, пошкоджено житлові будинки.", {"residential"},
     {"transport"}),
    ("У Львові пошкоджено житлові будинки в Залізничному та Шевченківському районах.", {"residential"},
     {"transport"}),
    ("Ворог ударив по Краматорську, уражено склад боєприпасів та пошкоджено приватний будинок.",
     {"residential"}, {"industrial", "commercial"}),
])
def test_damage_categories(text, present, absent):
    damage = set(only(text).damage)
    assert present <= damage and not absent & damage


def test_munitions_fired_by_artillery_are_no_drones():
    found = events("В Грайворонском округе — 11 обстрелов из артиллерии и минометов, выпущено 26 "
                   "боеприпасов. Над округом сбиты 3 беспилотника.")
    assert all(e.drones.launched is None for e in found)
    assert [e.drones.destroyed for e in found] == [3]


@pytest.mark.parametrize(("text", "place"), [
    ("Дроны атаковали Саратовский НПЗ, возник пожар.", "Saratov"),
    ("Украинские беспилотники атаковали Новокуйбышевский НПЗ.", "Novokuybyshevsk"),
])
def test_a_site_named_by_its_town_adjective_is_in_that_town(text, place):
    event = only(text)
    assert (event.attacker, event.target_country) == ("UA", "RU") and place in event.places


def test_a_site_placed_by_the_words_after_it_is_in_that_place():
    event = only("ВСУ нанесли ракетный удар: поражен Брянский химический завод в поселке Сельцо.")
    assert "Bryansk" not in event.places and "Seltso" in event.places


def test_a_street_named_after_a_person_stays_a_street():
    event = only("Ночью ВСУ атаковали Курск беспилотниками. Обломки упали на дом по улице Энгельса. "
                 "Пострадавших стало двое: за медпомощью обратилась жительница дома на Энгельса.")
    assert "Engels" not in event.places and event.injured == 2


@pytest.mark.parametrize("text", [
    "Вночі росіяни випустили по Україні 49 ударних дронів. Сили ППО збили 31 дрон, ще 14 локаційно втрачені.",
    "Вночі ворог атакував Україну 49 ударними БпЛА. Збито 31 дрон, 14 – локаційно втрачені.",
])
def test_drones_shot_down_and_drones_lost_after_them_are_both_destroyed(text):
    event = only(text)
    assert (event.drones.launched, event.drones.destroyed) == (49, 45)


def test_a_subset_after_a_comma_is_not_listed_with_the_figure():
    event = only("Ночью в результате падения обломков БПЛА в Таганроге пострадали 5 человек, из них двое "
                 "детей.")
    assert event.injured == 5


@pytest.mark.parametrize("text", [
    "В результате атаки дрона на Белгород погиб мужчина, его жена ранена.",
    "Внаслідок удару по Харкову загинув чоловік, його син поранений.",
])
def test_one_person_named_by_kin(text):
    record = extract_article(ArticleInput("post", text, published=PUBLISHED))
    (event,) = record.events
    assert (event.killed, event.injured) == (1, 1)
    assert any(e.field == "injured" for e in event.evidence)


def test_a_post_lead_line_places_the_figures_of_the_paragraph_after_it():
    event = only(
        "Вночі ворог атакував Конотоп ударними дронами.\n\n"
        "Влучання в районі залізничного вокзалу: пошкоджено дев'ять приватних будинків. Поранено двох "
        "людей.\n\n"
        "У Шостці внаслідок удару КАБом загинув чоловік, поранено ще трьох людей, пошкоджено "
        "магазин.")
    assert {"Konotop", "Shostka"} <= set(event.places)
    assert (event.killed, event.injured) == (1, 5)  # two hurt in Konotop, three in Shostka


@pytest.mark.parametrize(("text", "destroyed"), [
    # "of them" after a sentence that names the weapon with no count
    ("Вночі противник атакував Херсонщину ударними безпілотниками типу «Шахед». Чотири з них збили захисники "
     "неба.", 4),
    ("Ночью ВСУ атаковали Курскую область беспилотниками. Семь из них уничтожены средствами ПВО.", 7),
    # more of the weapon destroyed just before, said with no noun
    ("Украинские беспилотники попытались атаковать Москву. Один беспилотник уничтожен средствами ПВО над "
     "Подмосковьем. Еще два подавлены средствами РЭБ.", 3),
    ("Ворог атакував Київ дронами. Над містом збито 5 дронів. Ще три знешкоджені засобами РЕБ.", 8),
])
def test_drones_destroyed_told_without_their_noun(text, destroyed):
    assert only(text).drones.destroyed == destroyed
