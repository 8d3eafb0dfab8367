"""Ukrainian and Russian verbs and words the reader had not met in its corpus: the air defence that
"coped with" the drones, launches said with "спрямувати" and the imperfective, and "усі" after a
toll, which is no one more; power cuts and gas production as energy damage;
Crimea attacked on its own, which is Ukraine."""
from __future__ import annotations

from functools import partial

import reading
from strikewatch.extract.cyrillic_places import transliterate

PUBLISHED = "2025-10-05T09:00:00+03:00"

events = partial(reading.events, published=PUBLISHED)
only = partial(reading.only, published=PUBLISHED)


def test_the_air_defence_that_coped_with_the_drones_shot_them_down():
    event = only("У ніч на 5 жовтня противник атакував Україну 120 ударними БпЛА. Сили ППО впоралися з 98 "
                 "дронами.")
    assert (event.drones.launched, event.drones.destroyed) == (120, 98)
    event = only("В ночь на 5 октября ПВО справилась с 45 беспилотниками над Белгородской областью, сообщил "
                 "губернатор.")
    assert event.drones.destroyed == 45


def test_out_of_a_whole_is_the_genitive_not_the_instrumental():
    event = only("Вночі ворог запустив по Україні 70 дронів. З 70 запущених дронів збито 52.")
    assert (event.drones.launched, event.drones.destroyed) == (70, 52)


def test_launches_said_with_other_verbs():
    event = only("За ніч ворог спрямував на Україну 85 дронів-камікадзе. Сили оборони знешкодили 66 із них.")
    assert (event.drones.launched, event.drones.destroyed) == (85, 66)
    event = only("Каждую ночь армия РФ направляет на Одессу около 40 дронов, сообщили в ОВА 5 октября; "
                 "этой ночью сбиты 31.")
    assert event.drones.destroyed == 31


def test_all_of_them_after_a_toll_is_no_one_more():
    event = only("Вночі ворог атакував Дніпро. Постраждали п'ятеро людей, усі госпіталізовані.")
    assert event.injured == 5
    event = only("Ночью противник атаковал Херсон. Ранены трое мужчин, все госпитализированы.")
    assert event.injured == 3


def test_a_power_cut_is_damage_to_the_grid():
    event = only("Вночі ворог атакував Чернігів дронами. Пошкоджено приватний будинок. Без світла "
                 "залишилися понад 30 тисяч абонентів.")
    assert set(event.damage) == {"residential", "energy"}
    event = only("Ночью дроны атаковали Курск, поселок на окраине обесточен.")
    assert event.damage == ("energy",)
    event = only("Вночі ворог атакував Житомир. Пошкоджено приватні будинки, частина міста без "
                 "газопостачання.")
    assert event.damage == ("residential",)


def test_gas_production_is_energy():
    event = only("Вночі ворог атакував Полтавщину. Пошкоджено об'єкти газовидобування у Миргородському "
                 "районі.")
    assert event.damage == ("energy",)
    event = only("Ночью беспилотники атаковали Ставрополье, повреждено газодобывающее предприятие.")
    assert event.damage == ("energy",)


def test_crimea_attacked_on_its_own_is_ukraine():
    found = events("Над Крымом этой ночью дежурные силы ПВО перехватили 23 украинских дрона, сообщили в "
                   "военном ведомстве.\n\n"
                   "В Джанкое падением обломков выбиты окна в жилом доме.")
    assert [(e.attacker, e.target_country) for e in found] == [("UA", "UA")]
    assert found[0].drones.destroyed == 23
    event = only("Минобороны: ночью над территориями Брянской, Курской областей и Республики Крым уничтожены "
                 "30 украинских беспилотников.")
    assert (event.attacker, event.target_country) == ("UA", "RU")


def test_a_ministry_named_by_its_field_is_no_damage():
    event = only("Вночі ворог атакував Київщину дронами, пошкоджено приватний будинок. Міністерство "
                 "енергетики закликало громади перевірити генератори.")
    assert event.damage == ("residential",)
    event = only("Вночі ворог атакував Київщину дронами. Міністерство енергетики повідомило про удари по "
                 "об'єктах передачі електроенергії.")
    assert event.damage == ("energy",)


