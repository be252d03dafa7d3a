"""The checks `make test` runs cover the whole code with tools of one known version.

A checker left out of part of the tree (the ui once was) hides errors there; an unpinned ruff or mypy turns the tree
red on one machine and not on another when a release changes its rules or its formatting.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_mypy_checks_every_package_strictly() -> None:
    mypy = PYPROJECT["tool"]["mypy"]
    assert mypy["packages"] == ["ska_pos"]
    assert mypy["strict"] is True
    assert "exclude" not in mypy
    ours = [o for o in mypy.get("overrides", []) if any(str(m).startswith("ska_pos") for m in o["module"])]
    assert ours == [], "no part of ska_pos may be skipped or have its errors ignored"


def test_the_checkers_are_pinned_exactly() -> None:
    dev = PYPROJECT["project"]["optional-dependencies"]["dev"]
    for tool in ("ruff", "mypy"):
        [requirement] = [r for r in dev if re.match(rf"{tool}\b", r)]
        assert re.fullmatch(rf"{tool}==\d+(\.\d+)+", requirement), requirement


def test_make_test_checks_lint_format_and_types() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^test:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe is not None
    commands = recipe.group(1)
    assert "pytest" in commands
    assert "ruff check ska_pos tests benchmarks" in commands
    assert "ruff format --check ska_pos tests benchmarks" in commands
    assert "mypy" in commands
