"""Russian: the words strikewatch reads in Russian posts and reports, as dictionary forms.

Every word here is a lemma (the dictionary form pymorphy3 gives for any inflected form:
"восьми" -> "восемь", "уничтожены" -> "уничтожить"), so no ending is written by hand. The
defence ministry's claims, governors' posts and Russian outlets share this vocabulary. The reader
(``strikewatch.extract.cyrillic``) imports this module as it is; nothing here decides anything.
"""
from __future__ import annotations

from .cyrillic_common import LATIN_MODELS, Model, months

LANGUAGE = "ru"
NAME = "Russian"

# --- numbers --------------------------------------------------------------------------------------
NUMBERS: dict[str, float] = {
    "оба": 2, "обе": 2,
    "ноль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "двое": 2, "три": 3, "трое": 3, "четыре": 4,
    "четверо": 4, "пять": 5, "пятеро": 5, "шесть": 6, "шестеро": 6, "семь": 7, "семеро": 7, "восемь": 8,
    "восьмеро": 8, "девять": 9, "девятеро": 9, "десять": 10, "десятеро": 10, "одиннадцать": 11,
    "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
    "семьсот": 700, "восемьсот": 800, "девятьсот": 900, "полтора": 1.5, "полторы": 1.5,
}
MULTIPLIERS: dict[str, int] = {"десяток": 10, "дюжина": 12, "сотня": 100, "тысяча": 1000, "полусотня": 50, "полсотни": 50,
                               "полтысяча": 500, "полтысячи": 500,
                               "тыс": 1000,  # "1,2 тыс. дронов"
                               "миллион": 1_000_000}  # "от двухсот тысяч до миллиона рублей": a range's end
# the preposition "с" in its spellings: "with", as in a number and a half and in a phrase that describes a
# person ("с осколочными ранениями", "со ссадинами")
WITH = frozenset({"с", "со"})
# "два с половиной десятка ракет": a number and a half, before its multiplier (35, 25)
AND_A_HALF = (WITH, "половина")
# a particle between a conjunction and the count it joins: "240 беспилотников и лишь семь ракет" share the verb
ONLY = frozenset({"лишь", "только", "всего"})
# an air-defence missile that fell ("в селе упала ракета украинской ПВО, погибли два человека"): an accident, no attack on where it fell
AIR_DEFENCE = frozenset({"пво"})
FELL = frozenset({"упасть", "падать"})
# a capital said to be ready or willing ("Москва не готова к перемирию") stands for its government
STANCE = frozenset({"готовый", "заинтересованный", "вынужденный", "настроенный", "открытый"})
ROUGH = frozenset({"более", "около", "почти", "свыше", "порядка", "примерно", "больше", "минимум", "до"})
# Comparatives after "не" that make a figure rough, not a negation: "не менее пяти" = at least five.
NOT_COMPARATIVES = frozenset({"менее", "меньше", "более", "больше"})

# --- weapons --------------------------------------------------------------------------------------
DRONE_NOUNS = frozenset({"бпла", "беспилотник", "дрон", "аппарат", "беспилотный", "дрон-камикадзе",
                         "бпла-камикадзе", "шахед", "дрон-имитатор", "имитатор", "орлан",
                         "ланцет", "гербера"})
