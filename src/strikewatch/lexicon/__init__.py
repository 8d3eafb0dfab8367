"""Language data, one module per language, kept apart from the code that reads it.

Each language module (``en``, ``uk``, ``ru``) holds the words strikewatch recognises: actors and the
codes of the states they are coded as, weapons by kind and model, hedges, rough-size
words, the damage vocabulary and region suffixes. The extractor, the brief, the
faithfulness check and the context reader import these objects, so no word list is
written twice. ``for_language`` hands a caller the lexicon of a language.
"""
from __future__ import annotations

from types import ModuleType

from . import en, ru, uk

LEXICONS: dict[str, ModuleType] = {"en": en, "uk": uk, "ru": ru}


def for_language(code: str) -> ModuleType:
    """The lexicon module of language ``code``; a clear error when it has none."""
    try:
        return LEXICONS[code]
    except KeyError:
        raise ValueError(f"no lexicon for language {code!r} (have: {', '.join(sorted(LEXICONS))})") from None
