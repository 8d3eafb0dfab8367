"""Reading the genres of Ukrainian and Russian reporting: the Russian defence ministry's daily summary,
oblast posts that name a town and "the region", long lists of regions, damage named by phrases,
governors' updates told at length, and weapons shot down that a participle says were launched."""
from __future__ import annotations

from functools import partial

import pytest

import reading

PUBLISHED = "2025-07-04T09:00:00+03:00"

# The shape of the ministry's daily summary: the ground front, its own strikes, its air defence, and
# the totals since the war began.
MINISTRY_SUMMARY = "\n\n".join([
    ('Подразделения группировки войск «Север» в течение суток нанесли поражение живой силе и технике '
     'двух механизированных бригад ВСУ в районах населенных пунктов Малая Локня и Плехово Курской '
     'области.'),
    ('Потери ВСУ составили более 200 военнослужащих, танк и три автомобиля.'),
    ('Подразделения группировки войск «Запад» нанесли поражение формированиям трех механизированных '
     'бригад ВСУ в районах населенных пунктов Купянск и Глушковка Харьковской области.'),
    ('Оперативно-тактической авиацией, ударными беспилотными летательными аппаратами, ракетными '
     'войсками и артиллерией группировок войск (сил) Вооруженных Сил Российской Федерации поражены '
     'объекты энергетической инфраструктуры, обеспечивающие работу предприятий военно-промышленного '
     'комплекса Украины.'),
    ('Средствами противовоздушной обороны сбиты две крылатые ракеты «Шторм Шэдоу» производства '
     'Великобритании, шесть реактивных снарядов системы залпового огня HIMARS производства США и 58 '
     'беспилотных летательных аппаратов самолетного типа.'),
    ('Всего с начала проведения специальной военной операции уничтожены: 640 самолетов, 283 вертолета,'
     ' 31 200 беспилотных летательных аппаратов, 580 зенитных ракетных комплексов, 18 900 танков и '
     'других боевых бронированных машин.'),
])


events = partial(reading.events, published=PUBLISHED)
only = partial(reading.only, published=PUBLISHED)


def test_the_ministry_summary_gives_its_strikes_and_the_enemy_attack_its_air_defence_claims():
    found = events(MINISTRY_SUMMARY, published=None, outlet="Минобороны России (официальный сайт)",
                   title="Сводка Министерства обороны Российской Федерации о ходе проведения "
                         "специальной военной операции (по состоянию на 12 ноября 2024 г.)")
    by_side = {(e.attacker, e.target_country): e for e in found}
    assert set(by_side) == {("RU", "UA"), ("UA", None)}
    strikes, claim = by_side["RU", "UA"], by_side["UA", None]
    assert "energy" in strikes.damage and strikes.places == ()  # the ground front's towns are no targets
    assert (claim.drones.destroyed, claim.missiles.destroyed) == (58, 2)  # not the war's 31 200
    assert claim.places == () and "vehicles" not in claim.damage
    assert {e.date for e in found} == {"2024-11-12"}  # dated by the summary's heading


def test_a_ministry_claim_in_an_outlet_story_is_the_enemy_attack_and_the_other_side_keeps_its_own():
    text = ("Министерство обороны России заявило, что за прошедшие сутки средства ПВО сбили "
            "139 беспилотников самолетного типа. Где именно это произошло, в ведомстве не уточнили.\n\n"
            "В ту же ночь Россия атаковала Украину. По данным Воздушных сил ВСУ, было запущено "
            "405 ударных дронов. "
            "Украинская ПВО, как утверждают военные, сбила 333 беспилотника. В Киеве повреждены жилые дома.")
    by_side = {(e.attacker, e.target_country): e for e in events(text, outlet="Медиапроект «Отражение»")}
    assert by_side["UA", None].drones.destroyed == 139
    assert (by_side["RU", "UA"].drones.launched, by_side["RU", "UA"].drones.destroyed) == (405, 333)


def test_a_ministry_claim_joins_the_attack_the_text_tells():
    event = only("Ночью ВСУ атаковали Курск беспилотниками. По данным Минобороны, над территорией региона "
                 "сбиты 24 БПЛА. Обломки упали на крышу жилого дома.")
    assert (event.attacker, event.target_country) == ("UA", "RU")
    assert event.drones.destroyed == 24
    assert set(event.places) == {"Kursk", "Kursk Oblast"}


