"""watch: new entries ingested exactly once across polls, outages, malformed XML and restarts."""
from __future__ import annotations

import logging
from functools import partial

import pytest
from werkzeug import Response

from conftest import DATA
from strikewatch import pipeline
from strikewatch.ingest import ReadOptions
from strikewatch.records import ArticleInput, Rejection
from strikewatch.watch import Poll, Watcher, WatchOptions, parse_interval

LOCAL = ReadOptions(allow_private=True, delay=0, retries=0, timeout=5)


STORIES = {
    1: "Russian drones attacked the Sumy region overnight, damaging private houses and a power line, the "
       "regional administration said. No one was injured.",
    2: "A ballistic missile hit a grain terminal in the port of Izmail on Friday evening, injuring two "
       "workers, the Odesa regional governor said.",
    3: "Ukrainian drones set fire to a fuel depot in Russia's Bryansk region, the local governor wrote on "
       "Telegram, adding that firefighters had contained the blaze by morning.",
    4: "Guided aerial bombs struck the outskirts of Zaporizhzhia, destroying a warehouse and wounding three "
       "people, according to the head of the regional military administration.",
    5: "Debris from a downed Shahed fell on a kindergarten in Kyiv's Obolonskyi district; the building was "
       "empty and no casualties were reported, the city military administration said.",
    6: "Kharkiv's mayor said a drone hit a tram depot in the Saltivskyi district before dawn, burning out "
       "four trams and injuring a night-shift driver.",
}


def rss(*stories: int) -> bytes:
    items = "".join(f"""<item><title>Overnight attack, report {n}</title>
      <link>https://kyiv-ledger.example/sumy/{n}</link><pubDate>Sat, 0{n} Mar 2025 07:00:00 +0200</pubDate>
      <description>{STORIES[n]}</description></item>""" for n in stories)
    channel = f"<channel><title>Kyiv Ledger</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


class FakeStore:
    """Records what it was given; knows an id once it has been ingested (stored or rejected)."""

    def __init__(self) -> None:
        self.batches: list[list[ArticleInput | Rejection]] = []
        self.ids: set[str] = set()

    def ingest(self, items):
        self.batches.append(list(items))
        self.ids.update(item.id if isinstance(item, ArticleInput) else item.input for item in items)

    def known_ids(self, ids):
        return set(ids) & self.ids

    def ingested(self) -> list[str]:
        items = [item for batch in self.batches for item in batch]
        return [item.id if isinstance(item, ArticleInput) else item.input for item in items]


class ChangingFeed:
    """A feed endpoint whose answer is set between polls: a feed, an outage or garbage."""

    def __init__(self) -> None:
        self.response = Response(rss(1, 2), content_type="application/rss+xml")

    def __call__(self, request):
        return self.response

    def serve(self, body: bytes, status: int = 200, content_type: str = "application/rss+xml") -> None:
        self.response = Response(body, status=status, content_type=content_type)


@pytest.fixture
def feed(httpserver):
    changing = ChangingFeed()
    httpserver.expect_request("/rss").respond_with_handler(changing)
    changing.url = httpserver.url_for("/rss")
    return changing


def watcher(urls, store, **options):
    ingest = store.ingest if isinstance(store, FakeStore) else partial(pipeline.ingest, store)
    return Watcher(urls, ingest=ingest, known=store.known_ids,
                   options=WatchOptions(every=0, read=LOCAL, **options), sleep=lambda seconds: None)


