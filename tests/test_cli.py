"""`strikewatch extract` end to end: records in input order, rejections on stderr, exit codes."""
from __future__ import annotations

import importlib
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import strikewatch
import strikewatch.cli
from conftest import DATA, ROOT
from strikewatch.cli import cli

# the module, not the function of the same name that the package exports
EXTRACT_MODULE = importlib.import_module("strikewatch.extract")
SAMPLE_IDS = [json.loads(line)["id"]
              for line in (ROOT / "samples" / "articles.jsonl").read_text().splitlines()]


def extract(runner, *args, input=None):  # noqa: A002 - click's CliRunner calls it input
    return runner.invoke(cli, ["extract", *args], input=input)


def records(result, validate_record):
    """The records on stdout, each checked against the article schema."""
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    for record in lines:
        validate_record(record)
    return lines


def record_ids(result, validate_record):
    return [record["id"] for record in records(result, validate_record)]


def rejected(result):
    return [line.removeprefix("strikewatch: rejected ") for line in result.stderr.splitlines()
            if line.startswith("strikewatch: rejected ")]


def summary(result):
    return result.stderr.splitlines()[-1]


def test_jsonl_with_good_and_bad_lines(runner, write, article, jsonl, validate_record):
    path = write("articles.jsonl", jsonl(
        article("a1"), '{"id": "a-bad" "text": "x"}', article("a2"), {"text": "Drones hit Kyiv overnight."},
        article("a3"), {"id": "a-no-text"},
    ))
    result = extract(runner, path)
    assert result.exit_code == 1
    assert record_ids(result, validate_record) == ["a1", "a2", "a3"]
    assert rejected(result) == [
        f"{path}:2: not valid JSON (Expecting ',' delimiter at column 16)",
        f'{path}:4: missing required field "id"',
        f'{path}:6: missing required field "text"',
    ]
    assert summary(result) == "3 articles extracted, 3 rejected"


def test_all_good_exits_0(runner, write, article, jsonl, validate_record):
    result = extract(runner, write("articles.jsonl", jsonl(article("a1"))))
    assert result.exit_code == 0
    assert record_ids(result, validate_record) == ["a1"]
    assert result.stderr == "1 article extracted, 0 rejected\n"


def test_jsonl_output_is_one_compact_object_a_line(runner, write, article, jsonl):
    result = extract(runner, write("articles.jsonl", jsonl(article("a1"), article("a2"))))
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(line.startswith('{"id":') and ": " not in line[:20] for line in lines)


def test_samples_extract_cleanly(runner, validate_record):
    result = extract(runner, str(ROOT / "samples" / "articles.jsonl"))
    assert result.exit_code == 0, result.stderr
    assert record_ids(result, validate_record) == SAMPLE_IDS


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("notes.txt", "", "empty text"),
    ("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not text (binary data)"),
    ("fr.txt", (DATA / "french.txt").read_text(), "text is in French, not in a language strikewatch reads"),
    ("big.txt", "Russian drones attacked the city overnight, officials said.\n\n" * (5 * 2**20 // 61),
     "text is 5.2 MB, over the 2 MB limit"),  # a 5 MiB article
    ("page.html", (DATA / "no_article.html").read_text(), "no article text found in the page"),
])
def test_bad_file_is_named_on_stderr(runner, write, article, jsonl, validate_record, name, content, reason):
    good = write("good.jsonl", jsonl(article("g1")))
    bad = write(name, content)
    result = extract(runner, bad, good)
    assert result.exit_code == 1
    assert record_ids(result, validate_record) == ["g1"]
    [message] = rejected(result)
    assert message.startswith(f"{bad}: {reason}")
    assert summary(result) == "1 article extracted, 1 rejected"


@pytest.mark.parametrize("make_path", [
    lambda tmp: str(tmp / "missing.jsonl"),
    lambda tmp: str(tmp / "good.jsonl" / "inner.txt"),  # a path through a file
])
def test_unreadable_path_is_named_with_the_os_reason(runner, tmp_path, write, article, jsonl, make_path):
    write("good.jsonl", jsonl(article("g1")))
    path = make_path(tmp_path)
    result = extract(runner, path, str(tmp_path / "good.jsonl"))
    assert result.exit_code == 1
    [message] = rejected(result)
    assert message.startswith(f"{path}: cannot read (")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file whatever its mode")
def test_file_without_read_permission(runner, write):
    path = write("secret.txt", (DATA / "kharkiv_strike.txt").read_text())
    os.chmod(path, 0)
    result = extract(runner, path)
    assert (result.exit_code, rejected(result)) == (1, [f"{path}: cannot read (Permission denied)"])


def test_html_page_with_boilerplate(runner, validate_record, monkeypatch):
    seen = []
    monkeypatch.setattr(EXTRACT_MODULE, "extract_article", _recording(seen))
    path = str(DATA / "refinery_strike.html")
    result = extract(runner, path, "--time-budget", "0")  # in this process, where `seen` records
    assert result.exit_code == 0
    assert record_ids(result, validate_record) == [path]
    [page] = seen
    assert page.title.startswith("Drones set fire to oil refinery")
    assert page.text.startswith("Ukrainian drones struck an oil refinery")
    assert "Privacy policy" not in page.text and "Most read" not in page.text


