"""Ukrainian and Russian alerts told by a clock window: opened by "від"/"от" as well as "з"/"с", with the
dates after the clock times ("з 22:15 9 березня до 03:45 10 березня"), and sounded by sirens, a danger
regime ("ракетная опасность", "режим беспилотной опасности") or a threat regime ("«Угроза атаки БПЛА»")."""
from __future__ import annotations

from functools import partial

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