def test_new_entries_are_ingested_exactly_once_through_changes_outages_and_garbage(feed, caplog):
    store = FakeStore()
    watch = watcher([feed.url], store)
    caplog.set_level(logging.INFO, logger="strikewatch.watch")
    polls = []
    polls.append(watch.poll(feed.url))  # two entries
    polls.append(watch.poll(feed.url))  # nothing new
    feed.serve(rss(3, 1, 2))  # a new entry on top
    polls.append(watch.poll(feed.url))
    feed.serve(b"Service Unavailable", status=503, content_type="text/plain")  # down
    polls.append(watch.poll(feed.url))
    feed.serve(rss(5, 4, 3)[:-120])  # cut inside entry 3: 5 and 4 are whole, then malformed XML
    polls.append(watch.poll(feed.url))
    feed.serve(b"\x00\x01garbage\x02", content_type="application/octet-stream")
    polls.append(watch.poll(feed.url))
    feed.serve(rss(6, 5, 4, 3, 2, 1))  # back, with everything
    polls.append(watch.poll(feed.url))

    assert sorted(store.ingested()) == [f"https://kyiv-ledger.example/sumy/{n}" for n in range(1, 7)]
    assert len(store.ingested()) == len(set(store.ingested()))  # nothing twice
    assert all(isinstance(item, ArticleInput) for batch in store.batches for item in batch)
    assert [(p.new, p.seen) for p in polls] == [(2, 0), (0, 2), (1, 2), (0, 0), (2, 0), (0, 0), (1, 5)]
    assert polls[3].error == "HTTP 503 SERVICE UNAVAILABLE (gave up after 1 attempt)"
    assert polls[4].error.startswith("malformed XML")
    assert polls[5].error == "not an RSS or Atom feed (it looks like binary)"
    messages = [record.getMessage() for record in caplog.records if record.name == "strikewatch.watch"]
    assert f"{feed.url}: 2 new, 0 already seen, 0 rejected" in messages
    assert f"{feed.url}: not polled ({polls[3].error}); retrying next round" in messages
    assert len(messages) == 7  # one line per poll


def test_run_keeps_going_when_the_server_is_gone(httpserver):
    store = FakeStore()
    url = httpserver.url_for("/rss")
    httpserver.stop()  # connection refused
    try:
        rounds = watcher([url], store, max_polls=3).run()
    finally:
        httpserver.start()
    assert rounds == 3 and store.batches == []


def test_store_failure_is_logged_and_the_entries_retried(feed, caplog):
    store = FakeStore()
    calls = []

    def flaky_ingest(items):
        calls.append(len(items))
        if len(calls) == 1:
            raise RuntimeError("database is locked")
        store.ingest(items)

    watch = Watcher([feed.url], ingest=flaky_ingest, known=store.known_ids,
                    options=WatchOptions(every=0, read=LOCAL), sleep=lambda s: None)
    first, second = watch.poll(feed.url), watch.poll(feed.url)
    assert first.error == "RuntimeError: database is locked"
    assert (second.new, second.error) == (2, None)
    assert calls == [2, 2]


def test_rejected_entries_are_remembered_too(feed):
    store = FakeStore()
    feed.serve(b'<rss version="2.0"><channel><title>K</title><item><link>https://k.example/1</link></item>'
               b"</channel></rss>")
    watch = watcher([feed.url], store)
    assert watch.poll(feed.url) == Poll(feed.url, new=1, seen=0, rejected=1)
    assert watch.poll(feed.url) == Poll(feed.url, new=0, seen=1)


def test_a_feed_file_is_watched_too(tmp_path):
    path = tmp_path / "airforce.xml"
    path.write_bytes(rss(1))
    store = FakeStore()
    watch = watcher([str(path), str(tmp_path / "missing.xml")], store)
    first = watch.poll_all()
    path.write_bytes(rss(2, 1))
    second = watch.poll_all()
    assert [(p.new, p.seen) for p in first + second] == [(1, 0), (0, 0), (1, 1), (0, 0)]
    assert first[1].error == "cannot read (No such file or directory)"


def test_restart_with_a_real_store_skips_what_it_stored(feed, tmp_path):
    from strikewatch.store import Store

    url = f"sqlite:///{tmp_path / 'watch.db'}"
    store = Store(url)
    assert watcher([feed.url], store, max_polls=2).run() == 2
    assert store.articles()["total"] == 2
    feed.serve(rss(3, 2, 1))
    restarted = Store(url)  # a new process: nothing remembered but the database
    [poll] = watcher([feed.url], restarted).poll_all()
    assert (poll.new, poll.seen) == (1, 2)
    assert restarted.articles()["total"] == 3


