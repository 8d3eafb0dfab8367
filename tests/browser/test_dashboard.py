"""The dashboard as a person sees it, in headless Chromium, over the bundled samples."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import quote

import httpx
import pytest


def open_page(page_and_log: tuple, url: str) -> tuple:
    page, log = page_and_log
    response = page.goto(url, wait_until="load")
    return page, log, response


def test_every_page_loads_cleanly_with_the_security_headers(page, server, api, screenshot, hostile):
    incidents = api.get("/api/incidents", params={"sort": "-conflicts"}).json()["items"]
    pages = {
        "overview": "/",
        "incidents": "/incidents",
        "incident": f"/incidents/{incidents[0]['id']}",
        "articles": "/articles",
        "article": "/articles/sample-006",
        "article-hostile": f"/articles/{quote(hostile.id)}",
    }
    for name, path in pages.items():
        browser_page, log, response = open_page(page, server + path)
        assert response.status == 200, path
        headers = response.all_headers()
        assert "script-src 'self'" in headers["content-security-policy"], path
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert browser_page.locator("main h1").first.is_visible(), path
        assert log.problems() == [], f"{path}: {log.problems()}"
        screenshot(browser_page, name)


SUMMER = {"since": "2025-06-01", "until": "2025-08-31"}  # 92 days: one bar a night


def test_the_timeline_draws_one_bar_per_night_over_a_short_range(page, server, api):
    nights = api.get("/api/stats", params=SUMMER).json()["nights"]
    browser_page, log, _ = open_page(page, f"{server}/?since={SUMMER['since']}&until={SUMMER['until']}")
    bars = browser_page.locator("svg.timeline g.night")
    assert bars.count() == len(nights) > 1
    drawn = [bars.nth(i).get_attribute("data-date") for i in range(bars.count())]
    assert drawn == sorted(n["date"] for n in nights)
    biggest = max(nights, key=lambda n: (n["drones_launched"] or 0, n["drones_destroyed"] or 0))
    bar = browser_page.locator(f'svg.timeline g.night[data-date="{biggest["date"]}"] rect.drones').first
    assert bar.bounding_box()["height"] > 50  # the largest night fills most of its panel
    assert log.problems() == []


def test_over_the_whole_range_the_bars_are_weeks_and_each_opens_its_incidents(page, server, api):
    stats = api.get("/api/stats").json()
    browser_page, log, _ = open_page(page, server + "/")
    weeks = browser_page.locator("svg.timeline g.period.week")
    assert weeks.count() == len(stats["weeks"]) > 1
    assert browser_page.locator("svg.timeline g.night").count() == 0
    for i in range(weeks.count()):  # no bar so thin that it cannot be reached
        assert weeks.nth(i).locator("rect.hit").bounding_box()["width"] >= 8
    week = max(stats["weeks"], key=lambda w: w["drones_launched"] or 0)
    target = browser_page.locator(f'svg.timeline g.period.week[data-date="{week["week"]}"] rect.hit')
    target.hover()
    assert week["week"] in browser_page.locator(f'g.period[data-date="{week["week"]}"] title').text_content()
    target.click()
    browser_page.wait_for_load_state("load")
    sunday = (date.fromisoformat(week["week"]) + timedelta(days=6)).isoformat()
    theatre = stats["theatre"]  # the overview shows one theatre, and its bars open that theatre's incidents
    assert browser_page.url.endswith(f"/incidents?attacker={theatre['attacker']}"
                                     f"&target={theatre['target_country']}&since={week['week']}&until={sunday}")
    shown = browser_page.locator("#incidents tbody tr.incident").count()
    assert shown == week["incidents"] > 0
    assert log.problems() == []


def test_filtering_the_table_changes_its_rows(page, server, api):
    browser_page, log, _ = open_page(page, server + "/incidents")
    rows = browser_page.locator("#incidents tbody tr.incident")
    everything = rows.count()
    assert everything == api.get("/api/incidents").json()["total"] > 1

    browser_page.select_option("select[name=attacker]", "UA")
    browser_page.click("form.filters button[type=submit]")
    browser_page.wait_for_load_state("load")
    strikes_on_russia = api.get("/api/incidents", params={"attacker": "UA"}).json()
    assert 0 < rows.count() == strikes_on_russia["total"] < everything
    assert set(rows.locator("td.sides").all_inner_texts()) == {"UA → RU"}
    assert "attacker=UA" in browser_page.url  # the filtered view is a link that can be shared

    browser_page.click("a.reset")
    browser_page.wait_for_load_state("load")
    browser_page.click('a.sort[data-sort="killed"]')
    browser_page.wait_for_load_state("load")
    if "sort=-killed" not in browser_page.url:  # the first click sorts descending
        raise AssertionError(browser_page.url)
    killed = [
        row.get("killed") for row in api.get("/api/incidents", params={"sort": "-killed"}).json()["items"]
    ]
    shown = rows.locator("td:nth-child(8)").all_inner_texts()
    assert shown == [f"{k:,}" if k is not None else "—" for k in killed]
    assert log.problems() == []


def test_the_incident_page_shows_conflicting_claims_side_by_side(page, server, api):
    incidents = api.get("/api/incidents", params={"sort": "-conflicts", "limit": 1}).json()["items"]
    if not incidents or not incidents[0]["n_conflicts"]:
        pytest.fail("the bundled samples must contain an incident whose reports disagree")
    incident = api.get(f"/api/incidents/{incidents[0]['id']}").json()
    field = incident["conflicts"][0]
    browser_page, log, _ = open_page(page, f"{server}/incidents/{incident['id']}")
    group = browser_page.locator(f'.claims-group.conflict[data-field="{field}"]')
    assert group.is_visible()
    cards = group.locator(".claim")
    claims = incident["figures"][field]["claims"]
    assert cards.count() == len(claims) >= 2
    values = {cards.nth(i).get_attribute("data-value") for i in range(cards.count())}
    assert len(values) >= 2  # the cards do disagree
    outlets = set(group.locator(".outlet").all_inner_texts())
    assert outlets == {c["outlet"] or "unknown outlet" for c in claims}
    row = browser_page.locator(f'#figures tr.figure.conflict[data-field="{field}"]')
    assert "conflict" in row.inner_text()
    assert log.problems() == []


def test_evidence_highlights_sit_on_their_quotes(page, server, api):
    article = api.get("/api/articles/sample-006").json()
    evidence = [ev for event in article["record"]["events"] for ev in event["evidence"]]
    browser_page, log, _ = open_page(page, f"{server}/articles/sample-006")
    checked = 0
    for ev in evidence:
        mark = browser_page.locator(f'mark.evidence[data-start="{ev["start"]}"][data-end="{ev["end"]}"]')
        assert mark.count() == 1, ev
        if "merged" in (mark.get_attribute("class") or ""):
            continue
        assert mark.text_content() == ev["quote"]
        assert ev["field"] in mark.get_attribute("data-field").split()
        label = mark.evaluate("m => getComputedStyle(m, '::after').content")
        assert ev["field"].replace(".", " ").replace("_", " ") in label  # the visible label names the field
        checked += 1
    assert checked >= 3
    text = browser_page.locator("#article-text").text_content()
    assert text == article["text"]  # marks add no characters to the text
    assert log.problems() == []


def test_hostile_markup_in_an_article_never_runs(page, server, hostile):
    browser_page, log, _ = open_page(page, f"{server}/articles/{quote(hostile.id)}")
    assert browser_page.evaluate("() => window.__xss") is None
    assert log.dialogs == []
    assert browser_page.locator("main script, main img").count() == 0
    assert "<script>window.__xss = 'text'" in browser_page.locator("#article-text").inner_text()
    assert "<script>" in browser_page.locator("h1").inner_text()
    assert browser_page.locator("a.source-link").count() == 0  # a javascript: URL is never a link
    for path in ("/", "/incidents", "/articles"):
        browser_page.goto(server + path)
        assert browser_page.evaluate("() => window.__xss") is None, path
    assert log.problems() == []


def test_an_article_posted_to_the_api_is_shown_escaped(page, server, hostile, ingest_token):
    hostile = {
        "id": "posted-xss",
        "title": "<img src=x onerror=alert(1)> Drone attack on Odesa",
        "published": "2025-09-03",
        "outlet": "Black Sea <b>Wire</b>",
        "text": (
            "Russian drones attacked the port of Odesa overnight, the regional governor said on "
            "Wednesday. <img src=x onerror=\"window.__xss = 'posted'\"> Eleven of the 14 drones were "
            "shot down over the sea, the Ukrainian navy said, and falling debris set fire to a grain "
            "warehouse near the port. <script>window.__xss = 'posted'</script> Nobody was injured, the "
            "governor said, and firefighters had put out the blaze by dawn."
        ),
    }
    refused = httpx.post(f"{server}/api/articles", json=hostile, headers={"Authorization": "Bearer wrong"})
    assert refused.status_code == 401
    posted = httpx.post(
        f"{server}/api/articles",
        json=hostile,
        timeout=60,
        headers={"Authorization": f"Bearer {ingest_token}"},
    )
    assert posted.status_code == 200, posted.text
    assert posted.json()["summary"]["added"] == 1, posted.text
    browser_page, log, _ = open_page(page, f"{server}/articles/posted-xss")
    assert browser_page.locator("h1").inner_text().startswith("<img src=x onerror=alert(1)>")
    assert browser_page.evaluate("() => window.__xss") is None
    assert log.problems() == []


# Phones and laptops: every page fits its screen, whatever the data ------------------------------------

LAYOUT_PAGES = ["/", "/incidents", "incident", "article", "/articles", "/articles/sample-006"]


@pytest.mark.parametrize("path", LAYOUT_PAGES)
def test_every_page_fits_the_screen_with_a_hostile_long_token(
    sized_page, server, api, hostile, screenshot, path
):
    incident = api.get("/api/incidents", params={"sort": "-conflicts"}).json()["items"][0]["id"]
    url = {"incident": f"/incidents/{incident}", "article": f"/articles/{quote(hostile.id)}"}.get(path, path)
    browser_page, log, response = open_page(sized_page, server + url)
    assert response.status == 200
    width = browser_page.viewport_size["width"]
    scroll = browser_page.evaluate("() => document.documentElement.scrollWidth")
    assert scroll <= width, f"{url} is {scroll} px wide on a {width} px screen"
    outside = browser_page.evaluate(
        """(width) => Array.from(document.querySelectorAll('body *'))
             .filter(e => !e.closest('.scroll') && !e.closest('svg'))
             .filter(e => e.getBoundingClientRect().right > width + 1)
             .slice(0, 5).map(e => e.tagName + '.' + e.className)""",
        width,
    )
    assert outside == [], f"{url}: {outside} reach past the screen"
    header = browser_page.locator("header.site").bounding_box()
    for link in browser_page.locator("header.site nav a").all():  # every link is on the coloured bar
        box = link.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width
        assert header["y"] <= box["y"] and box["y"] + box["height"] <= header["y"] + header["height"]
    for table in browser_page.locator("main table").all():  # a wide table scrolls inside its own box
        assert table.evaluate("t => t.closest('.scroll') !== null"), url
    if path == "/":
        label = browser_page.locator("svg.timeline text.tick").first.bounding_box()
        assert label["height"] >= 8, "the chart's labels must stay readable"
        screenshot(browser_page, f"overview-{'phone-390' if width < 500 else 'laptop-1366'}")
    assert log.problems() == []


def test_the_air_force_source_id_stays_in_its_box_on_a_phone(sized_page, server, api):
    incident = api.get("/api/incidents/2025-03-09-ru-ua-kyiv").json()
    assert incident["official"] and len(max(incident["official"]["sources"], key=len)) > 90
    browser_page, log, _ = open_page(sized_page, f"{server}/incidents/{incident['id']}")
    box = browser_page.locator("#official").bounding_box()
    for dd in browser_page.locator("#official dd").all():
        inner = dd.bounding_box()
        assert inner["x"] + inner["width"] <= box["x"] + box["width"] + 1
    width = browser_page.viewport_size["width"]
    assert browser_page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert log.problems() == []


def test_a_long_title_is_cut_at_ingest_and_the_reason_kept(page, server, api, hostile):
    article = api.get(f"/api/articles/{quote(hostile.id)}").json()
    assert len(hostile.title) > 5000 and len(article["title"]) == 300 and article["title"].endswith("…")
    assert article["notes"] == [f"title cut from {len(hostile.title):,} to 300 characters (at most 300)"]
    browser_page, log, _ = open_page(page, f"{server}/articles/{quote(hostile.id)}")
    assert "title cut from" in browser_page.locator("#notes").inner_text()
    assert log.problems() == []


# Links that go somewhere -------------------------------------------------------------------------------


def test_an_article_links_to_its_incident_and_back(page, server, api):
    article = api.get("/api/articles/sample-006").json()
    assert article["incidents"]
    browser_page, log, _ = open_page(page, f"{server}/articles/sample-006")
    browser_page.locator("#incidents a").first.click()
    browser_page.wait_for_load_state("load")
    assert browser_page.url.endswith(f"/incidents/{article['incidents'][0]}")
    links = browser_page.locator("article.brief h3 a").all()
    listed = [a.get_attribute("href").rsplit("/", 1)[-1] for a in links]
    assert "sample-006" in listed
    assert log.problems() == []


def test_a_claim_opens_its_article_at_the_highlighted_quote(page, server, api):
    incident = api.get("/api/incidents", params={"sort": "-conflicts", "limit": 1}).json()["items"][0]
    detail = api.get(f"/api/incidents/{incident['id']}").json()
    field = detail["conflicts"][0]
    claim = detail["figures"][field]["claims"][-1]
    browser_page, log, _ = open_page(page, f"{server}/incidents/{incident['id']}")
    group = browser_page.locator(f'.claims-group[data-field="{field}"] .claim')
    link = group.nth(len(detail["figures"][field]["claims"]) - 1).locator("a.read-quote")
    assert "#q-" in link.get_attribute("href")
    link.click()
    browser_page.wait_for_load_state("load")
    assert f"/articles/{quote(claim['article_id'], safe='')}#q-" in browser_page.url
    mark = browser_page.locator("mark.evidence:has(> .anchor:target)")
    assert mark.count() == 1
    assert claim["quote"] in mark.text_content()
    assert mark.evaluate("m => getComputedStyle(m).outlineStyle") == "solid"  # lit up
    box, height = mark.bounding_box(), browser_page.viewport_size["height"]
    assert 0 <= box["y"] <= height  # and scrolled into view
    assert log.problems() == []


def test_every_figure_in_the_table_links_to_its_claims(page, server, api):
    browser_page, log, _ = open_page(page, server + "/incidents")
    link = browser_page.locator("#incidents a.figure-link").first
    href = link.get_attribute("href")
    link.click()
    browser_page.wait_for_load_state("load")
    field = href.split("#claims-", 1)[1]
    assert browser_page.locator(f'.claims-group[id="claims-{field}"] .claim').count() >= 1
    assert log.problems() == []


# Filters, totals, the map ------------------------------------------------------------------------------


def test_a_bad_filter_keeps_the_page_and_says_what_is_wrong_beside_the_field(page, server, api):
    browser_page, log, response = open_page(page, f"{server}/incidents?since=yesterday&attacker=UA")
    assert response.status == 400
    error = browser_page.locator("label.invalid:has(input[name=since]) .field-error")
    assert "since" in error.inner_text() and "yesterday" in error.inner_text()
    assert browser_page.locator("input[name=since]").get_attribute("aria-invalid") == "true"
    expected = api.get("/api/incidents", params={"attacker": "UA"}).json()
    rows = browser_page.locator("#incidents tbody tr.incident")
    assert rows.count() == expected["total"] > 0  # the other filters still apply
    assert browser_page.locator("select[name=attacker]").input_value() == "UA"
    assert [p for p in log.problems() if "status of 400" not in p] == []  # the page's own status, logged


def test_attacker_and_target_are_chosen_from_the_codes_present(page, server, api):
    incidents = api.get("/api/incidents", params={"limit": 100}).json()["items"]
    browser_page, log, _ = open_page(page, server + "/incidents")
    options = browser_page.locator("select[name=attacker] option").all()
    present = sorted({i["attacker"] for i in incidents if i["attacker"]})
    assert [o.get_attribute("value") for o in options] == ["", *present]
    browser_page.select_option("select[name=attacker]", "RU")
    browser_page.click("form.filters button[type=submit]")
    browser_page.wait_for_load_state("load")
    assert "attacker=RU" in browser_page.url
    assert set(browser_page.locator("#incidents td.sides").all_inner_texts()) == {"RU → UA"}
    assert log.problems() == []


def test_totals_for_the_selection_are_kept_per_theatre(page, server, api):
    incidents = api.get("/api/incidents", params={"limit": 100}).json()["items"]
    browser_page, log, _ = open_page(page, server + "/incidents")
    rows = browser_page.locator("#theatres tr.theatre")
    theatres = {(i["attacker"], i["target_country"]) for i in incidents}
    assert rows.count() == len(theatres) >= 2
    ru_ua = browser_page.locator('#theatres tr.theatre[data-attacker="RU"][data-target="UA"] td')
    mine = [i for i in incidents if (i["attacker"], i["target_country"]) == ("RU", "UA")]
    cells = ru_ua.all_inner_texts()
    assert cells[0] == f"{len(mine):,}" and cells[1] == f"{len({i['date'] for i in mine}):,}"
    assert cells[2] == f"{sum(i['drones_launched'] or 0 for i in mine):,}"
    assert log.problems() == []


def test_the_pager_shows_page_numbers_and_the_total(page, server, api):
    total = api.get("/api/incidents").json()["total"]
    browser_page, log, _ = open_page(page, f"{server}/incidents?limit=3")
    pages = -(-total // 3)
    assert browser_page.locator("nav.pager .page-of").inner_text() == f"page 1 of {pages}"
    assert f"of {total} incidents" in browser_page.locator("#count").inner_text()
    browser_page.locator("nav.pager a.page-number", has_text=str(pages)).click()
    browser_page.wait_for_load_state("load")
    assert browser_page.locator("nav.pager .current").inner_text() == str(pages)
    assert log.problems() == []


def test_the_map_draws_where_the_selection_struck_offline(page, server, api):
    browser_page, log, _ = open_page(page, server + "/")
    circles = browser_page.locator("#strike-map circle.strike")
    assert circles.count() >= 5 and browser_page.locator("#strike-map path.land.ua").count() == 1
    sizes = sorted(float(c.get_attribute("r")) for c in circles.all())
    assert sizes[-1] > 2 * sizes[0]  # sized by the figures
    kyiv = browser_page.locator('#strike-map g.place[data-place="Kyiv"] circle')
    assert kyiv.count() == 1 and float(kyiv.get_attribute("r")) == sizes[-1]  # the largest were on Kyiv
    browser_page.locator('#strike-map a:has(g.place[data-place="Kyiv"])').click()
    browser_page.wait_for_load_state("load")
    assert "place=Kyiv" in browser_page.url
    assert browser_page.locator("#incidents tbody tr.incident").count() == api.get(
        "/api/incidents", params={"place": "Kyiv"}
    ).json()["total"]
    assert log.problems() == []  # the page fetched nothing from off the machine


def test_an_incident_shows_its_places_on_the_map(page, server, api):
    incident = api.get("/api/incidents", params={"place": "Kyiv", "limit": 1}).json()["items"][0]
    browser_page, log, _ = open_page(page, f"{server}/incidents/{incident['id']}")
    labels = [t.text_content() for t in browser_page.locator("#place-map text.place-label").all()]
    assert "Kyiv" in labels and set(labels) <= set(incident["places"])
    assert log.problems() == []


def test_the_incident_list_shows_the_official_figures_and_filters_those_that_differ(page, server, api):
    browser_page, log, _ = open_page(page, server + "/incidents")
    rows = browser_page.locator("#incidents tbody tr.incident")
    kyiv = browser_page.locator('#incidents tr.incident[data-id="2025-03-09-ru-ua-kyiv"] td.official')
    # the tally beside the news' 412 and 381: 390 destroyed (381 shot down, 9 lost) is 2.3% off, so it differs
    assert kyiv.all_inner_texts() == ["412 differs", "390", "17", "14"]
    everything = rows.count()
    browser_page.check("input[name=differs]")
    browser_page.click("form.filters button[type=submit]")
    browser_page.wait_for_load_state("load")
    differing = api.get("/api/incidents", params={"differs": "true"}).json()
    assert "differs=true" in browser_page.url
    assert rows.count() == differing["total"] == 2 < everything
    assert {rows.nth(i).get_attribute("data-id") for i in range(2)} == {"2025-02-21-ru-ua-kharkiv",
                                                                       "2025-03-09-ru-ua-kyiv"}
    assert all("differs" in rows.nth(i).get_attribute("class") for i in range(2))
    assert browser_page.is_checked("input[name=differs]")  # the form shows the filter it applied
    assert log.problems() == []


def test_the_overview_puts_news_and_official_figures_side_by_side_and_marks_large_gaps(page, server, api):
    browser_page, log, _ = open_page(page, server + "/")
    nights = browser_page.locator("#tallies g.tally-night")
    assert [nights.nth(i).get_attribute("data-date") for i in range(nights.count())] == ["2025-02-21",
                                                                                         "2025-03-09"]
    february, march = nights.nth(0), nights.nth(1)
    assert (february.get_attribute("data-news-drones"), february.get_attribute("data-official-drones")) == \
        ("261", "160")
    assert "large-gap" in february.get_attribute("class") and february.locator("path.gap-mark").count() == 1
    assert "large-gap" not in march.get_attribute("class") and march.locator("path.gap-mark").count() == 0
    assert march.locator("rect.news").count() == 2 and march.locator("rect.official").count() == 2
    box = march.locator("rect.news").first.bounding_box()
    assert box["width"] > 2 and box["height"] > 10  # drawn, not a hairline
    february.click()
    browser_page.wait_for_load_state("load")
    assert "since=2025-02-21" in browser_page.url and "until=2025-02-21" in browser_page.url
    assert log.problems() == []


def test_the_overview_shows_one_theatre_and_switches_to_another(page, server, api):
    browser_page, log, _ = open_page(page, server + "/")
    heading = browser_page.locator("h2#theatre")
    assert heading.text_content() == "Russia → Ukraine"
    current = browser_page.locator("#theatres tr.theatre.current")
    assert current.count() == 1 and current.get_attribute("data-attacker") == "RU"
    russian = api.get("/api/stats", params={"attacker": "RU", "target": "UA"}).json()["totals"]
    assert browser_page.locator('dd[data-total="incidents"]').text_content() == str(russian["incidents"])
    browser_page.locator('#theatres tr.theatre[data-attacker="UA"] a').click()
    browser_page.wait_for_load_state("load")
    assert browser_page.url.endswith("/?attacker=UA&target=RU")
    assert browser_page.locator("h2#theatre").text_content() == "Ukraine → Russia"
    ukrainian = api.get("/api/stats", params={"attacker": "UA", "target": "RU"}).json()["totals"]
    assert browser_page.locator('dd[data-total="incidents"]').text_content() == str(ukrainian["incidents"])
    rows = browser_page.locator("#latest tbody tr.incident")
    assert rows.count() == ukrainian["incidents"] > 0  # the latest incidents are this theatre's alone
    assert "the most incidents" not in browser_page.locator("p.note").first.text_content()
    assert log.problems() == []
