"""Reading one post in the tests: all its events, or the one event it must give.

Test modules bind their own publication time: ``events = partial(reading.events, published=PUBLISHED)``.
"""
from __future__ import annotations

from strikewatch.extract import extract_article
from strikewatch.records import AirAttack, ArticleInput


def events(text: str, published: str | None = None, **fields) -> tuple[AirAttack, ...]:
    return extract_article(ArticleInput("post", text, published=published, **fields)).events


def only(text: str, published: str | None = None, **fields) -> AirAttack:
    found = events(text, published, **fields)
    assert len(found) == 1, found
    return found[0]
