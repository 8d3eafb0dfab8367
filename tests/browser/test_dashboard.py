"""The dashboard as a person sees it, in headless Chromium, over the bundled samples."""

from __future__ import annotations

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


def test_the_timeline_draws_one_bar_per_night(page, server, api):
    nights = api.get("/api/stats").json()["nights"]
    browser_page, log, _ = open_page(page, server + "/")
    bars = browser_page.locator("svg.timeline g.night")
    assert bars.count() == len(nights) > 0
    drawn = [bars.nth(i).get_attribute("data-date") for i in range(bars.count())]
    assert drawn == sorted(n["date"] for n in nights)
    biggest = max(nights, key=lambda n: (n["drones_launched"] or 0, n["drones_destroyed"] or 0))
    bar = browser_page.locator(f'svg.timeline g.night[data-date="{biggest["date"]}"] rect.drones').first
    assert bar.bounding_box()["height"] > 50  # the largest night fills most of its panel
    assert log.problems() == []


def test_filtering_the_table_changes_its_rows(page, server, api):
    browser_page, log, _ = open_page(page, server + "/incidents")
    rows = browser_page.locator("#incidents tbody tr.incident")
    everything = rows.count()
    assert everything == api.get("/api/incidents").json()["total"] > 1

    browser_page.fill("input[name=attacker]", "UA")
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
