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


# A French report: read, then rejected by ingest's language check, after the request was accepted.
FRENCH = {
    "id": "odesa-fr-0905",
    "outlet": "Mer Noire Info",
    "published": "2025-09-05T09:00:00+03:00",
    "text": (
        "La Russie a lancé 31 drones contre le port d'Odessa pendant la nuit, a indiqué vendredi "
        "l'armée de l'air ukrainienne. La défense aérienne en a abattu 25, mais des débris ont "
        "endommagé un terminal céréalier et trois camions. Un employé du port a été blessé, selon le "
        "gouverneur de la région, et l'incendie a été maîtrisé dans la matinée."
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
        "place": (dict(place="kyiv"), lambda r: any(p.lower() == "kyiv" for p in r["places"])),
        "place_contains": (dict(place="kyiv", place_match="contains"),
                           lambda r: any("kyiv" in p.lower() for p in r["places"])),
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
    stats = get(client, "/api/stats")  # no theatre asked for: the busiest one
    theatre = stats["theatre"]
    assert theatre["chosen"] == "busiest"
    assert stats["theatres"][0]["incidents"] == stats["totals"]["incidents"]
    rows = get(client, "/api/incidents", limit=100, attacker=theatre["attacker"],
               target=theatre["target_country"])["items"]
    assert [n["date"] for n in stats["nights"]] == sorted({r["date"] for r in rows if r["date"]})
    assert sum(n["incidents"] for n in stats["nights"]) == sum(1 for r in rows if r["date"])
    assert all(w["week"] <= n["date"] for w in stats["weeks"][:1] for n in stats["nights"])
    assert len(stats["largest"]) <= 10 and stats["totals"]["incidents"] == len(rows)
    july = get(client, "/api/stats", since="2025-07-01", until="2025-07-31")
    assert [n["date"] for n in july["nights"]] == ["2025-07-04"]


def test_rejects_are_listed(ingest_client):
    response = ingest_client.post(
        "/api/articles", json=[ODESA, FRENCH], headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.json()["summary"]["rejected"] == 1
    rejects = get(ingest_client, "/api/rejects")
    assert rejects["total"] == 1
    assert rejects["items"][0]["reason"].startswith("text is in French, not in a language strikewatch reads")


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
        "place_match",
        "differs",
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
    ("/api/incidents?attacker=Russland", "attacker"),
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


# Bounds: every number bounded, no control character, no overflow in the database ------------------

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        (f"/api/incidents?offset={HUGE}", "offset"),
        (f"/api/incidents?min_drones={HUGE}", "min_drones"),
        (f"/api/incidents?limit={HUGE}", "limit"),
        (f"/api/articles?offset={HUGE}", "offset"),
        (f"/api/rejects?offset={HUGE}", "offset"),
        (f"/api/exports/incidents.csv?min_drones={HUGE}", "min_drones"),
        (f"/api/exports/claims.jsonl?min_drones={HUGE}", "min_drones"),
        (f"/api/exports/articles.jsonl?offset={HUGE}", "offset"),
        ("/api/incidents?offset=" + "9" * 5000, "offset"),
        ("/api/incidents?offset=9007199254740992", "offset"),  # MAX_NUMBER + 1
        ("/incidents.json?offset=" + HUGE, "offset"),
    ],
)
def test_a_huge_number_is_a_400_not_an_overflow(client, url, parameter):
    error = assert_error_shape(client.get(url), 400, parameter)
    assert "9007199254740991" in error["message"] or "exceeded maximum size" in error["message"], error
    assert len(error["message"]) < 200  # a 5,000-digit value is not echoed whole


def test_the_largest_number_allowed_is_answered(client):
    page = get(client, "/api/incidents", offset=2**53 - 1, min_drones=2**53 - 1)
    assert (page["total"], page["items"]) == (0, [])


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/articles?q=%00", "q"),
        ("/api/incidents?q=%00", "q"),
        ("/api/incidents?place=Kyiv%00", "place"),
        ("/api/incidents?q=drones%1b%5b31m", "q"),
        ("/api/exports/articles.jsonl?q=%00", "q"),
    ],
)
def test_a_control_character_in_a_search_is_a_400(client, url, parameter):
    error = assert_error_shape(client.get(url), 400, parameter)
    assert "control character" in error["message"]