def test_the_night_just_past_recalled_in_a_daytime_post_is_dated():
    text = ("Сьогодні близько 14:00 ворог ударив по Херсону керованими авіабомбами, поранено двох людей.\n\n"
            "Нагадаємо, цієї ночі (з 19:00 4 жовтня) Росія атакувала Україну 90 ударними дронами, 70 з них "
            "знешкоджено. У Полтаві пошкоджено багатоповерхівку.")
    found = reading.events(text, published="2025-10-05T17:30:00+03:00")
    assert sorted(e.date for e in found) == ["2025-10-05", "2025-10-05"]


def test_the_casualties_as_a_topic_are_no_toll():
    event = only("Силы ПВО сбили 5 беспилотников над Брянской областью. Информация о пострадавших не "
                 "поступала.")
    assert (event.killed, event.injured) == (None, None)
    event = only("Ночью дроны атаковали Курск. О пострадавших губернатор не сообщил.")
    assert event.injured is None
    event = only("Вночі ворог атакував Полтаву. Виникла пожежа на підприємстві; інформація про "
                 "постраждалих не надходила.")
    assert (event.killed, event.injured) == (None, None)
    event = only("Вночі ворог атакував Полтаву, повідомили про трьох поранених.")
    assert event.injured == 3


def test_a_building_named_by_its_floors_is_residential():
    event = only("Вночі ворог атакував Київ. Уламки впали на дах 16-поверхівки, пожежу ліквідовано.")
    assert event.damage == ("residential",)
    event = only("Ночью беспилотник атаковал Воронеж, повреждена девятиэтажка на Ленинском проспекте.")
    assert event.damage == ("residential",)


def test_a_front_line_drone_named_in_the_singular_is_no_count():
    event = only("Ночью над Курской областью сбиты 9 украинских беспилотников. Утром ВСУ атаковали "
                 "FPV-дроном легковой автомобиль в Рыльске, ранен водитель.")
    assert (event.drones.launched, event.drones.destroyed, event.injured) == (None, 9, 1)
    event = only("Вранці росіяни атакували ударним дроном автобус у Херсоні, поранено водія.")
    assert event.drones.launched == 1


def test_a_village_is_spelled_from_its_name_as_written():
    event = only("Утром ВСУ атаковали беспилотником Грайворонский округ. В селе Тишанка повреждена кровля "
                 "частного дома.")  # the likeliest reading of "Тишанка" is the genitive of a guessed "тишанк"
    assert "Tishanka" in event.places
    assert transliterate("Сёмкино", "ru") == "Syomkino"  # "ё" as English writes it, not the passport's "e"


def test_the_region_by_its_head_noun_after_a_town_of_it():
    event = only("В Шебекине при атаке дрона ранен мужчина. По данным Минобороны, над территорией области "
                 "сбиты 14 беспилотников.")
    assert set(event.places) == {"Shebekino", "Belgorod Oblast"}


def test_what_happens_again_and_again_is_no_attack():
    found = events("В субботу под Курском проведут тренировку расчётов ПВО. Глава района заметил, что дроны "
                   "не раз добирались до окраин Льгова.")
    assert found == ()
    event = only("Вночі дрони заходили на Київ хвилями, неодноразово змінюючи курс. Збито 40 шахедів.")
    assert event.drones.destroyed == 40


def test_terminals_and_ships_are_transport():
    event = only("Вночі ворог атакував Одещину дронами. Пошкоджено зерновий термінал і цивільне судно.")
    assert event.damage == ("transport",)
    event = only("Ночью беспилотники атаковали Новороссийск, на территории морского терминала "
                 "поврежден танкер.")
    assert event.damage == ("transport",)


def test_a_community_named_by_an_adjective_in_inskyi_is_its_town():
    event = only("Вночі ворог атакував дронами Шосткинську громаду. Пошкоджено два приватні будинки.")
    assert event.places == ("Shostka",)


def test_a_russian_language_text_citing_the_air_force_is_written_from_ukraine():
    event = only("Воздушные силы Украины: ночью противник запустил 120 беспилотников, сбиты 96.")
    assert (event.attacker, event.target_country) == ("RU", "UA")
    assert (event.drones.launched, event.drones.destroyed) == (120, 96)


def test_a_count_told_with_no_verb_of_its_own_before_its_parts_is_the_whole_launched():
    event = only("Вночі ПС ЗСУ повідомили про 120 ворожих дронів, 96 із них збито.")
    assert (event.drones.launched, event.drones.destroyed) == (120, 96)
    event = only("В ночь на 5 октября Воздушные силы Украины сообщили о 120 беспилотниках, из них 96 были "
                 "сбиты или подавлены.")
    assert (event.drones.launched, event.drones.destroyed) == (120, 96)