def test_txt_with_a_title_line(runner, monkeypatch):
    seen = []
    monkeypatch.setattr(EXTRACT_MODULE, "extract_article", _recording(seen))
    result = extract(runner, str(DATA / "kharkiv_strike.txt"), "--time-budget", "0")
    assert result.exit_code == 0
    assert seen[0].title == "Missile strike on Kharkiv kills two, damages university building"
    assert seen[0].text.startswith("Russian forces struck")


def test_directory(runner, tmp_path, write, article, jsonl, validate_record):
    write("corpus/2025-03/b.txt", (DATA / "kharkiv_strike.txt").read_text())
    write("corpus/2025-03/a.jsonl", jsonl(article("a1"), "{broken"))
    write("corpus/notes.md", "Not read: only .jsonl, .json, .txt and .html files are.")
    directory = str(tmp_path / "corpus")
    result = extract(runner, directory)
    assert result.exit_code == 1
    assert record_ids(result, validate_record) == ["a1", f"{directory}/2025-03/b.txt"]
    assert rejected(result) == [
        f"{directory}/2025-03/a.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes "
        "at column 2)",
    ]


def test_stdin_jsonl(runner, article, jsonl, validate_record):
    result = extract(runner, "-", input=jsonl(article("s1"), article("s2")))
    assert result.exit_code == 0
    assert record_ids(result, validate_record) == ["s1", "s2"]


def test_stdin_is_the_default(runner, validate_record):
    result = extract(runner, input=(DATA / "kharkiv_strike.txt").read_text())
    assert result.exit_code == 0
    assert record_ids(result, validate_record) == ["-"]


def test_published_default_is_applied(runner, write, article, jsonl, monkeypatch):
    seen = []
    monkeypatch.setattr(EXTRACT_MODULE, "extract_article", _recording(seen))
    path = write("articles.jsonl", jsonl(article("a1", published=None), article("a2")))
    result = extract(runner, path, "--published", "2025-07-04", "--time-budget", "0")
    assert result.exit_code == 0
    assert [a.published for a in seen] == ["2025-07-04", "2025-03-08T09:00:00+02:00"]


@pytest.mark.parametrize("value", ["yesterday", "04/07/2025", "2025-02-30"])
def test_invalid_published_is_a_usage_error(runner, write, article, jsonl, value):
    result = extract(runner, write("articles.jsonl", jsonl(article("a1"))), "--published", value)
    assert result.exit_code == 2
    assert "Invalid value for '--published': not an ISO 8601 date" in result.stderr
    assert result.stdout == ""


def test_output_file(runner, tmp_path, write, article, jsonl, validate_record):
    out = tmp_path / "records.jsonl"
    result = extract(runner, write("articles.jsonl", jsonl(article("a1"), article("a2"))), "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in lines] == ["a1", "a2"]
    for record in lines:
        validate_record(record)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "records.jsonl"]


def test_output_file_is_left_untouched_when_a_run_is_interrupted(runner, tmp_path, write, article, jsonl,
                                                                  monkeypatch):
    out = tmp_path / "records.jsonl"
    out.write_text("previous records\n")

    def interrupted(item):
        raise KeyboardInterrupt

    monkeypatch.setattr(EXTRACT_MODULE, "extract_article", interrupted)
    result = extract(runner, write("articles.jsonl", jsonl(article("a1"))), "-o", str(out))
    assert result.exit_code == 1  # click's "Aborted!"
    assert out.read_text() == "previous records\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "records.jsonl"]


def test_output_to_a_directory_is_a_usage_error(runner, tmp_path, write, article, jsonl):
    result = extract(runner, write("articles.jsonl", jsonl(article("a1"))), "-o", str(tmp_path))
    assert result.exit_code == 2
    assert "is a directory" in result.stderr


