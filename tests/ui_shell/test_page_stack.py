"""A page replaced by the next is deleted by Qt, on the screen's thread, once the event loop is back; until then it
stays the window's, never handed to Python (whose collector could free it anywhere, at any time)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from ska_pos.ui.main_window import MainWindow

from .conftest import page_name


def test_a_replaced_page_stays_qts_until_qt_deletes_it(qtbot: QtBot, shop_window: MainWindow) -> None:
    old = shop_window.page
    assert old is not None
    assert page_name(shop_window) == "loginPage"
    shown: list[QWidget] = []
    shop_window.pageShown.connect(shown.append)
    new = QWidget()
    new.setObjectName("nextPage")
    shop_window.show_page(new, lambda: None)
    assert shown == [new]
    assert page_name(shop_window) == "nextPage"
    assert isValid(old)
    assert old.parent() is shop_window.stack
    assert old.isHidden()
    assert shop_window.stack.indexOf(old) == -1
    qtbot.waitUntil(lambda: not isValid(old), timeout=5_000)
