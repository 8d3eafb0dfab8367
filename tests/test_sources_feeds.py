"""RSS 2.0, Atom and RSS 1.0 feeds: one article per entry, with its metadata, streamed."""
from __future__ import annotations

import io

import pytest

from conftest import DATA
from strikewatch.ingest import ReadOptions, read_inputs
from strikewatch.records import ArticleInput, Rejection
from strikewatch.sources.feeds import FeedError, html_to_text, outlet_name, parse_date, read_entries

FEEDS = DATA / "feeds"
RSS = str(FEEDS / "kyiv_ledger_rss.xml")
ATOM = str(FEEDS / "frontline_atom.xml")


def articles(*paths, **options):
    return list(read_inputs(list(paths), **options))


def test_rss_entries_become_articles_with_their_metadata():
    first, second, third = articles(RSS)
    assert first == ArticleInput(
        id="https://kyiv-ledger.example/2025/06/24/dnipro-ballistic-missile-strike",
        title="Ballistic missile strike on Dnipro kills four, injures 19",
        published="2025-06-24T11:32:00+03:00", outlet="Kyiv Ledger",
        url="https://kyiv-ledger.example/2025/06/24/dnipro-ballistic-missile-strike",
        text=first.text, language="en")
    # content:encoded (the full text) wins over the one-line description; no figure, script or link
    assert first.text.split("\n\n") == [
        "A Russian ballistic missile hit the centre of Dnipro on Tuesday morning, killing four people and "
        "injuring 19, regional governor Serhiy Lysak said.",
        "The missile struck near a bus stop during the morning rush hour. Two passenger buses and at least a "
        "dozen cars were damaged, and windows were blown out in nearby apartment blocks.",
        "Among the injured were two children, Lysak said. Eleven people remained in hospital on Tuesday "
        "evening, three of them in a serious condition.",
    ]
    # an opaque guid is not an id: the entry's link is
    assert second.id == "https://kyiv-ledger.example/2025/06/24/air-defence-drones-overnight"
    assert second.published == "2025-06-24T08:05:00+00:00"
    assert second.text.split("\n\n")[1] == ("Drone debris damaged two private houses in the Sumy region, "
                                            "officials said. No one was hurt.")
    assert third.text.startswith("Russian aircraft dropped guided aerial bombs")


def test_atom_entries_html_xhtml_and_summary():
    record, kharkiv, sumy = articles(ATOM)
    assert record.id == "tag:frontline-review.example,2025:news/kyiv-record-drone-attack"
    assert record.url == "https://frontline-review.example/news/kyiv-record-drone-attack"  # rel=alternate
    assert record.published == "2025-07-09T06:40:00+03:00"  # published, not updated
    assert record.outlet == "Frontline Review"  # "Frontline Review — Latest" without its generic tail
    assert record.text.startswith("Russia launched 728 drones and decoys and 13 missiles")
    assert len(record.text.split("\n\n")) == 3  # escaped HTML content, three paragraphs
    assert kharkiv.published == "2025-07-08T07:10:00+00:00"  # only <updated>
    assert kharkiv.text.split("\n\n")[1].startswith("Several apartment blocks and a kindergarten")  # xhtml
    assert sumy.text.startswith("Russian forces attacked 14 communities")  # the summary, no content
    assert "<p>" not in record.text + kharkiv.text


def test_feed_is_recognised_by_content_whatever_its_name(tmp_path):
    renamed = tmp_path / "feed"
    renamed.write_bytes((FEEDS / "frontline_atom.xml").read_bytes())
    assert len(articles(str(renamed))) == 3


def test_rss_1_0_rdf_feed(write):
    path = write("rdf.xml", """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://odesa-daily.example/rss"><title>Odesa Daily</title></channel>
  <item rdf:about="https://odesa-daily.example/n/771">
    <title>Drone debris falls on Izmail port</title>
    <link>https://odesa-daily.example/n/771</link>
    <dc:date>2025-08-02T05:40:00+03:00</dc:date>
    <description>Debris from a downed drone fell on the Izmail port overnight, damaging a grain
    terminal, the regional administration said. No one was injured in the attack.</description>
  </item>
</rdf:RDF>""")
    [item] = articles(path)
    assert (item.id, item.outlet, item.published) == ("https://odesa-daily.example/n/771", "Odesa Daily",
                                                      "2025-08-02T05:40:00+03:00")
    assert "grain terminal" in item.text


def test_malformed_feed_keeps_the_entries_before_the_break(write):
    text = (FEEDS / "kyiv_ledger_rss.xml").read_text()
    broken = text.replace("<title>Zaporizhzhia: guided bombs damage industrial site</title>",
                          "<title>Zaporizhzhia & guided bombs</title>")
    items = articles(write("broken.xml", broken))
    assert [type(item) for item in items] == [ArticleInput, ArticleInput, Rejection]
    assert items[2].input.endswith("broken.xml")
    assert items[2].reason.startswith("malformed XML (")
    assert items[2].reason.endswith("; the 2 entries before it were read")