# a munition is a drone only when it loiters ("барражирующий боеприпас «Ланцет»"); "выпущено 26
# боеприпасов" is shells
LOITERING = frozenset({"барражирующий"})
MUNITION = frozenset({"боеприпас"})
MISSILE_NOUNS = frozenset({"ракета"})
BOMB_NOUNS = frozenset({"каб", "бомба", "авиабомба", "фаб", "управляемый"})
COMBINED_NOUNS = frozenset({"цель", "средство", "объект"})
MODELS: tuple[Model, ...] = (
    *LATIN_MODELS,
    Model("Shahed", "drone", ("шахед", "герань", "герань-2", "герань-3")),
    Model("Gerbera", "drone", ("гербера",)),
    Model("decoy", "drone", ("имитатор", "дрон-имитатор")),
    Model("reconnaissance drone", "drone", ("разведывательный",)),
    Model("Lancet", "drone", ("ланцет",)),
    Model("Orlan-10", "drone", ("орлан", "орлан-10")),
    Model("Supercam", "drone", ("суперкам",)),
    Model("ZALA", "drone", ("зала",)),
    Model("Molniya", "drone", ("молния",)),
    Model("Merlin-VR", "drone", ("мерлин", "мерлин-вр")),
    Model("Mohajer-6", "drone", ("мохаджер-6", "мохаджер")),
    Model("Kh-101", "missile", ("х-101", "х-101/х-555", "х-555"), "cruise"),
    Model("Kh-55", "missile", ("х-55",), "cruise"),
    Model("Kh-32", "missile", ("х-32",), "cruise"),
    Model("Kh-35", "missile", ("х-35",), "cruise"),
    Model("Kh-59", "missile", ("х-59", "х-59/х-69", "х-59/69", "х-59м2"), "guided"),
    Model("Kh-69", "missile", ("х-69",), "guided"),
    Model("Kh-22", "missile", ("х-22", "х-22/х-32"), "cruise"),
    Model("Kh-31P", "missile", ("х-31п", "х-31", "х-31пд"), "guided"),
    Model("Kinzhal", "missile", ("кинжал", "кинджал", "х-47м2"), "aeroballistic"),  # "Кинджал": as Ukraine spells it
    Model("Kalibr", "missile", ("калибр",), "cruise"),
    Model("Iskander-M", "missile", ("искандер-м", "искандер-м/kn-23", "кн-23", "искандер"), "ballistic"),
    Model("Iskander-K", "missile", ("искандер-к",), "cruise"),
    Model("S-300", "missile", ("с-300", "с-300/с-400"), "anti-aircraft"),
    Model("S-400", "missile", ("с-400",), "anti-aircraft"),
    Model("Zircon", "missile", ("циркон", "3м22"), "cruise"),
    Model("Oniks", "missile", ("оникс", "п-800"), "cruise"),
    Model("ATACMS", "missile", ("атакмс",), "ballistic"),
    Model("Storm Shadow", "missile", ("шторм",), "cruise"),
    Model("HIMARS", "missile", ("хаймарс", "химарс"), "guided"),
    Model("Neptune", "missile", ("нептун",), "cruise"),
)
FAMILIES: dict[str, str] = {"баллистический": "ballistic", "крылатый": "cruise", "аэробаллистический": "aeroballistic",
                            "управляемый": "guided", "зенитный": "anti-aircraft", "противокорабельный": "cruise"}
UNKNOWN_MODEL = frozenset({"неустановленный", "неизвестный"})
TYPE_NOUNS = frozenset({"тип", "вид", "модификация"})
SUBSET = ("из них", "из которых", "среди них", "среди которых", "в том числе")
# "Больше всего — над Курской областью, 126": a sentence that opens the breakdown by place of the whole told before
MOST_OPENING = ("больше всего", "наибольшее число", "наибольшее количество", "львиная доля")
UPDATE = ("возросло до", "возросла до", "вырос до", "выросло до", "увеличилось до", "увеличилась до", "стало")
# "Кількість загиблих зросла: вже 14 людей": the verb of an update, and the word before its figure
GREW = frozenset({"возрасти", "вырасти", "увеличиться"})
NOW = frozenset({"уже"})
# "Позже их число выросло до восьми": the number of the people just counted, updated
THEIR_NUMBER = (frozenset({"их"}), frozenset({"число", "количество"}))
# A casualty figure said first or later: "Пострадавших нет" ... "Позднее ... обратился охранник". The later figure
# updates the one it names; the zero of the other stands
PRELIMINARY = frozenset({"предварительно"})
LATER = frozenset({"позднее", "позже", "впоследствии", "обновлено", "уточнить", "уточнять"})
# "збито 277 і 6 відповідно": figures that count, in order, the weapons told before
RESPECTIVELY = frozenset({"соответственно"})
# "Сбить или подавить удалось 269": the verb of the count is the infinitive before it
SUCCEEDED = frozenset({"удаться", "удаваться"})

# The aftermath of a strike where it struck: "пошуково-рятувальна операція", "розбір завалів"
AFTERMATH = frozenset({"поисково-спасательный", "завал", "разбор"})
# Nouns that say a sentence is about an attack, without a count: "основний напрямок удару"
ATTACK_NOUNS = frozenset({"удар", "атака", "обстрел", "налет", "налёт", "прилет", "прилёт", "взрыв"})

# "в повітрі ще 7 БпЛА": drones still flying when the post was written, not a figure
AIRBORNE = ("в воздухе", "воздушном пространстве")  # "в воздушном пространстве находятся еще 5"
# "2 БПЛА покинули воздушное пространство России": flown off, neither destroyed nor a hit (the verb's lemmas, then the noun's)
LEFT_AIRSPACE = (frozenset({"покинуть", "покидать", "оставить"}), frozenset({"пространство"}))

# "всього 35 одиниць": units of the weapon named before
UNITS = frozenset({"единица", "штука"})

# A threat, a condition or a permission: no attack happened in that sentence
HYPOTHETICAL = frozenset({"если", "разрешение", "разрешить", "угрожать", "угроза", "вероятный",
                          # a drill of an attack, told as what it is: "учения мобильных огневых групп",
                          # "плановая тренировка", "по сценарию условный противник атакует"
                          "учение", "тренировка", "сценарий", "условный"})
