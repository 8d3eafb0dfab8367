"""Ukrainian and Russian words that name no place struck and no damage of their own: airports whose flights
were held up ("аэропорты Внуково и Жуковский не принимали самолеты"), capitals that stand
for their governments (the dative with no preposition, between two capitals, where someone goes, the
subject of a verb that is no attack, where people speak), a place launched from past its modifiers
("з тимчасово окупованого Криму"), an energy site told again by its generic head ("на території
заводу")."""
from __future__ import annotations

from functools import partial

import reading

PUBLISHED = "2025-10-14T12:00:00+03:00"

events = partial(reading.events, published=PUBLISHED)


def test_a_capital_that_stands_for_its_government_is_no_place_struck():
    text = ("У ніч на 14 жовтня Росія атакувала Одесу ударними дронами, поранено трьох людей.\n\n"
            "Зеленський заявив, що удари по енергетиці показують: Москва не хоче миру.\n\n"
            "Міністр закордонних справ наголосив, що кожна така атака має коштувати Москві нових санкцій.\n\n"
            "Удар стався на тлі напруження між Києвом і Вашингтоном. Атака відбулася під час візиту до Києва "
            "міністра оборони Франції.")
    (event,) = events(text, outlet="Новини півдня")
    assert event.places == ("Odesa",)
    text = ("Ночью российские дроны атаковали Харьков, ранены двое.\n\n"
            "В Киеве ночную атаку назвали ответом на мирные инициативы.\n\n"
            "В понедельник в Киев приедут лидеры европейских государств. Атака пришлась на период, "
            "когда Киев и Вашингтон обсуждают мирное соглашение.\n\nВ Киеве атаку назвали ответом на "
            "переговоры и попросили партнеров о ракетах для ПВО.")
    (event,) = events(text, outlet="Новости Слобожанщины")
    assert event.places == ("Kharkiv",)


def test_a_capital_said_to_be_ready_or_not_stands_for_its_government():
    text = ("У ніч на 14 жовтня Росія атакувала Львів ударними дронами, поранено двох людей.\n\n"
            "Міністр заявив, що удари демонструють, що Москва не готова до жодного перемир'я.")
    (event,) = events(text, outlet="Суспільне")
    assert event.places == ("Lviv",)
    text = ("Ночью российские дроны атаковали Одессу, ранены трое.\n\nВ МИД заявили, что Москва готова "
            "продолжать переговоры.")
    (event,) = events(text, outlet="Думская")
    assert event.places == ("Odesa",)
    text = ("Ночью российские дроны атаковали Одессу, ранены трое.\n\nВ Кремле ответили, что войска «наносят "
            "удары только по военным целям», и добавили, что Москва по-прежнему открыта к диалогу. Атака "
            "совпала с визитом делегации в Вашингтон.")
    (event,) = events(text, outlet="Думская")
    assert event.places == ("Odesa",)


def test_a_capital_struck_is_still_a_place():
    text = "Ночью украинские беспилотники атаковали жилые дома в городе Москве."
    (event,) = events(text, outlet="Московские новости")
    assert "Moscow" in event.places
    text = "Уночі ворог атакував Київ ударними дронами. У Києві поранено чотирьох людей."
    (event,) = events(text, outlet="КМВА")
    assert "Kyiv" in event.places


def test_a_place_launched_from_past_its_modifiers_is_no_place_struck():
    event = reading.only("Сьогодні вдень росіяни вдарили по Херсону двома ракетами. Ракети запустили з "
                         "тимчасово окупованого Криму, поранено двох людей.", published=PUBLISHED,
                         outlet="Херсонська ОВА")
    assert "Crimea" not in event.places
    event = reading.only("Днем противник ударил по Николаеву баллистической ракетой с территории "
                         "оккупированного Крыма, ранены трое.", published=PUBLISHED, outlet="Новости Юга")
    assert "Crimea" not in event.places


