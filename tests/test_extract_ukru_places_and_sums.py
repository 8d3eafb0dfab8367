"""Ukrainian and Russian casualty figures told place by place: a town named by its head noun after its
mayor ("Мэр Харькова заявил, что в городе ..."), a region's figure that covers its towns' figures, a
figure told for no place beside another place's, a town and the region it lies in named in one clause,
and a speaker named after "у" ("У Кіпера уточнили") who is no place."""
from __future__ import annotations

from functools import partial

import reading
from strikewatch.extract.cyrillic_places import transliterate

PUBLISHED = "2025-11-08T12:10:00+02:00"


events = partial(reading.events, published=PUBLISHED)
only = partial(reading.only, published=PUBLISHED)


# ------------------------------------------------------------------------- a town by its head noun
def test_in_the_city_after_its_mayor_is_that_city_and_the_places_are_summed():
    event = only("В ночь на 8 ноября российские дроны атаковали Украину. В Одессе, по данным городских "
                 "властей, ранены четыре человека.\n\nМэр Полтавы сообщил, что в городе пострадали трое, "
                 "повреждено административное здание.", outlet="Новости Приднестровья")
    assert event.injured == 7
    assert {"Odesa", "Poltava"} <= set(event.places)
    event = only("Уночі ворог атакував Україну дронами. У Дніпрі поранено двох людей.\n\nМер Житомира "
                 "повідомив, що у місті постраждали п'ятеро, пошкоджено склад.", outlet="Суспільне")
    assert event.injured == 7
    assert {"Dnipro", "Zhytomyr"} <= set(event.places)


def test_a_city_named_after_its_head_noun_is_no_anaphor():
    event = only("Ночью беспилотники атаковали Белгородскую область. В городе Шебекино ранены два человека.",
                 outlet="Белгород 24")
    assert event.injured == 2
    assert "Shebekino" in event.places


# ----------------------------------------------------------------- a region's figure over its towns
def test_a_regions_total_covers_the_figures_of_its_towns():
    event = only("В Короче беспилотник атаковал легковой автомобиль, ранен водитель.\n\nВ селе Нижнее "
                 "Березово от удара дрона пострадала женщина.\n\nВ Белгороде ранены двое мужчин.\n\n"
                 "Итоги суток. Всего ВСУ атаковали Белгородскую область 52 беспилотниками. Ранены "
                 "четверо, погибших нет.", outlet="Белгородская область")
    assert event.injured == 4


def test_a_regions_update_covers_its_towns_figure():
    event = only("Уночі ворог атакував Київщину дронами. «У Броварах поранено двох людей», — повідомив "
                 "голова ОВА.\n\nОновлено о 12:40: кількість поранених на Київщині зросла до п'яти.",
                 outlet="Київська ОВА")
    assert event.injured == 5


def test_a_regions_smaller_figure_is_of_the_rest_of_it():
    event = only("Уночі ворог атакував Харківщину. У Харкові поранено шістьох людей. На Харківщині також "
                 "постраждали двоє, пошкоджено приватні будинки.", outlet="Харківська ОВА")
    assert event.injured == 8


def test_a_capital_is_not_inside_the_region_named_after_it():
    event = only("Уночі росіяни атакували Київ і Київщину. У столиці поранено трьох людей. У Київській "
                 "області постраждали п'ятеро.", outlet="Укрінформ")
    assert event.injured == 8


# ------------------------------------------------------------------ a figure told for no place
def test_a_figure_told_for_no_place_is_of_the_city_the_text_opens_on():
    event = only("Уночі росіяни атакували Черкаси дронами. Пошкоджено багатоповерхівку.\n\n«Поранено "
                 "шістьох людей, серед них дитина», – написав міський голова.\n\nОновлено: у Смілі "
                 "внаслідок влучання поранено двох людей.", outlet="Черкаський край")
    assert event.injured == 8


def test_a_total_told_for_no_place_is_not_added_to_the_places_figures():
    event = only("Уночі росіяни атакували Черкаси та Умань. В Умані поранено двох людей. Загалом поранено "
                 "сімох людей.", outlet="Черкаський край")
    assert event.injured == 7


# ------------------------------------------------------------ a town and its region in one clause
def test_a_town_and_its_region_in_one_clause_are_the_towns_figure():
    event = only("На Сумщині, за словами голови ОВА, у Конотопі дрон влучив у склад, поранено трьох людей."
                 "\n\nОновлено: у Конотопі поранених уже п'ятеро.", outlet="Суспільне Суми")
    assert event.injured == 5


