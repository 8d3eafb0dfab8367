"""Saved HTML pages of four layouts: main text, title, date and outlet, and no boilerplate."""
from __future__ import annotations

import pytest

from conftest import DATA
from strikewatch.ingest import read_inputs
from strikewatch.records import ArticleInput, Rejection
from strikewatch.sources.pages import is_boilerplate_line, read_page

PAGES = DATA / "pages"

CASES = {
    # A wire story: div soup, metadata in JSON-LD only, share rail, sidebar, newsletter box.
    "wire_jsonld.html": dict(
        title="Russia fires 9 missiles and 87 drones at Ukraine's energy grid",
        published="2025-02-11", outlet="Continental Wire",
        url="https://continental-wire.example/news/russia-missiles-drones-energy-grid-0211",
        first="Russia attacked Ukraine's power system overnight with nine ballistic and cruise missiles",
        last="asked households to limit their use of electricity during peak hours.",
        boilerplate=["Share on", "Related coverage", "Bryansk region with drones", "Morning Briefing",
                     "Subscribe", "Terms of use", "Log in", "Markets"]),
    # A regional portal: table layout, a date in <meta name="date">, reader comments, popular list.
    "regional_portal.html": dict(
        title="Odesa port hit by drones overnight, three injured", published="2025-03-22",
        outlet="Black Sea Herald", url="https://blacksea-herald.example/odesa/2025/odesa-port-drones-three-injured",
        first="Russian attack drones struck port infrastructure in Odesa overnight into Saturday",
        last="the port authority said.",
        boilerplate=["Fontanka", "sailor77", "Chornomorsk", "thank you to our air defence", "Classifieds",
                     "tram route", "Advertisement", "Reprinting", "Tags:"]),
    # A magazine feature: <article> with a figure, newsletter aside, "Read also" teaser, author bio.
    "magazine_figure.html": dict(
        title="The night Lviv's old town shook", published="2025-04-30", outlet="Frontline Review",
        url="https://frontline-review.example/features/lviv-old-town-missile-night",
        first="A cruise missile strike on a residential street left seven people dead",
        last="the shelter in the basement of a nearby school.",
        boilerplate=["Photograph: Olena Moroz", "Sign up to The Frontline Brief", "Read also",
                     "senior correspondent", "More from Features", "long-range drones", "Cookie settings",
                     "Support our journalism"]),
    # A blog post: <time> in the byline, a comment thread quoting figures, widgets, share buttons.
    "blog_comments.html": dict(
        title="Drones attack Belgorod substation, governor reports power cuts", published="2025-05-17",
        outlet="Northern Monitor", url=None,
        first="Ukrainian drones attacked an electrical substation in Russia's Belgorod region",
        last="infrastructure used by the Russian military.",
        boilerplate=["lights went out", "impossible to check", "Leave a Reply", "Share this",
                     "Recent Posts", "Proudly powered", "12 thoughts"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_page_text_title_date_and_outlet(name):
    case = CASES[name]
    path = str(PAGES / name)
    [item] = read_inputs([path])
    assert isinstance(item, ArticleInput), item
    assert (item.id, item.title, item.published, item.outlet, item.url) == (
        path, case["title"], case["published"], case["outlet"], case["url"])
    assert item.text.startswith(case["first"])
    assert item.text.endswith(case["last"])
    assert "\n\n" in item.text  # paragraphs are kept apart
    for phrase in case["boilerplate"]:
        assert phrase not in item.text, f"{phrase!r} leaked into the text of {name}"


def test_page_headline_is_not_repeated_in_the_text():
    for name, case in CASES.items():
        [item] = read_inputs([str(PAGES / name)])
        assert case["title"] not in item.text


def test_every_paragraph_of_the_story_is_kept():
    [item] = read_inputs([str(PAGES / "wire_jsonld.html")])
    assert len(item.text.split("\n\n")) == 5


def test_page_is_recognised_by_content_whatever_its_name(tmp_path):
    saved = tmp_path / "saved-article.download"
    saved.write_bytes((PAGES / "regional_portal.html").read_bytes())
    [item] = read_inputs([str(saved)])
    assert item.title == "Odesa port hit by drones overnight, three injured"


def test_fetched_page_takes_the_url_it_came_from_when_it_has_no_canonical():
    page = (PAGES / "blog_comments.html").read_bytes()
    article = read_page("https://northern-monitor.example/2025/05/17/belgorod", page,
                        url="https://northern-monitor.example/2025/05/17/belgorod")
    assert article.url == "https://northern-monitor.example/2025/05/17/belgorod"
    assert article.id == "https://northern-monitor.example/2025/05/17/belgorod"


def test_page_of_links_only_is_rejected(write):
    links = "".join(f"<li><a href='/{i}'>Drone attack story number {i}</a></li>" for i in range(30))
    page = f"<html><body><nav><ul>{links}</ul></nav></body></html>"
    path = write("index.html", page)
    [item] = read_inputs([path])
    assert isinstance(item, Rejection) and item.reason == "no article text found in the page"
    assert item.raw.startswith("<html>")


@pytest.mark.parametrize(("line", "boilerplate"), [
    ("Read also: How Lviv's museums hid their collections in 2022", True),
    ("Share this: Facebook | Telegram | Copy link", True),
    ("Follow our live coverage", True),
    ("Photo: Kyiv Ledger", True),
    ("Sign up for our morning newsletter", True),
    ("Officials urged residents to sign up for the air raid alert app before the winter.", False),
    ("Residents said they would read more about the shelters online.", False),
])
def test_boilerplate_lines(line, boilerplate):
    assert is_boilerplate_line(line) is boilerplate
