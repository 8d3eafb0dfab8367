"""Shared fixtures: realistic articles, JSONL files, the CLI runner and the record schema."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import strikewatch

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATHS = [  # the package's own copy first, then the SPEC's, kept in eval/spec/
    Path(strikewatch.__file__).parent / "schema" / "article.schema.json",
    ROOT / "eval" / "spec" / "article.schema.json",
]

PARAGRAPHS = [
    "Russia launched {drones} drones and {missiles} missiles at Ukraine overnight, the Ukrainian air force "
    "said on {day}, in an attack that damaged energy facilities in the {region} region.",
    "Air defence units shot down most of the drones, while several missiles hit their targets. A power "
    "substation was damaged and thousands of homes were left without electricity, the governor said.",
    "Two people were injured when debris from a downed drone fell on a house in a village near the city, "
    "officials said. Emergency crews worked through the morning to put out fires at the site.",
]


def make_article(article_id: str, **fields: object) -> dict:
    """One article as a SPEC input object, with realistic English text (about 100 words)."""
    text = "\n\n".join(PARAGRAPHS).format(drones=41, missiles=6, day="Saturday", region="Kharkiv")
    return {"id": article_id, "title": "Overnight attack damages energy facilities in Kharkiv region",
            "published": "2025-03-08T09:00:00+02:00", "outlet": "Kyiv Ledger", "text": text, **fields}


def make_jsonl(*rows: dict | str) -> str:
    """JSONL text from objects (dumped) and literal lines (kept as they are, for bad lines)."""
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)


@pytest.fixture
def article() -> Callable[..., dict]:
    return make_article


@pytest.fixture
def jsonl() -> Callable[..., str]:
    return make_jsonl


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], str]:
    """Write a file under tmp_path and return its path as a string, as a user would type it."""
    def write(name: str, content: str | bytes) -> str:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return str(path)
    return write


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def record_schema() -> dict | None:
    path = next((p for p in SCHEMA_PATHS if p.exists()), None)
    return json.loads(path.read_text(encoding="utf-8")) if path else None


@pytest.fixture(scope="session")
def validate_record(record_schema: dict | None) -> Callable[[dict], None]:
    """Check one output record against article.schema.json; a no-op when the schema is absent."""
    if record_schema is None:
        return lambda record: None
    return jsonschema.Draft202012Validator(record_schema).validate


def pytest_report_header(config: pytest.Config) -> list[str]:
    """Say at the start what the run leaves out, and how to include it."""
    from conftest_store import POSTGRES

    if POSTGRES:
        return [f"PostgreSQL store tests: on, at {POSTGRES.split('@')[-1]}"]
    return [POSTGRESQL_SKIPPED]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from conftest_store import POSTGRES

    if not POSTGRES:
        terminalreporter.write_line(f"SKIPPED {POSTGRESQL_SKIPPED}")


POSTGRESQL_SKIPPED = (
    "PostgreSQL store tests: not run (the store suite ran on SQLite only); to run them too, start a "
    "server and set STRIKEWATCH_TEST_POSTGRES to its URL: "
    'STRIKEWATCH_TEST_POSTGRES="$(.ci/postgres.sh)" make test'
)
