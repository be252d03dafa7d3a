"""The manager's Transfers tab: goods sent from the salon are listed at the café and received with one button, or
line by line with less than was sent (a supervisor approving the loss); goods are sent from the café by the dialog,
by keyboard; the chosen transfer's note opens in the preview."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from approving import approve_in_dialog
from earnings.ui_fixtures import session_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shop import Shop, act_as, approved
from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.db.models import StockTransferLine, StockTransferReceipt
from ska_pos.services.actor import Approval
from ska_pos.services.stock import receiving, transfers
from ska_pos.services.stock.transfers import Arrived, SendLine
from ska_pos.ui import approval
from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog
from ska_pos.ui.stock.transfer_receive_dialog import TransferReceiveDialog
from ska_pos.ui.stock.transfers_send_dialog import TransferSendDialog
from ska_pos.ui.stock.transfers_tab import TransfersTab
from stock.helpers import on_hand, receive, supplier
from stock.transfer_steps import at_salon, level, salon_keripik

pytestmark = [pytest.mark.gui]
WAIT_MS = 20_000


def test_goods_from_the_salon_are_received_at_the_cafe_and_sent_back(shop: Shop, qtbot: QtBot) -> None:
    there = salon_keripik(shop)
    salon_manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.transaction() as s:
        receiving.adjust_stock(s, salon_manager, there, Decimal(6), "adjust", "stok awal")
    with shop.db.transaction() as s:
        transfers.send_transfer(s, at_salon(shop), shop.cafe.id, [SendLine(there, Decimal(4))])
    receive(shop, supplier(shop), shop.keripik.id, 1, 7_000)
    tab = TransfersTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    assert not tab.receive_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.receive_button.isEnabled()
    qtbot.mouseClick(tab.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Transfer KRM-SLN-00001 received"), timeout=WAIT_MS)
    assert on_hand(shop, shop.keripik.id)[0] == 5

    tab.open_send()
    dialog = next(d for d in tab.findChildren(TransferSendDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.target.count() == 1, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.sku, "krpk")
    qtbot.keyClicks(dialog.quantity, "3")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    assert (tab.model.row_at(0).from_code, tab.model.row_at(0).quantity) == ("KFE", Decimal(3))
    assert on_hand(shop, shop.keripik.id)[0] == 2
    assert level(shop, there, shop.salon.id)[0] == 2


def test_a_transfer_received_short_shows_what_was_lost_and_why(shop: Shop, qtbot: QtBot) -> None:
    there = salon_keripik(shop)
    receive(shop, supplier(shop), shop.keripik.id, 10, 7_000)
    with shop.db.transaction() as s:
        transfer = transfers.send_transfer(s, act_as(shop, "supervisor"), shop.salon.id,
                                           [SendLine(shop.keripik.id, Decimal(5))])  # fmt: skip
        line_id = transfer_line(s, transfer.id)
    with shop.db.transaction() as s:
        transfers.receive_transfer(s, at_salon(shop), transfer.id, {line_id: Arrived(Decimal(3), "pecah di jalan")},
                                   approval=approved(s, "stock.transit_loss"))  # fmt: skip
    tab = TransfersTab(session_of(shop))  # the café's manager, who sent them
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.received.rowCount() == 1, timeout=WAIT_MS)
    row = tab.received.row_at(0)
    shown = [tab.received.text(row, column) for column in (0, 4, 5, 6, 7)]
    assert shown == ["KRM-KFE-00001", "5", "3", "2", "pecah di jalan"]
    assert level(shop, there, shop.salon.id)[0] == 3


def test_a_transfer_is_received_short_from_the_screen_by_keyboard_with_a_supervisors_approval(
    shop: Shop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    there = salon_keripik(shop)
    salon_manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.transaction() as s:
        receiving.adjust_stock(s, salon_manager, there, Decimal(6), "adjust", "stok awal")
    with shop.db.transaction() as s:
        transfers.send_transfer(s, at_salon(shop), shop.cafe.id, [SendLine(there, Decimal(4))])
    asked: list[str] = []

    def supervisor(parent: QWidget | None, database: Database, what: str, action: str) -> Approval | None:
        asked.append(what)
        return approve_in_dialog(parent, database, what, action) if len(asked) > 1 else None  # first: cancelled

    monkeypatch.setattr(approval, "ask_approval", supervisor)
    tab = TransfersTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    assert not tab.receive_short_button.isEnabled()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.receive_short_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in tab.findChildren(TransferReceiveDialog) if d.isVisible())
    qtbot.waitUntil(lambda: len(dialog.arrived) == 1, timeout=WAIT_MS)
    assert dialog.arrived[0].text() == "4"
    assert dialog.table.item(0, 0).text() == "KRPK"
    dialog.arrived[0].selectAll()
    qtbot.keyClicks(dialog.arrived[0], "3")
    qtbot.keyClick(dialog.arrived[0], Qt.Key.Key_Return)  # less arrived: on to the reason
    assert dialog.reasons[0].hasFocus()
    qtbot.keyClick(dialog.reasons[0], Qt.Key.Key_Return)
    assert "Say why less of Keripik Singkong arrived" in dialog.error.text()
    qtbot.keyClicks(dialog.reasons[0], "pecah di jalan")
    qtbot.keyClick(dialog.reasons[0], Qt.Key.Key_Return)  # the supervisor does not approve: nothing changes
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=WAIT_MS)
    assert asked == ["Transfer KRM-SLN-00001: less arrived than was sent"]
    assert dialog.isVisible()
    with shop.db.reading() as s:
        assert s.scalar(select(StockTransferReceipt.id)) is None
    qtbot.keyClick(dialog.reasons[0], Qt.Key.Key_Return)  # now approved
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0 and tab.received.rowCount() == 1, timeout=WAIT_MS)
    assert tab.status.text().startswith("Transfer KRM-SLN-00001 received")
    row = tab.received.row_at(0)
    assert [tab.received.text(row, column) for column in (4, 5, 6, 7)] == ["4", "3", "1", "pecah di jalan"]
    assert on_hand(shop, shop.keripik.id)[0] == 3

    tab.received_table.selectRow(0)
    assert tab.note_button.isEnabled()
    qtbot.mouseClick(tab.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in tab.findChildren(PdfPreviewDialog)), timeout=WAIT_MS)
    for preview in tab.findChildren(PdfPreviewDialog):  # not left on screen for the tests after this one
        preview.close()


def transfer_line(session: Session, transfer_id: uuid.UUID) -> uuid.UUID:
    line_id = session.scalar(select(StockTransferLine.id).where(StockTransferLine.transfer_id == transfer_id))
    assert line_id is not None
    return line_id


def test_an_arrived_quantity_past_the_thousandth_is_named_before_a_supervisor_is_asked(
    shop: Shop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    there = salon_keripik(shop)
    salon_manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.transaction() as s:
        receiving.adjust_stock(s, salon_manager, there, Decimal(6), "adjust", "stok awal")
    with shop.db.transaction() as s:
        transfers.send_transfer(s, at_salon(shop), shop.cafe.id, [SendLine(there, Decimal(4))])
    asked: list[str] = []
    monkeypatch.setattr(approval, "ask_approval", lambda parent, database, what, action: asked.append(what))
    tab = TransfersTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.receive_short_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in tab.findChildren(TransferReceiveDialog) if d.isVisible())
    qtbot.waitUntil(lambda: len(dialog.arrived) == 1, timeout=WAIT_MS)
    dialog.arrived[0].setText("3,0005")
    dialog.reasons[0].setText("pecah di jalan")
    dialog.try_accept()
    assert "Type how many of Keripik Singkong arrived" in dialog.error.text()
    assert asked == []
    assert dialog.isVisible()
    dialog.reject()  # not left on screen for the tests after this one
