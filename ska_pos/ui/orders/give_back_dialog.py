"""Giving back part of what is held on an order (a tailoring order changed to less work): how much, how (cash,
QRIS, transfer or e-wallet, a reference where needed) and why. It says what will be handed over: cash is rounded to
the outlet's cash unit as refunds are, never more than is held (`domain.orders.giving_back`). Nothing is written
here: once accepted, `tender()` and `reason()` go to `refund_order`, with a supervisor's approval.

`GiveBackDialog(language, order_no, held, cash_unit, parent)`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from ska_pos.domain.money import format_rupiah, parse_rupiah
from ska_pos.domain.orders.giving_back import given_back
from ska_pos.domain.orders.money import OrderMoneyRefused
from ska_pos.domain.settlement import Tender
from ska_pos.ui.orders.money_dialog import MoneyFields
from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import named


class GiveBackDialog(TillDialog):
    def __init__(self, language: str, order_no: str, held: int, cash_unit: int, parent: QWidget | None = None) -> None:
        super().__init__(
            "giveBackDialog", QCoreApplication.translate("GiveBackDialog", "Give back part of the down payment"), parent
        )
        self.language, self.held, self.cash_unit = language, held, cash_unit
        what = self.tr("Order {number}: down payment held {amount}").format(
            number=order_no, amount=format_rupiah(held, language))  # fmt: skip
        self.body.addWidget(look.text(what, "giveBackWhat", what))
        self.fields = MoneyFields(language)
        self.fields.amount.setAccessibleName(self.tr("Amount to give back"))
        self.body.addWidget(self.fields)
        self.reason_field = named(QLineEdit(), "giveBackReason", self.tr("Reason for giving it back"))
        self.reason_field.setPlaceholderText(self.tr("For example: less work than ordered"))
        touch_height(self.reason_field, 48)
        reason_row = QFormLayout()
        self.body.addLayout(reason_row)
        reason_row.setContentsMargins(0, 0, 0, 0)
        reason_row.addRow(self.tr("Reason"), self.reason_field)
        self.handed = look.text("", "giveBackHanded", self.tr("What will be handed back"))
        self.body.addWidget(self.handed)
        self.fields.amount.textChanged.connect(self._preview)
        self.fields.method.currentIndexChanged.connect(self._preview)
        self.fields.amount.returnPressed.connect(self.reason_field.setFocus)
        self.reason_field.returnPressed.connect(self.try_accept)
        self.finish_layout()
        self.resize(560, 420)
        self._preview()
        self.fields.amount.setFocus()

    def _amount(self) -> int:
        """What will be handed back for what is typed; ValueError or OrderMoneyRefused saying why not."""
        asked = parse_rupiah(self.fields.amount.text(), self.language)
        return given_back(asked, self.held, str(self.fields.method.currentData()), self.cash_unit)

    def _preview(self) -> None:
        try:
            amount = self._amount()
        except (ValueError, OrderMoneyRefused):
            look.set_text(self.handed, "")
            return
        look.set_text(self.handed, self.tr("To hand back: {amount}").format(
            amount=format_rupiah(amount, self.language)))  # fmt: skip

    def check(self) -> str | None:
        problem = self.fields.problem()
        if problem:
            return problem
        try:
            self._amount()
        except (ValueError, OrderMoneyRefused) as error:
            return str(error)
        if not self.reason_field.text().strip():
            return self.tr("Give a reason for giving the money back")
        return None

    def tender(self) -> Tender:
        """What was asked for: the service rounds cash as the preview said."""
        tender = self.fields.tender()
        assert tender is not None
        return tender

    def reason(self) -> str:
        return self.reason_field.text().strip()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter belongs to the field (the amount goes on to the reason, the reason asks to give back)
        super().keyPressEvent(event)
