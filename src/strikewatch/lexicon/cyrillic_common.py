"""What the Ukrainian and Russian lexicons share: the shape of a weapon model, and the models
both languages write in Latin letters ("Shahed", "Kh-101", "KN-23")."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Model:
    """A weapon model under its canonical English name, with the lower-case forms that name it."""

    name: str  # "Shahed", "Kh-101", "Iskander-M"
    kind: str  # "drone" or "missile"
    forms: tuple[str, ...]  # written forms or lemmas, lower case, hyphens kept
    family: str | None = None  # "ballistic", "cruise", "aeroballistic", "guided", "anti-aircraft"


LATIN_MODELS: tuple[Model, ...] = (
    Model("Shahed", "drone", ("shahed", "shahed-136", "shahed-136/131", "shaheds", "geran-2")),
    Model("Gerbera", "drone", ("gerbera",)),
    Model("Orlan-10", "drone", ("orlan-10",)),
    Model("Lancet", "drone", ("lancet",)),
    Model("Supercam", "drone", ("supercam",)),
    Model("ZALA", "drone", ("zala",)),
    Model("Merlin-VR", "drone", ("merlin-vr",)),
    Model("Mohajer-6", "drone", ("mohajer-6",)),
    Model("Kh-101", "missile", ("x-101", "kh-101", "x-101/x-555"), "cruise"),
    Model("Kh-59", "missile", ("x-59", "kh-59", "x-59/x-69", "x-59/69"), "guided"),
    Model("Kh-69", "missile", ("x-69", "kh-69"), "guided"),
    Model("Kh-22", "missile", ("x-22", "kh-22", "x-22/x-32"), "cruise"),
    Model("Kh-31P", "missile", ("x-31p", "kh-31p"), "guided"),
    Model("Iskander-M", "missile", ("iskander-m", "kn-23", "iskander-m/kn-23"), "ballistic"),
    Model("Iskander-K", "missile", ("iskander-k",), "cruise"),
    Model("Kinzhal", "missile", ("kinzhal", "x-47m2", "kh-47m2"), "aeroballistic"),
    Model("Kalibr", "missile", ("kalibr",), "cruise"),
    Model("ATACMS", "missile", ("atacms",)),
    Model("Storm Shadow", "missile", ("storm shadow", "storm", "scalp")),
    Model("HIMARS", "missile", ("himars",)),
    Model("Neptune", "missile", ("neptune",)),
)

# Abbreviations a period ends inside a sentence, written before a place's name or after it ("м. Київ", "с. Лапаївка",
# "з Тамбовської обл. (МіГ-31К)", "Ростовської обл. та"); of them, the year's ("у 2022 р.", "в 2023 г.") may end
# a sentence too, and so may any after another abbreviation ("площею 300 кв. м.")
ABBREVIATIONS: frozenset[str] = frozenset({"обл", "м", "с", "смт", "пгт", "вул", "ул", "пос", "просп", "р-н", "им", "ім",
                                           "р", "г"})
YEAR_ABBREVIATIONS: frozenset[str] = frozenset({"р", "г"})

# Front-line drones named by their Latin abbreviation ("FPV-дрон атаковал автомобиль"): one named in the singular is
# no count of an aerial attack's drones
TACTICAL_DRONES: frozenset[str] = frozenset({"fpv"})


# The case endings written after a cardinal in digits: "120-ма дронами", "5-ю ракетами", "20-ти БпЛА",
# "3-х ракет" ("-х" after a round ten is a decade, "90-х"); an ordinal's ("5-й", "82-річна") are not here.
NUMERAL_ENDINGS: frozenset[str] = frozenset({"ма", "ьма", "ми", "ти", "ох", "ьох", "х", "мя", "ю", "ью", "ух", "ёх",
                                              "ка"})  # "40-ка" (сорока)


def months(names: tuple[str, ...]) -> dict[str, int]:
    """The month numbers by their names, January first."""
    return {name: i for i, name in enumerate(names, start=1)}

# "у столиці", "летевших на столицу": the capital of the country attacked (or of the adjective before it:
# "російську столицю")
CAPITAL_CITIES: dict[str, str] = {"UA": "Kyiv", "RU": "Moscow"}
# cities of special status, outside the region around them: the capitals, outside the oblasts named after them, and
# Sevastopol and Saint Petersburg (Kyiv Oblast's toll does not hold Kyiv's)
SEPARATE_CITIES: dict[str, str] = {**{city: f"{city} Oblast" for city in CAPITAL_CITIES.values()},
                                   "Sevastopol": "Crimea", "Saint Petersburg": "Leningrad Oblast"}
# a community ("громада", "община") is Ukraine's unit of local government: "Зеленодольська громада" is the
# Ukrainian town's, not a Russian namesake's
COMMUNITY_COUNTRY = "UA"
# the negation in both languages, with the Latin "e" of a mistyped "не"
NEGATION = frozenset({"не", "нe"})

# --- context ---------------------------------------------------------------------------------------
# People often named in the context of the attacks, by the dictionary forms of their surnames in either
# language, under their usual English names (a transliteration would give "Tramp", "Pieskov", "Makron").
KNOWN_FIGURES: dict[str, str] = {
    "зеленський": "Volodymyr Zelensky", "зеленский": "Volodymyr Zelensky",
    "путін": "Vladimir Putin", "путин": "Vladimir Putin", "трамп": "Donald Trump",
    "пєсков": "Dmitry Peskov", "песков": "Dmitry Peskov", "байден": "Joe Biden",
    "макрон": "Emmanuel Macron", "мерц": "Friedrich Merz", "шольц": "Olaf Scholz", "рютте": "Mark Rutte",
    "стармер": "Keir Starmer", "сибіга": "Andrii Sybiha", "сибига": "Andrii Sybiha",
    "кулеба": "Dmytro Kuleba", "лавров": "Sergei Lavrov", "захарова": "Maria Zakharova",
    "умєров": "Rustem Umerov", "умеров": "Rustem Umerov", "ушаков": "Yuri Ushakov",
    "шмигаль": "Denys Shmyhal", "шмыгаль": "Denys Shmyhal", "свириденко": "Yulia Svyrydenko",
    "єрмак": "Andriy Yermak", "ермак": "Andriy Yermak", "гутерріш": "António Guterres",
    "гутерриш": "António Guterres", "віткофф": "Steve Witkoff", "уиткофф": "Steve Witkoff",
    "келлог": "Keith Kellogg", "келлогг": "Keith Kellogg", "туск": "Donald Tusk", "лукашенко": "Alexander Lukashenko",
    "конашенков": "Igor Konashenkov", "шойгу": "Sergei Shoigu", "медведєв": "Dmitry Medvedev",
    "медведев": "Dmitry Medvedev", "галущенко": "Herman Halushchenko",
}
# States and unions that negotiate, impose sanctions, supply weapons or speak through their offices, by the
# dictionary forms of their names and adjectives in either language, under their usual English names
KNOWN_STATES: dict[str, str] = {
    **dict.fromkeys(("україна", "украина", "український", "украинский", "українсько", "украинско"), "Ukraine"),
    **dict.fromkeys(("росія", "россия", "рф", "російський", "российский", "російсько", "российско", "русско"),
                    "Russia"),
    **dict.fromkeys(("сша", "американський", "американский", "американсько", "американо", "американско"),
                    "United States"),
    **dict.fromkeys(("єс", "ес", "євросоюз", "евросоюз"), "European Union"),
    **dict.fromkeys(("британія", "великобританія", "британия", "великобритания", "британський", "британский"),
                    "United Kingdom"),
    **dict.fromkeys(("німеччина", "германия", "німецький", "немецкий"), "Germany"),
    **dict.fromkeys(("франція", "франция", "французький", "французский"), "France"),
    **dict.fromkeys(("польща", "польша", "польський", "польский"), "Poland"),
    **dict.fromkeys(("нідерланди", "нидерланды", "нідерландський", "нидерландский"), "Netherlands"),
    **dict.fromkeys(("норвегія", "норвегия", "норвезький", "норвежский"), "Norway"),
    **dict.fromkeys(("туреччина", "турция", "турецький", "турецкий"), "Turkey"),
    **dict.fromkeys(("китай", "китайський", "китайский"), "China"),
    "нато": "NATO", "оон": "United Nations",
}
# names of two words: "Сполучені Штати", "Білий дім" (the US government), "Європейський союз"
STATE_PHRASES: dict[tuple[str, str], str] = {
    ("сполучений", "штат"): "United States", ("соединенный", "штат"): "United States",
    ("соединить", "штат"): "United States", ("білий", "дім"): "United States", ("белый", "дом"): "United States",
    ("європейський", "союз"): "European Union", ("европейский", "союз"): "European Union",
}
# offices that speak for their state: "У Кремлі заявили"; a foreign ministry speaks for the state named after it
STATE_OFFICES: dict[str, str | None] = {
    "кремль": "Russia", "пентагон": "United States", "держдеп": "United States", "госдеп": "United States",
    "держдепартамент": "United States", "госдепартамент": "United States",
    "мзс": None, "мид": None,
}
# Cyrillic letters in Latin, for the names KNOWN_FIGURES does not list (Ukrainian's national system;
# Russian's letters that differ after it)
TRANSLIT_UK: dict[str, str] = dict(zip(
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
    ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", ""], strict=True))
TRANSLIT_RU: dict[str, str] = {**TRANSLIT_UK, "г": "g", "е": "e", "ё": "e", "и": "i", "й": "y", "ы": "y",
                               "э": "e", "ъ": "", "ю": "yu", "я": "ya"}

# The linking words of a compound town name, after which its parts never inflect: "в Славянске-на-Кубани",
# "у Ростові-на-Дону" (only the head before the link takes the case)
NAME_LINKS = frozenset({"на", "над"})
