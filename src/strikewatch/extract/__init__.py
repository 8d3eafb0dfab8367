"""Article -> ArticleRecord: every aerial attack an article reports, each fact with its evidence.

One interface, several backends. An ``Extractor`` turns an article into its events; the
built-in ``rules`` backend reads English with grammars and a trained role model
(``strikewatch.extract.rules``, ``strikewatch.extract.roles``), and ``rules-uk`` and ``rules-ru``
read Ukrainian and Russian with their lexicons and pymorphy3 (``strikewatch.extract.cyrillic``).
Each article is read in its language, as given or detected (``strikewatch.language``). Whatever the
backend, its events pass one evidence check (``strikewatch.extract.evidence``) before they become a
record, and each record names the extractor and version that made it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..brief import build_brief
from ..budget import Budget
from ..context import extract_context
from ..context_cyrillic import extract_context_cyrillic
from ..language import detect
from ..limits import bound_events, clean_text
from ..records import AirAttack, ArticleInput, ArticleRecord, Rejection
from .base import EXTRACTORS, Extractor, for_article, get_extractor
from .evidence import check_events
from .scope import scope_events


def forget_sentences() -> None:
    """Drop the place mentions and the pattern searches (``remembered``) kept for the sentences of the
    article read before. (Parses are kept by sentence text, a bounded number of them: ``nlp.docs``.)"""
    from .. import places, remembered

    places.forget()
    remembered.forget()


def prepare(articles: list[ArticleInput]) -> None:
    """Parse, in two batches, the sentences of ARTICLES that their reading will probably ask spaCy about:
    the parses of the weapon figures' and casualty verbs' sentences (``rules.likely_parsed``) and the
    entities of the context's. Reading them after gives the same records, sooner (``nlp.docs``)."""
    from .. import nlp
    from ..context import entity_sentences
    from ..language import mostly_cyrillic
    from ..spans import sentences
    from .rules import likely_parsed

    # English, or Latin letters at least: a text in another language is parsed for nothing, and rejected
    english = [a.text for a in articles if a.language not in ("uk", "ru") and not mostly_cyrillic(a.text)]
    nlp.forget()  # the parses kept are those of one chunk of articles
    nlp.docs("parse", [s.text for text in english for s in sentences(text) if likely_parsed(s.text)])
    nlp.docs("entities", [s for text in english for s in entity_sentences(text)])

__all__ = ["EXTRACTORS", "Extractor", "extract", "extract_article", "extract_each", "extract_events",
           "get_extractor", "prepare"]


def with_language(article: ArticleInput) -> ArticleInput:
    """The article with its language: as given, else detected from its text."""
    if article.language:
        return article
    return replace(article, language=detect(article.text).code)


def extract_events(article: ArticleInput, extractor: str = "rules") -> tuple[AirAttack, ...]:
    """Every aerial attack the article reports, checked against its text."""
    article = with_language(article)
    backend = for_article(extractor, article.language)
    forget_sentences()  # as for ``extract_article``: what was kept for the article read before goes
    events, _ = check_events(article.text, backend.events(article))
    return scope_events(article, events, backend.events)


def extract_article(article: ArticleInput, extractor: str = "rules") -> ArticleRecord:
    """The article record of one article: its brief, its events and its context.

    The article is read in its language (given, or detected): Ukrainian and Russian by their own
    backend, with the same evidence check and an English brief.
    """
    article = with_language(article)
    backend = for_article(extractor, article.language)
    forget_sentences()  # an article's sentences are parsed and placed afresh, then reused by its scope
    events, dropped = check_events(article.text, backend.events(article))
    events, out_of_bounds = bound_events(article.text, events)
    events = scope_events(article, events, backend.events)
    english = article.language not in ("uk", "ru")
    context = extract_context(article) if english else extract_context_cyrillic(article)
    return ArticleRecord(id=article.id, brief=build_brief(article, events), events=events,
                         context=context, extractor=backend.label, dropped=dropped + out_of_bounds,
                         changed=article.changes, language=article.language)


_extract_article = extract_article  # the extractor itself, whatever wraps the public name


def extract(text: str, *, published: str | None = None, title: str | None = None,
            id: str = "article") -> ArticleRecord:  # noqa: A002 - mirrors the record's field name
    """Extract the article record of one text; see ``extract_article``. A PUBLISHED that is not a
    usable ISO 8601 date is ignored and the record's ``changed`` says so; the text is first made
    safe for the patterns as ``read_inputs`` does (``limits.clean_text``)."""
    notes: tuple[str, ...] = ()
    if published is not None:
        from ..errors import InputError
        from ..ingest import parse_published

        try:
            parse_published(published, "published")
        except InputError as error:  # extraction never raises for its input; the record says why
            notes, published = (f"published {error.problem}; ignored",), None
    text, changes = clean_text(text)
    return extract_article(ArticleInput(id=id, text=text, title=title, published=published,
                                        changes=notes + changes))


def extract_each(items: Iterable[ArticleInput | Rejection],
                 time_budget: float | None = None) -> Iterator[ArticleRecord | Rejection]:
    """Extract each article within the time budget (seconds; None: [limits] time_budget_seconds, 0:
    none). An article the extractor fails on, or that overruns the budget, becomes a Rejection with
    the reason, and the batch goes on (``strikewatch.budget``)."""
    with Budget(_extract_one, time_budget) as budget:
        for item in items:
            yield item if isinstance(item, Rejection) else budget.run(item)


def _extract_one(item: ArticleInput) -> ArticleRecord:
    return extract_article(item)  # looked up when called, so that a replaced extract_article is used
