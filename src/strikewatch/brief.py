"""The article's brief: headline, dek and summary, taken from the article's own sentences.

This is the extractive baseline: the headline is the outlet's title (or the
first sentence), the dek the first sentence, the summary the first three
sentences, each cut at a word boundary to the SPEC's length limits.
"""
from __future__ import annotations

from .records import AirAttack, ArticleInput, Brief
from .spans import sentences

HEADLINE_MAX, DEK_MAX, SUMMARY_MAX = 90, 200, 600


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def build_brief(article: ArticleInput, events: tuple[AirAttack, ...] = ()) -> Brief:
    """A brief made of the article's title and leading sentences."""
    sents = [s.text for s in sentences(article.text)]
    first = sents[0] if sents else ""
    headline = _cut(article.title or first, HEADLINE_MAX)
    dek = _cut(first, DEK_MAX)
    summary = ""
    for s in sents[:3]:
        candidate = f"{summary} {s}".strip()
        if len(candidate) > SUMMARY_MAX:
            break
        summary = candidate
    return Brief(headline=headline, dek=dek, summary=summary or _cut(first, SUMMARY_MAX))
