"""The library's layering: only the command line (cli*.py) may import click, and extracting loads no store."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import strikewatch

PACKAGE = Path(strikewatch.__file__).parent


def imported_modules(path: Path) -> set[str]:
    """The top-level names of the modules PATH imports, anywhere in it (inside functions too)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def library_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if not p.name.startswith("cli"))


def test_the_library_does_not_import_click() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in library_modules() if "click" in imported_modules(p)]
    assert offenders == [], f"only cli*.py may import click; these do: {offenders}"


def test_the_rule_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from click import echo\n    echo('x')\n")
    assert "click" in imported_modules(module)


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running CODE."""
    done = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"],
                          capture_output=True, text=True, check=True, cwd=PACKAGE.parent)
    return set(done.stdout.split())


def test_extracting_loads_neither_the_store_nor_the_page_reader(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text('{"id": "a", "text": "Russia launched 40 drones at Odesa overnight; 31 were shot down, '
                      'the air force said.", "published": "2025-03-02"}\n', encoding="utf-8")
    output = tmp_path / "out.jsonl"
    command = ["extract", str(source), "--jobs", "1", "-o", str(output)]
    loaded = _modules_after(f"from strikewatch.cli import cli\ncli({command!r}, standalone_mode=False)")
    assert output.read_text(encoding="utf-8").count("\n") == 1
    assert not loaded & {"sqlalchemy", "trafilatura", "fastapi", "strikewatch.store"}


def test_the_store_and_the_other_commands_load_when_asked_for() -> None:
    loaded = _modules_after("import strikewatch\nstrikewatch.Store\nstrikewatch.pipeline")
    assert {"sqlalchemy", "strikewatch.store", "strikewatch.pipeline"} <= loaded
    loaded = _modules_after("from strikewatch.cli import cli\ncli.get_command(None, 'stats')")
    assert "strikewatch.cli_store" in loaded
