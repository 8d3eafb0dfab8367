"""The dashboard in-process: pages, JSON twins, escaping, headers, charts, highlights, the serve command."""

from __future__ import annotations

import itertools
import re
import sys
from datetime import date, timedelta
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from strikewatch import pipeline
from strikewatch.api import SECURITY_HEADERS, ServeOptions, create_app
from strikewatch.charts import casualties_svg, timeline_svg
from strikewatch.cli import cli
from strikewatch.ingest import read_inputs
from strikewatch.records import ArticleInput
from strikewatch.store import Store
from strikewatch.web import evidence_spans, highlight, show_value

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "articles.jsonl"
HOSTILE = ArticleInput(
    id="hostile-<b>",
    title="Kharkiv struck again <script>alert(1)</script>",
    outlet="<i>Wire</i>",
    published="2025-09-07T09:00:00+03:00",
    url="javascript:alert(1)",
    text=(
        "Russia launched 40 drones at Kharkiv overnight, the regional governor said on Sunday, and air "
        "defence shot down 33 of them. <script>alert('text')</script> Debris damaged a kindergarten and a "
        "tram depot.\n\n"
        "Three people were injured <img src=x onerror=alert(2)> in the Saltivskyi district, the governor "
        "said, and rescuers worked through the night to clear the rubble from the street."
    ),
)
PAGES = ["/", "/incidents", "/articles", "/incidents?place=Kyiv&sort=-killed", "/articles?q=drones"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}")
    pipeline.ingest(store, [*read_inputs([str(SAMPLES)]), HOSTILE])
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def html_of(client: TestClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    assert {h: response.headers[h] for h in SECURITY_HEADERS} == SECURITY_HEADERS
    return response.text


def no_inline_code(html: str) -> None:
    """The page needs nothing the CSP forbids: no inline script or style, no handler attribute."""
    assert "<script" not in html and "<style" not in html
    assert not re.search(r"<[^>]+\s(style|on\w+)\s*=", html)
    assert not re.search(r"""(src=|<link[^>]+href=)["']?(https?:)?//""", html)  # no asset from another host


def some_ids(client: TestClient) -> tuple[str, str]:
    incident = client.get("/api/incidents", params={"sort": "-conflicts"}).json()["items"][0]["id"]
    return incident, "sample-006"


# Pages and their twins ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", PAGES)
def test_list_pages_render_without_inline_code(client, url):
    no_inline_code(html_of(client, url))


def test_detail_pages_render_without_inline_code(client):
    incident, article = some_ids(client)
    for url in (f"/incidents/{incident}", f"/articles/{article}"):
        no_inline_code(html_of(client, url))


def test_each_page_has_a_json_twin_with_the_api_data(client):
    incident, article = some_ids(client)
    assert client.get(f"/incidents/{incident}.json").json() == client.get(f"/api/incidents/{incident}").json()
    assert (
        client.get(f"/incidents/{incident}?format=json").json()
        == client.get(f"/api/incidents/{incident}").json()
    )
    assert client.get(f"/articles/{article}.json").json() == client.get(f"/api/articles/{article}").json()
    filtered = client.get("/incidents.json", params={"attacker": "UA"}).json()
    assert filtered["items"] == client.get("/api/incidents", params={"attacker": "UA"}).json()["items"]
    assert filtered["filters"] == {"attacker": "UA"}
    overview = client.get("/index.json").json()
    assert overview["stats"] == client.get("/api/stats").json()
    assert client.get("/?format=json").json() == overview
    assert client.get("/articles?format=json").json()["total"] == client.get("/api/articles").json()["total"]
    assert f'href="/incidents/{incident}?format=json"' in html_of(client, f"/incidents/{incident}")


def test_an_empty_form_field_is_no_filter(client):
    everything = client.get("/incidents.json").json()["total"]
    empty_form = client.get(
        "/incidents.json?since=&until=&place=&attacker=&target=&min_drones=&q=&sort=-date"
    )
    assert empty_form.json()["total"] == everything


def test_sort_links_toggle_and_keep_the_filters(client):
    html = html_of(client, "/incidents?attacker=RU&sort=-killed")
    links = dict(re.findall(r'data-sort="(\w+)" href="([^"]+)"', html))
    assert unescape(links["killed"]) == "/incidents?attacker=RU&sort=killed"
    assert unescape(links["drones"]) == "/incidents?attacker=RU&sort=-drones"
    assert "Killed ▼" in html


def test_the_pager_links_the_next_page(client):
    total = client.get("/api/incidents").json()["total"]
    html = html_of(client, "/incidents?limit=2&place=")
    assert f"1–2 of {total} incidents" in html
    assert 'rel="next" href="/incidents?limit=2&amp;offset=2"' in html


def test_the_incident_page_shows_each_conflict(client):
    incident_id, _ = some_ids(client)
    incident = client.get(f"/api/incidents/{incident_id}").json()
    html = html_of(client, f"/incidents/{incident_id}")
    for field in incident["conflicts"]:
        assert f'class="claims-group conflict" id="claims-{field}"' in html
    for article in incident["articles"]:
        assert unescape(article["brief"]["headline"]) in unescape(html)


def test_the_incident_page_shows_each_places_own_figures(client):
    items = client.get("/api/incidents", params={"limit": 100}).json()["items"]
    incidents = [client.get(f"/api/incidents/{item['id']}").json() for item in items]
    with_reports = [i for i in incidents if i["place_reports"]]
    assert with_reports, "the samples hold an incident with a place's own figures"
    for incident in with_reports:
        html = unescape(html_of(client, f"/incidents/{incident['id']}"))
        section = html[html.index('id="place-reports"'):html.index('class="map-block"')]
        for report in incident["place_reports"]:
            for field, figure in report["figures"].items():
                row = re.search(rf'data-place="{re.escape(report["place"])}" data-field="{field}">(.*?)</tr>',
                                section, re.S)
                assert row, (report["place"], field)
                assert f'<td class="n value">{show_value(figure["value"])}</td>' in row.group(1)
                assert all(claim["quote"] in row.group(1) for claim in figure["claims"] if claim["quote"])
    without = next((i for i in incidents if not i["place_reports"]), None)
    if without:
        assert 'id="place-reports"' not in html_of(client, f"/incidents/{without['id']}")


# Errors as pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "status", "text"),
    [
        ("/incidents/no-such-incident", 404, "no incident with id"),
        ("/articles/no-such-article", 404, "no article with id"),
        ("/nowhere", 404, "no such page"),
        ("/incidents?since=last-week", 400, "since"),
        ("/incidents?colour=red", 400, "colour"),
        ("/?format=xml", 400, "format"),
    ],
)
def test_errors_are_pages_with_the_same_fields(client, url, status, text):
    response = client.get(url)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    assert text in unescape(response.text)
    assert {h: response.headers[h] for h in SECURITY_HEADERS} == SECURITY_HEADERS
    twin = client.get(url + ("&" if "?" in url else "?") + "format=json") if status == 404 else None
    if twin is not None:
        assert twin.json()["error"]["status"] == 404


