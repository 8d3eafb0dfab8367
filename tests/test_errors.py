"""One exception tree: every strikewatch exception is defined in errors.py under StrikewatchError, its
docstring draws all of them, and the modules that raise one still export its name."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

import strikewatch
from strikewatch import errors
from strikewatch.errors import ApiError, FetchError, InputError, StrikewatchError


def _modules() -> list:
    found = []
    for info in pkgutil.walk_packages(strikewatch.__path__, "strikewatch."):
        try:
            found.append(importlib.import_module(info.name))
        except ImportError:  # a module of an optional extra that is not installed here
            continue
    return found


def _public_exceptions(module) -> set[type]:
    return {value for name, value in vars(module).items()
            if inspect.isclass(value) and issubclass(value, BaseException) and not name.startswith("_")
            and value.__module__.startswith("strikewatch")}


def test_every_public_exception_is_defined_in_errors_under_the_one_base() -> None:
    seen = set().union(*(_public_exceptions(module) for module in _modules()))
    assert len(seen) >= 10
    for exception in seen:
        assert exception.__module__ == "strikewatch.errors", exception
        assert issubclass(exception, StrikewatchError), exception


def test_the_docstring_draws_every_exception_of_the_tree() -> None:
    defined = {exception.__name__ for exception in _public_exceptions(errors)}
    drawn = set(re.findall(r"[├└]── (\w+)", errors.__doc__)) | {"StrikewatchError"}
    assert drawn == defined
    for exception in _public_exceptions(errors):  # drawn under its own parent, one level deeper
        line = next(line for line in errors.__doc__.splitlines()
                    if re.search(rf"\b{exception.__name__}\b", line))
        parent = exception.__mro__[1].__name__
        if exception is not StrikewatchError:
            parent_line = next(line for line in errors.__doc__.splitlines()
                               if re.search(rf"(── |^\s+){parent}\b", line))
            assert line.index(exception.__name__) > parent_line.index(parent), exception


@pytest.mark.parametrize(("module", "name"), [
    ("strikewatch.store", "StoreError"), ("strikewatch.store", "NoDatabase"),
    ("strikewatch.store", "ReconcileFailed"), ("strikewatch.export", "ExportError"),
    ("strikewatch.llm", "LLMError"), ("strikewatch.api", "ApiError"),
    ("strikewatch.sources.feeds", "FeedError"), ("strikewatch.sources.fetch", "FetchError"),
])
def test_the_modules_that_raise_an_exception_still_export_its_name(module: str, name: str) -> None:
    assert getattr(importlib.import_module(module), name) is getattr(errors, name)


def test_a_failed_fetch_is_an_input_error_a_batch_can_reject() -> None:
    failure = FetchError("https://example.org/a", "HTTP 503 Service Unavailable")
    assert isinstance(failure, InputError)
    assert str(failure) == "https://example.org/a: HTTP 503 Service Unavailable"
    assert failure.name == "https://example.org/a"


def test_an_api_error_takes_its_code_from_the_status_and_keeps_the_one_shape() -> None:
    error = ApiError(404, "no incident 'x'", parameter="incident_id")
    assert isinstance(error, StrikewatchError)
    assert error.body() == {"ok": False, "error": {"status": 404, "code": "not_found",
                                                   "message": "no incident 'x'", "parameter": "incident_id"}}


def test_a_library_error_no_command_translated_is_a_message_not_a_traceback(monkeypatch, capsys, tmp_path):
    from strikewatch import cli
    from strikewatch.errors import StoreError
    from strikewatch.store import Store

    def locked(self, **_: object) -> list:
        raise StoreError(f"{tmp_path / 'sw.db'}: database is locked (another process is writing)")

    db = tmp_path / "sw.db"
    Store(f"sqlite:///{db}").close()
    monkeypatch.setattr(Store, "stats_by_theatre", locked)
    monkeypatch.setattr("sys.argv", ["strikewatch", "stats", "--db", str(db)])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 1
    assert capsys.readouterr().err == f"strikewatch: {db}: database is locked (another process is writing)\n"
