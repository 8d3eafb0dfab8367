"""Two ingest processes writing one SQLite file at once lose nothing and store nothing twice."""
from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest_store import assert_each_input_stored_once, synthetic_articles, write_jsonl

EACH = 120  # articles each process ingests
SHARED = 30  # of them, also in the other process's batch


def summary(stderr: str) -> dict[str, int]:
    """{"added": 90, "updated": 0, ...} from the ingest command's summary line (warnings may follow it)."""
    line = next(line for line in reversed(stderr.splitlines()) if re.match(r"\d+ added\b", line))
    counts = line.partition(";")[0]
    return {name: int(number) for number, name in (part.split() for part in counts.split(", "))}


def test_two_processes_ingest_into_one_sqlite_file(tmp_path: Path) -> None:
    first = synthetic_articles(EACH, seed=1, prefix="first")
    second = first[:SHARED] + synthetic_articles(EACH - SHARED, seed=2, prefix="second")
    db = tmp_path / "shared.db"  # not created yet: both processes also race to create the schema
    batches = (("first", first), ("second", second))
    commands = [[sys.executable, "-m", "strikewatch", "ingest", "--db", str(db),
                 write_jsonl(tmp_path / f"{name}.jsonl", batch)] for name, batch in batches]
    processes = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                 for c in commands]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in processes]
    for process in processes:
        process.stderr.close()
    for code, stderr in results:
        assert code == 0, stderr
        assert "locked" not in stderr
    summaries = [summary(stderr) for _, stderr in results]
    assert [sum(s.values()) for s in summaries] == [EACH, EACH]  # every input counted once
    assert sum(s["added"] + s["duplicates"] for s in summaries) == 2 * EACH - SHARED  # a shared one by one
    ids = sorted({a["id"] for a in first + second})
    assert len(ids) == 2 * EACH - SHARED
    counts = assert_each_input_stored_once(f"sqlite:///{db}", ids)
    assert counts["articles"] + counts["duplicates"] == len(ids)
    assert overlapping(db), "the two ingests ran one after the other: nothing was tested"


def overlapping(db: Path) -> bool:
    """Whether the two processes were writing at the same time, by the articles' ingest times."""
    with sqlite3.connect(db) as connection:
        spans = [connection.execute("SELECT min(ingested_at), max(ingested_at) FROM articles WHERE id LIKE ?",
                                    (f"{prefix}-%",)).fetchone() for prefix in ("first", "second")]
    (start1, end1), (start2, end2) = spans
    return start1 < end2 and start2 < end1
