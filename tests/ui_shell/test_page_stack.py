"""A page replaced by the next one leaves the window at once and is deleted by Qt, on the screen's thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid, ownedByPython

from ska_pos.ui.main_window import MainWindow

from .helpers import settled_on


def test_a_replaced_page_is_unfindable_at_once_and_freed_by_qt_on_the_screens_thread(
    qtbot: QtBot, shop_window: MainWindow
) -> None:
    settled_on(qtbot, shop_window, "loginPage")
    old = shop_window.page
    assert old is not None
    old_buttons = old.findChildren(QPushButton)
    assert old_buttons, "the login page has buttons to look for"
    destroyed_on: list[threading.Thread] = []
    old.destroyed.connect(lambda: destroyed_on.append(threading.current_thread()))
    seen: list[dict[str, bool]] = []

    def look(new: QWidget) -> None:  # as the new page is shown: the old one is discarded, not yet deleted
        walked = set(shop_window.findChildren(QWidget))
        seen.append({
            "valid": isValid(old),
            "visible": old.isVisible(),
            "python_owns_it": ownedByPython(old),
            # never a parentless widget of its own, which Python's wrapper owned until `deleteLater`
            "parented": old.parentWidget() is not None and old not in QApplication.topLevelWidgets(),
            "findable": old in walked or any(button in walked for button in old_buttons),
            "new_is_current": shop_window.stack.currentWidget() is new,
        })  # fmt: skip

    shop_window.pageShown.connect(look)
    shop_window.show_login()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert seen[0] == {
        "valid": True, "visible": False, "python_owns_it": False, "parented": True, "findable": False,
        "new_is_current": True,
    }  # fmt: skip
    qtbot.waitUntil(lambda: not isValid(old), timeout=5_000)  # deleteLater, at the event loop's next turn
    assert destroyed_on == [threading.main_thread()]
