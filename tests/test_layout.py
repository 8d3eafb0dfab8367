"""The library's layering: only the command line (cli*.py) may import click."""
from __future__ import annotations

import ast
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
