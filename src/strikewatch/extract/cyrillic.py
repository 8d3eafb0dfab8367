"""The Ukrainian and Russian reader: air-force summaries, defence-ministry claims, governors' posts.

The text is cut into segments (lines, then sentences), each segment into tokens with their
dictionary forms (``strikewatch.extract.morph``). The reader then collects candidates and decides:

- **counts**: a number in digits or words ("вісім", "восьми", "п'ятьма десятками", "полторы
  сотни") before the weapon it counts, past its modifiers ("100 ударними БпЛА типу Shahed",
  "2 крилаті ракети Х-101"); its role is the nearest verb or noun of launching, destroying,
  losing or hitting in the segment ("атакував", "збито/подавлено", "локаційно втрачено",
  "влучання"; "перехвачены и уничтожены"), else the role of the list's heading, so the Air
  Force's per-weapon lists and the ministry's per-region lists ("20 БПЛА — над территорией
  Брянской области") are read item by item. A heading's total wins over its items; items without
  a total are summed. Combined totals ("478 повітряних цілей") are never split.
- **per-model figures**: each count names its model ("типу Shahed", "Х-101", "Іскандер-М") and
  keeps it in the event's ``weapons``.
- **casualties, damage, records, dates, places, sides**: from the lexicon's words, each with its
  quote.

One event per side: a segment's side is the country of the places it names as struck, else of
the attacker its words name, else the side before it.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from types import ModuleType

from ..dates import published_date, published_hour
from ..lexicon import for_language
from ..lexicon.cyrillic_common import (
    ABBREVIATIONS,
    CAPITAL_CITIES,
    NEGATION,
    NUMERAL_ENDINGS,
    TACTICAL_DRONES,
    YEAR_ABBREVIATIONS,
)
from ..lexicon.en import OCCUPIED, OPPONENT
from ..records import AirAttack, ArticleInput, Counts, Evidence, WeaponCount
from . import cyrillic_places
from .base import CYRILLIC_VERSION
from .evidence import FIGURE_READERS
from .morph import (
    Token,
    analyse,
    cardinal_reading,
    cyrillic_model_form,
    habitual,
    known,
    numeral_lemmas,
    reflexive_bases,
    tokens,
)

VERSION = CYRILLIC_VERSION  # written in ``base``, which names the backend without loading this module
ROLES = ("launched", "destroyed", "hit")
_DASH = frozenset({"-", "–", "—", "•", "·", "*"})
_SEGMENT = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"(]?[А-ЯІЇЄҐA-Z0-9–—-])")
_CLAUSE_END = frozenset({",", ";", ".", ":", "!", "?", "(", ")"})
# the endings of an adjective's forms ("крупнейш-ая", "-ей", "-ую", "-ого", "-ими", "рекордн-а", "-ої")
_ADJECTIVE_ENDINGS = ("ий", "ый", "ій", "ая", "яя", "а", "я", "ое", "ее", "е", "ые", "ие", "і", "ого", "его",
                      "ому", "ему", "ой", "ей", "ої", "ій", "ую", "юю", "у", "ю", "ым", "им", "ом", "ем", "ою",
                      "ых", "их", "ыми", "ими")


@lru_cache(maxsize=64)
def _adjective_stems(words: frozenset[str]) -> tuple[str, ...]:
    """The stems of the adjectives among WORDS, their ending cut ("крупнейший" -> "крупнейш")."""
    return tuple(w[:-2] for w in words if w.endswith(("ий", "ый", "ій")))
_ASIDE_MARKS = frozenset({",", "–", "—"})  # what sets an aside off, in pairs: ", по его словам,", "– женщина и подросток –"
_CONJUNCTIONS = frozenset({"та", "і", "й", "и", "а", "також"})
_MODIFIER_POS = frozenset({"ADJF", "ADJS", "PRTF", "PRTS", "NUMR"})
_WINDOW = 7  # tokens between a number and the weapon it counts (modifiers, "типу", a model name)
_QUOTE_MAX = 120
_OPENING = 7  # tokens a sentence's opening day may stand after ("А ще раніше, 2 березня", "У ніч на 7 березня")
_DOTTED_CLOCK = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")  # "с 20.00 до 23.00 мск"
_EVENING, _MORNING = 17 * 60, 6 * 60  # the minutes after midnight a night's window opens after, a day's after


@dataclass
class Segment:
    """A line or a sentence, with its tokens."""

    index: int
    start: int
    end: int
    toks: list[Token]
    heading: bool = False  # ends with ":": the items after it take its role
    item: bool = False  # starts with a dash, a bullet or a number followed by a dash


@dataclass
class Count:
    """A number of weapons, where it stands, and what the reader decided about it."""

    value: int
    kind: str  # "drone", "missile", "bomb", "combined"
    role: str | None
    model: str | None
    segment: int
    first: int  # token span of the number ... weapon noun
    last: int
    cue: int | None  # token index of the role word
    total: bool = False  # said as a total ("всього", "загалом")
    group: int = 0  # counts of one list share a group
    family: str | None = None  # "ballistic", "cruise"...: the family its adjectives name
    part: bool = False  # a breakdown of the count before it, in parentheses: per-model detail only
    lost: bool = False  # lost to electronic warfare ("локаційно втрачені"): added to those shot down
    extra: bool = False  # said in addition ("Крім того, збито дві ракети Х-59"): added to the figure
    rough: bool = False  # "близько сотні", "более 400": an exact figure for the same thing wins
    every: bool = False  # "всі вони були збиті", "Усі ракети ... збили": as many as were launched (value unset)
    by_place: bool = False  # "..., над Курской — два": more of the count before, told by its place; one figure with it


@dataclass
class Side:
    attacker: str | None
    target: str | None


@dataclass
class Toll:
    """A casualty figure as the text states it."""

    value: int
    evidence: Evidence
    weight: int  # 2 an update ("зросла до"), 1 a figure, 0 a person named ("загинула жінка")
    place: str  # the places its clause names as struck, "|"-joined; "" for none: the whole attack's
    more: bool = False  # more people besides the figure before ("поранено ще чотирьох"): added to it
    also: tuple[Evidence, ...] = ()  # the quotes of the figures added to it
    both: bool = False  # a zero said of killed and injured at once ("постраждалих немає", "без жертв")


@dataclass
class EventDraft:
    side: tuple[str | None, str | None]
    counts: list[Count] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    killed: list[Toll] = field(default_factory=list)
    injured: list[Toll] = field(default_factory=list)
    alert_hours: tuple[float, Evidence, bool] | None = None  # (hours, quote, told by clock times)
    damage: list[str] = field(default_factory=list)
    record: bool = False
    benchmark: bool = False  # "попередній рекорд": the draft tells the record another attack is measured by
    segments: list[int] = field(default_factory=list)
    mixed_toll: bool = False  # a casualty of mixed ground and air fire, told and not counted


class Reader:
    """Reads one article in one language."""

    def __init__(self, article: ArticleInput, lexicon: ModuleType):
        self.article = article
        self.text = article.text
        self.lx = lexicon
        self.published = published_date(article.published)
        self.segments = list(self._segments())
        self._carrying: dict[int, bool] = {}  # segment index -> whether it tells of an attack
        self.source = self._source()
        self.printed = None if self.published else self._printed_date()

    # ---------------------------------------------------------------------------------- segments
    def _segments(self) -> Iterator[Segment]:
        index = 0
        listing = False  # the line before ends with ":" or is an item of the list such a line opens
        for line in _SEGMENT.finditer(self.text):
            pieces, start = [], line.start()
            for m in _SENTENCE_END.finditer(line.group()):
                if _abbreviation_ends(line.group()[:m.start()]):
                    continue  # "з Тамбовської обл. (МіГ-31К)", "у м. Харків": the sentence goes on
                pieces.append((start, line.start() + m.start()))
                start = line.start() + m.end()
            pieces.append((start, line.end()))
            for i, (s, e) in enumerate(pieces):
                chunk = self.text[s:e]
                if not chunk.strip():
                    continue
                toks = tokens(chunk, self.lx.LANGUAGE, offset=s)
                if not toks:
                    continue
                # "– 539 ударними БпЛА", "▪️ 3 крилаті ракети", "🔸 ...", "20 БПЛА — над ...": a list item
                item = i == 0 and (toks[0].text in _DASH or not (toks[0].is_word or toks[0].is_digit
                                                                  or toks[0].text in "«\"'(")
                                   or (len(toks) > 1 and toks[0].is_digit and toks[1].text in _DASH)
                                   or listing and toks[0].is_digit)  # "уничтожены:\n7 беспилотников — над ..."
                heading = chunk.rstrip().endswith(":")
                if item and heading and toks[0].text not in _DASH and not any(
                        t.is_word and (self.kind_of(t) or self.model_of(t)) for t in toks):
                    item = False  # "⚡️ У ніч на 10 червня ... противник атакував:": a heading, its emoji no bullet
                if i == len(pieces) - 1:
                    listing = heading or (listing and item)
                yield Segment(index, s, e, toks, heading=heading, item=item)
                index += 1

    def _source(self) -> str | None:
        lower = self.text.lower()
        for words, name in sorted(self.lx.SOURCES.items(), key=lambda kv: -len(kv[0])):
            if " " in words and words in lower:
                return name
        for segment in self.segments[:3]:
            for t in segment.toks:
                if t.is_word and t.any({k for k in self.lx.SOURCES if " " not in k}):
                    return next(self.lx.SOURCES[k] for k in (t.lower, *sorted(t.lemmas)) if k in self.lx.SOURCES)
        return None

    def evidence(self, field_name: str, segment: Segment, first: int, last: int) -> Evidence:
        start, end = segment.toks[first].start, segment.toks[last].end
        for opening, closing in ("()", "«»"):  # "(імітатори)", "«Кинджал»": keep the pair whole
            quote = self.text[start:end]
            if quote.count(opening) > quote.count(closing) and self.text[end:end + 1] == closing:
                end += 1
        hedged = any(t.any(self.lx.HEDGES) for t in segment.toks)
        return Evidence(field_name, start, end, self.text[start:end], self.source, hedged)

    # ------------------------------------------------------------------------------------ numbers
    def number_at(self, toks: list[Token], i: int) -> tuple[float, int] | None:
        """The number that starts at token I and the index of its last token; None if none does."""
        value, current, j, words = 0.0, 0.0, i, 0
        if toks[i].is_word and (toks[i].any(self.lx.NOT_ONE) or toks[i].lower in self.lx.NOT_ONE_PARTICLES and i + 1 < len(
                toks) and toks[i + 1].is_word and toks[i + 1].any(self.lx.ONE)):
            return 0.0, i + (not toks[i].any(self.lx.NOT_ONE))  # "жодної ракети", "ни одна ракета": none
        while j < len(toks):
            t = toks[j]
            if t.is_digit and words == 0 and j == i:
                if j + 1 < len(toks) and toks[j + 1].text in (":",) and j + 2 < len(toks) and toks[j + 2].is_digit \
                        and toks[j + 2].start == toks[j + 1].end:
                    return None  # a clock time, "18:00" (not "знешкоджено 64: 41 збито, ...")
                if j >= 2 and toks[j - 1].text == ":" and toks[j - 1].end == t.start and toks[j - 2].is_digit \
                        and toks[j - 2].end == toks[j - 1].start:
                    return None  # the minutes of a clock time, "близько 02:40 дрон влучив"
                if self.text[max(0, t.start - 2):t.start].strip() in ("№", "N"):
                    return None  # "больница №2": a name, not a figure
                if (ending := self._numeral_ending(toks, j)) is not None:
                    return ending
                if self.text[t.end:t.end + 1] in "-–" and self.text[t.end + 1:t.end + 2].isalpha() \
                        or self.text[t.end:t.end + 1].isalpha():
                    return None  # "82-річна", "10-летний", "9-поверховий", "3М22": part of a word
                current = float(t.text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
                                .replace(",", "."))
                words = 1
            elif t.is_word and ((n := self._number_word(t)) is not None
                                or (n := self._cardinal_before(toks, j)) is not None):
                current += n
                words += 1
            elif words and t.lower in self.lx.AND_A_HALF[0] and j + 1 < len(toks) and toks[j + 1].is_word \
                    and self.lx.AND_A_HALF[1] in toks[j + 1].lemmas and j + 2 < len(toks) and toks[j + 2].is_word \
                    and self._multiplier(toks[j + 2]) is not None:
                current += 0.5  # "три з половиною десятки": 3.5 tens
                j += 1
            elif t.is_word and (m := self._multiplier(t)) is not None:
                if words == 0:
                    rough = j > 0 and toks[j - 1].is_word and toks[j - 1].any(self.lx.ROUGH)
                    if t.plural and not rough:
                        return None  # "десятки дронів": vague; "более сотни дронов" is the genitive of one
                    if not rough and j + 1 < len(toks) and toks[j + 1].is_word \
                            and (self._multiplier(toks[j + 1]) or 0) > m:
                        return None  # "десятки тысяч пассажиров" (read as the genitive of "десятка"): vague
                    current = 1
                current = (current or 1) * m
                if m >= 1000:
                    value, current = value + current, 0
                words += 1
                if t.lower in self.lx.MULTIPLIERS and j + 1 < len(toks) and toks[j + 1].text == "." \
                        and toks[j + 1].start == t.end:
                    j += 1  # "1,2 тис. ударних БпЛА": the abbreviation's full stop is the number's
            else:
                break
            j += 1
        if words == 0:
            return None
        return round(value + current, 6), j - 1  # "1,1 тисячі": 1100, not 1100.0000000000002

    def _number_word(self, t: Token) -> float | None:
        for lemma in (t.lower, *sorted(t.lemmas)):
            if lemma in self.lx.NUMBERS and (t.pos in ("NUMR", None) or lemma == t.lower or "NUMR" == t.pos
                                             or lemma in ("сто", "сорок", "один", "одна")):
                return self.lx.NUMBERS[lemma]
        if "NUMR" not in t.poses:
            return None
        for lemma in sorted(numeral_lemmas(t.lower, self.lx.LANGUAGE)):
            if lemma in self.lx.NUMBERS:  # a cardinal whose likeliest analysis is a noun: "зросла до п'яти"
                return self.lx.NUMBERS[lemma]
            cardinal = lemma[:-3] + "ь"  # a collective numeral is the cardinal's stem + "-еро": "чотирнадцятеро"
            if lemma.endswith("еро") and cardinal in self.lx.NUMBERS:
                return self.lx.NUMBERS[cardinal]
        return None

    def _numeral_ending(self, toks: list[Token], j: int) -> tuple[float, int] | None:
        """A cardinal in digits with its case ending ("120-ма ударними безпілотниками", "5-ю ракетами"):
        (the figure, the ending's token index); None for anything else ("82-річна", "90-х")."""
        t = toks[j]
        if j + 2 >= len(toks) or toks[j + 1].text not in "-–" or toks[j + 1].start != t.end \
                or toks[j + 2].start != toks[j + 1].end or toks[j + 2].lower not in NUMERAL_ENDINGS:
            return None
        if j + 3 < len(toks) and toks[j + 3].start == toks[j + 2].end and toks[j + 3].text not in ",.;:!?)»":
            return None  # the ending goes on: "5-ма-..." (not "із 45-ти, які ...")
        value = float(t.text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", "."))
        if toks[j + 2].lower == "х" and value % 10 == 0:
            return None  # "у 90-х": a decade
        return value, j + 2

    def _cardinal_before(self, toks: list[Token], j: int) -> float | None:
        """A cardinal that is also an ordinal's form, read as the cardinal where the words after it rule
        the ordinal out: another cardinal ("дев'яноста трьома": ninety-three) or a plural word that a
        singular ordinal would agree with ("дев'яноста ударними БпЛА", "сьома ракетами")."""
        t = toks[j]
        if "NUMR" not in t.poses or "ADJF" not in t.poses or j + 1 >= len(toks) or not toks[j + 1].is_word:
            return None
        cardinals, numbers = cardinal_reading(t.lower, self.lx.LANGUAGE)
        value = next((self.lx.NUMBERS[lemma] for lemma in sorted(cardinals) if lemma in self.lx.NUMBERS), None)
        after = toks[j + 1]
        if value is None:
            return None
        if self._number_word(after) is not None and self._number_word(after) < value:
            return value
        if after.plural and after.pos in ("ADJF", "NOUN", "PRTF") and numbers == {"sing"}:
            return value
        return None

    def _multiplier(self, t: Token) -> int | None:
        return next((self.lx.MULTIPLIERS[lemma] for lemma in sorted(t.lemmas) if lemma in self.lx.MULTIPLIERS), None)

    # ------------------------------------------------------------------------------------ weapons
    def model_of(self, t: Token) -> tuple[str, str] | None:
        cache = _MODELS_OF.setdefault(self.lx.LANGUAGE, {})
        if t.lower not in cache:
            cache[t.lower] = self._model_of(t)
        return cache[t.lower]

    def _model_of(self, t: Token) -> tuple[str, str] | None:
        forms = {t.lower, cyrillic_model_form(t.lower), *t.lemmas, *t.lower.split("/")}
        head, dash, tail = t.lower.rpartition("-")
        if dash and head.isalpha() and len(tail) <= 3:  # "Іскандери-К", "Искандеры-М": the head inflects
            forms.update(f"{lemma}-{tail}" for lemma in analyse(head, self.lx.LANGUAGE)[0])
        for model in self.lx.MODELS:
            if not forms.isdisjoint(model.forms):
                return model.name, model.kind
        return None

    def kind_of(self, t: Token) -> str | None:
        cache = _KINDS_OF.setdefault(self.lx.LANGUAGE, {})
        if t.lower not in cache:
            cache[t.lower] = self._kind_of_word(t)
        return cache[t.lower]

    def _kind_of_word(self, t: Token) -> str | None:
        kind = self._kind_of(t)
        if kind is None and "-" in t.lower and t.lower.split("-", 1)[0].isalpha():
            # "беспилотника-камикадзе", "дронів-імітаторів": the first half names the weapon
            head = t.lower.split("-", 1)[0]
            lemmas = analyse(head, self.lx.LANGUAGE)[0]
            if not lemmas.isdisjoint(self.lx.DRONE_NOUNS):
                return "drone"
            if not lemmas.isdisjoint(self.lx.MISSILE_NOUNS):
                return "missile"
            if head.isascii():  # "FPV-дронами": an abbreviation in Latin letters, then the weapon
                lemmas = analyse(t.lower.rsplit("-", 1)[1], self.lx.LANGUAGE)[0]
                if not lemmas.isdisjoint(self.lx.DRONE_NOUNS):
                    return "drone"
        return kind

    def _kind_of(self, t: Token) -> str | None:
        if t.any(self.lx.DRONE_NOUNS):
            return "drone"
        if t.any(self.lx.MISSILE_NOUNS):
            return "missile"
        if t.any(self.lx.BOMB_NOUNS) and t.pos == "NOUN":
            return "bomb"
        if t.any(self.lx.COMBINED_NOUNS):
            return "combined"
        return None

    def weapon_after(self, toks: list[Token], j: int) -> tuple[str, str | None, int] | None:
        """(kind, model, last token) of the weapon counted by a number that ends at token J-1."""
        kind, model, last = None, None, None
        unknown = of_type = False
        k = j
        while k < len(toks) and k - j < _WINDOW:
            t = toks[k]
            if t.is_word and t.any(self.lx.UNKNOWN_MODEL):
                unknown = True
            if t.text in ".;:!?(" or (t.text in _DASH and kind):
                break
            if t.is_word and t.pos in ("VERB", "PRTS") and not (self.kind_of(t) or self.model_of(t)):
                break  # "75 із них знищено засобами ППО": the verb ends the phrase ("БПЛА", guessed a verb, does not)
            if t.lower in ("типу", "типа"):
                of_type = True  # "типу Shahed, Гербера та дронів-імітаторів": one count of several types
            elif kind and kind != "combined" and not of_type and (t.text == "," or t.lower in _CONJUNCTIONS):
                if t.lower in _CONJUNCTIONS and (other := self._other_kind_noun(
                        toks, k + 1, kind, singular=self._governs_genitive_singular(toks, j - 1))) is not None:
                    kind, model, last = "combined", None, other  # "158 ракет і дронів": one figure for both
                break  # "15 балістичних ракет та Х-59/69": the next weapon is another count
            if t.is_digit or (t.is_word and self._number_word(t) is not None and k > j and t.pos == "NUMR"):
                break
            found_model = self.model_of(t) if t.is_word else None
            if found_model and (kind is None or found_model[1] == kind or kind == "combined"):
                model = model or found_model[0]
                kind = kind if kind and kind != "combined" else found_model[1]
                last = k
            elif kind is None and t.is_word and self.kind_of(t) == "combined" and any(
                    u.is_word and self.cue_role(u) for u in toks[j:k]):
                break  # "ще три знешкоджені засобами РЕБ": the means after the verb, not what was counted
            elif t.is_word and (found_kind := self.kind_of(t) or (
                    "drone" if t.any(self.lx.MUNITION) and k > 0 and toks[k - 1].any(self.lx.LOITERING) else None)):
                if kind and kind != found_kind and found_kind != "combined":
                    break
                if kind is None or kind == "combined":
                    kind = found_kind
                last = k
                if model is None and (m := self.model_of(t)):
                    model = m[0]
            elif kind is None and t.is_word and t.poses.isdisjoint(_MODIFIER_POS) and t.lower not in ("типу", "типа"):
                if t.pos == "NOUN" and not (t.case == "ablt" and k > j and (
                        "PRTF" in toks[k - 1].poses or toks[k - 1].any(self.lx.LAUNCHED_PARTICIPLES))) and not \
                        self._participle_place(toks, j, k):
                    # "на 8 локаціях", "12 людей": another noun (not the agent: "запущених росією", nor the
                    # participle's time or place: "о 524 сбитых за ночь дронах", "о 23 сбитых над Курской
                    # областью беспилотниках")
                    return None
            k += 1
        if kind in ("drone", "missile") and unknown and model is None:
            model = f"unknown {kind}"
        return (kind, model, last) if kind else None

    def _participle_place(self, toks: list[Token], j: int, k: int) -> bool:
        """Whether the noun at K stands after a preposition that follows a participle after token J: the
        participle's time or place ("сбитых за ночь"), past the noun's modifiers when the participle tells
        what was done to the weapons ("сбитых над Курской областью"; not "погибших в Грайворонском округе")."""
        if k > j + 1 and toks[k - 1].pos == "PREP" and "PRTF" in toks[k - 2].poses:
            return True
        m = k - 1
        while m > j and toks[m].is_word and toks[m].pos in ("ADJF", "PRTF"):
            m -= 1
        return m > j and toks[m].pos == "PREP" and "PRTF" in toks[m - 1].poses \
            and self.cue_role(toks[m - 1]) is not None

    def _other_kind_noun(self, toks: list[Token], k: int, kind: str, singular: bool = False) -> int | None:
        """The index of a plural noun of another kind of weapon right after a conjunction at K-1, with
        no number or model of its own ("ракет і дронів", "ракет та ударних БпЛА"); None otherwise. After a
        number ending in 2 to 4, which governs the genitive singular ("63 ракеты и ударных беспилотника"),
        SINGULAR, the other noun may be in that form."""
        for j in range(k, min(len(toks), k + 3)):
            t = toks[j]
            if not t.is_word or self.model_of(t) or self._number_word(t) is not None:
                return None
            found = self.kind_of(t)
            if found in ("drone", "missile") and found != kind:
                return j if t.plural or t.text.isupper() or singular and t.case == "gent" else None
            if found or not t.poses & _MODIFIER_POS:
                return None
        return None

    def _governs_genitive_singular(self, toks: list[Token], k: int) -> bool:
        """Whether the number ending at token K ends in 2, 3 or 4 (not 12 to 14): "63", "двадцять дві"."""
        if k < 0:
            return False
        t = toks[k]
        value = float(t.text) if t.is_digit and t.text.isdigit() else self._number_word(t) if t.is_word else None
        return value is not None and value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14)

    def family_of(self, toks: list[Token], first: int, last: int) -> str | None:
        return next((self.lx.FAMILIES[lemma] for t in toks[first:last + 1] if t.is_word
                     for lemma in sorted(t.lemmas) if lemma in self.lx.FAMILIES), None)

    def _counts_other_noun(self, toks: list[Token], n: int) -> bool:
        """Whether the words from N, past their modifiers, end in a noun that is no weapon: the number before
        counts something else ("12 ракет Х-101 з 6 стратегічних бомбардувальників": the aircraft)."""
        while n < len(toks) and toks[n].is_word and toks[n].pos in _MODIFIER_POS and not toks[n].any(
                self.lx.LAUNCHED_PARTICIPLES):
            n += 1
        return n < len(toks) and toks[n].is_word and toks[n].pos == "NOUN" and self.kind_of(toks[n]) is None \
            and self.model_of(toks[n]) is None

    def _weapon_before_dash(self, toks: list[Token], i: int, j: int) -> tuple[str, str | None, int] | None:
        """"атакувала Україну рекордною кількістю ударних безпілотників — 188", "ударними безпілотниками —
        загалом 120": a number that ends its clause after a dash counts the weapon named right before the
        dash, with no number between them."""
        if j + 1 < len(toks) and toks[j + 1].text not in ".;!?":
            return None
        dash = i - 1
        if dash > 0 and toks[dash].lower in self.lx.TOTAL:
            dash -= 1
        if dash < 1 or toks[dash].text not in _DASH:
            return None
        for k in range(dash - 1, max(-1, dash - 7), -1):
            t = toks[k]
            if t.is_digit or t.text in ".;:" or t.text in _DASH or t.is_word and self._number_word(t) is not None:
                return None
            kind = self.kind_of(t) if t.is_word else None
            if kind in ("drone", "missile") and t.plural:
                model = self.model_of(toks[k + 1]) if k + 1 < dash and toks[k + 1].is_word else None
                return kind, model[0] if model else None, j
        return None

    def _of_weapon_before(self, toks: list[Token], i: int, j: int) -> tuple[str, str | None, int] | None:
        """"Із дронів сотню збили", "Из ракет семь перехвачены": the weapon named right before the number,
        after "з", "із", "из", is what it counts."""
        if i < 2 or toks[i - 2].lower not in ("з", "із", "из") or not toks[i - 1].is_word or not toks[i - 1].plural:
            return None
        kind = self.kind_of(toks[i - 1])
        return (kind, None, j) if kind in ("drone", "missile") else None

    def _out_of(self, toks: list[Token], j: int) -> tuple[float, int, tuple[str, str | None, int]] | None:
        """"72 із 99 ракет": the second number and the weapon both count."""
        if j + 2 >= len(toks) or toks[j + 1].lower not in ("із", "з", "из") or (total := self.number_at(toks, j + 2)) is None:
            return None
        weapon = self.weapon_after(toks, total[1] + 1)
        return (total[0], total[1], weapon) if weapon and weapon[0] in ("drone", "missile") else None

    def _clause_after(self, toks: list[Token], k: int) -> bool:
        """Whether a clause of its own opens at K, on a word that counts nothing and is no weapon, with a verb or
        a short participle of its own ("..., влучання зафіксовано на 14 локаціях", "..., уламки впали ще на
        11"): the number before its comma had no noun after it."""
        if k >= len(toks) or not toks[k].is_word or self.kind_of(toks[k]) or self._number_word(toks[k]) is not None:
            return False
        clause = itertools.takewhile(lambda t: t.text not in _CLAUSE_END, toks[k + 1:])
        return any(t.is_word and t.pos in ("VERB", "PRTS") for t in clause)

    def _units(self, toks: list[Token], i: int, j: int) -> tuple[str, str | None, int] | None:
        """"ударні БпЛА Shahed-136/131 — всього 35 одиниць": units of the weapon named before."""
        if j + 1 >= len(toks) or not toks[j + 1].any(self.lx.UNITS):
            return None
        for t in reversed(toks[:i]):
            kind = self.kind_of(t) if t.is_word else None
            if kind in ("drone", "missile"):
                model = next((m[0] for u in toks[toks.index(t):i] if u.is_word and (m := self.model_of(u))), None)
                return kind, model, j + 1
        return None

    def _of_them(self, segment: Segment, i: int, j: int, before: list[Count]) -> tuple[str, str | None, int] | None:
        """"вісім ракет, з яких шість збили": a number after "of them" with no weapon of its own counts
        the weapon before it, when a verb of destroying or hitting follows."""
        toks = segment.toks
        every = i > 0 and toks[i - 1].lower in ("усі", "всі", "все", "всех", "усіх", "всіх")
        # "178 дронами, з них збито 140": "of them" and the verb before the number
        verb_first = i > 2 and toks[i - 1].is_word and self.cue_role(toks[i - 1]) in ("destroyed", "hit") \
            and self.subset(segment, i - 1, i - 1)
        # "Обидві збито", "Українська ППО збила п'ятдесят один.": both, or a number that ends its sentence,
        # of the weapons counted just before
        near = bool(before) and before[-1].segment in (segment.index, segment.index - 1)
        both = toks[i].is_word and toks[i].any(self.lx.BOTH) and near
        # "Сбить или подавить удалось 269, попадания ...": the verb's infinitive before "удалось"
        verb = i - 2 if i > 1 and toks[i - 1].is_word and toks[i - 1].any(self.lx.SUCCEEDED) else i - 1
        # "Знищено 34 з 37.": the figure out of a whole with no noun either
        out_of_bare = j + 3 < len(toks) and toks[j + 1].lower in ("з", "із", "из") and toks[j + 2].is_digit \
            and toks[j + 3].text in ".!;"
        bare = near and verb >= 0 and (j + 1 >= len(toks) or toks[j + 1].text in ".!;" or out_of_bare or (
            verb < i - 1 or j + 2 < len(toks) and toks[j + 2].lower in self.lx.MORE  # "знешкоджено 42, ще 13 – ..."
            or self._parts_follow(toks, j)  # "Збито або подавлено 587, з них 98 — ...": the whole, then its part
            or self._clause_after(toks, j + 2))  # "ППО знешкодила 190, влучання зафіксовано на 14 локаціях"
                                       and toks[j + 1].text == ",") and toks[verb].is_word \
            and toks[verb].pos in ("VERB", "PRTS", "INFN") and self.cue_role(toks[verb]) in ("destroyed", "hit")
        # "Двадцять вісім збито", "Близько 90 вдалося знешкодити": a number that opens its sentence, then the verb
        opening = i == 0 or i == 1 and toks[0].is_word and toks[0].any(self.lx.ROUGH) or toks[i - 1].text == ","
        after = j + 2 if j + 2 < len(toks) and toks[j + 1].is_word and toks[j + 1].any(self.lx.SUCCEEDED) else j + 1
        lead = near and opening and after < len(toks) and toks[after].is_word \
            and toks[after].pos in ("VERB", "PRTS", "INFN") and self.cue_role(toks[after]) in ("destroyed", "hit")
        if not (self.subset(segment, i, j) or every or verb_first or both or bare or lead):
            return None
        if any(t.is_word and t.lower in self.lx.RESPECTIVELY for t in toks[j + 1:]):
            return None  # "з яких збито 339 та 15 відповідно": the figures count the weapons in order
        weapon = (before[-1].kind, before[-1].model) if before else self._weapon_told_before(segment, i)
        if self._pair_before(segment, before, i):
            weapon = ("combined", None)  # "6 ракет «Калібр» та 36 «шахедів», з яких знищено 37": of both
        if bare and verb > 0 and toks[verb - 1].is_word and self.kind_of(toks[verb - 1]) in ("drone", "missile"):
            weapon = (self.kind_of(toks[verb - 1]), self.model_of(toks[verb - 1]) and self.model_of(toks[verb - 1])[0])
            # "Усі ракети збиті, дронів знищено 57": the weapon named before the verb
        if weapon is None:
            return None
        role, cue = self.role_near(toks, i, j)
        if role not in ("destroyed", "hit") or cue is None or weapon[0] not in ("drone", "missile", "combined"):
            return None
        if before and before[-1].segment == segment.index and before[-1].role == role and before[-1].cue == cue:
            return None  # "уничтожены 57 беспилотников, из них 23 — над Брянской областью": a part of the 57
        return weapon[0], weapon[1], j  # "33 засоби ..., з яких 23 знищено": of the count before

    def _pair_before(self, segment: Segment, before: list[Count], i: int) -> bool:
        """Whether "of them" before token I follows two counts of two kinds joined by a conjunction, in
        its segment ("6 крилатих ракет та 36 «шахедів», з яких"): what it then counts is both."""
        toks = segment.toks
        if len(before) < 2 or not before[-1].segment == before[-2].segment == segment.index or before[-1].last >= i:
            return False
        if not any(p in self.text[toks[before[-1].last].end:toks[i].start].lower() for p in self.lx.SUBSET):
            return False
        first, second = before[-2], before[-1]
        return {first.kind, second.kind} == {"drone", "missile"} and not first.part and not second.part and any(
            t.lower in _CONJUNCTIONS for t in toks[first.last + 1:second.first]) and not any(
            t.text in ".;:" for t in toks[first.last + 1:i])

    def _parts_follow(self, toks: list[Token], j: int) -> bool:
        """Whether "of them" opens the clause after the comma at J + 1 ("587, з них 98 — у зоні ...", "350, из
        которых 40 — над областью"): the number at J is the whole those parts are of."""
        if j + 2 >= len(toks) or toks[j + 1].text != ",":
            return False
        rest = self.text[toks[j + 2].start:toks[min(len(toks) - 1, j + 4)].end].lower()
        return any(rest.startswith(phrase + " ") for phrase in self.lx.SUBSET)

    def _parts_follow_count(self, toks: list[Token], last: int) -> bool:
        """Whether the clause after the comma at LAST + 1 tells a part of the count ending at LAST: "з них 96
        збито", "96 із них збито"."""
        if self._parts_follow(toks, last):
            return True
        if last + 4 >= len(toks) or toks[last + 1].text != "," or (number := self.number_at(toks, last + 2)) is None:
            return False
        n = number[1]
        return n + 2 < len(toks) and toks[n + 1].lower in ("з", "із", "из") and toks[n + 2].any(self.lx.THEY)

    def _weapon_told_before(self, segment: Segment, i: int) -> tuple[str, str | None] | None:
        """"атакував Херсонщину ударними безпілотниками типу «Шахед». Чотири з них збили": the weapon the
        sentence before names with no count, when "of them" opens this one."""
        if i > 1 or segment.index == 0:
            return None
        kind = model = None
        for t in self.segments[segment.index - 1].toks:
            if not t.is_word:
                continue
            found_model = self.model_of(t)
            found_kind = self.kind_of(t) or (found_model[1] if found_model else None)
            if found_kind in ("drone", "missile"):
                if kind not in (None, found_kind):
                    return None  # drones and missiles: "them" is not told apart
                kind, model = found_kind, model or (found_model[0] if found_model else None)
        return (kind, model) if kind else None

    def _check_parts(self, counts: list[Count]) -> list[Count]:
        """Parts in parentheses stay only when they add up to the count before them ("12 ракет (сім
        Х-101/Х-555, чотири «Калібри», один «Іскандер-К»)"); "219 БпЛА (близько 150 — «шахеди»)" is a
        share, not a breakdown."""
        out: list[Count] = []
        parts: list[Count] = []
        for c in [*counts, None]:
            if c is not None and c.part:
                parts.append(c)
                continue
            if parts:
                head = next((h for h in reversed(out) if not h.part), None)
                if head is not None and sum(p.value for p in parts) == head.value:
                    out.extend(parts)
                else:
                    self.subset_models.update((p.kind, p.model) for p in parts if p.model)
                parts = []
            if c is not None:
                out.append(c)
        return out

    @staticmethod
    def _in_parentheses(toks: list[Token], i: int, before: list[Count]) -> bool:
        """"62 ударні БпЛА (близько 40 — Shahed)": a part of the count before it, in parentheses."""
        heads = [c for c in before if not c.part]
        if not heads:
            return False
        depth = 0
        for t in toks[heads[-1].last + 1:i]:
            depth += (t.text == "(") - (t.text == ")")
        return depth > 0

    def airborne(self, segment: Segment, first: int, last: int) -> bool:
        """"в повітрі ще 7 ворожих БпЛА", "ще два дрони до ранку залишалися в повітрі": still in the air when
        the post was written, or flown off ("залишив повітряний простір"), not a figure; the words after the
        count are read to the end of its clause."""
        toks = segment.toks
        end = last
        while end + 1 < len(toks) and end < last + 8 and toks[end + 1].text not in _CLAUSE_END:
            end += 1
        window = self.text[toks[max(0, first - 4)].start:toks[end].end].lower()
        if any(t.is_word and self.cue_role(t) == "launched" for t in toks[max(0, first - 4):first]):
            return False  # "у повітрі було виявлено 29 БпЛА": the verb says they were detected, a total
        if any(phrase in window for phrase in self.lx.AIRBORNE):
            return True
        # "1 БпЛА залишив повітряний простір України": flown off; and "..., ще 5 – у напрямку рф" with no verb
        # of its own, more of those
        start = last + 1
        if first > 0 and toks[first - 1].lower in self.lx.MORE and not any(
                t.is_word and self.cue_role(t) for t in toks[last + 1:end + 1]):
            start = next((k + 1 for k in range(first - 1, -1, -1) if toks[k].text in ".;:"), 0)
        leave, space = self.lx.LEFT_AIRSPACE
        return any(t.is_word and t.any(leave) and any(u.is_word and u.any(space) for u in toks[k + 1:k + 4])
                   for k, t in enumerate(toks[start:end + 1], start=start))

    def subset(self, segment: Segment, first: int, last: int) -> bool:
        """"(близько 150 з них — «шахеди»)", "з яких шість збили": a part of the figure before it. The
        phrase stands right before or right after the number; "знищили 12 з них: 3 ракети..." opens a list."""
        toks = segment.toks
        before = self.text[toks[max(0, first - 3)].start:toks[first].start].lower().rstrip(" \u00a0—–-")
        end = toks[min(len(toks) - 1, last + 3)].end
        after = self.text[toks[last].end:end].lower().lstrip() if last + 1 < len(toks) else ""
        for phrase in self.lx.SUBSET:
            if after.startswith(phrase) and not after[len(phrase):].lstrip().startswith(":"):
                return True
            if before.endswith(phrase) and not before.endswith(phrase + ":"):
                return True
            if before.endswith(phrase) is False and re.search(rf"{re.escape(phrase)}\s+(?:близько|около|понад|более)$", before):
                return True
        return False

    # -------------------------------------------------------------------------------------- roles
    def cue_role(self, t: Token) -> str | None:
        cache = _ROLES_OF.setdefault(self.lx.LANGUAGE, {})  # a word's role depends on its form alone
        if t.lower not in cache:
            cache[t.lower] = self._cue_role(t)
        return cache[t.lower]

    def _cue_role(self, t: Token) -> str | None:
        if t.any(self.lx.LOST):
            return "destroyed"
        if t.any(self.lx.DESTROY) or self._middle_voice(t, self.lx.DESTROY):
            return "destroyed"
        if t.any(self.lx.HIT):
            return "hit"
        if t.any(self.lx.LAUNCH) or self._middle_voice(t, self.lx.LAUNCH):
            return "launched"
        return None

    def _middle_voice(self, t: Token, verbs: frozenset[str]) -> bool:
        """"Ракети не збивались", "беспилотники сбивались": the reflexive (passive) form of a verb in VERBS."""
        return t.pos in ("VERB", "INFN", "PRTF", "PRTS", "GRND") and t.lower[-2:] in ("ся", "сь") \
            and not reflexive_bases(t.lower, self.lx.LANGUAGE).isdisjoint(verbs)

    def role_near(self, toks: list[Token], first: int, last: int) -> tuple[str | None, int | None]:
        best: tuple[int, str, int] | None = None
        depth = self._depths(toks)
        for k, t in enumerate(toks):
            if not t.is_word or first <= k <= last:
                continue
            role = self.cue_role(t)
            if role is None:
                continue
            if role == "launched" and t.pos == "NOUN" and k > 0 and toks[k - 1].is_word \
                    and toks[k - 1].any(self.lx.DESTROY):
                role = "destroyed"  # "Отражена атака 3 беспилотников": the attack was repelled
            if role == "hit" and t.pos == "VERB" and k > 0 and toks[k - 1].lower in NEGATION:
                role = "destroyed"  # "Ще 12 дронів не долетіли до цілей": lost, not hits
            if depth[k] > depth[first]:
                continue  # "сім «шахедів» (п'ять знищено) і 35 ракет С-300": the aside's verb is its own figure's
            distance = first - k if k < first else (k - last) + 0.5
            # a cue past another number belongs to that number
            between = toks[k + 1:first] if k < first else toks[last + 1:k]
            if any(b.text in ":;" for b in between):
                distance += 20  # "атакувала 142 дронами та шістьма ракетами: більшість збили": another clause
            if any(b.is_digit for b in between) and k > last and not (
                    toks[last + 1].lower in _CONJUNCTIONS and not any(b.text in ",.;:" for b in between)):
                continue  # (but "Усі ракети та 31 дрон збили": the verb of both)
            after = self._past_coordinated_cue(toks, k + 1)
            if k > last and after < len(toks) and (toks[after].is_digit or toks[after].is_word
                                                   and self._number_word(toks[after]) is not None):
                continue  # "випустили сім десятків шахедів, знищено 52", "збито або подавлено 203": the verb's own figure
            if best is None or distance < best[0]:
                best = (distance, role, k)
        return (best[1], best[2]) if best else (None, None)

    def _past_coordinated_cue(self, toks: list[Token], n: int) -> int:
        """The token after a second verb of role joined at N ("збито або подавлено 203": the figure's), else N."""
        if n + 1 < len(toks) and toks[n].lower in self.lx.OR | _CONJUNCTIONS and toks[n + 1].is_word \
                and self.cue_role(toks[n + 1]):
            return n + 2
        return n

    def _depths(self, toks: list[Token]) -> list[int]:
        """How deep in parentheses each token of TOKS stands (asked of one segment again and again)."""
        cache = self.__dict__.setdefault("_depths_of", {})
        if id(toks) not in cache:
            depth, level = [], 0
            for t in toks:
                level = max(0, level - (t.text == ")"))
                depth.append(level)
                level += t.text == "("
            cache[id(toks)] = (toks, depth)
        return cache[id(toks)][1]

    # ------------------------------------------------------------------------------------- counts
    def counts(self) -> list[Count]:
        found: list[Count] = []
        self.subset_models: set[tuple[str, str]] = set()
        heading_role: str | None = None
        heading_kind: str | None = None
        heading_model: str | None = None
        group = 0
        previous_item = heading_extra = day_tally = False
        paragraph_role: str | None = None
        previous_end = 0
        for segment in self.segments:
            if "\n" in self.text[previous_end:segment.start]:
                paragraph_role = None
            previous_end = segment.end
            continues = previous_item and segment.heading and self._segment_role(segment.toks) is None
            previous_item = segment.item
            if not segment.item and not continues:
                heading_role, heading_kind, heading_model = None, None, None
                group += 1
            toks = segment.toks
            i = 0
            in_segment: list[Count] = []
            whole: tuple[str, str | None] | None = None  # "з 120 запущених дронів": what the numbers after count
            whole_end = -1  # the last token of that whole
            breakdown: str | None = None  # "в том числе 30 крылатых Х-101, восемь «Калибров»": the kind broken down
            if self._war_long(toks):
                continue  # "Всего с начала проведения специальной военной операции уничтожены: ..."
            if self._repeated(toks):
                continue  # "Кожна ніч, коли росія запускає сотні дронів, ...": again and again, no one attack's count
            if day_tally and self._opens_with_number(toks):
                continue  # "За добу ворог завдав 611 ударів по 17 населених пунктах. ... 402 БпЛА ... атакували ..."
            day_tally = self._day_tally(toks)
            while i < len(toks):
                number = self.number_at(toks, i)
                if number is None:
                    i += 1
                    continue
                value, j = number
                after = toks[j + 1] if j + 1 < len(toks) else None
                if after is not None and after.any(self.lx.MONTHS):
                    i = j + 1
                    continue  # "4 липня": a date
                if i > 1 and toks[i - 1].lower == "до" and any(
                        u.lower in ("від", "от") and self.number_at(toks, m + 1) for m, u in
                        enumerate(toks[max(0, i - 6):i - 1], start=max(0, i - 6))):
                    i = j + 1
                    continue  # "від сотні до півтори сотні шахедів": a range, no figure (SPEC)
                if i > 0 and toks[i - 1].lower in self.lx.MORE and self.airborne(segment, i, j):
                    i = j + 1
                    continue  # "2 БпЛА залишили повітряний простір ..., ще 3 – у напрямку рф": more flown off
                out_of = self._out_of(toks, j)
                if out_of is not None:  # "знищили 72 із 99 ракет": 72 destroyed of 99 launched
                    total_value, total_last, weapon = out_of
                    in_segment.append(Count(int(total_value), weapon[0], "launched", weapon[1], segment.index,
                                            j + 2, weapon[2], None, False, group))
                else:
                    weapon = (self.weapon_after(toks, j + 1) or self._of_them(segment, i, j, found + in_segment)
                              or self._units(toks, i, j) or self._of_weapon_before(toks, i, j))
                of_whole = weapon is None and bool(in_segment) and i > 1 and toks[i - 1].lower in ("з", "із", "из") \
                    and (in_segment[-1].last == i - 2 or after is not None and after.is_word
                         and after.any(self.lx.LAUNCHED_PARTICIPLES)) and not self._counts_other_noun(toks, j + 1)
                if of_whole:  # "збито 12 ракет з 16 випущених", "знищили 37 безпілотників із 45-ти": of those launched
                    weapon = (in_segment[-1].kind, in_segment[-1].model,
                              j + 1 if after is not None and after.is_word and after.any(self.lx.LAUNCHED_PARTICIPLES)
                              else j)
                if weapon is None and whole is not None and not (after is not None and after.is_word
                                                                  and after.pos == "NOUN"):
                    weapon = (*whole, j)  # "з 120 запущених дронів збито 101": of the weapons counted before
                if weapon is None and after is not None and after.text in _DASH and segment.item:
                    # "33 крилаті ракети Х-101 збито, 1 — локаційно втрачена": the item's own weapon before the heading's
                    own = in_segment[-1] if in_segment else None
                    weapon = self._lost_item(toks, j + 1, own.kind if own else heading_kind, own.model if own else None)
                if weapon is None and any(c.kind == "drone" for c in in_segment):
                    weapon = self._lost_more(toks, j)
                if weapon is None and i > 1 and toks[i - 1].text in _DASH and any(
                        c.kind == "drone" for c in itertools.chain(in_segment, found)):
                    weapon = self._lost_before(toks, i, j)
                more_of = False
                if weapon is None and i > 0 and toks[i - 1].lower in self.lx.MORE and (in_segment or found):
                    weapon = self._destroyed_more(toks, j, (in_segment or found)[-1])
                    # "еще два – над Курской областью": added to the figure before, unless that figure is a part
                    # ("из них 31 – над Краснодарским краем и еще 22 – над Черным морем") or a larger one was told
                    told_before = (in_segment or found)[-1]
                    opening = self.text[segment.start:toks[i].start].lower()
                    more_of = weapon is not None and not any(p in opening for p in self.lx.SUBSET) and not any(
                        c.kind == told_before.kind and c.role == told_before.role and c.value > told_before.value
                        for c in found + in_segment) and not self._part_of_places(told_before, segment, j) \
                        and not self._item_of_whole(told_before, segment, j)
                    if weapon is not None and weapon[2] == j and not more_of:
                        weapon = None  # "еще 22 – над Черным морем" inside a breakdown: a part, no figure
                if weapon is None and heading_kind and segment.item and j + 1 >= len(toks):
                    weapon = (heading_kind, heading_model, j)
                if weapon is None and in_segment and i > 0 and toks[i - 1].text in _DASH and in_segment[-1].role \
                        and (j + 1 >= len(toks) or toks[j + 1].text in ",.;") and not self.subset(segment, i, j):
                    # "над Брянской областью уничтожены четыре беспилотника, над Курской — два": more of the count
                    # before, told by its place
                    told = in_segment[-1]
                    if any(t.lower in self.lx.TOTAL for t in toks[told.last + 1:i]):
                        # "над Подмосковьем уничтожен 91 БПЛА, а всего над десятью регионами – 337": the whole,
                        # and the count told before it one of its parts
                        in_segment[-1] = replace(told, part=True)
                        in_segment.append(Count(int(value), told.kind, told.role, told.model, segment.index, i, j,
                                                told.cue, True, group, extra=told.extra))
                    else:
                        in_segment.append(Count(int(value), told.kind, told.role, told.model, segment.index, i, j,
                                                told.cue, False, group, extra=told.extra, by_place=True))
                    i = j + 1
                    continue
                told = in_segment[-1] if in_segment else None
                if weapon is None and told is not None and told.rough and told.last == i - 2 \
                        and toks[i - 1].text in _DASH and self._over_several(toks, j + 1):
                    # "о почти полутора сотнях сбитых беспилотников – 144 над девятью регионами": the exact figure
                    # of the rough one before the dash (not "около 50 — 47 над Курской областью", a part)
                    in_segment.append(Count(int(value), told.kind, told.role, told.model, segment.index, i, j,
                                            told.cue, False, group, extra=told.extra))
                    i = j + 1
                    continue
                if weapon is None and after is not None and after.text in _DASH and j + 2 < len(toks) \
                        and toks[j + 2].lower in self.lx.PLACE_PREPOSITIONS and not self.subset(segment, i, j):
                    # "Еще пять сбиты над Белгородской областью, три — над Брянской"; "уничтожены беспилотники: 12 —
                    # над территорией Белгородской области, 8 — над ...": more of the count, or of the weapon named
                    # before with no number, told by its place
                    told = in_segment[-1] if in_segment else None
                    if told is not None and (not told.role or told.kind not in ("drone", "missile")
                                             or any(t.text == ":" for t in toks[told.last + 1:i]) or any(
                                                 p in self.text[toks[told.last].end:toks[i].start].lower()
                                                 for p in self.lx.SUBSET)):
                        told = None  # "45 беспилотников: 20 — над ...", "144 БПЛА, из них 20 — над ...": parts of a total
                    heading = (told.kind, told.role, told.cue) if told is not None else (
                        None if in_segment else self._uncounted_heading(toks, i))
                    if heading is not None:
                        in_segment.append(Count(int(value), heading[0], heading[1], told.model if told else None,
                                                segment.index, i, j, heading[2], False, group,
                                                extra=told is not None and told.extra, by_place=told is not None))
                        i = j + 1
                        continue
                told = (found + in_segment)[-1] if found or in_segment else None
                if weapon is None and told is not None and told.segment >= segment.index - 1 and told.role \
                        and (j + 1 >= len(toks) or toks[j + 1].text in ".!;") \
                        and any(t.lower in self.lx.TOTAL for t in toks[max(0, i - 4):i]):
                    # "уничтожены ещё 4 БПЛА ... Всего с вечера — 19": the total of the weapon just counted
                    in_segment.append(Count(int(value), told.kind, told.role, told.model, segment.index, i, j, None,
                                            True, group))
                    i = j + 1
                    continue
                told = self._destroyed_aside(toks, i, j, in_segment)
                if weapon is None and told is not None:
                    # "сім «шахедів» (п'ять знищено)": the aside after a count tells how many of it were destroyed
                    role, cue = told
                    in_segment.append(Count(int(value), in_segment[-1].kind, role, in_segment[-1].model, segment.index,
                                            i, j, cue, False, group))
                    i = j + 1
                    continue
                if weapon is None:
                    weapon = self._weapon_before_dash(toks, i, j)
                if weapon is None:
                    i = j + 1
                    continue
                kind, model, last = weapon
                if value != int(value) or value < 0:
                    i = last + 1
                    continue
                if whole is not None and whole_end + 1 < i and toks[whole_end + 1].text in _DASH \
                        and not any(u.text in _DASH for u in toks[whole_end + 2:i]):
                    # "Із сорока трьох ракет — сорока двох крилатих ... і однієї балістичної — збито 27": the
                    # whole's kinds, told between dashes, are its parts
                    in_segment.append(Count(int(value), kind, "launched", model, segment.index, i, last, None, False,
                                            group, part=True))
                    i = last + 1
                    continue
                if self._in_parentheses(toks, i, in_segment):
                    role, cue = self.role_near(toks, i, last)
                    in_segment.append(Count(int(value), kind, role or in_segment[-1].role, model, segment.index, i,
                                            last, cue, False, group, part=True))
                    i = last + 1
                    continue
                heads = [c for c in in_segment if not c.part]
                # "11 ракет: шесть баллистических «Искандер-М», четыре ...": a colon after the count opens its parts
                colon = bool(heads) and heads[-1].last + 1 < i and toks[heads[-1].last + 1].text == ":" and not any(
                    t.text in ".;" for t in toks[heads[-1].last + 1:i]) and last > j  # "20 ракет: 16 з них збили"
                # "40 ракет — 21 крилата Х-101, десять «Кинджалів», ...": a dash right before the first part
                colon = colon or bool(heads) and heads[-1].last + 2 == i and toks[i - 1].text in _DASH and last > j
                if heads and heads[-1].kind == kind and kind in ("drone", "missile") and (
                        breakdown == kind or colon or self.subset(segment, i, j) and last > j) \
                        and not self.airborne(segment, i, last):
                    # "52 ракеты разных типов – в том числе 30 крылатых Х-101, восемь «Калибров» ...": the models
                    # of the count before, kept only when they add up to it
                    in_segment.append(Count(int(value), kind, heads[-1].role, model, segment.index, i, last, None,
                                            False, group, part=True))
                    breakdown = kind
                    i = last + 1
                    continue
                told = in_segment[-1] if in_segment else found[-1] if found else None
                # "63 ракеты и ударных беспилотника. Среди них — восемь ракет Х-22, ... 32 дрона": a combined figure's
                # items by kind are the kinds' own figures (SPEC: a combined total is never split)
                of_combined = told is not None and told.kind == "combined" and told.role is not None \
                    and told.segment >= segment.index - 1 and kind in ("drone", "missile")
                if (self.subset(segment, i, j) and last > j and not of_combined) or self.airborne(segment, i, last) \
                        or self._partitive(toks, j) or (self._additional(toks) and self._after_breakdown(segment)):
                    if model:
                        self.subset_models.add((kind, model))
                    i = last + 1
                    continue
                role, cue = self.role_near(toks, i, last)
                glue = i - 2 if i > 2 and toks[i - 1].lower in self.lx.ONLY else i - 1  # "і лише сім ракет"
                joined = None
                if in_segment and glue > 0 and toks[glue].lower in _CONJUNCTIONS:
                    told_last = self._before_aside(toks, glue - 1)
                    joined = next((c for c in reversed(in_segment) if c.last == told_last), None)
                if joined is not None and joined.cue is not None and joined.cue < joined.first and (cue is None or cue > last):
                    # "Знешкоджено 83 дрони і 2 ракети, влучання зафіксовано ...": the verb both counts share
                    role, cue = joined.role, joined.cue
                elif joined is not None and joined.cue is None and cue is not None and cue > last \
                        and not self.segments[segment.index].item:
                    # "Обидві ракети та 40 дронів збиті": the verb after the second count is the first's too
                    in_segment[-1] = replace(joined, role=role, cue=cue)
                if i > 0 and toks[i - 1].lower in ("з", "із", "из") and out_of is None and (last > j or of_whole) \
                        and kind in ("drone", "missile") and not (toks[last].is_word and toks[last].case == "ablt"):
                    # (not "впоралися з 98 дронами": "з" with the instrumental is "with", the count the verb's)
                    # "З 120 запущених дронів збито 101", "Из 40 «шахедов» сбиты 35": the whole that was launched
                    role, cue, whole, whole_end = "launched", None, (kind, model), last
                    if of_whole and (shot := self._destroyed_whole(toks, last)) is not None:
                        # "сбиты 12 БПЛА из 64, уничтоженных за ночь над регионами": the whole was destroyed,
                        # and the count before it is its part
                        role, cue, whole = "destroyed", shot, None
                        in_segment[-1] = replace(in_segment[-1], part=True)
                if role is None:  # "заявило о 40 сбитых беспилотниках": the participle inside the count
                    role, cue = next(((r, k) for k in range(j + 1, last) if toks[k].is_word and toks[k].poses
                                      & {"PRTF", "ADJF"} and (r := self.cue_role(toks[k]))), (None, None))
                if role is None and i > 0 and toks[i - 1].is_word and toks[i - 1].any(self.lx.STRIKE_OF):
                    role, cue = "launched", i - 1  # "внаслідок удару двох балістичних ракет по центру Сум"
                if role is None and self._lost_cue(toks, i, last):
                    role = "destroyed"  # "Ще 47 – локаційно втрачено (імітатори)": the cue inside the count's span
                if role is None and segment.item:
                    role = heading_role
                if role is None and not segment.item and paragraph_role and not toks[i - 1:i] == []:
                    role = paragraph_role  # "…запускала ракети Х-101. Всього – 62 крилаті ракети": the sentence before
                if role is None and kind in ("drone", "missile") and self._parts_follow_count(toks, last):
                    role = "launched"  # "повідомили про 120 ворожих дронів, 96 із них збито": the whole launched
                if role is None and kind in ("drone", "missile") and self._night_told_by_count(segment, i, last):
                    role = "launched"  # "Ніч на 10 липня. Ще 397 дронів і 18 ракет.": a night told by its count alone
                if value == 0 and (role != "destroyed" or cue is None or toks[cue].any(self.lx.HIT)):
                    i = last + 1
                    continue  # "ни одна ракета не долетела": none reached, which is no count of those launched
                total = any(t.lower in self.lx.TOTAL for t in toks[max(0, i - 3):i]) or i > 1 and (
                    toks[i - 1].text in _DASH or toks[i - 1].text == ":") and toks[i - 2].lower in self.lx.TOTAL_BEFORE_DASH
                if role is None and total:  # "Крім того, ... 2 ракети Х-59. Загалом — 76 ракет.": the sum of those told
                    told_kind = next((c for c in reversed(found + in_segment) if c.kind == kind and c.role), None)
                    if told_kind is not None and told_kind.segment >= segment.index - 2:
                        role = told_kind.role
                if role is None and joined is not None and joined.total and joined.role:
                    role, total = joined.role, True  # "Разом — 36 ракет та 50 ударних БпЛА": the total goes on
                if role == "launched" and value == 1 and cue is not None and i > 0 \
                        and toks[i - 1].lower in self.lx.MORE and not any(
                        c.kind == kind and c.role == "launched" for c in found + in_segment):
                    # "Ещё один беспилотник ударил по котельной", "Ще один дрон атакував будинок": more of the
                    # weapons the story told without a number, so no count of those launched (not "Ніч на 11
                    # липня. Ще 210 дронів": a night told by its count)
                    i = last + 1
                    continue
                count = Count(int(value), kind, role, model, segment.index, i, last, cue, total, group,
                              self.family_of(toks, j + 1, last) if kind == "missile" else None,
                              lost=self._lost_cue(toks, i, last),
                              extra=(self._additional(toks) or (segment.item and heading_extra) or more_of) and not (
                                  bool(found) and self._part_of_places(found[-1], segment, last)),
                              rough=i > 0 and toks[i - 1].any(self.lx.ROUGH))
                if whole is not None and whole_end == last and self._restated(count, found + in_segment):
                    # "запустив 54 ударні БпЛА Shahed; з п'ятдесяти чотирьох дронів п'ятдесят два знищено": the
                    # launched told again as the whole of what follows is one figure
                    count = replace(count, part=True)
                in_segment.append(count)
                if role == "destroyed" and (self._launched_after(toks, last) or any(
                        t.is_word and t.any(self.lx.LAUNCHED_PARTICIPLES) for t in toks[j + 1:last])):
                    # "збила всі 14 запущених ворогом шахедів": the participle inside the count
                    # "перехватили ... три тактические ракеты «Точка-У», выпущенные украинскими подразделениями"
                    in_segment.append(replace(count, role="launched", cue=None))
                i = last + 1
            if not segment.item and not continues:
                heading_extra = self._additional(toks)
                # a heading ("збито/подавлено 478 повітряних цілей:"), or the paragraph a list follows
                firsts = [c for c in in_segment if c.role]
                heading_role = firsts[-1].role if firsts else self._segment_role(toks)
                if heading_role is None and segment.heading and not in_segment and self._opens_subset(segment):
                    # "Загалом зафіксовано 158 засобів ... Зокрема:": the list breaks down the figure before
                    told = next((c for c in reversed(found) if c.role), None)
                    heading_role = told.role if told is not None and told.segment >= segment.index - 2 else None
                typed = [c for c in in_segment if c.kind in ("drone", "missile")]
                heading_kind = typed[-1].kind if typed else heading_kind
                heading_model = typed[-1].model if typed else None
            in_segment.extend(self._lone_models(segment, in_segment, group))
            in_segment = self._check_parts(sorted(in_segment, key=lambda c: c.first))
            paragraph_role = self._segment_role(toks) or paragraph_role
            in_segment.extend(self._every(segment, found + in_segment, group))
            in_segment.extend(self._respectively(segment, found, in_segment, group))
            if segment.item and not in_segment and heading_role:
                in_segment.extend(self._lone_item(segment, heading_role, group))
            if not segment.item:
                in_segment.extend(self._one_used(segment, in_segment, group))
                in_segment.extend(self._one_destroyed(segment, in_segment, group))
                in_segment.extend(self._hits_told(segment, in_segment, group))
            found.extend(in_segment)
            found.extend(self._none_destroyed(segment, in_segment, group, found))
        return found

    def _opens_subset(self, segment: Segment) -> bool:
        """Whether the segment opens with the words of a part ("Зокрема:", "В том числе:")."""
        opening = self.text[segment.start:segment.end].lower().lstrip(" -–—•·*")
        return any(opening.startswith(p) for p in self.lx.SUBSET)

    @staticmethod
    def _restated(count: Count, told: list[Count]) -> bool:
        """Whether COUNT restates a launched count of its kind told just before, in this sentence or the one
        before it (the same value), and is not said as more ("Ще з 40 дронів, що летіли на Київ, ...")."""
        return not count.extra and any(c.role == "launched" and c.kind == count.kind and c.value == count.value and not c.part
                   and c.segment >= count.segment - 1 for c in told)

    def _over_several(self, toks: list[Token], n: int) -> bool:
        """Whether the words from N place a figure over several places, or nowhere ("над девятью регионами",
        "над шістьма областями"; the clause ends), not over one ("над Курской областью")."""
        if n >= len(toks) or toks[n].text in ",.;":
            return True
        if toks[n].lower not in self.lx.PLACE_PREPOSITIONS:
            return False
        noun = next((t for t in toks[n + 1:n + 4] if t.is_word and t.pos == "NOUN"), None)
        return noun is not None and noun.plural and self._number_word(toks[n + 1]) is not None

    def _part_of_places(self, before: Count, segment: Segment, last: int) -> bool:
        """Whether a count ending at LAST, told by its place, is one of the places the count BEFORE was over
        ("158 БПЛА над пятнадцатью регионами. ... Еще восемь сбиты над Рязанской областью"): a part of it,
        no more of it."""
        return segment.index - 2 <= before.segment < segment.index and any(
            t.lower in self.lx.PLACE_PREPOSITIONS for t in segment.toks[last + 1:]) and self._over_counted_places(
            self.segments[before.segment].toks, before.first, before.last)

    def _item_of_whole(self, before: Count, segment: Segment, j: int) -> bool:
        """Whether "еще N — над X" ending at J is an item of a breakdown by place of the whole told before in
        another sentence with no place ("уничтожили 251 беспилотник. Больше всего — 62 — над морем, еще 40 — над
        Крымом"): a part of it, no more of it (not after a place's own figure: "над Брянской сбиты 10, еще два
        — над Курской")."""
        toks = segment.toks
        if before.segment == segment.index or not (j + 2 < len(toks) and toks[j + 1].text in _DASH
                                                   and toks[j + 2].lower in self.lx.PLACE_PREPOSITIONS):
            return False
        told = self.segments[before.segment].toks
        start = next((n + 1 for n in range(before.first - 1, -1, -1) if told[n].text in ",.;:"), 0)
        end = next((n for n in range(before.last + 1, len(told)) if told[n].text in ",.;:"), len(told))
        return not any(told[n].lower in self.lx.PLACE_PREPOSITIONS and any(u.capitalised for u in told[n + 1:n + 4])
                       for n in range(start, end))

    def _over_counted_places(self, toks: list[Token], first: int, last: int) -> bool:
        """Whether the clause of the count FIRST..LAST places it over a number of places ("158 БПЛА
        самолетного типа над пятнадцатью регионами", "над 12 областями уничтожены 96 беспилотников")."""
        start = next((n + 1 for n in range(first - 1, -1, -1) if toks[n].text in ",.;:"), 0)
        end = next((n for n in range(last + 1, len(toks)) if toks[n].text in ",.;:"), len(toks))
        for n in itertools.chain(range(start, first), range(last + 1, end)):
            if toks[n].lower in self.lx.PLACE_PREPOSITIONS and n + 1 < len(toks) and toks[n + 1].is_word \
                    and toks[n + 1].pos == "NOUN" and toks[n + 1].plural and not toks[n + 1].capitalised:
                return True  # "над регионами страны": over places it does not count
            if toks[n].lower in self.lx.PLACE_PREPOSITIONS and (number := self.number_at(toks, n + 1)) is not None:
                noun = toks[number[1] + 1] if number[1] + 1 < len(toks) else None
                if noun is not None and noun.is_word and noun.pos == "NOUN" and noun.plural:
                    return True
        return False

    def _uncounted_heading(self, toks: list[Token], i: int) -> tuple[str, str, int] | None:
        """The weapon and role of the heading a per-place item at I follows when the heading gives no number
        ("Дежурными средствами ПВО уничтожены беспилотники: 12 — над ..."): (kind, role, cue), or None."""
        colon = next((k for k in range(i - 1, -1, -1) if toks[k].text == ":"), None)
        if colon is None or colon == 0 or any(t.is_digit for t in toks[:colon]):
            return None
        noun = toks[colon - 1]
        kind = self.kind_of(noun) if noun.is_word else None
        if kind not in ("drone", "missile"):
            return None
        role, cue = self.role_near(toks[:colon], colon - 1, colon - 1)
        return (kind, role, cue) if role is not None else None

    def _night_told_by_count(self, segment: Segment, first: int, last: int) -> bool:
        """Whether the count from FIRST to LAST tells a night with no verb in its clause: "Ніч на 10 липня. Ще 397
        дронів і 18 ракет.", "Ночь на 14 мая: 675 дронов и 56 ракет, удар пришелся на ..." (a review of several
        nights), the night named in its sentence or in the short line or sentence right before it."""
        toks = segment.toks
        start = max((k for k in range(first) if toks[k].text in ",;:"), default=-1) + 1
        end = next((k for k in range(last + 1, len(toks)) if toks[k].text in ",;:.!?"), len(toks))
        if any(t.is_word and t.pos in ("VERB", "INFN", "PRTS", "GRND") for t in toks[start:end]):
            return False
        if self._night_of(segment) is not None:
            return True
        before = self.segments[segment.index - 1] if segment.index > 0 else None
        return before is not None and sum(t.is_word for t in before.toks) <= 5 and self._night_of(before) is not None

    def _destroyed_whole(self, toks: list[Token], last: int) -> int | None:
        """The index of a participle of destroying right after a whole ("из 64, уничтоженных за ночь"), if one
        follows it."""
        k = last + 1 + (last + 1 < len(toks) and toks[last + 1].text == ",")
        if k < len(toks) and toks[k].is_word and "PRTF" in toks[k].poses and self.cue_role(toks[k]) == "destroyed":
            return k
        return None

    def _launched_after(self, toks: list[Token], last: int) -> bool:
        """Whether the weapons counted up to LAST are said to be launched by a participle after them
        ("три ракеты «Точка-У», выпущенные украинскими подразделениями", "дві ракети, запущені з ...")."""
        for t in toks[last + 1:last + 8]:
            if t.is_word and t.any(self.lx.LAUNCHED_PARTICIPLES):
                return True
            if t.text in ".;:" or (t.is_word and (t.any(self.lx.DESTROY) or self.kind_of(t))):
                return False
        return False

    def _day_tally(self, toks: list[Token]) -> bool:
        """Whether the sentence opens a day's tally of strikes on a region ("За добу окупанти завдали 611 ударів
        по 17 населених пунктах", "За сутки противник нанес 300 ударов по 20 населенным пунктам"): the lines
        after it that open with a number are its parts (air strikes, drones, shelling), no attack's figures."""
        told = any(t.is_digit and toks[k + 1].is_word and toks[k + 1].any(self.lx.STRIKE_OF) and any(
            u.lower == "по" and toks[m + 1].is_digit and toks[m + 2].is_word and toks[m + 2].any(self.lx.SETTLEMENT)
            for m, u in enumerate(toks[k + 2:-2], start=k + 2)) for k, t in enumerate(toks[:-4]))
        return told and any(t.is_word and t.any(self.lx.WHOLE_DAY) and any(
            u.is_word and u.any(self.lx.OVER) for u in toks[max(0, k - 3):k]) for k, t in enumerate(toks))

    @staticmethod
    def _opens_with_number(toks: list[Token]) -> bool:
        first = next((t for t in toks if t.is_word or t.is_digit), None)
        return first is not None and first.is_digit

    def _lone_models(self, segment: Segment, counted: list[Count], group: int) -> list[Count]:
        """"Збито всі 7 крилатих ракет, 15 «шахедів» та «Іскандер-М»", "двадцять «шахедів» та ракету
        Х-59": in a list of counts, a model named alone (or a weapon in the singular) is one."""
        toks = segment.toks
        numbered = [c for c in counted if c.role]
        if not numbered:
            return []
        spans = [(c.first, c.last) for c in counted]
        out = []
        ends = {c.last: c for c in counted}  # the token a count (or a model listed with it) ends at
        k = 0
        while k < len(toks):
            t = toks[k]
            if not t.is_word or any(a <= k <= b for a, b in spans) or t.plural and t.pos == "NOUN":
                k += 1
                continue
            prev = next((u for u in reversed(toks[:k]) if u.text not in "«»\"'" and not (
                u.is_word and u.poses & {"ADJF", "PRTF"} and not self.kind_of(u) and not self.model_of(u))), None)
            if prev is None or not (prev.text in ",:" or prev.lower in ("та", "і", "й", "и", "а", "також")):
                lead = self._list_lead(segment, k, counted, group)
                out.extend([lead] if lead is not None else [])
                k = lead.last + 1 if lead is not None else k + 1
                continue
            model = self.model_of(t)
            kind = model[1] if model else None
            last = k
            if model is None and self.kind_of(t) == "missile" and t.case == "accs" and not t.plural:
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                model = self.model_of(nxt) if nxt is not None and nxt.is_word else None
                kind, last = "missile", (k + 1 if model else k)
            if model is None and kind is None and self.kind_of(t) in ("drone", "missile") and not t.plural \
                    and t.case in ("accs", "ablt") and "ADJF" not in t.poses:
                kind = self.kind_of(t)
                nxt = next((u for u in toks[k + 1:k + 3] if u.is_word), None)
                model = self.model_of(nxt) if nxt is not None else None
            opener = toks.index(prev)
            before = opener - 1
            while before > 0 and toks[before].text in "«»\"'":
                before -= 1
            if toks[before].text == ")":
                # "80 ударними БпЛА (райони пусків — Курськ, Орел), керованою ракетою Х-59": the aside after a
                # count is the count's, and the list goes on after it
                depth, n = 0, before
                while n > 0 and not (toks[n].text == "(" and depth == 1):
                    depth += (toks[n].text == ")") - (toks[n].text == "(")
                    n -= 1
                before = n - 1 if n > 0 else before
                while before > 0 and toks[before].text in "«»\"'":
                    before -= 1
            listed = ends.get(before)
            each = listed.value if listed is not None and listed.first > 0 and toks[listed.first - 1].lower == "по" else 0
            # "... три крылатых «Калибра» и аэробаллистический «Кинжал»": a model with a family of its own is its own count
            # (not "12 зенітних ракет С-300/С-400 та балістичних «Іскандер-М»": the plural is of the count's noun)
            own_family = any(u.is_word and u.any(self.lx.FAMILIES) and not u.plural for u in toks[opener + 1:k])
            # "чотири Х-22 та Х-31П": a code does not decline, so nothing gives the second a number of its own; the
            # number before the pair counts both (not "всі 5 Х-59/Х-69, «Циркон»": a comma parts them)
            coded_pair = prev.lower in _CONJUNCTIONS and _coded(toks[last]) and listed is not None \
                and _coded(toks[listed.last])
            if listed is not None and not each and not own_family and listed.kind == kind \
                    and self.model_of(toks[listed.last]) and self.model_of(t) \
                    and (coded_pair or any(u.is_word and (self.kind_of(u) and not self.model_of(u)
                                                          or u.any(self.lx.FAMILIES))
                                           for u in toks[listed.first:listed.last + 1])):
                ends[last] = listed
                k += 1
                continue  # "574 ударні БпЛА Shahed, Гербера та дрони-імітатори", "19 балістичних Іскандер-М і С-400":
                # the types of one count
                # (not "всі 5 Х-59/Х-69, «Циркон»": a count named by its model alone, then another model)
            if kind not in ("drone", "missile") or (prev.text == "," and listed is None):
                k += 1
                continue
            role = numbered[-1].role
            # "по одній ракеті «Кинджал», Х-22 та «Іскандер-М»": each model listed after "по N" is N
            each = each or 1
            # "11 ракет: шесть «Искандер-М», четыре «Искандер-К» и «Кинжал»": a model listed after a part is a part
            before_k = next((c for c in sorted(counted, key=lambda c: c.last, reverse=True) if c.last < k), None)
            part = before_k is not None and before_k.part and before_k.kind == kind and not any(
                u.text == ")" for u in toks[before_k.last + 1:k])
            # "72 крилаті ракети трьох типів: Х-101/Х-555 — з ...; «Калібр» — з ...": the models after the colon
            # that closes a count are its parts
            part = part or prev.text == ":" and before_k is not None and before_k.kind == kind and not before_k.part \
                and not any(u.text in ".;" for u in toks[before_k.last + 1:opener])
            # "11 ракет – балістичні Іскандер-М/KN-23, Іскандер-К та «Кинджал»", "32 ракети, серед яких крилаті Х-101
            # та «Калібр»": models named with no number, in a list that a count of their kind opens, are its types
            part = part or before_k is not None and before_k.kind == kind and not before_k.part \
                and self._types_listed(segment, before_k.last, k)
            lone = Count(each, kind, role, model[0] if model else None, segment.index, k, last, numbered[-1].cue,
                         False, group, part=part)
            out.append(lone)
            ends[last] = lone if each == 1 else replace(lone, first=listed.first)
            k = last + 1
        return out

    def _types_listed(self, segment: Segment, last: int, k: int) -> bool:
        """Whether the words between a count ending at LAST and the model at K name its types: they open on a
        dash, a colon or "серед яких"/"среди которых" (after the types the count is of: "47 ракет різних типів –",
        "55 ракет разных типов –"), and hold no number and no sentence's or clause's end."""
        toks = segment.toks
        between = toks[last + 1:k]
        if not between or any(t.is_digit or t.text in ".;()" or t.is_word and self._number_word(t) is not None
                              for t in between):
            return False
        of_types = next((n for n, t in enumerate(between) if not (t.is_word and t.poses & {"ADJF", "PRTF"})), 0)
        if between[of_types].is_word and between[of_types].any(self.lx.TYPE_NOUNS) and of_types + 1 < len(between):
            last, between = last + of_types + 1, between[of_types + 1:]
        if between[0].text in _DASH or between[0].text == ":":
            return True
        said = self.text[toks[last].end:toks[k].start].lower().lstrip(" ,")
        return any(said.startswith(phrase) for phrase in self.lx.SUBSET)

    def _list_lead(self, segment: Segment, k: int, counted: list[Count], group: int) -> Count | None:
        """"уничтожила ... ракету «Нептун» и девять беспилотников", "Знищено ракету Х-59 та 20 дронів": a weapon
        in the singular that opens a list of counts joined to it is one, with the count's role."""
        toks = segment.toks
        t = toks[k]
        if t.plural or not any(k < c.first <= k + 6 for c in counted):
            return None  # (read fast: most words open no list)
        model = self.model_of(t)
        kind, last = (model[1], k) if model else (None, k)
        if model is None and self.kind_of(t) in ("drone", "missile") and t.case == "accs" and "ADJF" not in t.poses:
            nxt = next((n for n in range(k + 1, min(len(toks), k + 3)) if toks[n].is_word), None)
            model = self.model_of(toks[nxt]) if nxt is not None else None
            kind, last = self.kind_of(t), nxt if model else k
        if kind not in ("drone", "missile") or t.plural:
            return None
        n = last + 1
        while n < len(toks) and toks[n].text in "«»\"'":
            n += 1
        if n >= len(toks) or toks[n].lower not in _CONJUNCTIONS:
            return None
        joined = next((c for c in counted if c.first in (n + 1, n + 2) and c.role and c.kind in ("drone", "missile")
                       and not c.part), None)
        if joined is None:
            return None
        return Count(1, kind, joined.role, model[0] if model else None, segment.index, k, last, joined.cue, False, group)

    def _every(self, segment: Segment, before: list[Count], group: int) -> list[Count]:
        """"три ракети Х-59, всі вони були збиті", "Усі ракети та 31 дрон збили", "все они были сбиты": every
        weapon of a kind the text counts as launched was destroyed (SPEC: "all 23 drones" = 23). The count's
        value is the launched figure, set when the event is made; none when the text gives no such figure."""
        toks = segment.toks
        out: list[Count] = []
        for k, t in enumerate(toks[:-1]):
            if not (t.is_word and t.any(self.lx.ALL)) or (k > 0 and toks[k - 1].is_digit):
                continue
            after = k + 2 if toks[k + 1].text in "«\"" and k + 2 < len(toks) else k + 1  # "все «Кинжалы»"
            while after + 1 < len(toks) and toks[after].is_word and toks[after].pos == "ADJF" \
                    and not self.kind_of(toks[after]) and toks[after].plural:
                after += 1  # "знешкодили всі ворожі дрони"
            nxt = toks[after]
            if not nxt.is_word or self.number_at(toks, after) is not None:
                continue  # "усі 7 ракет": a count of its own
            if nxt.any(self.lx.THEY):
                launched = [c for c in before if c.role == "launched" and c.kind in ("drone", "missile")]
                if not launched or launched[-1].segment not in (segment.index, segment.index - 1):
                    continue
                kind, model = launched[-1].kind, launched[-1].model
            elif self.kind_of(nxt) in ("drone", "missile"):
                kind, model = self.kind_of(nxt), None
            elif (named := self.model_of(nxt)) is not None and named[1] in ("drone", "missile") and nxt.plural:
                kind, model = named[1], named[0]  # "Уничтожены все «Кинжалы»"
            else:
                continue
            role, cue = self.role_near(toks, k, after)
            if role != "destroyed" or cue is None or any(
                    c.kind == kind and c.role == "destroyed" and c.segment == segment.index for c in before):
                continue
            out.append(Count(0, kind, "destroyed", model, segment.index, k, after, cue, False, group, every=True))
        return out

    def _respectively(self, segment: Segment, before: list[Count], in_segment: list[Count],
                      group: int) -> list[Count]:
        """"Росія атакувала 315 дронами і 7 ракетами, збито 277 і 6 відповідно": numbers with no weapon
        before "відповідно"/"соответственно" count, in order, the kinds of the counts told just before."""
        toks = segment.toks
        end = next((k for k, t in enumerate(toks) if t.is_word and t.lower in self.lx.RESPECTIVELY), None)
        if end is None:
            return []
        counted = {k for c in in_segment for k in range(c.first, c.last + 1)}
        bare: list[tuple[int, int, int]] = []
        k = end - 1
        while k >= 0 and (toks[k].lower in _CONJUNCTIONS or toks[k].text == "," or not toks[k].is_word):
            if toks[k].is_digit and k not in counted:
                bare.insert(0, (int(toks[k].text), k, k))
            k -= 1
        if k >= 0 and toks[k].is_word and (value := self._number_word(toks[k])) is not None and k not in counted:
            bare.insert(0, (int(value), k, k))  # "збито двісті сімдесят сім і шість": words too
        told = [c for c in [*before, *in_segment] if c.kind in ("drone", "missile") and not c.part]
        kinds: list[Count] = []
        for c in reversed(told):
            if c.first >= (bare[0][1] if bare else 0) and c.segment == segment.index:
                continue
            if any(d.kind == c.kind for d in kinds):
                break
            kinds.insert(0, c)
            if len(kinds) == len(bare):
                break
        if len(bare) < 2 or len(kinds) != len(bare):
            return []
        role, cue = self.role_near(toks, bare[0][1], bare[-1][2])
        if role is None:
            return []
        return [Count(value, c.kind, role, c.model, segment.index, first, last, cue, False, group)
                for (value, first, last), c in zip(bare, kinds, strict=True)]

    def _lone_item(self, segment: Segment, role: str, group: int) -> list[Count]:
        """"• аеробалістичною ракетою Х-47М2 «Кинджал» — з Тамбовської області": an item naming one
        weapon in the singular, with no number, is one."""
        toks = segment.toks
        for k, t in enumerate(toks[:6]):
            if not t.is_word:
                continue
            kind = self.kind_of(t)
            if kind in ("drone", "missile") and not t.plural and t.pos == "NOUN":
                model = next((m for u in toks[k:k + 5] if u.is_word and (m := self.model_of(u))), None)
                last = next((n for n in range(k, min(len(toks), k + 5)) if toks[n].is_word
                             and self.model_of(toks[n])), k)
                return [Count(1, kind, role, model[0] if model else None, segment.index, k, last, None, False, group)]
        return []

    def _one_used(self, segment: Segment, in_segment: list[Count], group: int) -> list[Count]:
        """"Росіяни вдарили балістичною ракетою по Кривому Рогу", "Одесский район атаковали ракетой Х-31":
        the weapon a verb of launching was used with, in the singular instrumental and with no number, is one
        launched (none when the segment counts that kind already)."""
        toks = segment.toks
        out: list[Count] = []
        for k, t in enumerate(toks):
            # "вдарили балістичною ракетою", "випустили керовану авіаційну ракету Х-59"
            if not t.is_word or t.case not in ("ablt", "accs") or t.plural or t.pos != "NOUN" or k == 0:
                continue
            kind = self.kind_of(t)
            if kind not in ("drone", "missile") or any(c.kind == kind for c in [*in_segment, *out]):
                continue
            if t.lower.split("-", 1)[0] in TACTICAL_DRONES or toks[k - 1].lower in TACTICAL_DRONES:
                continue  # "ВСУ атаковали FPV-дроном грузовой автомобиль": a front-line drone, no count
            verb = None
            for m in range(k - 1, max(-1, k - 6), -1):
                u = toks[m]
                if not u.is_word:
                    if u.text in "«»\"'":
                        continue
                    break
                if u.pos == "PREP" and m + 1 < k and toks[m + 1].capitalised and u.lower in self.lx.PLACE_PREPOSITIONS:
                    continue  # "ударив по Сумах ракетою": the place struck, between the verb and its weapon
                if u.pos == "PREP" or u.is_digit or self._number_word(u) is not None:
                    break  # "з ракетою", "однією ракетою" (a count of its own)
                if u.pos in ("VERB", "PRTS", "GRND") and u.any(self.lx.LAUNCH):
                    verb = m
                    break
            if verb is None:
                continue
            model = next((m for u in toks[k + 1:k + 4] if u.is_word and (m := self.model_of(u))), None)
            last = next((n for n in range(k + 1, min(len(toks), k + 4)) if toks[n].is_word and self.model_of(toks[n])), k)
            out.append(Count(1, kind, "launched", model[0] if model and model[1] == kind else None, segment.index,
                             k, last, verb, False, group))
        return out

    def _one_destroyed(self, segment: Segment, in_segment: list[Count], group: int) -> list[Count]:
        """"Ракета збита", "Також збито розвідувальний БпЛА Орлан-10", "Ракету сбили над Белгородом": one
        weapon in the singular nominative or accusative, with no number, next to a verb of destroying in
        its clause, is one destroyed (none when the segment counts that kind already)."""
        toks = segment.toks
        out: list[Count] = []
        for k, t in enumerate(toks):
            if not t.is_word or t.plural or t.pos != "NOUN" or t.case not in ("nomn", "accs"):
                continue
            kind = self.kind_of(t)
            if kind not in ("drone", "missile") or any(c.kind == kind for c in [*in_segment, *out]):
                continue
            m = k - 1
            while m >= 0 and toks[m].is_word and toks[m].poses & _MODIFIER_POS and self._number_word(toks[m]) is None:
                m -= 1  # "розвідувальний", "ворожий"
            if m >= 0 and (toks[m].is_digit or toks[m].is_word and self._number_word(toks[m]) is not None
                           or toks[m].pos == "PREP"):
                continue  # "одну ракету" (a count of its own), "з ракети"
            clause = range(max(0, m - 1), min(len(toks), k + 4))
            # a verb, or a participle after the noun ("Ракета збита": Ukrainian has no short participle)
            cue = next((n for n in clause if n != k and toks[n].is_word and toks[n].poses & (
                {"VERB", "PRTS", "ADJF"} if n > k else {"VERB", "PRTS"})
                        and self.cue_role(toks[n]) == "destroyed" and not toks[n].any(self.lx.LOST)
                        and not any(u.text in ",.;:" for u in toks[min(n, k) + 1:max(n, k)])), None)
            if cue is None or any(toks[n].lower in NEGATION for n in range(max(0, min(cue, k) - 2),
                                                                             min(len(toks), max(cue, k) + 3))):
                continue  # "Збити ракету не вдалося": none
            last = next((n for n in range(k + 1, min(len(toks), k + 4)) if toks[n].is_word and self.model_of(toks[n])), k)
            model = self.model_of(toks[last]) if last > k else self.model_of(t)
            out.append(Count(1, kind, "destroyed", model[0] if model and model[1] == kind else None, segment.index,
                             min(k, cue), max(last, cue), cue, False, group, extra=self._additional(toks)))
        return out

    def _hits_told(self, segment: Segment, in_segment: list[Count], group: int) -> list[Count]:
        """Hits told by the weapon's word, with no count of hits beside it: "два ракетні влучання" (the
        weapon's adjective before the noun of hitting: that many) and "ракети влучили в ..." (the weapons
        as the subject of a plural verb of hitting: every one launched, when none is said to be destroyed)."""
        if any(c.role == "hit" for c in in_segment):
            return []
        toks = segment.toks
        for k, t in enumerate(toks):
            if k == 0 or not t.is_word or self.cue_role(t) != "hit":
                continue
            if t.pos == "NOUN":
                if k > 1 and (kind := self._hit_adjective(toks[k - 1])) is not None:
                    for first in (k - 3, k - 2):  # "двадцять два ракетні влучання", "два ракетні влучання"
                        number = self.number_at(toks, first) if first >= 0 else None
                        if number is not None and number[1] == k - 2 and number[0] == int(number[0]) > 0:
                            return [Count(int(number[0]), kind, "hit", None, segment.index, first, k, k, False,
                                          group)]
                continue
            if t.pos != "VERB" or not t.plural:
                continue
            # the weapon noun right before the verb (past a "не", which makes no hit), at its clause's start
            n = k - 1
            if toks[n].lower in NEGATION:
                continue
            w = toks[n]
            if w.is_word and w.pos == "NOUN" and self.kind_of(w) in ("drone", "missile") \
                    and (n == 0 or toks[n - 1].text in _CLAUSE_END):
                return [Count(0, self.kind_of(w), "hit", None, segment.index, n, k, k, False, group, every=True)]
        return []

    def _hit_adjective(self, t: Token) -> str | None:
        return next((kind for lemma, kind in self.lx.HIT_ADJECTIVES.items() if t.is_word and t.any({lemma})), None)

    def _none_destroyed(self, segment: Segment, in_segment: list[Count], group: int,
                        before: list[Count] = ()) -> list[Count]:
        """"Ракети збити не вдалося", "ракеты не были сбиты": none of that weapon was destroyed; so of the
        weapons counted just before, told by a pronoun ("Жодну з них збити не вдалося", "она не была сбита")."""
        toks = segment.toks
        out = []
        for k, t in enumerate(toks):
            if not (t.is_word and (t.any(self.lx.DESTROY) or self._middle_voice(t, self.lx.DESTROY))):
                continue
            negation = next((n for n in range(max(0, k - 2), min(len(toks), k + 3)) if toks[n].lower in NEGATION),
                            None)
            if negation is None or negation + 1 < len(toks) and toks[negation + 1].any(self.lx.NOT_TOLD):
                continue  # "О перехвате ракет не сообщается": nothing told
            index = {u.start: n for n, u in enumerate(toks)}
            # four words back past the asides ("Ракети, за даними ПС, збити не вдалося"), four after
            window = [index[u.start] for u in self._without_asides(toks[max(0, k - 10):k])[-4:]] + list(
                range(k, min(len(toks), k + 5)))
            for m in window:
                u = toks[m]
                kind = (self.kind_of(u) or (self.model_of(u) or (None, None))[1]) if u.is_word else None
                if kind in ("drone", "missile") and not any(c.kind == kind for c in in_segment):
                    first, last = min(m, k, negation), max(m, k, negation)  # the quote states the "не"
                    model = self.model_of(u)
                    out.append(Count(0, kind, "destroyed", model[0] if model else None, segment.index, first, last,
                                     k, False, group))
                    break
            else:
                launched = [c for c in before if c.role == "launched" and c.kind in ("drone", "missile")
                            and c.segment in (segment.index, segment.index - 1)]
                pronoun = next((m for m in range(max(0, k - 4), min(len(toks), k + 3)) if toks[m].is_word and (
                    toks[m].any(self.lx.THEY) or toks[m].any(self.lx.IT) and launched and launched[-1].value == 1)), None)
                if pronoun is not None and launched and not any(c.kind == launched[-1].kind and c.role == "destroyed"
                                                                for c in in_segment):
                    out.append(Count(0, launched[-1].kind, "destroyed", launched[-1].model, segment.index,
                                     min(pronoun, k, negation), max(pronoun, k, negation), k, False, group))
        return out

    def _segment_role(self, toks: list[Token]) -> str | None:
        roles = [self.cue_role(t) for t in toks if t.is_word]
        role = next((r for r in roles if r), None)
        if role is None and any(t.is_word and t.any(self.lx.ATTACK_NOUNS) for t in toks):
            return "launched"  # "Склад удару:": the list of what was launched
        return role

    def _lost_cue(self, toks: list[Token], first: int, last: int) -> bool:
        """Whether the count at FIRST..LAST is of weapons lost to electronic warfare, said in its own clause:
        in "збили 31 дрон, ще 14 локаційно втрачені" the 31 were shot down."""
        before = toks[max(0, first - 3):first]
        cut = max((n for n, t in enumerate(before) if t.text in ",;" or t.is_digit), default=-1)
        after = toks[last + 1:min(len(toks), last + 5)]
        end = next((n for n, t in enumerate(after) if t.text in ",;." or t.is_digit), len(after))
        window = [*before[cut + 1:], *toks[first:last + 1], *after[:end]]
        return any(t.is_word and t.any(self.lx.LOST) for t in window)

    def _additional(self, toks: list[Token]) -> bool:
        """Whether the sentence adds to the figures before it: it opens so ("Крім того, збито ..."), or it
        tells an earlier clock frame of the same day with more weapons ("Ранее, в период с 08:00 до 20:00 мск,
        ... уничтожены еще 23 БПЛА": the ministry's frames add up)."""
        words = [t for t in toks if t.is_word]
        opening = " ".join(t.lower for t in words[:3])
        return any(opening.startswith(phrase) for phrase in self.lx.ADDITION) or bool(words) \
            and words[0].lower in self.lx.AGO and any(t.lower in self.lx.MORE for t in words) \
            and self._clock_span(toks) is not None

    def _partitive(self, toks: list[Token], j: int) -> bool:
        """"обломки одного из беспилотников": one of the weapons counted elsewhere, not a count."""
        return j + 2 < len(toks) and toks[j + 1].lower in ("з", "із", "из") and toks[j + 2].is_word \
            and self.kind_of(toks[j + 2]) is not None and self._number_word(toks[j + 2]) is None

    def _after_breakdown(self, segment: Segment) -> bool:
        """Whether the sentence before SEGMENT, in its paragraph, breaks a figure down ("337 ..., из них 91
        — над Московской областью"): "Еще 38 дронов сбиты над Брянской" then goes on with the parts."""
        if segment.index == 0 or "\n" in self.text[self.segments[segment.index - 1].end:segment.start]:
            return False
        before = self.segments[segment.index - 1]
        lower = self.text[before.start:before.end].lower()
        if lower.lstrip(" -–—•·*").startswith(self.lx.MOST_OPENING) and any(
                t.is_digit or t.is_word and t.pos == "NUMR" for t in before.toks) and self._told_whole(segment.index - 1):
            return True  # "337 беспилотников. Больше всего — 126 — над Курской. Еще 91 сбит над ...": the parts
        for phrase in self.lx.SUBSET:
            at = lower.find(f"{phrase} ")
            # the figure broken down is stated before "из них" ("Пять из них сбиты" is itself a part)
            if at > 0 and any(t.start < before.start + at and (t.is_digit or t.is_word and t.pos == "NUMR")
                              and self.weapon_after(before.toks, before.toks.index(t) + 1) for t in before.toks):
                return True
        return False

    def _told_whole(self, n: int) -> bool:
        """Whether the sentence before sentence N, in its paragraph or the paragraph before, tells a figure of a
        weapon (the whole a "Больше всего ..." sentence breaks down)."""
        if n == 0:
            return False
        toks = self.segments[n - 1].toks
        return any((t.is_digit or t.is_word and t.pos == "NUMR") and self.weapon_after(toks, k + 1)
                   for k, t in enumerate(toks))

    def _lost_more(self, toks: list[Token], j: int) -> tuple[str, str | None, int] | None:
        """"збили ... 128 дронів, ще 117 були локаційно втрачені": drones lost to electronic warfare, said
        after the drones shot down with no noun of their own."""
        rest = [k for k in range(j + 1, min(len(toks), j + 4)) if toks[k].is_word]
        lost = next((k for k in rest if toks[k].any(self.lx.LOST)), None)
        return ("drone", None, lost) if lost is not None else None

    @staticmethod
    def _before_aside(toks: list[Token], k: int) -> int:
        """The token before the parentheses that close at K ("сім «шахедів» (п'ять знищено)" -> "шахедів"), else K."""
        if k < 0 or toks[k].text != ")":
            return k
        level = 0
        for n in range(k, -1, -1):
            level += (toks[n].text == ")") - (toks[n].text == "(")
            if level == 0:
                m = n - 1
                while m >= 0 and toks[m].text in "«»\"'":
                    m -= 1
                return m
        return k

    def _destroyed_aside(self, toks: list[Token], i: int, j: int, in_segment: list[Count]) -> tuple[str, int] | None:
        """"сім «шахедів» (п'ять знищено)", "8 ракет с моря (шесть сбиты)": a bare number opening the
        parentheses after a count (and the words of where from), with a verb of destroying or hitting before
        they close: (role, cue)."""
        if i == 0 or toks[i - 1].text != "(" or not in_segment or in_segment[-1].part \
                or in_segment[-1].kind not in ("drone", "missile"):
            return None
        between = [t for t in toks[in_segment[-1].last + 1:i - 1] if t.text not in "«»\"'"]
        if len(between) > 6 or any(not t.is_word or self.cue_role(t) for t in between):
            return None  # (past the words of where from: "сім «шахедів» з узбережжя Азовського моря (п'ять знищено)")
        for k in range(j + 1, min(len(toks), j + 4)):
            if toks[k].text == ")":
                return None
            if toks[k].is_word and (role := self.cue_role(toks[k])) in ("destroyed", "hit") \
                    and toks[k].poses & {"VERB", "PRTS"}:
                return role, k
        return None

    def _lost_before(self, toks: list[Token], i: int, j: int) -> tuple[str, str | None, int] | None:
        """"Локаційно втрачено — 64", "локационно потеряны – 12": drones lost to electronic warfare, the verb
        before a dash and the figure after it with no noun of its own."""
        if i < 2 or toks[i - 1].text not in _DASH or j + 1 < len(toks) and toks[j + 1].is_word \
                and self.kind_of(toks[j + 1]) is not None:
            return None
        clause = []
        for t in reversed(toks[:i - 1]):
            if t.text in _CLAUSE_END or t.is_digit:
                break
            clause.append(t)
        return ("drone", None, j) if any(t.is_word and t.any(self.lx.LOST) for t in clause) else None

    def _destroyed_more(self, toks: list[Token], j: int, before: Count) -> tuple[str, str | None, int] | None:
        """"один беспилотник ... уничтожен ... Еще два подавлены": more of the weapon counted just before,
        destroyed, said with no noun of their own."""
        if before.role != "destroyed" or before.kind not in ("drone", "missile"):
            return None
        rest = [k for k in range(j + 1, min(len(toks), j + 4)) if toks[k].is_word]
        cue = next((k for k in rest if toks[k].any(self.lx.DESTROY) or toks[k].any(self.lx.LOST)
                    or toks[k].any(self.lx.HIT) and "VERB" in toks[k].poses), None)  # "ще 3 влучили у склад"
        if cue is None and j + 2 < len(toks) and toks[j + 1].text in _DASH and toks[j + 2].lower in ("над", "в", "у"):
            return before.kind, before.model, j  # "уничтожены шесть ... над Брянской областью, еще два – над Курской"
        if cue is not None and toks[cue].any(self.lx.HIT):
            return before.kind, before.model, j  # the verb after the figure gives its role: hit
        return (before.kind, before.model, cue) if cue is not None else None

    def _lost_item(self, toks: list[Token], j: int, kind: str | None,
                   model: str | None = None) -> tuple[str, str | None, int] | None:
        """"208 – локаційно втрачені (імітатори)": an item whose weapon is the heading's, or the drones
        that electronic warfare makes lose their way."""
        rest = toks[j + 1:j + 6]
        if any(t.is_word and self.cue_role(t) for t in rest):
            found = next((m for t in rest if t.is_word and (m := self.model_of(t))), None)
            lost = any(t.is_word and t.any(self.lx.LOST) for t in rest)
            kind = found[1] if found else kind or ("drone" if lost else None)
            if kind is None:
                return None
            last = max(k for k in range(j + 1, min(len(toks), j + 6)) if toks[k].is_word)
            return kind, found[0] if found else model, last
        return None

    # ------------------------------------------------------------------------------------ reading
    def read(self) -> tuple[AirAttack, ...]:
        words = [t for segment in self.segments for t in segment.toks if t.is_word]
        if any(t.any(self.lx.GROUND) for t in words) and not any(
                self.kind_of(t) in ("drone", "missile", "bomb") or self.model_of(t) for t in words):
            return ()  # "тричі обстріляли з важкої артилерії": ground fire only (SPEC: not an aerial attack)
        review = self._review()  # "Тиждень у небі: ...": a week's review, whose totals are no attack's (SPEC)
        counts = self.counts()
        sides = self.sides()
        keys: dict[int, tuple] = dict(self._event_keys(sides, counts))
        if review:
            keys = {index: (sides[index], told) for index, told in self._review_nights(sides).items()}
        for index, day in ({} if review else self.earlier()).items():
            if day is not None and keys[index][1] == day:
                continue  # "Напередодні, у ніч на 24 травня, ...": the night the text tells of already has its event
            keys[index] = (sides[index], ("earlier", day))  # "Нагадаємо, 7 березня ...": an attack of its own
        if not review:
            keys, counts = self._day_wave(keys, counts)
            keys = self._evening_and_night(keys)
            counts = [c for c in counts if not self._sum_of_frames(c, counts, keys)]
        drafts: dict[tuple, EventDraft] = {}
        for segment in self.segments:
            key = keys[segment.index]
            draft = drafts.setdefault(key, EventDraft(key[0]))
            draft.segments.append(segment.index)
        for count in counts:
            drafts[keys[count.segment]].counts.append(count)
        self._previous_casualty: str | None = None
        main = next((drafts[keys[s.index]] for s in self.segments
                     if not (isinstance(keys[s.index][1], tuple) and keys[s.index][1][0] == "earlier")), None)
        for segment in self.segments:
            draft = drafts[keys[segment.index]]
            if self._interceptor_fell(segment):
                continue  # "в польском селе Пшеводув упала ракета украинской ПВО, погибли два человека": no attack
            self._places(segment, draft)
            self._casualties(segment, draft)
            self._damage(segment, draft)
            self._record(segment, draft, main)
            self._alert(segment, draft)
        for key, draft in list(drafts.items()):
            if key[1] == ("earlier", None) and not (draft.counts or draft.killed or draft.injured or draft.damage) \
                    and not any(t.is_word and t.poses & {"VERB", "PRTS", "GRND"} and (t.any(self.lx.LAUNCH) or t.any(
                        self.lx.HIT) or t.any(self.lx.DAMAGE_VERBS)) for i in draft.segments for t in self.segments[i].toks):
                del drafts[key]  # "Напомним, с начала апреля это уже пятая атака на Одессу": no attack told
            elif isinstance(key[1], tuple) and key[1][0] == "earlier" and draft.counts \
                    and all(c.role in ("launched", "destroyed") for c in draft.counts) \
                    and not (draft.places or draft.killed or draft.injured or draft.damage):
                # "Попередня масована атака була 5 грудня: тоді росіяни випустили сімдесят ракет, шістдесят із них
                # збили": an earlier attack told only by its size is a yardstick, not an event (SPEC: an earlier
                # attack is an event when told with what it hit)
                del drafts[key]
            elif isinstance(key[1], tuple) and key[1][0] == "earlier" and (draft.record or draft.benchmark) \
                    and not (draft.killed or draft.injured or draft.damage):
                # "Нагадаємо, попередній рекорд було встановлено в ніч на 9 липня, коли окупанти випустили 728 дронів,
                # більшість із яких — по Луцьку": the record an attack is measured by, told with where it was aimed
                # but nothing it hit or cost, is a comparison of magnitude (SPEC), not an event
                del drafts[key]
        if review:
            # a review's nights are events when told with what they struck or cost (SPEC: a night told only by its
            # size is a yardstick), its lead and the paragraphs naming no night none
            drafts = {key: d for key, d in drafts.items() if key[1][1] is not None
                      and (d.places or d.killed or d.injured or d.damage)}
        day = self.attack_date()
        events = [self._event(d, (night[1].isoformat() if night[1] else None) if isinstance(night, tuple)
                              else night.isoformat() if night else day) for (_, night), d in drafts.items()]
        return tuple(e for e in events if e is not None)

    def _day_wave(self, keys: dict[int, tuple], counts: list[Count]) -> tuple[dict[int, tuple], list[Count]]:
        """Two waves of one day told apart: a paragraph opening on the daytime that tells more weapons ("Днем, с
        08:00 до 20:00, ... сбили еще 59 беспилотников") after a paragraph opening on the night with a count of that
        kind ("Ночью ... уничтожено 104 БПЛА"); or, in a text told by a daytime window ("З 09:00 до 18:00 ...
        противник атакував 556 БпЛА"), the night onto that day recalled ("Нагадаємо, у ніч на 24 березня ворог
        застосував 392 БпЛА"), which is no earlier attack, or told by its own count after the window ("Утром
        министерство отчиталось об уничтожении 57 беспилотников за ночь"). Each wave is an attack of its own, on
        the same day, and a figure told for the whole day ("в течение суток ... в общей сложности 163", "упродовж
        доби ... 948") is neither's."""
        openings = [[t for t in segment.toks if t.is_word][:3] for segment in self.segments]
        windows = {s.index: w for s in self.segments if (w := self._overnight(s)) is not None}
        by_day = any(w == () for w in windows.values())
        if not by_day and not any(t.lower in self.lx.RECALL or t.any(self.lx.DAYTIME)
                                  for opening in openings for t in opening):
            return keys, counts  # no daytime window, no sentence opens on the daytime or recalls (read fast)
        told_day = self.attack_date()
        if told_day is None:
            return keys, counts
        day = date.fromisoformat(told_day)
        night_kinds: set[str] = set()
        waves: dict[int, tuple] = {}
        for segment, opening in zip(self.segments, openings, strict=True):
            if segment.index in waves:
                continue
            # the sentence and the rest of its paragraph ("І це був не кінець. Вже вдень ...": from the second)
            rest = [s for s in self._paragraph(segment) if s.index >= segment.index]
            told = [c for c in counts if rest[0].index <= c.segment <= rest[-1].index]
            if by_day and told and (any(t.lower in self.lx.RECALL for t in opening) and self._night_of(segment) == day
                                    or self._night_beside_window(segment, windows) and not isinstance(
                                        keys[segment.index][1], tuple) and self._night_of(segment) in (None, day)):
                waves.update((s.index, ("night", day)) for s in rest)
            elif any(t.any(self.lx.TONIGHT) for t in opening):
                night_kinds.update(c.kind for c in told)
            elif any(t.any(self.lx.DAYTIME) for t in opening) and (any(
                    c.kind in night_kinds and self._said_as_more(c) for c in told)
                    or night_kinds and not told and self._strikes_anew(rest)):
                # "Днем ВСУ атаковали с помощью FPV-дрона грузовой автомобиль ... Ранена мирная жительница" after
                # the night's count: a strike by day, told with what it hit, is the day's attack too
                waves.update((s.index, ("day", day)) for s in rest)
        if not waves:
            return keys, counts
        out = dict(keys)
        for index, wave in waves.items():
            out[index] = (keys[index][0], wave)
        whole_day = {s.index for s in self.segments if s.index not in waves and any(
            t.is_word and t.any(self.lx.WHOLE_DAY) for t in s.toks)}
        return out, [c for c in counts if c.segment not in whole_day]

    def _night_beside_window(self, segment: Segment, windows: dict[int, tuple]) -> bool:
        """Whether a sentence of a text told by a daytime window ("В период с 8:00 до 14:00 ... уничтожены 42")
        tells the night's own count ("Утром министерство отчиталось об уничтожении 57 беспилотников за ночь"): it
        names the night, no daytime and no window of its own, so it is the night's attack, not the window's. Only
        in a text that opens on the daytime: not when its title or lead tells the night ("за ночь ... уничтожены
        128": the daytime window is the aside) or the whole day ("за сутки сбиты более 130 БПЛА": one attack, the
        day's), nor when it has a night's window too."""
        if segment.index in windows or any(w != () for w in windows.values()):
            return False
        opening = [*tokens(self.article.title or "", self.lx.LANGUAGE), *(self.segments[0].toks if self.segments else [])]
        if any(t.is_word and (t.any(self.lx.WHOLE_DAY) or t.any(self.lx.TONIGHT) or t.any(self.lx.NIGHT))
               for t in opening):
            return False
        words = [t for t in segment.toks if t.is_word]
        return any(t.any(self.lx.TONIGHT) for t in words) and not any(
            t.any(self.lx.DAYTIME) or t.any(self.lx.WHOLE_DAY) for t in words)

    def _sum_of_frames(self, count: Count, counts: list[Count], keys: dict[int, tuple]) -> bool:
        """Whether COUNT sums up a whole day's figures told before it as attacks of their own ("с 8.00 до 20.00
        ... уничтожены 41 ... Ночью ... сбиты еще 47. Таким образом, за сутки ... о девяти десятках"), or
        is their sum by the arithmetic ("Таким образом, с вечера пятницы ... в общей сложности о 99"): the sum of
        two events is neither's figure."""
        segment = self.segments[count.segment]
        toks = segment.toks
        if not self._sums_up(segment):
            return False
        told: dict[tuple, int] = {}  # each event's figure told before: the largest of its counts of that kind
        for c in counts:
            if c.segment < count.segment and c.kind == count.kind and c.role == count.role:
                told[keys[c.segment]] = max(told.get(keys[c.segment], 0), c.value)
        if len(told) < 2:
            return False
        # "Таким образом, с вечера пятницы военные заявили в общей сложности о девяноста девяти": the sum of the
        # figures told as attacks of their own, by the arithmetic, when no "за сутки" says it
        return sum(told.values()) == count.value or any(
            t.is_word and t.any(self.lx.WHOLE_DAY) and any(u.is_word and u.any(self.lx.OVER)
                                                           for u in toks[max(0, k - 3):k])
            for k, t in enumerate(toks))

    def _strikes_anew(self, paragraph: list[Segment]) -> bool:
        """Whether sentences tell a weapon launched or striking ("ВСУ атаковали с помощью FPV-дрона", "дрон
        ударил по автомобилю"), not only what was damaged ("уламки пошкодили два будинки")."""
        words = [t for s in paragraph for t in s.toks if t.is_word]
        return any(self.kind_of(t) in ("drone", "missile", "bomb") or self.model_of(t) for t in words) and any(
            t.poses & {"VERB", "PRTS"} and (t.any(self.lx.LAUNCH) or t.any(self.lx.HIT)) for t in words)

    def _evening_and_night(self, keys: dict[int, tuple]) -> dict[int, tuple]:
        """A lead that tells two attacks, on an evening and the night after it ("атаковали беспилотники дважды за
        сутки — вечером 27 января и ночью", "двічі: увечері та вночі"): each later paragraph that speaks of the
        night and of no evening ("Ночью дроны пытались атаковать ...", "за ночь над областью уничтожены 14 БПЛА")
        is the night's attack, dated by the day after the evening; the rest stays the evening's."""
        lead = self._paragraph(self.segments[0]) if self.segments else []
        words = [t for s in lead for t in s.toks if t.is_word]
        if not (any(t.lower in self.lx.TWICE for t in words) and any(t.any(self.lx.EVENING) for t in words)
                and any(t.any(self.lx.TONIGHT) for t in words)):
            return keys  # no evening and night told as two (the common case: read fast)
        evening = self._evening_opening([t for s in lead for t in s.toks])
        if evening is None:
            return keys
        out = dict(keys)
        lead_key = keys[lead[0].index]
        for segment in self.segments[len(lead):]:
            paragraph = self._paragraph(segment)
            if segment.index == paragraph[0].index and keys[segment.index] == lead_key \
                    and self._of_the_night(paragraph):
                out.update((s.index, (lead_key[0], ("night", evening + timedelta(days=1)))) for s in paragraph)
        return out

    def _interceptor_fell(self, segment: Segment) -> bool:
        """Whether the sentence tells an air-defence missile falling ("упала ракета украинской ПВО", "впала ракета
        ППО"): where it fell and whom it killed are no attack's."""
        words = [t for t in segment.toks if t.is_word]
        if not any(t.lower in self.lx.AIR_DEFENCE for t in words):
            return False
        return any(t.any(self.lx.FELL) for t in words) and any(
            self.kind_of(t) == "missile" and any(u.any(self.lx.AIR_DEFENCE) for u in words[k + 1:k + 4])
            for k, t in enumerate(words))

    def _review_nights(self, sides: dict[int, tuple[str | None, str | None]]) -> dict[int, tuple[str, date | None]]:
        """The night each paragraph of a review tells: the first night it names ("Найважчою стала ніч на 19
        листопада", "Ночь на 14 мая.") or the day its heading names ("Вівторок, 23 грудня.", "Среда, 13 мая."),
        and from a sentence naming another night ("А в ніч на 19 квітня — 236 дронів") or a weekday ("в понеділок
        зранку") on, that one; a paragraph naming none goes on with the day before it when it tells the same side
        and names no period ("Решта тижня."), else None (the week's totals, politics). A paragraph opening on the evening of that
        day ("Того ж вечора", "Тем же вечером") is an attack of its own."""
        out: dict[int, tuple[str, date | None]] = {}
        carried: date | None = None
        carried_side: tuple[str | None, str | None] | None = None
        for segment in self.segments:
            if segment.index in out:
                continue
            paragraph = self._paragraph(segment)
            toks = paragraph[0].toks
            heading = self._day_month(toks, 2) if len(toks) > 3 and toks[0].is_word and toks[1].text == "," and any(
                lemma in self.lx.WEEKDAYS for lemma in toks[0].lemmas) else None
            own = [self._night_of(s) or self._weekday_of(s) for s in paragraph]
            night = heading or next((n for n in own if n), None)
            if night is None and all(sides[s.index] == carried_side for s in paragraph) and not any(
                    t.is_word and t.any(self.lx.PERIODS) for s in paragraph for t in s.toks):
                night = carried
            opening = [t for t in toks if t.is_word][:4]
            tag = "evening" if any(t.any(self.lx.EVENING) for t in opening) and any(
                t.lower in self.lx.SAME for t in opening) else "night"
            for s, day in zip(paragraph, own, strict=True):
                night = day or night
                out[s.index] = (tag, night)
            carried, carried_side = night, sides[paragraph[-1].index]
        return out

    def _weekday_of(self, segment: Segment) -> date | None:
        """The day of the publication's week a sentence names after a preposition ("в понеділок зранку")."""
        reference = self.published or self.printed
        if reference is None:
            return None
        toks = segment.toks
        for k, t in enumerate(toks[1:], 1):
            weekday = next((self.lx.WEEKDAYS[lemma] for lemma in sorted(t.lemmas) if lemma in self.lx.WEEKDAYS), None)
            if weekday is not None and t.case in ("accs", "nomn", None) and toks[k - 1].pos == "PREP" \
                    and toks[k - 1].lower not in self.lx.NIGHT_ONTO:
                return reference - timedelta(days=(reference.weekday() - weekday) % 7)
        return None

    def _review(self) -> bool:
        """Whether the article reviews a period: its title names a week, a month or a year ("Тиждень терору",
        "Неделя ударов") and its lead tells the period ("Минулого тижня", "за неделю с 9 по 15 февраля")."""
        title = [t for t in tokens(self.article.title or "", self.lx.LANGUAGE) if t.is_word]
        if not any(t.any(self.lx.PERIODS) for t in title):
            return False
        for segment in self.segments[:2]:
            toks = segment.toks
            if any(self._period(toks, k) or (t.any(self.lx.PERIODS) and k > 0 and toks[k - 1].any(self.lx.PAST))
                   for k, t in enumerate(toks)):
                return True
        return False

    def earlier(self) -> dict[int, date | None]:
        """The segments that recall an earlier attack, with its day when the text gives it: from a sentence
        that opens with "Нагадаємо", "Напомним" or "Раніше" and names an earlier day, month or week ("Нагадаємо,
        7 березня росіяни атакували столицю 60 дронами"), or names an earlier day and says "then" ("Дрони влучили
        в термінал у Рені ще 24 липня, тоді ... поранено семеро"), or that says how long ago ("тиждень тому", "Неделей
        ранее", "минулого тижня", "на прошлой неделе"), or whose clause after a colon opens on an earlier day in a later
        paragraph ("Это уже не первая атака на завод: 14 августа после удара ..."), to the end of its paragraph; or
        that opens on the day before with no date and tells a strike of its own ("Днём ранее в селе ... дрон атаковал автомобиль"), the day before
        the post. Their figures are not this attack's (an earlier attack told with what it hit is an event of its
        own: SPEC)."""
        if not hasattr(self, "_earlier"):
            self._earlier: dict[int, date | None] = {}
            reference = self.published or self.printed
            for segment in self.segments:
                if segment.index in self._earlier:
                    # "Нагадаємо, у ніч на 7 березня ... А ще раніше, 2 березня, дрон влучив у ...": a sentence of
                    # the recalled paragraph opening on yet another earlier day tells an attack of its own
                    day = self._opening_day(segment.toks)
                    if day is not None and day != self._earlier[segment.index] and reference \
                            and (reference - day).days >= 1:
                        for later in self._paragraph(segment):
                            if later.index >= segment.index:
                                self._earlier[later.index] = day
                    continue
                toks = segment.toks
                words = [t for t in toks if t.is_word]
                if not any(t.lower in self.lx.RECALL or t.lower in self.lx.AGO or t.any(self.lx.PERIODS) or t.lower in self.lx.THEN
                           or t.lower in self.lx.EVE or t.any(self.lx.PREVIOUS) or t.lower in self.lx.WHEN for t in words) \
                        and not any(t.is_digit for t in toks[:2]) and not any(t.any(self.lx.NIGHT) for t in words[:2]) \
                        and not any(t.text == ":" and u.is_digit for t, u in itertools.pairwise(toks)):
                    continue  # nothing recalled, nothing ago (the common case: read fast)
                days = [d for k in range(len(toks)) if (d := self._day_month(toks, k))]
                old = [d for d in days if reference and (reference - d).days >= 2]
                before = [d for d in days if reference and (reference - d).days >= 1]
                # "Кроме того, как уточнили в министерстве, накануне вечером, в период с 15:00 до 21:00 мск 21 марта,
                # ... перехвачены еще 16 БПЛА": the day before, dated, past an aside, is another attack too
                if self._previous_dated(toks, words) or before and any(t.lower in self.lx.EVE for t in words):
                    # "Накануне, 27 октября, ..." in a post with no date: another day, whose year the text never gives
                    undated = reference is None and any(self._day_month_named(toks, k) for k in range(len(toks)))
                    if before or undated:
                        for later in self._paragraph(segment):
                            if later.index >= segment.index and later.index not in self._earlier:
                                self._earlier[later.index] = before[0] if before else None
                        continue
                if reference and not days and self._day_before_opens(words) and self._paragraph(segment)[0].index > 0 \
                        and self._strikes_anew([s for s in self._paragraph(segment) if s.index >= segment.index]):
                    # "Днём ранее в селе Кирилловка дрон-камикадзе атаковал грузовой автомобиль": the day before the
                    # post, undated, told by a strike of its own in a later paragraph (a lead opening on "Напередодні"
                    # tells the post's own attack)
                    for later in self._paragraph(segment):
                        if later.index >= segment.index and later.index not in self._earlier:
                            self._earlier[later.index] = reference - timedelta(days=1)
                    continue
                opens = any(t.lower in self.lx.RECALL for t in words[:2])
                ago = any(t.any(self.lx.PERIODS) and (
                    (k + 1 < len(toks) and toks[k + 1].lower in self.lx.AGO)
                    or (k > 0 and toks[k - 1].any(self.lx.PAST) and toks[max(0, k - 2)].lower not in self.lx.OVER))
                    for k, t in enumerate(toks))
                then = bool(old) and any(t.lower in self.lx.THEN for t in words)  # "ще 24 липня, тоді ... поранено семеро"
                # "Наймасованішою залишається ніч на 7 вересня 2025 року, коли росіяни випустили 810 дронів"
                then = then or any((reference - d).days >= 7 for d in old) and any(t.lower in self.lx.WHEN for t in words)
                # "3 ноября, по данным областных властей, ... обошлось без пострадавших": a later paragraph opening
                # on an earlier day
                # ("А 23 сентября в хуторе ...": after a conjunction)
                lead = 1 if toks[0].is_word and toks[0].lower in _CONJUNCTIONS else 0
                # ("Это уже не первая атака на завод: 14 августа после удара дронов ...": after a colon)
                opening = [lead, *(k + 1 for k, t in enumerate(toks[:-1]) if t.text == ":")]
                then = then or bool(old) and any(self._day_month(toks, k) in old for k in opening) \
                    and self._paragraph(segment)[0].index > 0
                # "В ночь на 22 ноября, по данным Минобороны, над регионом были сбиты 19 беспилотников" in a post
                # of the 24th on the day just past: a later paragraph opening on an older night the lead never names
                then = then or bool(old) and self._opening_night(segment) in old \
                    and self._paragraph(segment)[0].index > 0 and self._opening_night(segment) not in self._lead_days()
                # "Удар по ... 27 червня 2022 року забрав життя 21 людини": a later paragraph opening on a day a month
                # or more before, and on no other
                then = then or bool(days) and all(reference and (reference - d).days >= 30 for d in days) \
                    and 0 < segment.index == self._paragraph(segment)[0].index
                if not (ago or then or (opens and (old or any(t.any(self.lx.MONTHS) or t.any(self.lx.PERIODS) for t in words)))
                        or (words and words[0].lower in self.lx.AGO and old)):
                    continue
                day = old[0] if old else None
                if day is None and opens and reference and any(t.any(self.lx.TONIGHT) for t in words):
                    day = reference  # "Нагадаємо, цієї ночі (з 19:00 2 травня) Росія атакувала ...": the night just past
                for later in self._paragraph(segment):
                    if later.index >= segment.index:
                        self._earlier[later.index] = day
        return self._earlier

    def _day_before_opens(self, words: list[Token]) -> bool:
        """Whether a sentence opens on the day before, with no date ("Накануне вечером ...", "Напередодні ...",
        "Днём ранее ...", "А днем раньше ..."), not on an earlier time of no length ("Ранее губернатор сообщал")."""
        lead = 1 if words and words[0].lower in _CONJUNCTIONS else 0
        opening = words[lead:lead + 2]
        return bool(opening) and (opening[0].lower in self.lx.EVE or len(opening) == 2 and opening[1].lower in self.lx.AGO
                                  and (opening[0].any(self.lx.DAYS) or opening[0].any(self.lx.DAYTIME)))

    def _opening_night(self, segment: Segment) -> date | None:
        """The night a sentence opens on ("В ночь на 22 ноября, ...", "А в ніч на 19 квітня ..."), None if it
        opens on none."""
        words = [t for t in segment.toks[:_OPENING] if t.is_word]
        return self._night_of(segment) if any(t.any(self.lx.NIGHT) for t in words[:3]) else None

    def _lead_days(self) -> set[date]:
        """The days and nights the title and the lead paragraph name."""
        if not hasattr(self, "_lead"):
            lead = [tokens(self.article.title or "", self.lx.LANGUAGE),
                    *(s.toks for s in (self._paragraph(self.segments[0]) if self.segments else []))]
            self._lead = {d for toks in lead for k in range(len(toks)) if (d := self._day_month(toks, k))}
        return self._lead

    def _opening_day(self, toks: list[Token]) -> date | None:
        """The day a sentence opens on, after a conjunction, "ще раніше" or "у ніч на" ("2 серпня під удар
        потрапив ...", "А ще раніше, 2 березня, ...", "В ночь на 22 ноября ..."): the first day among its first
        words, before any verb."""
        for k, t in enumerate(toks[:_OPENING]):
            if t.is_word and t.poses & {"VERB", "PRTS", "GRND"}:
                return None
            if day := self._day_month(toks, k):
                return day
        return None

    def _previous_dated(self, toks: list[Token], words: list[Token]) -> bool:
        """Whether a sentence tells of the previous attack as its subject ("попередня була у ніч на 10 грудня",
        "предыдущая была 2 мая"; not "после предыдущего удара 6 декабря") or opens with the day before or
        "earlier" ("Днем ранее, 10 февраля, ...", "Еще накануне, 13 апреля, ...", "А ще раніше, 2 березня")."""
        if any(t.lower in self.lx.EVE or t.lower in self.lx.AGO for t in words[:3]):
            return True
        return any(t.any(self.lx.PREVIOUS) and t.case == "nomn" and not (k > 0 and toks[k - 1].is_word
                                                                          and toks[k - 1].pos == "PREP")
                   for k, t in enumerate(toks) if t.is_word)

    def _event_keys(self, sides: dict[int, tuple[str | None, str | None]],
                    counts: list[Count]) -> dict[int, tuple[tuple[str | None, str | None], date | None]]:
        """Each segment's event: its side, and the night it tells of. A story of two nights ("Ніч на 25
        травня ... Ніч на 24 травня: Росія випустила 250 ударних дронів") gives one event per night
        (SPEC: per night of attack); a night named with no weapon figure of its own stays with the
        night the text reports first."""
        nights: dict[int, date | None] = {}
        current: date | None = None
        earlier = self.earlier()
        for segment in self.segments:
            if segment.index not in earlier:  # "Нагадаємо, попередня атака була у ніч на 29 листопада": not carried on
                current = self._night_of(segment) or current
            nights[segment.index] = current
        first = next((n for n in nights.values() if n), None)
        nights = {index: night or first for index, night in nights.items()}  # before any night is named: the first
        counted = {(sides[c.segment], nights[c.segment]) for c in counts if c.kind in ("drone", "missile")}
        keys = {index: (sides[index], night if (sides[index], night) in counted else first)
                for index, night in nights.items()}
        if len({n for _, n in keys.values()}) < 2:
            keys = {index: (side, None) for index, (side, _) in keys.items()}
        return self._night_apart(keys)

    def _night_apart(self, keys: dict[int, tuple]) -> dict[int, tuple]:
        """A text that opens on a daytime attack alone ("Росія в середу вдень запустила 753 дрони", "дневная
        атака") and then tells the night before it ("у ніч на 13 травня противник випускав 139 дронів") on the same
        day: the night's paragraph is an attack of its own, dated by its night."""
        opening = [*tokens(self.article.title or "", self.lx.LANGUAGE), *(self.segments[0].toks if self.segments else [])]
        windows = {s.index: w for s in self.segments if (w := self._overnight(s)) is not None}
        # "Росія не обмежилася нічною атакою: ... вдень ... з 08:00 до 15:30 ворог запустив 409 БпЛА. ... З 17:45 30
        # квітня до 08:00 1 травня противник випустив 210 дронів": a window by day and a night's window told
        # apart, each its own figures, are two attacks even when the text opens on both
        apart = any(not w for w in windows.values()) and any(w for w in windows.values())
        evening = self._evening_opening(opening)
        if not (evening or any(t.is_word and t.any(self.lx.DAYTIME) for t in opening)) or not apart and any(
                t.is_word and (t.any(self.lx.NIGHT) or t.any(self.lx.NIGHTLY)) for t in opening):
            return keys  # "Київ відбив нічний удар ..., а вдень ...": the text opens on both, one attack
        out = dict(keys)
        told = self.attack_date()
        carried: date | None = None  # the night the paragraph before told apart
        for segment in self.segments[1:]:
            night = self._night_of(segment)
            paragraph = self._paragraph(segment)
            if segment.index == paragraph[0].index and night is None:
                # "У ніч на 7 червня ... Тоді загинули троє. / Повітряні сили нарахували за ту ніч 215 засобів": a
                # paragraph going on about the night and no other time of day is that night's
                night = carried if carried and self._of_the_night(paragraph) else None
                carried = None
            if night is None and apart and windows.get(segment.index):
                night = windows[segment.index][0] or (date.fromisoformat(told) if told else None)
            if night is None or any(t.is_word and t.any(self.lx.DAYTIME) for t in segment.toks):
                continue
            if evening and night != evening:
                continue  # "Увечері 5 травня ... у ніч на 6 травня": the warning of the evening before, one attack
            for later in paragraph:
                if later.index >= segment.index:
                    out[later.index] = (keys[later.index][0], ("night", night))
            carried = night
        return out

    def _of_the_night(self, paragraph: list[Segment]) -> bool:
        """Whether a paragraph speaks of the night ("за ту ніч", "нічної атаки", "вночі") and of no daytime or
        evening."""
        words = [t for s in paragraph for t in s.toks if t.is_word]
        return any(t.any(self.lx.TONIGHT) for t in words) and not any(
            t.any(self.lx.DAYTIME) or t.any(self.lx.EVENING) for t in words)

    def _evening_opening(self, opening: list[Token]) -> date | None:
        """The day of the evening a text opens on ("Увечері в п'ятницю, 31 січня, ...", "Росіяни ввечері 7 червня
        скинули ..."): the day named after the evening word, else the day of publication; None when it opens on
        no evening."""
        for k, t in enumerate(opening):
            if t.is_word and t.any(self.lx.EVENING) and not any(
                    u.is_word and u.lower in self.lx.SAME for u in opening[max(0, k - 2):k + 2]):
                return next((d for j in range(k + 1, min(len(opening), k + _OPENING))
                             if (d := self._day_month(opening, j))), self.published)
        return None

    def _night_of(self, segment: Segment) -> date | None:
        """The night a segment names: "у ніч на 25 травня", "Ніч на 19 липня", "у ніч на неділю, 28
        травня", "в ночь на понедельник" (by the publication's week)."""
        toks = segment.toks
        for k, t in enumerate(toks):
            if not (t.is_word and t.any(self.lx.NIGHT)) or k + 2 >= len(toks) or toks[k + 1].lower not in self.lx.NIGHT_ONTO:
                continue
            day = self._day_month(toks, k + 2)
            if day:
                return day
            weekday = next((self.lx.WEEKDAYS[lemma] for lemma in sorted(toks[k + 2].lemmas)
                            if lemma in self.lx.WEEKDAYS), None)
            if weekday is None:
                continue
            for j in range(k + 3, min(len(toks), k + 6)):
                if day := self._day_month(toks, j):
                    return day  # "у ніч на неділю, 28 травня"
            reference = self.published or self.printed
            if reference:
                return reference - timedelta(days=(reference.weekday() - weekday) % 7)
        return None

    # -------------------------------------------------------------------------------------- sides
    def _segment_side(self, segment: Segment, mentions: list[cyrillic_places.Mention]) -> tuple[str | None, str | None] | None:
        targets = [m.country for m in mentions if m.struck and m.country and m.name != "Crimea"]
        attacker = None
        toks = segment.toks
        for k, t in enumerate(toks):
            if not t.is_word:
                continue
            code = self._actor(t)
            if code is None:
                continue
            # the weapon's owner ("українських БПЛА", "российских ракет") or the subject of a launch
            # ("ворог випустив", "ЗСУ атакували"); "Сили оборони України знищили" names the defender
            owner = "ADJF" in t.poses and self._owns_weapon(toks, k)
            # "112 беспилотников ВСУ", "ракети противника": the side named in the genitive after the weapon noun
            owner = owner or t.case in ("gent", None) and k > 0 and toks[k - 1].is_word \
                and self.kind_of(toks[k - 1]) in ("drone", "missile")
            # the verb in its own clause: in "Повітряні сили ЗСУ, противник застосував" the subject is the enemy
            clause = []
            for u in toks[k + 1:k + 5]:
                if u.text in ",;:(—–":
                    break
                if u.is_word:
                    clause.append(u)
            # "армия РФ выпустила": the country after its army's noun is the subject's
            head = t.case == "gent" and k > 0 and toks[k - 1].is_word and toks[k - 1].pos == "NOUN" \
                and toks[k - 1].case == "nomn" and not self._after_preposition(toks, k - 1)
            subject = (t.case in ("nomn", None) or head) and any(u.any(self.lx.LAUNCH) and u.pos == "VERB"
                                                                 for u in clause[:3])
            if owner or subject:
                attacker = attacker or code
                self.attacker_cues.setdefault(segment.index, []).append((code, k))
        if not targets and (country := self._country_attacked(toks) or attacker is None
                                and self._own_country_attacked(toks)):
            # "враг атаковал Украину" in a Russian-language Ukrainian outlet: the country attacked decides
            return (attacker if attacker not in (None, country) else OPPONENT.get(country)), country
        claim = self._claim(segment) if not targets and attacker is None else None
        if claim == ("RU", "destroyed"):
            self._claims.add(segment.index)
            return "UA", None  # "Средствами ПВО сбиты ... 389 беспилотных летательных аппаратов": where, unsaid
        if claim and claim[1] == "struck":
            self._strike_claims.add(segment.index)
            # "... группировок войск Вооруженных Сил Российской Федерации поражены объекты энергетики"
            return claim[0], OPPONENT.get(claim[0])
        if targets:
            target = max(dict.fromkeys(targets), key=targets.count)  # a tie goes to the first named
            if target == "UA" and attacker in (None, "UA") and self._occupied(segment, mentions):
                return "UA", "UA"  # "удару по штабу ... у тимчасово окупованому Севастополі" (SPEC: target UA)
            if attacker == target:
                attacker = OPPONENT.get(target)
            return attacker or OPPONENT.get(target), target
        if attacker == "UA" and not segment.item and any(m.struck and m.name == "Crimea" for m in mentions):
            # "отражена атака украинских беспилотников на Республику Крым": Crimea on its own is Ukraine's (SPEC),
            # in a tally with Russia's regions the tally's side
            return "UA", "UA"
        if attacker:
            return attacker, OPPONENT.get(attacker)
        return None

    @staticmethod
    def _after_preposition(toks: list[Token], k: int) -> bool:
        """Whether the noun at K heads a prepositional phrase ("в повітряний простір України заходили
        ударні БпЛА": the airspace is where the drones went, so Ukraine is no subject)."""
        j = k - 1
        while j >= 0 and toks[j].is_word and toks[j].pos in ("ADJF", "PRTF", "NUMR"):
            j -= 1
        return j >= 0 and toks[j].is_word and toks[j].pos == "PREP"

    def _owns_weapon(self, toks: list[Token], k: int) -> bool:
        """Whether the adjective at K is of a weapon noun in its own phrase ("українських ударних БпЛА"), not
        of another noun ("как сообщили украинские военные, 91 беспилотник": the military's)."""
        for u in toks[k + 1:k + 5]:
            if not u.is_word:
                if u.text in ",;:.—–()":
                    return False
                continue
            if self.kind_of(u) in ("drone", "missile"):
                return True
            if u.pos == "NOUN" and not self.model_of(u):
                return False
        return False

    def _actor(self, t: Token) -> str | None:
        """The country a word names as a side: "россия", "ВСУ"; "противник", "враг" name the enemy of whoever
        writes, which in a Russian-language text from Ukraine is Russia (``_enemy``)."""
        code = next((self.lx.ATTACKER_WORDS[w] for w in (t.lower, *sorted(t.lemmas)) if w in self.lx.ATTACKER_WORDS), None)
        if code is not None and t.any(self.lx.ENEMY):
            return self._enemy()
        return code

    def _enemy(self) -> str:
        """The enemy of a Russian-language text's writer: Russia when the text is written from Ukraine, i.e. the
        Ukrainian places it names as struck outnumber the Russian ones, or it names none in Russia and cites a
        Ukrainian office ("по данным Воздушных сил", "начальник Одесской ОВА"); else Ukraine."""
        if not hasattr(self, "_enemy_code"):
            struck = [m.country for mentions in self.mentions.values() for m in mentions if m.struck]
            ukrainian = struck.count("UA") > struck.count("RU") or not struck.count("RU") and any(
                self._cites_ukrainian_office(segment.toks) for segment in self.segments)
            self._enemy_code = "RU" if ukrainian else "UA"
        return self._enemy_code

    def _cites_ukrainian_office(self, toks: list[Token]) -> bool:
        """Whether TOKS name a Ukrainian office ("по данным Воздушных сил", "начальник Одесской ОВА")."""
        return any(t.is_word and (t.any(self.lx.UKRAINIAN_OFFICES) or k + 1 < len(toks) and any(
            first in t.lemmas and second in toks[k + 1].lemmas for first, second in self.lx.UKRAINIAN_OFFICE_PHRASES))
            for k, t in enumerate(toks))

    def _own_country_attacked(self, toks: list[Token]) -> str | None:
        """Ukraine, when a Ukrainian office tells of weapons launched at "the country" ("Украинские Воздушные
        силы сообщили, что в ночь на 24 января по стране было запущено 375 ударных дронов"): its own country
        attacked, in a text that tells the other side's night; None otherwise."""
        if not any(t.lower == "по" and k + 1 < len(toks) and toks[k + 1].any(self.lx.COUNTRY)
                   for k, t in enumerate(toks)):
            return None  # the common case: read fast
        if not any(t.is_word and t.any(self.lx.LAUNCH) for t in toks):
            return None
        return "UA" if self._cites_ukrainian_office(toks) else None

    def _country_attacked(self, toks: list[Token]) -> str | None:
        """The country named as the object of an attack ("атаковал Украину", "випустила по Україні", "удар
        по России") or as where weapons were shot down ("над российскими регионами"); None when none is."""
        for k, t in enumerate(toks):
            if not t.is_word or k == 0:
                continue
            code = next((self.lx.ATTACKER_WORDS[w] for w in (t.lower, *sorted(t.lemmas)) if w in self.lx.ATTACKER_WORDS), None)
            if code in ("RU", "UA") and "над" in (toks[k - 1].lower, toks[max(0, k - 2)].lower) and (
                    "NOUN" in t.poses and t.capitalised or k + 1 < len(toks) and toks[k + 1].any(self.lx.REGION_ANAPHORS)):
                return code  # "над российскими регионами", "над территорией России": where they were shot down
            if not ("NOUN" in t.poses and t.capitalised) or code not in ("RU", "UA") \
                    or not (toks[k - 1].lower == "по" or t.case == "accs"):
                continue
            before = [u for u in toks[max(0, k - 4):k] if u.is_word]
            if any(u.any(self.lx.LAUNCH) or u.any(self.lx.ATTACK_NOUNS) for u in before):
                return code
            if t.case == "accs" and any(u.is_word and u.pos == "VERB" and u.any(self.lx.LAUNCH)
                                        for u in toks[k + 1:k + 3]):
                return code  # "Ночью Украину атаковали 40 ракет": the object before its verb
        return None

    def _claim(self, segment: Segment) -> tuple[str, str] | None:
        """(country, "destroyed" or "struck") when SEGMENT names no place and is a side's military telling
        of weapons its air defence shot down ("Средствами противовоздушной обороны сбиты ...") or of its
        own weapons' strikes ("... ударными беспилотными летательными аппаратами ... поражены объекты
        энергетики"); the side is the ministry named in the sentence ("Министерство обороны России ...
        заявило, что ... средства ПВО сбили"), else the one that publishes the text (its daily summary)."""
        words = [t for t in segment.toks if t.is_word]
        if not any(self.kind_of(t) in ("drone", "missile") or self.model_of(t) for t in words):
            return None
        # "сбиты" is said of weapons only; "поражены", "уничтожены" also of what the weapons struck, unless a
        # count of weapons follows ("уничтожены 64 беспилотника")
        toks = segment.toks
        destroyed = any(t.is_word and t.any(self.lx.DESTROY) and (
            not t.any(self.lx.DAMAGE_VERBS) or self._counts_weapons(toks, k)) for k, t in enumerate(toks))
        struck = any(t.any(self.lx.HIT) or t.any(self.lx.DAMAGE_VERBS) for t in words)
        if destroyed and any(t.any(self.lx.HIT) for t in words) or not (destroyed or struck) \
                or any(t.any(self.lx.LAUNCH) for t in words):
            return None
        side = self._claimant(words)
        return (side, "destroyed" if destroyed else "struck") if side else None

    def _counts_weapons(self, toks: list[Token], k: int) -> bool:
        """Whether the verb at K is followed by the count of weapons it is said of ("уничтожены 64
        беспилотника", "уничтожены еще три БПЛА": weapons destroyed, where "уничтожены склады" tells what was
        struck)."""
        j = k + 2 if k + 1 < len(toks) and toks[k + 1].lower in self.lx.MORE else k + 1
        number = self.number_at(toks, j) if j < len(toks) else None
        return number is not None and (weapon := self.weapon_after(toks, number[1] + 1)) is not None \
            and weapon[0] in ("drone", "missile")

    def _claimant(self, words: list[Token]) -> str | None:
        """The country of the military that makes the claim in WORDS, or that publishes the text."""
        named = [self._claimant_side(words, k, side) for k, t in enumerate(words)
                 for key, side in self.lx.CLAIMANTS.items() if t.any({key})]
        if named:
            return named[0]
        found = self._publishers()
        if not found or any(side != found[0] for side in found):
            return None
        if any(t.any(self.lx.ATTACKER_WORDS) and ("ADJF" in t.poses or t.case == "nomn")
               and self.lx.ATTACKER_WORDS.get(next((w for w in (t.lower, *sorted(t.lemmas)) if w in self.lx.ATTACKER_WORDS), "")) != found[0]
               for t in words):
            return None  # "Украинская ПВО сбила" in the ministry's text: the other side speaks
        return found[0]

    def _publishers(self) -> list[str]:
        """The countries of the ministries the outlet's name and the title name (read once)."""
        if not hasattr(self, "_publisher_sides"):
            publisher = " ".join(x for x in (self.article.outlet, self.article.title) if x)
            heading = [t for t in tokens(publisher, self.lx.LANGUAGE) if t.is_word]
            self._publisher_sides = [self._claimant_side(heading, k, side) for k, t in enumerate(heading)
                                     for key, side in self.lx.CLAIMANTS.items() if t.any({key})]
        return self._publisher_sides

    def _claimant_side(self, words: list[Token], k: int, side: str) -> str:
        """The country of the ministry named at K: the country named within three words after it
        ("Министерство обороны Украины", "Міноборони РФ"), else SIDE."""
        for t in words[k + 1:k + 4]:
            code = next((self.lx.ATTACKER_WORDS[w] for w in (t.lower, *sorted(t.lemmas)) if w in self.lx.ATTACKER_WORDS), None)
            if code in ("RU", "UA"):
                return code
        return side

    def _occupied(self, segment: Segment, mentions: list[cyrillic_places.Mention]) -> bool:
        """Whether every Ukrainian place SEGMENT names as struck is under occupation: a town the SPEC lists
        as occupied, or one the text calls occupied ("у тимчасово окупованих Бердянську та Луганську")."""
        struck = [m for m in mentions if m.struck and m.country == "UA"]
        said = any(t.is_word and t.any(self.lx.OCCUPIED_WORDS) for t in segment.toks)
        return bool(struck) and (said or all(m.name in OCCUPIED for m in struck))

    def sides(self) -> dict[int, tuple[str | None, str | None]]:
        found: dict[int, tuple[str | None, str | None] | None] = {}
        self.mentions: dict[int, list[cyrillic_places.Mention]] = {}
        # the words that name an attacker in each segment, (country, token index): "ворог атакував"
        self.attacker_cues: dict[int, list[tuple[str, int]]] = {}
        self._claims: set[int] = set()  # segments that are a ministry's claim of weapons shot down, no place
        self._strike_claims: set[int] = set()  # ... or of its own weapons' strikes, no place
        streets: set[str] = set()
        people = cyrillic_places.surnames([segment.toks for segment in self.segments], self.lx.LANGUAGE)
        for segment in self.segments:
            toks = segment.toks
            mentions = cyrillic_places.find(toks, self.lx, segment.item, lambda k, toks=toks: toks[k].is_word and bool(
                self.kind_of(toks[k]) in ("drone", "missile") or self.model_of(toks[k])), streets, people)
            if self._dateline(segment):
                mentions = [replace(m, role="dateline") for m in mentions]
            elif self._day_tally(toks):
                # "За добу окупанти завдали 611 ударів по 17 населених пунктах Запорізької області": the region a
                # day's tally of strikes (mostly ground fire) covers is no place struck
                mentions = [replace(m, role="tally") if m.kind == "region" and m.struck else m for m in mentions]
            self.mentions[segment.index] = mentions
        for segment in self.segments:  # every place first: "противник" is read from the places the text names
            cut = self._cause_at(segment.toks)
            if cut is not None:  # the places of the attack named as a cause are no places struck
                self.mentions[segment.index] = [m if m.last < cut else replace(m, role="cause")
                                                for m in self.mentions[segment.index]]
            found[segment.index] = self._segment_side(segment, self.mentions[segment.index]) if cut is None else \
                self._segment_side(replace(segment, toks=segment.toks[:cut]), self.mentions[segment.index])
        decided = [s for s in found.values() if s]
        default = self._default_side(decided)
        out: dict[int, tuple[str | None, str | None]] = {}
        current = default
        for segment in self.segments:
            side = found[segment.index]
            if side and segment.index in self._claims:
                # a claim joins the attack by the claimant's enemy that the text tells of ("ВСУ атаковали
                # Курск ... По данным Минобороны, сбиты 24 БПЛА"); alone, it is an attack of its own
                told = [s for index, s in found.items() if s and s[0] == side[0] and s[1]
                        and index not in self._claims and self._carries_attack(self.segments[index])]
                out[segment.index] = max(dict.fromkeys(told), key=told.count) if told else side
                continue
            if side and side[1] is not None:
                # a side named only by a place without a weapon word in the segment keeps the
                # article's main side when the main side is the attacker of that place's country
                current = side if self._carries_attack(segment) or side == default else current
            out[segment.index] = current
        for segment in self.segments:
            if capitals := self._capitals(segment, out[segment.index]) + self._city_anaphors(segment):
                self.mentions[segment.index] = sorted([*self.mentions[segment.index], *capitals], key=lambda m: m.first)
        return out

    def _cause_at(self, toks: list[Token]) -> int | None:
        """Where a sentence turns to an attack named as the cause of another or an accusation ("назвали
        «відповіддю» на ...", "в ответ на ...", "звинуватила Україну в атаці ..."): its side is read before it.
        A verb in the cause's own clause tells the attack itself ("У відповідь на удари ... Сили оборони вразили
        НПЗ", "Зеленський звинуватив росію в атаці на Київ: вночі ворог запустив ..."); one after a comma, a
        conjunction or a quote does not ("назвали «відповіддю» на ... та заявили", "обвинила ... в том, что")."""
        for k, t in enumerate(toks):
            if t.is_word and t.any(self.lx.CAUSE) and ("VERB" in t.poses or any(
                    u.lower in self.lx.NIGHT_ONTO for u in toks[k + 1:k + 3])):
                clause = itertools.takewhile(lambda u: u.text not in ",«" and u.lower not in _CONJUNCTIONS, toks[k + 1:])
                return None if any(u.is_word and u.pos in ("VERB", "PRTS") for u in clause) else k
        return None

    def _hypothetical(self, words: list[Token]) -> bool:
        """Whether WORDS tell of what could be ("если", "загроза", "дозвіл"), not of a threat to life that is
        denied ("угрозы жизни нет", "загрози життю немає": the state of the injured)."""
        return any(t.any(self.lx.HYPOTHETICAL) and not (k + 1 < len(words) and words[k + 1].any(self.lx.LIFE))
                   for k, t in enumerate(words))

    def _threat(self, words: list[Token]) -> bool:
        """"ворог може завдати удару", "могут нанести удары": what the enemy could do (a modal verb
        before a verb or noun of attack)."""
        return any(t.any(self.lx.MODAL) and any(u.any(self.lx.LAUNCH) or u.any(self.lx.ATTACK_NOUNS)
                                                for u in words[k + 1:k + 4])
                   for k, t in enumerate(words))

    def _repeated(self, toks: list[Token]) -> bool:
        """"не раз долетали", "регулярно наносит удары": said of what happens again and again, not of one attack
        (not "неодноразово змінюючи курс": a gerund tells how the attack went; not in a relative clause, "ворог,
        який регулярно б'є по Харкову, вдарив": said of the enemy; never in a sentence that names its own night or
        date, "Вночі 5 жовтня ..."), unless every night or day is told ("Кожна ніч, коли росія запускає ...")."""
        every = {k + 1 for k, t in enumerate(toks[:-1]) if t.is_word and t.any(self.lx.EVERY) and toks[k + 1].any(self.lx.DAYS)}
        if any(t.is_word and t.any(self.lx.TONIGHT) and k not in every
               or t.is_digit and k + 1 < len(toks) and toks[k + 1].any(self.lx.MONTHS) for k, t in enumerate(toks)):
            return False
        if every:
            return True
        relative = False
        for k, t in enumerate(toks):
            if t.is_word and t.any(self.lx.RELATIVE):
                relative = True
            elif t.text == ",":
                relative = False
            elif t.is_word and not relative and (
                    t.lower in self.lx.REPEATEDLY or (t.lower, toks[k + 1].lower if k + 1 < len(toks) else "")
                    == self.lx.NOT_ONCE) and not (k + 1 < len(toks) and "GRND" in toks[k + 1].poses):
                return True
        return False

    def _medical_help(self, toks: list[Token], k: int) -> bool:
        """Whether the words about the verb of help at K name medical help: medics for help given ("Медики надали
        допомогу"), a medical word other than bare help for help needed ("медична допомога знадобилася"), any for
        help sought or received; never help that is psychological or humanitarian."""
        near = [u for u in toks[max(0, k - 3):k + 4] if u.is_word]
        if any(u.lower.startswith(self.lx.NOT_MEDICAL) for u in near):
            return False
        words = self.lx.MEDICS if toks[k].any(self.lx.GAVE_HELP) else \
            self.lx.MEDICAL_HELP - self.lx.HELP if toks[k].any(self.lx.NEEDED) else self.lx.MEDICAL_HELP
        return any(u.any(words) for u in near)

    def _dateline(self, segment: Segment) -> bool:
        """"Київ. 22 вересня. ДЕРЖІНФОРМ.": the town an outlet's story is filed from, not a target."""
        words = [t for t in segment.toks if t.is_word]
        if not (0 < len(words) <= 2 and segment.toks[-1].text == "." and self.text[segment.start - 1:segment.start]
                in ("", "\n") and segment.index + 1 < len(self.segments)):
            return False
        nxt = self.segments[segment.index + 1].toks
        return len(nxt) > 1 and nxt[0].is_digit and nxt[1].any(self.lx.MONTHS)

    def _carries_attack(self, segment: Segment) -> bool:
        if segment.index not in self._carrying:
            self._carrying[segment.index] = self._segment_carries_attack(segment)
        return self._carrying[segment.index]

    def _segment_carries_attack(self, segment: Segment) -> bool:
        words = [t for t in segment.toks if t.is_word]
        if self._hypothetical(words):
            return False  # "если ... наносить удары", "дозвіл бити": a threat or a permission, no attack
        if self._threat(words):
            return False  # "ворог може завдати масованого удару": a warning, no attack
        if self._repeated(segment.toks):
            return False  # "беспилотники не раз долетали до жилых кварталов": again and again, no one attack
        aerial = any(self.kind_of(t) in ("drone", "missile", "bomb") or self.model_of(t) for t in words)
        if not aerial and any(t.any(self.lx.GROUND) for t in words):
            return False  # "обстріляли з важкої артилерії": ground fire
        if not aerial and any(t.any(self.lx.GROUND) for s in self._paragraph(segment) for t in s.toks) and not any(
                t.is_word and (self.kind_of(t) in ("drone", "missile", "bomb") or self.model_of(t))
                for s in self._paragraph(segment) for t in s.toks):
            return False  # "... обстріляли з важкої артилерії. Під ударом були Нікополь та ...": the same fire
        return any(t.is_word and (self.kind_of(t) in ("drone", "missile", "bomb") or self.cue_role(t)
                                  or t.any(self.lx.ATTACK_NOUNS)
                                  or t.any(self.lx.KILLED) or t.any(self.lx.INJURED) or t.any(self.lx.DAMAGE_VERBS))
                   for t in segment.toks)

    def _default_side(self, decided: list[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
        weighted = [s for s in decided if s[1]]
        if weighted:
            return max(dict.fromkeys(weighted), key=weighted.count) if len(set(weighted)) > 1 and \
                weighted.count(weighted[0]) < max(weighted.count(s) for s in weighted) else weighted[0]
        # a post's own side: Ukrainian posts are of attacks on Ukraine, Russian ones of attacks on Russia, unless
        # the Russian-language text is written from Ukraine
        return ("RU", "UA") if self.lx.LANGUAGE == "uk" or self._enemy() == "RU" else ("UA", "RU")

    # ------------------------------------------------------------------------------------- places
    def _places(self, segment: Segment, draft: EventDraft) -> None:
        if not self._carries_attack(segment) and not any(
                c.segment == segment.index for c in draft.counts) and not segment.heading:
            if not self._names_attack_place(segment) and not self._item_of_counted_heading(segment, draft) \
                    and not self._breakdown_of_count_before(segment, draft):
                return
        for m in self.mentions.get(segment.index, []):
            if m.struck and m.name not in draft.places:
                draft.places.append(m.name)
                draft.evidence.append(self.evidence("places", segment, m.first, m.last))
        for k, region in self._region_anaphors(segment):
            if region not in draft.places:
                draft.places.append(region)
                draft.evidence.append(self.evidence("places", segment, k, k))

    def _item_of_counted_heading(self, segment: Segment, draft: EventDraft) -> bool:
        """Whether SEGMENT is an item of a list whose heading gives a count of the event ("уничтожены 112
        беспилотников:\n42 — над территорией Московского региона, в том числе летевших на Москву"): the
        heading's total wins over the items' figures, and the items still name the places."""
        if not segment.item:
            return False
        index = segment.index - 1
        while index >= 0 and self.segments[index].item and not self.segments[index].heading:
            index -= 1
        return index >= 0 and self.segments[index].heading and any(c.segment == index for c in draft.counts)

    def _breakdown_of_count_before(self, segment: Segment, draft: EventDraft) -> bool:
        """Whether SEGMENT breaks down by place a count of the event the sentence before it gives ("уничтожили
        158 БПЛА над регионами. Больше всего – 46 – над Курской областью, 34 – над Брянской"): a figure, a dash
        and a place after a preposition of place; the whole wins over the parts, and the parts name the places."""
        paragraph = self._paragraph(segment)
        at = next(k for k, s in enumerate(paragraph) if s.index == segment.index)
        if at == 0 or not any(c.segment == paragraph[at - 1].index for c in draft.counts):
            return False
        toks = segment.toks
        starts = {m.first for m in self.mentions.get(segment.index, []) if m.struck}
        return any(toks[k].text in _DASH and k + 2 < len(toks) and toks[k + 1].lower in self.lx.PLACE_PREPOSITIONS
                   and k + 2 in starts and (toks[k - 1].is_digit or self._number_word(toks[k - 1]) is not None)
                   for k in range(1, len(toks)))

    def _capitals(self, segment: Segment, side: tuple[str | None, str | None]) -> list[cyrillic_places.Mention]:
        """"у столиці", "летевших на столицу": the capital of the country SIDE attacks, or of the country an
        adjective before it names ("російську столицю")."""
        out: list[cyrillic_places.Mention] = []
        toks = segment.toks
        for k, t in enumerate(toks):
            if not (t.is_word and t.any(self.lx.CAPITAL)):
                continue
            adjective = toks[k - 1] if k > 0 and toks[k - 1].is_word and "ADJF" in toks[k - 1].poses else None
            country = next((self.lx.ATTACKER_WORDS[w] for w in (adjective.lower, *sorted(adjective.lemmas))
                            if w in self.lx.ATTACKER_WORDS), None) if adjective else side[1]
            besides = any(u.any(self.lx.BESIDES) for u in toks[max(0, k - 2):k] if u.is_word)
            if country in CAPITAL_CITIES:
                out.append(cyrillic_places.Mention(CAPITAL_CITIES[country], country, "city", k, k,
                                                   "besides" if besides else "named"))
        return out

    def _city_anaphors(self, segment: Segment) -> list[cyrillic_places.Mention]:
        """"Мэр Харькова заявил, что в городе ранены девять человек": a town named by its head noun alone after
        "в"/"у", or after the noun of an attack and "на"/"по" ("Предыдущая крупная атака на город, 1 июня, ..."),
        is the town named last in its paragraph, struck or an office's, or the centre of the region whose office
        was named last ("Запорізька ОВА: у місті ..."); not "в городе Шебекино"."""
        out: list[cyrillic_places.Mention] = []
        toks = segment.toks
        for k, t in enumerate(toks):
            if not (k > 0 and t.is_word and t.any(self.lx.CITY_ANAPHORS)) or t.plural or not (
                    toks[k - 1].lower in ("в", "у", "во") or toks[k - 1].lower in ("на", "по") and k > 1
                    and toks[k - 2].is_word and toks[k - 2].any(self.lx.ATTACK_NOUNS)):
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.is_word and nxt.capitalised:
                continue  # "в городе Шебекино": named after it
            named = next((m for s in reversed(self._paragraph(segment)) if s.index <= segment.index
                          for m in reversed(self.mentions.get(s.index, [])) if (m.kind == "city" and m.role in (
                              "named", "office") or m.kind == "region" and m.role == "office")
                          and (s.index < segment.index or m.last < k)), None)
            # "Запорізька ОВА: у місті ...": the town of a region's office is the region's centre
            town = None if named is None else named.name if named.kind == "city" else \
                cyrillic_places.centre_of(named.name)
            if named is not None and town is not None:
                out.append(cyrillic_places.Mention(town, named.country, "city", k, k, "named"))
        return out

    def _region_anaphors(self, segment: Segment) -> list[tuple[int, str]]:
        """A region named by its head noun alone, meaning the region of the town or office named last:
        "у Львові та області", "атаковали город и область", "над областю" after "Львівська ОВА", "над
        территорией региона" after Kursk. (token index, the region's canonical name)"""
        out: list[tuple[int, str]] = []
        if not self._carries_attack(segment):
            return out  # "В області оголошено жалобу"
        toks = segment.toks
        spans = {k for m in self.mentions.get(segment.index, []) for k in range(m.first, m.last + 2)}
        for k, t in enumerate(toks):
            if not (t.is_word and t.any(self.lx.REGION_ANAPHORS)) or k in spans or t.plural:
                continue
            if k > 0 and toks[k - 1].is_word and "ADJF" in toks[k - 1].poses:
                continue  # "на західні області", "з сусідніх областей": not one region
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.is_word and nxt.capitalised:
                continue  # "области Брянской", "регіону Донбас": named after it
            region = self._region_before(segment, k)
            if region:
                out.append((k, region))
        return out

    def _region_before(self, segment: Segment, k: int) -> str | None:
        """The region of the last town or region (struck or an office's) named before token K of SEGMENT."""
        for index in range(segment.index, -1, -1):
            mentions = [m for m in self.mentions.get(index, []) if (m.struck or m.role == "office")
                        and (index < segment.index or m.last < k) and m.country in ("UA", "RU")]
            if mentions:
                last = mentions[-1]  # a region's centre, else a town GeoNames places in a region ("Шебекино")
                return last.name if last.kind == "region" else cyrillic_places.region_of(last.name) \
                    or cyrillic_places.region_containing(last.name, last.country)
        return None

    def _names_attack_place(self, segment: Segment) -> bool:
        """A heading such as "Харківщина:" or a line of places ("Основний напрямок – Київ та Київщина.")
        in a post about an attack."""
        words = [t for t in segment.toks if t.is_word]
        named = sum(m.last - m.first + 1 for m in self.mentions.get(segment.index, []) if m.struck)
        if named and any(t.any(self.lx.AFTERMATH) for t in words):
            return True  # "У Запоріжжі завершено пошуково-рятувальну операцію": where the attack struck
        return 0 < len(words) <= 4 or (named > 0 and named * 2 >= len(words) - 2)

    # --------------------------------------------------------------------------------- casualties
    def _casualties(self, segment: Segment, draft: EventDraft) -> None:
        toks = segment.toks
        if self._hypothetical([t for t in toks if t.is_word]):
            return  # "Якщо ви стали жертвою шахраїв – звертайтеся на лінію 102"
        if self._ground_fire(segment):
            paragraph = [t for s in self._paragraph(segment) for t in s.toks if t.is_word]
            # "обстрілювали з артилерії та атакували дронами. Поранено чоловіка": not told apart; and where drones
            # struck too, the attack's toll is not known whole, so a zero said elsewhere does not stand (not so
            # when the sentence gives the shelling as the cause: "внаслідок мінометного обстрілу поранено жінку")
            draft.mixed_toll = draft.mixed_toll or not any(t.is_word and t.any(self.lx.GROUND) for t in toks) and any(
                self.kind_of(t) in ("drone", "missile", "bomb") for t in paragraph) and any(
                t.any(self.lx.KILLED | self.lx.INJURED) and self._zero_casualty(toks, k) is None
                for k, t in enumerate(toks) if t.is_word)
            return
        if self._war_long(toks):
            return  # war-long totals
        if (answered := self._answered_toll(segment)) is not None:
            name, value, first, last = answered  # "Есть ли пострадавшие? Да, двое.": the question names the toll
            getattr(draft, name).append(Toll(value, self.evidence(name, segment, first, last), 1, ""))
            self._previous_casualty = name
        for k, t in enumerate(toks):
            if not t.is_word:
                continue
            kinds = [(name, words) for name, words in (("killed", self.lx.KILLED), ("injured", self.lx.INJURED))
                     if t.any(words) or "VERB" in t.poses  # "травмувалися": the reflexive of a casualty verb
                     and not reflexive_bases(t.lower, self.lx.LANGUAGE).isdisjoint(words)]
            if not kinds and (t.any(self.lx.SOUGHT_HELP | self.lx.IN_CARE | self.lx.TAKEN_TO_CARE)
                              or t.any(self.lx.GAVE_HELP)) and self._medical_help(toks, k):
                kinds = [("injured", self.lx.INJURED)]  # "Медики надали допомогу 14 людям"
            if not kinds and self._previous_casualty and k > 0 and t.any(self.lx.THEIR_NUMBER[1]) \
                    and toks[k - 1].any(self.lx.THEIR_NUMBER[0]) and self._update_chain(toks, k):
                # "Відомо про шістьох поранених. Згодом їх кількість зросла до восьми": the people just counted
                kinds = [(name, words) for name, words in (("killed", self.lx.KILLED), ("injured", self.lx.INJURED))
                         if name == self._previous_casualty]
            if not kinds and t.any(self.lx.LIFE) and any(u.is_word and u.any(self.lx.TOOK_LIFE)
                                                         for u in toks[max(0, k - 3):k + 4]):
                kinds = [("killed", self.lx.KILLED)]  # "атака забрала життя двох людей", "унесла жизни троих"
            if not kinds and t.any(self.lx.HUMAN_LOSSES[1]) and k > 0 and toks[k - 1].any(self.lx.HUMAN_LOSSES[0]) \
                    and self._zero_casualty(toks, k) is not None:
                for name in ("killed", "injured"):  # "Людських втрат немає", "обошлось без человеческих потерь"
                    getattr(draft, name).append(Toll(0, self.evidence(name, segment, *self._span(toks, k - 1)), 1,
                                                     self._place_key(segment, k), both=True))
                continue
            if not kinds:
                continue
            if k > 0 and toks[k - 1].lower in self.lx.ABOUT and t.plural:
                continue  # "інформація про постраждалих не надходила", "О погибших не сообщалось": the topic, no toll
            if kinds[0][0] == "injured" and t.case == "nomn" and not t.plural and self._died(toks, k):
                # "У лікарні помер ще один поранений": one of the injured died, the dead count him (SPEC: the
                # injured are those alive)
                draft.injured.append(Toll(-1, self.evidence("injured", segment, *self._span(toks, k)), 1,
                                          self._place_key(segment, k), more=True))
                continue
            died_of = self._died_of_injured(toks, k) if kinds[0][0] == "injured" else None
            if died_of is not None:  # "одна з постраждалих – працівниця порту – померла": killed, no longer injured
                value, first, last = died_of
                draft.killed.append(Toll(value, self.evidence("killed", segment, first, last), 1,
                                         self._place_key(segment, k)))
                draft.injured.append(Toll(-value, self.evidence("injured", segment, first, k), 1,
                                          self._place_key(segment, k), more=True))
                self._previous_casualty = "killed"
                continue
            if kinds[0][0] == "killed" and self._previous_casualty == "injured" and k > 2 \
                    and toks[k - 2].lower in ("з", "із", "из") and toks[k - 1].any(self.lx.THEY) \
                    and (of_them := self.number_at(toks, k - 3)) is not None and of_them[1] == k - 3:
                # "пострадали 8 человек, один из них погиб": the dead among the injured
                draft.injured.append(Toll(-int(of_them[0]), self.evidence("injured", segment, k - 3, k), 1,
                                          self._place_key(segment, k), more=True))
            zero = self._zero_casualty(toks, k)
            if zero is not None:
                self._previous_casualty = kinds[0][0]
                fields = ("killed", "injured") if zero in ("both", "except") else (kinds[0][0],)
                for name in fields:
                    getattr(draft, name).append(Toll(0, self.evidence(name, segment, *self._span(toks, k)), 1,
                                                     self._place_key(segment, k), both=zero == "both"))
                continue
            name = kinds[0][0]
            # "Кількість загиблих ... у ніч на 28 серпня зросла до 23 людей": the update's figure, however far
            updated = self._update_chain(toks, k)
            figure = updated or self._casualty_figure(toks, k)
            if figure is None:
                self._previous_casualty = name
                continue
            value, first, last = figure
            items = self._per_place_items(segment, max(last, k)) if not updated else []
            for item_value, item_first, item_last, place in items:
                # "У Харкові поранено трьох людей, в Ізюмі – двох": each place's figure, the verb said once
                getattr(draft, name).append(Toll(item_value, self.evidence(name, segment, item_first, item_last), 1,
                                                 place))
            window = self.text[toks[max(0, k - 1)].start:toks[min(len(toks) - 1, last)].end].lower()
            weight = 2 if updated or any(u in window for u in self.lx.UPDATE) else (
                1 if first != last or toks[first].is_digit or self._number_word(toks[first]) else 0)
            lo, hi = min(first, k), max(last, k)
            # "Поранено трьох ... поранено ще чотирьох": more of the same; "загинула одна людина, ще 30
            # поранені" only sets the injured beside the dead
            more = self._previous_casualty == name and weight < 2 and any(
                u.is_word and (u.lower in self.lx.MORE or u.lower in self.lx.ALSO) for u in toks[max(0, lo - 2):hi])
            # "Загинула 1 людина, поранено 12. Вранці знайшли тіло ще однієї людини": more of the dead told in an
            # earlier sentence, though the injured came between (not "загинула одна людина, ще 30 поранені")
            more = more or name == "killed" and weight < 2 and any(f.value > 0 for f in draft.killed) and any(
                u.is_word and u.lower in self.lx.MORE for u in toks[max(0, lo - 2):hi]) and all(
                f.evidence.start < segment.start for f in draft.killed) and not any(
                segment.start <= f.evidence.start < toks[k].start
                for f in draft.injured) and not any(u.is_word and u.any(self.lx.GROUND) for u in toks)
            # "Ще одна людина загинула" opening an update line: one more of the dead told before, whatever came between
            more = more or weight < 2 and bool(getattr(draft, name)) and lo <= 1 and toks[0].lower in self.lx.MORE \
                and self._update_line(segment)
            self._previous_casualty = name
            place = self._chunk_places(segment, *self._chunk(toks, min(first, k), max(last, k))) if items else ""
            getattr(draft, name).append(Toll(value, self.evidence(name, segment, lo, hi), weight,
                                             place or self._place_key(segment, k), more))
            if (whole := self._nationwide(toks, hi)) is not None:
                getattr(draft, name).append(Toll(whole[0], self.evidence(name, segment, whole[1], whole[2]), 1, ""))

    def _nationwide(self, toks: list[Token], after: int) -> tuple[int, int, int] | None:
        """"в Киеве ... погибли не менее шести человек, по всей стране — около десяти": the whole country's
        figure after a place's, in the same clause, its casualty word left out. (value, first, last)"""
        for m in range(after + 1, len(toks)):
            if toks[m].text in ".;":
                return None
            rest = self.text[toks[m].start:toks[m].start + 30].lower()
            phrase = next((p for p in self.lx.NATIONWIDE if rest.startswith(p + " ") or rest.startswith(p + "\u00a0")),
                          None)
            if phrase is None:
                continue
            n = m + len(phrase.split())
            while n < len(toks) and (not toks[n].is_word and not toks[n].is_digit or toks[n].lower in self.lx.ROUGH):
                n += 1  # "— около десяти"
            number = self.number_at(toks, n) if n < len(toks) else None
            return (int(number[0]), m, number[1]) if number is not None else None
        return None

    _ITEM_GLUE = frozenset({",", ";", "та", "і", "й", "и", "а"})

    def _ground_fire(self, segment: Segment) -> bool:
        """Whether the sentence names no weapon from the air and its paragraph tells of ground fire ("обстріляли
        з артилерії"), unless it follows a sentence of a strike from the air (``_after_air_strike``)."""
        if any(t.is_word and (self.kind_of(t) in ("drone", "missile", "bomb") or self.model_of(t)) for t in segment.toks):
            return False
        return any(t.is_word and t.any(self.lx.GROUND) for s in self._paragraph(segment) for t in s.toks) \
            and not self._after_air_strike(segment)

    def _after_air_strike(self, segment: Segment) -> bool:
        """Whether the sentence follows one in its paragraph that tells a strike from the air and no shelling,
        and names no shelling itself: "ВСУ атаковали FPV-дроном грузовой автомобиль. «Ранен мирный житель»"
        is the drone's casualty, whatever shelling the paragraph tells after it."""
        paragraph = self._paragraph(segment)
        at = paragraph.index(segment)
        if at == 0 or any(t.is_word and t.any(self.lx.GROUND) for t in segment.toks):
            return False
        words = [t for t in paragraph[at - 1].toks if t.is_word]
        return any(self.kind_of(t) in ("drone", "missile", "bomb") for t in words) \
            and not any(t.any(self.lx.GROUND) for t in words)

    def _chunk(self, toks: list[Token], first: int, last: int) -> tuple[int, int]:
        """The tokens around FIRST..LAST up to the commas, semicolons or conjunctions on either side (a colon
        opens the list: "Поранені: у Харкові – троє")."""
        lo = first
        while lo > 0 and toks[lo - 1].lower not in self._ITEM_GLUE and toks[lo - 1].text != ":":
            lo -= 1
        hi = last
        while hi + 1 < len(toks) and toks[hi + 1].lower not in self._ITEM_GLUE and toks[hi + 1].text not in ".!?":
            hi += 1
        return lo, hi

    def _chunk_places(self, segment: Segment, lo: int, hi: int) -> str:
        return "|".join(sorted({m.name for m in self.mentions.get(segment.index, [])
                                if m.struck and lo <= m.first and m.last <= hi}))

    def _per_place_items(self, segment: Segment, last: int) -> list[tuple[int, int, int, str]]:
        """The places' figures listed after a casualty figure that ends at LAST, with no verb of their own:
        "у Харкові поранено трьох, в Ізюмі – двох", "в Таганроге – двое, в Новошахтинске – один"; each a
        place struck and a number of people, nothing else but prepositions, dashes and "ещё". (value,
        first, last, places)."""
        toks = segment.toks
        out: list[tuple[int, int, int, str]] = []
        _, p = self._chunk(toks, last, last)
        while p + 2 < len(toks) and toks[p + 1].lower in self._ITEM_GLUE:
            lo, hi = self._chunk(toks, p + 2, p + 2)
            place = self._chunk_places(segment, lo, hi)
            named = {n for m in self.mentions.get(segment.index, []) if lo <= m.first and m.last <= hi
                     for n in range(m.first, m.last + 1)}
            numbers = [(n, found) for n in range(lo, hi + 1) if n not in named
                       and (found := self.number_at(toks, n)) is not None and not self._age_at(toks, n)]
            people = [n for n in range(lo, hi + 1) if n not in named and toks[n].is_word and not toks[n].plural
                      and toks[n].any(self.lx.PERSONS) and "NOUN" in toks[n].poses]
            if not numbers and len(people) == 1:
                numbers = [(people[0], (1, people[0]))]  # "в Рыльске – мужчина"
            if not place or len(numbers) != 1:
                break
            n, (value, end) = numbers[0]
            rest = [t for i, t in enumerate(toks[lo:hi + 1], start=lo) if t.is_word and i not in named
                    and not n <= i <= end]
            if any(t.poses & {"VERB", "PRTS", "PRTF", "GRND", "INFN"} or t.any(self.lx.KILLED | self.lx.INJURED)
                   or self.kind_of(t) or "NOUN" in t.poses and not t.any(self.lx.PERSONS) and t.pos == "NOUN"
                   for t in rest):
                break
            out.append((int(value), lo, hi, place))
            p = hi
        return out

    def _answered_toll(self, segment: Segment) -> tuple[str, int, int, int] | None:
        """A question-and-answer explainer's toll: the sentence before SEGMENT is a question about one kind of
        casualty ("Есть ли пострадавшие?", "Чи є загиблі?") and SEGMENT opens with a bare figure, after a "yes"
        or not ("Да, двое.", "Троє."): (kind, value, first, last) of the figure, else None."""
        if segment.index == 0:
            return None
        question = self.segments[segment.index - 1]
        if not self.text[question.start:segment.start].rstrip().endswith("?"):
            return None
        kinds = {name for name, words in (("killed", self.lx.KILLED), ("injured", self.lx.INJURED))
                 if any(t.is_word and t.any(words) for t in question.toks)}
        toks = segment.toks
        k = next((n for n, t in enumerate(toks) if t.is_word or t.is_digit), None)
        if len(kinds) != 1 or k is None:
            return None
        if toks[k].lower in self.lx.YES:
            k = next((n for n in range(k + 1, len(toks)) if toks[n].is_word or toks[n].is_digit), None)
        number = self.number_at(toks, k) if k is not None else None
        if number is None or number[0] != int(number[0]) or number[0] <= 0:
            return None
        value, last = number
        if last + 1 < len(toks) and toks[last + 1].text not in ".!;":
            return None  # "Двое из них ...": not a bare answer
        return kinds.pop(), int(value), k, last

    def _died_of_injured(self, toks: list[Token], k: int) -> tuple[int, int, int] | None:
        """"одна з постраждалих – працівниця порту – померла", "двое из раненых скончались": (the number
        of the injured at K who died, first token, the verb of dying); None otherwise."""
        if k < 2 or toks[k - 1].lower not in ("з", "із", "из", "серед", "среди") or not toks[k].plural:
            return None
        start = next((m for m in range(max(0, k - 3), k - 1) if (n := self.number_at(toks, m)) and n[1] == k - 2), None)
        if start is None:
            return None
        number = self.number_at(toks, start)
        for m in range(k + 1, min(len(toks), k + 9)):
            if toks[m].text in ".;" or toks[m].is_word and toks[m].any(self.lx.INJURED):
                return None
            if toks[m].is_word and "VERB" in toks[m].poses and toks[m].any(self.lx.KILLED):
                return int(number[0]), start, m
        return None

    def _update_line(self, segment: Segment) -> bool:
        """Whether SEGMENT's paragraph opens as an update ("Оновлено 11:15.", "UPD:", "Обновлено")."""
        opening = self._paragraph(segment)[0].toks[:3]
        return any(t.is_word and (t.any(self.lx.LATER) or t.lower in ("upd", "update", "апдейт")) for t in opening)

    def _died(self, toks: list[Token], k: int) -> bool:
        """Whether the casualty word at K is the subject of a verb of dying just before it in its clause, or
        right after it ("ще одна постраждала померла в лікарні")."""
        if k + 1 < len(toks) and toks[k + 1].is_word and "VERB" in toks[k + 1].poses and toks[k + 1].any(self.lx.KILLED):
            return True
        for u in reversed(toks[max(0, k - 4):k]):
            if not u.is_word or u.lower in _CONJUNCTIONS or self._number_word(u) is not None and u.lower not in (
                    "один", "одна"):
                return False
            if u.pos == "VERB" and u.any(self.lx.KILLED):
                return True
        return False

    def _war_long(self, toks: list[Token]) -> bool:
        """Whether TOKS tell a total since the war began ("з початку повномасштабного вторгнення", "с
        начала проведения специальной военной операции") or over a week, a month or a year ("за минулий
        тиждень", "в течение месяца", "с начала года", "за березень"), not one attack's."""
        cache = self.__dict__.setdefault("_war_long_of", {})  # counts, casualties and damage ask of one segment
        if id(toks) not in cache:
            cache[id(toks)] = (toks, self._war_long_uncached(toks))
        return cache[id(toks)][1]

    def _war_long_uncached(self, toks: list[Token]) -> bool:
        superlatives = self.lx.RECORD | self.lx.RECORD_WEAK | self.lx.RECORD_AFTER_MOST
        return any(t.is_word and t.any(self.lx.SINCE_START) and any(
            u.is_word and u.any(self.lx.WAR_WORDS) for u in toks[k + 1:k + 6]) and not any(
            u.is_word and self._superlative(u, superlatives) for u in toks[max(0, k - 4):k])  # "крупнейший с начала вторжения"
            for k, t in enumerate(toks)) or any(self._period(toks, k) for k in range(len(toks)))

    def _period(self, toks: list[Token], k: int) -> bool:
        """Whether the word at K names the period a total is over: a week, a month or a year after "за",
        "протягом", "в течение" or "з початку" (past its modifiers: "за минулий тиждень", "за последние две
        недели"), or a month after "за", "протягом", "у", "с начала" ("за березень", "в марте", "с начала
        июня"), not a day of it ("14 березня")."""
        t = toks[k]
        if t.is_word and t.any(self.lx.DAYS) and k > 1 and toks[k - 2].is_word and toks[k - 2].any(self.lx.OVER) \
                and (n := self.number_at(toks, k - 1)) is not None and n[1] == k - 1 and n[0] >= 2:
            return True  # "Загалом за дві ночі ворог випустив 176 «шахедів»": a total over several nights
        if not t.is_word or not (t.any(self.lx.PERIODS) or t.any(self.lx.MONTHS)):
            return False
        if any(u.is_word and u.any(self.lx.ATTACK_NOUNS) and any(v.is_word and v.any(self.lx.NTH) for v in toks[max(0, m - 3):m])
               for m, u in enumerate(toks[max(0, k - 8):k], start=max(0, k - 8))):
            return False  # "це вже друга атака на столицю за тиждень": the attack's order over the week, no total
        if t.any(self.lx.MONTHS) and k > 0 and toks[k - 1].lower in ("у", "в"):
            return True  # "у березні росія випустила понад 4 тисячі дронів"
        j = k - 1
        while j >= 0 and toks[j].is_word and not toks[j].any(self.lx.OVER) \
                and not toks[j].any(self.lx.SINCE_START) and toks[j].poses & (_MODIFIER_POS | {"NPRO"}) and k - j < 4:
            j -= 1  # "минулий", "цей", "последние две"
        if j < 0 or not toks[j].is_word:
            return False
        if toks[j].any(self.lx.SINCE_START):
            return True  # "з початку тижня", "с начала июня в регионе погибли 14"
        return toks[j].any(self.lx.OVER)

    def _paragraph(self, segment: Segment) -> list[Segment]:
        """The segments of SEGMENT's paragraph (no line break between them), in order."""
        first = last = segment.index
        while first > 0 and "\n" not in self.text[self.segments[first - 1].end:self.segments[first].start]:
            first -= 1
        while last + 1 < len(self.segments) and \
                "\n" not in self.text[self.segments[last].end:self.segments[last + 1].start]:
            last += 1
        return self.segments[first:last + 1]

    def _without_asides(self, toks: list[Token]) -> list[Token]:
        """TOKS less the asides set off by commas that hold no figure and no casualty word ("пострадали,
        предварительно, два человека", "загинули, за даними ОВА, троє людей"), and the asides that name a
        part of the figure before them ("четыре человека, в том числе 10-летний мальчик, получили ранения"); so
        too between a pair of dashes ("Еще двое жителей – женщина и подросток – получили ранения")."""
        out: list[Token] = []
        i = 0
        while i < len(toks):
            if toks[i].text in _ASIDE_MARKS:
                close = next((c for c in range(i + 1, min(len(toks), i + 10)) if toks[c].text == toks[i].text), None)
                inner = toks[i + 1:close] if close is not None else []
                phrase = " ".join(t.lower for t in inner)
                part = bool(inner) and any(phrase.startswith(s + " ") for s in self.lx.SUBSET) and not any(
                    t.is_word and t.any(self.lx.KILLED | self.lx.INJURED) for t in inner)
                ages = self._ages(inner)
                if part or inner and close - i < 7 and all(
                        j in ages or t.is_word and not t.any(self.lx.KILLED | self.lx.INJURED)
                        and self._number_word(t) is None for j, t in enumerate(inner)):
                    i = close + 1
                    continue
            out.append(toks[i])
            i += 1
        return out

    def _ages(self, toks: list[Token]) -> set[int]:
        """The indices of the numbers in TOKS that tell an age or a year of birth, with the word after them
        ("мужчина 1978 года рождения", "чоловік 45 років"): no figure of people."""
        years, _ = self.lx.AGE_AFTER
        return {j for j in range(len(toks) - 1) if toks[j].is_digit and toks[j + 1].is_word and toks[j + 1].any(years)}

    def _update_chain(self, toks: list[Token], k: int) -> tuple[int, int, int] | None:
        """"число жертв выросло до 12, а утром в воскресенье — до 16": the last figure of an update."""
        rest = self.text[toks[k].start:toks[-1].end].lower()
        grew = next((i for i in range(k + 1, len(toks)) if toks[i].is_word and toks[i].any(self.lx.GREW)), None)
        if not any(u in rest for u in self.lx.UPDATE) and grew is None:
            return None
        last = None
        for i in range(k + 1, len(toks)):
            if toks[i].text in ".;" or toks[i].is_word and (toks[i].any(self.lx.KILLED) or toks[i].any(self.lx.INJURED)):
                break  # "загинула дитина, кількість поранених зросла до 20": the update is of the other figure
            # "зросла до 14", and after the verb "зросла: вже 14 людей", "возросло — 14"
            after_verb = grew is not None and i > grew and (toks[i - 1].text in ":—–" or toks[i - 1].lower in self.lx.NOW)
            if (toks[i - 1].lower == "до" or after_verb) and (number := self.number_at(toks, i)):
                last = (int(number[0]), i, number[1])
        return last

    def _span(self, toks: list[Token], k: int) -> tuple[int, int]:
        first = k
        while first > 0 and toks[first - 1].is_word and k - first < 3:
            first -= 1
        last = k
        while last + 1 < len(toks) and toks[last + 1].is_word and last - k < 1:
            last += 1
        return first, last

    def _zero_casualty(self, toks: list[Token], k: int) -> str | None:
        """"без жертв", "обійшлося без постраждалих", "жертв немає", "никто не пострадал"; not a "нет" of the clause
        before ("Погибших нет, ранены трое")."""
        window = toks[max(0, k - 3):k]
        cut = max((n for n, t in enumerate(window) if t.text in ",;"), default=-1)
        before = [t for t in window[cut + 1:] if t.is_word]
        # "Пострадавших, по словам чиновников, нет"; "Пострадавших, помимо двух жителей Шебекина, нет": the
        # people set aside are told of in their own figure, and the zero is of everyone else
        rest = toks[k + 1:]
        excepted = len(rest) > 2 and rest[0].text == "," and rest[1].is_word and rest[1].any(self.lx.BESIDES)
        if excepted:
            close = next((c for c in range(2, min(len(rest), 12)) if rest[c].text == ","), None)
            excepted = close is not None
            if close is not None:
                rest = rest[close + 1:]
        rest = self._without_asides(rest)
        after = [t for t in rest[:2] if t.is_word]
        none_before = any(t.any(self.lx.NONE_WORDS) for t in before[-2:])
        nobody = any(t.any(self.lx.NOBODY) for t in before)
        clause = []
        for t in rest:
            if t.text in ",.;":
                break
            if t.is_word:  # «Пострадавших и ущерба нет», — : the closing quote is not the clause's last word
                clause.append(t)
        none_after = (bool(after) and after[0].lower in ("немає", "нема", "нет", "не") and not (
            len(after) > 1 and after[1].lower in self.lx.NOT_COMPARATIVES)  # "погибли не менее пяти"
            and not (len(rest) > 1 and rest[0] is after[0] and self.number_at(rest, 1) is not None)) or (
            # "пострадал не один, а двое": a figure corrected, no zero
            bool(clause) and clause[-1].lower in ("немає", "нема", "нет"))
        if not (none_before or nobody or none_after):
            return None
        if any(t.any(self.lx.HOW) for t in before):
            return None  # "Як не стати жертвою шахраїв": advice, not a toll
        if toks[k].any(self.lx.NO_CASUALTIES) or nobody and toks[k].any(self.lx.INJURED):
            return "except" if excepted else "both"
        return "one"

    def _person_list(self, toks: list[Token], p: int) -> tuple[int, int, int] | None:
        """People listed from token P, each a person noun (one) or a figure and its noun, joined by commas
        and conjunctions: "чоловік і жінка" (2), "7-річна дівчинка та її мати" (2), "троє дітей і двоє
        дорослих" (5). (total, first, last) when two or more are listed, else None."""
        total, items, first, last, joined = 0, 0, p, None, False
        while p < len(toks):
            value = 1
            number = self.number_at(toks, p) if not self._age_at(toks, p) else None
            if number is not None:
                value, p = int(number[0]), number[1] + 1
            while p < len(toks) and (self._age_at(toks, p) or toks[p].is_word and (
                    toks[p].pos in ("ADJF", "PRTF", "NPRO") and not toks[p].any(self.lx.PERSONS)
                    and not (toks[p].animate and (p + 1 == len(toks) or not toks[p + 1].is_word)))):
                p += 3 if self._age_at(toks, p) else 1  # "7-річна", "її", "мирних"; not "двоє дорослих."
            t = toks[p] if p < len(toks) else None
            # a person noun, or an animate noun of the dictionary (not a guess from its ending: "погиб" read
            # as Ukrainian)
            if t is None or not t.is_word or not (t.any(self.lx.PERSONS) or t.animate and "NOUN" in t.poses
                                                  and t.pos in ("NOUN", "ADJF") and known(t.lower, self.lx.LANGUAGE)) \
                    or t.plural and number is None or t.any(self.lx.KILLED | self.lx.INJURED | self.lx.ALL):
                break  # "Постраждали п'ятеро людей, усі госпіталізовані": "усі" is no one more ("ус" to the analyser)
            if p + 1 < len(toks) and toks[p + 1].is_word and toks[p + 1].any(self.lx.KILLED | self.lx.INJURED):
                break  # "загинула жінка, 12 людей поранені": the next figure is another casualty word's
            total, items, last = total + value, items + 1, p
            p = self._past_description(toks, p + 1)
            last = p - 1
            if p < len(toks) and (toks[p].text == "," or toks[p].lower in _CONJUNCTIONS):
                joined = joined or toks[p].lower in _CONJUNCTIONS
                p += 1
                continue
            break
        if not joined and first > 0 and toks[first - 1].is_word and toks[first - 1].poses & {"VERB", "PRTS"} \
                and not toks[first - 1].plural and total == items:
            return None  # "ранен мужчина, работник предприятия": a verb in the singular, a person and who he is
        if last is not None and last + 1 < len(toks) and toks[last + 1].is_word and toks[last + 1].pos == "VERB":
            return None  # "погиб мужчина, его жена и соседка получили ранения": the last ones are another verb's
        return (total, first, last) if items >= 2 and last is not None else None

    def _past_description(self, toks: list[Token], p: int) -> int:
        """Past the words that describe the person before P: the age ("чоловіка 45 років", "мужчина 1978 года
        рождения") and a phrase with "з"/"с" ("з опіками I–II ступеня", "с осколочными ранениями"), to the
        comma or conjunction that joins the next person. P itself when none follows."""
        years, birth = self.lx.AGE_AFTER
        if p + 1 < len(toks) and toks[p].is_digit and toks[p + 1].is_word and toks[p + 1].any(years):
            p += 2
            if p < len(toks) and toks[p].is_word and toks[p].any(birth):
                p += 1
        if p < len(toks) and toks[p].lower in self.lx.WITH:
            end = p + 1
            while end < len(toks) and end - p <= 6 and toks[end].text not in ",;.:" and toks[end].lower not in \
                    _CONJUNCTIONS and not (toks[end].is_word and toks[end].pos in ("VERB", "PRTS", "PREP")):
                end += 1
            if end > p + 1 and (end == len(toks) or toks[end].text in ",;." or toks[end].lower in _CONJUNCTIONS):
                p = end
        return p

    def _casualty_figure(self, toks: list[Token], k: int) -> tuple[int, int, int] | None:
        """The number of people a casualty word counts: before it or after it, with a person noun."""
        if (listed := self._person_list(toks, k + 1)) is not None:
            return listed  # "загинули чоловік і жінка", "поранені троє дітей і двоє дорослих"
        if toks[k].case == "ablt" and (became := next((m for m in range(k + 1, min(len(toks), k + 9)) if toks[m].is_word
                                                       and toks[m].any(self.lx.BECAME)), None)) is not None \
                and (number := self.number_at(toks, became + 1)) is not None:
            return int(number[0]), k, number[1]  # "Жертвами удара ... стали три человека"
        candidates = []
        # five tokens back, not counting the asides between ("четыре человека, в том числе ..., ранены")
        index = {t.start: n for n, t in enumerate(toks)}
        kept = self._without_asides(toks[max(0, k - 16):k])[-5:]
        start = min(index[kept[0].start], max(0, k - 5)) if kept else max(0, k - 5)
        # and six after it, past an aside ("Число раненых, по его словам, превысило 40")
        ahead = [index[t.start] for t in self._without_asides(toks[k + 1:k + 17])][:6]
        end = max(k + 7, ahead[-1] + 1) if ahead else k + 7
        for i in range(start, min(len(toks), end)):
            if i == k:
                continue
            number = self.number_at(toks, i)
            if number is None:
                continue
            if i > 0 and (outer := self.number_at(toks, i - 1)) is not None and outer[1] >= i:
                continue  # "десятки" inside "три десятки": the whole number counts
            value, j = number
            if self._age_at(toks, i):
                continue  # "загинув 41-річний чоловік": an age, not a count
            if i > 0 and toks[i - 1].lower in self.lx.CLOCK_FROM and j + 2 < len(toks) \
                    and toks[j + 1].lower in self.lx.UNTIL and self.number_at(toks, j + 2) is not None:
                continue  # "пострадавшим — от двухсот тысяч до миллиона рублей": a range (SPEC: null)
            if j + 1 < len(toks) and (toks[j + 1].any(self.lx.MONTHS) or toks[j + 1].text == ":" and toks[i].is_digit):
                continue  # "4 липня", "станом на 22:" (a figure in words may open a list: "Пострадали двое: ...")
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and nxt.is_word and self.kind_of(nxt):
                continue  # weapons, not people
            if nxt is not None and nxt.is_word and nxt.pos == "NOUN" and not nxt.any(self.lx.PERSONS) \
                    and not nxt.animate and not nxt.any(self.lx.KILLED | self.lx.INJURED):
                continue
            if i > k and nxt is not None and nxt.is_word and self._other_casualty(toks[k], nxt):
                continue  # "є загиблий та четверо поранених": the figure is the other casualty word's
            if i > k and self._subject_of_next_verb(toks, k, i, j):
                continue  # "загинув чоловік і понад десятеро людей отримали поранення": the next verb's subject
            between = self._without_asides(toks[min(j, k) + 1:max(i, k)])
            if any(b.text in ".;," for b in between):
                continue  # "загиблих щонайменше 31, поранених — понад 160": a comma parts the figures
            if i < k and any(b.is_word and b.any(self.lx.KILLED | self.lx.INJURED) for b in between):
                continue  # "одна людина загинула – чоловік помер": the figure is the casualty word's before it
            prior = [t.lower for t in toks[max(0, i - 3):i]]
            # "загинула родина з чотирьох людей" (of four: the genitive; "родина з двома дітьми" is with them)
            family = i > 1 and toks[i - 1].lower in self.lx.FROM and toks[i - 2].is_word \
                and toks[i - 2].any(self.lx.FAMILY) and not any(u.case == "ablt" for u in toks[i:j + 2])
            if any(w in ("серед", "з", "из", "среди", "зокрема", "том", "числі", "числе") for w in prior[-2:]) \
                    and i > k and not family:
                continue  # "серед них двоє дітей": a subset
            if i > 0 and toks[i - 1].lower == "не" and j + 3 < len(toks) and toks[j + 1].text == "," \
                    and toks[j + 2].lower == "а" and (instead := self.number_at(toks, j + 3)) is not None:
                value, j = instead  # "пострадал не один, а двое мужчин": the figure corrected
            candidates.append((abs(i - k), int(value), i, j))
        if candidates:
            _, value, i, j = min(candidates)
            return value, i, j
        # "загинула жінка", "погиб мужчина", "загинув 41-річний чоловік": one person
        ages = {n for a in range(max(0, k - 5), min(len(toks), k + 3)) if self._age_at(toks, a) for n in (a, a + 1, a + 2)}
        near = [n for n in range(max(0, k - 5), min(len(toks), k + 6)) if n not in ages]
        for n in [n for n in near if n < k][-2:] + [n for n in near if n > k][:2]:
            t = toks[n]
            if _couple(t, self.lx):
                return 2, n, n  # "загинула літня пара", "погибли супруги"
            if t.is_word and (t.any(self.lx.PERSONS) and "NOUN" in t.poses or self._kin(t, self.lx.LANGUAGE)
                              and t.pos == "NOUN") and not t.plural:  # "людина": a noun, if not likeliest one
                return self._subjects(toks, n, k)  # "загинула жінка", "его жена ранена"
        # "мужчина получил осколочные ранения": the subject before the verb and the casualty noun's modifiers,
        # past an aside that tells who he is ("Водитель, мужчина 1978 года рождения, получил ранения")
        index = {t.start: n for n, t in enumerate(toks)}
        back = [index[t.start] for t in self._without_asides(toks[max(0, k - 12):k])]
        m = len(back) - 1
        reach = max(0, len(back) - 5)
        while m >= reach and toks[back[m]].is_word:
            if toks[back[m]].pos in ("VERB", "ADJF", "PRTF", "ADVB"):
                m -= 1
            elif (told := self._age_told_after(toks, back[m])) is not None and m - (back[m] - told) >= 0 \
                    and back[m - (back[m] - told)] == told:
                # "Женщина 58 лет получила осколочные ранения", "мужчина 1972 года рождения погиб": the person's
                # age after the noun, passed as the noun's modifiers are
                reach = max(0, reach - (back[m] - told + 1))
                m -= back[m] - told + 1
            else:
                break
        n = back[m] if m >= 0 else -1
        if n >= 0 and n not in ages and len(back) - m > 2 and toks[n].is_word and toks[n].pos == "NOUN" \
                and toks[n].any(self.lx.PERSONS) and not toks[n].plural and toks[n].case == "nomn":
            return self._subjects(toks, n, k)
        if k > 0 and toks[k - 1].lower in self.lx.THERE_IS and not toks[k].plural:
            return 1, k - 1, k  # "є постраждала", "есть погибший": one
        at, person = self.lx.HAS
        has = next((n for n in range(max(1, k - 3), k) if toks[n].any(person) and toks[n - 1].lower in at), None)
        if has is not None and not any(u.is_word and u.any(self.lx.KILLED | self.lx.INJURED) for u in toks[:has]):
            # "За рулем был мужчина 51 года – у него осколочные ранения": one, unless a casualty word before
            # counted him ("ранена жительница, у нее минно-взрывная травма")
            return 1, has - 1, has
        return None

    @staticmethod
    def _subject_of_next_verb(toks: list[Token], k: int, i: int, j: int) -> bool:
        """Whether the figure at I..J, after the casualty word K and a conjunction, is the subject of a verb
        of its own: "погибла женщина и трое человек получили ранения" (three are the injured, not the dead)."""
        if not any(t.lower in _CONJUNCTIONS for t in toks[k + 1:i]):
            return False
        m = j + 1
        if m < len(toks) and toks[m].is_word and "NOUN" in toks[m].poses:
            m += 1  # the noun the figure counts: "людей", "человек"
        return m < len(toks) and toks[m].is_word and toks[m].pos == "VERB"

    def _subjects(self, toks: list[Token], n: int, k: int) -> tuple[int, int, int]:
        """The people the person at N stands for as the casualty word K's subject: one, or with a verb in the
        plural between them, every person joined to it ("женщина и мужчина получили ранения": two)."""
        if not n < k or not any(t.pos == "VERB" and t.plural for t in toks[n + 1:k]):
            return 1, n, n
        first = self._subjects_before(toks, n)
        return sum(self._lone_person(t) for t in toks[first:n + 1]) or 1, first, n

    def _subjects_before(self, toks: list[Token], n: int) -> int:
        """Where the people joined to the person at N as the subject of one verb begin: "68-летняя женщина
        и 62-летний мужчина получили ранения", "чоловік, жінка та їхній син отримали поранення" (each with
        its modifiers and age); N itself when none is. A person right after a verb is that verb's ("погибла
        женщина, мужчина и ребенок получили ранения": two)."""
        first = n
        while True:
            m = self._modified_from(toks, first) - 1
            # "Мужчина 45 лет и женщина 40 лет получили ранения": the person before the age told after him
            person = told - 1 if m > 0 and (told := self._age_told_after(toks, m - 1)) is not None else m - 1
            if m < 1 or not (toks[m].text == "," or toks[m].lower in _CONJUNCTIONS - {"а"}) \
                    or person < 0 or not self._lone_person(toks[person]):
                return first
            start = self._modified_from(toks, person)
            if start > 0 and toks[start - 1].is_word and toks[start - 1].poses & {"VERB", "PRTS"}:
                return first
            first = person

    def _modified_from(self, toks: list[Token], n: int) -> int:
        """Where the noun at N begins with its modifiers and age before it ("62-летний мужчина", "їхній син")."""
        p = n
        while p > 0 and (toks[p - 1].is_word and toks[p - 1].pos in ("ADJF", "PRTF", "NPRO")
                         and not self._lone_person(toks[p - 1])):
            p -= 1
            if p >= 2 and self._age_at(toks, p - 2):
                p -= 2
        return p

    def _lone_person(self, t: Token) -> bool:
        """Whether T names one person in the nominative: "мужчина", "жінка", "син"."""
        return t.is_word and t.case == "nomn" and not t.plural and "NOUN" in t.poses and (
            t.any(self.lx.PERSONS) or self._kin(t, self.lx.LANGUAGE))

    def _other_casualty(self, word: Token, other: Token) -> bool:
        """Whether OTHER is a casualty word of the other kind than WORD ("загиблий" ... "поранених")."""
        for own, theirs in ((self.lx.KILLED, self.lx.INJURED), (self.lx.INJURED, self.lx.KILLED)):
            if word.any(own) and not word.any(theirs):
                return other.any(theirs) and not other.any(own)
        return False

    @staticmethod
    def _kin(t: Token, language: str) -> bool:
        """A person by a common noun the lexicon does not list ("жена", "сын", "свекровь"): an animate noun
        in the nominative that the dictionary knows, not a name."""
        return t.animate and t.case == "nomn" and not t.person and not t.capitalised and known(t.lower, language)

    def _age_told_after(self, toks: list[Token], n: int) -> int | None:
        """Where an age told after a person ends at N begins: "58 лет", "1972 года рождения", "45 років" (the
        number's index); None when N ends none."""
        years, birth = self.lx.AGE_AFTER
        if n > 1 and toks[n].is_word and toks[n].any(birth) and toks[n - 1].is_word and toks[n - 1].any(years) \
                and toks[n - 2].is_digit:
            return n - 2
        if n > 0 and toks[n].is_word and toks[n].any(years) and toks[n - 1].is_digit:
            return n - 1
        return None

    def _age_at(self, toks: list[Token], i: int) -> bool:
        """Whether a person's age starts at token I: "41-річний", "45-летний"."""
        return i + 2 < len(toks) and toks[i].is_digit and toks[i + 1].text in "-–" and toks[i + 2].any(self.lx.AGE)

    # ------------------------------------------------------------------------------ damage, record
    def _damage(self, segment: Segment, draft: EventDraft) -> None:
        toks = segment.toks
        if "energy" not in draft.damage and (cut := self._power_cut(toks)) is not None \
                and not self._war_long(toks) and not self._ground_fire(segment):
            draft.damage.append("energy")
            draft.evidence.append(self.evidence("damage", segment, *cut))
        struck = any(t.is_word and t.any(self.lx.DAMAGE_VERBS) and not habitual(t.lower, self.lx.LANGUAGE) for t in toks)
        # "Постраждали також магазини, ресторан": a verb of suffering tells damage only of the things it has as
        # its subject, never of where people went ("пострадал мужчина, он обратился в больницу")
        suffered = not struck and any(t.is_word and "VERB" in t.poses and t.any(self.lx.DAMAGE_SUFFERED) for t in toks)
        if not (struck or suffered) or self._war_long(toks):
            return  # "«Противник продолжает бить по гражданской инфраструктуре»": what is done, no damage told
        if self._ground_fire(segment):
            return  # "Нікопольщину гатили з артилерії ... Понівечено газопровід": the shelling's damage, not told apart
        phrases = _damage_phrases(self.lx)
        # the words of a place's name name no damage: "по Білій Церкві", "в Каменке" ("церква", "камінь")
        named = {n for m in self.mentions.get(segment.index, []) for n in range(m.first, m.last + 1)}
        k = -1
        while k + 1 < len(toks):
            k += 1
            t = toks[k]
            if not t.is_word or k in named or suffered and self._after_preposition(toks, k):
                continue
            if k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].any(self.lx.HELP):
                continue  # "медицинская помощь оказана на месте": the help given, no clinic damaged
            entries = sorted((e for lemma in sorted(t.lemmas & phrases.keys()) for e in phrases[lemma]),
                             key=lambda e: -len(e[0]))
            compound = next((category for category, ends in self.lx.DAMAGE_COMPOUNDS.items()
                             if any(lemma.endswith(ends) for lemma in t.lemmas)), None)  # "дев'ятиповерхівка"
            if not entries and compound is None and not any(t.any(words) for words in self.lx.DAMAGE.values()):
                continue
            if self._not_damaged(toks, k):
                continue
            if t.any(self.lx.SETTLEMENT) or "ADJF" in t.poses and cyrillic_places.before_head(toks, k, self.lx.DISTRICT):
                continue  # "у низці міст" (cities, not bridges), "у Залізничному районі" (a district's name)
            if self._taken_to(toks, k):
                continue  # "его доставили в областную клиническую больницу": where the injured went
            # "заклад освіти", "детского сада", "приватного підприємства": a phrase names its category
            # and its words name nothing else
            phrase = next(((category, len(keys)) for keys, category in entries
                           if all(k + n < len(toks) and toks[k + n].any(keys[n]) for n in range(len(keys)))), None)
            if phrase:
                category, length = phrase
                if category not in draft.damage:
                    draft.damage.append(category)
                    draft.evidence.append(self.evidence("damage", segment, k, k + length - 1))
                k += length - 1
                continue
            for category, words in self.lx.DAMAGE.items():
                if not (t.any(words) or category == compound) or category in draft.damage:
                    continue
                if (category == "infrastructure" or t.any(self.lx.DAMAGE_GENERIC_HEADS)) and k > 0 and any(
                        toks[k - 1].any(w) for c, w in self.lx.DAMAGE.items() if c != category):
                    # "енергетичну інфраструктуру", "портова інфраструктура", "нафтопереробний завод": a
                    # generic head takes the category of the adjective before it
                    continue
                if category == "industrial" and t.any(self.lx.DAMAGE_GENERIC_HEADS) \
                        and not (k > 0 and toks[k - 1].is_word and "ADJF" in toks[k - 1].poses) \
                        and self._energy_site_told(draft, segment, k):
                    # "нефтеперерабатывающий завод ... пожар на территории завода": the energy site told again
                    continue
                if category in ("industrial", "transport", "infrastructure", "commercial") and any(
                        u.is_word and u.any(self.lx.MILITARY) for u in toks[max(0, k - 1):k + 4]):
                    continue  # "склад боєприпасів", "военный аэродром": military sites have no category
                if category == "government" and (self._owned(toks, k) or t.any(self.lx.GOVERNMENT_BODIES)
                                                 and not self._damaged_near(toks, k)):
                    # "адмінбудівлю одного з підприємств": the firm's; "администрация президента США
                    # разрешила": the body, not its building
                    continue
                draft.damage.append(category)
                draft.evidence.append(self.evidence("damage", segment, k, k))

    def _power_cut(self, toks: list[Token]) -> tuple[int, int] | None:
        """The words of a power cut ("без світла", "без электроснабжения", "знеструмлена"): the grid was damaged,
        whether or not the sentence names what was hit; not in a clause of a planned outage or a schedule ("через
        планові відключення", "по графику"), nor after a recall ("Раніше ...", "Напомним, ...")."""
        for k, t in enumerate(toks):
            if t.is_word and t.any(self.lx.POWERED_OFF):
                cut = k, k
            elif t.lower in self.lx.WITHOUT and k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].any(self.lx.POWER):
                cut = k, k + 1
            else:
                continue
            if any(u.is_word and (u.any(self.lx.RECALL) or u.any(self.lx.AGO)) for u in toks[:k]):
                return None
            start = next((m + 1 for m in range(k - 1, -1, -1) if toks[m].text in ",;"), 0)
            end = next((m for m in range(k, len(toks)) if toks[m].text in ",;"), len(toks))
            if not any(u.is_word and u.lower.startswith(self.lx.PLANNED_OUTAGE) for u in toks[start:end]):
                return cut
        return None

    def _energy_site_told(self, draft: EventDraft, segment: Segment, k: int) -> bool:
        """Whether the event has named, before token K of SEGMENT, an energy site by a generic head and its
        adjective ("нафтопереробний завод", "нефтеперерабатывающего предприятия")."""
        energy = self.lx.DAMAGE.get("energy", frozenset())
        for index in draft.segments:
            if index > segment.index:
                break
            toks = self.segments[index].toks
            end = k if index == segment.index else len(toks)
            if any(toks[m].is_word and toks[m].any(self.lx.DAMAGE_GENERIC_HEADS) and toks[m - 1].is_word
                   and toks[m - 1].any(energy) for m in range(1, end)):
                return True
        return False

    def _owned(self, toks: list[Token], k: int) -> bool:
        """Whether the building at K belongs to what a genitive after it names, of another category of damage
        ("адмінбудівлю підприємства", "административное здание одного из предприятий")."""
        for m in range(k + 1, min(len(toks), k + 5)):
            u = toks[m]
            if not u.is_word:
                return False
            if u.case == "gent" and any(u.any(words) for category, words in self.lx.DAMAGE.items()
                                        if category != "government"):
                return True
            if u.lower in _CONJUNCTIONS or "NUMR" in u.poses and not u.any({"один"}):
                return False  # "адмінбудівлю та дві вантажівки": a list, no owner
            if not (u.poses & {"ADJF", "NUMR", "PREP", "NPRO"} or m == k + 1 and "NOUN" in u.poses):
                return False  # past "одного з", modifiers, and the head noun after an adjective ("здание")
        return False

    def _damaged_near(self, toks: list[Token], k: int) -> bool:
        """Whether a word of damage stands within four words of K with no comma and no other verb between
        ("пошкоджено будівлю районної адміністрації", not "пункти допомоги для мешканців пошкоджених
        будинків працюють у районних адміністраціях")."""
        for m in [*range(k - 1, max(-1, k - 5), -1), *range(k + 1, min(len(toks), k + 5))]:
            between = toks[min(m, k) + 1:max(m, k)]
            if any(u.text in ",;:" or u.is_word and "VERB" in u.poses and not u.any(self.lx.DAMAGE_VERBS)
                   for u in between):
                continue
            if toks[m].is_word and toks[m].any(self.lx.DAMAGE_VERBS):
                return True
        return False

    @staticmethod
    def _after_preposition(toks: list[Token], k: int) -> bool:
        """Whether the word at K is the object of a preposition, past the modifiers and numerals before it
        ("в областную больницу", "до двох лікарень")."""
        j = k - 1
        while j >= 0 and toks[j].is_word and toks[j].poses & {"ADJF", "PRTF", "NUMR"} and "PREP" not in toks[j].poses:
            j -= 1
        return j >= 0 and toks[j].is_word and "PREP" in toks[j].poses

    def _taken_to(self, toks: list[Token], k: int) -> bool:
        """Whether the word at K names where people were taken or housed: a verb of taking or a shelter
        noun before it in its clause, with only prepositions, modifiers and adverbs between."""
        j = k - 1
        while j >= max(0, k - 6) and toks[j].is_word and not toks[j].any(self.lx.TAKEN_TO) and (
                toks[j].poses & {"ADJF", "PRTF", "PREP", "ADVB", "NUMR"} or toks[j].pos in ("NOUN", "NPRO")
                and toks[j].case == "gent" and j < k - 1 or toks[j].pos == "NPRO"):
            j -= 1
        return j >= 0 and toks[j].is_word and toks[j].any(self.lx.TAKEN_TO)

    def _not_damaged(self, toks: list[Token], k: int) -> bool:
        """A word of damage that names no damaged thing: the office a figure comes from ("за даними
        обласної військової адміністрації", "голова ... адміністрації"), "Склад удару" (the strike's
        make-up), or what was aimed at ("цілив в енергетику")."""
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.is_word and nxt.any(self.lx.ATTACK_NOUNS):
            return True
        if nxt is not None and nxt.lower in self.lx.NONE_WORDS and nxt.lower not in self.lx.WITHOUT or any(
                u.lower in self.lx.WITHOUT for u in toks[max(0, k - 2):k]):
            return True  # "Повреждений инфраструктуры нет", "без разрушений жилых домов": none damaged
        if any(u.is_word and u.any(self.lx.CONSEQUENCES) and any(w.lower in self.lx.NONE_WORDS for w in toks[j - 1:j + 2:2])
               for j, u in enumerate(toks[k + 1:k + 6], start=k + 1)):
            return True  # "обломки упали на территорию сельхозпредприятия, последствий нет"
        if any(u.is_word and u.any(self.lx.AIMED) for u in toks[max(0, k - 4):k]):
            return True  # "ворог цілив в енергетику": aimed at, not damaged
        j = k - 1
        while j >= 0 and toks[j].is_word and toks[j].poses & {"ADJF", "PRTF"} and not toks[j].any(self.lx.OFFICE_BEFORE) \
                and not toks[j].any(self.lx.ATTRIBUTION):
            j -= 1
        return j >= 0 and toks[j].is_word and (toks[j].any(self.lx.OFFICE_BEFORE) or toks[j].any(self.lx.ATTRIBUTION)
                                                or toks[j].any(self.lx.SPEECH))

    def _alert(self, segment: Segment, draft: EventDraft) -> None:
        """"Повітряна тривога тривала понад п'ять годин", "три з половиною години": the alert's length in hours."""
        toks = segment.toks
        if draft.alert_hours and draft.alert_hours[2] or not any(t.is_word and t.any(self.lx.ALERT) for t in toks):
            return
        span = self._clock_span(toks)
        if span is not None:  # "тривала з 00:44 до 07:09": exact, wins over "понад п'ять годин"
            hours, first, last = span
            draft.alert_hours = (hours, self.evidence("alert_hours", segment, first, last), True)
            return
        if draft.alert_hours:
            return
        for k in range(len(toks)):
            number = self.number_at(toks, k)
            half = number is not None and number[1] + 3 < len(toks) and toks[number[1] + 1].lower in \
                self.lx.AND_A_HALF[0] and self.lx.AND_A_HALF[1] in toks[number[1] + 2].lemmas
            if half:  # "тривала понад чотири з половиною години": 4.5
                number = (number[0] + 0.5, number[1] + 2)
            if number and number[1] + 1 < len(toks) and toks[number[1] + 1].any(self.lx.HOURS):
                hours, last = number[0], number[1] + 1
                minutes = self.number_at(toks, last + 1) if last + 1 < len(toks) else None
                if minutes and minutes[1] + 1 < len(toks) and toks[minutes[1] + 1].any(self.lx.MINUTES):
                    hours, last = round(hours + minutes[0] / 60, 3), minutes[1] + 1  # "4 години 40 хвилин"
                draft.alert_hours = (hours, self.evidence("alert_hours", segment, k, last), False)
                return

    def _clock_span(self, toks: list[Token]) -> tuple[float, int, int] | None:
        """"з 02:55 до 07:25", "від 08:47 до 15:05", "с 23:10 17 мая до 06:30 18 мая": the hours between two
        clock times (past midnight when the second is earlier, or as many days on as the dates after them
        say), and the span of the phrase."""
        window = self._clock_window(toks)
        return None if window is None else window[2:]

    def _clock_window(self, toks: list[Token]) -> tuple[int, date | None, float, int, int] | None:
        """The first clock window of TOKS: its start in minutes after midnight, the date after its last clock
        time (None when none is said), its hours and its token span."""
        def clock(k: int) -> tuple[int, int] | None:
            """The minutes after midnight of the clock time at K and the tokens it takes: "02:55", or "20.00" as
            the ministry writes it (a number with two decimals)."""
            if k + 2 < len(toks) and toks[k].is_digit and toks[k + 1].text == ":" and toks[k + 2].is_digit:
                hours, minutes, width = int(toks[k].text), int(toks[k + 2].text), 3
            elif k < len(toks) and (dotted := _DOTTED_CLOCK.fullmatch(toks[k].text)):
                hours, minutes, width = int(dotted[1]), int(dotted[2]), 1
            else:
                return None
            return (hours * 60 + minutes, width) if hours < 24 and minutes < 60 else None
        for k, t in enumerate(toks):
            if not (t.is_word and (t.any(self.lx.FROM) or t.lower in self.lx.CLOCK_FROM)) \
                    or (opening := clock(k + 1)) is None:
                continue
            start = opening[0]
            j = k + 1 + opening[1]
            first_day = self._day_month(toks, j)
            j += 2 if first_day else 0  # "з 17:45 30 квітня до 08:00 1 травня"
            if j + 1 < len(toks) and toks[j].lower in self.lx.UNTIL and (closing := clock(j + 1)) is not None:
                end, after = closing[0], j + 1 + closing[1]
                last_day = self._day_month(toks, after)
                minutes = (end - start) % (24 * 60)
                if first_day and last_day and last_day > first_day:
                    minutes = (last_day - first_day).days * 24 * 60 + end - start
                return start, last_day, round(minutes / 60, 2), k, after - 1
        return None

    def _overnight(self, segment: Segment) -> tuple[date | None] | None:
        """The clock window of SEGMENT when it runs overnight, from the evening to the morning ("З 17:45 30
        квітня до 08:00 1 травня"): (the date of its morning, None when not said); else None. A window by day
        ("з 08:00 до 15:30") gives ()."""
        window = self._clock_window(segment.toks)
        if window is None:
            return None
        start, day, hours = window[:3]
        end = start + hours * 60
        if start >= _EVENING and end > 24 * 60:
            return (day,)
        return () if _MORNING <= start and end <= _EVENING + 4 * 60 else None

    def _superlative(self, t: Token, words: frozenset[str]) -> bool:
        """Whether T is one of WORDS in any of its forms: pymorphy3 gives a Russian superlative the
        positive as its dictionary form ("крупнейшая" -> "крупный"), so "крупнейшей", "рекордную" are
        matched by the stem of the listed form ("крупнейш-", "рекордн-") and an adjective ending."""
        return t.any(words) or t.lower.endswith(_ADJECTIVE_ENDINGS) and any(
            t.lower.startswith(stem) and len(t.lower) - len(stem) <= 3 for stem in _adjective_stems(words))

    def _record(self, segment: Segment, draft: EventDraft, main: EventDraft | None = None) -> None:
        """"наймасованіша атака", "крупнейший с начала вторжения воздушный удар", "назвали атаку
        наймасованішою"; not "одна з наймасованіших", not "найбільше ударів зазнали". A claim said of "this"
        attack in a sentence that also recalls an earlier one ("Це найбільший удар по столиці від 17 червня, коли
        ...") is the record of MAIN, the attack the article tells, not of the recalled one."""
        toks = [t for t in segment.toks if t.is_word]
        for k, t in enumerate(toks):
            strong = self._superlative(t, self.lx.RECORD) or (
                t.any({"самий", "самый"}) and k + 1 < len(toks) and self._superlative(toks[k + 1], self.lx.RECORD_AFTER_MOST))
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            weak = self._superlative(t, self.lx.RECORD_WEAK) and "ADJF" in t.poses and not (
                nxt is not None and nxt.case == "gent" and nxt.plural)  # "найбільше ударів": the most strikes
            if not (strong or weak) or any(u.any(self.lx.ONE_OF) for u in toks[max(0, k - 2):k]):
                continue  # "одна з наймасованіших"
            if any(u.any(self.lx.PREVIOUS) or u.lower in self.lx.AFTER for u in toks[max(0, k - 2):k]) \
                    or any(u.lower in self.lx.THEN for u in toks[max(0, k - 3):k]):
                # "попередній рекорд", "через два дні після наймасованішої атаки", "тоді це був рекорд": the earlier
                # attack, a yardstick
                draft.benchmark = True
                continue
            # ("Наймасованіший удар тижня": the largest of a week is a record over its span all the same)
            after, around = toks[k + 1:k + 9], toks[max(0, k - 6):k + 9]
            since = any(u.lower in ("початку", "начала") for u in after)
            attack = any(u.any(self.lx.ATTACK_NOUNS) or u.any(self.lx.RECORD_OF) for u in (around if strong else after[:3]))
            if strong and (attack or t.any({"рекорд", "рекордний", "рекордный"})) or weak and (attack or since):
                if main is not None and draft is not main and any(u.any(self.lx.THIS) for u in toks[max(0, k - 3):k]) \
                        and any(u.lower in self.lx.SINCE for u in toks[k + 1:k + 8]):
                    draft.benchmark = True  # the recalled attack is the yardstick
                    draft = main  # "Эта атака стала самой массированной ... до сих пор наибольшим считался налёт"
                draft.record = True
                idx = segment.toks.index(t)
                draft.evidence.append(self.evidence("record", segment, idx, min(idx + 2, len(segment.toks) - 1)))
                return

    # -------------------------------------------------------------------------------------- dates
    def attack_date(self) -> str | None:
        """The day the attack ended: "у ніч на 4 липня" is 4 July; "вчора" the day before publication."""
        # a report with no publication date is dated by the date at its head
        pub = self.published or (self.printed if self.printed and self.stamped else None)
        for segment in self.segments:
            toks = segment.toks
            if segment.index in self.earlier():
                continue  # "попередня була у ніч на 10 грудня": another attack's night
            day = self._night_of(segment)  # "у ніч на 4 липня", "в ночь на вторник"
            if day:
                return day.isoformat()
        candidates: list[tuple[int, date]] = []  # (preference, day) in reading order
        for segment in self.segments:
            toks = segment.toks
            if segment.index in self.earlier():
                continue  # "Нагадаємо, 7 березня ...": another attack's day
            heading = segment.index == 0 and sum(t.is_word for t in toks) <= 8
            if not (heading or self._carries_attack(segment)):
                continue
            for k in range(len(toks)):
                day = self._day_month(toks, k)
                if day is None:
                    continue
                before = [t for t in toks[max(0, k - 5):k]]
                words = [t.lower for t in before if t.is_word]
                if words and words[-1] in self.lx.NIGHT_ONTO:
                    continue  # "запланирован на 2 июня": a date to come
                if any(t.any(self.lx.FROM) for t in before) and not any(w in self.lx.UNTIL for w in words):
                    continue  # "з 18:00 3 липня": the window's start
                if any(t.is_word and t.any(self.lx.STAMP) for t in toks[max(0, k - 8):k]):
                    continue  # "написав ... в неділю, 15 січня", "Обновлено 26 мая": when it was said
                candidates.append((1 if any(w in self.lx.UNTIL for w in words) else 0, day))
        if candidates:
            best = max(p for p, _ in candidates)
            return next(d for p, d in candidates if p == best).isoformat()
        if pub is None:
            return None
        words = [t for s in self.segments for t in s.toks if t.is_word]
        hour = published_hour(self.article.published)
        # "вчора"; "за прошедшие сутки" in a morning's post: the day before it
        past_day = hour is not None and hour < 12 and any(
            t.any(self.lx.WHOLE_DAY) and k > 0 and words[k - 1].any(self.lx.PAST) for k, t in enumerate(words))
        if (past_day or any(t.any(self.lx.YESTERDAY) for t in words)) and not any(t.any(self.lx.TONIGHT) for t in words):
            return (pub - timedelta(days=1)).isoformat()
        for t in words:
            weekday = next((self.lx.WEEKDAYS[lemma] for lemma in sorted(t.lemmas) if lemma in self.lx.WEEKDAYS), None)
            if weekday is not None and t.case in ("accs", "loct", None):
                back = (pub.weekday() - weekday) % 7
                return (pub - timedelta(days=back)).isoformat()
        return pub.isoformat()

    def _printed_date(self) -> date | None:
        """A full date printed in the title or the text ("Сводка ... (по состоянию на 23 ноября 2024 г.)",
        "Четвер, 31 липня 2025, 21:05"): the year of a report that carries no publication date."""
        title = tokens(self.article.title, self.lx.LANGUAGE) if self.article.title else []
        self.stamped = False  # whether the date heads the report: its title or its first lines
        for index, toks in enumerate([title, *(segment.toks for segment in self.segments)]):
            self.stamped = index <= 2
            for k in range(len(toks) - 2):
                if toks[k].is_digit and toks[k + 2].is_digit and len(toks[k + 2].text) == 4 and toks[k + 1].is_word:
                    month = next((self.lx.MONTHS[m] for m in sorted(toks[k + 1].lemmas) if m in self.lx.MONTHS), None)
                    if month and toks[k].text.isdigit():
                        try:
                            return date(int(toks[k + 2].text), month, int(toks[k].text))
                        except ValueError:
                            continue
        return None

    def _day_month_named(self, toks: list[Token], k: int) -> bool:
        """Whether a day of a month starts at token K ("27 октября"), whatever its year."""
        return k + 1 < len(toks) and toks[k].is_digit and toks[k].text.isdigit() and toks[k + 1].is_word and any(
            lemma in self.lx.MONTHS for lemma in toks[k + 1].lemmas)

    def _day_month(self, toks: list[Token], k: int) -> date | None:
        if k + 1 >= len(toks) or not toks[k].is_digit or not toks[k + 1].is_word:
            return None
        month = next((self.lx.MONTHS[lemma] for lemma in sorted(toks[k + 1].lemmas) if lemma in self.lx.MONTHS), None)
        if month is None or not toks[k].text.isdigit():
            return None
        year = None
        reference = self.published or self.printed
        if k + 2 < len(toks) and toks[k + 2].is_digit and len(toks[k + 2].text) == 4:
            year = int(toks[k + 2].text)
        elif reference:
            year = reference.year
            if month == 12 and reference.month == 1:
                year -= 1
        if year is None:
            return None
        try:
            return date(year, month, int(toks[k].text))
        except ValueError:
            return None

    # -------------------------------------------------------------------------------------- event
    def _event(self, draft: EventDraft, day: str | None) -> AirAttack | None:
        figures: dict[str, Counts] = {}
        evidence = list(draft.evidence)
        for weapon, kind in (("drones", "drone"), ("missiles", "missile")):
            values: dict[str, int] = {}
            launched_evidence: list[Evidence] = []
            for role in ROLES:
                found = [c for c in draft.counts if c.kind == kind and c.role == role]
                stated = [c for c in found if not c.every]
                if stated or not found or values.get("launched") is None or role == "hit" and (
                        values.get("destroyed") or not self._aimed(draft, kind)):
                    # "all of them" only when no figure is stated, and as many as launched; all hit ("ракети
                    # влучили") only when none is said to be destroyed and they were launched at a place
                    found = stated
                else:
                    found = [replace(found[-1], value=values["launched"])]
                    evidence.extend(replace(e, field=f"{weapon}.{role}") for e in launched_evidence)
                chosen = self._resolve(found)
                if chosen:
                    values[role] = sum(c.value for c in chosen)
                    for c in chosen:
                        segment = self.segments[c.segment]
                        first, last = self._quote_span(segment, c)
                        evidence.append(self.evidence(f"{weapon}.{role}", segment, first, last))
                        if role == "launched":
                            launched_evidence.append(evidence[-1])
            figures[weapon] = Counts(values.get("launched"), values.get("destroyed"), values.get("hit"))
        weapons, weapon_evidence = self._weapons(draft)
        evidence.extend(weapon_evidence)
        main = draft.places[0] if draft.places else None
        if draft.mixed_toll:
            # "Миколаїв: без постраждалих ... Очаківську громаду обстрілювали з артилерії та атакували дронами.
            # Поранено чоловіка": no one hurt in one place is no zero of the attack's toll
            draft.killed = [f for f in draft.killed if not (f.both and f.value == 0)]
            draft.injured = [f for f in draft.injured if not (f.both and f.value == 0)]
        regions = self._regions(draft.places)
        if len(regions) > 1:
            # "сбиты 64 беспилотника: 28 — над Брянской ..., 15 — над Курской ... Губернатор Воронежской области:
            # пострадавших нет": a zero said of one region of an attack on several is no zero of the attack's toll
            draft.killed = [f for f in draft.killed if f.value or not self._zero_of_part(f, regions)]
            draft.injured = [f for f in draft.injured if f.value or not self._zero_of_part(f, regions)]
        killed, injured = self._casualty(draft.killed, main), self._casualty(draft.injured, main)
        # "Пострадавших нет" then "Ранен мирный житель": the zero was said of one place or moment; it
        # tells nothing of the other figure either
        if injured and injured[0] and killed and not killed[0] and not self._told_later(draft):
            killed = self._casualty([f for f in draft.killed if not f.both], main)
        if killed and killed[0] and injured and not injured[0]:
            injured = self._casualty([f for f in draft.injured if not f.both], main)
        if killed:
            evidence.extend(killed[1])
        if injured:
            evidence.extend(injured[1])
        if draft.alert_hours:
            evidence.append(draft.alert_hours[1])
        has_attack = any(v is not None for c in figures.values() for v in c.to_dict().values()) or \
            any(c.kind == "bomb" for c in draft.counts) or draft.killed or draft.injured or draft.damage \
            or self._attack_words(draft)
        if has_attack and not draft.places and not self._names_attack():
            # "передаст ... шесть тысяч тел погибших военнослужащих": the dead told with no place struck and no
            # attack anywhere in the text (not "У Запоріжжі завершено пошуково-рятувальну операцію. Загинули 14")
            return None
        if not (draft.counts or draft.damage or any(f.value for f in draft.killed + draft.injured)) \
                and self._attack_denied(draft):
            # "Тривога тривала годину. Ракети на Київ не заходили, сили ППО в столиці не працювали": an alert told
            # with the attack denied and nothing struck is an attack that did not happen (SPEC), no event
            return None
        combined = any(c.kind == "combined" and c.role for c in draft.counts)  # "158 ракет і дронів"
        if not has_attack or not (draft.places or any(v is not None for c in figures.values()
                                                       for v in c.to_dict().values()) or draft.killed
                                  or draft.injured or combined
                                  or draft.damage and not self._strike_claims.isdisjoint(draft.segments)):
            return None
        attacker, target = draft.side
        named = self._attacker_evidence(draft, attacker)
        if named:
            evidence.append(named)
        return AirAttack(
            date=day, attacker=attacker, target_country=target, places=tuple(draft.places),
            drones=figures["drones"], missiles=figures["missiles"],
            killed=killed[0] if killed else None, injured=injured[0] if injured else None,
            damage=tuple(draft.damage), record=draft.record,
            alert_hours=draft.alert_hours[0] if draft.alert_hours else None,
            evidence=tuple(evidence), weapons=weapons)

    def _attack_denied(self, draft: EventDraft) -> bool:
        """Whether a clause of the draft denies a weapon, a launch or air defence at work ("ракетних пусків не
        зафіксовано", "ворожі дрони у повітряний простір міста не заходили", "ППО не працювала", "о сбитых
        беспилотниках не сообщали")."""
        for index in draft.segments:
            clause: list[Token] = []
            for t in [*self.segments[index].toks, None]:
                if t is not None and t.text not in _CLAUSE_END:
                    clause.append(t)
                    continue
                if any(u.is_word and u.lower in self.lx.NONE_WORDS for u in clause) and any(
                        u.is_word and (self.kind_of(u) in ("drone", "missile") or self.model_of(u) or u.any(self.lx.LAUNCH)
                                       or u.lower in self.lx.AIR_DEFENCE) for u in clause):
                    return True
                clause = []
        return False

    def _names_attack(self) -> bool:
        """Whether the text names a weapon, an attack, a launch or a hit anywhere (its title too)."""
        if "_names_attack_of" not in self.__dict__:
            words = [t for s in self.segments for t in s.toks if t.is_word]
            words += [t for t in tokens(self.article.title or "", self.lx.LANGUAGE) if t.is_word]
            self._names_attack_of = any(
                self.kind_of(t) or self.model_of(t) or t.any(self.lx.ATTACK_NOUNS) or t.any(self.lx.LAUNCH)
                or t.any(self.lx.HIT) or t.any(self.lx.DAMAGE_VERBS) for t in words)
        return self._names_attack_of

    def _aimed(self, draft: EventDraft, kind: str) -> bool:
        """Whether the weapons of KIND were counted as launched at a place the sentence names ("удару двома
        балістичними ракетами по центру Сум", "вдарила по Миколаївському району"), not in a tally of the
        whole night ("по країні випущено 48 ракет")."""
        return any(c.kind == kind and c.role == "launched" and (
            any(m.struck for m in self.mentions.get(c.segment, []))
            or any(t.is_word and t.any(self.lx.DISTRICT) for t in self.segments[c.segment].toks))  # "по ... району"
            for c in draft.counts)

    @staticmethod
    def _regions(places: list[str]) -> set[str]:
        """The regions PLACES lie in, as far as the gazetteer knows: a region itself, a town's region."""
        return {p if cyrillic_places.is_region(p) else cyrillic_places.region_containing(p) for p in places} - {None}

    def _zero_of_part(self, toll: Toll, regions: set[str]) -> bool:
        """Whether a zero is said of some of REGIONS only: its sentence names, before it, places struck or the
        office that says it ("Губернатор Брянской области ... сообщил, что пострадавших нет") in fewer regions;
        a sentence naming none is of the places its paragraph names before it ("В Ярославле обломки упали на
        промзону, сообщил губернатор. Пострадавших нет"), unless it gives offices as its source ("За даними
        обласних адміністрацій, загиблих немає": every region's)."""
        segment = self._segment_at(toll)
        before = [s for s in self._paragraph(segment) if s.index <= segment.index]
        if any(t.is_word and t.plural and t.any(self.lx.OFFICE_AFTER) and t.end <= toll.evidence.start
               for t in segment.toks):
            before = [segment]
        for told in reversed(before):
            named = [m.name for m in self.mentions.get(told.index, [])
                     if (m.struck or m.role == "office") and told.toks[m.last].end <= toll.evidence.start]
            if named:
                return not regions <= self._regions(named)
        return False

    def _told_later(self, draft: EventDraft) -> bool:
        """Whether the injured figure updates an earlier "no casualties" ("Попередньо без постраждалих" ...
        "Оновлено: ... Один травмований"; "Пострадавших нет" ... "Позднее ... обратился охранник"): the
        zero of the dead then stands, as a zero said of another place does not."""
        def words(f: Toll, before: int) -> list[Token]:
            segment = next(s for s in self.segments if s.start <= f.evidence.start < s.end)
            return [t for t in segment.toks if t.is_word and t.start < f.evidence.end][-before:]
        zeros = [f for f in draft.killed if f.both]
        return any(any(t.any(self.lx.PRELIMINARY) for t in words(f, 4)) for f in zeros) or any(
            any(t.any(self.lx.LATER) for t in words(f, 14)) for f in draft.injured
            if f.value and zeros and f.evidence.start > zeros[0].evidence.start
            and (not f.place or f.place == zeros[0].place))  # a later figure of another place: no update

    def _attacker_evidence(self, draft: EventDraft, attacker: str | None) -> Evidence | None:
        """The first word naming ATTACKER as the one who launched ("ворог атакував", "українських БПЛА"),
        in the event's own segments first, then anywhere in the text; None when the attacker is only
        inferred from where the attack was (the brief then leaves it out)."""
        if attacker is None:
            return None
        for indices in (draft.segments, range(len(self.segments))):
            for index in indices:
                for code, k in self.attacker_cues.get(index, []):
                    if code == attacker:
                        return self.evidence("attacker", self.segments[index], k, k)
        return None

    def _casualty(self, found: list[Toll], main: str | None = None) -> tuple[int, list[Evidence]] | None:
        """The figure to keep. Per place, the largest figure stated or updated (a toll told whole, then
        by place, or updated newest first), else one person named ("загинула жінка"); then the sum over
        places when every figure is told for a place ("у столиці загинули двоє ... в Запорожье ранены
        15"); a figure for no place in particular is the whole attack's, and no sum is made. Figures
        said as more people ("поранено ще чотирьох") are added to the figure before them."""
        if not found:
            return None
        merged: list[Toll] = []
        for f in found:
            before = next((g for g in reversed(merged) if g.value), None) if f.more else None
            if before is None:
                merged.append(f)
            elif before.weight == 2 or self._listed_after(before, f):
                # "Пострадавших стало трое: за медпомощью обратилась еще одна": the update counts it; so does a
                # figure whose people are listed after its colon ("пострадавших двое: ... получил еще один")
                continue
            else:
                merged[merged.index(before)] = replace(before, value=before.value + f.value,
                                                       also=(*before.also, f.evidence, *f.also))
        merged = [f for f in merged if f.value >= 0]  # one of the injured who died, with no figure to take him from
        if not merged:
            return None
        found = [f for f in merged if f.value] or merged  # a figure given wins over "no one" said elsewhere
        best = max(f.weight for f in found)
        chosen = [f for f in found if f.weight >= min(best, 1)]
        totals = [f for f in chosen if f.place and "|" not in f.place and self._total(f)]
        if totals and any(not f.place for f in chosen) and all(
                f.place or f.evidence.start < totals[-1].evidence.start and f.value <= totals[-1].value for f in chosen):
            # "Дніпровський район — ... тіла двох загиблих. ... Загалом у Києві загинули 2 людини": the figures told
            # for no place before a place's total are its parts
            chosen = [f for f in chosen if f.place]
        if all(f.place for f in chosen):
            # "Нікопольщина: ... Постраждав 45-річний чоловік. Павлоград: ... поранені двоє": a person named in
            # a place no figure is given for is that place's part
            told = {f.place for f in chosen}
            chosen += [f for f in found if f.weight < min(best, 1) and f.place and f.place not in told]
        by_place: dict[str, Toll] = {}
        for f in chosen:
            place = self._one_place(f.place)
            if place not in by_place or f.value > by_place[place].value:
                by_place[place] = f
        if "" in by_place and len(by_place) > 1 and main and main not in by_place and not self._total(by_place[""]) \
                and not cyrillic_places.is_region(main):
            # "Росія атакувала Київ ... «Поранено дев'ятьох людей». ... У Запоріжжі поранених 20": a figure told
            # for no place beside another place's is of the town the text opens on, when that has none (a
            # text opening on regions, "Під ударом були Київщина, Харківщина ...", may tell the whole toll)
            by_place[main] = by_place.pop("")
        by_place = self._without_retold(self._without_nested(by_place))
        if "" in by_place or len(by_place) < 2 or any("|" in key for key in by_place):
            # a figure for the whole attack, one place, or a sentence naming several: no sum
            parts = [max(by_place.values(), key=lambda f: f.value)]
        else:
            parts = sorted(by_place.values(), key=lambda f: f.evidence.start)
        return sum(f.value for f in parts), [e for f in parts for e in (f.evidence, *f.also)]

    def _listed_after(self, whole: Toll, part: Toll) -> bool:
        """Whether PART is told in WHOLE's sentence after a colon that follows it: one of the people it lists."""
        segment = self._segment_at(whole)
        return segment.start <= part.evidence.start < segment.end and whole.evidence.end <= part.evidence.start \
            and ":" in self.text[whole.evidence.end:part.evidence.start]

    @staticmethod
    def _one_place(key: str) -> str:
        """A clause's places as one: "На Харківщині ... у Лозовій поранено двох" (a town and the region it lies
        in) is the town's."""
        names = key.split("|")
        regions = [n for n in names if cyrillic_places.is_region(n)]
        towns = [n for n in names if n not in regions]
        if len(regions) == 1 and len(towns) == 1 and cyrillic_places.region_containing(towns[0]) == regions[0]:
            return towns[0]
        return key

    def _without_nested(self, by_place: dict[str, Toll]) -> dict[str, Toll]:
        """The figures by place less those of towns inside a region whose own figure covers them: "В Белгороде
        пострадали трое ... Всего в области ранены пятеро" is 5 (a village no gazetteer places is in the one
        region given a figure), and so is a region's figure said as a total ("Загалом ... на Харківщині ... п'ятеро
        поранені") over the towns' updated one by one, and a region's figure that sums up ("Таким образом, ... на
        Харьковщине ... восемь ранены") over the towns told before it that no region the text names holds (a
        name shared by towns of two regions: the gazetteer's may be the other); else a region's smaller figure
        is of the rest of it, and both count."""
        regions = [p for p in by_place if cyrillic_places.is_region(p)]
        out = dict(by_place)
        for region in regions:
            inside = [p for p in by_place if p != region and "|" not in p and p and (
                cyrillic_places.region_containing(p) == region
                or len(regions) == 1 and cyrillic_places.region_containing(p) is None
                and not cyrillic_places.is_region(p) and not cyrillic_places.is_town(p)
                or len(regions) == 1 and self._sums_up(self._segment_at(by_place[region]))
                and by_place[p].evidence.start < by_place[region].evidence.start
                and cyrillic_places.region_containing(p) not in self._struck_regions())]
            if inside and (by_place[region].value >= sum(by_place[p].value for p in inside)
                           or self._total(by_place[region]) and len(inside) + 1 == len(by_place)):
                for p in inside:
                    out.pop(p, None)
        return out

    def _without_retold(self, by_place: dict[str, Toll]) -> dict[str, Toll]:
        """The figures by place less those a later paragraph tells again of a figure the lead gives: "Один
        человек погиб, еще трое пострадали." ... the governor: "в Раменском ... Еще трое человек пострадали"
        is the lead's three, not three more."""
        lead = [f for f in by_place.values() if self._paragraph(self._segment_at(f))[0].index == 0]
        return {p: f for p, f in by_place.items()
                if any(f is g for g in lead) or not any(g.value == f.value for g in lead)}

    def _segment_at(self, toll: Toll) -> Segment:
        return next(s for s in self.segments if s.start <= toll.evidence.start < s.end)

    def _struck_regions(self) -> set[str]:
        """The regions the text names as struck."""
        return {m.name for mentions in self.mentions.values() for m in mentions
                if m.struck and cyrillic_places.is_region(m.name)}

    def _total(self, toll: Toll) -> bool:
        """Whether the figure is said as a total ("Загалом поранено 12 людей", "Всего ранены пятеро", "Таким
        образом, за сутки ранены пять")."""
        segment = next(s for s in self.segments if s.start <= toll.evidence.start < s.end)
        return any(t.is_word and t.lower in self.lx.TOTAL for t in segment.toks) or self._sums_up(segment)

    def _sums_up(self, segment: Segment) -> bool:
        """Whether the sentence sums up what was told before it ("Таким образом, ...", "Отже, ...", "по итогам
        ночи")."""
        lower = self.text[segment.start:segment.end].lower()
        return any(phrase in lower for phrase in self.lx.SUMMED)

    def _place_key(self, segment: Segment, k: int | None = None) -> str:
        """The places the clause of token K names as struck: those named before it since the last ";"
        ("...; в Запорожье ранены 15"), else the sentence's, else those of the sentence before it in
        the same paragraph ("У Харкові ... Загинула одна людина"); "" when none is named."""
        mentions = [m for m in self.mentions.get(segment.index, []) if m.struck]
        if k is not None:
            # "число пострадавших увеличилось до пяти: в Грайвороне ранены двое": the places after a colon
            # that follows the figure are where its parts are, not its own
            colon = next((i for i in range(k + 1, len(segment.toks)) if segment.toks[i].text == ":"), None)
            if colon is not None:
                mentions = [m for m in mentions if m.first < colon]
            start = max((i for i, t in enumerate(segment.toks[:k]) if t.text == ";"), default=-1)
            clause = [m for m in mentions if start < m.first and m.last < k]
            if clause and start >= 0:
                mentions = clause
        if mentions:
            return "|".join(sorted({m.name for m in mentions}))
        if self._sums_up(segment):
            return ""  # "Таким образом, пострадавших по итогам ночи трое": the whole, not the place before
        previous = segment.index - 1
        if previous >= 0 and "\n" not in self.text[self.segments[previous].end:segment.start]:
            return self._place_key(self.segments[previous])
        # the first paragraph of a post, when it is one sentence, names the place the next one tells of:
        # "Вночі Суми знову атакували ворожі дрони.\n\nВлучання у Зарічному районі ... Поранено трьох людей."
        paragraph = self._paragraph(segment)
        if paragraph[0].index == 1 and len(self._paragraph(self.segments[0])) == 1:
            return "|".join(sorted({m.name for m in self.mentions.get(0, []) if m.struck}))
        return ""

    def _attack_words(self, draft: EventDraft) -> bool:
        return any(t.is_word and (self.kind_of(t) in ("drone", "missile", "bomb") or t.any(self.lx.LAUNCH))
                   for i in draft.segments if not self._threat([u for u in self.segments[i].toks if u.is_word])
                   for t in self.segments[i].toks)

    def _quote_span(self, segment: Segment, count: Count) -> tuple[int, int]:
        first, last = count.first, count.last
        if count.cue is not None:
            lo, hi = min(first, count.cue), max(last, count.cue)
            span = segment.toks[lo:hi + 1]
            others = [t for t in span if t.is_digit and not (first <= segment.toks.index(t) <= last)]
            if not others and segment.toks[hi].end - segment.toks[lo].start <= _QUOTE_MAX:
                return lo, hi
        return first, last

    def _resolve(self, counts: list[Count]) -> list[Count]:
        """The counts that make the figure: the last statement's total, or its items summed."""
        counts = [c for c in counts if not c.part] or counts
        if not counts:
            return []
        groups: dict[int, list[Count]] = {}
        for c in counts:
            groups.setdefault(c.group, []).append(c)
        statements = []
        for members in groups.values():
            heading = [c for c in members if not self.segments[c.segment].item]
            items = [c for c in members if self.segments[c.segment].item]
            statements.extend(self._statements(heading, items))
        added = [s for s in statements if all(c.extra or c.lost for c in s)]
        main = [s for s in statements if s not in added] or statements
        totals = [s for s in main if any(c.total for c in s)]
        # a later smaller figure is a part ("19 ударних БпЛА знищено над Миколаївщиною"), a later larger
        # one an update: the largest statement
        exact = [s for s in main if not all(c.rough for c in s)] or main
        chosen = totals[-1] if totals else max(exact, key=lambda s: sum(c.value for c in s))
        if chosen in added:
            # "Також збито 80 ударних БпЛА. 105 ... – локаційно втрачені": both said apart, no figure before them;
            # the lost are added to those shot down (the largest statement of the other sort)
            lost = all(c.lost for c in chosen)
            other = [s for s in added if s is not chosen and all(c.lost for c in s) != lost]
            return chosen + (max(other, key=lambda s: sum(c.value for c in s)) if other else [])
        # "Крім того, збито дві ракети Х-59", "15 дронів-імітаторів – локаційно втрачені": said apart, added
        # (unless a total told after them sums them: "Крім того, ... Загалом — 76 ракет")
        # (nor "ще N" told before the figure: "Ще один дрон упав на околиці. ... за ніч ворог випустив 165 дронів":
        # "ще" adds to what was told before it, not to a figure told later)
        summed_up = max((c.segment for c in chosen if c.total), default=-1)
        opened = min(c.segment for c in chosen)
        # "уничтожены 337 беспилотников. ... 126 — над Курской областью, 91 — над Московским регионом. Ещё
        # десять — над Воронежской, восемь — над Липецкой": place-by-place figures said as more go on the
        # breakdown of the figure chosen, within it, and add nothing to it
        told_by_place = sum(c.value for s in main if s is not chosen and self._by_place(s) for c in s)
        whole = sum(c.value for c in chosen)
        added = [s for s in added if not (self._by_place(s) and told_by_place
                                          and told_by_place + sum(c.value for c in s) <= whole)]
        extra = [c for s in added for c in s if not any(c is d for d in chosen) and c.segment >= summed_up
                 and not (c.segment < opened and self._said_as_more(c))]
        lost_in_chosen = any(c.lost for c in chosen)
        return chosen + [c for c in extra if c.extra or (c.lost and not lost_in_chosen)]

    @staticmethod
    def _by_place(statement: list[Count]) -> bool:
        """Whether a statement is one figure told place by place ("126 — над Курской, 91 — над Брянской")."""
        return len(statement) > 1 and any(c.by_place for c in statement)

    def _said_as_more(self, count: Count) -> bool:
        """Whether the count itself is said as more ("Ще один дрон упав", "уничтожены еще 23 БПЛА"), not its
        sentence ("Крім того, збито ...")."""
        toks = self.segments[count.segment].toks
        return count.first > 0 and toks[count.first - 1].lower in self.lx.MORE

    def _statements(self, heading: list[Count], items: list[Count]) -> list[list[Count]]:
        out = []
        if heading:
            by_segment: dict[int, list[Count]] = {}
            for c in heading:
                by_segment.setdefault(c.segment, []).append(c)
            for members in by_segment.values():
                chains: list[list[Count]] = []
                for c in members:
                    if c.by_place and chains:
                        chains[-1].append(c)
                    else:
                        chains.append([c])
                # "над Одесской уничтожены 18 дронов, над Ровенской — 10": one figure, told place by place; a part
                # of a larger one when one was told
                out.extend(chain for chain in chains if len(chain) > 1)
                members = [c for chain in chains if len(chain) == 1 for c in chain]
                if not members:
                    continue
                # "11 ракетами – 10 балістичними ... та 1 крилатою": the first is the sum of the rest
                if len(members) > 1 and members[0].model is None and \
                        members[0].value == sum(c.value for c in members[1:]):
                    out.append([members[0]])
                elif len(members) > 1 and (len({c.model for c in members}) == len(members) or all(
                        c.family for c in members) and len({c.family for c in members}) == len(members)):
                    out.append(members)  # models, or families: "2 балістичні ракети, 1 крилату ракету"
                elif len(members) > 1 and self._per_place(members):
                    out.append(members)
                else:
                    out.extend([c] for c in members)
        if items:
            parts = self._item_parts(items)
            if not heading:
                out.append(parts)
        return out

    def _per_place(self, members: list[Count]) -> bool:
        """"уничтожены: 7 беспилотников — над Курской областью, 4 беспилотника — над Воронежской": counts
        of one kind after the verb they share, each followed by a dash and its place, are the parts of one
        figure."""
        toks = self.segments[members[0].segment].toks
        mentions = [m for m in getattr(self, "mentions", {}).get(members[0].segment, []) if m.struck]
        bounds = [c.first for c in members[1:]] + [len(toks)]
        # "уничтожены четыре ... аппарата над территорией Брянской области и один ... – над Курской": each
        # count followed by its dash or its place
        return len({(c.kind, c.role, c.cue) for c in members}) == 1 and members[0].cue is not None \
            and members[0].cue < members[0].first and all(
                c.last + 1 < len(toks) and toks[c.last + 1].text in _DASH or any(c.last < m.first < bound for m in mentions)
                for c, bound in zip(members, bounds, strict=True))

    def _item_parts(self, items: list[Count]) -> list[Count]:
        """The items of one list: an item whose figure is the sum of the ones after it ("✔️ 22 ракетами
        різних типів:" then "▪️ 2 ...; ▪️ 2 ...; ▪️ 6 ...; ▪️ 12 ...") stands for them."""
        by_segment: dict[int, list[Count]] = {}
        for c in items:
            by_segment.setdefault(c.segment, []).append(c)
        parts: list[Count] = []
        for members in by_segment.values():
            if len(members) > 1 and members[0].value == sum(c.value for c in members[1:]):
                parts.append(members[0])
            else:
                parts.extend(members)
        kept: list[Count] = []
        i = 0
        while i < len(parts):
            head = parts[i]
            running, j = 0, i + 1
            while j < len(parts) and running < head.value:
                running += parts[j].value
                j += 1
            if head.model is None and j > i + 1 and running == head.value:
                kept.append(head)
                i = j
            else:
                kept.append(head)
                i += 1
        return kept

    def _left_out_of_complete_list(self, draft: EventDraft, values: dict[str, dict[str, int]]) -> list[str]:
        """Models launched but missing from a destroyed list whose items add up to its stated total
        ("збито/подавлено 693 засоби: 652 БпЛА; 29 ракет Х-101; 12 ракет Іскандер-М" leaves the
        Kinzhals at 0)."""
        destroyed = [c for c in draft.counts if c.role == "destroyed"]
        for total in (c for c in destroyed if c.kind == "combined"):
            parts = [c for c in destroyed if c.group == total.group and c.kind in ("drone", "missile")
                     and c.segment >= total.segment]
            if parts and sum(c.value for c in parts) == total.value:
                return [m for m, v in values.items() if "launched" in v and "destroyed" not in v]
        return []

    def _implied_model(self, count: Count, counts: list[Count]) -> str | None:
        """The model an unnamed count stands for: the one drone model the post names ("563 ворожих
        БпЛА" after "598 ударних БпЛА типу Shahed"), or the one model of the family its adjective
        names ("15 балістичних ракет" after "Іскандер-М")."""
        named = [c for c in counts if c.model and c.kind == count.kind and not c.model.startswith("unknown")]
        if count.kind == "drone":
            models = ({c.model for c in named} | {m for k, m in self.subset_models if k == "drone"}) - {"decoy"}
            return models.pop() if len(models) == 1 and not any(
                c.kind == "drone" and c.model and c.model.startswith("unknown") for c in counts) else None
        if count.family:
            models = {c.model for c in named if self._family(c.model) == count.family}
            return models.pop() if len(models) == 1 else None
        return None

    def _family(self, model: str) -> str | None:
        return next((m.family for m in self.lx.MODELS if m.name == model and m.family), None)

    def _weapons(self, draft: EventDraft) -> tuple[tuple[WeaponCount, ...], list[Evidence]]:
        """Launched and destroyed per model: the counts of the last statement that names the model."""
        per: dict[tuple[str, str], dict[int, list[Count]]] = {}
        kinds: dict[str, str] = {}
        every: dict[str, Count] = {}
        for c in draft.counts:
            model = c.model or self._implied_model(c, draft.counts)
            if not model or c.role not in ("launched", "destroyed") or c.kind not in ("drone", "missile"):
                continue
            if c.every:
                every[model] = c  # "три ракети Х-59, всі вони були збиті": as many as were launched
                continue
            kinds[model] = c.kind
            per.setdefault((model, c.role), {}).setdefault(c.group, []).append(c)
        values: dict[str, dict[str, int]] = {}
        evidence = []
        for (model, role), groups in per.items():
            chosen = self._resolve([c for members in groups.values() for c in members])
            values.setdefault(model, {})[role] = sum(c.value for c in chosen)
            for c in chosen:
                evidence.append(self.evidence(f"weapons.{model}.{role}", self.segments[c.segment], c.first, c.last))
        for model, c in every.items():
            if "launched" in values.get(model, {}) and "destroyed" not in values[model]:
                values[model]["destroyed"] = values[model]["launched"]
                evidence.append(self.evidence(f"weapons.{model}.destroyed", self.segments[c.segment], c.first, c.last))
        for model in self._left_out_of_complete_list(draft, values):
            values[model]["destroyed"] = 0
        weapons = tuple(WeaponCount(model, kinds[model], v.get("launched"), v.get("destroyed"))
                        for model, v in values.items())
        return weapons, evidence


def _coded(t: Token) -> bool:
    """Whether a model is written as a code ("Х-22", "Х-31П", "С-400"), which does not decline."""
    return any(ch.isdigit() for ch in t.text)


_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(\S*?)([^\W\d][\w-]*)\.$")


def _abbreviation_ends(before: str) -> bool:
    """Whether BEFORE, a sentence's text up to a period, ends in an abbreviation ("обл.", "м."), not itself
    after another one ("кв. м.": metres, which may end the sentence)."""
    m = _ABBREVIATION_END.search(before[-12:])
    if m is None or m.group(1) or m.group(2) not in ABBREVIATIONS - YEAR_ABBREVIATIONS:
        return False
    return not before[:-len(m.group(2)) - 1].rstrip().endswith(".")


_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# A word's model and kind of weapon depend on the word alone (its lower-case form): kept per language,
# for the process (the vocabulary of reports is small)
_MODELS_OF: dict[str, dict[str, tuple[str, str] | None]] = {}
_KINDS_OF: dict[str, dict[str, str | None]] = {}
_ROLES_OF: dict[str, dict[str, str | None]] = {}  # and its role (launched, destroyed, hit)


@lru_cache(maxsize=2)
def _phrases_of(language: str) -> dict[str, list[tuple[tuple[frozenset[str], ...], str]]]:
    lexicon = for_language(language)
    out: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
    for category, words in lexicon.DAMAGE.items():
        for entry in words:
            if " " in entry:
                keys = tuple(analyse(word, language)[0] for word in entry.split())
                for lemma in keys[0]:
                    out.setdefault(lemma, []).append((keys, category))
    return out


def _damage_phrases(lexicon: ModuleType) -> dict[str, list[tuple[tuple[frozenset[str], ...], str]]]:
    """The lexicon's damage phrases of several words, by the lemmas of their first word: [(each word's
    lemmas, category)], longest first."""
    return _phrases_of(lexicon.LANGUAGE)


def cyrillic_figures(quote: str) -> list[int]:
    """The figures a Ukrainian or Russian quote states in words ("дві ракети" 2, "полторы сотни" 150)."""
    if not _CYRILLIC.search(quote):
        return []
    figures = []
    for language in ("uk", "ru"):
        reader = _figure_reader(language)
        toks = tokens(quote, language)
        i = 0
        while i < len(toks):
            # words, and digits with a case ending ("120-ма"), which the evidence check's own reader skips
            number = reader.number_at(toks, i) if toks[i].is_word or toks[i].is_digit and (reader._numeral_ending(
                toks, i) or i + 1 < len(toks) and toks[i + 1].is_word and reader._multiplier(toks[i + 1])) else None
            if number is None:
                i += 1
                continue
            value, i = number[0], number[1] + 1
            if value == int(value):
                figures.append(int(value))
        # "Збити ракету не вдалося", "ракеты не были сбиты": none destroyed
        if any(t.lower == "не" for t in toks) and any(t.is_word and (t.any(reader.lx.DESTROY) or reader._middle_voice(
                t, reader.lx.DESTROY)) for t in toks):
            figures.append(0)
        # "чоловік і жінка", "троє дітей і двоє дорослих": the people a list names
        figures.extend(listed[0] for p in range(len(toks)) if (listed := reader._person_list(toks, p)))
        # "женщина и мужчина получили ранения": the people joined as one verb's subject
        figures.extend(reader._subjects(toks, p, len(toks))[0] for p in range(len(toks)) if reader._lone_person(toks[p]))
        if not figures and any(t.is_word and not t.plural and (reader.model_of(t) or reader.kind_of(t) in
                                                                ("drone", "missile")) for t in toks):
            figures.append(1)  # "та «Іскандер-М»", "ракету Х-59": a weapon named in the singular is one
        if not figures and any(_couple(t, reader.lx) for t in toks):
            figures.append(2)  # "загинуло подружжя": two people
        if not figures and _one_person(toks, reader.lx):
            figures.append(1)  # "загинула жінка", "є постраждала": one person
    return figures


def _couple(t: Token, lx: ModuleType) -> bool:
    """A noun for two people: "пара", "подружжя", "чета", and a spouse noun in the plural ("супруги")."""
    return t.is_word and t.pos == "NOUN" and (t.any(lx.COUPLE) and not t.plural or t.plural and t.any(lx.SPOUSE))


def _one_person(toks: list[Token], lx: ModuleType) -> bool:
    """Whether TOKS name one person hurt or killed, with no number: "загинула жінка", "є постраждала"
    (not "люди не постраждали")."""
    if any(t.lower in lx.NONE_WORDS for t in toks):
        return False
    return any(t.is_word and not t.plural and (
        (t.any(lx.PERSONS) and "NOUN" in t.poses or Reader._kin(t, lx.LANGUAGE) and t.pos == "NOUN")
        or k > 0 and toks[k - 1].lower in lx.THERE_IS and (t.any(lx.KILLED) or t.any(lx.INJURED)))
        for k, t in enumerate(toks))


def gives_figure_or_attack(text: str, language: str) -> bool:
    """Whether a Ukrainian or Russian TEXT gives a figure (in digits or in words: "двоє загиблих") or
    names a weapon or an attack ("Шахеди на Київ", "Вибухи у Харкові"), by the language's lexicon;
    ingest asks this of a short post before taking it as a report."""
    reader = _figure_reader(language)
    lx = reader.lx
    toks = tokens(text, language)
    for i, t in enumerate(toks):
        if t.is_digit:
            return True
        if not t.is_word:
            continue
        if (reader.number_at(toks, i) is not None or reader.model_of(t)
                or reader.kind_of(t) in ("drone", "missile", "bomb")
                or any(t.any(words) for words in (lx.ATTACK_NOUNS, lx.LAUNCH, lx.DESTROY, lx.HIT))):
            return True
    return False


@lru_cache(maxsize=2)
def _figure_reader(language: str) -> Reader:
    return Reader(ArticleInput(id="", text="", language=language), for_language(language))


def read_events(article: ArticleInput) -> tuple[AirAttack, ...]:
    """Every aerial attack a Ukrainian or Russian article reports."""
    return Reader(article, for_language(article.language or "uk")).read()


FIGURE_READERS.append(cyrillic_figures)

__all__ = ["VERSION", "Reader", "cyrillic_figures", "gives_figure_or_attack", "read_events"]
