"""The users tab by keyboard and by touch: find, add with a first PIN and a linked worker, reset a PIN, see failed
logins and unlock; refusals (deactivating oneself) in plain words."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from earnings.ui_fixtures import session_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.services import auth
from ska_pos.ui.manager.user_form import UserFormDialog
from ska_pos.ui.manager.users_tab import UsersTab

pytestmark = [pytest.mark.gui]
WAIT_MS = 20_000


@pytest.fixture
def tab(shop: Shop, qtbot: QtBot) -> UsersTab:
    users_tab = UsersTab(session_of(shop))
    qtbot.addWidget(users_tab)
    users_tab.show()
    users_tab.reload()
    qtbot.waitUntil(lambda: users_tab.model.rowCount() == 4, timeout=WAIT_MS)
    return users_tab


def _names(tab: UsersTab) -> list[str]:
    return [row.username for row in tab.model.rows]


def _find(tab: UsersTab, qtbot: QtBot, text: str, expected: list[str]) -> None:
    tab.search.clear()
    qtbot.keyClicks(tab.search, text)
    qtbot.waitUntil(lambda: _names(tab) == expected, timeout=WAIT_MS)


def _form(tab: UsersTab) -> UserFormDialog:
    dialogs = [d for d in tab.findChildren(UserFormDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_a_cashier_who_is_also_a_worker_is_added_by_keyboard(shop: Shop, tab: UsersTab, qtbot: QtBot) -> None:
    tab.add()
    form = _form(tab)
    qtbot.waitUntil(lambda: form.worker.count() > 1, timeout=WAIT_MS)
    qtbot.keyClicks(form.username, "siti")
    qtbot.keyClick(form.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.full_name, "Siti Rahayu")
    form.outlet.setFocus()
    qtbot.keyClick(form.outlet, Qt.Key.Key_Down)  # from "all outlets" to the café
    qtbot.waitUntil(lambda: form.worker.findText("W001  Siti Rahayu") > 0, timeout=WAIT_MS)
    form.worker.setCurrentIndex(form.worker.findText("W001  Siti Rahayu"))
    qtbot.keyClicks(form.pin, "5555")
    qtbot.keyClicks(form.pin_again, "5555")
    qtbot.keyClick(form.pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "siti" in _names(tab), timeout=WAIT_MS)
    siti = next(row for row in tab.model.rows if row.username == "siti")
    assert (siti.role, siti.outlet_code, siti.worker_name, siti.must_change_pin) == ("cashier", "KFE", "Siti Rahayu",
                                                                                    True)  # fmt: skip
    _find(tab, qtbot, "rahayu", ["siti"])


def test_two_different_first_pins_are_refused_before_anything_is_saved(tab: UsersTab, qtbot: QtBot) -> None:
    form = tab.add()
    form.username.setText("baru")
    form.full_name.setText("Baru")
    form.pin.setText("5555")
    form.pin_again.setText("5556")
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert "not the same" in form.error.text()
    assert form.isVisible()


def test_a_pin_reset_and_an_unlock_by_touch(shop: Shop, tab: UsersTab, qtbot: QtBot, notices: list[str]) -> None:
    with shop.db.transaction() as s:
        for _ in range(auth.MAX_FAILED_PINS):
            auth.login(s, "kasir", "0000", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)
    tab.reload()
    qtbot.waitUntil(lambda: any(row.failed_pin_count for row in tab.model.rows), timeout=WAIT_MS)
    tab.table.selectRow(_names(tab).index("kasir"))
    qtbot.waitUntil(lambda: tab.failures.count() == auth.MAX_FAILED_PINS, timeout=WAIT_MS)
    assert "locked out until" in tab.lockout.text()
    assert "till T1 (locked out)" in tab.failures.item(0).text()
    tab.findChild(QPushButton, "userUnlock").click()
    qtbot.waitUntil(lambda: "No wrong PIN" in tab.lockout.text(), timeout=WAIT_MS)
    assert notices[-1].startswith("Unlock Rina Kasir?")
    tab.findChild(QPushButton, "userResetPin").click()
    dialog = tab.findChild(QPushButton, "resetPinDialogOk")
    assert dialog is not None
    tab.findChild(QLineEdit, "resetPin").setText("2468")
    tab.findChild(QLineEdit, "resetPinAgain").setText("2468")
    dialog.click()
    qtbot.waitUntil(lambda: "new PIN at next login" in tab.model.index(_names(tab).index("kasir"), 5).data(),
                    timeout=WAIT_MS)  # fmt: skip
    with shop.db.transaction() as s:
        assert auth.login(s, "kasir", "2468", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id).must_change_pin


def test_a_manager_cannot_deactivate_a_manager_themselves_included_and_is_told_why(
    shop: Shop, tab: UsersTab, qtbot: QtBot, notices: list[str]
) -> None:
    tab.table.selectRow(_names(tab).index("manajer"))
    tab.findChild(QPushButton, "userToggle").click()
    qtbot.waitUntil(lambda: len(notices) == 2, timeout=WAIT_MS)  # the question, then the refusal
    assert "cannot manage users whose role is manager" in notices[1]


def test_the_list_pages_in_the_database(shop: Shop, tab: UsersTab, qtbot: QtBot) -> None:
    from ska_pos.services import users
    from ska_pos.services.users import NewUser

    with shop.db.transaction() as s:
        manager = session_of(shop).actor
        for number in range(60):
            users.add_user(s, manager, NewUser(f"k{number:02}", f"Kasir {number:02}", "cashier", None, "5555"))
    tab.pages.first_page()
    qtbot.waitUntil(lambda: tab.pages.total == 64, timeout=WAIT_MS)
    assert tab.model.rowCount() == 50
    assert tab.pages.page_label.text() == "1–50 of 64"
    tab.pages.next.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 14, timeout=WAIT_MS)
    assert not tab.pages.next.isEnabled()


def test_the_workers_tab_shows_the_user_a_worker_also_is(shop: Shop, qtbot: QtBot, notices: list[str]) -> None:
    from ska_pos.services import users
    from ska_pos.services.users import NewUser
    from ska_pos.ui.manager.workers_tab import WorkersTab

    with shop.db.transaction() as s:
        users.add_user(s, session_of(shop).actor, NewUser("siti", "Siti Rahayu", "cashier", shop.cafe.id, "5555",
                                                          worker_id=shop.siti.id))  # fmt: skip
    workers_tab = WorkersTab(session_of(shop))
    qtbot.addWidget(workers_tab)
    workers_tab.reload()
    qtbot.waitUntil(lambda: workers_tab.model.rowCount() == 3, timeout=WAIT_MS)
    row = [worker.code for worker in workers_tab.model.rows].index("W001")
    assert workers_tab.model.index(row, 8).data() == "siti"


def test_an_outlet_added_in_the_outlets_tab_is_offered_for_a_new_user_at_once(shop: Shop, qtbot: QtBot) -> None:
    """Found by the setting-up guide's test: the users tab read the outlets once, so an administrator who had looked
    at the users, then added an outlet, could not give the new outlet a cashier until the manager area was left."""
    from ska_pos.ui.manager.manager_screen import ManagerScreen

    screen = ManagerScreen(session_of(shop, "admin"))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.users)
    qtbot.waitUntil(lambda: screen.users.model.rowCount() == 4, timeout=WAIT_MS)
    setup = screen.outlet_setup
    screen.tabs.setCurrentWidget(setup)
    qtbot.waitUntil(lambda: len(setup.rows) == 2, timeout=WAIT_MS)
    qtbot.keyClicks(setup.new_outlet_code, "ldr")
    qtbot.keyClicks(setup.new_outlet_name, "Laundry Bersih")
    qtbot.mouseClick(setup.add_outlet, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(setup.rows) == 3, timeout=WAIT_MS)
    screen.tabs.setCurrentWidget(screen.users)
    qtbot.waitUntil(lambda: len(screen.users.outlets) == 3, timeout=WAIT_MS)
    form = screen.users.add()
    assert form.outlet.findText("LDR  Laundry Bersih") > 0


def test_a_user_being_edited_keeps_their_outlet_and_worker(shop: Shop, tab: UsersTab, qtbot: QtBot) -> None:
    """`QComboBox.findData` finds a UUID only when it is the very object stored, and a user read apart from the
    outlets never is: the form showed "all outlets" for a cashier of the café, and saving it made them sentra-wide."""
    qtbot.waitUntil(lambda: bool(tab.outlets), timeout=WAIT_MS)
    cafe = next(outlet for outlet in tab.outlets if outlet.id == shop.cafe.id)
    cashier = replace(next(row for row in tab.model.rows if row.username == "kasir"), outlet_id=uuid.UUID(str(cafe.id)))
    form = UserFormDialog(session_of(shop), tab.outlets, cashier)
    qtbot.addWidget(form)
    assert form.outlet.currentData() == shop.cafe.id
