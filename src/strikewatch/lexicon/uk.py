"""Ukrainian: the words strikewatch reads in Ukrainian posts and reports, as dictionary forms.

Every word here is a lemma (the dictionary form pymorphy3 gives for any inflected form: "восьми",
"вісьмома" -> "вісім"; "збито", "збили" -> "збити"), so no ending is written by hand. Weapon
models are matched on their written forms, which do not inflect in the sources ("Х-101",
"Shahed") or are lemmatised like any noun ("Гербера", "Калібр"). The reader
(``strikewatch.extract.cyrillic``) imports this module as it is; nothing here decides anything.
"""
from __future__ import annotations

from .cyrillic_common import LATIN_MODELS, Model, months

LANGUAGE = "uk"
NAME = "Ukrainian"

# --- numbers --------------------------------------------------------------------------------------
NUMBERS: dict[str, float] = {
    "обидва": 2, "обидві": 2,
    "нуль": 0, "один": 1, "одна": 1, "два": 2, "дві": 2, "двоє": 2, "три": 3, "троє": 3, "чотири": 4,
    "четверо": 4, "п'ять": 5, "п'ятеро": 5, "шість": 6, "шестеро": 6, "сім": 7, "семеро": 7, "вісім": 8,
    "восьмеро": 8, "дев'ять": 9, "дев'ятеро": 9, "десять": 10, "десятеро": 10, "одинадцять": 11,
    "дванадцять": 12, "тринадцять": 13, "чотирнадцять": 14, "п'ятнадцять": 15, "шістнадцять": 16,
    "сімнадцять": 17, "вісімнадцять": 18, "дев'ятнадцять": 19, "двадцять": 20, "тридцять": 30,
    "сорок": 40, "п'ятдесят": 50, "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80, "дев'яносто": 90,
    "сто": 100, "двісті": 200, "триста": 300, "чотириста": 400, "п'ятсот": 500, "шістсот": 600,
    "сімсот": 700, "вісімсот": 800, "дев'ятсот": 900, "півтора": 1.5, "півтори": 1.5, "пів": 0.5,
    # oblique forms pymorphy3's Ukrainian dictionary does not know as numerals ("п'ятистами дронами" is read
    # as a noun "п'ятист", "дев'яноста дронів" as the ordinal "дев'яностий")
    "п'ятистами": 500, "шестистами": 600, "дев'яноста": 90,
}
# Nouns that multiply the number before them ("п'ятьма десятками" = 50, "дві тисячі" = 2,000); alone
# and singular they are that number ("сотня дронів" = 100, "понад півсотні" = 50), alone and plural
# vague ("десятки"). "Пів" is a half ("пів сотні" = 50).
MULTIPLIERS: dict[str, int] = {"десяток": 10, "дюжина": 12, "сотня": 100, "тисяча": 1000, "півсотня": 50, "півтисяча": 500,
                               "тис": 1000}  # "1,2 тис. дронів"
# the preposition "з" in its spellings: "with", as in a number and a half and in a phrase that describes a
# person ("з опіками", "з осколковими пораненнями")
WITH = frozenset({"з", "із", "зі"})
# "три з половиною десятки ракет": a number and a half, before its multiplier (35, 25)
AND_A_HALF = (WITH, "половина")
# a particle between a conjunction and the count it joins: "240 безпілотників і лише сім ракет" share the verb
ONLY = frozenset({"лише", "лиш", "тільки", "всього", "усього"})
# an air-defence missile that fell ("у селі впала ракета української ППО, загинули двоє"): an accident, no attack on where it fell
AIR_DEFENCE = frozenset({"ппо"})
FELL = frozenset({"впасти", "упасти"})
# a capital said to be ready or willing ("Москва не готова до перемир'я") stands for its government
STANCE = frozenset({"готовий", "зацікавлений", "змушений", "налаштований", "відкритий"})
# Words before a number that make it rough ("понад 400"): the SPEC counts it as the number.
ROUGH = frozenset({"понад", "близько", "майже", "щонайменше", "приблизно", "більш", "більше", "орієнтовно",
                   "до"})
# Comparatives after "не" that make a figure rough, not a negation: "не менше п'яти" = at least five.
NOT_COMPARATIVES = frozenset({"менше", "менш", "більше", "більш"})

# --- weapons --------------------------------------------------------------------------------------
DRONE_NOUNS = frozenset({"бпла", "безпілотник", "дрон", "дрон-імітатор", "імітатор", "бпла-імітатор",
                         "шахед", "апарат", "безпілотний", "дрон-камікадзе", "мопед", "бпла-камікадзе",
                         "орлан", "ланцет", "гербера"})
