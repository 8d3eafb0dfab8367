"""Extraction on every core of one machine: articles in N worker processes, records in input order.

``extract_pairs`` cuts the stream of inputs into chunks of ``chunk_size`` items and hands them to a
pool of worker processes, at most ``jobs * chunks_in_flight`` chunks at a time, and yields each
item with its result in input order. Memory therefore stays flat whatever the number of articles:
only the chunks in flight are held, never the corpus. Each worker loads the spaCy pipelines once,
on its first article, and keeps them for every later chunk. Before a chunk's articles are read one
by one, the sentences of them all that spaCy will be asked about are parsed together, in one
batch (``extract.prepare``): the records are the same, and they come sooner.

A read rejection passes through in its place; an article the extractor fails on, or that takes
longer than the per-article time budget (``strikewatch.budget``, [limits] time_budget_seconds),
becomes a ``Rejection`` with the reason, as in one process. Each worker keeps its own budget
process (forked from the warm worker) for all its chunks, so the budget holds for every article
whatever --jobs, and an article that overruns costs only itself.

A worker that dies (killed for memory, a crash in native code) fails every chunk in flight: the pool
is started again and those chunks are extracted again one at a time, so that only the chunk that
kills a worker on its own is lost, each of its articles rejected with the reason. Workers that
cannot start at all raise ``WorkersFailed``.

One process (``jobs=1``), or an input that fits in one chunk, runs in the calling process with no
pool at all, so a small input pays nothing for the workers.
"""
from __future__ import annotations

import importlib
import itertools
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial

from .budget import Budget
from .config import per_run, setting
from .errors import WorkersFailed
from .ingest import MAX_RAW_CHARS
from .records import ArticleInput, ArticleRecord, Rejection

Item = ArticleInput | Rejection
Result = ArticleRecord | Rejection
ChunkExtractor = Callable[[list[ArticleInput]], list[Result]]

# The extractor package (the package's own ``extract`` attribute is the function of that name).
extractor = importlib.import_module("strikewatch.extract")
# Enough to load every model the extractor uses: a count, a place, a casualty toll and a phone call.
WARM_UP_TEXT = ("Russia launched 40 drones at Kyiv overnight, the air force said. Two people were killed. "
                "President Zelensky spoke with President Macron by phone on Sunday.")


def default_jobs() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


