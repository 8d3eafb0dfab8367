"""The optional abstractive brief, against a fake OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from strikewatch.brief import build_brief
from strikewatch.cli import cli
from strikewatch.extract import extract_events
from strikewatch.llm import LLMError, LLMOptions, llm_brief, parse_brief, render_messages
from strikewatch.records import ArticleInput

TEXT = (
    "Russian missiles hit an energy facility in Khmelnytskyi overnight into Monday, injuring three "
    "workers, regional officials said.\n\n"
    "The air force said Russia had launched six Kalibr cruise missiles, four of which were shot down."
)
ARTICLE = ArticleInput(id="kh1", text=TEXT, published="2025-10-06")
FAITHFUL = {
    "headline": "Russian missiles hit energy facility in Khmelnytskyi, injuring three",
    "dek": "Russia launched six Kalibr cruise missiles; four were shot down.",
    "summary": "Russian missiles hit an energy facility in Khmelnytskyi overnight into Monday, "
    "injuring three workers, regional officials said.",
}


def completion(content: str) -> dict:
    return {
        "id": "x",
        "object": "chat.completion",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
    }


class FakeServer:
    """Answers POST /v1/chat/completions with the queued (status, body, delay) replies, in turn."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, str, float]] = []
        self.requests: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                server.requests.append({"path": self.path, "body": json.loads(body)})
                status, reply, delay = (
                    server.replies.pop(0) if server.replies else (500, "no reply queued", 0)
                )
                time.sleep(delay)
                data = reply.encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def answer(self, content: str, status: int = 200, delay: float = 0.0) -> None:
        body = json.dumps(completion(content)) if status == 200 else content
        self.replies.append((status, body, delay))


@pytest.fixture
def server() -> Iterator[FakeServer]:
    fake = FakeServer()
    thread = threading.Thread(target=fake.httpd.serve_forever, daemon=True)
    thread.start()
    yield fake
    fake.httpd.shutdown()
    fake.httpd.server_close()
    thread.join()


@pytest.fixture(scope="module")
def events():
    return extract_events(ARTICLE)


def options(server: FakeServer, **changes) -> LLMOptions:
    values = {"model": "fake", "timeout": 2.0, "connect_timeout": 1.0, "max_tries": 2, "retry_interval": 0.0}
    return LLMOptions(url=server.url, **(values | changes))


def test_a_faithful_model_brief_is_used_and_the_exchange_kept(server, events):
    server.answer("Here is the brief:\n```json\n" + json.dumps(FAITHFUL) + "\n```")
    result = llm_brief(ARTICLE, events, options(server))
    assert result.backend == "llm" and result.reason is None
    assert result.brief.headline == FAITHFUL["headline"]
    assert result.prompt_version == "brief.v1"
    sent = server.requests[0]
    assert sent["path"] == "/v1/chat/completions" and sent["body"]["model"] == "fake"
    assert "Khmelnytskyi" in sent["body"]["messages"][1]["content"]
    assert json.loads(result.exchanges[0].request) == sent["body"]
    assert FAITHFUL["headline"] in result.exchanges[0].response


def test_an_unfaithful_model_brief_falls_back_with_the_problems(server, events):
    server.answer(
        json.dumps({**FAITHFUL, "dek": "Russia launched 16 Kalibr cruise missiles; four were shot down."})
    )
    result = llm_brief(ARTICLE, events, options(server))
    assert result.backend == "rules"
    assert result.brief == build_brief(ARTICLE, events)
    assert "faithfulness" in result.reason and result.problems[0].kind == "number"
    assert len(result.exchanges) == 1


def test_a_server_error_is_retried(server, events):
    server.answer("overloaded", status=503)
    server.answer(json.dumps(FAITHFUL))
    result = llm_brief(ARTICLE, events, options(server))
    assert result.backend == "llm"
    assert [e.status for e in result.exchanges] == [503, 200]


def test_a_client_error_is_not_retried(server, events):
    server.answer('{"error": "unknown model"}', status=404)
    result = llm_brief(ARTICLE, events, options(server))
    assert result.backend == "rules" and "HTTP 404" in result.reason
    assert len(server.requests) == 1


def test_a_slow_server_times_out_and_falls_back(server, events):
    server.answer(json.dumps(FAITHFUL), delay=1.0)
    server.answer(json.dumps(FAITHFUL), delay=1.0)
    result = llm_brief(ARTICLE, events, options(server, timeout=0.2, max_tries=2))
    assert result.backend == "rules"
    assert "Timeout" in result.reason and "after 2 attempts" in result.reason


def test_no_server_falls_back_naming_the_url(events):
    dead = LLMOptions(url="http://127.0.0.1:9/v1", timeout=0.5, connect_timeout=0.5, max_tries=1)
    result = llm_brief(ARTICLE, events, dead)
    assert result.backend == "rules" and "127.0.0.1:9/v1" in result.reason


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        ("I cannot help with that.", "no JSON object"),
        ('{"headline": "x", "dek": "y"', "no JSON object"),
        ('{"headline": "Russian missiles hit Khmelnytskyi", "dek": ""}', "lacks dek, summary"),
        ('{"headline": 1, "dek": [, "summary": 2}', "not valid"),
    ],
)
def test_replies_that_are_not_briefs_are_refused(reply, message):
    with pytest.raises(LLMError, match=message):
        parse_brief(reply)


def test_the_prompt_carries_the_facts_and_hedges(events):
    messages = render_messages(ARTICLE, events, "brief.v1.toml")
    assert messages[0]["role"] == "system" and "hedge" in messages[0]["content"]
    assert "missiles launched 6" in messages[1]["content"] and "injured 3" in messages[1]["content"]


def test_brief_command_uses_the_server(server, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"id": "kh1", "text": TEXT, "published": "2025-10-06"}) + "\n", encoding="utf-8"
    )
    server.answer(json.dumps(FAITHFUL))
    result = CliRunner().invoke(
        cli, ["brief", str(path), "--format", "jsonl", "--llm-url", server.url, "--llm-model", "fake"]
    )
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["backend"] == "llm" and row["brief"] == FAITHFUL and row["prompt"] == "brief.v1"
