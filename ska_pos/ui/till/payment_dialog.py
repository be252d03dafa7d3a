"""Taking payment for a sale: cash, QRIS, bank transfer, e-wallet, or several of them together.

Usage (also on its own, as the screenshot script does)::

    dialog = PaymentDialog(session, total, outlet.qris_payload, parent, cash_rounding_unit=0)
    dialog.accepted.connect(lambda: commit(dialog.tenders()))
    dialog.open()

`tenders()` is the list of `domain.settlement.Tender` once the payments settle the total (checked with
`settle`, the rule the sale itself applies); the dialog accepts itself then, exactly once. Signal `paid(list)`
carries the same list. Keys: F2 cash, F3 QRIS, F4 transfer, F5 e-wallet, F6 the tip, Enter takes the typed payment,
Esc cancels. Amounts still due, tenders so far and the change are shown large.

Given the bill's `workers` (even none), the dialog takes an optional tip (typed, or a quick tip button) and whom it
goes to (the workers by their share, or one of them). The payments then settle the total and the tip together;
`payment()` gives the sale's own payments (the tip taken off them, `domain.tips.take_tip`) and the `TipChoice`, so
the sale and its change stay what they are without a tip.

`tip_only` (a bill of Rp0 whose workers the customer tips, as a salon visit a package paid): the dialog opens on
the tip, and takes no payment until a tip is typed.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.pricing import cash_rounding
from ska_pos.domain.settlement import PaymentError, Tender, settle
from ska_pos.domain.tips import take_tip
from ska_pos.ui.till.payment_panels import CashPanel, QrisPanel, ReferencePanel, TipPanel
from ska_pos.ui.till.sale_view import Paid, TipChoice
from ska_pos.ui.till.sizing import CHECKED_STYLE, scale_font, touch_height
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named, touch_rows

METHOD_KEYS = {Qt.Key.Key_F2: 0, Qt.Key.Key_F3: 1, Qt.Key.Key_F4: 2, Qt.Key.Key_F5: 3}
METHODS = ("cash", "qris", "transfer", "ewallet")


class PaymentDialog(QDialog):
    paid = Signal(list)

    def __init__(
        self,
        session: TillSession,
        total: int,
        qris_payload: str,
        parent: QWidget | None = None,
        *,
        cash_rounding_unit: int = 0,
        workers: tuple[tuple[uuid.UUID, str], ...] | None = None,
        tip_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.language, self.total, self.rounding_unit = session.language, total, cash_rounding_unit
        self._tenders: list[Tender] = []
        self._paid = Paid([])
        self.tip = TipPanel(workers or (), self.language)
        self.tip.changed.connect(self._refresh)
        self.tip.done.connect(self._focus_panel)
        self.tip.setVisible(workers is not None)
        self._done, self.tip_only = False, tip_only and workers is not None
        title = self.tr("Tip") if self.tip_only else self.tr("Payment")
        self.setWindowTitle(title)
        named(self, "paymentDialog", title)
        self.setModal(True)
        self.setStyleSheet(CHECKED_STYLE)
        names = (self.tr("Cash"), self.tr("QRIS"), self.tr("Bank transfer"), self.tr("E-wallet"))
        self.method_names = dict(zip(METHODS, names, strict=True))
        self.cash = CashPanel(self.language)
        self.qris = QrisPanel(qris_payload, self.language)
        self.transfer = ReferencePanel("transfer", names[2], self.language)
        self.ewallet = ReferencePanel("ewallet", names[3], self.language)
        self.cash.tendered.connect(lambda amount: self._add(Tender("cash", amount)))
        self.qris.received.connect(lambda amount: self._add(Tender("qris", amount)))
        self.transfer.tendered.connect(lambda amount, ref: self._add(Tender("transfer", amount, ref)))
        self.ewallet.tendered.connect(lambda amount, ref: self._add(Tender("ewallet", amount, ref)))
        self.panels = named(QStackedWidget(), "paymentPanels", self.tr("Payment method"))
        for panel in (self.cash, self.qris, self.transfer, self.ewallet):
            self.panels.addWidget(panel)
        layout = QVBoxLayout()
        layout.setContentsMargins(8, 8, 8, 8)  # large text in Indonesian: the dialog fits a 1024 px screen
        layout.addLayout(self._summary())
        layout.addWidget(self.tip)
        body = QHBoxLayout()
        body.addLayout(self._method_buttons(names))
        body.addWidget(self.panels, 3)
        body.addLayout(self._tender_list(), 2)
        layout.addLayout(body, 1)
        self.setLayout(layout)
        self._refresh()
        self.choose_method(0)
        if self.tip_only:
            self.tip.amount_field.setFocus()
        self.resize(1100, 680)

    def _summary(self) -> QGridLayout:
        grid = QGridLayout()
        self.total_label = named(
            QLabel(format_rupiah(self.total, self.language)),
            "paymentTotal",
            self.tr("Total {amount}").format(amount=format_rupiah(self.total, self.language)),
        )
        self.remaining_label = named(QLabel(""), "paymentRemaining", self.tr("Still due"))
        for column, (caption, value) in enumerate(
            ((self.tr("TOTAL"), self.total_label), (self.tr("STILL DUE"), self.remaining_label))
        ):
            title = QLabel(caption)
            title.setProperty("role", "title")
            value.setProperty("role", "total")
            scale_font(title, 1.2)
            scale_font(value, 2.4)
            grid.addWidget(title, 0, column)
            grid.addWidget(value, 1, column)
        return grid

    def _method_buttons(self, names: tuple[str, ...]) -> QVBoxLayout:
        column = QVBoxLayout()
        self.method_group = QButtonGroup(self)
        for index, (method, name) in enumerate(zip(METHODS, names, strict=True)):
            button = big_button(name, f"pay{method.capitalize()}", name, shortcut_hint=f"F{index + 2}", min_width=170)
            button.setCheckable(True)
            button.setAutoDefault(False)
            touch_height(button, 76)
            self.method_group.addButton(button, index)
            column.addWidget(button)
        self.method_group.idClicked.connect(self.choose_method)
        cancel = big_button(self.tr("Cancel (Esc)"), "paymentCancel", self.tr("Cancel the payment"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        touch_height(cancel, 60)
        column.addStretch(1)
        column.addWidget(cancel)
        return column

    def _tender_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Payments so far")))
        self.tender_list = named(QListWidget(), "tenderList", self.tr("Payments so far"))
        touch_rows(self.tender_list)
        remove = big_button(self.tr("Remove payment"), "tenderRemove", self.tr("Remove the selected payment"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self._remove_selected)
        touch_height(remove, 56)
        column.addWidget(self.tender_list, 1)
        column.addWidget(remove)
        return column

    def tenders(self) -> list[Tender]:
        """The sale's own payments: once paid, without the tip."""
        return list(self._paid.tenders) if self._done else list(self._tenders)

    def payment(self) -> Paid:
        """The answer once the dialog accepted: the sale's payments and the tip."""
        return self._paid

    def due(self) -> int:
        """The bill and the tip, what the payments must settle."""
        return self.total + self.tip.amount()

    def remaining(self) -> int:
        """What is still due; cash owed is rounded as the outlet rounds cash."""
        paid = sum(tender.amount for tender in self._tenders)
        return max(self.due() - paid, 0)

    def _cash_due(self) -> int:
        non_cash = sum(t.amount for t in self._tenders if t.method != "cash")
        cash = sum(t.amount for t in self._tenders if t.method == "cash")
        owed = self.due() - non_cash
        return max(owed + cash_rounding(owed, self.rounding_unit) - cash, 0)

    def choose_method(self, index: int) -> None:
        self.method_group.button(index).setChecked(True)
        self.panels.setCurrentIndex(index)
        self._focus_panel()
        if index == 0:
            self.cash.amount.selectAll()

    def _add(self, tender: Tender) -> None:
        if self._done:
            return
        if self.tip_only and not self.tip.amount():
            self.tip.say(self.tr("Type the tip first: nothing else is due"))
            self.tip.amount_field.setFocus()
            return
        self._tenders.append(tender)
        try:
            settle(self.due(), self._tenders, self.rounding_unit)
        except PaymentError:
            if sum(t.amount for t in self._tenders if t.method != "cash") > self.due():
                self._tenders.pop()
                return
            self._refresh()
            return
        tip = self.tip.amount()
        try:
            sale_tenders, method = take_tip(self._tenders, tip)
        except ValueError as error:
            self._tenders.pop()
            self.tip.say(str(error))
            self._refresh()
            return
        self._paid = Paid(sale_tenders, TipChoice(tip, method, self.tip.worker_id()) if tip else None)
        self._done = True
        self.paid.emit(self.tenders())
        self.accept()

    def _remove_selected(self) -> None:
        row = self.tender_list.currentRow()
        if 0 <= row < len(self._tenders):
            del self._tenders[row]
            self._refresh()

    def _refresh(self) -> None:
        remaining = self.remaining()
        text = format_rupiah(remaining, self.language)
        self.remaining_label.setText(text)
        self.remaining_label.setAccessibleName(self.tr("Still due {amount}").format(amount=text))
        self.tender_list.clear()
        for tender in self._tenders:
            reference = f" · {tender.reference}" if tender.reference else ""
            self.tender_list.addItem(
                f"{self.method_names[tender.method]} {format_rupiah(tender.amount, self.language)}{reference}"
            )
        self.cash.set_due(self._cash_due())
        self.qris.set_due(remaining)
        self.transfer.set_due(remaining)
        self.ewallet.set_due(remaining)
        self._focus_panel()

    def _focus_panel(self) -> None:
        if self.tip.amount_field.hasFocus():
            return  # typing the tip refreshes the amounts due; the cashier is still typing it
        panel = self.panels.currentWidget()
        if panel is not None:
            panel.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F6 and self.tip.isVisible():
            self.tip.amount_field.setFocus()
            self.tip.amount_field.selectAll()
            return
        index = METHOD_KEYS.get(Qt.Key(event.key()))
        if index is not None:
            self.choose_method(index)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter belongs to the payment fields; it never closes the dialog by itself
        super().keyPressEvent(event)

    def reject(self) -> None:
        if not self._done:
            super().reject()