# a munition is a drone only when it loiters ("баражуючий боєприпас «Ланцет»"); "випущено 26
# боєприпасів" is shells
LOITERING = frozenset({"баражуючий", "барражуючий"})
MUNITION = frozenset({"боєприпас"})
MISSILE_NOUNS = frozenset({"ракета"})
BOMB_NOUNS = frozenset({"каб", "бомба", "авіабомба", "керований"})
# Nouns that count drones and missiles together ("478 повітряних цілей", "550 засобами повітряного
# нападу"): a combined total, never split between the two.
COMBINED_NOUNS = frozenset({"ціль", "засіб", "об'єкт"})
MODELS: tuple[Model, ...] = (
    *LATIN_MODELS,
    Model("Shahed", "drone", ("шахед", "шахеда", "shahed-136", "шахед-136", "герань", "герань-2")),
    Model("Gerbera", "drone", ("гербера",)),
    Model("decoy", "drone", ("імітатор", "дрон-імітатор", "бпла-імітатор")),
    Model("reconnaissance drone", "drone", ("розвідувальний",)),
    Model("Lancet", "drone", ("ланцет",)),
    Model("Orlan-10", "drone", ("орлан", "орлан-10")),
    Model("Supercam", "drone", ("суперкам",)),
    Model("ZALA", "drone", ("зала",)),
    Model("Merlin-VR", "drone", ("мерлін", "мерлін-вр")),
    Model("Molniya", "drone", ("молнія", "блискавка")),
    Model("Mohajer-6", "drone", ("мохаджер-6", "мохаджер")),
    Model("Kh-101", "missile", ("х-101", "х-101/х-555", "х-555"), "cruise"),
    Model("Kh-55", "missile", ("х-55",), "cruise"),
    Model("Kh-59", "missile", ("х-59", "х-59/х-69", "х-59/69", "х-59м2"), "guided"),
    Model("Kh-69", "missile", ("х-69",), "guided"),
    Model("Kh-22", "missile", ("х-22", "х-22/х-32"), "cruise"),
    Model("Kh-32", "missile", ("х-32",), "cruise"),
    Model("Kh-31P", "missile", ("х-31п", "х-31", "х-31пд"), "guided"),
    Model("Kh-35", "missile", ("х-35",), "cruise"),
    Model("Kinzhal", "missile", ("кинджал", "х-47м2"), "aeroballistic"),
    Model("Kalibr", "missile", ("калібр",), "cruise"),
    Model("Iskander-M", "missile", ("іскандер-м", "іскандер-м/kn-23", "kn-23", "кн-23", "іскандер-м/с-300", "іскандер"),
          "ballistic"),
    Model("Iskander-K", "missile", ("іскандер-к",), "cruise"),
    Model("S-300", "missile", ("с-300", "с-300/с-400"), "anti-aircraft"),
    Model("S-400", "missile", ("с-400",), "anti-aircraft"),
    Model("Zircon", "missile", ("циркон", "3м22"), "cruise"),
    Model("Oniks", "missile", ("онікс", "п-800"), "cruise"),
    Model("Banderol", "missile", ("бандероль",), "cruise"),
    # Ukrainian missiles, told in Ukrainian outlets' stories of strikes on Russia and occupied territory
    Model("ATACMS", "missile", ("атакмс",), "ballistic"),
    Model("HIMARS", "missile", ("хаймарс", "хімарс"), "guided"),
    Model("Neptune", "missile", ("нептун",), "cruise"),
)
# Adjectives that name a missile's family: a count of "15 балістичних ракет" is of the ballistic model
# the post names, when it names one.
FAMILIES: dict[str, str] = {"балістичний": "ballistic", "крилатий": "cruise", "аеробалістичний": "aeroballistic",
                            "керований": "guided", "зенітний": "anti-aircraft", "протикорабельний": "cruise"}
# "БпЛА невстановленого типу": a model the source does not know
UNKNOWN_MODEL = frozenset({"невстановлений", "невідомий"})
# "47 ракет різних типів – ...": the nouns that name a weapon's types, whose list follows
TYPE_NOUNS = frozenset({"тип", "вид", "модифікація"})
# "з них", "серед них": a part of the figure before it, not a figure of its own
SUBSET = ("з них", "із них", "з яких", "із яких", "серед них", "серед яких", "у тому числі", "в тому числі", "зокрема")
# "Найбільше — над Курською областю, 126": a sentence that opens the breakdown by place of the whole told before
MOST_OPENING = ("найбільше", "найбільшу кількість", "левова частка")
# "кількість поранених зросла до 17": an update, the latest figure
UPDATE = ("зросла до", "зросло до", "зріс до", "збільшилася до", "збільшилось до", "зросла вже до", "стало")
# "Кількість загиблих зросла: вже 14 людей": the verb of an update, and the word before its figure
GREW = frozenset({"зрости", "збільшитися", "зростати"})
NOW = frozenset({"вже", "уже"})
# "Згодом їх кількість зросла до восьми": the number of the people just counted, updated
THEIR_NUMBER = (frozenset({"їх", "їхній"}), frozenset({"кількість", "число"}))
# A casualty figure said first or later: "Попередньо без постраждалих" ... "Оновлено: ... Один травмований". The later figure
# updates the one it names; the zero of the other stands
PRELIMINARY = frozenset({"попередньо"})
LATER = frozenset({"згодом", "пізніше", "оновлено", "уточнити", "уточнювати"})
# "збито 277 і 6 відповідно": figures that count, in order, the weapons told before
RESPECTIVELY = frozenset({"відповідно"})
# "Сбить или подавить удалось 269": the verb of the count is the infinitive before it
SUCCEEDED = frozenset({"вдатися", "вдаватися"})

