"""Inputs are recognised by content: feeds, exports, URL lists and pages whatever their names."""
from __future__ import annotations

import io

import pytest

from conftest import DATA
from strikewatch.ingest import ReadOptions, read_inputs
from strikewatch.records import ArticleInput, Rejection
from strikewatch.sources.sniff import choose_kind, sniff


@pytest.mark.parametrize(("head", "kind"), [
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
    (b'\xef\xbb\xbf<?xml version="1.0"?><!-- gen --><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "feed"),
    (b"<!DOCTYPE html><html><head><title>x</title>", "html"),
    (b"  <html lang='en'><body><p>Drones.</p>", "html"),
    (b'<?xml version="1.0"?><urlset>', "html"),
    (b'{\n "name": "Air Force", "type": "public_channel",\n "id": 1,\n "messages": [', "telegram"),
    (b'{"id": "a1", "text": "Drones hit Kyiv."}\n{"id": "a2", "text": "x"}\n', "jsonl"),
    (b'{\n  "id": "a1",\n  "text": "Drones hit Kyiv."\n}\n', "json"),
    (b'[{"id": "a1", "text": "Drones hit Kyiv."}]', "json"),  # one JSON document, on one line
    (b'{"id": "a1", "text": "unterminated\n{"id": "a2", "text": "x"}\n{"id": "a3", "text": "y"}\n', "jsonl"),
    (b'{"id": "a1"}\r{"id": "a2"}\r', "jsonl"),  # old Mac line endings
    ('{"id": "a1"}\n'.encode("utf-16"), "utf16"), ('{"id": "a1"}\n'.encode("utf-16-le"), "utf16"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "binary"),
    (b"# morning reading\nhttps://kyiv-ledger.example/a\n\nhttp://odesa.example/b?x=1\n", "urls"),
    (b"Drones hit Odesa port\n\nThe port was hit overnight.", "text"),
    (b"https://kyiv-ledger.example/a was hit by a drone overnight", "text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"  \n\t", None),
])
def test_sniff(head, kind):
    assert sniff(head, complete=True) == kind


@pytest.mark.parametrize(("sniffed", "suffix", "kind"), [
    ("feed", ".txt", "feed"), ("telegram", ".json", "telegram"), ("urls", ".txt", "urls"),
    ("html", ".txt", "html"), ("text", ".html", "html"), ("jsonl", ".json", "jsonl"),
    ("jsonl", ".txt", "jsonl"), ("utf16", ".jsonl", "utf16"),
    ("json", ".jsonl", "jsonl"), ("text", ".jsonl", "jsonl"), ("jsonl", ".md", "jsonl"),
    ("text", ".md", "text"), ("binary", ".log", "binary"), ("binary", ".jsonl", "binary"),
    ("feed", ".XML", "feed"), ("text", ".xml", "feed"), (None, ".md", "text"),
])
def test_choose_kind(sniffed, suffix, kind):
    assert choose_kind(sniffed, suffix) == kind


def test_one_call_reads_every_kind_in_order(tmp_path):
    paths = [DATA / "pages" / "wire_jsonld.html", DATA / "feeds" / "frontline_atom.xml",
             DATA / "telegram" / "result.json", DATA / "kharkiv_strike.txt"]
    items = list(read_inputs([str(path) for path in paths]))
    kinds = [item.id.split(":")[0] if isinstance(item, ArticleInput) else "rejected" for item in items]
    # the export's Ukrainian post is read; its German one is rejected
    assert kinds == [str(paths[0]), "tag", "tag", "tag", "telegram", "telegram", "telegram", "telegram",
                     "telegram", "rejected", str(paths[3])]


def test_feed_and_page_on_standard_input():
    feed = (DATA / "feeds" / "kyiv_ledger_rss.xml").read_bytes()
    assert len(list(read_inputs(["-"], stdin=io.BytesIO(feed)))) == 3
    page = (DATA / "pages" / "regional_portal.html").read_bytes()
    [item] = read_inputs(["-"], stdin=io.BytesIO(page))
    assert item.id == "stdin" and item.outlet == "Black Sea Herald"


def test_url_list_is_fetched_page_by_page_and_failures_are_rejected(httpserver, write):
    page = (DATA / "pages" / "regional_portal.html").read_bytes()
    feed = (DATA / "feeds" / "frontline_atom.xml").read_bytes()
    httpserver.expect_request("/odesa").respond_with_data(page, content_type="text/html; charset=utf-8")
    httpserver.expect_request("/feed").respond_with_data(feed, content_type="application/atom+xml")
    httpserver.expect_request("/missing").respond_with_data("no such page", status=404)
    httpserver.expect_request("/photo.jpg").respond_with_data(b"\xff\xd8\xff\xe0" + bytes(500),
                                                              content_type="image/jpeg")
    urls = [httpserver.url_for(p) for p in ("/odesa", "/missing", "/feed", "/photo.jpg")]
    path = write("urls.txt", "# pages to read\n" + "\n".join(urls) + "\n" + urls[0] + "\n")
    items = list(read_inputs([path], options=ReadOptions(allow_private=True, delay=0, retries=0)))
    assert isinstance(items[0], ArticleInput) and items[0].id == urls[0]
    assert items[0].title == "Odesa port hit by drones overnight, three injured"
    assert [item.message() for item in items if isinstance(item, Rejection)] == [
        f"{urls[1]}: HTTP 404 NOT FOUND",
        f"{urls[3]}: not an HTML page or a feed (served as image/jpeg)",
        f'{urls[0]}: duplicate id "{urls[0]}" (first used by {urls[0]})',
    ]
    assert sum(isinstance(item, ArticleInput) for item in items) == 1 + 3  # the page and three entries


def test_url_list_refuses_loopback_without_the_flag(httpserver, write):
    httpserver.expect_request("/odesa").respond_with_data("<html></html>", content_type="text/html")
    url = httpserver.url_for("/odesa")
    [item] = read_inputs([write("urls.txt", url + "\n")])
    assert isinstance(item, Rejection)
    assert item.reason.startswith("refused: localhost resolves to non-public address 127.0.0.1") or \
        item.reason.startswith("refused: 127.0.0.1 resolves to non-public address 127.0.0.1")
    assert "--allow-private-addresses" in item.reason
    assert len(httpserver.log) == 0  # nothing was requested
