"""Tokens of a Ukrainian or Russian text with their dictionary forms, from pymorphy3.

Each word is looked up once per process (the analyses are cached by word form), and a token
keeps every lemma its analyses give, because the reader asks "can this word be X?" rather than
trusting the first guess: "Києві" is both "кий" and "київ", "сорока" both "сорок" and a bird.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d:])"  # "1 200": digits grouped by thousands
    r"|\d+(?:[.,]\d+)?"
    r"|[^\W\d_](?:[\w'’ʼ]|[-/](?=\w))*"  # a word, with hyphens, slashes and apostrophes inside it
    r"|[^\s\w]",
)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ё": "е"})
_NAMES = frozenset({"Surn", "Name", "Patr"})
_LATIN_HOMOGLYPHS = str.maketrans("xXcCkKpPaAeEoOiIyY", "хХсСкКрРаАеЕоОіІуУ")


@dataclass(frozen=True)
class Token:
    """A word, a number or a punctuation mark, with its offsets in the text and its analyses."""

    text: str
    start: int
    end: int
    lower: str  # lower case, apostrophes unified
    lemmas: frozenset[str]  # every dictionary form pymorphy3 offers (the word itself for numbers, marks)
    pos: str | None  # part of speech of the likeliest analysis: "NOUN", "ADJF", "VERB", "NUMR", ...
    case: str | None  # grammatical case of the likeliest analysis: "nomn", "gent", "ablt", ...
    plural: bool
    poses: frozenset[str] = frozenset()  # the parts of speech of every analysis
    person: bool = False  # some analysis is a first name or a patronymic ("Владимир", "Олександр")
    animate: bool = False  # a common noun analysis is animate ("киян", "пожежників"): people can be counted

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdigit()

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    def any(self, words: frozenset[str] | set[str] | dict) -> bool:
        """Whether one of the token's lemmas (or its lower-case form) is in WORDS."""
        return self.lower in words or not self.lemmas.isdisjoint(words)


@lru_cache(maxsize=2)
def analyzer(language: str):
    """The pymorphy3 analyser of LANGUAGE ("uk" or "ru"), loaded once."""
    import pymorphy3
    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=200_000)
def analyse(word: str, language: str) -> tuple[frozenset[str], str | None, str | None, bool, frozenset[str],
                                              bool, bool]:
    """(lemmas, part of speech, case, plural, every part of speech, can be a person's name, can be an
    animate noun) of a word."""
    morph = analyzer(language)
    lemmas: set[str] = {word}
    poses: set[str] = set()
    person = animate = False
    first = None
    for part in word.split("/"):  # "збито/подавлено": both halves count
        parses = morph.parse(part)
        if not parses:
            continue
        first = first or parses[0]
        lemmas.update(p.normal_form.translate(_APOSTROPHES) for p in parses)
        poses.update(p.tag.POS for p in parses if p.tag.POS)
        person = person or any("Name" in p.tag or "Patr" in p.tag for p in parses)
        # a surname or first name is animate too ("машин" is also the surname "Машин"): only a common noun's
        # animacy says the word counts people
        animate = animate or any(p.tag.POS == "NOUN" and "anim" in p.tag
                                 and p.tag.grammemes.isdisjoint(_NAMES) for p in parses)
    if first is None:
        return frozenset(lemmas), None, None, False, frozenset(), False, False
    tag = first.tag
    return frozenset(lemmas), tag.POS, tag.case, tag.number == "plur", frozenset(poses), person, animate


@lru_cache(maxsize=50_000)
def numeral_lemmas(word: str, language: str) -> frozenset[str]:
    """The dictionary forms of a word's numeral analyses, none when it can also be an ordinal ("сьома"):
    "п'яти" is likeliest a heel and "семи" a seme, but both are also the genitive of a cardinal."""
    parses = analyzer(language).parse(word)
    if any(p.tag.POS == "ADJF" for p in parses):
        return frozenset()
    return frozenset(p.normal_form.translate(_APOSTROPHES) for p in parses if p.tag.POS == "NUMR")


@lru_cache(maxsize=50_000)
def cardinal_reading(word: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the dictionary forms of a word's numeral analyses, the grammatical numbers of its adjective
    analyses): "дев'яноста" is a cardinal's genitive and an ordinal's feminine singular ({"sing"})."""
    parses = analyzer(language).parse(word)
    return (frozenset(p.normal_form.translate(_APOSTROPHES) for p in parses if p.tag.POS == "NUMR"),
            frozenset(p.tag.number for p in parses if p.tag.POS == "ADJF" and p.tag.number))


@lru_cache(maxsize=50_000)
def known(word: str, language: str) -> bool:
    """Whether WORD is in the language's dictionary (not a guess from its ending)."""
    return analyzer(language).word_is_known(word)


@lru_cache(maxsize=50_000)
def habitual(word: str, language: str) -> bool:
    """Whether WORD's likeliest reading is a transitive imperfective verb in the present or the infinitive:
    what someone does or would do ("продолжает бить по инфраструктуре", "б'є по енергетиці"), not an act
    reported done."""
    tag = analyzer(language).parse(word)[0].tag
    grammemes = tag.grammemes  # Ukrainian marks the infinitive "infn", Russian by its part of speech INFN
    return {"impf", "tran"} <= grammemes and (tag.POS == "INFN" or not grammemes.isdisjoint({"infn", "pres"}))


@lru_cache(maxsize=50_000)
def reflexive_bases(word: str, language: str) -> frozenset[str]:
    """The base verbs of a word's reflexive verb analyses: "травмувалися" -> {"травмувати"},
    "травмировались" -> {"травмировать"} (the middle voice of the act the base verb names)."""
    verbs = ("VERB", "INFN", "PRTF", "PRTS", "GRND")
    return frozenset(p.normal_form[:-2].translate(_APOSTROPHES) for p in analyzer(language).parse(word)
                     if p.tag.POS in verbs and p.normal_form.endswith(("ся", "сь")))


def tokens(text: str, language: str, offset: int = 0) -> list[Token]:
    """The tokens of TEXT, each with its analyses in LANGUAGE; their offsets are OFFSET on from the
    start of TEXT (TEXT taken from a longer text at OFFSET: the offsets are the longer text's)."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        lower = word.lower().translate(_APOSTROPHES)
        if word[0].isalpha():
            lemmas, pos, case, plural, poses, person, animate = analyse(lower, language)
        else:
            lemmas, pos, case, plural, poses = frozenset({lower}), None, None, False, frozenset()
            person = animate = False
        out.append(Token(word, offset + m.start(), offset + m.end(), lower, lemmas, pos, case, plural, poses,
                         person, animate))
    return out


def cyrillic_model_form(lower: str) -> str:
    """A model name as a Cyrillic writer's keyboard may give it: "x-101" typed in Latin -> "х-101"."""
    return lower.translate(_LATIN_HOMOGLYPHS).lower()


__all__ = ["Token", "analyse", "analyzer", "cardinal_reading", "cyrillic_model_form", "known",
           "numeral_lemmas", "reflexive_bases", "tokens"]
