"""The intake's default promised time falls inside the outlet's opening hours: an order taken at 01:42 is promised
for the morning the laundry opens, not for 01:42 two days later."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from order_shop import OrderShop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.orders.intake_dialog import IntakeDialog

from .test_orders_counter import _orders_page

NIGHT = datetime(2026, 12, 6, 18, 42, tzinfo=UTC)  # Monday 7 December, 01:42 in Jakarta


@pytest.mark.time_machine(NIGHT, tick=True)
def test_a_night_intake_is_promised_when_the_outlet_is_open(
    qtbot: QtBot, orders: OrderShop, laundry_window: MainWindow, messages: list[str]
) -> None:
    page = _orders_page(qtbot, laundry_window)
    qtbot.keyClick(page.search, Qt.Key.Key_F3)
    dialog = page.dialog
    assert isinstance(dialog, IntakeDialog)
    assert dialog.promised_at() == datetime(2026, 12, 9, 8, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    dialog.reject()
    assert messages == []