# "ворог може завдати удару": a modal verb before an attack is a warning
MODAL = frozenset({"мочь"})
# "Як не стати жертвою": a question of how, not a toll
HOW = frozenset({"как"})
# Ground fire: not an aerial attack
GROUND = frozenset({"артиллерия", "артиллерийский", "артобстрел", "миномёт", "миномет", "минометный", "рсзо", "танк", "град",
                    "группировка", "механизированный"})  # the ground front: "группировка войск «Север»", "механизированных бригад"
# "з початку повномасштабного вторгнення": a total since the war began, not one attack's
SINCE_START = frozenset({"начало"})
WAR_WORDS = frozenset({"война", "вторжение", "сво", "операция"})
# An earlier attack recalled: "Нагадаємо, 7 березня ...", "тиждень тому", "минулого тижня"; "Раніше, 2 березня, ..."
RECALL = frozenset({"напомним", "напомню", "напоминаем"})
AGO = frozenset({"назад", "ранее", "раньше"})
# "беспилотники не раз долетали до жилых кварталов", "армия регулярно наносит удары": what happens again and
# again, no attack told ("не раз": the two words)
REPEATEDLY = frozenset({"неоднократно", "регулярно", "систематически"})
# "Каждую ночь, когда Россия запускает сотни дронов, ...": every night or day, what happens again and again
EVERY = frozenset({"каждый"})
NOT_ONCE = ("не", "раз")
# "противник, который регулярно наносит удары по городу, атаковал ...": said of the enemy in a relative
# clause, not of the attack told
RELATIVE = frozenset({"который"})
# "назвали «ответом» на применение Украиной ракет ATACMS", "обвинила Украину в атаке дронов": an attack
# named as the cause of another, or as an accusation, gives the sentence no side
CAUSE = frozenset({"ответ", "обвинить", "обвинять"})
# "сбиты или подавлены 203": two verbs of one figure
OR = frozenset({"или", "либо"})
# "еще 24 июля, тогда ранены семеро": with an earlier day, the sentence tells of that day
THEN = frozenset({"тогда"})
# "ночь на 7 сентября 2025 года, когда россияне выпустили 810 дронов": a day a week or more before, told by
# what happened when it was
WHEN = frozenset({"когда"})
PAST = frozenset({"прошлый", "прошедший", "минувший"})
# "предыдущая была 2 мая", "Днем ранее, 10 февраля", "Еще накануне, 13 апреля": the previous attack, or the day before, with its date: an earlier attack
PREVIOUS = frozenset({"предыдущий"})
EVE = frozenset({"накануне"})
# "это уже пятая атака на Одессу с начала месяца": the attacks told by their order over a period, no total over it
NTH = frozenset({"второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый", "десятый"})
# "за неделю", "в течение месяца", "с начала года", "за март": a total over a period, not one attack's
# "за дві ночі", "за трое суток": a total over several nights or days
DAYS = frozenset({"ночь", "сутки", "день"})
PERIODS = frozenset({"неделя", "месяц", "год"})
OVER = frozenset({"за", "течение", "протяжение"})

# A sentence that adds to the figures before it: "Крім того, збито дві ракети Х-59"
ADDITION = ("кроме того", "также", "еще", "ещё", "дополнительно", "отдельно")
# A figure said as a total: "всего 35", "итого 12 погибших", "в целом о 524 сбитых", "в общей сложности 7"
TOTAL = frozenset({"всего", "итого", "целом", "сложности"})
# "Вместе — 122 ракеты и 36 «шахедов»": a total only right before a dash or a colon ("вместе с матерью" is no sum)
TOTAL_BEFORE_DASH = frozenset({"вместе"})
# "в Киеве погибли шесть человек, по всей стране — около десяти": the whole country's figure, its casualty word
# left out
NATIONWIDE = ("по всей стране", "по всей украине", "в целом по стране", "всего по стране")
# A sentence that sums up the figures told before it: "Таким образом, пострадавших по итогам ночи трое"
SUMMED = ("таким образом", "итого", "в итоге", "по итогам")
# A casualty figure said as more people besides those already counted: "ранены еще 18"
MORE = frozenset({"еще", "ещё"})
ALSO = frozenset({"также", "тоже"})  # "Також постраждала жінка": one more, like "ще"
# "все они были сбиты", "все ракеты уничтожены": every one of the weapons counted
BOTH = frozenset({"оба", "обе"})  # "Обидві збито": both of the weapons counted
ALL = frozenset({"все", "весь"})
# "жодної ракети", "ни одна ракета": none of the weapon (a count of zero; "ни" only before "один")
NOT_ONE: frozenset[str] = frozenset()
NOT_ONE_PARTICLES = frozenset({"ни"})
ONE = frozenset({"один"})
THEY = frozenset({"они"})
IT = frozenset({"она", "он", "оно"})  # one weapon told before: "она не была сбита"
# "О перехвате ракет не сообщается": nothing told, no zero
NOT_TOLD = frozenset({"сообщаться", "сообщать", "уточняться", "известно", "поступать"})

