"""Extraction within a time budget: one article at a time in a worker process, ended when it overruns.

A pattern that backtracks badly holds Python's interpreter inside the regular-expression engine,
where no signal or thread can stop it; a separate process can always be stopped. ``Budget`` forks
a worker the first time it is used, sends it one article at a time and waits for the result while
the worker has used at most ``seconds`` of CPU time (so a busy machine does not cost a normal
article its record), and at most ``WALL_FACTOR`` times that of wall-clock time. A worker that
overruns is killed; the article becomes a Rejection that says so, and the next article gets a
fresh worker, forked again from the warm parent (the models are loaded once, before the first
fork, and shared).

``seconds`` of 0 or None runs the work in the calling process, with no limit.

Work that is cheaper done for many articles at once than for each (spaCy parses a batch of
sentences in half the time) is done ahead by ``prepare``, where the work runs, within the budget of
all the articles together. It only saves time: when it fails or overruns, nothing of it is kept
and each article is read as if it had never been prepared.

    >>> with Budget(extract_article, 2.0, prepare=prepare_articles) as budget:
    ...     budget.prepare(chunk)
    ...     for item in chunk:
    ...         result = budget.run(item)   # an ArticleRecord, or a Rejection saying why not
"""
from __future__ import annotations

import gc
import inspect
import multiprocessing
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .limits import LimitOptions
from .records import ArticleInput, Rejection

POLL_SECONDS = 0.02  # how often the worker's CPU time is checked while it extracts
# A worker that uses little CPU but does not answer (starved by a busy machine, or blocked) is stopped
# after this many times the budget of wall-clock time.
WALL_FACTOR = 10
MAX_RAW_CHARS = 10_000  # how much of a rejected article's text a Rejection keeps
WARM_UP_TEXT = ("KYIV, July 4 — Russia launched 40 drones and two missiles at Kyiv overnight, the air force "
                "said. Air defence shot down 35 drones. Two people were injured in Zolochiv, and talks in "
                "Brussels went on.")
# The Ukrainian and Russian readers load their dictionaries and place tables on first use, some 0.6 s
# of CPU time each: they are warmed in the parent when the first article in that language comes (and
# the worker forked again), so that this is not spent inside an article's budget, nor by English runs.
WARM_UP_TEXTS = {"uk": "У ніч на 4 липня противник атакував Харківську область 40 ударними БпЛА типу Shahed. "
                       "Збито 35 дронів. У Золочеві поранено двох людей.",
                 "ru": "В течение прошедшей ночи над территорией Белгородской области уничтожены 20 "
                       "украинских беспилотных летательных аппаратов. В Шебекино ранены два человека."}