# The aftermath of a strike where it struck: "пошуково-рятувальна операція", "розбір завалів"
AFTERMATH = frozenset({"пошуково-рятувальний", "завал", "розбір", "розбирання"})
# Nouns that say a sentence is about an attack, without a count: "основний напрямок удару"
ATTACK_NOUNS = frozenset({"удар", "атака", "обстріл", "наліт", "влучання", "вибух", "ураження"})

# "в повітрі ще 7 БпЛА": drones still flying when the post was written, not a figure
AIRBORNE = ("у повітрі", "в повітрі", "ще в повітрі", "повітряному просторі")  # "у повітряному просторі ще 9"
# "1 БпЛА залишив повітряний простір України": flown off, neither destroyed nor a hit (the verb's lemmas, then the noun's)
LEFT_AIRSPACE = (frozenset({"залишити", "залишати", "покинути", "покидати"}), frozenset({"простір"}))

# "всього 35 одиниць": units of the weapon named before
UNITS = frozenset({"одиниця", "штука"})

# A threat, a condition or a permission: no attack happened in that sentence
HYPOTHETICAL = frozenset({"якщо", "якби", "дозвіл", "дозволити", "погрожувати", "загроза", "погроза", "ймовірний",
                          # a drill of an attack: "тренування мобільних вогневих груп", "за сценарієм умовний
                          # противник" ("навчання" is schooling as often: "навчання — дистанційне")
                          "тренування", "сценарій", "умовний"})
# "ворог може завдати удару": a modal verb before an attack is a warning
MODAL = frozenset({"могти"})
# "Як не стати жертвою": a question of how, not a toll
HOW = frozenset({"як"})
# Ground fire: not an aerial attack
GROUND = frozenset({"артилерія", "артилерійський", "артобстріл", "міномет", "мінометний", "рсзв", "танк", "град",
                    "угруповання", "механізований"})  # the ground front: "группировка войск «Север»", "механизированных бригад"
# "з початку повномасштабного вторгнення": a total since the war began, not one attack's
SINCE_START = frozenset({"початок"})
WAR_WORDS = frozenset({"війна", "вторгнення", "сво", "операція", "агресія"})
# An earlier attack recalled: "Нагадаємо, 7 березня ...", "тиждень тому", "минулого тижня"; "Раніше, 2 березня, ..."
RECALL = frozenset({"нагадаємо", "нагадуємо", "нагадаю"})
AGO = frozenset({"тому", "раніше"})
# "беспілотники не раз долітали до міста", "Росія регулярно б'є по енергетиці": what happens again and again,
# no attack told ("не раз": the two words)
REPEATEDLY = frozenset({"неодноразово", "регулярно", "систематично"})
# "Кожна ніч, коли росія запускає сотні дронів, ...": every night or day, what happens again and again
EVERY = frozenset({"кожний", "кожен"})
NOT_ONCE = ("не", "раз")
# "ворог, який регулярно б'є по Харкову, вдарив ...": said of the enemy in a relative clause, not of the
# attack told
RELATIVE = frozenset({"який", "котрий"})
# "назвали «відповіддю» на застосування Україною ракет ATACMS", "звинуватила Україну в атаці дронів": an attack
# named as the cause of another, or as an accusation, gives the sentence no side
CAUSE = frozenset({"відповідь", "звинуватити", "звинувачувати"})
# "збито або подавлено 203": two verbs of one figure
OR = frozenset({"або", "чи"})
# "ще 24 липня, тоді поранено семеро": with an earlier day, the sentence tells of that day
THEN = frozenset({"тоді"})
# "ніч на 7 вересня 2025 року, коли росіяни випустили 810 дронів": a day a week or more before, told by what
# happened when it was
WHEN = frozenset({"коли"})
PAST = frozenset({"минулий"})
# "попередня була у ніч на 10 грудня", "А ще раніше, 2 березня", "Напередодні, 13 квітня": the previous attack, or the day before, with its date: an earlier attack
PREVIOUS = frozenset({"попередній"})
EVE = frozenset({"напередодні"})
# "це вже третя атака на Одещину за тиждень": the attacks told by their order over a period, no total over it
NTH = frozenset({"другий", "третій", "четвертий", "п'ятий", "шостий", "сьомий", "восьмий", "дев'ятий", "десятий"})
# "за тиждень", "протягом місяця", "з початку року", "за березень": a total over a period, not one attack's
# "за дві ночі", "за трое суток": a total over several nights or days
DAYS = frozenset({"ніч", "доба", "день"})
PERIODS = frozenset({"тиждень", "місяць", "рік"})
OVER = frozenset({"за", "протягом", "впродовж", "упродовж"})

