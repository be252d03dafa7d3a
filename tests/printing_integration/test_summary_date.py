"""The daily summary dialog opens on the outlet's today, and goes no later, whatever the machine's calendar says."""

from __future__ import annotations

import pytest
from moments import NEW_YEAR_IN_JAKARTA_SEEN_FROM_SAO_PAULO
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.ui.printing.daily_summary_dialog import DailySummaryDialog

from .conftest import till_session

# 00:30 WIB on 1 January 2027; time-machine puts the machine in São Paulo, where it is 14:30 on 31 December.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.time_machine(NEW_YEAR_IN_JAKARTA_SEEN_FROM_SAO_PAULO, tick=False),
]


def test_the_summary_opens_on_the_outlets_today(shop: Shop, qtbot: QtBot) -> None:
    dialog = DailySummaryDialog(till_session(shop, "manager"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.scope.count() == 3, timeout=5000)
    assert dialog.day.date() == QDate(2027, 1, 1)
    assert dialog.day.maximumDate() == QDate(2027, 1, 1)