class Budget:
    """Runs WORK(article) for one article at a time in a worker process, at most SECONDS each."""

    def __init__(self, work: Callable[[ArticleInput], Any], seconds: float | None = None,
                 *, stage: str = "extractor", start_seconds: float | None = None,
                 prepare: Callable[[list[ArticleInput]], Any] | None = None) -> None:
        self.work = work
        self.before = prepare  # work done ahead for many articles at once; speed only
        limits = LimitOptions()
        self.seconds = limits.time_budget_seconds if seconds is None else seconds
        self.stage = stage  # how a failure is named: "extractor failed: ..."
        self.start_seconds = limits.worker_start_seconds if start_seconds is None else start_seconds
        self._process: Any = None
        self._connection: Any = None

    def __enter__(self) -> Budget:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, article: ArticleInput) -> Any:
        """WORK(ARTICLE), or a Rejection of ARTICLE when the work fails or overruns the budget."""
        if not self.seconds or self.seconds <= 0:
            try:
                return self.work(article)
            except Exception as error:  # one article must never stop a batch; the reason is kept
                return self._rejection(article, f"{self.stage} failed: {type(error).__name__}: {error}")
        connection = self._worker(getattr(article, "language", None))
        try:
            connection.send(article)
            ready = self._wait(connection)
        except (OSError, EOFError):  # the worker died before it answered
            ready = False
        if not ready:
            self._kill()
            return self._rejection(article, f"took more than {self.seconds:g} s to extract (the per-article "
                                            "time budget, [limits] time_budget_seconds); extraction stopped")
        try:
            kind, value = connection.recv()
        except (OSError, EOFError):
            self._kill()
            return self._rejection(article, f"{self.stage} failed: the worker process ended unexpectedly")
        if kind == "ok":
            return value
        if kind == "interrupt":
            self._kill()
            raise KeyboardInterrupt
        return self._rejection(article, f"{self.stage} failed: {value}")

    def prepare(self, articles: list[ArticleInput]) -> None:
        """Run the PREPARE work on ARTICLES where their work will run, within the budget of them all.
        Nothing is raised and nothing is lost when it fails: a worker that overruns is stopped, and
        the articles are then read unprepared."""
        if self.before is None or not articles:
            return
        if not self.seconds or self.seconds <= 0:
            try:
                self.before(articles)
            except Exception:  # noqa: S110 - speed only: the articles are read unprepared
                pass
            return
        connection = self._worker()
        try:
            connection.send(("prepare", articles))
            ready = self._wait(connection, self.seconds * len(articles))
            answer = connection.recv() if ready else None
        except (OSError, EOFError):
            answer = None
        if answer is None:
            self._kill()
        elif answer[0] == "interrupt":
            self._kill()
            raise KeyboardInterrupt

    def _wait(self, connection: Any, seconds: float | None = None) -> bool:
        """Wait for the worker's answer while it has used less than SECONDS (default: the budget) of
        CPU time (so that a busy machine does not reject a normal article), and at most WALL_FACTOR
        times that of wall-clock time; True when an answer came."""
        seconds = self.seconds if seconds is None else seconds
        start_cpu, start = _cpu_seconds(self._process.pid), time.monotonic()
        while not connection.poll(POLL_SECONDS):
            cpu = _cpu_seconds(self._process.pid)
            used = cpu - start_cpu if cpu is not None and start_cpu is not None else time.monotonic() - start
            if used > seconds or time.monotonic() - start > WALL_FACTOR * seconds:
                return connection.poll(0)
        return True

    def close(self) -> None:
        """Stop the worker, if one is running."""
        if self._connection is not None:
            try:
                self._connection.send(None)
            except OSError:
                pass
        self._kill()

    # The worker --------------------------------------------------------------------------------

    def _worker(self, language: str | None = None) -> Any:
        """The worker, forked (again) from this process once its models, and LANGUAGE's, are loaded."""
        warm = language not in WARM_UP_TEXTS or language in _WARM
        if self._process is not None and self._process.is_alive() and warm:
            return self._connection
        self.close()
        _warm_up(language)
        context = multiprocessing.get_context("fork")
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child, self.work, parent, self.before), daemon=True,
                                  name="strikewatch-extract")
        with warnings.catch_warnings():
            # Python 3.12+ warns about forking a process that has threads (a web server, a test
            # runner's); the worker only computes and never touches the parent's locks or sockets.
            warnings.simplefilter("ignore", DeprecationWarning)
            process.start()
        child.close()
        if not parent.poll(self.start_seconds):
            process.kill()
            raise RuntimeError(f"the extraction worker did not start within {self.start_seconds:g} s")
        parent.recv()  # "ready"
        self._process, self._connection = process, parent
        return parent

    def _kill(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(timeout=10)
            self._process.close()
        if self._connection is not None:
            self._connection.close()
        self._process = self._connection = None

    @staticmethod
    def _rejection(article: ArticleInput, reason: str) -> Rejection:
        return Rejection(article.id, reason, raw=article.text[:MAX_RAW_CHARS])


def _cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) process PID has used, from /proc; None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _serve(connection: Any, work: Callable[[ArticleInput], Any], parent_end: Any = None,
           prepare: Callable[[list[ArticleInput]], Any] | None = None) -> None:
    """The worker's loop: an article in, ("ok", result), ("error", reason) or ("interrupt", None) out;
    or ("prepare", articles) in, and ("ok", None) out once PREPARE has run on them (or failed).

    PARENT_END, the parent's end of the pipe that the fork copied, is closed first: the worker then
    reads the end of its input (and exits) when its parent ends, even a parent killed outright.
    """
    if parent_end is not None:
        parent_end.close()
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - the parent owns the terminal
    connection.send(("ready", None))
    while True:
        try:
            article = connection.recv()
        except (EOFError, OSError):
            return
        if article is None:
            return
        if isinstance(article, tuple):  # ("prepare", articles)
            try:
                if prepare is not None:
                    prepare(article[1])
                connection.send(("ok", None))
            except KeyboardInterrupt:
                connection.send(("interrupt", None))
            except Exception:  # speed only: the articles are read unprepared
                connection.send(("ok", None))
            continue
        try:
            answer = ("ok", work(article))
        except KeyboardInterrupt:
            answer = ("interrupt", None)
        except Exception as error:  # the parent turns it into a rejection of this article
            answer = ("error", f"{type(error).__name__}: {error}")
        try:
            connection.send(answer)
        except Exception as error:  # a result that cannot be sent back (not picklable)
            connection.send(("error", f"{type(error).__name__}: {error}"))


_WARM: set[str | None] = set()  # None: the English extractor; "uk", "ru": those readers too


def _warm_up(language: str | None = None) -> None:
    """Load the extractor's models in this process once (and LANGUAGE's reader, for Ukrainian and
    Russian), so that every worker forked afterwards shares them."""
    if None in _WARM and (language not in WARM_UP_TEXTS or language in _WARM):
        return
    with _uncollected():
        _load(language)


@contextmanager
def _uncollected() -> Iterator[None]:
    """Run the block with the cycle collector off, then keep what it made out of later collections
    (``gc.freeze``). Loading the models and tables makes some hundred thousand objects that live as long
    as the process, and very little cyclic garbage (a few dozen objects): the collector, set off again
    and again by those allocations, would walk the whole growing heap several times for nothing (some
    0.4 s of CPU time, a tenth of the start-up), and a worker forked afterwards would walk it again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _load(language: str | None) -> None:
    from .extract import _extract_article  # the real extractor, whatever a caller wraps around it

    if None not in _WARM:
        from . import context, dates, nlp, places
        from . import language as languages
        from .extract import model

        _extract_article(ArticleInput(id="warm-up", text=WARM_UP_TEXT, published="2025-01-01"))
        for module in (places, dates, nlp, context, model, languages):  # every table they load on first use
            _call_loaders(module)
        _WARM.add(None)
    if language in WARM_UP_TEXTS and language not in _WARM:
        from .extract import cyrillic_places

        _extract_article(ArticleInput(id="warm-up", text=WARM_UP_TEXTS[language], published="2025-01-01",
                                      language=language))
        _call_loaders(cyrillic_places)
        _WARM.add(language)


def _call_loaders(module: Any) -> None:
    """Call every zero-argument cached loader of MODULE."""
    for value in list(vars(module).values()):
        if callable(value) and hasattr(value, "cache_info") and _no_arguments(value):
            value()


def _no_arguments(function: Callable) -> bool:
    try:
        return not any(p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                       for p in inspect.signature(function).parameters.values())
    except (TypeError, ValueError):
        return False