# A sentence that adds to the figures before it: "Крім того, збито дві ракети Х-59"
ADDITION = ("крім того", "також", "ще", "окрім того", "додатково", "окремо")
# A figure said as a total: "всього 35", "загалом 12 загиблих", "в цілому 524 збитих", "у сукупності 7"
TOTAL = frozenset({"всього", "загалом", "усього", "цілому", "сукупності"})
# "Разом — 122 ракети та 36 «шахедів»": a total only right before a dash or a colon ("разом із рятувальниками" is no sum)
TOTAL_BEFORE_DASH = frozenset({"разом"})
# "у Києві загинули шестеро, по всій країні — десятеро": the whole country's figure, its casualty word left out
NATIONWIDE = ("по всій країні", "по всій україні", "загалом по країні", "загалом по україні")
# A sentence that sums up the figures told before it: "Отже, за добу поранено п'ятеро", "за підсумками ночі"
SUMMED = ("таким чином", "отже", "у підсумку", "в підсумку", "за підсумками", "підсумовуючи")
# A casualty figure said as more people besides those already counted: "поранено ще чотирьох"
MORE = frozenset({"ще"})
ALSO = frozenset({"також", "теж"})  # "Також постраждала жінка": one more, like "ще"
# "всі вони були збиті", "усі ракети збили": every one of the weapons counted
BOTH = frozenset({"обидва", "обидві"})  # "Обидві збито": both of the weapons counted
ALL = frozenset({"усі", "всі", "весь", "увесь"})
# "жодної ракети", "ни одна ракета": none of the weapon (a count of zero; "ни" only before "один")
NOT_ONE = frozenset({"жодний", "жоден"})
NOT_ONE_PARTICLES: frozenset[str] = frozenset()
ONE = frozenset({"один"})
THEY = frozenset({"вони"})
IT = frozenset({"вона", "він", "воно"})  # one weapon told before: "вона не була збита"
# "Про збиття ракет не повідомляється": nothing told, no zero
NOT_TOLD = frozenset({"повідомлятися", "повідомляти", "уточнюватися", "відомо", "надходити"})

# --- roles ----------------------------------------------------------------------------------------
LAUNCH = frozenset({"використати", "використовувати", "зафіксувати", "фіксувати", "виявити", "виявляти", "заходити", "зайти", "залетіти", "атакувати", "запустити", "випустити", "застосувати", "атака", "пуск", "направити",
                    "випускати", "запускати", "атакуючий", "ударити", "завдати", "масований", "вдарити",
                    "вдаряти", "ударяти", "спрямувати", "спрямовувати", "направляти", "застосовувати"})
# "внаслідок удару двох ракет": the strike of the weapons counted right after it, which were launched
STRIKE_OF = frozenset({"удар"})
# a participle after weapons shot down that says they were launched: "три ракеты, выпущенные ..."
LAUNCHED_PARTICIPLES = frozenset({"випущений", "запущений"})
DESTROY = frozenset({"збити", "знищити", "подавити", "перехопити", "нейтралізувати", "збитий", "знищений",
                     "подавлений", "перехоплений", "нейтралізований", "знешкодити", "знешкоджений",
                     "приземлити", "збивати", "знищувати", "подавлювати", "уразити", "збиття", "знищення",
                     "перехоплення", "відбити", "знешкодження", "перехоплювати", "знешкоджувати",
                     "впоратися"})  # "ППО впоралася з 98 дронами": coped with, shot down
# "локаційно втрачено": lost to electronic warfare, counted as destroyed.
LOST = frozenset({"локаційно", "втратити", "втрачений", "подавлення"})
HIT = frozenset({"влучання", "влучити", "влучений", "прорватися", "досягнути", "долетіти", "влучати"})
NOT_HIT = frozenset({"уламок", "падіння"})  # "падіння уламків на 3 локаціях": debris, not hits
# the adjective of a weapon before a noun of hitting: "два ракетні влучання" are two missiles that hit
HIT_ADJECTIVES = {"ракетний": "missile"}

# --- actors ----------------------------------------------------------------------------------------
# The attacker of a Ukrainian post is Russia unless the words say otherwise.
# Words that name the writer's enemy (in Ukrainian, always Russia: ATTACKER_WORDS says so)
ENEMY: frozenset[str] = frozenset()
UKRAINIAN_OFFICES: frozenset[str] = frozenset()
UKRAINIAN_OFFICE_PHRASES: tuple[tuple[str, str], ...] = ()
COUNTRY = frozenset({"країна"})  # "по країні запущено": launched at the country of who tells it
ATTACKER_WORDS: dict[str, str] = {
    "росія": "RU", "рф": "RU", "російський": "RU", "окупант": "RU", "ворог": "RU", "противник": "RU",
    "ворожий": "RU", "рашист": "RU", "росіянин": "RU", "україна": "UA", "український": "UA", "зсу": "UA",
    "сбу": "UA", "гур": "UA", "сили оборони": "UA", "іран": "IR", "білорусь": "BY",
}
# A place said to be under occupation: a Ukrainian strike there is a strike on Ukraine (SPEC)
OCCUPIED_WORDS = frozenset({"окупований", "окупувати"})
# Who a post is attributed to, and how the record names the source.
# a side's military that reports the weapons its air defence shot down, as one word of its name
# (the Ukrainian Air Force reports a night's attack on Ukraine, never a claim without a target)
CLAIMANTS: dict[str, str] = {"міноборони": "RU"}
SOURCES: dict[str, str] = {
    "повітряний сила": "Ukrainian air force", "пс зсу": "Ukrainian air force", "повітряні сили": "Ukrainian air force",
    "ова": "regional military administration", "ода": "regional military administration",
    "мва": "city military administration", "голова": "officials", "начальник": "officials",
    "мер": "mayor", "міський голова": "mayor", "дснс": "State Emergency Service", "рятувальник": "State Emergency Service",
    "генштаб": "General Staff", "генеральний штаб": "General Staff", "поліція": "police",
    "міноборони": "Russian defence ministry", "губернатор": "regional governor", "сбу": "SBU",
}
HEDGES = frozenset({"нібито", "ймовірно", "імовірно", "можливо", "непідтверджений", "стверджувати", "заявляти",
                    "буцімто", "начебто"})

