"""An optional abstractive brief from a local model server, checked like any other brief.

Any OpenAI-compatible chat endpoint works (llama.cpp's ``llama-server``, Ollama, vLLM):
``llm_brief`` sends the article and its extracted facts with the versioned prompt
(``prompts/brief.v1.toml``), reads a JSON brief from the reply and runs
``strikewatch.faithful.check_brief`` on it. A brief that fails the checker, a reply that is not
a brief, and a server that does not answer all fall back to the built-in brief
(``strikewatch.brief.build_brief``), and the reason is kept. Every request and reply is kept
verbatim in ``LLMBrief.exchanges``.

Nothing here runs unless a URL is given; the only dependency is httpx (a core dependency).
"""

from __future__ import annotations

import json
import re
import time
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from string import Template
from typing import Any

import httpx

from .brief import build_brief
from .config import per_run, setting
from .errors import LLMError
from .faithful import Problem, check_brief
from .records import AirAttack, ArticleInput, Brief

MAX_ARTICLE_CHARS = 12_000  # longer articles are cut in the prompt: local models have small contexts


@dataclass(frozen=True)
class LLMOptions:
    """Where the model server is and how to call it (defaults from defaults.toml [brief.llm])."""

    url: str  # the server's base URL, e.g. http://127.0.0.1:8080/v1
    model: str = setting("brief.llm", "model")
    timeout: float = setting("brief.llm", "timeout")
    connect_timeout: float = setting("brief.llm", "connect_timeout")
    max_tries: int = setting("brief.llm", "max_tries")
    retry_interval: float = setting("brief.llm", "retry_interval")
    temperature: float = setting("brief.llm", "temperature")
    max_tokens: int = setting("brief.llm", "max_tokens")
    prompt: str = setting("brief.llm", "prompt")
    api_key: str | None = per_run(None)

    @classmethod
    def from_defaults(cls, url: str, **overrides: Any) -> LLMOptions:
        """Options for URL with the settings' values, then OVERRIDES (None values are ignored)."""
        return cls(url=url, **{k: v for k, v in overrides.items() if v is not None})

    @property
    def prompt_version(self) -> str:
        return self.prompt.removesuffix(".toml")


@dataclass(frozen=True)
class Exchange:
    """One request to the model server and what came back, kept verbatim."""

    request: str  # the JSON body sent
    response: str | None  # the body received, None when nothing came back
    status: int | None
    error: str | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class LLMBrief:
    """The brief to use, which backend wrote it, and why the model's brief was refused, if it was."""

    brief: Brief
    backend: str  # "llm" or "rules" (the built-in brief, after a fallback)
    prompt_version: str
    exchanges: tuple[Exchange, ...] = ()
    reason: str | None = None  # why the model's brief was not used
    problems: tuple[Problem, ...] = field(default=())  # what the checker found in the model's brief


@cache
def load_prompt(name: str) -> dict[str, str]:
    """The prompt file NAME from strikewatch/prompts: {"system": ..., "user": ...}."""
    return tomllib.loads(files("strikewatch").joinpath("prompts", name).read_text(encoding="utf-8"))


def facts_text(events: tuple[AirAttack, ...]) -> str:
    """The extracted events as short lines the model can copy figures from."""
    lines = []
    for n, event in enumerate(events, 1):
        parts = [f"attacker {event.attacker or '?'}", f"target {event.target_country or '?'}"]
        if event.places:
            parts.append("places " + ", ".join(event.places))
        for name in ("drones", "missiles"):
            counts = getattr(event, name)
            parts += [f"{name} {k} {v}" for k, v in counts.to_dict().items() if v is not None]
        parts += [
            f"{k} {v}" for k, v in (("killed", event.killed), ("injured", event.injured)) if v is not None
        ]
        if event.damage:
            parts.append("damage " + ", ".join(event.damage))
        hedged = sorted({e.field for e in event.evidence if e.hedged})
        if hedged:
            parts.append("hedged in the article: " + ", ".join(hedged))
        lines.append(f"{n}. " + "; ".join(parts))
    return "\n".join(lines) or "(no attack reported)"


def render_messages(
    article: ArticleInput, events: tuple[AirAttack, ...], prompt: str
) -> list[dict[str, str]]:
    """The chat messages for one article."""
    template = load_prompt(prompt)
    user = Template(template["user"]).safe_substitute(
        title=article.title or "(none)", text=article.text[:MAX_ARTICLE_CHARS], facts=facts_text(events)
    )
    return [{"role": "system", "content": template["system"].strip()}, {"role": "user", "content": user}]


