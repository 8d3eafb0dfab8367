"""The pipeline over the store: progress is reported through a callback, never printed by the library."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from conftest_store import article, db_url_fixture, store_fixture  # noqa: F401
from strikewatch import pipeline
from strikewatch.records import ArticleInput, Rejection
from strikewatch.store import Store


def test_progress_wraps_the_stream_of_items_being_stored(store: Store) -> None:
    seen: list[str] = []
    entered: list[bool] = []

    @contextmanager
    def progress(items: Iterable) -> Iterator[Iterable]:
        entered.append(True)

        def counted() -> Iterator:
            for item in items:
                seen.append(item.id if isinstance(item, ArticleInput) else item.input)
                yield item
        yield counted()
        entered.append(False)

    items = [ArticleInput(**article("lviv-post")), Rejection("bad.jsonl:2", "not valid JSON"),
             ArticleInput(**article("lviv-post"))]
    summary = pipeline.ingest(store, items, progress=progress)
    assert seen == ["lviv-post", "bad.jsonl:2", "lviv-post"] and entered == [True, False]
    assert (summary.added, summary.rejected, summary.unchanged, summary.incidents) == (1, 1, 1, 1)


def test_without_a_progress_callback_nothing_is_written_to_the_terminal(store: Store, capsys) -> None:
    items = [ArticleInput(**article("lviv-post")) for _ in range(30)]
    assert pipeline.ingest(store, items).unchanged == 29
    assert capsys.readouterr() == ("", "")


def test_the_command_line_progress_bar_shows_on_a_terminal_for_a_long_batch(store: Store, monkeypatch,
                                                                             capsys) -> None:
    from strikewatch.cli_options import progress_bar

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    short = [ArticleInput(**article("lviv-post")) for _ in range(3)]
    pipeline.ingest(store, short, progress=progress_bar)
    assert "ingesting" not in capsys.readouterr().err  # too few to wait for
    long = [ArticleInput(**article("lviv-post")) for _ in range(25)]
    assert pipeline.ingest(store, long, progress=progress_bar).unchanged == 25
    assert "ingesting" in capsys.readouterr().err
