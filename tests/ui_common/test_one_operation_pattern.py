"""Every database touch in `ska_pos/ui` goes through `ska_pos.ui.ops` (`ReadOp`/`WriteOp`).

A module that opens a session itself (`.reading()`, `.transaction()`, a session factory, `Session(...)`) or uses the
old `run_operation` fails here, unless it is still listed as not yet converted (tests/screen_thread.py), a list that
only shrinks: a listed module that no longer touches the database must leave it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from screen_thread import BEFORE_THE_WINDOW, NOT_YET_CONVERTED, UI

_OPENERS = {"reading", "transaction", "sessions", "readers", "Session", "run_operation", "run_for"}


def _touches(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in _OPENERS:
                found.append(f"{name}() at line {node.lineno}")
    return found


def _modules() -> dict[str, list[str]]:
    return {path.relative_to(UI).as_posix(): _touches(path) for path in sorted(UI.rglob("*.py"))}


def test_only_the_ops_module_opens_sessions() -> None:
    allowed = {"ops.py"} | BEFORE_THE_WINDOW | NOT_YET_CONVERTED
    offenders = {module: found for module, found in _modules().items() if found and module not in allowed}
    assert offenders == {}, "open the session through ska_pos.ui.ops.ReadOp/WriteOp"


def test_the_not_yet_converted_list_only_names_modules_that_still_need_it() -> None:
    modules = _modules()
    stale = sorted(module for module in NOT_YET_CONVERTED if not modules.get(module))
    assert stale == [], "these modules are converted (or gone): remove them from NOT_YET_CONVERTED"


def test_every_module_of_the_window_is_converted() -> None:
    """Issue 10, part 1: nothing in `ska_pos/ui` is excused from the screen-thread check any more."""
    assert not NOT_YET_CONVERTED
