"""The manager's area says the result of the last check of the journal, and checks it again on demand."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from shop import Shop

from earnings.ui_fixtures import session_of
from ska_pos.ui.manager.manager_screen import ManagerScreen


def test_the_manager_sees_the_last_check_and_can_run_one(shop: Shop, qtbot: QtBot) -> None:
    screen = ManagerScreen(session_of(shop))
    qtbot.addWidget(screen)
    screen.show()
    status = screen.journal_check.status
    qtbot.waitUntil(lambda: status.text() != "")
    assert status.text() == "Last check: never"
    screen.journal_check.check_button.click()
    qtbot.waitUntil(lambda: status.text().endswith("— OK"), timeout=10_000)
    assert status.text().startswith("Last check: ")
    assert screen.journal_check.check_button.isEnabled()