@dataclass(frozen=True)
class ParallelOptions:
    """How the work is shared out; the defaults come from defaults.toml [parallel]."""

    jobs: int = per_run(1)  # worker processes; 1 extracts in the calling process
    chunk_size: int = setting("parallel", "chunk_size")  # articles a worker extracts per task
    chunks_in_flight: int = setting("parallel", "chunks_in_flight")  # tasks queued per worker ahead
    # seconds one article may take to extract; None: [limits] time_budget_seconds; 0: no limit
    time_budget: float | None = per_run(None)

    def __post_init__(self) -> None:
        for name in ("jobs", "chunk_size", "chunks_in_flight"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.time_budget is not None and not self.time_budget >= 0:
            raise ValueError(f"time_budget must be 0 or more seconds, got {self.time_budget}")


_BUDGETS: dict[float | None, Budget] = {}  # this process's budget workers, kept from chunk to chunk


def extract_chunk(articles: list[ArticleInput], time_budget: float | None = None) -> list[Result]:
    """The record or rejection of each article, in order, each extracted within TIME_BUDGET seconds
    (None: [limits] time_budget_seconds; 0: no limit). Runs in a worker process, or in the calling
    one for a small input."""
    budget = _BUDGETS.get(time_budget)
    if budget is None:
        budget = _BUDGETS[time_budget] = Budget(_extract_article, time_budget, prepare=_prepare)
    budget.prepare(articles)  # the chunk's sentences parsed together: the same records, sooner
    return [budget.run(article) for article in articles]


def _extract_article(article: ArticleInput) -> ArticleRecord:
    return extractor.extract_article(article)  # looked up when called, so that a replaced one is used


def _prepare(articles: list[ArticleInput]) -> None:
    extractor.prepare(articles)


def close_budgets() -> None:
    """Stop this process's budget workers."""
    while _BUDGETS:
        _BUDGETS.popitem()[1].close()


def extract_parallel(items: Iterable[Item], options: ParallelOptions | None = None,
                     extract: ChunkExtractor | None = None) -> Iterator[Result]:
    """The record or rejection of each item, in input order, extracted in ``options.jobs`` processes."""
    for _, result in extract_pairs(items, options, extract):
        yield result


def extract_pairs(items: Iterable[Item], options: ParallelOptions | None = None,
                  extract: ChunkExtractor | None = None,
                  wanted: Callable[[ArticleInput], bool] | None = None,
                  ) -> Iterator[tuple[Item, Result | None]]:
    """Each item with its record or rejection, in input order.

    A read rejection is its own result. An article for which WANTED (run here, in the calling
    process) says False is not extracted: its result is None. EXTRACT maps a list of articles to
    their results; it must be a module-level function, since it is sent to the workers by name. By
    default it is ``extract_chunk`` within ``options.time_budget``.
    """
    options = options or ParallelOptions()
    if extract is None:
        extract = partial(extract_chunk, time_budget=options.time_budget)
    chunks = _chunks(iter(items), options.chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if options.jobs == 1 or second is None:
        try:
            for chunk in itertools.chain([first], [second] if second else [], chunks):
                todo = _todo(chunk, wanted)
                yield from _merged(chunk, todo, extract([chunk[i] for i in todo]) if todo else [])
        finally:
            close_budgets()
        return
    yield from _pooled(itertools.chain([first, second], chunks), options, extract, wanted)


def _todo(chunk: list[Item], wanted: Callable[[ArticleInput], bool] | None) -> list[int]:
    """The positions in CHUNK of the articles to extract."""
    return [i for i, item in enumerate(chunk)
            if isinstance(item, ArticleInput) and (wanted is None or wanted(item))]


def _merged(chunk: list[Item], todo: list[int],
            results: list[Result]) -> Iterator[tuple[Item, Result | None]]:
    """Each item of CHUNK with its result: its own for a rejection, None for an article not extracted."""
    done = dict(zip(todo, results, strict=True))
    for i, item in enumerate(chunk):
        yield item, item if isinstance(item, Rejection) else done.get(i)


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _pooled(chunks: Iterator[list[Item]], options: ParallelOptions, extract: ChunkExtractor,
            wanted: Callable[[ArticleInput], bool] | None) -> Iterator[tuple[Item, Result | None]]:
    """Keep the pool busy with a bounded window of chunks; yield the oldest as soon as it is done."""
    limit = options.jobs * options.chunks_in_flight
    pool = _Pool(options.jobs, extract)
    window: deque[_Task] = deque()
    try:
        while True:
            while len(window) < limit and (chunk := next(chunks, None)) is not None:
                window.append(pool.submit(_Task(chunk, _todo(chunk, wanted))))
            if not window:
                return
            task = window.popleft()
            try:
                results = pool.result(task)
            except BrokenProcessPool:
                # A dead worker fails every chunk in flight, not only its own: extract them again one
                # at a time, so that only the chunk that kills a worker on its own is rejected.
                suspects = [task, *window]
                window.clear()
                for suspect in suspects:
                    yield from _merged(suspect.chunk, suspect.todo, pool.alone(suspect))
                continue
            yield from _merged(task.chunk, task.todo, results)
    finally:
        pool.close()


@dataclass
class _Task:
    chunk: list[Item]  # every item, in input order
    todo: list[int]  # the positions of the articles sent to a worker
    future: Future | None = None  # their results; None when there was nothing to send

    def articles(self) -> list[ArticleInput]:
        return [self.chunk[i] for i in self.todo]  # _todo keeps the positions of articles only


class _Pool:
    """A process pool that can be started again after a worker dies."""

    def __init__(self, jobs: int, extract: ChunkExtractor) -> None:
        self.jobs, self.extract = jobs, extract
        self.executor = _new_executor(jobs, extract)
        self.done = 0  # chunks extracted since the start: a pool that never did one cannot start at all

    def submit(self, task: _Task) -> _Task:
        self.restart()
        task.future = self.executor.submit(self.extract, task.articles()) if task.todo else None
        return task

    def result(self, task: _Task) -> list[Result]:
        if task.future is None:
            return []
        results = task.future.result()
        self.done += 1
        return results

    def alone(self, task: _Task) -> list[Result]:
        """TASK's results, extracted with nothing else in flight; its articles rejected if a worker dies."""
        try:
            return self.result(self.submit(task))
        except BrokenProcessPool as error:
            if not self.done:
                raise WorkersFailed(f"the worker processes stopped before extracting anything ({error}); "
                                    "run with --jobs 1 to see why") from error
            return [_died(article, error) for article in task.articles()]

    def restart(self) -> None:
        """A new executor in place of a broken one (concurrent.futures has no public flag for it)."""
        if getattr(self.executor, "_broken", False):
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = _new_executor(self.jobs, self.extract)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _new_executor(jobs: int, extract: ChunkExtractor) -> ProcessPoolExecutor:
    # Not "fork": a forked copy of a process that holds threads or open database connections (the
    # store's) can deadlock. A fresh interpreter per worker costs about a second, paid once.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":  # the fork server imports the extractor once; each worker forks from it
        context.set_forkserver_preload(["strikewatch.extract"])
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=warm_up, initargs=(extract,))


def warm_up(extract: ChunkExtractor | None = None) -> None:
    """Start a new worker: follow its parent's death, then load the extractor's models (and start
    the budget worker, for ``extract_chunk``) before the first chunk arrives."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="parent-watch").start()
    if isinstance(extract, partial) and extract.func is extract_chunk:
        extract([ArticleInput(id="warm-up", text=WARM_UP_TEXT)])
    else:
        extractor.extract_article(ArticleInput(id="warm-up", text=WARM_UP_TEXT))


def _exit_with(parent: multiprocessing.process.BaseProcess) -> None:
    """Exit when PARENT ends. A parent killed outright (SIGKILL, the out-of-memory killer) never
    shuts its pool down, and its idle workers, each holding the models, would live on."""
    parent.join()
    os._exit(0)


def _died(article: ArticleInput, error: BaseException) -> Rejection:
    reason = f"extractor failed: its worker process died ({error or type(error).__name__})"
    return Rejection(article.id, reason, raw=article.text[:MAX_RAW_CHARS])