@pytest.mark.parametrize(("text", "places"), [
    # a region alone after a town is the town's region
    ("Вночі ворог атакував Львів ракетами. У Львові та області пошкоджено об'єкти енергетики.",
     {"Lviv", "Lviv Oblast"}),
    ("Российские оккупанты атаковали Одессу и область ударными дронами, повреждены склады.",
     {"Odesa", "Odesa Oblast"}),
    ("Про атаку повідомили у Львівській ОВА. За даними ОВА, над областю знищено вісім ударних безпілотників.",
     {"Lviv Oblast"}),
    # "western regions" and "neighbouring regions" are not one region
    ("Ворог атакував Тернопіль ракетами, основний удар припав на західні області.", {"Ternopil"}),
])
def test_a_region_named_by_its_head_noun_alone(text, places):
    assert set(only(text).places) == places


@pytest.mark.parametrize(("text", "places"), [
    ("Станом на 09:00 підтверджено збиття 43 ударних БпЛА у Сумській, Київській, Полтавській, Харківській, "
     "Черкаській, Чернігівській, Житомирській, Дніпропетровській та Миколаївській областях.",
     {"Sumy Oblast", "Kyiv Oblast", "Poltava Oblast", "Kharkiv Oblast", "Cherkasy Oblast", "Chernihiv Oblast",
      "Zhytomyr Oblast", "Dnipropetrovsk Oblast", "Mykolaiv Oblast"}),
    # a region listed after a town is a place of its own, not where the town lies
    ("Під ударом ракет були також Київ, Житомирщина, Хмельниччина та Черкащина.",
     {"Kyiv", "Zhytomyr Oblast", "Khmelnytskyi Oblast", "Cherkasy Oblast"}),
    ("Ракеты попали в Луцке, Днепропетровской и Житомирской областях, погибли пять человек.",
     {"Lutsk", "Dnipropetrovsk Oblast", "Zhytomyr Oblast"}),
    # ... but a region in the genitive right after a town only says where the town is
    ("Уламки збитого дрона впали у Чугуєві Харківської області.", {"Chuhuiv"}),
    # the ministry's per-region list with the head noun said once, at its end
    ("Минобороны: ночью уничтожены 60 украинских БПЛА, из них 30 – над Брянской, 20 – над Тульской, 10 – над "
     "Калужской областью.", {"Bryansk Oblast", "Tula Oblast", "Kaluga Oblast"}),
])
def test_lists_of_regions_and_regions_that_locate_a_town(text, places):
    assert set(only(text).places) == places


@pytest.mark.parametrize(("text", "damage"), [
    ("Вночі ворог атакував Нікополь дронами. Пошкоджено 14 приватних будинків, заклад освіти та автомобілі.",
     {"residential", "education", "vehicles"}),
    ("Внаслідок атаки дронів на Одесу пошкоджено будівлю приватного підприємства та готель.", {"commercial"}),
    ("В Киеве обломки беспилотника упали на территорию детского сада.", {"education"}),
    ("В Одесі внаслідок ракетного удару пошкоджено об'єкт культурної спадщини.", {"cultural"}),
    ("В Туапсе обломки беспилотника упали на территорию нефтеналивного терминала, повреждена ЛЭП.",
     {"energy"}),
    # a generic head takes the adjective's category
    ("Сили оборони в ніч на 15 серпня уразили Сизранський нафтопереробний завод у Самарській області.",
     {"energy"}),
    ("Беспилотники атаковали Новомосковск, поврежден химический завод.", {"industrial"}),
    # a site of the military industry has no category; damage said to be none is none
    ("Минобороны заявило об ударе по предприятиям военно-промышленного комплекса Украины, в Киеве повреждены "
     "жилые дома.", {"residential"}),
    ("Ночью над Брянской областью сбиты 12 беспилотников. Повреждений инфраструктуры нет, в селе Кистёр "
     "посечен легковой автомобиль.", {"vehicles"}),
    # commercial sites named by their adjective or their trade; a site with no consequences is not damaged
    ("В Белгороде при атаке беспилотника на территории коммерческого объекта повреждено остекление.",
     {"commercial"}),
    ("У Павлограді внаслідок атаки дронів пошкоджено автозаправну станцію.", {"commercial"}),
    ("Ночью беспилотники атаковали Брянскую область: в Клинцах повреждены два частных дома, в Климово "
     "обломки упали на территорию сельхозпредприятия, последствий нет.", {"residential"}),
    # transport by the metro and the tram, a vehicle by its two words
    ("Уламки ракети пошкодили станцію метро та ділянку трамвайної колії у Києві.", {"transport"}),
    ("В Шебекино FPV-дрон атаковал транспортное средство, пострадавших нет.", {"vehicles"}),
    # what the enemy does, told in the present, is no damage reported
    ("Ночью в Льгове беспилотник ударил по подстанции. «Противник продолжает целенаправленно бить по "
     "гражданской инфраструктуре», — написал губернатор.", {"energy"}),
    # damage told in a paragraph of shelling, not told apart from the drones', is the shelling's
    ("Вночі ворог атакував Марганець ударними дронами, пошкоджено приватний будинок.\n\nНікопольську громаду "
     "обстріляли з артилерії. Понівечено газогін і лінію електропередачі.", {"residential"}),
])
def test_damage_named_by_phrases_and_their_words(text, damage):
    assert set(only(text).damage) == damage