def test_format_json_gives_an_array(runner, write, article, jsonl, validate_record):
    path = write("articles.jsonl", jsonl(article("a1"), "{", article("a2")))
    result = extract(runner, path, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [record["id"] for record in data] == ["a1", "a2"]
    for record in data:
        validate_record(record)


def test_format_json_with_nothing_extracted_is_an_empty_array(runner, write):
    result = extract(runner, write("notes.txt", ""), "--format", "json")
    assert (result.exit_code, json.loads(result.stdout)) == (1, [])


def test_extractor_exception_rejects_only_that_article(runner, write, article, jsonl, monkeypatch,
                                                       validate_record):
    real = EXTRACT_MODULE.extract_article

    def fragile(item):
        if item.id == "boom":
            raise ValueError("could not align quote 'two people' in paragraph 3")
        return real(item)

    monkeypatch.setattr(EXTRACT_MODULE, "extract_article", fragile)
    path = write("articles.jsonl", jsonl(article("a1"), article("boom"), article("a2")))
    result = extract(runner, path)
    assert result.exit_code == 1
    assert record_ids(result, validate_record) == ["a1", "a2"]
    assert rejected(result) == [
        "boom: extractor failed: ValueError: could not align quote 'two people' in paragraph 3",
    ]
    assert summary(result) == "2 articles extracted, 1 rejected"


def test_help_shows_examples(runner):
    result = runner.invoke(cli, ["extract", "--help"])
    assert result.exit_code == 0
    assert "strikewatch extract articles.jsonl > records.jsonl" in result.output


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.output == f"strikewatch, version {strikewatch.__version__}\n"


def test_public_api():
    assert sorted(strikewatch.__all__) == [
        "AirAttack", "ArticleInput", "ArticleRecord", "Brief", "ContextItem", "Counts", "Evidence",
        "InputError", "Rejection", "Store", "StrikewatchError", "__version__", "check_brief", "extract",
        "extract_article", "pipeline", "read_inputs",
    ]
    for name in strikewatch.__all__:
        assert getattr(strikewatch, name) is not None


def test_python_m_strikewatch_in_a_real_process(tmp_path, write, article, jsonl, validate_record):
    path = write("articles.jsonl", jsonl(article("p1"), "not json", article("p2")))
    done = subprocess.run([sys.executable, "-m", "strikewatch", "extract", path, str(ROOT / "samples")],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    ids = [json.loads(line)["id"] for line in done.stdout.splitlines()]
    assert ids == ["p1", "p2"] + SAMPLE_IDS
    for line in done.stdout.splitlines():
        validate_record(json.loads(line))
    assert done.stderr.splitlines() == [
        f"strikewatch: rejected {path}:2: not valid JSON (Expecting value at column 1)",
        f"{2 + len(SAMPLE_IDS)} articles extracted, 1 rejected",
    ]


def test_console_script_version():
    script = Path(sys.executable).parent / "strikewatch"
    if not script.exists():
        pytest.skip("strikewatch is not installed as a console script beside this Python")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith("strikewatch, version ")


def _recording(seen):
    """An extractor that records the ArticleInputs it is given and then extracts them as usual."""
    real = EXTRACT_MODULE.extract_article

    def record(item):
        seen.append(item)
        return real(item)
    return record


PAGE = """<html><head><title>Drones strike Sumy overnight</title></head><body><article>
<h1>Drones strike Sumy overnight</h1>
<p>Russia attacked the city of Sumy overnight with 23 drones, the regional military administration said
on Tuesday. Air defence units shot down 18 of the drones, officials said, but debris damaged a school.</p>
<p>Two people were injured when a drone hit a residential building in the centre of the city, the
governor said. Emergency crews put out the fires by morning, and the school will stay closed.</p>
</article></body></html>"""


@pytest.mark.parametrize("command", ["extract", "brief"])
def test_the_flag_a_rejection_suggests_is_one_the_command_takes(runner, write, httpserver, command):
    httpserver.expect_request("/sumy").respond_with_data(PAGE, content_type="text/html")
    urls = write("urls.txt", httpserver.url_for("/sumy") + "\n")
    refused = runner.invoke(cli, [command, urls])
    assert refused.exit_code == 1
    [message] = rejected(refused)
    assert "--allow-private-addresses" in message  # the fix the message suggests...
    allowed = runner.invoke(cli, [command, urls, "--allow-private-addresses"])
    assert allowed.exit_code == 0, allowed.output  # ...is one this command takes
    assert "Sumy" in allowed.stdout


def test_extract_to_a_file_shows_progress_on_a_terminal(tmp_path, write, article, jsonl):
    """A real process with stderr on a pseudo-terminal, as a person at a shell has it."""
    import pty

    path = write("many.jsonl", jsonl(*(article(f"a{n}") for n in range(25))))
    out = tmp_path / "records.jsonl"
    leader, follower = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "strikewatch", "extract", path, "-o", str(out)],
                          stderr=follower, stdout=subprocess.DEVNULL, timeout=300, cwd=tmp_path)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed once everything was read
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    text = shown.decode("utf-8", "replace")
    assert done.returncode == 0
    assert "extracting  [---" in text and "0/25" in text and "extracting  [#####" in text and "25/25" in text
    assert text.rstrip().endswith("25 articles extracted, 0 rejected")
    assert len(out.read_text().splitlines()) == 25


def test_extract_to_stdout_or_off_a_terminal_shows_no_bar(runner, write, article, jsonl, tmp_path):
    path = write("many.jsonl", jsonl(*(article(f"a{n}") for n in range(25))))
    result = extract(runner, path, "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0 and result.stderr == "25 articles extracted, 0 rejected\n"


def test_output_to_a_pipe_writes_into_it_and_leaves_it_a_pipe(runner, tmp_path, write, article, jsonl):
    fifo = tmp_path / "records.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = extract(runner, write("articles.jsonl", jsonl(article("a1"))), "-o", str(fifo))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [json.loads(line)["id"] for line in got[0].splitlines()] == ["a1"]
