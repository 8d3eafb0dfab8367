"""One config loader: defaults.toml with a user's file merged over it, every key read by one options field
and every options field reading a key (or given per run), bad files refused with the reason."""
from __future__ import annotations

import dataclasses
import importlib
import inspect
import json
import os
import pkgutil
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest
from click.testing import CliRunner

import strikewatch
from conftest_store import ARTICLES, article, write_jsonl
from strikewatch.brief import BriefOptions
from strikewatch.cli import cli
from strikewatch.config import ENVIRONMENT, Setting, defaults, load_config, use_config
from strikewatch.errors import ConfigError
from strikewatch.ingest import ReadOptions
from strikewatch.reconcile import ReconcileOptions
from strikewatch.store import StoreOptions


@pytest.fixture(autouse=True)
def packaged_settings():
    use_config(None)
    yield
    use_config(None)


def options_classes() -> list[type]:
    found = {}
    for info in pkgutil.walk_packages(strikewatch.__path__, "strikewatch."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # a module of an optional extra that is not installed here
            continue
        for name, value in vars(module).items():
            if (inspect.isclass(value) and dataclasses.is_dataclass(value) and name.endswith("Options")
                    and value.__module__.startswith("strikewatch")):
                found[f"{value.__module__}.{name}"] = value
    return list(found.values())


def packaged() -> dict:
    return tomllib.loads(files("strikewatch").joinpath("defaults.toml").read_text(encoding="utf-8"))


def keys(table: dict, sections: set[str], prefix: str = "") -> set[tuple[str, str]]:
    """Every (section, key) of TABLE; a sub-table is a section of its own when SECTIONS names it."""
    found = set()
    for key, value in table.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict) and (path in sections or not prefix):
            found |= keys(value, sections, path)
        else:
            found.add((prefix, key))
    return found


def test_every_key_is_a_field_and_every_field_has_a_key() -> None:
    classes = options_classes()
    assert {"ReconcileOptions", "ServeOptions", "StoreOptions", "BriefOptions", "LLMOptions", "ReadOptions",
            "DedupOptions", "ParallelOptions", "WatchOptions", "LimitOptions", "LanguageOptions",
            "TallyOptions"} <= {c.__name__ for c in classes}
    read = set()
    for options in classes:
        for field in dataclasses.fields(options):
            required = field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
            if required:  # given by the caller every time (a model server's URL): no default to keep
                continue
            assert "setting" in field.metadata, (
                f"{options.__name__}.{field.name} has a default written in code: declare it with "
                "config.setting(section, key) and put the value in defaults.toml, or per_run() if it is "
                "no setting")
            if field.metadata["setting"] is not None:
                assert isinstance(field.default_factory, Setting)
                read.add(field.metadata["setting"])
    sections = {section for section, _ in read}
    in_file = keys(packaged(), sections)
    assert in_file - read == set(), "keys of defaults.toml that no options field reads"
    assert read - in_file == set(), "options fields reading keys that defaults.toml does not have"


def test_a_user_file_changes_only_what_it_names(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text("[reconcile]\ndate_tolerance_days = 2\nweapon_words = ['shahed']\n\n"
                    "[brief.field_weights]\nkilled = 5\n\n[fetch]\nread_timeout = 12\n", encoding="utf-8")
    before = ReconcileOptions()
    use_config(mine)
    after = ReconcileOptions()
    assert (after.date_tolerance_days, after.weapon_words) == (2, ("shahed",))
    assert dataclasses.replace(after, date_tolerance_days=before.date_tolerance_days,
                               weapon_words=before.weapon_words) == before
    weights = BriefOptions().field_weights
    assert weights["killed"] == 5 and weights["injured"] == packaged()["brief"]["field_weights"]["injured"]
    assert ReadOptions().timeout == 12
    assert ReadOptions().connect_timeout == packaged()["fetch"]["connect_timeout"]
    assert defaults("reconcile")["round_to"] == packaged()["reconcile"]["round_to"]
    assert Path(os.environ[ENVIRONMENT]) == mine  # worker processes read the same file
    use_config(None)
    assert ReconcileOptions() == before


@pytest.mark.parametrize(("text", "problem"), [
    ("[reconcile]\ndate_tolerence_days = 2\n", "date_tolerence_days is not a setting of [reconcile]"),
    ("[recon]\nround_to = 5\n", "recon is not a section strikewatch knows"),
    ("[reconcile]\nround_to = 'ten'\n", "round_to must be a whole number, like its default 10; got 'ten'"),
    ("[serve]\nport = 8080.5\n", "serve.port must be a whole number"),
    ("[brief]\nuse_title = 1\n", "brief.use_title must be true or false"),
    ("[reconcile]\nweapon_words = [1, 2]\n", "reconcile.weapon_words must be a list of strings"),
    ("[brief]\nllm = 3\n", "brief.llm must be a table"),
    ("[brief.field_weights]\nkiled = 2.0\n", "brief.field_weights.kiled is not a setting"),
    ("[serve\nport = 1\n", "not valid TOML"),
])
def test_a_bad_user_file_is_refused_naming_the_file_and_the_setting(tmp_path: Path, text: str,
                                                                      problem: str) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        use_config(bad)
    assert str(raised.value).startswith(f"{bad}: ") and problem in str(raised.value)
    assert ENVIRONMENT not in os.environ  # the packaged settings stay in force
    assert load_config() == packaged()


def test_a_float_setting_takes_a_whole_number(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text("[store]\nbusy_timeout_seconds = 5\n", encoding="utf-8")
    use_config(mine)
    assert StoreOptions().busy_timeout_seconds == 5


def test_the_command_line_takes_a_config_file(tmp_path: Path) -> None:
    db = str(tmp_path / "sw.db")
    runner = CliRunner()
    stored = runner.invoke(cli, ["ingest", write_jsonl(tmp_path / "a.jsonl", [article(n) for n in ARTICLES]),
                                 "--db", db, "--jobs", "1"])
    assert stored.exit_code == 0, stored.output
    mine = tmp_path / "mine.toml"
    mine.write_text("[store]\nlargest = 1\n", encoding="utf-8")
    plain = json.loads(runner.invoke(cli, ["stats", "--db", db, "--format", "json"]).output)
    configured = json.loads(
        runner.invoke(cli, ["--config", str(mine), "stats", "--db", db, "--format", "json"]).output)
    assert len(plain[0]["largest"]) == 2 and len(configured[0]["largest"]) == 1
    from_environment = runner.invoke(cli, ["stats", "--db", db, "--format", "json"],
                                     env={ENVIRONMENT: str(mine)})
    assert len(json.loads(from_environment.output)[0]["largest"]) == 1
    missing = runner.invoke(cli, ["--config", str(tmp_path / "nowhere.toml"), "stats", "--db", db])
    assert missing.exit_code == 2 and "nowhere.toml: cannot read the configuration file" in missing.output