# --- roles ----------------------------------------------------------------------------------------
LAUNCH = frozenset({"использовать", "зафиксировать", "фиксировать", "обнаружить", "обнаруживать", "заходить", "зайти", "залететь", "атаковать", "запустить", "выпустить", "применить", "атака", "пуск", "направить",
                    "запускать", "нанести", "ударить", "массированный", "налёт", "налет", "применять",
                    "направлять"})
# "в результате удара двух ракет": the strike of the weapons counted right after it, which were launched
STRIKE_OF = frozenset({"удар"})
# a participle after weapons shot down that says they were launched: "три ракеты, выпущенные ..."
LAUNCHED_PARTICIPLES = frozenset({"выпустить", "запустить", "выпущенный", "запущенный"})
DESTROY = frozenset({"сбить", "уничтожить", "подавить", "перехватить", "нейтрализовать", "сбитый",
                     "уничтоженный", "подавленный", "перехваченный", "обезвредить", "приземлить", "сбивать",
                     "уничтожать", "перехватывать", "отразить", "поразить", "уничтожение", "перехват",
                     "поражение", "подавлять", "обезвреживать", "справиться"})  # "ПВО справилась с 45 беспилотниками"
LOST = frozenset({"локационно", "потерять", "подавление"})
HIT = frozenset({"попадание", "попасть", "прорваться", "достичь", "долететь", "прилёт", "прилет"})
NOT_HIT = frozenset({"обломок", "падение"})
# the adjective of a weapon before a noun of hitting: "два ракетных попадания" are two missiles that hit
HIT_ADJECTIVES = {"ракетный": "missile"}

# --- actors ----------------------------------------------------------------------------------------
# Words that name the writer's enemy: Ukraine in a Russian post, Russia in a Russian-language text from
# Ukraine (the reader decides which by the places struck and the Ukrainian offices cited)
ENEMY = frozenset({"противник", "враг"})
UKRAINIAN_OFFICES = frozenset({"ова", "гсчс", "вса", "мва", "укрэнерго"})
# ... and those of two words, as dictionary forms: "Воздушные силы" (Russia's are the "ВКС")
UKRAINIAN_OFFICE_PHRASES: tuple[tuple[str, str], ...] = (("воздушный", "сила"),)
COUNTRY = frozenset({"страна"})  # "по стране было запущено": launched at the country of who tells it
ATTACKER_WORDS: dict[str, str] = {
    "россия": "RU", "рф": "RU", "российский": "RU", "вс рф": "RU", "украина": "UA", "украинский": "UA",
    "всу": "UA", "киевский": "UA", "вфу": "UA", "противник": "UA", "враг": "UA", "неонацист": "UA",
    "иран": "IR", "беларусь": "BY",
}
# A place said to be under occupation: a Ukrainian strike there is a strike on Ukraine (SPEC)
OCCUPIED_WORDS = frozenset({"оккупированный", "оккупировать"})
# a side's military that reports the weapons its air defence shot down, as one word of its name
# (the Ukrainian Air Force reports a night's attack on Ukraine, never a claim without a target)
CLAIMANTS: dict[str, str] = {"минобороны": "RU", "министерство": "RU", "мо": "RU"}
SOURCES: dict[str, str] = {
    "минобороны": "Russian defence ministry", "министерство обороны": "Russian defence ministry",
    "мо рф": "Russian defence ministry", "губернатор": "regional governor", "глава": "officials",
    "мэр": "mayor", "мчс": "emergency ministry", "оперштаб": "regional operational headquarters",
    "воздушные силы": "Ukrainian air force", "вс рф": "Russian defence ministry",
}
HEDGES = frozenset({"якобы", "предположительно", "вероятно", "возможно", "неподтверждённый", "неподтвержденный",
                    "утверждать", "заявить", "по словам"})

# --- casualties and damage ------------------------------------------------------------------------
KILLED = frozenset({"погибнуть", "погибший", "убить", "убитый", "гибель", "смерть", "умереть", "жертва",
                    "скончаться", "тело", "погибать"})
INJURED = frozenset({"ранить", "раненый", "ранение", "пострадать", "пострадавший", "потерпевший", "травмировать",
                     "травма", "госпитализировать", "травмированный", "ожог", "баротравма", "контузия",
                     "порез", "ушиб"})
