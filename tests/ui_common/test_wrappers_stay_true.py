"""No Python wrapper outlives the Qt object it stands for.

The window crashed now and then under load (a segmentation fault in the event loop, in CI and in
`tests/ui_shell/test_new_sentra.py` about one run in three): PySide had kept wrappers of objects Qt had already deleted,
and when a new object took the same address it got the old wrapper (a button came back as a `QWidgetItem`) or the
crash came when Qt deleted it. Two sources are closed and tested here:
- `ButtonRows` added rows already filled with buttons to its column, and PySide then wraps each of the row's layout
  items and ties the wrappers to the column; the rows were deleted at the next rearrangement, the wrappers stayed.
  The same glue ran on about fifty screens that added a filled layout to a layout of a widget; every Qt test now
  refuses that at its line (tests/layout_guard.py); the window walk of tests/ui_layout builds every screen under it.
- PySide's `QTimer.singleShot(ms, callable)` with a delay makes a Python-wrapped timer that deletes itself; the window
  uses `ui.timers.one_shot` instead (a delay of 0 takes PySide's C++ path and stays allowed).
"""

from __future__ import annotations

import ast
import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLayoutItem, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

import ska_pos.ui
from ska_pos.ui.timers import one_shot
from ska_pos.ui.widgets import ButtonRows

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


def _layout_item_wrappers() -> int:
    """Wrappers of layout items that are not Qt objects (a layout's `QWidgetItem`s): Qt deletes those without telling
    PySide."""
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, QLayoutItem) and not isinstance(o, QObject))


def test_button_rows_rearranged_leave_no_wrapper_of_a_deleted_layout_item(qtbot: QtBot) -> None:
    before = _layout_item_wrappers()
    rows = ButtonRows()
    qtbot.addWidget(rows)
    rows.set_rows([[QPushButton(f"{row}-{column}") for column in range(4)] for row in range(3)])
    for parts in ([2, 2, 2], [1, 1, 1], [3, 3, 3], [1, 2, 3]):
        rows._arrange(parts)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the old rows are gone now
    assert _layout_item_wrappers() == before


def test_a_filled_layout_added_to_a_widgets_layout_is_refused(qtbot: QtBot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    top = QVBoxLayout(screen)
    row = QHBoxLayout()
    row.addWidget(QPushButton("a"))
    with pytest.raises(AssertionError, match=r"docs/architecture\.md"):
        top.addLayout(row)
    form = QFormLayout()
    top.addLayout(form)  # still empty: allowed, and filled afterwards
    with pytest.raises(AssertionError, match=r"docs/architecture\.md"):
        form.addRow("row", row)


def test_layouts_built_bottom_up_leave_no_wrapper_of_a_layout_item(qtbot: QtBot) -> None:
    before = _layout_item_wrappers()
    screen = QWidget()
    qtbot.addWidget(screen)
    top = QVBoxLayout()
    row = QHBoxLayout()
    row.addWidget(QPushButton("a"))
    row.addStretch(1)
    top.addLayout(row)
    screen.setLayout(top)
    assert _layout_item_wrappers() == before