def test_a_nul_search_no_longer_matches_everything(client):
    assert client.get("/api/articles", params={"q": "\x00"}).status_code == 400
    assert get(client, "/api/articles", q="no-such-word-anywhere")["total"] == 0


def test_raw_utf8_in_the_url_gets_the_json_error_shape(store):
    """Only a real server sees raw bytes: uvicorn, as `strikewatch serve` runs it, on a free port."""
    import socket
    import threading
    import time

    import uvicorn

    from strikewatch.cli_serve import uvicorn_config

    config = uvicorn_config(create_app(store), host="127.0.0.1", port=0, log_level="critical")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            connection.sendall("GET /api/incidents?place=Київ HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            reply = b""
            while chunk := connection.recv(65536):
                reply += chunk
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400"), head
    headers = dict(line.split(": ", 1) for line in head.decode("latin-1").lower().split("\r\n")[1:])
    assert headers["content-type"].startswith("application/json")
    assert headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"].lower()
    error = json.loads(body)
    assert error["ok"] is False and error["error"]["status"] == 400
    assert "percent-encode" in error["error"]["message"]


# Exports honour limit and offset -------------------------------------------------------------------


def test_the_articles_export_takes_limit_and_offset(client):
    listed = ids(get(client, "/api/articles", limit=100))
    lines = client.get("/api/exports/articles.jsonl", params={"limit": 3, "offset": 2}).text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == listed[2:5]
    rest = client.get("/api/exports/articles.jsonl", params={"offset": len(listed) - 1}).text.splitlines()
    assert [json.loads(line)["id"] for line in rest] == listed[-1:]


# POST: refused fields at the edge, later rejections in the answer ----------------------------------


@pytest.mark.parametrize(
    ("changes", "parameter", "words"),
    [
        ({"published": "2025-02-30"}, "published", "not an ISO 8601 date"),
        ({"published": "yesterday"}, "published", "not an ISO 8601 date"),
        ({"text": ""}, "text", "empty text"),
        ({"text": " \n\t "}, "text", "empty text"),
    ],
)
def test_ingest_refuses_a_bad_date_or_an_empty_text(ingest_client, changes, parameter, words):
    response = ingest_client.post(
        "/api/articles", json={**ODESA, **changes}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    error = assert_error_shape(response, 400, parameter)
    assert words in error["message"]
    assert get(ingest_client, "/api/articles")["total"] == 0


def test_ingest_returns_each_rejection_with_its_reason(ingest_client):
    response = ingest_client.post(
        "/api/articles", json=[ODESA, FRENCH], headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is False and body["summary"]["added"] == 1
    [rejected] = body["rejected"]
    assert rejected["input"].endswith(":2") and rejected["stage"] == "read"
    assert rejected["reason"].startswith("text is in French, not in a language strikewatch reads")
    again = ingest_client.post("/api/articles", json=ODESA, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["ok"] is True and again.json()["rejected"] == []


def test_ingest_reads_ukrainian_and_russian_posts_and_names_the_language_it_rejects(ingest_client):
    posts = [
        {"id": "kharkiv-uk", "published": "2025-07-04T08:10:00+03:00", "outlet": "Харківська ОВА",
         "text": "Вночі ворог атакував Харків ударними БпЛА. Двоє людей поранені."},
        {"id": "belgorod-ru", "published": "2025-07-04T07:40:00+03:00",
         "text": "В Белгороде трое раненых после атаки беспилотников."},
        {"id": "minsk-be", "published": "2025-07-04T07:40:00+03:00",
         "text": "Вночы расійскія войскі атакавалі Кіеў беспілотнікамі."},
    ]
    headers = {"Authorization": f"Bearer {TOKEN}"}
    body = ingest_client.post("/api/articles", json=posts, headers=headers).json()
    assert body["summary"]["added"] == 2
    [rejected] = body["rejected"]
    assert rejected["reason"].startswith("text is in Belarusian, not in a language strikewatch reads")
    languages = {row["id"]: row["language"] for row in get(ingest_client, "/api/articles")["items"]}
    assert languages == {"kharkiv-uk": "uk", "belgorod-ru": "ru"}
    article = get(ingest_client, "/api/articles/kharkiv-uk")
    assert article["record"]["language"] == "uk" and article["record"]["extractor"].startswith("rules-uk/")
    assert article["record"]["events"][0]["injured"] == 2


# OpenAPI: generated from the real models, valid, every $ref resolves, answers match it ---------------


def _refs(node: object) -> list[str]:
    if isinstance(node, dict):
        return [*([node["$ref"]] if isinstance(node.get("$ref"), str) else []), *_refs(list(node.values()))]
    if isinstance(node, list):
        return [ref for item in node for ref in _refs(item)]
    return []


def _resolve(spec: dict, ref: str) -> object:
    assert ref.startswith("#/"), ref
    node: object = spec
    for part in ref[2:].split("/"):
        assert isinstance(node, dict) and part in node, f"{ref} does not resolve"
        node = node[part]
    return node


def test_the_openapi_document_is_valid_and_every_ref_resolves(client):
    from openapi_spec_validator import validate

    spec = get(client, "/api/openapi.json")
    validate(spec)
    refs = _refs(spec)
    assert "#/components/schemas/ArticleIn" in refs and "#/components/schemas/ErrorBody" in refs
    for ref in refs:
        _resolve(spec, ref)
    text = json.dumps(spec)
    assert "422" not in json.dumps(list(spec["paths"].values())) and "HTTPValidationError" not in text
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            assert "4XX" in responses, (path, method)
            ok = responses.get("200", {}).get("content", {})
            assert ok and all(media.get("schema") for media in ok.values()), (path, method)


def schema_validator(spec: dict, schema: dict):
    """A JSON Schema validator for SCHEMA, a part of the OpenAPI document SPEC whose $refs point into it."""
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    registry = Registry().with_resource("urn:spec", Resource.from_contents(spec, DRAFT202012))
    rooted = json.loads(json.dumps(schema).replace('"#/components/', '"urn:spec#/components/'))
    return jsonschema.Draft202012Validator(rooted, registry=registry)


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/api", "/api"),
        ("/api/articles?limit=5", "/api/articles"),
        ("/api/articles/sample-006", "/api/articles/{article_id}"),
        ("/api/incidents?limit=100", "/api/incidents"),
        ("/api/incidents/{incident}", "/api/incidents/{incident_id}"),
        ("/api/stats", "/api/stats"),
        ("/api/rejects", "/api/rejects"),
        ("/api/incidents?min_drones=1e9", None),  # an error answers in its documented shape too
        ("/api/articles/no-such-article", None),
    ],
)
def test_real_answers_match_their_openapi_schema(client, url, path):
    spec = get(client, "/api/openapi.json")
    incident = get(client, "/api/incidents", sort="-conflicts", limit=1)["items"][0]["id"]
    response = client.get(url.format(incident=incident))
    status = "200" if path else "4XX"
    operation = spec["paths"][path or "/api/incidents"]["get"]
    schema = operation["responses"][status]["content"]["application/json"]["schema"]
    assert response.status_code == 200 if path else 400 <= response.status_code < 500
    schema_validator(spec, schema).validate(response.json())


def test_the_ingest_request_and_answer_match_their_schemas(ingest_client):
    import jsonschema

    spec = get(ingest_client, "/api/openapi.json")
    post = spec["paths"]["/api/articles"]["post"]
    body = schema_validator(spec, post["requestBody"]["content"]["application/json"]["schema"])
    body.validate(ODESA)
    body.validate([ODESA, FRENCH])
    with pytest.raises(jsonschema.ValidationError):
        body.validate({**ODESA, "author": "someone"})
    response = ingest_client.post(
        "/api/articles", json=[ODESA, FRENCH], headers={"Authorization": f"Bearer {TOKEN}"}
    )
    answer = schema_validator(spec, post["responses"]["200"]["content"]["application/json"]["schema"])
    answer.validate(response.json())


# CORS: off unless asked for ------------------------------------------------------------------------


def test_cors_is_off_by_default_and_on_for_the_origins_given(store, client):
    origin = {"Origin": "https://notebook.example"}
    assert "access-control-allow-origin" not in client.get("/api/stats", headers=origin).headers
    shared = TestClient(create_app(store, ServeOptions.from_defaults(cors_origins=("https://notebook.example",))))
    answer = shared.get("/api/stats", headers=origin)
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "https://notebook.example"
    other = shared.get("/api/stats", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = shared.options(
        "/api/articles",
        headers={**origin, "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 400  # reading is shared, ingesting is not


def test_a_country_filter_takes_a_name_as_well_as_a_code(client):
    by_code = ids(get(client, "/api/incidents", attacker="UA", limit=100))
    assert by_code and ids(get(client, "/api/incidents", attacker="Ukraine", limit=100)) == by_code
    assert ids(get(client, "/api/incidents", attacker="ukrainian", target="Russia", limit=100)) == by_code
    error = assert_error_shape(client.get("/api/incidents", params={"attacker": "Russland"}), 400, "attacker")
    assert "two-letter ISO code" in error["message"]


def test_a_place_matches_exactly_unless_asked_otherwise(client):
    rows = get(client, "/api/incidents", limit=100)["items"]
    oblast_only = [r["id"] for r in rows if "Sumy Oblast" in r["places"] and "Sumy" not in r["places"]]
    exact = ids(get(client, "/api/incidents", place="Sumy", limit=100))
    contains = ids(get(client, "/api/incidents", place="Sumy", place_match="contains", limit=100))
    assert oblast_only, "the samples need an incident in Sumy Oblast that is not in Sumy"
    assert exact and not set(oblast_only) & set(exact) and set(oblast_only) <= set(contains)
    assert set(exact) == {r["id"] for r in rows if "Sumy" in r["places"]}
    assert ids(get(client, "/api/incidents", place="kyiv oblast", limit=100)) == ids(
        get(client, "/api/incidents", place="Kyiv Oblast", limit=100)
    )


@pytest.mark.parametrize("name", ["Київ", "Киев", "Kiev"])
def test_a_place_in_ukrainian_russian_or_an_old_spelling_finds_the_same_incidents(client, name):
    english = ids(get(client, "/api/incidents", place="Kyiv", limit=100))
    assert english and ids(get(client, "/api/incidents", place=name, limit=100)) == english
    assert ids(get(client, "/api/incidents", q=name, limit=100)) == ids(
        get(client, "/api/incidents", q="Kyiv", limit=100)
    )


def test_stats_keep_one_theatre(client):
    busiest = get(client, "/api/stats")
    russian = get(client, "/api/stats", attacker="RU", target="UA")
    ukrainian = get(client, "/api/stats", attacker="Ukraine")
    assert russian["theatre"] == {"attacker": "RU", "target_country": "UA", "chosen": "given"}
    assert (ukrainian["theatre"]["attacker"], ukrainian["theatre"]["chosen"]) == ("UA", "busiest")
    assert busiest["totals"] == russian["totals"]  # the samples are mostly Russia's attacks on Ukraine
    everything = get(client, "/api/incidents", limit=100)["items"]
    theatres = {(t["attacker"], t["target_country"]): t for t in busiest["theatres"]}
    assert sum(t["incidents"] for t in theatres.values()) == len(everything) and len(theatres) > 1
    for stats in (russian, ukrainian):  # each theatre's totals are its own incidents' and no one else's
        side = (stats["theatre"]["attacker"], stats["theatre"]["target_country"])
        own = [r for r in everything if (r["attacker"], r["target_country"]) == side]
        assert stats["totals"]["incidents"] == len(own) == theatres[side]["incidents"] > 0
        for key in ("drones_launched", "drones_destroyed", "missiles_launched", "killed"):
            assert stats["totals"][key] == sum(r[key] or 0 for r in own), (side, key)
    assert russian["totals"]["drones_destroyed"] <= russian["totals"]["drones_launched"]


def test_an_article_search_for_a_place_in_ukrainian_finds_it_in_english(client):
    english = ids(get(client, "/api/articles", q="Dnipro", limit=100))
    assert english and ids(get(client, "/api/articles", q="Дніпро", limit=100)) == english