# Untrusted text ----------------------------------------------------------------------------------


def test_hostile_markup_is_shown_as_text(client):
    url = "/articles/" + "hostile-%3Cb%3E"
    html = html_of(client, url)
    no_inline_code(html)
    assert "<b>" not in html and "<i>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert 'href="javascript' not in html
    for page in ("/", "/incidents", "/articles"):
        page_html = html_of(client, page)
        no_inline_code(page_html)
        assert "<i>Wire</i>" not in page_html


def test_posted_hostile_article_is_escaped(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'posted.db'}") as store:
        client = TestClient(create_app(store, ServeOptions.from_defaults(ingest_token="t0ken")))
        article = {
            "id": "posted",
            "title": "<svg onload=alert(1)>",
            "text": HOSTILE.text,
            "published": "2025-09-08",
        }
        assert (
            client.post("/api/articles", json=article, headers={"Authorization": "Bearer t0ken"}).status_code
            == 200
        )
        html = html_of(client, "/articles/posted")
        no_inline_code(html)
        assert "&lt;svg onload=alert(1)&gt;" in html


def test_an_untitled_article_is_listed_by_its_headline_or_id(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'untitled.db'}") as store:
        pipeline.ingest(store, [ArticleInput(id="untitled", text=HOSTILE.text, published="2025-09-08")])
        html = html_of(TestClient(create_app(store)), "/articles")
        assert 'href="/articles/untitled"' in html

