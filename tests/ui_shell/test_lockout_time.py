"""A locked-out cashier is told until when on the outlet's clock, not in the machine's time zone."""

from __future__ import annotations

import pytest
from moments import NEW_YEAR_IN_JAKARTA_SEEN_FROM_SAO_PAULO
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.services.auth import MAX_FAILED_PINS
from ska_pos.ui.main_window import MainWindow

from .conftest import find
from .test_login import failed_count, message, type_login

# 00:30 WIB; time-machine puts the machine in São Paulo, where it is 14:30 on the day before.
pytestmark = pytest.mark.time_machine(NEW_YEAR_IN_JAKARTA_SEEN_FROM_SAO_PAULO)


def test_the_lockout_ends_at_a_time_on_the_outlets_clock(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    find(shop_window, QPushButton, "loginUser_kasir").click()
    for attempt in range(1, MAX_FAILED_PINS + 1):
        type_login(qtbot, shop_window, "", "0000")
        qtbot.waitUntil(lambda attempt=attempt: failed_count(shop, "kasir") == attempt)
        qtbot.waitUntil(lambda: find(shop_window, QLineEdit, "loginPinField").isEnabled())
    assert " 00:3" in message(shop_window)  # 30 seconds after 00:30 WIB, give or take the test's own time
    assert " 14:3" not in message(shop_window)
