"""A user whose PIN a manager reset logs in with the given PIN, then chooses their own on the same keypad, typed
twice: by keyboard and by touch. Two different new PINs start the choice over; the given PIN is gone after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop, act_as

from ska_pos.services import auth, users
from ska_pos.ui.main_window import MainWindow

from .conftest import find, page_name
from .helpers import WAIT_MS


def _reset_kasir(shop: Shop, temporary: str) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        user = auth.find_user(s, "kasir")
        assert user is not None
        users.reset_pin(s, manager, user.id, temporary)


def _type(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    field = find(window, QLineEdit, "loginPinField")
    qtbot.keyClicks(field, pin)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _touch(window: MainWindow, pin: str) -> None:
    for digit in pin:
        find(window, QPushButton, f"loginPinKey{digit}").click()
    find(window, QPushButton, "loginPinOk").click()


def _heading(window: MainWindow) -> str:
    return str(find(window, QLabel, "loginPinHeading").text())


def test_a_reset_pin_is_replaced_by_keyboard_before_the_till_opens(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop
) -> None:
    _reset_kasir(shop, "2468")
    find(shop_window, QPushButton, "loginUser_kasir").click()
    _type(qtbot, shop_window, "2468")
    qtbot.waitUntil(lambda: "PIN baru" in _heading(shop_window), timeout=WAIT_MS)
    assert page_name(shop_window) == "loginPage"
    _type(qtbot, shop_window, "1357")
    assert "lagi" in _heading(shop_window)  # type the new PIN again
    _type(qtbot, shop_window, "9999")  # not the same: start over
    assert "tidak sama" in str(find(shop_window, QLabel, "loginMessage").text())
    _type(qtbot, shop_window, "1357")
    _type(qtbot, shop_window, "1357")
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage", timeout=WAIT_MS)
    with shop.db.transaction() as s:
        assert auth.login(s, "kasir", "1357", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id).ok
        assert not auth.login(s, "kasir", "2468", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id).ok


def test_a_reset_pin_is_replaced_by_touch(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    _reset_kasir(shop, "2468")
    find(shop_window, QPushButton, "loginUser_kasir").click()
    _touch(shop_window, "2468")
    qtbot.waitUntil(lambda: "PIN baru" in _heading(shop_window), timeout=WAIT_MS)
    _touch(shop_window, "12")  # too short: said at once, nothing sent
    assert "4 sampai 8" in str(find(shop_window, QLabel, "loginMessage").text())
    _touch(shop_window, "8642")
    _touch(shop_window, "8642")
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage", timeout=WAIT_MS)
