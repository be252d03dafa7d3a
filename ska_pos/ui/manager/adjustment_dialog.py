"""A manager's correction of a worker's earnings: an amount (minus takes away) and the reason, kept and audited.

Signal (from ManagerDialog): `saved(uuid)` with the new entry's id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import parse_rupiah
from ska_pos.services.payouts import record_adjustment
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named


class AdjustmentDialog(ManagerDialog):
    def __init__(
        self, session: TillSession, worker_id: uuid.UUID, worker_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "adjustmentDialog",
            QCoreApplication.translate("AdjustmentDialog", "Correct the earnings of {name}").format(name=worker_name),
            parent,
        )
        self.session, self.worker_id = session, worker_id
        self.amount = named(QLineEdit(), "adjustmentAmount", self.tr("Amount to add; start with a minus to take away"))
        self.amount.setPlaceholderText("25000  /  -25000")
        self.reason = named(QLineEdit(), "adjustmentReason", self.tr("Reason"))
        self.add_row(self.tr("&Amount (+ or -)"), self.amount)
        self.add_row(self.tr("&Reason"), self.reason)
        self.finish_layout()

    def amount_value(self) -> int | None:
        text = self.amount.text().strip()
        sign = -1 if text.startswith("-") else 1
        try:
            return sign * parse_rupiah(text.lstrip("+-").strip(), self.session.language)
        except ValueError:
            return None

    def check(self) -> str | None:
        amount = self.amount_value()
        if not amount:
            return self.tr("Type the amount, for example 25000 to add or -25000 to take away")
        if not self.reason.text().strip():
            return self.tr("Give the reason for the correction")
        return None

    def save_work(self) -> Callable[[Session], uuid.UUID]:
        amount, reason = self.amount_value() or 0, self.reason.text()

        def work(s: Session) -> uuid.UUID:
            return record_adjustment(s, self.session.actor, self.worker_id, amount, reason).id

        return work