# --- casualties and damage ------------------------------------------------------------------------
KILLED = frozenset({"загинути", "загиблий", "вбити", "убити", "вбитий", "загибель", "смерть", "померти",
                    "жертва", "тіло", "загинулий"})
INJURED = frozenset({"поранити", "поранений", "постраждати", "постраждалий", "потерпілий", "травмувати", "травмований",
                     "поранення", "травма", "травмування", "госпіталізувати", "шпиталізувати", "опік",
                     "баротравма", "контузія", "поріз", "забій"})
# "до лікарень звернулися 89 людей", "за медпомощью обратилась жительница": the injured who sought help
# "медична допомога знадобилася п'ятьом": help needed, injured when the help is medical (not bare "допомога")
NEEDED = frozenset({"знадобитися"})
SOUGHT_HELP = frozenset({"звернутися", "звертатися"}) | NEEDED
# "ще одна людина перебуває в лікарні": in hospital, injured
IN_CARE = frozenset({"перебувати", "залишатися"})
# "в больницу доставлены 4 человека", "двое получили помощь": taken to hospital or helped, injured
TAKEN_TO_CARE = frozenset({"доставити", "доставляти", "доправити", "відвезти", "отримати", "отримувати"})
# "Медики надали допомогу 14 людям": help given, by medics (not "надали гуманітарну допомогу 300 мешканцям")
GAVE_HELP = frozenset({"надати", "надавати"})
MEDICS = frozenset({"медик", "медичний", "лікар"})
HELP = frozenset({"допомога"})
MEDICAL_HELP = HELP | MEDICS | frozenset({"лікарня", "травмпункт", "госпіталь"})
# "психологічна допомога", "психологи надали допомогу", "гуманітарна допомога": help, but no injury (word starts)
NOT_MEDICAL = ("психолог", "гуманітарн")
# a person's age: "41-річний чоловік" is one person
AGE = frozenset({"річний"})
# a person's age after the noun ("чоловіка 45 років", "1978 року народження"): the word of years, and of birth after it
AGE_AFTER = (frozenset({"рік"}), frozenset({"народження"}))
# "є постраждала": one casualty said to exist
THERE_IS = frozenset({"є"})
# "у нього осколкові поранення", "в неї травма": one person has them, told by a pronoun after "у"
HAS = (frozenset({"у", "в"}), frozenset({"він", "вона"}))
PERSONS = frozenset({"людина", "особа", "мешканець", "цивільний", "житель", "дитина", "жінка", "чоловік",
                     "людей", "пенсіонер", "рятувальник", "медик", "працівник", "підліток", "хлопчик",
                     "дівчинка", "літній", "місцевий", "водій", "пасажир", "охоронець", "поліцейський",
                     "військовослужбовець", "енергетик", "мешканка", "жителька"})
