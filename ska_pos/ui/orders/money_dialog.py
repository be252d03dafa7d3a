"""A payment on an order: a deposit or part payment while it is open (any amount), by cash, QRIS, transfer or
e-wallet, as the till's payment takes them. Collection, which must settle what is owed, uses the till's own
payment dialog instead.

`OrderMoneyDialog(language, title, parent)`; once accepted, `tender()` is the `domain.settlement.Tender`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from ska_pos.domain.money import parse_rupiah
from ska_pos.domain.settlement import Tender
from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import named

METHODS = ("cash", "qris", "transfer", "ewallet")


class MoneyFields(QWidget):
    """How and how much: a method and an amount (and the reference a transfer or e-wallet needs). `optional`: a
    first choice "No payment now" (an order taken without a deposit)."""

    def __init__(self, language: str, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language, self.optional = language, optional
        self.method = named(QComboBox(), "orderPayMethod", self.tr("Payment method"))
        if optional:
            self.method.addItem(self.tr("No payment now"), "")
        for code, name in zip(METHODS, self._method_names(), strict=True):
            self.method.addItem(name, code)
        self.amount = named(QLineEdit(), "orderPayAmount", self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("Amount in rupiah"))
        self.reference = named(QLineEdit(), "orderPayReference", self.tr("Reference (transfer or e-wallet)"))
        for widget in (self.method, self.amount, self.reference):
            touch_height(widget, 48)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Reference"), self.reference)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()

    def _method_names(self) -> tuple[str, ...]:
        return (self.tr("Cash"), self.tr("QRIS"), self.tr("Bank transfer"), self.tr("E-wallet"))

    def _method_changed(self) -> None:
        chosen = bool(self.method.currentData())
        self.amount.setEnabled(chosen)
        self.reference.setEnabled(self.method.currentData() in ("transfer", "ewallet"))

    def problem(self) -> str | None:
        if not self.method.currentData():
            return None
        try:
            amount = parse_rupiah(self.amount.text(), self.language)
        except ValueError as error:
            return str(error)
        if amount <= 0:
            return self.tr("Type the amount paid")
        return None

    def tender(self) -> Tender | None:
        """None when no payment is taken now."""
        method = str(self.method.currentData() or "")
        if not method:
            return None
        return Tender(method, parse_rupiah(self.amount.text(), self.language), self.reference.text().strip())


class OrderMoneyDialog(TillDialog):
    def __init__(self, language: str, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__("orderMoneyDialog", title, parent)
        self.fields = MoneyFields(language)
        self.body.addWidget(look.text(explanation, "orderMoneyWhat"))
        self.body.addWidget(self.fields)
        self.fields.amount.returnPressed.connect(self.try_accept)
        self.finish_layout()
        self.fields.amount.setFocus()

    def check(self) -> str | None:
        return self.fields.problem()

    def tender(self) -> Tender:
        tender = self.fields.tender()
        assert tender is not None
        return tender