# ------------------------------------------------------------------------- a speaker after "у"
def test_a_speaker_named_after_u_is_no_place():
    event = only("Уночі ворог атакував Дніпропетровщину дронами, пошкоджено склад. Постраждав один "
                 "чоловік.\n\nОновлено: у Лисака уточнили, що постраждалих двоє.", outlet="Дніпро онлайн")
    assert event.places == ("Dnipropetrovsk Oblast",)


# ------------------------------------------------------------- places' figures, the verb said once
def test_each_places_figure_after_one_casualty_verb_is_summed():
    event = only("Уночі ворог атакував Харківщину дронами. У Харкові поранено трьох людей, в Ізюмі – двох.",
                 outlet="Харківська ОВА")
    assert event.injured == 5
    event = only("Вночі росіяни атакували Харківщину. Поранені: у Харкові – троє, у Чугуєві – двоє.",
                 outlet="Харківська ОВА")
    assert event.injured == 5
    event = only("Ночью беспилотники атаковали Ростовскую область. Пострадали люди: в Таганроге – двое, "
                 "в Азове – один.", outlet="Дон-ТР")
    assert event.injured == 3
    event = only("Ночью ВСУ атаковали Белгородскую область. В Белгороде ранены трое, в Шебекине — ещё один "
                 "человек, в Валуйках – двое.", outlet="Белгород 24")
    assert event.injured == 6
    event = only("Уночі ворог атакував Одещину. Загинули двоє людей в Одесі та один в Ізмаїлі.",
                 outlet="Одеська ОВА")
    assert event.killed == 3


def test_a_place_with_damage_after_a_casualty_figure_is_no_figure_of_people():
    event = only("Уночі ворог атакував Одещину. Поранено трьох людей в Одесі, в Ізмаїлі пошкоджено 5 "
                 "будинків.", outlet="Одеська ОВА")
    assert event.injured == 3


def test_a_place_with_one_person_after_the_figures_of_others():
    event = only("Ночью ВСУ атаковали Курскую область. В Курске ранены трое, в Рыльске – мужчина. В Льгове "
                 "пострадали две женщины.", outlet="Курские известия")
    assert event.injured == 6


# --------------------------------------------------------------- a governor's post place by place
def test_a_town_before_a_word_in_latin_letters_is_a_place_and_keeps_its_figure():
    event = only("В Белгороде в результате атаки дронов ранены два человека.\n\nВ Шебекине FPV-дрон атаковал "
                 "автомобиль. Пострадала женщина, у нее осколочные ранения.", outlet="Белгород 24")
    assert "Shebekino" in event.places
    assert event.injured == 3


def test_an_area_of_a_town_as_a_heading_inside_a_line():
    event = only("Росія атакувала Дніпропетровщину дронами. Дніпро: пошкоджено будинок, поранено трьох "
                 "людей. Павлоградщина: поранені двоє.", outlet="Дніпропетровська ОВА")
    assert "Pavlohrad" in event.places
    assert event.injured == 5


# ------------------------------------------------------------------------- words that are no place
def test_a_common_adjective_shared_with_a_towns_name_is_no_place():
    event = only("Уночі ворог атакував Житомирщину 40 ударними БпЛА з північного та південного напрямків.",
                 outlet="Повітряні сили")
    assert event.places == ("Zhytomyr Oblast",)
    event = only("Ночью дроны атаковали Днепр, на левом берегу повреждена подстанция.", outlet="Страна")
    assert event.places == ("Dnipro",)


def test_the_kremlin_a_channel_in_latin_letters_and_a_ministry_after_a_speech_verb_are_no_places():
    found = events("Ночью ВСУ атаковали Курскую область, повреждена подстанция, написал губернатор в "
                   "Telegram-канале. В Кремле атаку комментировать не стали.", outlet="Коммерсант")
    assert [e.places for e in found] == [("Kursk Oblast",)]
    event = only("Уночі ворог атакував енергетику Рівненщини. «Застосовано аварійні відключення», – "
                 "зазначили в Укренерго.", outlet="Рівне онлайн")
    assert event.places == ("Rivne Oblast",)


def test_the_adjective_of_a_district_after_a_village_noun_is_no_village():
    event = only("Уночі ворог атакував Київщину дронами. В одному з сіл Бучанського району пошкоджено "
                 "приватний будинок.", outlet="Київська ОВА")
    assert event.places == ("Kyiv Oblast",)
    event = only("Ночью дроны атаковали Ростовскую область. В одном из хуторов Тарасовского района выбиты "
                 "окна.", outlet="Дон-ТР")
    assert event.places == ("Rostov Oblast",)