# "без жертв", "без постраждалих", "обійшлося без", "люди не постраждали": no casualties (killed 0 and injured 0).
NO_CASUALTIES = frozenset({"жертва", "постраждалий", "потерпілий", "поранений", "постраждати"})
# "Людських втрат немає": a loss said to be human is a casualty word (a zero of both)
HUMAN_LOSSES = (frozenset({"людський"}), frozenset({"втрата"}))
# "загинула літня пара", "погибли супруги": two people
COUPLE = frozenset({"пара", "подружжя"})
# "загинула родина з чотирьох людей": a family of N is N people (not "з них", a subset)
FAMILY = frozenset({"родина", "сім'я"})
SPOUSE = frozenset({"дружина"})  # in the plural, the pair
# "атака забрала життя двох людей", "унесла жизни троих": the killed
LIFE = frozenset({"життя"})
TOOK_LIFE = frozenset({"забрати", "забирати", "обірвати", "обривати", "унести"})
# "Жертвами удара стали три человека": the figure after the copula
BECAME = frozenset({"стати", "ставати"})
# "без разрушений": the preposition that denies the noun after it, not the word before
WITHOUT = frozenset({"без"})
NONE_WORDS = WITHOUT | frozenset({"немає", "не"})
CONSEQUENCES = frozenset({"наслідок"})  # "впали на території підприємства, без наслідків": nothing damaged
NOBODY = frozenset({"ніхто"})
# "інформація про постраждалих не надходила", "даних про загиблих немає": the casualties as a topic, no toll
ABOUT = frozenset({"про"})
DAMAGE: dict[str, frozenset[str]] = {
    "diplomatic": frozenset({"посольство", "консульство", "дипмісія"}),
    "residential": frozenset({"будинок", "багатоповерхівка", "квартира", "житловий", "оселя", "дім", "під'їзд",
                              "висотка", "гуртожиток", "приватний", "житло"}),
    "education": frozenset({"школа", "садочок", "садок", "університет", "ліцей", "гімназія", "коледж", "навчальний", "дитсадок", "заклад освіти",
                              "дитячий садок", "навчальний заклад"}),
    "medical": frozenset({"лікарня", "поліклініка", "амбулаторія", "медичний", "пологовий", "госпіталь"}),
    "energy": frozenset({"підстанція", "енергетичний", "електростанція", "тес", "тец", "гес", "енергооб'єкт",
                         "газопровід", "газогін", "нафтобаза", "енергетика", "газовий", "котельня", "нпз", "електропередача", "енергосистема", "електропостачання",
                         "леп", "нафтовий", "нафтоналивний", "нафтопродукт", "нафтопереробний",
                         "газовидобувний", "газовидобування", "газосховище", "електроенергія"}),
    "transport": frozenset({"залізниця", "залізничний", "портовий", "вокзал", "міст", "порт", "аеропорт", "депо", "локомотив",
                            "потяг", "поїзд", "автомобільний міст", "укрзалізниця", "причальний",
                            # "станцію метро", "трамвайної колії", "зерновий термінал", "пошкоджено цивільне судно"
                            "метро", "трамвайний", "тролейбусний", "транспортний",
                            "термінал", "танкер", "судно"}),
    "industrial": frozenset({"підприємство", "завод", "склад", "виробничий", "промисловий", "фабрика", "цех", "складський", "хімічний"}),
    "commercial": frozenset({"магазин", "офіс", "торговий", "кафе", "ресторан", "азс", "супермаркет", "тц", "ринок", "офісний", "торговельний", "бізнес-центр",
                               "готель", "приватне підприємство", "торговельний центр",
                               # "комерційного об'єкта", "автозаправну станцію", "агропідприємства"
                               "комерційний", "автозаправний", "автосервіс", "агропідприємство",
                               # "будівельний гіпермаркет", "аптеку", "відділення пошти", "фермерське господарство"
                               "гіпермаркет", "трц", "аптека", "кіоск", "автомийка", "пекарня", "пошта", "укрпошта",
                               "поштовий", "фермерський"}),
    "government": frozenset({"адмінбудівля", "адміністративний", "адміністрація", "уряд", "урядовий", "кабмін"}),
    "cultural": frozenset({"церква", "храм", "музей", "собор", "театр", "пам'ятка", "культурна спадщина"}),
    "infrastructure": frozenset({"інфраструктура", "водогін", "інфраструктурний"}),
    "vehicles": frozenset({"автомобіль", "авто", "автівка", "машина", "автобус", "транспорт", "вантажівка",
                           "транспортний засіб"}),
}
# the last part of a compound that names its category, whatever number of floors comes first:
# "дев'ятиповерхівка", "16-поверхівка", "п'ятиповерховий"
DAMAGE_COMPOUNDS: dict[str, tuple[str, ...]] = {"residential": ("поверхівка", "поверховий")}
# heads that take the category of the adjective before them ("нафтопереробний завод", "нафтовий термінал" are energy)
DAMAGE_GENERIC_HEADS = frozenset({"завод", "підприємство", "термінал"})
# a power cut is damage to the grid: "без світла залишилися 30 тисяч абонентів" ("без" and the supply), "частина
# міста знеструмлена" (not "без газопостачання", which tells no category)
POWER = frozenset({"світло", "електропостачання", "електроенергія", "електрика", "енергопостачання", "електроживлення"})
POWERED_OFF = frozenset({"знеструмити", "знеструмлений"})
# "планові відключення", "за графіком": an outage planned or by a schedule, no strike's damage (word starts)
PLANNED_OUTAGE = ("планов", "графік")
# aiming at a thing is no damage to it: "ворог цілив в енергетику"
AIMED = frozenset({"цілити", "цілитися", "націлитися", "націлюватися"})
# the body that governs, whose building is damage only beside a word of damage ("пошкоджено будівлю
# адміністрації", not "администрация президента США разрешила")
GOVERNMENT_BODIES = frozenset({"адміністрація", "уряд", "кабмін"})
DAMAGE_VERBS = frozenset({"удар", "вдарити", "бити", "уразити", "уражений", "прийтися", "атакувати", "влучити", "пошкоджений", "зайнятися", "займання", "посікти", "пошкодити", "зруйнувати", "зруйнований", "пошкодження", "руйнування",
                          "загорітися", "спалахнути", "пожежа", "горіти", "влучання", "знищити",
                          "знищений", "вибити", "вибитий", "загоряння", "вигоріти", "понівечити", "уламок", "ураження"})
# a thing said to have suffered was damaged ("постраждали пологовий будинок і торговельний центр"); only the
# damage reader asks it, as people suffer too ("постраждали двоє людей")
DAMAGE_SUFFERED = frozenset({"постраждати"})
# where the injured were taken or the homeless housed, not damaged: "доставили до лікарні", "пункт
# тимчасового розміщення в школі"
TAKEN_TO = frozenset({"доставити", "доставлений", "госпіталізувати", "госпіталізований", "шпиталізувати", "відвезти",
                      "доправити", "евакуювати", "розміщення", "прихисток", "пункт"})
# a depot, plant or line said to be the military's has no damage category: "склад боєприпасів"
MILITARY = frozenset({"військовий", "аеродром", "полігон", "боєприпас", "озброєння",
                      "військово-промисловий", "впк"})  # "підприємства військово-промислового комплексу", "ВПК"
