"""Which language an article is written in: English, Ukrainian, Russian, or another one.

One language identifier, py3langid (an offline n-gram classifier shipped with its model, asked to
choose among the languages news of these attacks comes in, [language] candidates), runs once per
text. English keeps its old test as well, the share of common function words, so English reading
is unchanged; Ukrainian and Russian are read; any other language is named in the rejection, at any
length. ``detect`` says how each case is decided.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .config import setting

READ = ("en", "uk", "ru")  # the languages strikewatch reads, each with its lexicon and its backend
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LETTER = re.compile(r"[^\W\d_]")
# Letters one of the two languages has and the other never writes: a short post with "і" or "є" and
# no "ы" is Ukrainian, whatever the identifier makes of its few letters ("Вибух в Одесі", "Сирени в Одесі").
UKRAINIAN_ONLY_LETTERS = frozenset("іїєґ")
RUSSIAN_ONLY_LETTERS = frozenset("ыэъё")
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

    code: str  # ISO 639-1: "en", "uk", "ru", "de", ...; "und" when no language could be told
    how: str  # "stopwords", "too short", "classifier", "letters", "uk or ru"
    english_share: float | None = None  # share of common English words, where counted
    identified: str | None = None  # the language identifier's first choice among the candidates...
    probability: float | None = None  # ...and its probability

    @property
    def read(self) -> bool:
        """Whether strikewatch reads this language."""
        return self.code in READ

    @property
    def name(self) -> str:
        return language_name(self.code)

    def problem(self) -> str:
        """Why a text in this language is not read, for the rejection."""
        share = f"; {self.english_share:.0%} of its words are common English words" \
            if self.english_share is not None else ""
        guess = f"; language identifier: {self.identified}, probability {self.probability:.2f}" \
            if self.identified is not None and self.probability is not None else ""
        return (f"text is in {self.name}, not in a language strikewatch reads "
                f"({', '.join(language_name(code) for code in READ)}){share}{guess}")


@dataclass(frozen=True)
class LanguageOptions:
    """How the language of a text is decided (defaults.toml [language])."""

    min_words: int = setting("language", "min_words")
    min_english_stopword_share: float = setting("language", "min_english_stopword_share")
    min_cyrillic_share: float = setting("language", "min_cyrillic_share")
    candidates: tuple[str, ...] = setting("language", "candidates", tuple)
    min_other_language_probability: float = setting("language", "min_other_language_probability")


def _settings() -> LanguageOptions:
    return LanguageOptions()


def english_stopword_share(text: str, min_words: int | None = None) -> float | None:
    """Share of TEXT's words that are common English function words; None if too few words."""
    words = _WORD.findall(text.lower())
    if len(words) < (min_words if min_words is not None else _settings().min_words):
        return None
    return sum(word in ENGLISH_STOPWORDS for word in words) / len(words)


def cyrillic_share(text: str) -> float:
    """Share of TEXT's letters that are Cyrillic."""
    letters = len(_LETTER.findall(text))
    return len(_CYRILLIC.findall(text)) / letters if letters else 0.0


def mostly_cyrillic(text: str) -> bool:
    """Whether TEXT is written in Cyrillic letters (``detect`` then reads it as Ukrainian, Russian or
    another language in Cyrillic, never as English)."""
    return cyrillic_share(text) >= _settings().min_cyrillic_share


def identify(text: str) -> list[tuple[str, float]]:
    """Every [language] candidate (ISO 639-1) with its probability for TEXT, likeliest first, by py3langid."""
    return _identifier(_settings().candidates).rank(text)


@lru_cache(maxsize=1)
def _identifier(candidates: tuple[str, ...]):  # noqa: ANN202 - py3langid's LanguageIdentifier, imported only here
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(candidates))
    return identifier


def detect(text: str) -> Detection:
    """The language of TEXT: English, Ukrainian, Russian, or the one it is in (``Detection.read``).

    The language identifier runs once, choosing among the [language] candidates, the languages news
    of these attacks comes in. A text it gives another language with at least
    ``min_other_language_probability`` is in that language, whatever its length. Otherwise a text
    in Latin letters is English when it has enough common English words (or is too short to count
    them: "Drones hit Odesa port"); a long one without them is in the language the identifier
    names, or an undetermined one. A mostly Cyrillic text is in the other language the identifier
    names when it is long enough to judge ("Bulgarian"); else it is Ukrainian or Russian: by the
    letters only one of them writes ("і", "є" against "ы", "э") when it has those of one alone,
    else as the identifier ranks the two.
    """
    settings = _settings()
    share = english_stopword_share(text)
    ranked = identify(text)  # the one run of the identifier: its first choice, and uk against ru below
    code, probability = ranked[0]
    confident = probability >= settings.min_other_language_probability
    if mostly_cyrillic(text):
        if code not in ("uk", "ru") and code not in READ and (confident or share is not None):
            return Detection(code, "classifier", share, code, probability)
        letters = set(text.lower())
        ukrainian, russian = bool(letters & UKRAINIAN_ONLY_LETTERS), bool(letters & RUSSIAN_ONLY_LETTERS)
        if ukrainian != russian:
            return Detection("uk" if ukrainian else "ru", "letters", share, code, probability)
        if code in ("uk", "ru"):
            return Detection(code, "classifier", share, code, probability)
        scores = dict(ranked)
        uk, ru = scores.get("uk", 0.0), scores.get("ru", 0.0)
        choice = "uk" if uk >= ru else "ru"
        return Detection(choice, "uk or ru", share, choice, max(uk, ru) / (uk + ru) if uk + ru else 0.5)
    if code != "en" and confident:
        # Ukrainian or Russian in Latin letters is not read: the reader reads Cyrillic
        return Detection(code if code not in READ else "und", "classifier", share, code, probability)
    if share is not None and share < settings.min_english_stopword_share:
        # Latin letters without English function words: another language, or a list or a table of
        # names and figures that is not English prose
        return Detection(code if code not in READ else "und", "classifier", share, code, probability)
    return Detection("en", "stopwords" if share is not None else "too short", share, code, probability)


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


__all__ = ["READ", "RUSSIAN_ONLY_LETTERS", "UKRAINIAN_ONLY_LETTERS", "Detection", "cyrillic_share", "detect",
           "english_stopword_share", "identify", "language_name", "mostly_cyrillic"]
