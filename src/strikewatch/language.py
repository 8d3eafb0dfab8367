"""Which language an article is written in: English, Ukrainian, Russian, or another one.

English is recognised as before, by its share of common function words, so the English reading
is unchanged. Other text goes to py3langid (an offline n-gram classifier over 97 languages,
shipped with its model): Ukrainian and Russian are read; any other language is named in the
rejection. A text too short to judge is taken as English unless it is mostly Cyrillic, when the
classifier chooses between Ukrainian and Russian alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .config import defaults

READ = ("en", "uk", "ru")  # the languages strikewatch reads, each with its lexicon and its backend
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LETTER = re.compile(r"[^\W\d_]")
ENGLISH_STOPWORDS = frozenset("""
    a about above after again against all am an and any are as at be because been before being
    below between both but by could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves
""".split())


@dataclass(frozen=True)
class Detection:
    """The language of a text and how it was told."""

    code: str  # ISO 639-1: "en", "uk", "ru", "de", ...
    how: str  # "stopwords", "classifier", "too short"
    english_share: float | None = None  # share of common English words, where counted

    @property
    def read(self) -> bool:
        """Whether strikewatch reads this language."""
        return self.code in READ

    @property
    def name(self) -> str:
        return language_name(self.code)


def _settings() -> dict:
    return defaults("language")


def english_stopword_share(text: str, min_words: int | None = None) -> float | None:
    """Share of TEXT's words that are common English function words; None if too few words."""
    words = _WORD.findall(text.lower())
    if len(words) < (min_words if min_words is not None else _settings()["min_words"]):
        return None
    return sum(word in ENGLISH_STOPWORDS for word in words) / len(words)


def cyrillic_share(text: str) -> float:
    """Share of TEXT's letters that are Cyrillic."""
    letters = len(_LETTER.findall(text))
    return len(_CYRILLIC.findall(text)) / letters if letters else 0.0


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE)


@lru_cache(maxsize=1)
def _cyrillic_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(["uk", "ru"])
    return identifier


def detect(text: str) -> Detection:
    """The language of TEXT."""
    settings = _settings()
    share = english_stopword_share(text)
    cyrillic = cyrillic_share(text) >= settings["min_cyrillic_share"]
    if share is None:
        if cyrillic:
            return Detection(_cyrillic_identifier().classify(text)[0], "too short")
        return Detection("en", "too short")
    if share >= settings["min_english_stopword_share"] and not cyrillic:
        return Detection("en", "stopwords", share)
    code = _identifier().classify(text)[0]
    if code == "en" and share < settings["min_english_stopword_share"]:
        # The classifier's English where English function words are missing is a list or a table
        # in Latin letters (names, figures), not English prose: take the next language it sees.
        code = "und"
    return Detection(code, "classifier", share)


@lru_cache(maxsize=256)
def language_name(code: str) -> str:
    """The English name of language CODE ("de" -> "German"); the code itself when unknown."""
    if code == "und":
        return "an undetermined language"
    try:
        from babel import Locale
        return Locale.parse(code).english_name or code
    except Exception:  # babel is optional here: an unknown code or a missing babel leaves the code
        return code


__all__ = ["READ", "Detection", "cyrillic_share", "detect", "english_stopword_share", "language_name"]
