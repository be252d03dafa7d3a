"""The customers tab: add by keyboard with a number written any way, a bad number refused in the form, search by
name and by whole number, and edit with the number read back for a manager."""

from __future__ import annotations

import pytest
from earnings.ui_fixtures import session_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.ui.manager.customer_form import CustomerFormDialog
from ska_pos.ui.manager.customers_tab import CustomersTab

pytestmark = [pytest.mark.gui]
WAIT_MS = 20_000


@pytest.fixture
def tab(shop: Shop, qtbot: QtBot) -> CustomersTab:
    customers_tab = CustomersTab(session_of(shop))
    qtbot.addWidget(customers_tab)
    customers_tab.show()
    customers_tab.reload()
    qtbot.waitUntil(lambda: customers_tab.pages.page_label.text() != "", timeout=WAIT_MS)
    return customers_tab


def _form(tab: CustomersTab) -> CustomerFormDialog:
    dialogs = [d for d in tab.findChildren(CustomerFormDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _add_by_keyboard(qtbot: QtBot, tab: CustomersTab, name: str, phone: str) -> CustomerFormDialog:
    tab.findChild(QPushButton, "customerAdd").click()
    form = _form(tab)
    qtbot.keyClicks(form.name, name)
    qtbot.keyClick(form.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.phone, phone)
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    return form


def test_a_customer_is_added_and_found_by_name_and_by_number(tab: CustomersTab, qtbot: QtBot) -> None:
    form = _add_by_keyboard(qtbot, tab, "Bu Ani", "0812 3456 7890")
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    assert tab.model.index(0, 1).data() == "••••7890"
    qtbot.keyClicks(tab.search, "+62 812-3456-7890")
    qtbot.waitUntil(lambda: tab.pages.total == 1 and tab.search.text().startswith("+62"), timeout=WAIT_MS)
    tab.search.clear()
    qtbot.keyClicks(tab.search, "zzz")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT_MS)


def test_a_bad_number_is_refused_in_the_form_and_nothing_saved(tab: CustomersTab, qtbot: QtBot) -> None:
    form = _add_by_keyboard(qtbot, tab, "Pak Budi", "12345")
    qtbot.waitUntil(lambda: "not a valid phone number" in form.error.text(), timeout=WAIT_MS)
    assert form.isVisible()
    assert tab.model.rowCount() == 0


def test_editing_reads_the_whole_number_back(tab: CustomersTab, qtbot: QtBot) -> None:
    form = _add_by_keyboard(qtbot, tab, "Bu Ani", "081234567890")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    tab.table.selectRow(0)
    edit = tab.edit()
    assert edit is not None
    qtbot.waitUntil(lambda: edit.phone.text() == "0812-3456-7890", timeout=WAIT_MS)
    edit.notes.setText("langganan laundry")
    edit.buttons.button(edit.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "langganan laundry", timeout=WAIT_MS)
    assert not form.isVisible()
