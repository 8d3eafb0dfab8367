"""The pre-filter: one cheap pass over the text that passes on only the articles that can report
an aerial attack, in English, Ukrainian or Russian.

Its stems live in ``data/prefilter.toml``, in three groups: an article passes when its text holds
a stem that only an air attack uses ("drone", "ракет"), or both a stem of an attack ("struck")
and a stem of harm ("killed"). Each group is one case-insensitive regular expression of plain
alternatives with no word boundaries, so that it means the same to Python's ``re``
(``passes``), to Arrow's RE2 over a whole column at once (``mask``) and to Spark's Java regex
(``strikewatch.spark``, where the test runs in the JVM before any row reaches Python). An
article that does not pass is not extracted at all: on a general news archive, most of them.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from .records import ArticleInput, Rejection

LANGUAGES = ("en", "uk", "ru")
GROUPS = ("alone", "attack", "harm")


@cache
def stems() -> dict[str, dict[str, list[str]]]:
    """The stems of each group and language, as data/prefilter.toml lists them."""
    data = tomllib.loads(files("strikewatch").joinpath("data/prefilter.toml").read_text(encoding="utf-8"))
    return {group: {language: [stem.lower() for stem in data[group][language]] for language in LANGUAGES}
            for group in GROUPS}


@cache
def patterns() -> dict[str, str]:
    """One alternation of every stem of each group, escaped, without flags (each engine is told to
    ignore case in its own way)."""
    def alternation(group: str) -> str:
        every = dict.fromkeys(stem for language in LANGUAGES for stem in stems()[group][language])
        return "|".join(re.escape(stem) for stem in sorted(every, key=len, reverse=True))
    return {group: alternation(group) for group in GROUPS}


@cache
def _compiled() -> dict[str, re.Pattern[str]]:
    return {group: re.compile(pattern, re.IGNORECASE) for group, pattern in patterns().items()}


def passes(text: str) -> bool:
    """Whether TEXT can report an aerial attack."""
    found = _compiled()
    return bool(found["alone"].search(text) or (found["attack"].search(text) and found["harm"].search(text)))


def mask(texts: Sequence[str | None]):
    """A pyarrow BooleanArray: whether each text passes, in one vectorised pass (needs pyarrow).
    A missing text does not pass."""
    import pyarrow as pa
    import pyarrow.compute as pc

    array = texts if isinstance(texts, pa.Array | pa.ChunkedArray) else pa.array(texts, pa.large_string())
    has = {group: pc.match_substring_regex(array, pattern, ignore_case=True)
           for group, pattern in patterns().items()}
    return pc.fill_null(pc.or_(has["alone"], pc.and_(has["attack"], has["harm"])), False)


@dataclass
class Tally:
    """How many articles ``passing`` left out."""

    count: int = 0


def passing(items: Iterable[ArticleInput | Rejection], left_out: Tally) -> Iterator[ArticleInput | Rejection]:
    """ITEMS without the articles that do not pass (counted in LEFT_OUT); rejections go on as they are."""
    for item in items:
        if isinstance(item, ArticleInput) and not passes(item.text):
            left_out.count += 1
            continue
        yield item