# "до лікарень звернулися 89 людей", "за медпомощью обратилась жительница": the injured who sought help
# "медпомощь потребовалась пятерым": help needed, injured when the help is medical (not bare "помощь")
NEEDED = frozenset({"потребоваться"})
SOUGHT_HELP = frozenset({"обратиться", "обращаться"}) | NEEDED
# "еще один человек находится в больнице": in hospital, injured
IN_CARE = frozenset({"находиться", "оставаться"})
# "в больницу доставлены 4 человека", "двое получили помощь": taken to hospital or helped, injured
TAKEN_TO_CARE = frozenset({"доставить", "доставлять", "отвезти", "получить", "получать"})
# "Медики оказали помощь 14 людям": help given, by medics (not "гуманитарную помощь оказали 300 жителям")
GAVE_HELP = frozenset({"оказать", "оказывать"})
MEDICS = frozenset({"медик", "медицинский", "врач", "медпомощь"})
HELP = frozenset({"помощь"})
MEDICAL_HELP = HELP | MEDICS | frozenset({"больница", "травмпункт", "госпиталь"})
# "психологическая помощь", "психологи оказали помощь", "гуманитарная помощь": help, but no injury (word starts)
NOT_MEDICAL = ("психолог", "гуманитарн")
# a person's age: "41-річний чоловік" is one person
AGE = frozenset({"летний"})
# a person's age after the noun ("мужчина 45 лет", "1978 года рождения"): the word of years, and of birth after it
AGE_AFTER = (frozenset({"год"}), frozenset({"рождение"}))
# "є постраждала": one casualty said to exist
THERE_IS = frozenset({"есть"})
# "у него осколочные ранения", "у нее травма": one person has them, told by a pronoun after "у"
HAS = (frozenset({"у"}), frozenset({"он", "она"}))
PERSONS = frozenset({"человек", "житель", "мирный", "ребёнок", "ребенок", "женщина", "мужчина", "лицо",
                     "пенсионер", "сотрудник", "работник", "подросток", "мальчик", "девочка", "гражданский",
                     "водитель", "пассажир", "охранник", "полицейский", "военнослужащий", "жительница", "спасатель"})
