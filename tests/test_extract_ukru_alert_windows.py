"""Ukrainian and Russian alerts told by a clock window: opened by "від"/"от" as well as "з"/"с", with the
dates after the clock times ("з 22:15 9 березня до 03:45 10 березня"), and sounded by sirens, a danger
regime ("ракетная опасность", "режим беспилотной опасности") or a threat regime ("«Угроза атаки БПЛА»");
and an alert told with the attack denied ("ракетних пусків не зафіксовано"), which is no event."""
from __future__ import annotations

from functools import partial

import pytest

import reading

only = partial(reading.only, published="2026-03-10T09:00:00+02:00")


def test_a_window_opened_by_vid_or_ot():
    event = only("Вранці ворожі дрони атакували Черкаси, пошкоджено склад. Повітряна тривога в місті тривала "
                 "понад чотири години — від 02:10 до 06:40.", outlet="Черкаська ОВА")
    assert event.alert_hours == 4.5
    event = only("Ночью беспилотники атаковали Курск, повреждены два частных дома. Тревога в городе "
                 "длилась от 01:30 до 04:00.", outlet="Курские известия")
    assert event.alert_hours == 2.5


def test_a_window_with_the_dates_after_its_clock_times():
    event = only("Ворог атакував Суми дронами, пошкоджено два будинки. Тривога на Сумщині тривала з 22:15 9 "
                 "березня до 03:45 10 березня.", outlet="Сумська ОВА")
    assert event.alert_hours == 5.5


def test_sirens_and_danger_regimes_sound_the_alert():
    event = only("Ночью беспилотники атаковали Новороссийск, повреждены три жилых дома. В городе с 01:20 до "
                 "04:50 действовал сигнал ракетной опасности.", outlet="Оперштаб края")
    assert event.alert_hours == 3.5
    event = only("Над Липецком ночью сбиты восемь беспилотников, повреждена кровля склада. Сирены в городе "
                 "звучали с 02:00 до 03:30.", outlet="Липецкие новости")
    assert event.alert_hours == 1.5
    event = only("Над Воронежем ночью уничтожены пять беспилотников, повреждены окна в жилом доме. Режим "
                 "«Угроза атаки БПЛА» в городе действовал с 23:40 до 05:10.", outlet="Воронежские вести")
    assert event.alert_hours == 5.5


@pytest.mark.parametrize("text", [
    "Повітряна тривога у Вінниці тривала з 02:05 до 03:20. Її оголосили через загрозу ударних БпЛА з півдня. "
    "Ворожі безпілотники до міста не долетіли, сили ППО над Вінницею не працювали.",
    "У Черкасах лунала тривога через зліт винищувача МіГ-31К. У міській адміністрації уточнили, що ракетних "
    "пусків не зафіксовано, вибухів у Черкасах не було.",
    "В Липецке утром вводился режим беспилотной опасности, ограничивалась работа мобильной связи. О сбитых "
    "беспилотниках и повреждениях в Липецкой области власти не сообщали.",
])
def test_an_alert_told_with_the_attack_denied_is_no_event(text):
    assert reading.events(text, published="2026-03-10T09:00:00+02:00", outlet="Новини регіону") == ()


def test_an_alert_with_a_figure_or_harm_is_still_an_event():
    event = only("Тривога у Вінниці тривала з 02:05 до 03:20. Сили ППО збили над областю три дрони, ракетних "
                 "пусків не зафіксовано.", outlet="Вінницька ОВА")
    assert event.drones.destroyed == 3
    event = only("Вночі ворог атакував Житомир ракетами. Ракети до міста не долетіли, але уламки пошкодили "
                 "два житлові будинки на околиці.", outlet="Житомирська ОВА")
    assert "residential" in event.damage
