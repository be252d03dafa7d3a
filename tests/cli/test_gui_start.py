"""`ska-pos` with no command (or only `--db` and `--lang`) starts the window without building the commands' parser,
whose command modules and help texts made the till's start slower (benchmarks/till_scale.py starts it with --db)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from ska_pos.cli.main import _gui_start


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None,)),
        (["--db", "sqlite:///till.sqlite3"], ("sqlite:///till.sqlite3",)),
        (["--db=postgresql://u@h/ska?sslmode=require"], ("postgresql://u@h/ska?sslmode=require",)),
        (["--lang", "en", "--db", "sqlite:///a"], ("sqlite:///a",)),
        (["--lang=id"], (None,)),
    ],
)
def test_the_windows_start_is_read_without_the_parser(argv: list[str], expected: tuple[str | None]) -> None:
    assert _gui_start(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [["--db"], ["--db", "--lang", "en"], ["--lang", "fr"], ["--version"], ["-h"], ["init"], ["--db", "x", "report"]],
)
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    assert _gui_start(argv) is None


def test_importing_the_command_line_imports_no_command() -> None:
    child = textwrap.dedent(
        """
        import sys
        import ska_pos.cli.main
        print(sorted(m for m in sys.modules if m.endswith("_commands") or m == "ska_pos.cli.common"))
        """
    )
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"
