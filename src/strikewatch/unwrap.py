"""Hard-wrapped plain text: tell the line breaks that only wrap a paragraph from those that end one.

Plain text saved from e-mail, a terminal or a wire feed is often wrapped at a fixed width (60-80
columns): every paragraph is cut into lines, and a reader that took each line break for the end
of a sentence would split sentences in two and lose the figures that span the break. A line was
wrapped when the next line's first word would not have fitted on it: it is then full to within
one word of the text's width. A short line (a heading, a dateline, the last line of a paragraph)
was broken on purpose and is kept.

``unwrap`` replaces each wrapping line break with a space, so the text keeps its length and every
offset into it stays valid. A text whose lines are not mostly full (one paragraph a line, a list)
is left as it is.
"""
from __future__ import annotations

import re

MAX_WRAP_WIDTH = 120  # lines wrapped wider than this are paragraphs, not a fixed-width wrap
MIN_WRAPPED_LINES = 2  # fewer wrapped lines than this is no evidence of wrapping
MIN_WRAPPED_SHARE = 0.5  # of the lines followed by another line in the same paragraph
BULLET = re.compile(r"\s*(?:[-–—•*]|\d{1,2}[.)])\s")


def unwrap(text: str) -> tuple[str, int]:
    """TEXT with the line breaks that only wrap a paragraph turned into spaces, and how many."""
    lines = text.split("\n")
    width = max((len(line.rstrip()) for line in lines), default=0)
    if width == 0 or width > MAX_WRAP_WIDTH:
        return text, 0
    wrapped, candidates = [], 0
    for i in range(len(lines) - 1):
        line, following = lines[i].rstrip(), lines[i + 1]
        if not line.strip() or not following.strip():
            continue  # a blank line is a paragraph break
        candidates += 1
        first_word = following.split(None, 1)[0]
        if len(line) + 1 + len(first_word) > width and not BULLET.match(following):
            wrapped.append(i)
    if len(wrapped) < MIN_WRAPPED_LINES or len(wrapped) < MIN_WRAPPED_SHARE * candidates:
        return text, 0
    for i in wrapped:
        lines[i] += " "  # the break becomes a space: same length, same offsets
    joined = set(wrapped)
    out = "".join(line if i in joined else line + "\n" for i, line in enumerate(lines[:-1])) + lines[-1]
    return out, len(wrapped)