def test_watch_command_once(feed, tmp_path, runner):
    from strikewatch.cli import cli

    db = str(tmp_path / "cli.db")
    args = ["watch", feed.url, "--db", db, "--once", "--allow-private-addresses"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    again = runner.invoke(cli, args)
    assert again.exit_code == 0
    from strikewatch.store import Store
    assert Store(f"sqlite:///{db}").articles()["total"] == 2


def test_watch_command_refuses_loopback_without_the_flag(feed, tmp_path, runner, caplog):
    from strikewatch.cli import cli

    caplog.set_level(logging.INFO, logger="strikewatch.watch")
    result = runner.invoke(cli, ["watch", feed.url, "--db", str(tmp_path / "x.db"), "--once"])
    assert result.exit_code == 1  # its only feed failed: not a success
    assert f"1 of 1 feeds could not be polled in the last round: {feed.url}" in result.output
    assert any("refused: " in record.getMessage() for record in caplog.records)


def test_watch_once_exits_1_only_when_a_feed_failed(feed, tmp_path, runner, httpserver):
    from strikewatch.cli import cli

    db = ["--db", str(tmp_path / "w.db"), "--once", "--allow-private-addresses"]
    missing = httpserver.url_for("/gone.xml")
    httpserver.expect_request("/gone.xml").respond_with_data("Not Found", status=404)
    result = runner.invoke(cli, ["watch", feed.url, missing, *db])
    assert result.exit_code == 1
    assert f"1 of 2 feeds could not be polled in the last round: {missing}" in result.output
    assert runner.invoke(cli, ["watch", feed.url, *db]).exit_code == 0


def test_fetch_linked_says_when_it_kept_the_teaser_and_keeps_the_reason(httpserver, tmp_path, caplog):
    from strikewatch.store import Store

    link = httpserver.url_for("/sumy/1")
    body = rss(1).replace(b"https://kyiv-ledger.example/sumy/1", link.encode())
    httpserver.expect_request("/rss").respond_with_data(body, content_type="application/rss+xml")
    httpserver.expect_request("/sumy/1").respond_with_data("gone", status=410)
    caplog.set_level(logging.INFO, logger="strikewatch.watch")
    with Store(f"sqlite:///{tmp_path / 'teaser.db'}") as store:
        read = ReadOptions(fetch=True, allow_private=True, delay=0, retries=0, timeout=5)
        watch = Watcher([httpserver.url_for("/rss")], ingest=partial(pipeline.ingest, store),
                        known=store.known_ids,
                        options=WatchOptions(every=0, read=read), sleep=lambda seconds: None)
        [poll] = watch.poll_all()
        assert (poll.new, poll.teasers) == (1, 1)
        [row] = store.articles()["items"]
        assert row["notes"] and row["notes"][0].startswith(f"the linked page {link} could not be fetched (")
        assert "410" in row["notes"][0] and "the feed's own text was kept" in row["notes"][0]
        assert store.article(row["id"])["text"] == STORIES[1]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("could not be fetched" in message and "410" in message for message in warnings)
    assert any("1 with the feed's text only" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(("value", "seconds"), [("90", 90), ("30s", 30), ("10m", 600), ("1h", 3600),
                                                 ("1h30m", 5400), ("0.5m", 30)])
def test_parse_interval(value, seconds):
    assert parse_interval(value) == seconds


@pytest.mark.parametrize("value", ["", "ten minutes", "0", "5d", "m"])
def test_parse_interval_refuses(value):
    with pytest.raises(ValueError):
        parse_interval(value)


def test_fixture_feeds_are_watchable():
    store = FakeStore()
    polls = watcher([str(DATA / "feeds" / "kyiv_ledger_rss.xml"), str(DATA / "feeds" / "frontline_atom.xml")],
                    store).poll_all()
    assert [p.new for p in polls] == [3, 3]
