"""Logging in by keyboard, wrong PINs counted and locked out, the language switch, and the idle lock."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shop import PINS, Shop, as_admin
from sqlalchemy import select

from ska_pos.db.models import JournalEntry, User
from ska_pos.i18n import current_language
from ska_pos.services import settings
from ska_pos.services.auth import MAX_FAILED_PINS, find_user
from ska_pos.ui.main_window import MainWindow

from .conftest import find, page_name
from .helpers import answer_take_over, settled_on


def type_login(qtbot: QtBot, window: MainWindow, name: str, pin: str) -> None:
    """Everything by keyboard: the name, Enter, the PIN, Enter."""
    settled_on(qtbot, window, "loginPage")
    field = find(window, QLineEdit, "loginNameField")
    if field.isVisible() and window.findChild(QLabel, "lockedBanner") is None:
        field.clear()
        qtbot.keyClicks(field, name)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    pin_field = find(window, QLineEdit, "loginPinField")
    assert pin_field.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(pin_field, pin)
    qtbot.keyClick(pin_field, Qt.Key.Key_Return)


def message(window: MainWindow) -> str:
    return str(find(window, QLabel, "loginMessage").text())


def failed_count(shop: Shop, username: str) -> int:
    with shop.db.reading() as s:
        user = find_user(s, username)
        assert isinstance(user, User)
        return user.failed_pin_count


def test_wrong_then_right_pin_by_keyboard(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    assert page_name(shop_window) == "loginPage"
    type_login(qtbot, shop_window, "kasir", "9999")
    qtbot.waitUntil(lambda: message(shop_window) != "")
    assert str(MAX_FAILED_PINS - 1) in message(shop_window)
    assert failed_count(shop, "kasir") == 1
    type_login(qtbot, shop_window, "kasir", PINS["kasir"])
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage")
    assert shop_window.session is not None
    assert (shop_window.session.username, shop_window.session.outlet_code) == ("kasir", "KFE")
    assert failed_count(shop, "kasir") == 0


def test_typed_name_that_fits_no_one(qtbot: QtBot, shop_window: MainWindow) -> None:
    field = find(shop_window, QLineEdit, "loginNameField")
    qtbot.keyClicks(field, "budi")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert message(shop_window) != ""
    assert shop_window.session is None


def test_five_wrong_pins_lock_the_user_out(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    find(shop_window, QPushButton, "loginUser_kasir").click()
    for attempt in range(1, MAX_FAILED_PINS + 1):
        type_login(qtbot, shop_window, "", "0000")
        qtbot.waitUntil(lambda attempt=attempt: failed_count(shop, "kasir") == attempt)
        qtbot.waitUntil(lambda: find(shop_window, QLineEdit, "loginPinField").isEnabled())
    assert ":" in message(shop_window)  # "wait until 14:05:30"
    with shop.db.reading() as s:
        user = find_user(s, "kasir")
        assert user is not None
        assert user.locked_until is not None
    type_login(qtbot, shop_window, "", PINS["kasir"])
    qtbot.waitUntil(lambda: message(shop_window) != "" and find(shop_window, QLineEdit, "loginPinField").isEnabled())
    assert page_name(shop_window) == "loginPage"
    assert shop_window.session is None


def test_english_is_chosen_at_login_and_kept(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    before = shop_window.page
    find(shop_window, QPushButton, "language_en").click()
    assert current_language() == "en"
    qtbot.waitUntil(lambda: shop_window.page is not before and page_name(shop_window) == "loginPage")
    assert find(shop_window, QPushButton, "language_en").text().startswith("✓")
    with shop.db.reading() as s:
        assert settings.get_setting(s, "global", settings.LANGUAGE) == "en"
        change = s.scalar(
            select(JournalEntry.payload)
            .where(JournalEntry.till_id == shop.cashier.till_id, JournalEntry.type == "setting")
            .order_by(JournalEntry.seq.desc())
        )
        assert change is not None  # the change is in the journal of the till it was made at, with no user
        assert json.loads(change) | {"at": None} == {"scope": "global", "key": "language", "value": '"en"',
                                                     "user_id": None, "at": None}  # fmt: skip
    type_login(qtbot, shop_window, "spv", PINS["spv"])
    answer_take_over(qtbot, shop_window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage")
    assert shop_window.session is not None
    assert shop_window.session.language == "en"


def test_large_text_is_remembered_by_the_machine(qtbot: QtBot, shop_window: MainWindow) -> None:
    before = QApplication.font().pointSizeF()
    find(shop_window, QPushButton, "largeTextToggle").click()
    assert shop_window.config.large_text
    assert find(shop_window, QPushButton, "largeTextToggle").isChecked()
    assert QApplication.font().pointSizeF() > before
    find(shop_window, QPushButton, "largeTextToggle").click()
    assert not shop_window.config.large_text


def test_idle_lock_keeps_the_sale(qtbot: QtBot, shop_window: MainWindow) -> None:
    type_login(qtbot, shop_window, "kasir", PINS["kasir"])
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage")
    sale = shop_window.till_page.sale_screen  # type: ignore[union-attr]
    sale.cart.setText("2 × Es Teh")
    shop_window.idle.start(limit_ms=150)
    qtbot.waitUntil(lambda: page_name(shop_window) == "loginPage", timeout=3000)
    locked = find(shop_window, QLabel, "lockedBanner")
    assert "Rina Kasir" in locked.text()
    assert not shop_window.idle.active
    type_login(qtbot, shop_window, "kasir", PINS["kasir"])
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage")
    assert shop_window.till_page.sale_screen is sale  # type: ignore[union-attr]
    assert sale.cart.text() == "2 × Es Teh"
    assert shop_window.idle.active


def test_another_user_after_a_lock_starts_afresh(qtbot: QtBot, shop_window: MainWindow) -> None:
    type_login(qtbot, shop_window, "kasir", PINS["kasir"])
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage")
    first = shop_window.till_page.sale_screen  # type: ignore[union-attr]
    shop_window.till_page.lockRequested.emit()  # type: ignore[union-attr]
    settled_on(qtbot, shop_window, "loginPage")
    find(shop_window, QPushButton, "loginUser_spv").click()
    type_login(qtbot, shop_window, "", PINS["spv"])
    answer_take_over(qtbot, shop_window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage")
    assert shop_window.session is not None
    assert shop_window.session.username == "spv"
    assert shop_window.till_page.sale_screen is not first  # type: ignore[union-attr]


def test_idle_minutes_come_from_the_outlet_setting(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    with shop.db.transaction() as s:
        settings.set_setting(s, as_admin(s), settings.scope_of("outlet", shop.cafe.id), settings.IDLE_LOCK_MINUTES, 2)
    type_login(qtbot, shop_window, "kasir", PINS["kasir"])
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage")
    assert shop_window.idle.limit_ms == 2 * 60 * 1000


def next_tab_stop(widget: QWidget) -> QWidget:
    step = widget.nextInFocusChain()
    while not (step.focusPolicy() & Qt.FocusPolicy.TabFocus and step.isVisible() and step.isEnabled()):
        step = step.nextInFocusChain()
    return step


def test_tab_goes_from_the_names_to_the_pin(qtbot: QtBot, shop_window: MainWindow) -> None:
    name = find(shop_window, QLineEdit, "loginNameField")
    assert next_tab_stop(name) is find(shop_window, QLineEdit, "loginPinField")
    first = find(shop_window, QPushButton, "loginUser_kasir")
    assert next_tab_stop(first) is find(shop_window, QPushButton, "loginUser_spv")