@pytest.mark.parametrize(("text", "field", "value"), [
    # an update told after a long attribute of the toll
    ("Кількість загиблих внаслідок масованої атаки дронів на Київ у ніч на 28 серпня зросла до 23 людей, "
     "серед них четверо дітей.", "killed", 23),
    # an aside between the casualty word and its figure
    ("Ночью в Ростове-на-Дону обломки беспилотника упали во двор многоквартирного дома; пострадали, "
     "предварительно, два человека.", "injured", 2),
    ("Внаслідок атаки дронів на Харків загинули, за даними ОВА, троє людей.", "killed", 3),
])
def test_casualty_figures_told_at_length(text, field, value):
    assert getattr(only(text), field) == value


def test_weapons_shot_down_that_a_participle_says_were_launched():
    event = only("Дежурные средства ПВО в ночь на воскресенье перехватили над Белгородом три "
                 "тактические ракеты «Точка-У», выпущенные украинскими подразделениями "
                 "по жилым кварталам города.")
    assert (event.missiles.launched, event.missiles.destroyed) == (3, 3)


def test_a_total_since_the_war_began_is_no_figure_of_the_attack():
    event = only("У ніч на 4 липня противник атакував Україну 120 ударними БпЛА, збито 100 дронів. З початку "
                 "повномасштабного вторгнення сили ППО знищили понад 25 000 дронів.")
    assert (event.drones.launched, event.drones.destroyed) == (120, 100)


@pytest.mark.parametrize(("text", "places"), [
    ("Нікопольщину окупанти атакували FPV-дронами. Під ударом – Марганецька та Червоногригорівська громади.",
     {"Marhanets", "Chervonohryhorivka"}),
    ("Ворог атакував дронами Семенівську, Новгород-Сіверську та Сновську громади.",
     {"Semenivka", "Novhorod-Siverskyi", "Snovsk"}),
    ("Очаківську громаду окупанти протягом доби атакували ударними дронами.", {"Ochakiv"}),
])
def test_a_community_named_after_its_town_is_the_town(text, places):
    assert places <= set(only(text).places)


@pytest.mark.parametrize("text", [
    "Криворізький район знову під ударом дронів: у Зеленодольській громаді пошкоджено газогін, поранено "
    "чоловіка.",
    "Ночью дроны атаковали Криворожский район, в Зеленодольской громаде поврежден склад, ранен мужчина.",
])
def test_a_community_is_the_ukrainian_town_not_its_russian_namesake(text):
    event = only(text)
    assert (event.attacker, event.target_country) == ("RU", "UA")
    assert "Zelenodolsk" in event.places


def test_the_head_of_a_town_named_after_the_word_town_is_no_place():
    event = only("У Кривому Розі, за словами голови військової адміністрації міста Олександра Вілкула, "
                 "ракети влучили в промислове підприємство.")
    assert event.places == ("Kryvyi Rih",)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Через уламки дрона в Голосіївському районі Києва загинув 41-річний чоловік, ще одна жінка дістала "
     "поранення.", 1, 1),
    ("В Белгороде в результате атаки беспилотника погиб 45-летний мужчина, еще двое ранены.", 1, 2),
    ("Уламки ракети пошкодили склади у Чорноморську, постраждав 60-річний чоловік.", None, 1),
])
def test_a_person_told_by_age_is_one_person(text, killed, injured):
    event = only(text)
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize("text", [
    "У ніч на 4 липня Сили оборони атакували НПЗ у Рязані, для удару було використано 40 дронів.",
    "В ночь на 4 июля ВСУ атаковали Рязань, по данным источников, было использовано 40 беспилотников.",
])
def test_weapons_used_are_launched(text):
    assert only(text).drones.launched == 40


