"""Article -> ArticleRecord: every aerial attack an article reports, each fact with its evidence.

One interface, several backends. An ``Extractor`` turns an article into its events; the
built-in ``rules`` backend reads English with grammars and a trained role model
(``strikewatch.extract.rules``, ``strikewatch.extract.roles``), and ``rules-uk`` and ``rules-ru``
read Ukrainian and Russian with their lexicons and pymorphy3 (``strikewatch.extract.cyrillic``).
Each article is read in its language, as given or detected (``strikewatch.language``). Whatever the backend, its
events pass one evidence check (``strikewatch.extract.evidence``) before they become a
record, and each record names the extractor and version that made it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..brief import build_brief
from ..context import extract_context
from ..language import detect
from ..records import AirAttack, ArticleInput, ArticleRecord, Rejection
from .base import EXTRACTORS, Extractor, for_article, get_extractor
from .evidence import check_events

__all__ = ["EXTRACTORS", "Extractor", "extract", "extract_article", "extract_each", "extract_events",
           "get_extractor"]


def with_language(article: ArticleInput) -> ArticleInput:
    """The article with its language: as given, else detected from its text."""
    if article.language:
        return article
    return replace(article, language=detect(article.text).code)


def extract_events(article: ArticleInput, extractor: str = "rules") -> tuple[AirAttack, ...]:
    """Every aerial attack the article reports, checked against its text."""
    article = with_language(article)
    events, _ = check_events(article.text, for_article(extractor, article.language).events(article))
    return events


def extract_article(article: ArticleInput, extractor: str = "rules") -> ArticleRecord:
    """The article record of one article: its brief, its events and its context.

    The article is read in its language (given, or detected): Ukrainian and Russian by their own
    backend, with the same evidence check and an English brief.
    """
    article = with_language(article)
    backend = for_article(extractor, article.language)
    events, dropped = check_events(article.text, backend.events(article))
    english = article.language not in ("uk", "ru")
    context = extract_context(article) if english else ()
    return ArticleRecord(id=article.id, brief=build_brief(article, events), events=events,
                         context=context, extractor=backend.label, dropped=dropped,
                         language=article.language)


def extract(text: str, *, published: str | None = None, title: str | None = None,
            id: str = "article") -> ArticleRecord:  # noqa: A002 - mirrors the record's field name
    """Extract the article record of one text; see ``extract_article``."""
    return extract_article(ArticleInput(id=id, text=text, title=title, published=published))


def extract_each(items: Iterable[ArticleInput | Rejection],
                 max_raw_chars: int = 10_000) -> Iterator[ArticleRecord | Rejection]:
    """Extract each article; an article the extractor fails on becomes a Rejection with the reason."""
    for item in items:
        if isinstance(item, Rejection):
            yield item
            continue
        try:
            yield extract_article(item)
        except Exception as error:  # one article must never stop a batch; the reason is kept
            reason = f"extractor failed: {type(error).__name__}: {error}"
            yield Rejection(item.id, reason, raw=item.text[:max_raw_chars])
