"""Latency of `strikewatch serve` at 10,000 incidents: the API's list and stats endpoints, the overview.

    python benchmarks/serve_latency.py [--incidents 10000] [--requests 50] [--max-api-ms 100]
                                       [--max-overview-ms 1000] [--db build/bench-serve.db]

It ingests samples/articles.jsonl into a fresh SQLite store, then copies the incidents the store
built (every column, as the store wrote them) under new ids and dates, spread over the nights
before the samples, until there are --incidents of them; so the rows have the store's real shape
without extracting 10,000 articles. It then starts the app in-process (the same ASGI app
`strikewatch serve` runs) and times --requests calls of each endpoint through Starlette's test
client, which includes routing, validation, the store query and JSON encoding, but not the TCP
socket. It prints p50 and p95 per endpoint and exits 1 when a p95 is over its limit (API list
and stats endpoints: --max-api-ms; the overview page: --max-overview-ms).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from strikewatch import pipeline
from strikewatch.api import create_app
from strikewatch.ingest import read_inputs
from strikewatch.store import Store

ROOT = Path(__file__).resolve().parent.parent
PER_NIGHT = 9  # copies per night: 10,000 incidents cover about three years, as a busy war would
SAMPLES = ROOT / "samples" / "articles.jsonl"
ENDPOINTS = {  # name -> (url, limit kind)
    "GET /api/incidents": ("/api/incidents", "api"),
    "GET /api/incidents?place=kyiv&min_drones=50": ("/api/incidents?place=kyiv&min_drones=50", "api"),
    "GET /api/incidents?sort=-killed&offset=5000": ("/api/incidents?sort=-killed&offset=5000", "api"),
    "GET /api/incidents?since..until (a month)": ("/api/incidents?since=2024-03-01&until=2024-03-31", "api"),
    "GET /api/articles": ("/api/articles", "api"),
    "GET /api/stats": ("/api/stats", "api"),
    "GET /api/stats?since=2024-01-01": ("/api/stats?since=2024-01-01", "api"),
    "GET / (overview page)": ("/", "overview"),
    "GET /incidents (table page)": ("/incidents", "overview"),
}


def build(path: Path, incidents: int) -> Store:
    """A store of the samples whose incidents are copied until there are INCIDENTS of them."""
    path.unlink(missing_ok=True)
    store = Store(f"sqlite:///{path}")
    pipeline.ingest(store, read_inputs([str(SAMPLES)]))
    table = store.t["incidents"]
    with store.engine.connect() as connection:
        templates = [dict(row._mapping) for row in connection.execute(select(table))]
    if not templates:
        raise SystemExit("benchmark: the samples built no incident")
    first = min(date.fromisoformat(t["date"]) for t in templates if t["date"])
    rows, index = [], 0
    while len(templates) + len(rows) < incidents:
        template = templates[index % len(templates)]
        night = first - timedelta(days=1 + index // PER_NIGHT)  # going back in time from the samples
        rows.append(
            {**template, "id": f"bench-{index:06d}-{template['id']}"[:200], "date": night.isoformat()}
        )
        index += 1
    with store.engine.begin() as connection:
        for start in range(0, len(rows), 1000):
            connection.execute(insert(table), rows[start : start + 1000])
    return store


def measure(client: TestClient, url: str, requests: int) -> list[float]:
    """Milliseconds of each of REQUESTS calls of URL, after one warm-up call."""
    assert client.get(url).status_code == 200, url
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.text[:200])
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--max-api-ms", type=float, default=100.0)
    parser.add_argument("--max-overview-ms", type=float, default=1000.0)
    parser.add_argument("--db", type=Path, default=ROOT / "build" / "bench-serve.db")
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    store = build(args.db, args.incidents)
    total = store.incidents(limit=1)["total"]
    print(
        f"store: {total:,} incidents, {len(store.stats()['nights']):,} nights in {args.db} "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )
    client = TestClient(create_app(store))
    limits = {"api": args.max_api_ms, "overview": args.max_overview_ms}
    failed = []
    print(f"{'endpoint':48} {'p50 ms':>8} {'p95 ms':>8} {'limit':>7}")
    for name, (url, kind) in ENDPOINTS.items():
        times = measure(client, url, args.requests)
        p50, high = statistics.median(times), p95(times)
        print(f"{name:48} {p50:8.1f} {high:8.1f} {limits[kind]:7.0f}")
        if high > limits[kind]:
            failed.append(name)
    store.close()
    if failed:
        print(f"over the limit: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
