"""Timers of the window: `ui.timers.one_shot`, and no self-deleting PySide timer with a delay anywhere in the window.

PySide's `QTimer.singleShot(ms, callable)` with a delay makes a Python-wrapped timer that deletes itself later; freeing
those crashed the window now and then under load (shiboken's `releaseWrapper`, a segmentation fault in the event
loop, seen in CI and in `tests/ui_shell/test_new_sentra.py` under load, about one run in four). The window uses
`one_shot` instead; a delay of 0 takes PySide's C++ path (no Python timer) and stays allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

import ska_pos.ui
from ska_pos.ui.timers import one_shot

UI = Path(ska_pos.ui.__file__).parent


def test_one_shot_fires_once(qtbot: QtBot) -> None:
    owner = QObject()
    calls: list[int] = []
    timer = one_shot(owner, 10, lambda: calls.append(1))
    qtbot.waitUntil(lambda: calls == [1])
    qtbot.wait(50)
    assert calls == [1]
    assert not timer.isActive()


def test_one_shot_dies_with_its_owner_and_never_fires(qtbot: QtBot) -> None:
    owner = QObject()
    calls: list[int] = []
    one_shot(owner, 20, lambda: calls.append(1))
    assert len(owner.children()) == 1
    del owner
    qtbot.wait(100)
    assert calls == []


def _delayed_single_shots(path: Path) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr != "singleShot":
            continue
        delay = node.args[0] if node.args else None
        if not (isinstance(delay, ast.Constant) and delay.value == 0):
            lines.append(node.lineno)
    return lines


def test_the_window_starts_no_self_deleting_timer_with_a_delay() -> None:
    found = {
        str(path.relative_to(UI)): lines for path in sorted(UI.rglob("*.py")) if (lines := _delayed_single_shots(path))
    }
    assert found == {}, f"QTimer.singleShot with a delay (use ui.timers.one_shot): {found}"
