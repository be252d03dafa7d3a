"""The supervisor's approval dialog checks the PIN (argon2 and the failed-PIN counter) on the database thread: the
window goes on drawing, the dialog says it is checking and ignores another Enter or OK until the answer comes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from approving import approve_in_dialog
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import PINS, Shop

from ska_pos.services import auth
from ska_pos.ui import ops
from ska_pos.ui.approval import ApprovalDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _ops_drained(qtbot: QtBot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: not ops._running, timeout=10_000)


def failed_pins(shop: Shop, username: str) -> int:
    with shop.db.reading() as s:
        user = auth.find_user(s, username)
        assert user is not None
        return user.failed_pin_count


def test_the_pin_is_checked_on_the_database_thread(qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    checked_on: list[threading.Thread] = []
    approve = auth.approve

    def noting_the_thread(*args: Any, **kwargs: Any) -> auth.LoginResult:
        checked_on.append(threading.current_thread())
        return approve(*args, **kwargs)  # the real check

    monkeypatch.setattr(auth, "approve", noting_the_thread)
    given = approve_in_dialog(None, shop.db, "Diskon di atas batas kasir", "discount.over_limit")
    assert given is not None
    assert given.action == "discount.over_limit"
    assert len(checked_on) == 1
    assert checked_on[0] is not threading.main_thread()


def test_while_the_pin_is_checked_the_dialog_is_busy_and_a_second_enter_is_ignored(qtbot: QtBot, shop: Shop) -> None:
    dialog = ApprovalDialog(shop.db, "Diskon di atas batas kasir", "discount.over_limit")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "spv")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)  # on to the PIN
    field = dialog.pin_pad.display
    qtbot.keyClicks(field, "9999")  # a wrong PIN
    with qtbot.waitSignal(dialog.checkEnded, timeout=20_000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
        # nothing has come back yet: the answer reaches the dialog only through the event loop
        assert dialog.checking
        assert not dialog.pin_pad.isEnabled()
        checking = dialog.error.text()
        assert checking != ""  # it says it is checking
        qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter again, by keyboard
        dialog.pin_pad.submitted.emit("9999")  # and OK touched again
    assert not dialog.checking
    assert dialog.pin_pad.isEnabled()
    assert dialog.approval is None
    assert field.text() == ""
    assert dialog.error.text() not in ("", checking)  # the refusal, in words
    assert failed_pins(shop, "spv") == 1  # checked once
    assert dialog.isVisible()  # the supervisor may try again
    given: list[object] = []
    dialog.accepted.connect(lambda: given.append(dialog.approval))
    qtbot.keyClicks(field, PINS["spv"])
    with qtbot.waitSignal(dialog.checkEnded, timeout=20_000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert given
    assert given[0] is not None
    assert failed_pins(shop, "spv") == 0