NO_CASUALTIES = frozenset({"жертва", "пострадавший", "раненый", "пострадать"})
# "Обошлось без человеческих потерь": a loss said to be human is a casualty word (a zero of both)
HUMAN_LOSSES = (frozenset({"человеческий"}), frozenset({"потеря"}))
# "загинула літня пара", "погибли супруги": two people
COUPLE = frozenset({"пара", "чета"})
# "погибла семья из четырех человек": a family of N is N people (not "из них", a subset)
FAMILY = frozenset({"семья"})
SPOUSE = frozenset({"супруг"})  # in the plural, the pair
# "атака забрала життя двох людей", "унесла жизни троих": the killed
LIFE = frozenset({"жизнь"})
TOOK_LIFE = frozenset({"унести", "уносить", "забрать", "забирать", "оборвать", "обрывать"})
# "Жертвами удара стали три человека", "Пострадавшими числятся 18 человек": the figure after the copula
BECAME = frozenset({"стать", "становиться", "числиться"})
# "без разрушений": the preposition that denies the noun after it, not the word before
WITHOUT = frozenset({"без"})
NONE_WORDS = WITHOUT | frozenset({"нет", "не"})
CONSEQUENCES = frozenset({"последствие"})  # "упали на территорию предприятия, последствий нет": nothing damaged
NOBODY = frozenset({"никто"})
# "о пострадавших не сообщалось", "информации о погибших нет": the casualties as a topic, no toll
ABOUT = frozenset({"о", "об"})
DAMAGE: dict[str, frozenset[str]] = {
    "diplomatic": frozenset({"посольство", "консульство", "дипмиссия"}),
    "residential": frozenset({"дом", "многоэтажка", "квартира", "жилой", "многоквартирный", "частный", "подъезд",
                              "домовладение", "общежитие", "жилье"}),
    "education": frozenset({"школа", "детсад", "садик", "университет", "лицей", "гимназия", "колледж", "учебный", "детский сад",
                              "учебное заведение"}),
    "medical": frozenset({"больница", "поликлиника", "медицинский", "госпиталь", "роддом"}),
    "energy": frozenset({"подстанция", "энергетический", "электростанция", "тэс", "тэц", "гэс", "энергообъект",
                         "газопровод", "нефтебаза", "нпз", "энергетика", "котельная", "нефтеперерабатывающий", "энергосистема", "электроснабжение",
                         "лэп", "электропередача", "нефтяной", "нефтеналивной", "нефтепродукт",
                         "газодобывающий", "газодобыча", "газохранилище", "электроэнергия"}),
    "transport": frozenset({"железная", "железнодорожный", "портовый", "вокзал", "мост", "порт", "аэропорт", "депо",
                            "локомотив", "поезд", "причальный",
                            # "станция метро", "транспортной инфраструктуры", "морской терминал", "повреждены танкер"
                            "метро", "трамвайный", "троллейбусный", "транспортный",
                            "терминал", "танкер", "судно"}),
    "industrial": frozenset({"предприятие", "завод", "склад", "промышленный", "фабрика", "цех", "производственный", "складской", "химический"}),
    "commercial": frozenset({"магазин", "офис", "торговый", "кафе", "ресторан", "азс", "супермаркет", "рынок", "офисный", "бизнес-центр",
                               "гостиница", "частное предприятие", "торговый центр",
                               # "коммерческого объекта", "автозаправочной станции", "сельхозпредприятия"
                               "коммерческий", "автозаправочный", "автосервис", "сельхозпредприятие",
                               # "строительный гипермаркет", "аптеку", "отделение почты", "фермерское хозяйство"
                               "гипермаркет", "тц", "трц", "аптека", "киоск", "автомойка", "пекарня", "почта",
                               "почтовый", "фермерский"}),
    "government": frozenset({"администрация", "административный", "правительство", "правительственный", "кабмин"}),
    "cultural": frozenset({"церковь", "храм", "музей", "собор", "театр", "культурное наследие", "памятник"}),
    "infrastructure": frozenset({"инфраструктура", "водопровод", "инфраструктурный"}),
    "vehicles": frozenset({"автомобиль", "машина", "автобус", "транспорт", "грузовик", "легковой",
                           "транспортное средство"}),
}
# the last part of a compound that names its category: "девятиэтажка", "9-этажка", "пятиэтажный"
DAMAGE_COMPOUNDS: dict[str, tuple[str, ...]] = {"residential": ("этажка", "этажный")}
# heads that take the category of the adjective before them ("нафтопереробний завод", "нафтовий термінал" are energy)
DAMAGE_GENERIC_HEADS = frozenset({"завод", "предприятие", "терминал"})
# a power cut is damage to the grid: "без электроснабжения остаются две тысячи абонентов", "поселок обесточен"
POWER = frozenset({"свет", "электроснабжение", "электричество", "электроэнергия", "энергоснабжение", "электропитание"})
POWERED_OFF = frozenset({"обесточить", "обесточенный"})
# "плановые отключения", "по графику": an outage planned or by a schedule, no strike's damage (word starts)
PLANNED_OUTAGE = ("планов", "график")
# aiming at a thing is no damage to it: "враг целил в энергетику"
AIMED = frozenset({"целить", "целиться", "нацелиться", "нацеливаться"})
# the body that governs, whose building is damage only beside a word of damage ("пошкоджено будівлю
# адміністрації", not "администрация президента США разрешила")
GOVERNMENT_BODIES = frozenset({"администрация", "правительство", "кабмин"})
DAMAGE_VERBS = frozenset({"удар", "ударить", "бить", "поразить", "поражённый", "поражение", "прийтись", "атаковать", "попасть", "повреждённый", "загореться", "возгорание", "посечь", "повредить", "поврежденный", "разрушить", "разрушенный", "повреждение",
                          "разрушение", "пожар", "гореть", "попадание", "уничтожить",
                          "выбить", "выбитый", "обломок"})
# a thing said to have suffered was damaged ("пострадали магазины и кафе"); only the damage reader asks it,
# as people suffer too ("пострадали два человека")
DAMAGE_SUFFERED = frozenset({"пострадать"})
# where the injured were taken or the homeless housed, not damaged: "доставили в областную больницу",
# "пункт временного размещения в школе"
TAKEN_TO = frozenset({"доставить", "доставленный", "госпитализировать", "госпитализированный", "отвезти", "эвакуировать",
                      "размещение", "пункт"})
# a depot, plant or line said to be the military's has no damage category: "склады с вооружением"
MILITARY = frozenset({"военный", "аэродром", "полигон", "боеприпас", "вооружение",
                      "военно-промышленный", "впк"})  # "предприятия военно-промышленного комплекса", "ВПК"
# Whose words a sentence reports: an office named after them is the source, not a damaged building
# ("по данным областной администрации", "по словам главы городской военной администрации")
ATTRIBUTION = frozenset({"данные", "слово", "сообщение", "сообщать", "сообщить", "заявление"})

