"""Every till dialog ends with its layout set on itself (`TillDialog.finish_layout`), so Qt owns the whole tree.

`TillDialog` builds its body unparented and sets it last (the layout guard's rule). The personal-data dialog laid out
its own bottom row and never called `finish_layout`: its layout then belonged to no widget, so Python deleted it, and
its sub-layouts, when the dialog's attributes went. Each layout Qt's destructor took out of another sent ChildRemoved
through the application's Enter filter (Python: `ui.enter_key`), whose call let Python delete the next layout while Qt
was still destroying the first: a segmentation fault in `sendThroughObjectEventFilters` (seen as the ErasureDialog
crash; a C++ backtrace under gdb shows ~QLayout -> takeAt -> setParent -> the application's event filters).
"""

from __future__ import annotations

import ast
import gc
from pathlib import Path

from earnings.ui_fixtures import session_of
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLayout, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop

import ska_pos.ui
from ska_pos.ui import ops
from ska_pos.ui.enter_key import FILTER_NAME, EnterClicksButton
from ska_pos.ui.manager.personal_data_dialog import PersonalDataDialog
from ska_pos.ui.till.dialog_base import TillDialog

UI = Path(ska_pos.ui.__file__).parent
BASES = {"TillDialog", "ManagerDialog"}  # they leave finish_layout to the dialogs built on them


def _dialog_classes() -> dict[str, tuple[list[str], bool, str]]:
    """Every class of the window: its base names, whether its __init__ calls self.finish_layout, where it is."""
    classes = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            init = next((f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
            finishes = init is not None and any(
                isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "finish_layout" for call in ast.walk(init)
            )  # fmt: skip
            bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
            classes[node.name] = (bases, finishes, f"{path.relative_to(UI)}:{node.lineno}")
    return classes


def test_every_till_dialog_finishes_its_layout() -> None:
    classes = _dialog_classes()

    def till_dialog(name: str) -> bool:
        return name in classes and any(b == "TillDialog" or till_dialog(b) for b in classes[name][0])

    def finishes(name: str) -> bool:
        bases, calls, _ = classes[name]
        return calls or any(b in classes and b not in BASES and finishes(b) for b in bases)

    dialogs = [name for name in classes if till_dialog(name) and name not in BASES]
    assert {"PersonalDataDialog", "ErasureDialog"} <= set(dialogs)
    unfinished = sorted(classes[name][2] for name in dialogs if not finishes(name))
    assert unfinished == [], f"a TillDialog whose __init__ never calls self.finish_layout(): {unfinished}"


def _widgets_of(layout: QLayout) -> list[QWidget]:
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if (widget := item.widget()) is not None:
            found.append(widget)
        elif (inner := item.layout()) is not None:
            found += _widgets_of(inner)
    return found


def _owns_its_layout(dialog: TillDialog) -> bool:
    return dialog.layout() is dialog.body and all(w.window() is dialog for w in _widgets_of(dialog.body))


def _open_both(shop: Shop, qtbot: QtBot) -> tuple[PersonalDataDialog, TillDialog]:
    dialog = PersonalDataDialog(session_of(shop), shop.siti.id, "Siti Rahayu")
    dialog.open()
    erasure = dialog.open_erasure()
    qtbot.waitUntil(lambda: not ops._running)
    return dialog, erasure


def test_personal_data_and_erasure_dialogs_own_their_layouts_and_die_whole(shop: Shop, qtbot: QtBot) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    assert app.findChild(EnterClicksButton, FILTER_NAME) is not None  # the Python filter Qt's destructor re-entered
    dialog, erasure = _open_both(shop, qtbot)
    assert _owns_its_layout(dialog)
    assert _owns_its_layout(erasure)
    erasure.close()
    dialog.close()
    del erasure, dialog  # what crashed: Python freeing a dialog whose layout no widget owned
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)