def test_xml_that_is_not_a_feed_is_rejected(write):
    path = write("sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    [item] = articles(path)
    # not a feed root: the content is markup, read as a page, which has no article
    assert isinstance(item, Rejection)


def test_feed_reader_refuses_a_non_feed_root():
    with pytest.raises(FeedError, match=r"not an RSS or Atom feed \(its root element is <html>\)"):
        list(read_entries("page.xml", io.BytesIO(b"<html><body><p>Hello</p></body></html>")))


def test_entry_without_text_is_rejected_by_its_id(write):
    path = write("empty.xml", """<rss version="2.0"><channel><title>Kyiv Ledger</title>
      <item><title>Explosions in Kyiv</title><link>https://kyiv-ledger.example/n/1</link></item>
    </channel></rss>""")
    [item] = articles(path)
    assert item.message() == "https://kyiv-ledger.example/n/1: empty text"


def test_external_entities_are_not_resolved(write, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET VALUE")
    path = write("xxe.xml", f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><title>Evil</title><item><link>https://evil.example/1</link>
<description>Drones attacked the city overnight, officials said. &leak;</description>
</item></channel></rss>""")
    items = articles(path)
    assert items
    for item in items:
        seen = item.text if isinstance(item, ArticleInput) else item.reason + (item.raw or "")
        assert "TOP SECRET" not in seen


def test_linked_pages_are_fetched_only_when_asked(httpserver):
    page = (DATA / "pages" / "magazine_figure.html").read_bytes()
    httpserver.expect_request("/features/lviv").respond_with_data(page, content_type="text/html")
    link = httpserver.url_for("/features/lviv")
    feed = f"""<rss version="2.0"><channel><title>Frontline Review</title>
      <item><title>The night Lviv's old town shook</title><link>{link}</link>
      <pubDate>Wed, 30 Apr 2025 18:20:00 +0300</pubDate>
      <description>Seven people were killed when a cruise missile hit a street in Lviv.</description>
      </item></channel></rss>"""
    httpserver.expect_request("/rss").respond_with_data(feed, content_type="application/rss+xml")
    options = ReadOptions(fetch=True, allow_private=True, delay=0, retries=0)
    [summary_only] = read_inputs(["-"], stdin=io.BytesIO(feed.encode()))
    [full] = read_inputs(["-"], stdin=io.BytesIO(feed.encode()), options=options)
    assert summary_only.text == "Seven people were killed when a cruise missile hit a street in Lviv."
    assert full.text.startswith("A cruise missile strike on a residential street left seven people dead")
    assert (full.id, full.title, full.published, full.outlet) == (
        link, "The night Lviv's old town shook", "2025-04-30T18:20:00+03:00", "Frontline Review")


def test_linked_page_that_fails_falls_back_on_the_entry_text(httpserver):
    httpserver.expect_request("/gone").respond_with_data("gone", status=404)
    feed = f"""<rss version="2.0"><channel><title>Kyiv Ledger</title>
      <item><link>{httpserver.url_for('/gone')}</link><description>Drones hit a warehouse in Brovary
      overnight, the regional governor said. Nobody was hurt in the attack.</description></item>
      <item><link>{httpserver.url_for('/gone')}?2</link></item></channel></rss>"""
    options = ReadOptions(fetch=True, allow_private=True, delay=0, retries=0)
    kept, rejected = read_inputs(["-"], stdin=io.BytesIO(feed.encode()), options=options)
    assert kept.text.startswith("Drones hit a warehouse in Brovary")
    assert rejected.reason == f"HTTP 404 NOT FOUND (fetching {httpserver.url_for('/gone')}?2)"


@pytest.mark.parametrize(("value", "iso"), [
    ("Tue, 24 Jun 2025 11:32:00 +0300", "2025-06-24T11:32:00+03:00"),
    ("Tue, 24 Jun 2025 08:05:00 GMT", "2025-06-24T08:05:00+00:00"),
    ("2025-07-09T06:40:00Z", "2025-07-09T06:40:00+00:00"),
    ("2025-07-09", "2025-07-09T00:00:00"),
    ("last Tuesday", None),
    ("", None),
])
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def test_html_to_text_keeps_paragraphs_and_drops_scripts():
    html = "<p>First  paragraph.</p><script>x()</script><p>Second<br/>line.</p><ul><li>One<li>Two</ul>"
    assert html_to_text(html) == "First paragraph.\n\nSecond\nline.\n\nOne\n\nTwo"


@pytest.mark.parametrize(("title", "outlet"), [
    ("Kyiv Ledger - Latest news", "Kyiv Ledger"), ("Frontline Review | RSS", "Frontline Review"),
    ("News", "News"), ("Odesa: City News Today", "Odesa: City News Today"), (None, None)])
def test_outlet_name(title, outlet):
    assert outlet_name(title) == outlet