# Highlights --------------------------------------------------------------------------------------

TEXT = "Russia launched 261 drones and 44 missiles at Kyiv & Odesa <overnight>."


def ev(field: str, quote: str, start: int | None = None) -> dict:
    start = TEXT.index(quote) if start is None else start
    return {"field": field, "quote": quote, "start": start, "end": start + len(quote)}


def marks(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<mark class="[^"]*" data-field="([^"]*)"', html)


def plain(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


ANCHOR = re.compile(r'<span class="anchor" id="q-(\d+)-(\d+)"></span>')


def marked(events: list[dict]) -> str:
    """The highlighted text without the empty anchors that links point at."""
    return ANCHOR.sub("", str(highlight(TEXT, evidence_spans(events))))


def test_every_quote_has_an_anchor_even_inside_a_merged_mark():
    crossing = [ev("drones.launched", "261 drones and 44"), ev("missiles.launched", "44 missiles")]
    events = [{"evidence": [*crossing, ev("places", "Kyiv")]}]
    html = str(highlight(TEXT, evidence_spans(events)))
    anchors = [(int(s), int(e)) for s, e in ANCHOR.findall(html)]
    quotes = [(TEXT.index(q), TEXT.index(q) + len(q)) for q in ("261 drones and 44", "44 missiles", "Kyiv")]
    assert sorted(anchors) == sorted(quotes)
    merged = re.search(r'<mark class="evidence merged"[^>]*>((?:<span class="anchor"[^>]*></span>)+)', html)
    assert merged and len(ANCHOR.findall(merged[1])) == 2  # both crossing quotes can still be linked


def test_each_quote_is_marked_and_labelled_and_the_text_kept():
    events = [
        {"evidence": [ev("drones.launched", "261 drones"), ev("places", "Kyiv"), ev("places", "Odesa")]}
    ]
    html = marked(events)
    assert plain(html) == TEXT
    assert "&lt;overnight&gt;" in html and "&amp;" in html
    assert re.findall(r'data-label="([^"]+)"[^>]*>([^<]+)</mark>', html) == [
        ("drones launched", "261 drones"),
        ("places", "Kyiv"),
        ("places", "Odesa"),
    ]


def test_the_same_quote_for_two_fields_is_one_mark_with_both_labels():
    events = [{"evidence": [ev("places", "Kyiv"), ev("target_country", "Kyiv")]}]
    html = marked(events)
    assert marks(html) == ["places target_country"]
    assert 'data-label="places · target country"' in html


def test_nested_quotes_nest():
    events = [
        {
            "evidence": [
                ev("drones.launched", "261 drones and 44 missiles"),
                ev("missiles.launched", "44 missiles"),
            ]
        }
    ]
    html = marked(events)
    assert re.search(
        r'data-field="drones.launched"[^>]*>261 drones and <mark[^>]*data-field="missiles.launched"'
        r"[^>]*>44 missiles</mark></mark>",
        html,
    )
    assert plain(html) == TEXT


def test_crossing_quotes_merge_into_one_mark_whatever_their_order():
    evidence = [
        ev("drones.launched", "261 drones and"),
        ev("missiles.launched", "and 44 missiles"),
        ev("places", "Kyiv"),
    ]
    renders = {
        marked([{"evidence": list(order)}])
        for order in itertools.permutations(evidence)
    }
    assert len(renders) == 1
    html = renders.pop()
    assert plain(html) == TEXT
    assert re.search(
        r'class="evidence merged" data-field="drones.launched missiles.launched"[^>]*>'
        r"261 drones and 44 missiles</mark>",
        html,
    )


def test_evidence_from_several_events_keeps_each_event_number():
    events = [
        {"evidence": [ev("places", "Kyiv")]},
        {"evidence": [ev("places", "Kyiv"), ev("places", "Odesa")]},
    ]
    html = marked(events)
    start = TEXT.index("Kyiv")
    assert f'data-start="{start}" data-end="{start + 4}" data-events="0 1"' in html


# Charts ------------------------------------------------------------------------------------------

NIGHTS = [
    {
        "date": "2025-07-04",
        "incidents": 1,
        "drones_launched": 539,
        "drones_destroyed": 478,
        "missiles_launched": 11,
        "missiles_destroyed": 2,
    },
    {
        "date": "2025-07-01",
        "incidents": 2,
        "drones_launched": 100,
        "drones_destroyed": 50,
        "missiles_launched": None,
        "missiles_destroyed": None,
    },
    {
        "date": "2025-07-09",
        "incidents": 1,
        "drones_launched": None,
        "drones_destroyed": 20,
        "missiles_launched": 4,
        "missiles_destroyed": 6,
    },
]


def rect_heights(svg: str, date: str) -> dict[str, float]:
    group = re.search(rf'<g class="night" data-date="{date}".*?</g>', svg, re.S).group(0)
    rects = re.findall(r'<rect class="([^"]+)"[^>]*height="([\d.]+)"', group)
    return {cls: float(h) for cls, h in rects if cls != "hit"}


def test_the_timeline_has_one_stacked_bar_per_night():
    svg = str(timeline_svg(NIGHTS))
    assert re.findall(r'data-date="([\d-]+)"', svg) == ["2025-07-01", "2025-07-04", "2025-07-09"]
    biggest = rect_heights(svg, "2025-07-04")
    share = biggest["drones destroyed"] / (biggest["drones destroyed"] + biggest["drones not-destroyed"])
    assert share == pytest.approx(478 / 539, abs=0.01)
    assert biggest["missiles destroyed"] / biggest["missiles not-destroyed"] == pytest.approx(2 / 9, abs=0.01)
    half = rect_heights(svg, "2025-07-01")
    assert half["drones destroyed"] == pytest.approx(half["drones not-destroyed"])
    # more destroyed than launched (or launched unknown): drawn as all destroyed, never negative
    assert set(rect_heights(svg, "2025-07-09")) == {"drones destroyed", "missiles destroyed"}
    assert 'data-drones-launched=""' in svg and "drones: ? launched, 20 destroyed" in svg


def test_each_bar_links_to_its_night_and_has_a_hit_area_over_its_slot():
    svg = str(timeline_svg(NIGHTS, link=lambda first, last: f"/incidents?since={first}&until={last}"))
    links = re.findall(r'<a href="([^"]+)" aria-label="incidents of ([\d-]+)"><g class="night"', svg)
    assert [(unescape(href), day) for href, day in links] == [
        (f"/incidents?since={d}&until={d}", d) for d in ("2025-07-01", "2025-07-04", "2025-07-09")
    ]
    hits = [float(w) for w in re.findall(r'<rect class="hit" x="[\d.]+" y="[\d.]+" width="([\d.]+)"', svg)]
    bar = r'<rect class="drones destroyed" x="[\d.]+" y="[\d.]+" width="([\d.]+)"'
    bars = [float(w) for w in re.findall(bar, svg)]
    assert len(hits) == 3 and min(hits) > max(bars)  # the hit area is wider than the bar it carries


def test_a_wide_range_is_drawn_by_week_then_by_month_each_linking_its_days():
    nights = [{"date": (date(2024, 1, 1) + timedelta(days=d)).isoformat(), "incidents": 1,
               "drones_launched": 10, "drones_destroyed": 5, "missiles_launched": None,
               "missiles_destroyed": None} for d in range(0, 400, 2)]
    link = lambda first, last: f"/incidents?since={first}&until={last}"  # noqa: E731
    weekly = str(timeline_svg(nights, link=link, max_days=120))
    weeks = re.findall(r'<g class="period week" data-date="([\d-]+)" data-until="([\d-]+)"', weekly)
    assert len(weeks) == 57 and 'class="night"' not in weekly and "per-week" in weekly
    assert all(date.fromisoformat(monday).weekday() == 0 for monday, _ in weeks)
    assert all((date.fromisoformat(s) - date.fromisoformat(m)).days == 6 for m, s in weeks)
    first = re.search(r'data-date="2024-01-01" data-until="2024-01-07" data-incidents="(\d+)" '
                      r'data-drones-launched="(\d+)"', weekly)
    assert first.groups() == ("4", "40")  # 1, 3, 5 and 7 January summed
    assert 'href="/incidents?since=2024-01-01&amp;until=2024-01-07"' in weekly
    monthly = str(timeline_svg(nights, link=link, max_days=30))
    months = re.findall(r'<g class="period month" data-date="([\d-]+)" data-until="([\d-]+)"', monthly)
    assert months[:2] == [("2024-01-01", "2024-01-31"), ("2024-02-01", "2024-02-29")] and len(months) == 14
    assert len(re.findall(r'class="night"', str(timeline_svg(nights[:40], link=link, max_days=120)))) == 40


def test_quiet_nights_are_gaps_on_the_date_axis():
    svg = str(timeline_svg(NIGHTS))
    x = {
        d: float(v)
        for d, v in re.findall(r'data-date="([\d-]+)"[^>]*><title>[^<]*</title><rect[^>]*x="([\d.]+)"', svg)
    }
    assert (x["2025-07-04"] - x["2025-07-01"]) / (x["2025-07-09"] - x["2025-07-04"]) == pytest.approx(
        3 / 5, abs=1e-3
    )


def test_weekly_casualties_and_empty_charts():
    svg = str(
        casualties_svg(
            [
                {"week": "2025-06-30", "killed": 2, "injured": 23},
                {"week": "2025-07-07", "killed": 0, "injured": 0},
            ]
        )
    )
    assert re.findall(r'data-week="([\d-]+)"', svg) == ["2025-06-30"]
    assert "2 killed, 23 injured" in svg
    assert "No attacks recorded" in timeline_svg([]) and "No casualties" in casualties_svg([])


# The serve command -------------------------------------------------------------------------------


def test_serve_says_where_it_serves_once_the_port_is_bound(tmp_path):
    """--port 0 takes a free port: the line names that port, and it answers as soon as it is printed."""
    import subprocess

    import httpx

    Store(f"sqlite:///{tmp_path / 's.db'}").close()
    process = subprocess.Popen(
        [sys.executable, "-m", "strikewatch", "serve", "--db", str(tmp_path / "s.db"), "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
        env={**__import__("os").environ, "STRIKEWATCH_INGEST_TOKEN": "abc"},
    )
    try:
        line = ""
        while "serving" not in line:
            line = process.stderr.readline()
            assert line or process.poll() is None, "serve ended before it said where it serves"
        match = re.search(r"on http://127\.0\.0\.1:(\d+)/ \(API at /api/, ingest on\)", line)
        assert match, line
        port = int(match[1])
        assert port != 0
        assert httpx.get(f"http://127.0.0.1:{port}/api", timeout=5).json()["ingest"] is True
    finally:
        process.terminate()
        process.wait(timeout=20)
        process.stderr.close()


def test_serve_without_the_web_extra_names_the_install_command(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    assert "pip install 'strikewatch[web]'" in result.output


def test_serve_refuses_an_empty_token(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "s.db"), "--ingest-token", " "])
    assert result.exit_code == 2 and "--ingest-token" in result.output


# Date range, theatre, errors beside their field ----------------------------------------------------------


def test_the_overview_takes_a_date_range_and_a_theatre(client):
    answer = client.get("/", params={"since": "2025-06-01", "until": "2025-08-31", "attacker": "RU"})
    assert answer.status_code == 200
    twin = client.get("/index.json", params={"since": "2025-06-01", "until": "2025-08-31", "attacker": "RU"})
    stats = twin.json()["stats"]
    assert stats == client.get("/api/stats", params={"since": "2025-06-01", "until": "2025-08-31",
                                                     "attacker": "RU"}).json()
    assert all("2025-06-01" <= n["date"] <= "2025-08-31" for n in stats["nights"])
    assert stats["theatre"] == {"attacker": "RU", "target_country": "UA", "chosen": "busiest"}
    assert twin.json()["filters"] == {"since": "2025-06-01", "until": "2025-08-31", "attacker": "RU",
                                      "target": "UA"}
    # the table of theatres lists every theatre of the dates, to switch to another; the shown one is marked
    assert ("UA", "RU") in [(t["attacker"], t["target_country"]) for t in twin.json()["theatres"]]
    assert re.search(r'<tr class="theatre current" data-attacker="RU" data-target="UA">', answer.text)
    assert 'href="/?since=2025-06-01&amp;until=2025-08-31&amp;attacker=UA&amp;target=RU"' in answer.text
    assert 'href="/incidents?attacker=RU&amp;target=UA&amp;since=' in answer.text  # a bar opens its night


def test_the_overview_never_adds_one_theatre_to_another(client):
    page = client.get("/")
    data = client.get("/index.json").json()
    theatre = data["stats"]["theatre"]
    assert theatre["chosen"] == "busiest" and (theatre["attacker"], theatre["target_country"]) == (
        data["theatres"][0]["attacker"], data["theatres"][0]["target_country"])
    assert '<h2 id="theatre">Russia → Ukraine</h2>' in page.text and "the most incidents" in page.text
    own = client.get("/api/incidents", params={"attacker": "RU", "target": "UA", "limit": 100}).json()
    assert data["stats"]["totals"]["incidents"] == own["total"] == data["latest"]["total"]
    assert all((r["attacker"], r["target_country"]) == ("RU", "UA") for r in data["latest"]["items"])
    assert data["map"] and all("attacker=RU&target=UA" in p["href"] for p in data["map"])
    shown = re.search(r'data-total="destroyed_share">(\d+)%<', page.text)
    assert shown and int(shown.group(1)) == round(data["stats"]["totals"]["destroyed_share"] * 100)
    other = client.get("/index.json", params={"attacker": "UA", "target": "RU"}).json()
    assert other["stats"]["theatre"]["chosen"] == "given" and other["latest"]["items"]
    assert all(r["attacker"] == "UA" for r in other["latest"]["items"])
    assert other["stats"]["totals"]["drones_destroyed"] == sum(
        r["drones_destroyed"] or 0 for r in client.get(
            "/api/incidents", params={"attacker": "UA", "target": "RU", "limit": 100}).json()["items"])


def test_a_bad_filter_is_shown_beside_its_field_and_the_others_still_apply(client):
    page = client.get("/incidents", params={"since": "2025-13-45", "attacker": "UA", "min_drones": "lots"})
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert re.search(r'class="field-error" id="error-since" role="alert">since: [^<]+</span>', page.text)
    assert re.search(r'id="error-min_drones" role="alert">min_drones: [^<]+</span>', page.text)
    assert 'value="2025-13-45"' in page.text  # what was typed stays in the field
    rows = re.findall(r'<tr class="incident[^"]*" data-id="([^"]+)"', page.text)
    ua = client.get("/api/incidents", params={"attacker": "UA"}).json()["items"]
    assert rows == [row["id"] for row in ua] and rows
    twin = client.get("/incidents.json", params={"since": "2025-13-45"})
    assert twin.status_code == 400 and twin.json()["error"]["parameter"] == "since"
    overview = client.get("/", params={"until": "2025-01-01", "since": "2025-02-01"})
    assert overview.status_code == 400 and 'id="error-until"' in overview.text and "<svg" in overview.text


def test_the_pager_numbers_its_pages(client):
    html = html_of(client, "/incidents?limit=2")
    total = client.get("/api/incidents").json()["total"]
    pages = -(-total // 2)
    assert f"page 1 of {pages}" in html and '<span class="current" aria-current="page">1</span>' in html
    assert f'offset={(pages - 1) * 2}">{pages}</a>' in unescape(html)


def test_the_map_is_drawn_on_the_server_with_nothing_from_outside(client):
    html = html_of(client, "/")
    no_inline_code(html)
    svg = re.search(r'<svg class="map".*?</svg>', html, re.S).group(0)
    assert 'class="land ua"' in svg and "<image" not in svg and "http" not in svg.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    assert len(re.findall(r'<circle class="strike"', svg)) >= 5
