"""A saved or fetched HTML page -> its article: main text, title, date, outlet and URL.

trafilatura finds the main text and leaves out menus, cookie banners, comments, related-story
boxes and footers; it also reads the title, date, site name and canonical URL from the page's
metadata (``<meta>``, JSON-LD, ``<time>``). strikewatch keeps its settings for precision: a
missed paragraph costs less than a "Most read" headline reported as a strike.
"""
from __future__ import annotations

import re

from ..errors import InputError
from ..lexicon.en import READ_MORE
from ..records import ArticleInput

MIN_PAGE_SENTENCE_WORDS = 8  # a page's main text needs a line this long; menus and footers are shorter
# Lines that trafilatura keeps from some layouts but that are never part of a report: share
# prompts, "read more" teasers, photo credits and newsletter calls.
BOILERPLATE_LINE = re.compile(
    rf"\W*(share (this|on)\b|{READ_MORE}|advertisement\W*$"
    r"|sign up\b|subscribe\b|photos?( credit)?:|follow (us|our)\b)", re.IGNORECASE)
MAX_BOILERPLATE_LINE_WORDS = 12  # a longer line that happens to say "read more" is kept


def read_page(name: str, page: bytes, url: str | None = None) -> ArticleInput:
    """The article of PAGE, named NAME (its path or URL); raise InputError if it has none.

    URL is where the page was fetched from; the page's own canonical URL wins when it has one.
    The article id is NAME. Its date comes from the page's metadata only, never guessed from a
    copyright line.
    """
    import trafilatura

    document = trafilatura.bare_extraction(
        page, url=url, favor_precision=True, include_comments=False, include_tables=False,
        with_metadata=True,
        # Dates from the page's metadata only: the extensive search also guesses from "© 2025".
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    lines = [line.strip() for line in (document.text if document else "").splitlines() if line.strip()]
    if document and lines and lines[0] == (document.title or "").strip():
        lines = lines[1:]  # the page's <h1> repeats the headline
    lines = [line for line in lines if not is_boilerplate_line(line)]
    if not any(len(line.split()) >= MIN_PAGE_SENTENCE_WORDS for line in lines):
        raise InputError(name, "no article text found in the page")
    return ArticleInput(id=name, text="\n\n".join(lines), title=document.title or None,
                        published=document.date or None, url=document.url or url,
                        outlet=document.sitename or None)


def is_boilerplate_line(line: str) -> bool:
    """True for a short line that is a share prompt, teaser, photo credit or newsletter call."""
    return len(line.split()) <= MAX_BOILERPLATE_LINE_WORDS and BOILERPLATE_LINE.match(line) is not None