# Whose words a sentence reports: an office named after them is the source, not a damaged building
# ("за даними обласної військової адміністрації", "голова Криворізької міської військової адміністрації")
ATTRIBUTION = frozenset({"дані", "дане", "слово", "повідомлення", "повідомляти", "повідомити", "заява"})

# --- records, alerts and time ---------------------------------------------------------------------
RECORD = frozenset({"наймасованіший", "рекордний", "рекорд", "наймасштабніший"})  # a record on its own near an attack word
# "найбільша атака", "крупнейший ... удар": a record only said of an attack or "since the start"
RECORD_WEAK = frozenset({"найбільший", "наймасштабніший", "найпотужніший", "найважчий"})
RECORD_AFTER_MOST = frozenset({"масований", "масштабний", "великий"})  # "самый массированный"
RECORD_OF = frozenset({"кількість", "атака", "удар", "обстріл", "наліт", "ніч"})
ONE_OF = frozenset({"один"})
# "Это крупнейшая атака ... с 10 ноября, когда ...": a record said of "this" attack is the one the article tells
THIS = frozenset({"цей"})
SINCE = frozenset({"від", "з", "із", "зі"})  # "найбільший удар від 17 червня": the span a record is over
# "тогда это был рекорд": the record of the attack recalled, a yardstick
THEN = frozenset({"тоді"})
# "через два дня после крупнейшей атаки": a superlative after "after" is the earlier attack's record, a yardstick
AFTER = frozenset({"після"})
# the alert and the regimes and sirens that sound it ("ракетна небезпека", "загроза застосування БпЛА")
ALERT = frozenset({"тривога", "сирена", "небезпека", "загроза"})
HOURS = frozenset({"година"})
MINUTES = frozenset({"хвилина"})  # "тривала 4 години 40 хвилин"
# "вдень", "денна атака": an attack told as by day, apart from the night before it
DAYTIME = frozenset({"вдень", "денний"})
# "Того ж вечора", "Тем же вечером": in a review, the evening of the day told before, an attack of its own
EVENING = frozenset({"вечір", "ввечері", "увечері"})
SAME = frozenset({"ж", "же"})
NIGHTLY = frozenset({"нічний"})  # "нічний удар"
NIGHT = frozenset({"ніч"})
TONIGHT = frozenset({"вночі", "уночі", "нічний", "ніч"})
# "атаковали дважды за сутки — вечером 27 января и ночью": an evening and a night told as two attacks
TWICE = frozenset({"двічі", "двічи"})
YESTERDAY = frozenset({"вчора", "учора"})
# "Чи є постраждалі? Так, двоє.": the word that opens an answer before its figure
YES = frozenset({"так"})
# "за прошедшие сутки", "за минулу добу" (PAST before it): the whole day before a morning's post
WHOLE_DAY = frozenset({"доба"})
TODAY = frozenset({"сьогодні"})
MONTHS: dict[str, int] = months(("січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
                                 "серпень", "вересень", "жовтень", "листопад", "грудень"))
WEEKDAYS: dict[str, int] = {"понеділок": 0, "вівторок": 1, "середа": 2, "четвер": 3, "п'ятниця": 4,
                            "субота": 5, "неділя": 6}
# "у ніч на 4 липня": the night ending that morning
NIGHT_ONTO = frozenset({"на"})
# "до 07:00 14 січня": the end of a reporting window, the day the attack is dated
# A date that dates a statement or an update of the text, not the attack: "написав ... в неділю, 15 січня",
# "Обновлено 26 мая, 10:00"
STAMP = frozenset({"написати", "оновлено", "оновити", "опублікувати", "повідомити", "заявити"})
UNTIL = ("до", "по")
CLOCK_FROM = frozenset({"від"})  # "від 08:47 до 15:05": a clock window's start, as FROM; a range's
FROM = WITH  # "з 18:00 3 липня": the start of the reporting window
# "з напрямку Брянська", "з районів Курська": a launch site, not a target
LAUNCH_SITE = frozenset({"напрямок", "напрям", "район", "акваторія", "аеродром", "пуск", "територія"})
# "Райони пусків: Курськ, Орел", "Напрямки пусків — Брянськ, Міллерово": a heading of launch sites, after a site's word
LAUNCHES = frozenset({"пуск"})
OFFICE_BEFORE = frozenset({"голова", "начальник", "губернатор", "мер", "очільник", "керівник", "речник",
                           "міністерство", "міністр"})  # "Міністерство енергетики": the office, no damage
OFFICE_AFTER = frozenset({"ова", "ода", "мва", "адміністрація", "рада", "поліція", "прокуратура", "дснс",
                          "губернатор"})
# the words for a village, whose name is spelled as written, not looked up among cities
VILLAGE = frozenset({"село", "селище", "смт", "хутір"})
SETTLEMENT = frozenset({"село", "селище", "місто", "смт", "громада", "хутір", "населений"})
# Words GeoNames also lists as towns: never a place on their own
# "по улице Энгельса", "вулиця Харківська": a street named after a town or a person is not the town
STREET = frozenset({"вулиця", "вул", "проспект", "просп", "бульвар", "провулок", "площа", "набережна", "шосе"})
NAMED_AFTER = frozenset({"імені"})
NOT_PLACES = frozenset({"пентагон", "флорида", "схід", "захід", "південь", "північ", "центр", "україна", "росія", "перемога", "світ", "мир", "слава", "міністерство", "кремль",
                        # the forces ("в Силах оборони"), the Caspian said without "sea", countries named in
                        # diplomacy ("з візитом у Туреччині"): no place struck
                        "сила", "каспій", "туреччина", "німеччина", "франція", "британія", "китай", "індія", "угорщина", "словаччина", "ізраїль", "іран"})
