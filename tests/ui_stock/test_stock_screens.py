"""The manager's Stock tab driven offscreen: the list, an item's history, receiving with its note, a maker's
consignment, a stock take counted by scanner and by hand and approved with reasons in its dialog, and the margin
report."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from earnings.ui_fixtures import previews, session_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shop import Shop, act_as
from sqlalchemy import select
from stock.helpers import on_hand, receive, sell, supplier

from ska_pos.db.models import StockMovement
from ska_pos.services.stock import counts
from ska_pos.ui.stock.incoming_dialog import IncomingDialog
from ska_pos.ui.stock.stock_tab import StockTab

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))]


@pytest.fixture
def tab(shop: Shop, qtbot: QtBot) -> StockTab:
    tab = StockTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.on_hand.model.rowCount() == 1 and tab.on_hand.outlet.count() == 2)
    return tab


def _close_previews() -> None:
    for preview in previews():
        preview.close()


def _incoming(tab: StockTab, qtbot: QtBot, kind: str) -> IncomingDialog:
    tab.on_hand.incoming = None
    tab.on_hand.open_incoming(kind)
    qtbot.waitUntil(lambda: tab.on_hand.incoming is not None and tab.on_hand.incoming.isVisible())
    assert tab.on_hand.incoming is not None
    return tab.on_hand.incoming


def _scan(qtbot: QtBot, dialog: IncomingDialog, code: str, quantity: str, cost: str) -> None:
    before = len(dialog.lines)
    dialog.quantity.setText(quantity)
    dialog.cost.setText(cost)
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.lines) == before + 1)


def test_goods_received_by_keyboard_come_in_at_their_cost_and_the_note_is_shown(
    shop: Shop, tab: StockTab, qtbot: QtBot
) -> None:
    supplier(shop)
    dialog = _incoming(tab, qtbot, "receive")
    assert dialog.party.currentText() == "Koperasi Tani Makmur (TANI)"
    dialog.reference.setText("INV-77")
    _scan(qtbot, dialog, "8990003", "12", "7,000")  # the barcode of Keripik Singkong; English groups with a comma
    assert dialog.model.text(dialog.lines[0], 4) == "Rp84,000"
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # an empty code field adds nothing
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and len(previews()) == 1)
    assert previews()[0].windowTitle().endswith("TRM-KFE-00001")
    assert on_hand(shop, shop.keripik.id) == (Decimal(12), 7_000)
    qtbot.waitUntil(lambda: tab.on_hand.model.rows[0].quantity == Decimal(12))  # the list followed the write
    _close_previews()


def test_a_code_not_in_the_outlet_is_refused_in_plain_words_and_adds_no_line(tab: StockTab, qtbot: QtBot) -> None:
    dialog = _incoming(tab, qtbot, "consign_in")
    dialog.code.setText("NOPE")
    dialog.add_line()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "No item with barcode or SKU NOPE" in dialog.error.text()
    assert dialog.lines == []
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.error.text() == "⚠ Add at least one item."
    dialog.reject()


def test_a_makers_consignment_shows_under_consigned_only_and_goes_back(shop: Shop, tab: StockTab, qtbot: QtBot) -> None:
    dialog = _incoming(tab, qtbot, "consign_in")
    dialog.party.setCurrentIndex(dialog.party.findText("Siti"))
    _scan(qtbot, dialog, "KRPK", "5", "9000")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and len(previews()) == 1)
    _close_previews()
    tab.on_hand.consigned.setChecked(True)
    qtbot.waitUntil(lambda: [row.consigned for row in tab.on_hand.model.rows] == [Decimal(5)])
    back = _incoming(tab, qtbot, "consign_return")
    assert not back.cost.isVisible()  # pieces go back at the agreed price
    back.party.setCurrentIndex(back.party.findText("Siti"))
    _scan(qtbot, back, "KRPK", "6", "")
    back.buttons.button(back.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "The maker has only 5.000" in back.error.text())  # refused: nothing changed
    back.lines.clear()
    _scan(qtbot, back, "KRPK", "5", "")
    back.buttons.button(back.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not back.isVisible() and len(previews()) == 1)
    _close_previews()
    qtbot.waitUntil(lambda: tab.on_hand.model.rowCount() == 0)
    assert on_hand(shop, shop.keripik.id)[0] == Decimal(0)


def test_an_items_history_lists_its_movements_newest_first(shop: Shop, tab: StockTab, qtbot: QtBot) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 10, 7_000)
    sell(shop, shop.keripik.id, 2)
    tab.on_hand.reload()  # written here by the services, not through the window's ops
    qtbot.waitUntil(lambda: tab.on_hand.model.rows[0].quantity == Decimal(8))
    tab.on_hand.table.setCurrentIndex(tab.on_hand.model.index(0, 0))
    dialog = tab.on_hand.history()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert [dialog.model.text(row, 1) for row in dialog.model.rows] == ["sale", "received"]
    assert dialog.summary.text() == "On hand 8, average cost Rp7,000"
    dialog.reject()


def test_a_stock_take_by_scanner_and_by_hand_approved_with_a_reason(shop: Shop, tab: StockTab, qtbot: QtBot) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 10, 7_000)
    panel = tab.counting
    tab.parts.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.start_button.isEnabled())
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.count is not None)
    for _ in range(2):  # each scan adds one
        before = [line.counted for line in panel.count.lines] if panel.count else []
        qtbot.keyClicks(panel.code, "8990003")
        qtbot.keyClick(panel.code, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda before=before: panel.count is not None and
                        [line.counted for line in panel.count.lines] != before)  # fmt: skip
    assert panel.table.item(0, 3).text() == "2"
    panel.quantity.setText("9")  # by hand: the counted figure replaces the scans
    qtbot.keyClicks(panel.code, "KRPK")
    qtbot.keyClick(panel.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1 and panel.table.item(0, 3).text() == "9")
    assert panel.table.item(0, 4).text() == "-1"
    dialog = panel.approve()  # the variance list, in its dialog
    assert dialog is not None
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, column).text() for column in range(5)] == ["KRPK", "Keripik Singkong", "10", "9", "-1"]
    qtbot.keyClick(dialog.reasons[0], Qt.Key.Key_Return)  # no reason yet: asked for, nothing posted
    assert dialog.error.text() == "⚠ Give the reason for the difference of Keripik Singkong"
    assert dialog.isVisible()
    assert on_hand(shop, shop.keripik.id) == (Decimal(10), 7_000)
    qtbot.keyClicks(dialog.reasons[0], "rusak, dibuang")
    qtbot.keyClick(dialog.reasons[0], Qt.Key.Key_Return)  # Enter on the last reason approves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: panel.count is None and panel.start_button.isEnabled())
    assert panel.message.text() == "1 differences posted."
    assert on_hand(shop, shop.keripik.id) == (Decimal(9), 7_000)
    with shop.db.reading() as s:
        posted = s.execute(select(StockMovement.kind, StockMovement.quantity, StockMovement.unit_cost,
                                  StockMovement.reason).where(StockMovement.kind == "count")).all()  # fmt: skip
    assert posted == [("count", Decimal(-1), 7_000, "rusak, dibuang")]


def test_one_reason_for_every_difference_still_without_one(shop: Shop, tab: StockTab, qtbot: QtBot) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 10, 7_000)
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        count_id = counts.start_count(s, supervisor).id
        counts.enter_count(s, supervisor, count_id, shop.keripik.id, Decimal(12))
    panel = tab.counting
    tab.parts.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.count is not None and len(panel.count.lines) == 1)
    dialog = panel.approve()
    assert dialog is not None
    assert dialog.table.item(0, 4).text() == "+2"
    qtbot.keyClicks(dialog.same, "salah hitung sebelumnya")
    qtbot.keyClick(dialog.same, Qt.Key.Key_Return)
    assert dialog.reasons[0].text() == "salah hitung sebelumnya"
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert on_hand(shop, shop.keripik.id) == (Decimal(12), 7_000)


def test_the_margin_report_shows_what_the_goods_cost_and_its_pdf(shop: Shop, tab: StockTab, qtbot: QtBot) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 10, 7_000)
    sell(shop, shop.keripik.id, 2)
    panel = tab.margin
    tab.parts.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    row = panel.model.rows[0]
    assert (row.sku, row.cost, panel.model.text(row, 5)) == ("KRPK", 14_000, "Rp14,000")
    assert "cost Rp14,000" in panel.total.text()
    panel.show_pdf()
    qtbot.waitUntil(lambda: len(previews()) == 1)
    _close_previews()
    QApplication.processEvents()


def test_a_minimum_set_in_its_dialog_marks_the_item_low_and_puts_it_on_the_reorder_list(
    shop: Shop, tab: StockTab, qtbot: QtBot
) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 4, 7_000)
    tab.on_hand.reload()
    qtbot.waitUntil(lambda: tab.on_hand.model.rows[0].quantity == Decimal(4))
    tab.on_hand.table.setCurrentIndex(tab.on_hand.model.index(0, 0))
    dialog = tab.on_hand.set_minimum()
    assert dialog is not None
    dialog.minimum.setText("-2")
    qtbot.keyClick(dialog.minimum, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Not a quantity: -2" in dialog.error.text())
    dialog.minimum.setText("5")
    qtbot.keyClick(dialog.minimum, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: tab.on_hand.model.rows[0].low)
    assert tab.on_hand.model.text(tab.on_hand.model.rows[0], 3) == "low · 4"
    tab.on_hand.low.setChecked(True)
    qtbot.waitUntil(lambda: tab.on_hand.pages.total == 1)
    tab.parts.setCurrentWidget(tab.reorder)
    qtbot.waitUntil(lambda: tab.reorder.model.rowCount() == 1)
    row = tab.reorder.model.rows[0]
    assert (row.source, row.short) == ("Koperasi Tani Makmur (TANI)", Decimal(1))
    assert tab.reorder.summary.text() == "1 items at or below their minimum"


def test_the_count_sheet_of_the_open_stock_take_opens_in_the_preview(shop: Shop, tab: StockTab, qtbot: QtBot) -> None:
    panel = tab.counting
    tab.parts.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.start_button.isEnabled())
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.count is not None)
    panel.count_sheet()
    qtbot.waitUntil(lambda: len(previews()) == 1)
    assert previews()[0].windowTitle() == "Count sheet"
    _close_previews()
