"""A held sale is listed with the time it was held on the outlet's clock, whatever the machine's zone."""

from __future__ import annotations

import pytest
from moments import NEW_YEAR_IN_JAKARTA_SEEN_FROM_SAO_PAULO
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import open_dialog, press, scan

# 00:30 WIB, told in the zone that time-machine makes the machine's own for the test (14:30 there).
pytestmark = [
    pytest.mark.gui,
    pytest.mark.time_machine(NEW_YEAR_IN_JAKARTA_SEEN_FROM_SAO_PAULO, tick=False),
]


def test_a_held_sale_shows_the_outlets_time(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990001")
    press(qtbot, screen, Qt.Key.Key_F8)
    dialog = open_dialog(screen, "holdDialog")
    qtbot.keyClicks(dialog.value, "Meja 7")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.presenter.cart.is_empty() and not screen.presenter.busy, timeout=5000)
    press(qtbot, screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: screen.active_dialog is not None, timeout=5000)
    recall = open_dialog(screen, "recallDialog")
    assert " · 00:30 · " in recall.list.item(0).text()