# ------------------------------------------------------------ the items of a list under a total
def test_the_items_under_a_headings_total_still_name_the_places():
    event = only("В течение ночи дежурными средствами ПВО уничтожены 57 украинских беспилотников:\n\n"
                 "30 — над территорией Московского региона, в том числе летевших на Москву,\n"
                 "15 — над территорией Тверской области,\n"
                 "12 — над территорией Ярославской области.", outlet="Минобороны России")
    assert event.drones.destroyed == 57
    assert {"Moscow", "Moscow Oblast", "Tver Oblast", "Yaroslavl Oblast"} == set(event.places)


# ------------------------------------------------------------------- an administration as damage
def test_a_firms_administrative_building_is_not_the_governments():
    event = only("Уночі ворог атакував Запоріжжя дронами. Пошкоджено адмінбудівлю одного з підприємств і "
                 "склади.", outlet="Запорізька ОВА")
    assert "government" not in event.damage
    event = only("Уночі ворог атакував Суми дронами. Пошкоджено адмінбудівлю та три автомобілі.",
                 outlet="Сумська ОВА")
    assert {"government", "vehicles"} <= set(event.damage)


def test_an_administration_that_acts_or_hosts_is_no_damage():
    event = only("Ночью дроны атаковали Брянск, повреждены жилые дома. Ранее администрация президента США "
                 "разрешила Киеву удары по территории России.", outlet="Известия")
    assert "government" not in event.damage
    event = only("Уночі ворог атакував Чернігів, пошкоджено будинки. Пункти допомоги для мешканців "
                 "пошкоджених будинків працюють у районних адміністраціях.", outlet="Чернігівська МВА")
    assert "government" not in event.damage
    event = only("Уночі ворог атакував Чернігів дронами. Пошкоджено будівлю районної адміністрації.",
                 outlet="Чернігівська МВА")
    assert "government" in event.damage


# ---------------------------------------------------------------- a Russian village's English spelling
def test_a_russian_villages_adjective_endings_as_english_writes_them():
    event = only("Ночью беспилотник атаковал поселок Октябрьский Белгородского района, повреждены окна двух "
                 "домов.", outlet="Белгород 24")
    assert "Oktyabrsky" in event.places
    event = only("В селе Луговое Курской области дрон атаковал автомобиль, ранен водитель.",
                 outlet="Курские известия")
    assert "Lugovoye" in event.places


def test_ay_in_a_russian_names_root_keeps_the_passports_y():
    assert transliterate("Грайворон", "ru") == "Grayvoron"
    assert transliterate("Чайковка", "ru") == "Chaykovka"
    event = only("Ночью беспилотник атаковал поселок Майский, повреждена крыша сарая.", outlet="Белгород 24")
    assert "Maisky" in event.places  # "ай" before the adjective's "-ск-"


def test_in_the_city_after_a_regions_office_is_the_regions_centre():
    event = only("Уночі ворог атакував Україну дронами. У Харкові поранено трьох людей.\n\nЗапорізька ОВА: у "
                 "місті пошкоджено приватні будинки. Поранено двох людей.", outlet="Суспільне")
    assert "Zaporizhzhia" in event.places
    assert event.injured == 5


def test_a_figure_told_for_no_place_in_a_text_opening_on_regions_is_the_whole_toll():
    event = only("Під ударом були Київщина, Житомирщина та Одещина. Внаслідок атаки постраждали 12 людей.\n\n"
                 "В Одесі поранено п'ятьох людей, пошкоджено склад.", outlet="Укрінформ")
    assert event.injured == 12


# ------------------------------------------------------------- a country inside a place phrase
def test_the_country_whose_airspace_the_drones_entered_is_no_attacker():
    text = ("У ніч на 8 листопада противник атакував Україну крилатими ракетами та ударними БпЛА.\n\n"
            "З 23:00 до 05:00 ворог випустив 12 крилатих ракет Х-101 з району Каспійського моря. Одночасно з "
            "північного та південного напрямків у повітряний простір України заходили ударні БпЛА Shahed "
            "— всього 30 одиниць.\n\nЗнищено 25 із них:\n🔹 10 крилатих ракет Х-101;\n🔹 15 ударних БпЛА.")
    (event,) = events(text, outlet="Повітряні сили ЗСУ")
    assert (event.attacker, event.target_country) == ("RU", "UA")
    assert (event.missiles.launched, event.missiles.destroyed) == (12, 10)
    assert (event.drones.launched, event.drones.destroyed) == (30, 15)