@pytest.mark.parametrize(("text", "injured"), [
    # one casualty said to exist, summed with another town's figure
    ("У Луцьку ворог атакував дронами промислові об'єкти. Пошкоджено будинки, є постраждала.\n\n"
     "У Києві, за даними КМВА, поранені двоє.", 3),
    ("В Каменке дрон атаковал автомобиль скорой помощи, водитель получил ранения.", 1),
])
def test_one_casualty_without_a_number(text, injured):
    assert only(text).injured == injured


def test_a_village_is_spelled_from_its_own_name():
    # GeoNames lists "Олександрівка" among the other names of Donetsk; the village is not Donetsk
    event = only("Вночі ворог атакував ударними дронами Синельниківський район, у селі Олександрівка "
                 "пошкоджено приватний будинок.")
    assert "Oleksandrivka" in event.places and "Donetsk" not in event.places



def test_a_days_tally_of_strikes_on_a_region_gives_no_attack_figures():
    # the lines after "За добу ... N ударів по M населених пунктах" opening with a number: the tally
    text = ("Вночі ворог атакував Запоріжжя ударними БпЛА. Поранено трьох людей.\n\n"
            "Впродовж доби ворог завдав 500 ударів по 15 населених пунктах Запорізької області.\n\n"
            "7 авіаударів здійснено по Гуляйполю та Степногірську.\n\n"
            "380 безпілотників різних модифікацій (переважно FPV) атакували Запоріжжя та інші "
            "населені пункти.")
    event = reading.only(text, PUBLISHED, outlet="Запорізька ОВА")
    assert (event.drones.launched, event.injured) == (None, 3)
    text = ("За добу окупанти завдали 500 ударів по 15 населених пунктах Запорізької області.\n\n"
            "▪️ 7 авіаударів – по Гуляйполю;\n"
            "▪️ 380 ударних БпЛА різних модифікацій атакували Запоріжжя та ще 5 населених пунктів;\n\n"
            "За даними Повітряних сил, у ніч на 4 липня Росія атакувала Україну 200 ударними дронами. "
            "Знешкоджено 180 БпЛА.")
    event = reading.only(text, PUBLISHED, outlet="Запорізька ОВА")
    assert (event.drones.launched, event.drones.destroyed) == (200, 180)


@pytest.mark.parametrize("text", [
    ("В пятницу в Курской области пройдут учения по отражению атаки беспилотников. По сценарию, условный "
     "противник атакует нефтебазу и подстанцию, сообщил губернатор. Реальной угрозы нет."),
    ("В гимназии Брянска прошла плановая тренировка: дети спустились в укрытие при сигнале об атаке дронов. "
     "Такие тренировки проводятся с тех пор, как беспилотные атаки на Брянск участились."),
    ("У Сумах відбулося тренування рятувальників: за сценарієм, ворожий дрон влучив у багатоповерхівку, "
     "умовно постраждали троє людей."),
])
def test_a_drill_of_an_attack_is_no_attack(text):
    assert reading.events(text, published=PUBLISHED, outlet="Новости региона") == ()


def test_launches_at_the_country_a_ukrainian_office_tells_in_a_russian_story_are_russias_attack():
    found = reading.events(
        "Минобороны России сообщило, что ночью над Брянской и Орловской областями уничтожены 48 украинских "
        "беспилотников.\n\nВоздушные силы ВСУ, в свою очередь, заявили, что в ночь на 3 февраля по стране "
        "было запущено 160 ударных дронов и 9 ракет.",
        published="2026-02-03T11:00:00+03:00", outlet="Вестник")
    by_attacker = {e.attacker: e for e in found}
    assert sorted(by_attacker) == ["RU", "UA"]
    assert (by_attacker["RU"].target_country, by_attacker["RU"].drones.launched) == ("UA", 160)
    assert by_attacker["UA"].drones.destroyed == 48 and by_attacker["UA"].drones.launched is None