# A capital that speaks or is answered stands for its government: "Москва заявила", "ответ Москвы"
SPEECH = frozenset({"стверджувати", "переговори", "заявити", "заявляти", "повідомити", "відповісти", "вважати", "погрожувати", "наполягати", "визнати", "відкинути", "звинуватити", "уточнити", "зазначити", "назвати", "коментувати"})
METONYM_BEFORE = frozenset({"відповідь", "позиція", "переговори", "переговорах", "заява", "дозвіл", "рішення", "вимога", "офіційний"})
# Prepositions before a town's name: "по Степногірську", "в Шебекино"
PLACE_PREPOSITIONS = frozenset({"у", "в", "по", "біля", "поблизу", "під", "над"})
REGION_HEADS = {"область": "Oblast", "край": "Krai", "республіка": "Republic"}
# a region named by its head noun alone: the region of the town named last ("у Львові та області")
REGION_ANAPHORS = frozenset({"область", "регіон"})
# a town named by its head noun alone, the town named last: "Мер Харкова каже, що у місті ..." (not "у місті Ізюм")
# "на Запоріжжі": a town's name after this preposition, in the locative, names its region ("у Запоріжжі" the town)
REGION_ON = frozenset({"на"})
CITY_ANAPHORS = frozenset({"місто"})
# "Помимо столицы, попадания зафиксированы в Киевской области": a place set aside, not this clause's
BESIDES = frozenset({"крім", "окрім"})
CAPITAL = frozenset({"столиця"})  # the capital of the country attacked: CAPITAL_CITIES
# "над Чорним морем": a sea, not a place (SPEC)
SEAS = frozenset({"море", "океан", "затока", "лиман"})
DISTRICT = frozenset({"район"})
# "обмеження в аеропортах Внуково та Жуковський": the names after the airport's noun are airports, and where
# the sentence tells of flights held up they are no places struck (SPEC)
AIRPORT = frozenset({"аеропорт"})
FLIGHT_LIMITS = frozenset({"рейс", "обмеження", "обмежувати", "обмежити", "літак", "судно", "закритися",
                           "закриватися", "призупиняти", "призупинити"})
# a community named by an adjective of its town ("Марганецька громада" is Marhanets)
COMMUNITY = frozenset({"громада"})
# sites named by their town's adjective: "Рязанський нафтопереробний завод" is in Ryazan
TOWN_SITES = frozenset({"нпз", "завод", "нафтобаза", "аеродром", "порт", "тец", "тес", "підприємство", "комбінат"})
TOWN_ADJECTIVE_SUFFIXES = ("ський", "цький", "зький", "инський")  # "шосткинський" -> Шостка

# --- context ---------------------------------------------------------------------------------------
# verbs that report what a person said publicly (statements)
CONTEXT_SPEECH = frozenset({"заявити", "заявляти", "наголосити", "наголошувати", "закликати", "засудити",
                            "звинуватити", "звинувачувати", "підкреслити", "сказати", "попередити", "пообіцяти",
                            "назвати", "написати", "додати", "зазначити", "зазначати", "повідомити",
                            "подякувати", "звернутися", "відповісти", "оприлюднити", "повторити", "слово"})
# national titles: their holders' words are statements; a mayor's or a governor's are not
CONTEXT_TITLES = frozenset({"президент", "прем'єр-міністр", "прем'єр", "міністр", "речник", "прессекретар",
                            "прес-секретар", "канцлер", "генсек", "генсекретар", "посол", "міністерство"})
CONTEXT_LOCAL_TITLES = frozenset({"мер", "губернатор", "начальник", "голова", "очільник"})
CONTEXT_CALL = frozenset({"телефонний", "зателефонувати"})
CONTEXT_MEETING = frozenset({"зустріч", "зустрітися", "саміт"})
CONTEXT_SANCTIONS = frozenset({"санкція", "санкційний"})
# talks between sides: "переговори делегацій України та США", "перемир'я"
CONTEXT_NEGOTIATION = frozenset({"переговори", "переговорний", "перемовини", "перемир'я", "делегація"})
# a supply of weapons: a supply word and a weapon word in one sentence ("США відновили постачання ракет до ППО")
CONTEXT_SUPPLY = frozenset({"постачання", "поставка", "передача", "передати", "передавати", "надати", "отримати"})
CONTEXT_WEAPONS = frozenset({"ппо", "patriot", "зброя", "озброєння", "ракета", "комплекс", "iris-t", "nasams", "f-16",
                             "himars", "atacms", "перехоплювач", "снаряд"})
# a demand, a threat or a possibility is not the act: "закликав партнерів пришвидшити постачання ППО", "посилити санкційний тиск"
CONTEXT_DEMAND = frozenset({"закликати", "просити", "попросити", "вимагати", "наполягати", "потрібний",
                            "потрібно", "треба", "прохання", "пригрозити", "погрожувати", "натякнути", "можливий"})
