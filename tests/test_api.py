"""The REST API in-process: every endpoint, every filter, every error and its one shape."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from strikewatch.api import SECURITY_HEADERS, ServeOptions, create_app
from strikewatch.ingest import read_inputs
from strikewatch.records import ArticleInput
from strikewatch.store import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "articles.jsonl"
TOKEN = "a-long-ingest-token"

# Two outlets tell the same night on Kyiv with different figures: the incident they make has conflicts.
KYIV = [
    ArticleInput(
        id="kyiv-ledger-0704",
        outlet="Kyiv Ledger",
        published="2025-07-04T08:30:00+03:00",
        title="Russia launches record drone attack on Kyiv",
        text=(
            "Russia launched 539 drones and 11 missiles at Ukraine overnight, the Ukrainian air force said "
            "on Friday, in the largest aerial attack on Kyiv since the start of the full-scale invasion.\n\n"
            "Air defence units shot down 270 of the drones and two of the missiles, the air force said. "
            "Another 208 drones were lost to electronic warfare.\n\nIn Kyiv, two people were killed and 23 "
            "were injured, Mayor Vitali Klitschko said on Telegram. Fires broke out in several districts, "
            "and a school and a clinic were damaged."
        ),
    ),
    ArticleInput(
        id="reports/eastern wire 0704.txt",
        outlet="Eastern Wire",
        published="2025-07-04T11:00:00+03:00",
        title="Kyiv counts the damage after night of drones",
        text=(
            "Russia reportedly attacked Kyiv overnight with about 550 drones, according to Ukrainian "
            "officials, leaving at least one person dead and 26 injured across the capital.\n\nThe city's "
            "military administration said emergency crews were called to fourteen sites in five districts, "
            "where falling debris set fire to apartment buildings and cars.\n\nResidents spent most of the "
            "night in metro stations as explosions echoed across the city until dawn."
        ),
    ),
]
ODESA = {
    "id": "odesa-0905",
    "outlet": "Black Sea Wire",
    "published": "2025-09-05T07:40:00+03:00",
    "title": "Drones hit Odesa port overnight",
    "text": (
        "Russia launched 31 drones at the port of Odesa overnight, the Ukrainian air force said on Friday. "
        "Air defences shot down 25 of them, but debris damaged a grain terminal and three trucks.\n\n"
        "One port worker was injured, the regional governor said, and the fire was put out by morning."
    ),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A store of the bundled samples plus two disagreeing reports of one night on Kyiv."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}")
    store.ingest([*read_inputs([str(SAMPLES)]), *KYIV])
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store, ServeOptions.from_defaults(max_page_size=100)))


@pytest.fixture
def ingest_client(tmp_path: Path) -> TestClient:
    """A client over an empty store of its own, with ingest on."""
    store = Store(f"sqlite:///{tmp_path / 'ingest.db'}")
    yield TestClient(
        create_app(
            store,
            ServeOptions.from_defaults(ingest_token=TOKEN, max_ingest_articles=3, max_ingest_bytes=20_000),
        )
    )
    store.close()


def get(client: TestClient, url: str, **params: object) -> dict:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(page: dict) -> list[str]:
    return [row["id"] for row in page["items"]]


def assert_error_shape(response, status: int, parameter: str | None = None) -> dict:
    """The one error shape: {"ok": false, "error": {"status", "code", "message"[, "parameter"]}}."""
    body = response.json()
    assert set(body) == {"ok", "error"} and body["ok"] is False
    error = body["error"]
    assert set(error) <= {"status", "code", "message", "parameter"}
    assert {"status", "code", "message"} <= set(error)
    assert error["status"] == response.status_code == status
    assert isinstance(error["code"], str) and error["code"].replace("_", "").isalpha()
    assert isinstance(error["message"], str) and error["message"]
    assert error.get("parameter") == parameter
    if parameter:
        assert parameter in error["message"]  # the message names it too
    for header, value in SECURITY_HEADERS.items():
        assert response.headers[header] == value
    return error


# Articles ----------------------------------------------------------------------------------------


def test_articles_are_listed_newest_first_and_paged(client):
    sample_ids = [json.loads(line)["id"] for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    page = get(client, "/api/articles")
    assert page["total"] == len(sample_ids) + len(KYIV)
    assert set(ids(page)) == {*sample_ids, *(a.id for a in KYIV)}
    published = [row["published"] for row in page["items"]]
    assert published == sorted(published, reverse=True)
    second = get(client, "/api/articles", limit=2, offset=2)
    assert (second["limit"], second["offset"]) == (2, 2)
    assert ids(second) == ids(page)[2:4]


def test_articles_text_search(client):
    articles = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    articles += [{"id": a.id, "title": a.title, "outlet": a.outlet, "text": a.text} for a in KYIV]
    expected = {
        a["id"]
        for a in articles
        if any("klitschko" in (a.get(key) or "").lower() for key in ("title", "outlet", "text"))
    }
    found = get(client, "/api/articles", q="Klitschko")
    assert "kyiv-ledger-0704" in expected and set(ids(found)) == expected
    assert get(client, "/api/articles", q="zzzz-no-such-word")["total"] == 0


def test_one_article_with_its_record_even_when_its_id_is_a_path(client):
    article = get(client, "/api/articles/reports%2Feastern%20wire%200704.txt")
    assert article["id"] == "reports/eastern wire 0704.txt"
    assert article["text"] == KYIV[1].text
    evidence = [ev for event in article["record"]["events"] for ev in event["evidence"]]
    assert evidence and all(article["text"][ev["start"] : ev["end"]] == ev["quote"] for ev in evidence)


# Incidents ---------------------------------------------------------------------------------------


def test_incidents_filters_each_narrow_the_list(client):
    everything = get(client, "/api/incidents", limit=100)
    rows = everything["items"]
    assert everything["total"] == len(rows) >= 5
    dates = sorted(row["date"] for row in rows if row["date"])
    middle = dates[len(dates) // 2]
    cases = {
        "since": (dict(since=middle), lambda r: r["date"] and r["date"] >= middle),
        "until": (dict(until=middle), lambda r: r["date"] and r["date"] <= middle),
        "range": (dict(since=middle, until=middle), lambda r: r["date"] == middle),
        "place": (dict(place="kyiv"), lambda r: any("kyiv" in p.lower() for p in r["places"])),
        "attacker": (dict(attacker="ua"), lambda r: r["attacker"] == "UA"),
        "target": (dict(target="RU"), lambda r: r["target_country"] == "RU"),
        "min_drones": (dict(min_drones=100), lambda r: (r["drones_launched"] or 0) >= 100),
        "q": (dict(q="dnipro"), lambda r: "dnipro" in (r["id"] + " ".join(r["places"])).lower()),
    }
    for name, (params, keep) in cases.items():
        expected = [row["id"] for row in rows if keep(row)]
        got = get(client, "/api/incidents", limit=100, **params)
        assert 0 < got["total"] < everything["total"], name
        assert sorted(ids(got)) == sorted(expected), name


def test_incidents_sort_both_ways_with_unknown_values_last(client):
    ascending = get(client, "/api/incidents", sort="killed", limit=100)["items"]
    descending = get(client, "/api/incidents", sort="-killed", limit=100)["items"]
    known_up = [r["killed"] for r in ascending if r["killed"] is not None]
    known_down = [r["killed"] for r in descending if r["killed"] is not None]
    assert known_up == sorted(known_up) and known_down == sorted(known_up, reverse=True)
    assert ascending[-1]["killed"] is None or all(r["killed"] is not None for r in ascending)
    by_date = [r["date"] for r in get(client, "/api/incidents", limit=100)["items"]]
    assert by_date == sorted(by_date, reverse=True)  # newest first by default


def test_one_incident_has_figures_claims_and_conflicts(client):
    kyiv = get(client, "/api/incidents", place="Kyiv", since="2025-07-04", until="2025-07-04")["items"]
    assert len(kyiv) == 1 and kyiv[0]["n_reports"] == 2
    incident = get(client, f"/api/incidents/{kyiv[0]['id']}")
    assert {"drones.launched", "killed", "injured"} <= set(incident["conflicts"])
    launched = incident["figures"]["drones.launched"]
    assert launched["conflict"] is True
    assert sorted((c["outlet"], c["value"]) for c in launched["claims"]) == [
        ("Eastern Wire", 550),
        ("Kyiv Ledger", 539),
    ]
    hedged = {c["outlet"]: c["hedged"] for c in launched["claims"]}
    assert hedged == {"Eastern Wire": True, "Kyiv Ledger": False}
    assert {a["id"] for a in incident["articles"]} == {a.id for a in KYIV}


# Stats, rejects, exports, OpenAPI ----------------------------------------------------------------


def test_stats_series_follow_the_incidents_and_the_date_range(client):
    rows = get(client, "/api/incidents", limit=100)["items"]
    stats = get(client, "/api/stats")
    assert [n["date"] for n in stats["nights"]] == sorted({r["date"] for r in rows if r["date"]})
    assert sum(n["incidents"] for n in stats["nights"]) == sum(1 for r in rows if r["date"])
    assert all(w["week"] <= n["date"] for w in stats["weeks"][:1] for n in stats["nights"])
    assert len(stats["largest"]) <= 10 and stats["totals"]["incidents"] == len(rows)
    july = get(client, "/api/stats", since="2025-07-01", until="2025-07-31")
    assert [n["date"] for n in july["nights"]] == ["2025-07-04"]


def test_rejects_are_listed(ingest_client):
    bad = {**ODESA, "id": "empty", "text": "   "}
    response = ingest_client.post(
        "/api/articles", json=[ODESA, bad], headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.json()["summary"]["rejected"] == 1
    rejects = get(ingest_client, "/api/rejects")
    assert rejects["total"] == 1 and "empty text" in rejects["items"][0]["reason"]


def test_incidents_export_as_csv_and_jsonl_with_the_filters(client):
    ua = get(client, "/api/incidents", attacker="UA", limit=100)
    response = client.get("/api/exports/incidents.csv", params={"attacker": "UA"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert 'filename="incidents.csv"' in response.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(row["id"] for row in table) == sorted(ids(ua))
    lines = client.get("/api/exports/incidents.jsonl").text.splitlines()
    assert len(lines) == get(client, "/api/incidents")["total"]


def test_claims_and_articles_exports(client):
    claims = [
        json.loads(line)
        for line in client.get("/api/exports/claims.jsonl", params={"place": "Kyiv"}).text.splitlines()
    ]
    kyiv = get(client, "/api/incidents", place="Kyiv", limit=100)
    assert {c["incident_id"] for c in claims} == set(ids(kyiv))
    assert {a.id for a in KYIV} <= {c["article_id"] for c in claims}
    records = [json.loads(line) for line in client.get("/api/exports/articles.jsonl").text.splitlines()]
    assert len(records) == get(client, "/api/articles")["total"]
    assert all(set(r) - {"dropped"} == {"id", "brief", "events", "context", "extractor", "language"}
               for r in records)
    assert all(r["extractor"].startswith("rules/") for r in records)
    geo = client.get("/api/exports/incidents.geojson").json()
    assert geo["type"] == "FeatureCollection"


def test_openapi_documents_every_endpoint_and_filter(client):
    spec = get(client, "/api/openapi.json")
    assert {
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/stats",
        "/api/rejects",
        "/api/exports/{name}",
        "/api/exports/articles.jsonl",
    } <= set(spec["paths"])
    params = {p["name"] for p in spec["paths"]["/api/incidents"]["get"]["parameters"]}
    assert params == {
        "since",
        "until",
        "place",
        "attacker",
        "target",
        "min_drones",
        "q",
        "sort",
        "limit",
        "offset",
    }
    assert "post" in spec["paths"]["/api/articles"]
    assert get(client, "/api")["endpoints"] == sorted(spec["paths"])


# Ingest ------------------------------------------------------------------------------------------


def test_ingest_with_the_token_stores_the_articles(ingest_client):
    response = ingest_client.post("/api/articles", json=ODESA, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    assert response.json()["summary"]["added"] == 1
    article = get(ingest_client, "/api/articles/odesa-0905")
    assert article["record"]["events"][0]["drones"]["launched"] == 31
    assert get(ingest_client, "/api/incidents")["total"] == 1


# Errors: one shape for all -----------------------------------------------------------------------

BAD_PARAMETERS = [
    ("/api/articles?limit=0", "limit"),
    ("/api/articles?limit=101", "limit"),
    ("/api/articles?offset=-1", "offset"),
    ("/api/articles?limit=ten", "limit"),
    ("/api/articles?page=2", "page"),
    ("/api/articles?q=" + "x" * 201, "q"),
    ("/api/incidents?since=yesterday", "since"),
    ("/api/incidents?until=2025-02-30", "until"),
    ("/api/incidents?since=2025-07-02&until=2025-07-01", "until"),
    ("/api/incidents?attacker=Russia", "attacker"),
    ("/api/incidents?target=U", "target"),
    ("/api/incidents?min_drones=-5", "min_drones"),
    ("/api/incidents?min_drones=many", "min_drones"),
    ("/api/incidents?sort=size", "sort"),
    ("/api/incidents?min_drone=100", "min_drone"),
    ("/api/incidents?place=" + "k" * 201, "place"),
    ("/api/stats?since=2025-13-01", "since"),
    ("/api/stats?limit=3", "limit"),
    ("/api/rejects?limit=x", "limit"),
    ("/api/exports/incidents.csv?attacker=xyz", "attacker"),
    ("/api/exports/incidents.csv?limit=5", "limit"),
]


@pytest.mark.parametrize(("url", "parameter"), BAD_PARAMETERS)
def test_a_bad_parameter_is_a_400_naming_it(client, url, parameter):
    assert assert_error_shape(client.get(url), 400, parameter)["code"] == "bad_parameter"


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("/api/articles/no-such-article", "article_not_found"),
        ("/api/incidents/2030-01-01-ru-ua-nowhere", "incident_not_found"),
        ("/api/no-such-endpoint", "not_found"),
        ("/api/exports/incidents.xlsx", "export_not_found"),
        ("/api/exports/secrets.csv", "export_not_found"),
    ],
)
def test_an_unknown_id_or_path_is_a_404(client, url, code):
    assert assert_error_shape(client.get(url), 404)["code"] == code


def test_wrong_method_is_a_405(client):
    assert assert_error_shape(client.delete("/api/incidents"), 405)["code"] == "method_not_allowed"


def test_ingest_is_off_without_a_token(client):
    error = assert_error_shape(client.post("/api/articles", json=ODESA), 403)
    assert "--ingest-token" in error["message"]


@pytest.mark.parametrize(
    "authorization", [None, "Bearer wrong-token", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer"]
)
def test_ingest_refuses_a_missing_or_wrong_token(ingest_client, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    response = ingest_client.post("/api/articles", json=ODESA, headers=headers)
    assert_error_shape(response, 401, "Authorization")
    assert response.headers["www-authenticate"] == "Bearer"
    assert get(ingest_client, "/api/articles")["total"] == 0


@pytest.mark.parametrize(
    ("body", "status", "parameter"),
    [
        (b"{not json", 400, "body"),
        (json.dumps([]).encode(), 400, "body"),
        (json.dumps([ODESA] * 4).encode(), 400, "body"),
        (json.dumps({**ODESA, "author": "someone"}).encode(), 400, "author"),
        (json.dumps({"id": "no-text"}).encode(), 400, "text"),
        (json.dumps([ODESA, {**ODESA, "text": 5}]).encode(), 400, "1.text"),
        (json.dumps({**ODESA, "text": "drone " * 5000}).encode(), 413, None),
    ],
)
def test_ingest_refuses_a_bad_body(ingest_client, body, status, parameter):
    response = ingest_client.post(
        "/api/articles",
        content=body,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert_error_shape(response, status, parameter)
    assert get(ingest_client, "/api/articles")["total"] == 0


def test_a_crash_answers_in_the_same_shape(tmp_path, caplog):
    class BrokenStore:
        def stats(self, **_: object) -> dict:
            raise RuntimeError("disk on fire")

    client = TestClient(create_app(BrokenStore()), raise_server_exceptions=False)
    error = assert_error_shape(client.get("/api/stats"), 500)
    assert error["code"] == "internal_error" and "disk on fire" not in error["message"]
    assert "disk on fire" in caplog.text  # the log keeps what the client is not told


def test_every_success_also_carries_the_security_headers(client):
    for url in ("/api/articles", "/api/openapi.json", "/api/exports/incidents.csv"):
        response = client.get(url)
        assert response.status_code == 200
        assert {h: response.headers[h] for h in SECURITY_HEADERS} == SECURITY_HEADERS
