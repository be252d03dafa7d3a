"""Recording a payout to a worker: amount, cash or transfer (with its reference), a reason when it is more than
the balance, and the paper for the slip that prints afterwards.

Signal (from ManagerDialog): `saved(uuid)` with the new payout's id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah, parse_rupiah
from ska_pos.reports import formatting as fmt
from ska_pos.services.earnings import worker_balance
from ska_pos.services.earnings.period import Period
from ska_pos.services.payouts import record_payout
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named


class PayoutDialog(ManagerDialog):
    def __init__(
        self,
        session: TillSession,
        worker_id: uuid.UUID,
        worker_name: str,
        period: Period,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "payoutDialog", QCoreApplication.translate("PayoutDialog", "Pay {name}").format(name=worker_name), parent
        )
        self.session, self.worker_id, self.period = session, worker_id, period
        self.balance: int | None = None
        lang = session.language
        self.balance_label = named(QLabel(self.tr("Balance: loading…")), "payoutBalance", self.tr("Balance"))
        self.amount = named(QLineEdit(), "payoutAmount", self.tr("Amount to pay"))
        self.amount.setPlaceholderText(format_rupiah(100_000, lang))
        self.method = named(QComboBox(), "payoutMethod", self.tr("Paid by"))
        self.method.addItem(self.tr("Cash"), "cash")
        self.method.addItem(self.tr("Transfer to savings account"), "transfer")
        self.reference = named(QLineEdit(), "payoutReference", self.tr("Transfer reference"))
        self.reason = named(QLineEdit(), "payoutReason", self.tr("Reason for paying more than the balance"))
        self.note = named(QLineEdit(), "payoutNote", self.tr("Note"))
        self.paper = named(QComboBox(), "payoutPaper", self.tr("Slip paper"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("80 mm receipt paper"), "thermal80")
        self.add_row(self.tr("Balance"), self.balance_label)
        shown = self.tr("{start} to {end}").format(
            start=fmt.short_date(period.start, lang), end=fmt.short_date(period.end, lang)
        )
        self.add_row(self.tr("Period"), named(QLabel(shown), "payoutPeriod", shown))
        for label, field in (
            (self.tr("&Amount"), self.amount),
            (self.tr("Paid &by"), self.method),
            (self.tr("&Reference"), self.reference),
            (self.tr("Reason (if more)"), self.reason),
            (self.tr("&Note"), self.note),
            (self.tr("Slip &paper"), self.paper),
        ):
            self.add_row(label, field)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        self.finish_layout()
        ReadOp(self, self.session.database, self._load_balance).success(self._balance_loaded).run_in_background()

    def _load_balance(self, s: Session) -> int:
        return worker_balance(s, self.worker_id)

    def _balance_loaded(self, balance: int) -> None:
        self.balance = balance
        text = format_rupiah(balance, self.session.language)
        self.balance_label.setText(text)
        self.balance_label.setAccessibleName(self.tr("Balance {amount}").format(amount=text))

    def _method_changed(self) -> None:
        self.reference.setEnabled(self.method.currentData() == "transfer")

    def amount_value(self) -> int | None:
        try:
            return parse_rupiah(self.amount.text(), self.session.language)
        except ValueError:
            return None

    def check(self) -> str | None:
        amount = self.amount_value()
        if amount is None or amount <= 0:
            return self.tr("Type the amount to pay, for example 150000")
        if self.method.currentData() == "transfer" and not self.reference.text().strip():
            return self.tr("Type the transfer's reference number")
        if self.balance is not None and amount > self.balance and not self.reason.text().strip():
            return self.tr("This is more than the balance of {balance}. Give a reason to pay more.").format(
                balance=format_rupiah(self.balance, self.session.language)
            )
        return None

    def save_work(self) -> Callable[[Session], uuid.UUID]:
        amount, method = self.amount_value() or 0, str(self.method.currentData())
        reference, reason, note = self.reference.text(), self.reason.text(), self.note.text()

        def work(s: Session) -> uuid.UUID:
            payout = record_payout(
                s,
                self.session.actor,
                self.worker_id,
                amount,
                method,
                reference=reference,
                period=self.period,
                over_balance_reason=reason,
                note=note,
            )
            return payout.id

        return work
