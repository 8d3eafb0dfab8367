"""Extraction in worker processes: the same records as one process, in input order, streamed."""
from __future__ import annotations

import importlib.util
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from conftest import ROOT, make_article, make_jsonl
from strikewatch.cli import cli
from strikewatch.errors import WorkersFailed
from strikewatch.extract import extract_each
from strikewatch.parallel import ParallelOptions, extract_pairs, extract_parallel
from strikewatch.records import ArticleInput, ArticleRecord, Rejection
from strikewatch.store import Store

EVAL = ROOT / "eval" / "articles.jsonl"
CRASH_ID = "crashes-its-worker"


def eval_lines() -> list[str]:
    return [line for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]


def mixed_jsonl() -> str:
    """The eval corpus (39 articles) with a bad line, an empty text and a non-English text among them,
    so that the batch spans several chunks and carries rejections at known places."""
    lines = eval_lines()
    bad = ['{"id": "broken", "text": "Kyiv', json.dumps({"id": "empty", "text": "   "}),
           json.dumps({"id": "fr", "text": " ".join(["Des drones ont frappé la ville cette nuit."] * 8)})]
    return make_jsonl(*lines[:5], bad[0], *lines[5:20], bad[1], *lines[20:], bad[2])


def test_extract_jobs_2_writes_what_jobs_1_writes(runner, write):
    path = write("mixed.jsonl", mixed_jsonl())
    one = runner.invoke(cli, ["extract", path, "--jobs", "1"])
    two = runner.invoke(cli, ["extract", path, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1  # three rejected inputs
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    ids = [json.loads(line)["id"] for line in two.stdout.splitlines()]
    assert ids == [json.loads(line)["id"] for line in eval_lines()]
    rejected = [line for line in two.stderr.splitlines() if line.startswith("strikewatch: rejected")]
    names = [Path(line.split()[2]).name for line in rejected]
    assert names == ["mixed.jsonl:6:", "mixed.jsonl:22:", "mixed.jsonl:42:"]
    assert two.stderr.splitlines()[-1] == "39 articles extracted, 3 rejected"


def test_small_chunks_keep_order_and_records(tmp_path):
    items = [ArticleInput(**{k: v for k, v in json.loads(line).items()}) for line in eval_lines()[:14]]
    items.insert(3, Rejection("feed.xml#2", "empty text"))
    one = list(extract_each(items))
    two = list(extract_parallel(items, ParallelOptions(jobs=2, chunk_size=2, chunks_in_flight=1)))
    assert [r.to_dict() if isinstance(r, ArticleRecord) else r for r in two] == \
           [r.to_dict() if isinstance(r, ArticleRecord) else r for r in one]


def test_articles_not_wanted_are_not_extracted():
    items = [ArticleInput(id=f"a{i}", text=make_article(f"a{i}")["text"]) for i in range(7)]
    pairs = list(extract_pairs(items, ParallelOptions(jobs=2, chunk_size=2),
                               wanted=lambda article: article.id != "a4"))
    assert [item.id for item, _ in pairs] == [f"a{i}" for i in range(7)]
    assert [result is None for _, result in pairs] == [i == 4 for i in range(7)]
    assert all(result.events for _, result in pairs if result is not None)


def test_input_is_streamed_not_read_ahead():
    """Only the chunks in flight are read ahead of the record being handed out: memory stays flat."""
    read = itertools.count()
    options = ParallelOptions(jobs=2, chunk_size=3, chunks_in_flight=2)

    def articles():
        for i in range(200):
            next(read)
            yield ArticleInput(id=f"a{i}", text="Officials said the council met on Tuesday. " * 5)

    results = extract_parallel(articles(), options)
    first = next(results)
    ahead = next(read)  # how many articles were taken from the input so far
    assert first.id == "a0"
    assert ahead <= options.jobs * options.chunks_in_flight * options.chunk_size + options.chunk_size
    results.close()


def crash_on_marked(articles: list[ArticleInput]) -> list[ArticleRecord | Rejection]:
    """A chunk extractor whose worker dies, as if killed for memory, on one marked article."""
    if any(article.id == CRASH_ID for article in articles):
        os._exit(70)
    return list(extract_each(articles))


def test_a_worker_that_dies_costs_only_its_chunk():
    texts = [make_article(f"a{i}")["text"] for i in range(12)]
    items = [ArticleInput(id=CRASH_ID if i == 7 else f"a{i}", text=t) for i, t in enumerate(texts)]
    results = list(extract_parallel(items, ParallelOptions(jobs=2, chunk_size=2), extract=crash_on_marked))
    assert [r.id if isinstance(r, ArticleRecord) else r.input for r in results] == [i.id for i in items]
    died = [r for r in results if isinstance(r, Rejection)]
    assert [r.input for r in died] == ["a6", CRASH_ID]  # the two articles of the chunk that died
    assert all("worker process died" in r.reason for r in died)
    assert all(r.events for r in results if isinstance(r, ArticleRecord))


SLOW_ID = "overruns-the-budget"


def spin(seconds: float) -> None:
    """Use SECONDS of CPU time, as a pattern that backtracks badly does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pass


def spin_on_marked(articles: list[ArticleInput]) -> list[ArticleRecord | Rejection]:
    """The workers' own chunk extractor, within a 1 s budget, where the extractor spins on one article
    for a minute (set up here, in the worker process, where the test's monkeypatch cannot reach)."""
    from strikewatch.parallel import extract_chunk, extractor

    real = getattr(extractor.extract_article, "real", extractor.extract_article)

    def slow(article: ArticleInput) -> ArticleRecord:
        if article.id == SLOW_ID:
            spin(60)
        return real(article)
    slow.real = real
    extractor.extract_article = slow
    return extract_chunk(articles, time_budget=1.0)


def test_the_time_budget_holds_in_every_worker_and_costs_only_its_article():
    texts = [make_article(f"a{i}")["text"] for i in range(8)]
    items = [ArticleInput(id=SLOW_ID if i == 5 else f"a{i}", text=t) for i, t in enumerate(texts)]
    started = time.monotonic()
    results = list(extract_parallel(items, ParallelOptions(jobs=2, chunk_size=2), extract=spin_on_marked))
    assert time.monotonic() - started < 45  # the spinning article was stopped, not waited for
    assert [r.id if isinstance(r, ArticleRecord) else r.input for r in results] == [i.id for i in items]
    [over] = [r for r in results if isinstance(r, Rejection)]
    assert over.input == SLOW_ID  # its chunk-mate a4 and every later article still have their records
    assert over.reason == ("took more than 1 s to extract (the per-article time budget, [limits] "
                           "time_budget_seconds); extraction stopped")
    assert all(r.events for r in results if isinstance(r, ArticleRecord))


def always_crash(articles: list[ArticleInput]) -> list[ArticleRecord | Rejection]:
    """A chunk extractor whose worker always dies: workers that cannot work at all."""
    os._exit(70)


def test_workers_that_never_extract_anything_raise():
    items = [ArticleInput(id=f"a{i}", text=make_article(f"a{i}")["text"]) for i in range(6)]
    with pytest.raises(WorkersFailed, match="before extracting anything"):
        list(extract_parallel(items, ParallelOptions(jobs=2, chunk_size=2), extract=always_crash))


def test_options_refuse_nonsense():
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        ParallelOptions(jobs=0)
    with pytest.raises(ValueError, match="time_budget must be 0 or more seconds"):
        ParallelOptions(jobs=2, time_budget=-1.0)


def test_jobs_must_be_positive(runner, write):
    result = runner.invoke(cli, ["extract", write("a.jsonl", make_jsonl(make_article("a"))), "--jobs", "0"])
    assert result.exit_code == 2
    assert "--jobs" in result.stderr


def store_contents(path: Path) -> tuple[list, list, list]:
    with Store(f"sqlite:///{path}") as store:
        ids = sorted(a["id"] for a in store.articles(limit=500)["items"])
        articles = [(i, store.article(i)["record"], store.article(i)["incidents"]) for i in ids]
        incidents = list(store.iter_incidents())
        rejects = sorted((r["input"], r["stage"], r["reason"]) for r in store.rejects(limit=50)["items"])
    for incident in incidents:
        incident.pop("updated_at", None)
    return articles, incidents, rejects


def test_ingest_jobs_2_stores_what_jobs_1_stores(runner, write, tmp_path):
    path = write("mixed.jsonl", mixed_jsonl())
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    first = runner.invoke(cli, ["ingest", path, "--db", str(one), "--jobs", "1"])
    second = runner.invoke(cli, ["ingest", path, "--db", str(two), "--jobs", "2"])
    assert first.exit_code == second.exit_code == 1
    assert second.stderr == first.stderr
    assert store_contents(two) == store_contents(one)
    assert len(store_contents(two)[2]) == 3
    again = runner.invoke(cli, ["ingest", path, "--db", str(two), "--jobs", "2"])
    assert "0 added, 0 updated, 39 unchanged" in again.stderr


def test_engine_spark_without_pyspark_names_the_extra(runner, write, monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *rest: None if name == "pyspark" else real(name, *rest))
    path = write("a.jsonl", make_jsonl(make_article("a")))
    result = runner.invoke(cli, ["extract", "--engine", "spark", path, "-o", "out"])
    assert result.exit_code == 1
    assert "--engine spark needs pyspark: pip install 'strikewatch[spark]'" in result.stderr


def test_engine_spark_needs_an_output_directory(runner, write):
    path = write("a.jsonl", make_jsonl(make_article("a")))
    result = runner.invoke(cli, ["extract", "--engine", "spark", path])
    assert result.exit_code == 2
    assert "give -o DIR" in result.stderr


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_workers_end_when_their_parent_is_killed(tmp_path):
    """A killed `extract --jobs 2` leaves no worker behind holding the models."""
    source = tmp_path / "articles.jsonl"
    lines = [json.dumps({**json.loads(line), "id": f"a{i}"}) for i, line in enumerate(eval_lines() * 20)]
    source.write_text(make_jsonl(*lines), encoding="utf-8")
    main = subprocess.Popen([sys.executable, "-m", "strikewatch", "extract", str(source), "--jobs", "2",
                             "-o", str(tmp_path / "out.jsonl")], stderr=subprocess.DEVNULL)
    process = psutil.Process(main.pid)
    deadline = time.monotonic() + 60
    while len(workers := process.children(recursive=True)) < 3 and time.monotonic() < deadline:
        time.sleep(0.2)  # the fork server and its two workers (and the resource tracker)
    assert len(workers) >= 3, "the workers never started"
    os.kill(main.pid, signal.SIGKILL)
    main.wait()
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert not alive, f"left behind: {[p.cmdline()[-1][:60] for p in alive]}"


# --- work done ahead for a chunk (Budget.prepare) --------------------------------------------------------

_PREPARED: list[str] = []  # the ids prepared, in the process that prepared them


def _remember(articles: list[ArticleInput]) -> None:
    _PREPARED.extend(a.id for a in articles)


def _prepared_before(article: ArticleInput) -> tuple[str, ...]:
    return tuple(_PREPARED)


def _fail(articles: list[ArticleInput]) -> None:
    raise RuntimeError("a parse that fails")


def _overrun(articles: list[ArticleInput]) -> None:
    spin(30)


def test_work_prepared_for_a_chunk_is_done_where_the_articles_are_read():
    from strikewatch.budget import Budget

    chunk = [ArticleInput(id=f"p{i}", text=make_article(f"p{i}")["text"]) for i in range(3)]
    with Budget(_prepared_before, 5.0, prepare=_remember) as budget:
        budget.prepare(chunk)
        seen = [budget.run(article) for article in chunk]
    assert seen == [("p0", "p1", "p2")] * 3  # the worker read each article after the chunk was prepared
    assert _PREPARED == []  # in the worker, not here


def test_preparing_that_fails_or_overruns_costs_no_article():
    from strikewatch.budget import Budget

    chunk = [ArticleInput(id=f"q{i}", text=make_article(f"q{i}")["text"]) for i in range(2)]
    for prepare in (_fail, _overrun):
        started = time.monotonic()
        with Budget(_prepared_before, 0.5, prepare=prepare) as budget:
            budget.prepare(chunk)
            assert [budget.run(article) for article in chunk] == [()] * 2
        assert time.monotonic() - started < 20  # the overrunning worker was stopped, not waited for