def test_one_weapon_used_after_the_place_it_struck():
    event = only("Ворог ударив по Сумах ракетою «Іскандер-М». Загинули 11 людей, ще 84 поранено.")
    assert event.missiles.launched == 1
    event = only("Ночью армия РФ ударила по Одессе баллистической ракетой, ранены пять человек.")
    assert event.missiles.launched == 1


def test_a_hit_told_by_the_noun_urazhennia():
    event = only("Ворог атакував Україну 4 ракетами Х-59 та 50 дронами. Уражень зазнали об'єкти енергетики "
                 "на Полтавщині.")
    assert (event.places, event.damage) == (("Poltava Oblast",), ("energy",))


def test_help_given_by_medics_or_needed_is_injured():
    assert only("Вночі ворог атакував Харків. Медики надали допомогу 14 людям, троє з них "
                "госпіталізовані.").injured == 14
    assert only("Ночью ВСУ атаковали Белгород. Медицинская помощь потребовалась пяти жителям.").injured == 5
    assert only("Вночі ворог атакував Харків. Волонтери надали гуманітарну допомогу 300 мешканцям "
                "пошкоджених будинків.").injured is None


def test_the_whole_countrys_toll_after_a_places_is_the_attacks():
    event = only("Этой ночью Россия ударила ракетами по Украине. Во Львове погибли три человека, по всей "
                 "стране — восемь, сообщили спасатели.")
    assert event.killed == 8
    assert only("Вночі Росія атакувала Україну. У Києві загинули четверо людей, по всій країні — "
                "9.").killed == 9


def test_a_figure_corrected_is_the_new_figure_and_no_zero():
    assert only("Днём дрон ударил по Валуйкам. Поправка к сводке: ранена не одна, а три "
                "женщины.").injured == 3
    event = only("Вночі ворог атакував Суми. Уточнення: поранено не трьох, а п'ятьох людей.")
    assert (event.killed, event.injured) == (None, 5)


def test_again_and_again_in_a_relative_clause_or_a_dated_sentence_is_still_an_attack():
    event = only("Армія РФ, яка систематично обстрілює Нікополь, вдень атакувала місто дроном, пошкоджено "
                 "школу.")
    assert (event.places, event.damage) == (("Nikopol",), ("education",))
    event = only("Противник, который регулярно бьёт по Курску, атаковал город беспилотником, повреждено "
                 "общежитие.")
    assert (event.places, event.damage) == (("Kursk",), ("residential",))
    event = only("У ніч на 4 жовтня дрони, неодноразово атакували Полтаву, пошкоджено адмінбудівлю.")
    assert event.places == ("Poltava",)


def test_psychological_or_humanitarian_help_is_no_injury():
    assert only("Вночі ворог атакував Запоріжжя ракетами. Психологічна підтримка та допомога знадобилися "
                "22 мешканцям.").injured is None
    assert only("Вночі ворог атакував Запоріжжя ракетами. Психологи й медики надали допомогу 35 "
                "мешканцям.").injured is None
    assert only("Ночью ВСУ атаковали Брянск. Психологическая помощь потребовалась 18 "
                "горожанам.").injured is None
    assert only("Ночью ВСУ атаковали Брянск. Медицинская помощь потребовалась трём горожанам.").injured == 3


def test_a_planned_outage_or_a_schedule_is_no_power_cut():
    event = only("Вночі ворог атакував Черкаси дронами, пошкоджено багатоповерхівку. Нагадаємо, через "
                 "планові відключення без світла раніше були 8 тисяч родин.")
    assert event.damage == ("residential",)
    event = only("Ночью ВСУ атаковали Белгород, повреждён жилой дом. По графику без света остаются "
                 "2 тысячи абонентов.")
    assert event.damage == ("residential",)
    event = only("Ночью ВСУ атаковали Белгород, повреждён жилой дом. Без света остаются 2 тысячи абонентов.")
    assert set(event.damage) == {"residential", "energy"}


def test_a_village_named_in_the_locative_is_spelled_in_the_nominative():
    event = only("Ночью дрон атаковал Брянскую область, в селе Степнушке повреждён частный дом.")
    assert "Stepnushka" in event.places