def test_an_energy_site_told_again_by_its_generic_head_is_no_industrial_damage():
    event = reading.only("Ночью украинские беспилотники атаковали нефтеперерабатывающий завод в Саратове. По "
                         "данным губернатора, на территории завода возник пожар.", published=PUBLISHED,
                         outlet="Волга-инфо")
    assert event.damage == ("energy",)
    event = reading.only("Уночі ворог атакував Полтаву. Пошкоджено об'єкт енергетики, на території "
                         "підприємства виникла пожежа.", published=PUBLISHED, outlet="Полтавська ОВА")
    assert set(event.damage) == {"energy", "industrial"}


def test_a_warehouse_is_industrial_only():
    event = reading.only("Уночі дрони атакували Київщину. Пошкоджено склад і два приватні будинки.",
                         published=PUBLISHED, outlet="Київська ОВА")
    assert set(event.damage) == {"industrial", "residential"}


def test_what_the_enemy_aimed_at_is_no_damage():
    event = reading.only("Уночі дрони атакували Вінниччину, ворог цілив в енергетику. Пошкоджено два "
                         "приватні будинки.", published=PUBLISHED, outlet="Вінницька ОВА")
    assert event.damage == ("residential",)


def test_a_heading_of_launch_sites_names_no_place_struck():
    text = ("У ніч на 14 жовтня противник атакував 120 ударними БпЛА типу Shahed та дронами-імітаторами.\n\n"
            "Напрямки пусків: Курськ, Орел, Приморсько-Ахтарськ – РФ.\n\n"
            "Станом на 09:00 збито/подавлено 98 ворожих БпЛА на півночі, сході та півдні країни.")
    (event,) = events(text, outlet="Повітряні сили")
    assert event.attacker == "RU" and not {"Kursk", "Oryol", "Primorsko-Akhtarsk"} & set(event.places)
    text = ("В ночь на 14 октября противник атаковал Украину 80 ударными дронами.\n\n"
            "Районы пусков — Брянск, Курск, РФ.\n\nСбито 64 беспилотника, попадания зафиксированы в Сумской "
            "области.")
    (event,) = events(text, outlet="Воздушные силы")
    assert not {"Bryansk", "Kursk"} & set(event.places)


def test_a_surname_the_text_gave_after_a_first_name_is_the_person_again():
    text = ("Гусев: над областью ночью уничтожены шесть беспилотников\n\n"
            "Губернатор Воронежской области Александр Гусев сообщил, что ночью над Воронежем силами ПВО "
            "уничтожены шесть украинских беспилотников. Пострадавших нет.\n\n"
            "Гусев напомнил, что публиковать кадры работы ПВО запрещено.")
    (event,) = events(text, outlet="Воронежские новости")
    assert event.places == ("Voronezh",)


def test_airports_whose_flights_were_held_up_are_no_places_struck():
    text = ("Ночью беспилотники атаковали Подмосковье: над Подольском сбиты три дрона, повреждены дома.\n\n"
            "Из-за атаки аэропорты Внуково, Домодедово и Жуковский несколько часов не принимали самолеты, "
            "задержаны десятки рейсов. Аэропорт Внуково около часа не выпускал самолеты.")
    (event,) = events(text, outlet="Подмосковье сегодня")
    assert set(event.places) == {"Moscow Oblast", "Podolsk"}
    text = ("Вночі дрони атакували Підмосков'я, над Подольськом збито три дрони, пошкоджено будинок.\n\n"
            "Через атаку аеропорти Внуково та Жуковський кілька годин не приймали літаки.")
    (event,) = events(text, outlet="Новини світу")
    assert "Vnukovo" not in event.places and "Zhukovskyi" not in event.places


def test_a_state_named_where_something_else_happened_is_no_town():
    text = ("Уночі росіяни атакували Волинь дронами, у Луцьку пошкоджено склад.\n\n"
            "У Польщі через атаку піднімали в повітря військову авіацію.")
    (event,) = events(text, outlet="Волинь онлайн")
    assert set(event.places) == {"Volyn Oblast", "Lutsk"}