# --- records, alerts and time ---------------------------------------------------------------------
RECORD = frozenset({"рекордный", "рекорд", "масштабнейший"})  # a record on its own near an attack word
# "найбільша атака", "крупнейший ... удар": a record only said of an attack or "since the start"
RECORD_WEAK = frozenset({"крупнейший", "масштабнейший", "мощнейший", "тяжелейший", "наибольший"})
RECORD_AFTER_MOST = frozenset({"массированный", "масштабный", "крупный", "напряженный", "напряжённый", "мощный", "тяжелый", "тяжёлый"})  # "самый массированный"
RECORD_OF = frozenset({"количество", "атака", "удар", "обстрел", "налет", "налёт", "ночь"})
ONE_OF = frozenset({"один"})
# "Это крупнейшая атака ... с 10 ноября, когда ...": a record said of "this" attack is the one the article tells
THIS = frozenset({"этот"})
SINCE = frozenset({"с", "со"})  # "найбільший удар від 17 червня": the span a record is over
# "тогда это был рекорд": the record of the attack recalled, a yardstick
THEN = frozenset({"тогда"})
# "через два дня после крупнейшей атаки": a superlative after "after" is the earlier attack's record, a yardstick
AFTER = frozenset({"после"})
# the alert and the regimes and sirens that sound it ("ракетная опасность", "режим «Угроза атаки БПЛА»")
ALERT = frozenset({"тревога", "сирена", "опасность", "угроза"})
HOURS = frozenset({"час"})
MINUTES = frozenset({"минута"})  # "тривала 4 години 40 хвилин"
# "днем", "дневная атака": an attack told as by day, apart from the night before it
DAYTIME = frozenset({"днем", "дневной", "дневный"})
# "Того ж вечора", "Тем же вечером": in a review, the evening of the day told before, an attack of its own
EVENING = frozenset({"вечер", "вечером"})
SAME = frozenset({"же"})
NIGHTLY = frozenset({"ночной"})  # "ночной удар"
NIGHT = frozenset({"ночь"})
TONIGHT = frozenset({"ночью", "ночной", "ночь"})
# "атаковали дважды за сутки — вечером 27 января и ночью": an evening and a night told as two attacks
TWICE = frozenset({"дважды"})
YESTERDAY = frozenset({"вчера"})
# "Есть ли пострадавшие? Да, двое.": the word that opens an answer before its figure
YES = frozenset({"да"})
# "за прошедшие сутки", "за минулу добу" (PAST before it): the whole day before a morning's post
WHOLE_DAY = frozenset({"сутки"})
TODAY = frozenset({"сегодня"})
MONTHS: dict[str, int] = months(("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                                 "сентябрь", "октябрь", "ноябрь", "декабрь"))
WEEKDAYS: dict[str, int] = {"понедельник": 0, "вторник": 1, "среда": 2, "четверг": 3, "пятница": 4,
                            "суббота": 5, "воскресенье": 6}
NIGHT_ONTO = frozenset({"на"})
# "до 07:00 14 січня": the end of a reporting window, the day the attack is dated
# A date that dates a statement or an update of the text, not the attack: "написав ... в неділю, 15 січня",
# "Обновлено 26 мая, 10:00"
STAMP = frozenset({"написать", "обновлено", "обновить", "опубликовать", "сообщить", "заявить"})
UNTIL = ("до", "по")
CLOCK_FROM = frozenset({"от"})  # "от 23:00 до 05:00": a clock window's start, as FROM; a range's
FROM = WITH | {"из"}
LAUNCH_SITE = frozenset({"направление", "район", "акватория", "аэродром", "пуск", "территория"})
LAUNCHES = frozenset({"пуск"})  # "Районы пусков: Курск, Орел": a heading of launch sites
OFFICE_BEFORE = frozenset({"губернатор", "глава", "мэр", "руководитель", "врио", "начальник", "оперштаб",
                           "министерство", "министр"})  # "Министерство энергетики": the office, no damage
OFFICE_AFTER = frozenset({"администрация", "правительство", "мчс", "оперштаб", "губернатор", "дума"})
SETTLEMENT = frozenset({"село", "посёлок", "поселок", "город", "хутор", "деревня", "станица", "пгт",
                        "населённый", "населенный"})
# Words GeoNames also lists as towns: never a place on their own
# "по улице Энгельса", "вулиця Харківська": a street named after a town or a person is not the town
STREET = frozenset({"улица", "ул", "проспект", "пр-т", "бульвар", "переулок", "площадь", "набережная", "шоссе"})
NAMED_AFTER = frozenset({"имени"})
NOT_PLACES = frozenset({"пентагон", "флорида", "восток", "запад", "юг", "север", "центр", "россия", "украина", "победа", "мир", "слава", "министерство", "кремль",
                        # the forces ("в Силах оборони"), the Caspian said without "sea", countries named in
                        # diplomacy ("з візитом у Туреччині"): no place struck
                        "сила", "каспий", "турция", "германия", "франция", "британия", "китай", "индия", "венгрия", "словакия", "израиль", "иран"})
# A capital that speaks or is answered stands for its government: "Москва заявила", "ответ Москвы"
SPEECH = frozenset({"утверждать", "переговоры", "заявить", "заявлять", "сообщить", "ответить", "считать", "угрожать", "настаивать", "признать", "отвергнуть", "обвинить", "уточнить", "отметить", "назвать", "комментировать"})
METONYM_BEFORE = frozenset({"ответ", "позиция", "переговоры", "заявление", "разрешение", "решение", "требование", "официальный"})
# Prepositions before a town's name: "по Степногірську", "в Шебекино"
PLACE_PREPOSITIONS = frozenset({"в", "по", "возле", "под", "над", "близ"})
REGION_HEADS = {"область": "Oblast", "край": "Krai", "республика": "Republic"}
# a region named by its head noun alone: the region of the town named last ("у Львові та області")
REGION_ANAPHORS = frozenset({"область", "регион"})
# a town named by its head noun alone, the town named last: "Мэр Харькова заявил, что в городе ..." (not "в городе Шебекино")
# a preposition before a town's name that names its region (Ukrainian "на Запоріжжі"; "на Запорожье" is also a heading)
REGION_ON = frozenset()
CITY_ANAPHORS = frozenset({"город"})
# "Помимо столицы, попадания зафиксированы в Киевской области": a place set aside, not this clause's
BESIDES = frozenset({"помимо", "кроме"})
CAPITAL = frozenset({"столица"})  # the capital of the country attacked: CAPITAL_CITIES
# "над Чорним морем": a sea, not a place (SPEC)
SEAS = frozenset({"море", "океан", "залив", "лиман"})
DISTRICT = frozenset({"район", "округ"})
# "ограничения в аэропортах Внуково и Жуковский", "аэропорт Внуково не принимал самолеты": the names after the
# airport's noun are airports, and where the sentence tells of flights held up they are no places struck (SPEC)
AIRPORT = frozenset({"аэропорт"})
FLIGHT_LIMITS = frozenset({"рейс", "ограничение", "ограничивать", "ограничить", "самолёт", "самолет", "судно",
                           "закрыться", "закрываться", "ковёр", "ковер"})
# a community named by an adjective of its town ("Марганецька громада" is Marhanets)
COMMUNITY = frozenset({"громада", "община"})
# sites named by their town's adjective: "Саратовский НПЗ" is in Saratov
TOWN_SITES = frozenset({"нпз", "завод", "нефтебаза", "аэродром", "порт", "тэц", "тэс", "предприятие", "комбинат"})
TOWN_ADJECTIVE_SUFFIXES = ("ский", "цкий", "зкий", "инский")  # "шосткинский" -> Шостка

# --- context ---------------------------------------------------------------------------------------
# verbs that report what a person said publicly (statements)
CONTEXT_SPEECH = frozenset({"заявить", "заявлять", "подчеркнуть", "подчёркивать", "подчеркивать", "призвать",
                            "осудить", "обвинить", "обвинять", "сказать", "предупредить", "пообещать", "назвать",
                            "написать", "добавить", "отметить", "отмечать", "сообщить", "поблагодарить",
                            "обратиться", "ответить", "опубликовать", "повторить", "слово"})
# national titles: their holders' words are statements; a mayor's or a governor's are not
CONTEXT_TITLES = frozenset({"президент", "премьер-министр", "премьер", "министр", "пресс-секретарь", "канцлер",
                            "генсек", "генсекретарь", "посол", "представитель", "министерство", "мид"})
CONTEXT_LOCAL_TITLES = frozenset({"мэр", "губернатор", "начальник", "глава", "врио"})
CONTEXT_CALL = frozenset({"телефонный", "созвониться"})
CONTEXT_MEETING = frozenset({"встреча", "встретиться", "саммит"})
CONTEXT_SANCTIONS = frozenset({"санкция", "санкционный"})
# talks between sides: "переговоры делегаций Украины и США", "перемирие"
CONTEXT_NEGOTIATION = frozenset({"переговоры", "переговорный", "перемирие", "делегация"})
# a supply of weapons: a supply word and a weapon word in one sentence ("Пентагон приостановил передачу ракет")
CONTEXT_SUPPLY = frozenset({"поставка", "передача", "передать", "передавать", "поставить", "получить"})
CONTEXT_WEAPONS = frozenset({"пво", "patriot", "оружие", "вооружение", "ракета", "комплекс", "iris-t", "nasams", "f-16",
                             "himars", "atacms", "перехватчик", "снаряд"})
# a demand, a threat or a possibility is not the act: "призвал ускорить поставки ПВО"
CONTEXT_DEMAND = frozenset({"призвать", "призывать", "просить", "попросить", "требовать", "настаивать", "нужный",
                            "нужно", "необходимый", "необходимо", "просьба", "пригрозить", "грозить", "угрожать", "намекнуть", "возможный"})
