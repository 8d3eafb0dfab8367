"""Browser tests: `strikewatch serve` over the bundled samples, driven in headless Chromium.

The session builds a SQLite store from samples/articles.jsonl plus one hostile article (markup
in its title and text), starts ``python -m strikewatch serve`` on a free loopback port, and
launches Debian's Chromium through Playwright. Every page a test opens records its console
errors, uncaught exceptions, dialogs and any request that would leave 127.0.0.1 (refused), so a
test can assert there were none. Screenshots go to build/screenshots/ (printed at the end of the
session); with STRIKEWATCH_DOCS_SCREENSHOT=1 the overview's, at a laptop's width and at a phone's,
also replace docs/screenshot-overview.png and docs/screenshot-phone.png.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from strikewatch import airforce
from strikewatch.ingest import read_inputs
from strikewatch.records import ArticleInput
from strikewatch.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "articles.jsonl"
SCREENSHOTS = ROOT / "build" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SERVER_START_SECONDS = 60
# The Air Force's tallies for the night of 2025-03-09, whose source is a post id of 96 characters
# without a space, as the tallies carry them: the incident page must still fit a phone. A drones
# figure for 2025-02-21 far from the samples' 261 gives the check a night that differs.
TALLIES = (
    "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,source\n"
    "2025-03-08 18:00,2025-03-09 08:30,Shahed-136/131,Kursk oblast,Ukraine,,412,381,9,"
    f"kpszsu/posts/pfbid0{'x7Kq2Lm9' * 10}\n"
    "2025-03-08 18:00,2025-03-09 08:30,Kh-101,Saratov oblast,Ukraine,,17,14,,kpszsu/posts/pfbid0Rz\n"
    "2025-02-20 18:00,2025-02-21 08:30,Shahed-136/131,Kursk oblast,Ukraine,,160,140,,kpszsu/posts/pfbid0Qa\n"
)
# Screenshots that `make screenshot` copies into docs/ for the README: the overview at both widths
DOCS_SCREENSHOTS = {
    "overview-laptop-1366": "screenshot-overview.png",
    "overview-phone-390": "screenshot-phone.png",
}
INGEST_TOKEN = "browser-test-token"

# An article as a hostile page might read once extracted: markup in the title and in the text, and a
# token of 5,000 characters with no space (a pasted blob) in both. If anything of it ran,
# window.__xss would be set or a dialog would open; if the token pushed a page wider than the
# screen, the layout tests would see it.
LONG_TOKEN = "SumyDroneDebrisReport" * 239  # 5,019 characters, one word
HOSTILE = ArticleInput(
    id="hostile-001",
    title=f'Drones strike Sumy <script>window.__xss = "title"</script> {LONG_TOKEN}',
    published="2025-09-02T08:00:00+03:00",
    outlet="Sumy <img src=x onerror=\"window.__xss = 'outlet'\"> Courier",
    url="javascript:window.__xss='url'",
    text=(
        "Russia attacked the city of Sumy overnight with 23 drones, the regional military administration "
        "said on Tuesday. <script>window.__xss = 'text'; alert('xss')</script> Air defence units shot "
        "down 18 of the drones, officials said, but debris damaged a school and several houses.\n\n"
        "Two people were injured <img src=x onerror=\"window.__xss = 'img'; alert(1)\"> when a drone hit "
        "a residential building in the centre of the city, the governor said on Telegram. Emergency crews "
        "put out the fires by morning, and the school will stay closed for the rest of the week.\n\n"
        f"Source: {LONG_TOKEN}"
    ),
)


@dataclass
class PageLog:
    """What went wrong on one page: console errors, page errors, dialogs, off-machine requests."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [
            *self.console_errors,
            *self.page_errors,
            *(f"dialog: {d}" for d in self.dialogs),
            *(f"request off the machine: {u}" for u in self.outside_requests),
        ]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if SCREENSHOTS.exists() and any(SCREENSHOTS.glob("*.png")):
        terminalreporter.write_line(f"browser screenshots: {SCREENSHOTS}")


@pytest.fixture(scope="session")
def hostile() -> ArticleInput:
    return HOSTILE


@pytest.fixture(scope="session")
def ingest_token() -> str:
    return INGEST_TOKEN


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store of the bundled samples plus the hostile article."""
    path = tmp_path_factory.mktemp("browser") / "samples.db"
    [hostile] = read_inputs(["-"], stdin=io.BytesIO(json.dumps(HOSTILE.__dict__).encode()))  # ingest's checks
    tallies = path.parent / "missile_attacks_daily.csv"
    tallies.write_text(TALLIES, encoding="utf-8")
    with Store(f"sqlite:///{path}") as store:
        summary = store.ingest([*read_inputs([str(SAMPLES)]), hostile])
        loaded = store.import_tallies(airforce.read_tallies(str(tallies)))
    assert summary.rejected == 0, summary
    assert (loaded.loaded, loaded.rejected) == (3, 0), loaded
    return path


@pytest.fixture(scope="session")
def server(sample_db: Path) -> Iterator[str]:
    """`strikewatch serve` on a free loopback port; yields its base URL."""
    port = _free_port()
    env = {**os.environ, "STRIKEWATCH_INGEST_TOKEN": INGEST_TOKEN}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "strikewatch",
            "serve",
            "--db",
            str(sample_db),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
            raise RuntimeError(f"strikewatch serve exited with {process.returncode}:\n{output}")
        try:
            if httpx.get(f"{base}/api", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"strikewatch serve did not answer on {base} within {SERVER_START_SECONDS} s")


@pytest.fixture(scope="session")
def api(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: object, server: str) -> Iterator[tuple[object, PageLog]]:
    """A fresh page and the log of what went wrong on it; requests leaving 127.0.0.1 are refused."""
    yield from _page(browser, {"width": 1280, "height": 900})


@pytest.fixture(params=[(390, 844), (1366, 900)], ids=["phone-390", "laptop-1366"])
def sized_page(
    request: pytest.FixtureRequest, browser: object, server: str
) -> Iterator[tuple[object, PageLog]]:
    """The same, at a phone's width and at a laptop's."""
    width, height = request.param
    yield from _page(browser, {"width": width, "height": height})


def _page(browser: object, viewport: dict[str, int]) -> Iterator[tuple[object, PageLog]]:
    context = browser.new_context(viewport=viewport)
    log = PageLog()

    def guard(route: object) -> None:
        host = urlsplit(route.request.url).hostname
        if route.request.url.startswith("data:") or host == "127.0.0.1":
            route.continue_()
        else:
            log.outside_requests.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on(
        "console",
        lambda m: log.console_errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    page.on("pageerror", lambda e: log.page_errors.append(f"page error: {e}"))

    def on_dialog(dialog: object) -> None:
        log.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield page, log
    context.close()


@pytest.fixture(scope="session")
def screenshot() -> Callable[[object, str], Path]:
    """Save a full-page screenshot under build/screenshots/ (and docs/ for the overview, on request)."""

    def take(page: object, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        if name in DOCS_SCREENSHOTS and os.environ.get("STRIKEWATCH_DOCS_SCREENSHOT") == "1":
            (ROOT / "docs").mkdir(exist_ok=True)
            page.screenshot(path=str(ROOT / "docs" / DOCS_SCREENSHOTS[name]))
        return path

    return take
