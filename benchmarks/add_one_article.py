"""What does adding one article cost when the store already holds 10,000 or 50,000?

Builds each store once: its articles are written straight into the tables (text, MinHash signature,
LSH bands, one event each, the incidents rebuilt). A store grows with time, so its articles are
spread over one night per REPORTS_PER_NIGHT of them (10,000 over two years, 50,000 over ten): from sentences of the
bundled articles mixed with other towns and figures, so that the signatures are those of real
prose. Then, in a fresh process whose extractor is already loaded (as in a running `strikewatch
watch`), it times `Store.ingest` of one new article (a near duplicate lookup, extraction, storing,
the incidents of its nights rebuilt) and measures the process's peak memory (RSS, the extraction
worker included) before and after.

    python benchmarks/add_one_article.py                     # 10,000 and 50,000 articles
    python benchmarks/add_one_article.py --sizes 2000 --keep /tmp/stores

Exits 1 when adding one article takes longer than --max-seconds (1 s) or the peak passes
--max-rss-mb (400 MB), 2 when it cannot run. Building the 50,000-article store takes a few minutes.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "samples" / "articles.jsonl", ROOT / "eval" / "articles.jsonl"]
TOWNS = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Sumy", "Poltava", "Mykolaiv", "Kherson",
         "Chernihiv", "Vinnytsia", "Rivne", "Lutsk", "Cherkasy", "Zhytomyr", "Ternopil", "Kremenchuk", "Izmail"]
REPORTS_PER_NIGHT = 14  # reports of one night in the store: a busy news night, all on one country
BRIEF = {"headline": "", "dek": "", "summary": ""}  # the synthetic articles have no brief
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
NEW_ARTICLE = {
    "id": "benchmark-new", "published": "2025-06-15T07:00:00+03:00",
    "text": "Russia launched 83 drones and four missiles at Poltava region overnight, the Ukrainian air force "
            "said on Sunday. Air defence shot down 61 drones, and a strike on a gas facility near Myrhorod "
            "started a fire. Two people were injured, the regional governor said.",
}


def sentences() -> list[str]:
    out = []
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out += SENTENCE_END.split(json.loads(line)["text"])
    return [s for s in out if len(s.split()) >= 5]


def build(path: Path, size: int, seed: int = 1) -> float:
    """A store of SIZE articles at PATH; returns the seconds it took."""
    from sqlalchemy import insert

    from strikewatch import dedup, pipeline
    from strikewatch.store import Store, _now

    started = time.monotonic()
    rng = random.Random(seed)
    pool = sentences()
    with Store(str(path)) as store:
        a, b, e, o, s = (store.t[n] for n in ("articles", "article_bands", "events", "article_outlets",
                                                "stale_nights"))
        nights = set()
        for start in range(0, size, 1000):
            articles, bands, events, outlets = [], [], [], []
            for n in range(start, min(size, start + 1000)):
                town = rng.choice(TOWNS)
                text = " ".join(re.sub(r"\b\d{1,3}\b", lambda m: str(rng.randint(2, 900)), rng.choice(pool))
                                for _ in range(8)) + f" The attack on {town} lasted hours."
                night = (date(2016, 1, 1) + timedelta(days=rng.randrange(size // REPORTS_PER_NIGHT))).isoformat()
                nights.add(night)
                signature = dedup.signature(text)
                article_id = f"synthetic-{n}"
                now = _now()
                articles.append({"id": article_id, "content_hash": dedup.content_hash(text), "signature": signature,
                                 "title": None, "text": text, "published": night, "url": None, "outlet": "Bench",
                                 "record": json.dumps({"id": article_id, "brief": BRIEF}), "headline": "", "dek": "", "summary": "", "n_events": 1,
                                 "version": 1, "ingested_at": now, "updated_at": now, "changes": None})
                bands += [{"key": key, "article_id": article_id} for key in dedup.band_keys(signature)]
                outlets.append({"article_id": article_id, "input_id": article_id, "outlet": "Bench", "url": None,
                                "published": night, "content_hash": articles[-1]["content_hash"],
                                "match": "original", "added_at": now})
                events.append({"article_id": article_id, "event_index": 0, "kind": "air_attack", "date": night,
                               "attacker": "RU", "target_country": "UA", "places": json.dumps([town]),
                               "drones_launched": rng.randint(10, 800), "drones_destroyed": None,
                               "drones_hit": None, "missiles_launched": None, "missiles_destroyed": None,
                               "missiles_hit": None, "killed": None, "injured": None, "damage": "[]",
                               "record": False, "alert_hours": None})
            with store.engine.begin() as connection:
                for table, rows in ((a, articles), (b, bands), (e, events), (o, outlets)):
                    connection.execute(insert(table), rows)
        with store.engine.begin() as connection:
            connection.execute(insert(s), [{"date": night} for night in sorted(nights)])
        pipeline.refresh_incidents(store)
    return time.monotonic() - started


def measure(path: Path) -> dict:
    """In a fresh process: open the store, load the extractor, then time adding one article."""
    code = f"""
import json, resource, time
from strikewatch import pipeline
from strikewatch.budget import _warm_up
from strikewatch.records import ArticleInput
from strikewatch.store import Store
_warm_up()
store = Store({str(path)!r})
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.monotonic()
summary = pipeline.ingest(store, [ArticleInput(**{NEW_ARTICLE!r})])
seconds = time.monotonic() - started
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({{"seconds": seconds, "rss_before_mb": before / 1024, "peak_rss_mb": peak / 1024,
                  "summary": summary.to_dict()}}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    if done.returncode:
        print(done.stderr, file=sys.stderr)
        sys.exit(2)
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--max-seconds", type=float, default=1.0)
    parser.add_argument("--max-rss-mb", type=float, default=400.0)
    parser.add_argument("--keep", type=Path, help="build the stores in this directory and keep them")
    args = parser.parse_args()
    directory = args.keep or Path(tempfile.mkdtemp(prefix="strikewatch-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    failed = False
    for size in args.sizes:
        path = directory / f"store-{size}.db"
        if not path.exists():
            built = build(path, size)
            print(f"built a store of {size:,} articles in {built:.0f} s ({path.stat().st_size / 1e6:.0f} MB)")
        result = measure(path)
        ok = result["seconds"] < args.max_seconds and result["peak_rss_mb"] < args.max_rss_mb
        failed |= not ok
        print(f"{size:,} articles stored: adding one took {result['seconds']:.3f} s, peak RSS "
              f"{result['peak_rss_mb']:.0f} MB (before the ingest {result['rss_before_mb']:.0f} MB) "
              f"{result['summary']} {'ok' if ok else 'OVER THE LIMIT'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
