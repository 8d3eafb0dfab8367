"""How fast is `strikewatch extract` on 1,000 Ukrainian and Russian articles, model loading included?

The same measure as extract_speed.py (one process, start-up and dictionaries included), on articles
cycled from the Ukrainian and Russian corpus under corpus-ukru/ (the round-trip Air Force summaries
and, when present, the annotated train, dev and test splits). The issue asks for at least 30
articles/s in one process.

    python benchmarks/extract_speed_ukru.py [--articles 1000] [--min-rate 30]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import extract_speed  # noqa: E402 - the sibling script, importable once its folder is on the path

UKRU = HERE.parent / "corpus-ukru"
CORPORA = [UKRU / "roundtrip" / "articles.jsonl",
           *(UKRU / split / "articles.jsonl" for split in ("train", "dev", "test"))]
MIN_RATE = 30.0

if __name__ == "__main__":
    extra = [] if "--min-rate" in sys.argv else ["--min-rate", str(MIN_RATE)]
    corpora = [arg for path in CORPORA if path.exists() for arg in ("--corpus", str(path))]
    sys.argv[1:] = [*sys.argv[1:], *extra, *corpora]
    sys.exit(extract_speed.main())
