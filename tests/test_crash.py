"""Kill an ingest midway with SIGKILL, run it again: every article is stored exactly once."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest_store import assert_each_input_stored_once, synthetic_articles, write_jsonl

ARTICLES = 240
KILL_AFTER = 40  # articles stored when the first run is killed
STARTUP_TIMEOUT = 180  # seconds the first run may take to store KILL_AFTER articles on a busy machine


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as connection:
            return connection.execute("SELECT count(*) FROM article_outlets").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or its schema not yet there
        return 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_midway_then_rerun_stores_every_article_once(tmp_path: Path) -> None:
    articles = synthetic_articles(ARTICLES, prefix="crash")
    path = write_jsonl(tmp_path / "articles.jsonl", articles)
    db = tmp_path / "crash.db"
    command = [sys.executable, "-m", "strikewatch", "ingest", path, "--db", str(db)]
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while stored(db) < KILL_AFTER and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(first.pid, signal.SIGKILL)
    assert first.wait() == -signal.SIGKILL
    at_kill = stored(db)
    assert KILL_AFTER <= at_kill < ARTICLES  # killed midway, not before it started nor after it ended

    second = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stderr
    added = second.stderr.splitlines()[-1].partition(" added")[0]
    assert int(added) + at_kill <= ARTICLES  # nothing stored before the kill is stored again
    counts = assert_each_input_stored_once(f"sqlite:///{db}", [a["id"] for a in articles])
    assert counts["articles"] > ARTICLES * 0.9 and counts["incidents"] > 0
