"""Sending goods to another outlet of the sentra: the outlet, the item (by SKU) and how many. The receiving outlet
must sell the same SKU; the goods leave at their average cost (ska_pos/services/stock/transfers.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from ska_pos.services.stock import transfers
from ska_pos.services.stock.transfers import SendLine
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.stock.transfers_tab import TRANSFER_CHANGES
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named


class TransferSendDialog(ManagerDialog):
    changes = TRANSFER_CHANGES

    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(
            "transferSendDialog",
            QCoreApplication.translate("TransferSendDialog", "Send goods to another outlet"),
            parent,
        )
        self.session = session
        self.target = named(QComboBox(), "transferTarget", self.tr("Send to outlet"))
        self.sku = named(QLineEdit(), "transferSku", self.tr("Item code (SKU)"))
        self.quantity = named(QLineEdit(), "transferQuantity", self.tr("How many"))
        self.quantity.setPlaceholderText("1")
        self.note = named(QLineEdit(), "transferNote", self.tr("Note"))
        for label, field in ((self.tr("&To"), self.target), (self.tr("&Item code"), self.sku),
                             (self.tr("&Quantity"), self.quantity), (self.tr("&Note"), self.note)):  # fmt: skip
            self.add_row(label, field)
        self.finish_layout()
        here = session.actor.outlet_id

        def others(s: Session) -> list[tuple[uuid.UUID, str, str]]:
            return transfers.other_outlets(s, here)

        ReadOp(self, session.database, others).success(self._outlets_loaded).run_in_background()

    def _outlets_loaded(self, outlets: list[tuple[uuid.UUID, str, str]]) -> None:
        for outlet_id, code, name in outlets:
            self.target.addItem(f"{code} · {name}", outlet_id)

    def quantity_value(self) -> Decimal | None:
        try:
            value = Decimal(self.quantity.text().strip().replace(",", "."))
        except InvalidOperation:
            return None
        return value if value > 0 else None

    def check(self) -> str | None:
        if self.target.currentData() is None:
            return self.tr("Choose the outlet to send to")
        if not self.sku.text().strip():
            return self.tr("Type the item's code (SKU)")
        if self.quantity_value() is None:
            return self.tr("Type how many, for example 5")
        return None

    def save_work(self) -> Callable[[Session], str]:
        actor, target = self.session.actor, self.target.currentData()
        sku, quantity, note = self.sku.text().strip().upper(), self.quantity_value() or Decimal(0), self.note.text()

        def work(s: Session) -> str:
            item_id = transfers.item_by_sku(s, actor.outlet_id, sku)
            return transfers.send_transfer(s, actor, target, [SendLine(item_id, quantity)], note=note).number

        return work
