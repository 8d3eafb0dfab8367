"""A corpus of hostile inputs: what an attacker or an unlucky user might hand strikewatch.

Each case is (file name, bytes). They are built here rather than stored, since several are large
(a 100,000-digit "number", a sentence repeated 2,000 times); ``write_corpus`` writes them into a
directory. ``JSONL_LINES`` are lines of one JSON-lines file, good articles among bad ones, so a
test can check that the good records after a bad one are still written.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

GOOD = ("Russia launched 46 drones and three missiles at Odesa overnight, the Ukrainian air force said. "
        "Air defence shot down 40 drones. Two people were injured in the port district, the governor said.")
CAPITALS = ("RUSSIAN DRONES AND MISSILES STRUCK ENERGY INFRASTRUCTURE IN THE ODESA REGION OVERNIGHT, CAUSING "
            "FIRES AND POWER OUTAGES ACROSS SEVERAL DISTRICTS OF THE CITY, THE REGIONAL GOVERNOR SAID ON TELEGRAM.")


def article(article_id: str, text: str, **fields: object) -> dict:
    return {"id": article_id, "text": text, "published": "2025-07-04", **fields}


def line(data: object) -> str:
    return json.dumps(data, ensure_ascii=True)


JSONL_LINES = [
    line(article("good-1", GOOD)),
    line(article("caps", CAPITALS + " " + CAPITALS.lower().capitalize())),
    line(article("digits-8k", "Russia launched " + "9" * 8_000 + " drones at Kyiv overnight, the air force said.")),
    line(article("digits-100k", "Russia launched " + "7" * 100_000 + " drones at Kyiv overnight, officials said.")),
    line(article("repeated", "Russia launched 50 drones at Kyiv overnight, the air force said. " * 2_000)),
    line(article("overflow", "Russia launched 9223372036854775808 drones at Kharkiv overnight, the air force said. "
                             "Three people were killed.")),
    line(article("seventeen-digits", "Russia launched 12345678901234567 drones at Sumy overnight, officials said.")),
    line(article("alert-400", "The air raid alert in Kyiv lasted " + "9" * 400 + " hours after Russia launched 40 "
                              "drones at the city, officials said.")),
    line(article("negative", "Russia launched -5 drones and −7 missiles at Dnipro, and minus five drones were "
                             "shot down, the air force said in a garbled bulletin.")),
    line(article("thousand-thousand", "Russia launched a thousand thousand drones at Lviv overnight, it said.")),
    '{"id": "surrogate-\\ud800", "text": "Russia launched 12 drones at Poltava \\udc00 overnight, the air force said."}',
    "[" * 50_000 + "]" * 50_000,  # nesting deeper than the parser's recursion limit
    '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",
    '{"id": "huge-int", "text": "x", "n": ' + "9" * 5_000 + "}",
    line(article("bad-published", GOOD, published="2025-02-30")),
    line(article("month-13", GOOD, published="2025-13-01")),
    line(article("year-1", GOOD, published="0001-01-01")),
    line(article("year-9999", GOOD, published="9999-12-31")),
    line(article("dots", "...")),
    line(article("nan-text", "NaN Infinity -Infinity 1e999 drones")),
    line({"id": 7, "text": GOOD}),
    line({"id": "null-text", "text": None}),
    line(article("nul", "Drones hit Kyiv \x00 overnight, officials said.")),
    line(article("bidi", "Russia launched 20 drones at \u202eKyiv\u202c overnight, \ufeffofficials said.")),
    line(article("one-word-a-line", "\n".join("Drones attacked Kyiv overnight and air defence shot down most "
                                              "of them, officials said.".split()))),
    line(article("long-url", "Drones hit Kyiv overnight. See https://example.org/" + "a" * 5_000 + " for more.")),
    "not json at all",
    line(article("good-2", GOOD.replace("Odesa", "Kharkiv"))),
]


def cases() -> list[tuple[str, bytes]]:
    """Every hostile file: (name, content)."""
    jsonl = "\n".join(JSONL_LINES).encode("utf-8") + b"\n"
    bad_first = ("{broken\n" + "\n".join(JSONL_LINES[:1] + JSONL_LINES[-1:])).encode()
    return [
        ("a-articles.jsonl", jsonl),
        ("b-bad-first-line.txt", bad_first),  # JSON lines saved as .txt, first line broken
        ("c-gzip.jsonl", gzip.compress(jsonl[:2_000])),
        ("d-utf16.jsonl", "\n".join(JSONL_LINES[:1]).encode("utf-16")),
        ("e-cr-only.jsonl", "\r".join(JSONL_LINES[:1] + JSONL_LINES[-1:]).encode()),
        ("f-empty.txt", b""),
        ("g-binary.txt", bytes(range(256)) * 8),
        ("h-wrapped.txt", wrapped(GOOD + " " + GOOD.replace("Odesa", "Mykolaiv")).encode()),
        ("i-capitals.txt", (CAPITALS + "\n").encode()),
        ("j-invalid-utf8.txt", b"Drones hit Kyiv \xff\xfe overnight."),
        ("k-html-bomb.html", b"<html><body>" + b"<div>" * 20_000 + b"Drones hit Kyiv." + b"</div>" * 20_000
         + b"</body></html>"),
        ("l-feed-entities.xml", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
         b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>T</title>'
         b"<item><guid>1</guid><title>x</title><description>&b;&b;&b;</description></item></channel></rss>"),
        ("m-telegram.json", json.dumps({"name": "c", "type": "public_channel", "id": 1, "messages": [
            {"id": 1, "type": "message", "date": "2025-07-04T06:00:00", "text": GOOD},
            {"id": 2, "type": "message", "date": "not a date", "text": [{"type": "bold"}]},
            {"id": 3, "type": "message", "date": "2025-07-04T07:00:00", "text": "\ud800" * 3},
        ]}).encode()),
    ]


def wrapped(text: str, width: int = 70) -> str:
    import textwrap

    return textwrap.fill(text, width)


def write_corpus(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, content in cases():
        path = directory / name
        path.write_bytes(content)
        paths.append(path)
    return paths