def parse_brief(content: str) -> Brief:
    """The brief in a model's reply: a JSON object, possibly inside a ``` fence or after some words."""
    match = re.search(r"\{.*\}", content, re.DOTALL)
    if not match:
        raise LLMError(f"the reply has no JSON object: {content[:120]!r}")
    try:
        data = json.loads(match.group())
    except json.JSONDecodeError as error:
        raise LLMError(f"the reply's JSON is not valid ({error.msg} at column {error.colno})") from None
    missing = [
        k for k in ("headline", "dek", "summary") if not isinstance(data.get(k), str) or not data[k].strip()
    ]
    if missing:
        raise LLMError(f"the reply's brief lacks {', '.join(missing)}")
    return Brief(
        headline=" ".join(data["headline"].split()),
        dek=" ".join(data["dek"].split()),
        summary=" ".join(data["summary"].split()),
    )


def complete(
    messages: list[dict[str, str]], options: LLMOptions, client: httpx.Client | None = None
) -> tuple[str, list[Exchange]]:
    """The model's reply to MESSAGES, with every exchange; retries timeouts, 429 and 5xx."""
    body = json.dumps(
        {
            "model": options.model,
            "messages": messages,
            "temperature": options.temperature,
            "max_tokens": options.max_tokens,
        },
        ensure_ascii=False,
    )
    headers = {"Content-Type": "application/json"}
    if options.api_key:
        headers["Authorization"] = f"Bearer {options.api_key}"
    url = options.url.rstrip("/") + "/chat/completions"
    timeout = httpx.Timeout(options.timeout, connect=options.connect_timeout)
    own = client is None
    client = client or httpx.Client(timeout=timeout)
    exchanges: list[Exchange] = []
    try:
        for attempt in range(max(1, options.max_tries)):
            if attempt:
                time.sleep(options.retry_interval * 2 ** (attempt - 1))
            exchange, content = _attempt(client, url, body, headers, timeout)
            exchanges.append(exchange)
            if content is not None:
                return content, exchanges
            if exchange.status is not None and exchange.status < 500 and exchange.status != 429:
                break  # a client error will not go away by asking again
    finally:
        if own:
            client.close()
    raise LLMError(
        f"{url}: {exchanges[-1].error} after {len(exchanges)} attempt{'s' if len(exchanges) > 1 else ''}",
        tuple(exchanges),
    )


def _attempt(
    client: httpx.Client, url: str, body: str, headers: dict[str, str], timeout: httpx.Timeout
) -> tuple[Exchange, str | None]:
    started = time.perf_counter()
    try:
        response = client.post(url, content=body.encode("utf-8"), headers=headers, timeout=timeout)
    except httpx.HTTPError as error:
        return Exchange(
            body, None, None, f"{type(error).__name__}: {error}", time.perf_counter() - started
        ), None
    seconds = time.perf_counter() - started
    if response.status_code != 200:
        return Exchange(
            body, response.text, response.status_code, f"HTTP {response.status_code}", seconds
        ), None
    try:
        content = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        return Exchange(body, response.text, 200, "not an OpenAI chat completion", seconds), None
    return Exchange(body, response.text, 200, None, seconds), str(content)


def llm_brief(
    article: ArticleInput,
    events: tuple[AirAttack, ...],
    options: LLMOptions,
    client: httpx.Client | None = None,
) -> LLMBrief:
    """The model's brief when it passes the faithfulness checker, else the built-in brief and why."""
    fallback = build_brief(article, events)
    messages = render_messages(article, events, options.prompt)
    try:
        content, exchanges = complete(messages, options, client)
    except LLMError as error:
        return LLMBrief(fallback, "rules", options.prompt_version, error.exchanges, str(error))
    try:
        brief = parse_brief(content)
    except LLMError as error:
        return LLMBrief(fallback, "rules", options.prompt_version, tuple(exchanges), str(error))
    problems = tuple(check_brief(article, events, brief))
    if problems:
        reason = f"the model's brief failed the faithfulness check: {problems[0]}"
        return LLMBrief(fallback, "rules", options.prompt_version, tuple(exchanges), reason, problems)
    return LLMBrief(brief, "llm", options.prompt_version, tuple(exchanges))
