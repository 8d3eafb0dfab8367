"""The extractor seam: one interface that every backend implements.

A backend is a name, a version and a function from an article to its events. The
record of every article names the backend and version that made it
(``ArticleRecord.extractor``), so a store can tell records of different extractors
apart. A new backend (a local model behind an OpenAI-compatible server, another
language) is one more entry in ``EXTRACTORS``; its events go through the same
evidence check as the built-in one (``strikewatch.extract.evidence``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..records import AirAttack, ArticleInput
from . import rules

# The Ukrainian and Russian reader's version (``cyrillic.VERSION``), written here so that naming the
# backend does not load the reader: its patterns are compiled only when such an article comes.
CYRILLIC_VERSION = "1.9"


@dataclass(frozen=True)
class Extractor:
    """A backend: its name, its version and the function that reads an article's events."""

    name: str
    version: str
    events: Callable[[ArticleInput], tuple[AirAttack, ...]]

    @property
    def label(self) -> str:
        """``name/version``, as stored with each record."""
        return f"{self.name}/{self.version}"


def read_cyrillic(article: ArticleInput) -> tuple[AirAttack, ...]:
    """``cyrillic.read_events``, its module imported at the first article in Ukrainian or Russian: an English
    run never compiles its patterns."""
    from . import cyrillic

    return cyrillic.read_events(article)


EXTRACTORS: dict[str, Extractor] = {
    "rules": Extractor("rules", rules.VERSION, rules.read_events),
    "rules-uk": Extractor("rules-uk", CYRILLIC_VERSION, read_cyrillic),
    "rules-ru": Extractor("rules-ru", CYRILLIC_VERSION, read_cyrillic),
}
# The backend that reads each language when the rule-based reader is asked for.
BY_LANGUAGE: dict[str, str] = {"en": "rules", "uk": "rules-uk", "ru": "rules-ru"}


def for_article(name: str, language: str | None) -> Extractor:
    """The backend ``name`` asks for, in the article's language: "rules" reads Ukrainian with "rules-uk"."""
    if name == "rules" and language in BY_LANGUAGE:
        name = BY_LANGUAGE[language]
    return get_extractor(name)


def get_extractor(name: str) -> Extractor:
    """The backend called ``name``; a clear error naming the known ones otherwise."""
    try:
        return EXTRACTORS[name]
    except KeyError:
        raise ValueError(f"unknown extractor {name!r} (known: {', '.join(sorted(EXTRACTORS))})") from None