# ------------------------------------------------------------------------- words that are no place struck
def test_forces_a_sea_a_country_and_a_weapon_in_latin_letters_are_no_places():
    event = only("Вночі 8 листопада ворог бив по Нікополю та Марганецькій громаді FPV-дронами. "
                 "Джерела в Силах оборони повідомили про удар. Президент тоді був з візитом у Туреччині.",
                 outlet="Суспільне")
    assert set(event.places) == {"Nikopol", "Marhanets"}
    event = only("В ночь на 8 ноября Россия выпустила 20 ракет Х-101 с бомбардировщиков над Каспием "
                 "по Киеву.", outlet="Зеркало недели")
    assert event.places == ("Kyiv",)


def test_towns_the_dictionary_reads_as_common_nouns_are_spelled_as_the_spec_spells_them():
    event = only("Вночі ворог атакував дронами Оріхів та Балаклію. В Оріхові поранено жінку.",
                 outlet="Суспільне")
    assert set(event.places) == {"Orikhiv", "Balakliia"}
    event = only("Ночью враг атаковал дронами Орехов и Балаклею.", outlet="Зеркало недели")
    assert set(event.places) == {"Orikhiv", "Balakliia"}


def test_a_district_told_again_without_its_head_noun_is_no_town():
    text = ("Ночью ВСУ атаковали Ростовскую область беспилотниками. В Миллеровском районе обломки упали в "
            "поле, в Каменском повреждена кровля частного дома.")
    (event,) = events(text, outlet="Донские новости")
    assert (event.attacker, event.target_country, event.places) == ("UA", "RU", ("Rostov Oblast",))


# ------------------------------------------------------------------------- a town's dictionary form
def test_a_town_takes_its_place_reading_and_a_two_word_village_its_written_noun():
    event = only("Ночью украинские беспилотники атаковали Курскую область. В Рыльске и Глушкове обломки "
                 "упали на открытой местности, пострадавших нет.", outlet="Курские известия")
    assert "Glushkovo" in event.places
    event = only("Ночью над Брянской областью сбиты 12 беспилотников. В поселке Белые Берега выбиты окна в "
                 "частном доме, пострадавших нет.", outlet="Брянские новости")
    assert "Belye Berega" in event.places


def test_a_two_word_town_after_po_or_in_a_list_is_spelled_from_its_nominatives():
    event = only("Вночі ворог атакував Запорізьку область ударними БпЛА. Уражено будинки по Степногірську, "
                 "Малій Токмачці та Оріхову, поранено двох людей.", outlet="Запорізька ОВА")
    assert {"Stepnohirsk", "Mala Tokmachka", "Orikhiv"} <= set(event.places)
    assert not any("Tokmachts" in place or "Malii" in place for place in event.places)


def test_the_region_a_days_tally_of_strikes_covers_is_no_place_struck():
    event = only("Вночі ворог атакував Запоріжжя ударними дронами, поранено трьох людей.\n\n"
                 "За добу окупанти завдали 500 ударів по 15 населених пунктах Запорізької області.",
                 outlet="Запорізька ОВА")
    assert event.places == ("Zaporizhzhia",)


# ------------------------------------------------------------------ a surname beside a town's name
def test_a_surname_hides_only_its_own_word_not_a_town_another_reading_shares():
    event = only("Ночью украинские беспилотники атаковали Орел, повреждены окна в жилом доме, сообщил "
                 "депутат Сергей Орлов.", outlet="Орловские новости")
    assert (event.attacker, event.target_country) == ("UA", "RU")
    assert "Oryol" in event.places


def test_a_surname_after_a_preposition_of_place_is_the_town():
    event = only("Ночью беспилотники атаковали Подмосковье, сообщил депутат Госдумы Сергей Королев. "
                 "В Королеве повреждены окна жилого дома.", outlet="Подмосковье сегодня")
    assert "Korolev" in event.places


def test_a_two_word_town_after_po_takes_its_country_from_the_place_lookup():
    (event,) = events("Вночі дрони атакували об'єкти по Старому Осколу, пошкоджено склад.",
                      outlet="Суспільне")
    assert (event.attacker, event.target_country) == ("UA", "RU")
    assert not any("Staryi" in place for place in event.places)
    event = only("Вночі ворог атакував ударними дронами по Великій Новосілці, пошкоджено приватний будинок.",
                 outlet="Суспільне")
    assert (event.target_country, event.places) == ("UA", ("Velyka Novosilka",))
