"""Receiving a transfer with what really arrived: per line, what was sent (and whose pieces), how many arrived
(filled with what was sent) and, when fewer, why. Less than sent is a loss in transit: a supervisor approves it with
their PIN before it is written (services/stock/transfers.receive_transfer). Tab goes from one field to the next,
Enter on the last receives.

Signal (from ManagerDialog): `saved(str)`, the transfer's number."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLineEdit, QTableWidget, QTableWidgetItem, QWidget
from sqlalchemy.orm import Session

from ska_pos.reports import formatting as fmt
from ska_pos.reports.stock_models import TransferNoteLine
from ska_pos.services.actor import Approval
from ska_pos.services.stock import transfers
from ska_pos.services.stock.transfer_views import transfer_lines
from ska_pos.services.stock.transfers import Arrived, InTransit
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.session import look
from ska_pos.ui.session.approval_flow import run_with_approval
from ska_pos.ui.stock.transfers_tab import TRANSFER_CHANGES
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named

ARRIVED, WHY = 4, 5
THOUSANDTH = Decimal("0.001")


class TransferReceiveDialog(ManagerDialog):
    changes = TRANSFER_CHANGES

    def __init__(self, session: TillSession, transfer: InTransit, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("TransferReceiveDialog", "Receive transfer {number}").format(
            number=transfer.number
        )
        super().__init__("transferReceiveDialog", title, parent)
        self.session, self.transfer = session, transfer
        self.setMinimumWidth(860)
        intro = self.tr("From {outlet}. Type how many of each arrived; for less than was sent, say why: a supervisor "
                        "approves the loss.").format(outlet=transfer.from_code)  # fmt: skip
        self.intro = look.text(intro, "transferReceiveIntro", self.tr("What receiving does"))
        self.intro.setWordWrap(True)
        self.body.addWidget(self.intro)
        self.table = named(QTableWidget(0, 6), "transferReceiveLines", self.tr("What was sent and what arrived"))
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Name"), self.tr("Maker"), self.tr("Sent"),
                                              self.tr("Arrived"), self.tr("Why less arrived")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes from one field to the next
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.setMinimumHeight(240)
        look.whole_columns(self.table.horizontalHeader())
        self.table.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(self.table, 1)
        self.lines: list[TransferNoteLine] = []
        self.arrived: list[QLineEdit] = []
        self.reasons: list[QLineEdit] = []
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Receive"))
        transfer_id = transfer.transfer_id

        def load(s: Session) -> list[TransferNoteLine]:
            return transfer_lines(s, transfer_id)

        ReadOp(self, session.database, load).success(self._loaded).run_in_background()

    def showEvent(self, event: QShowEvent) -> None:
        """Enter in a field is the field's (on to the next, or receive): were OK the default button too (the button
        box makes it so when shown), one Enter would receive twice over, asking the supervisor again."""
        super().showEvent(event)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAutoDefault(False)
        ok.setDefault(False)

    def _loaded(self, lines: list[TransferNoteLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            self._fill(row, line)
        if self.arrived:
            self.arrived[0].setFocus()
            self.arrived[0].selectAll()

    def _fill(self, row: int, line: TransferNoteLine) -> None:
        language = self.session.language
        for column, text in enumerate((line.sku, line.name, line.maker, fmt.quantity(line.sent, language))):
            cell = QTableWidgetItem(text)
            if column == 3:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, cell)
        arrived = named(QLineEdit(f"{line.sent.normalize():f}"), f"transferArrived{row}",
                        self.tr("How many of {name} arrived").format(name=line.name))  # fmt: skip
        arrived.setAlignment(Qt.AlignmentFlag.AlignRight)
        reason = named(QLineEdit(), f"transferLossReason{row}",
                       self.tr("Why less of {name} arrived").format(name=line.name))  # fmt: skip
        for field in (arrived, reason):
            field.setMinimumHeight(44)
        arrived.returnPressed.connect(lambda row=row: self._after_arrived(row))
        reason.returnPressed.connect(lambda row=row: self._next(row))
        self.table.setCellWidget(row, ARRIVED, arrived)
        self.table.setCellWidget(row, WHY, reason)
        if self.arrived:
            QWidget.setTabOrder(self.reasons[-1], arrived)
        QWidget.setTabOrder(arrived, reason)
        self.arrived.append(arrived)
        self.reasons.append(reason)

    def _after_arrived(self, row: int) -> None:
        """Enter after a quantity: to its reason when less arrived, else on to the next line."""
        value = self._value(row)
        if value is not None and value < self.lines[row].sent:
            self.reasons[row].setFocus()
        else:
            self._next(row)

    def _next(self, row: int) -> None:
        if row + 1 < len(self.arrived):
            self.table.scrollTo(self.table.model().index(row + 1, ARRIVED))
            self.arrived[row + 1].setFocus()
            self.arrived[row + 1].selectAll()
        else:
            self.try_accept()

    def _value(self, row: int) -> Decimal | None:
        try:
            value = Decimal(self.arrived[row].text().strip().replace(",", "."))
        except InvalidOperation:
            return None
        return value if value.is_finite() else None

    def outcome(self) -> dict[uuid.UUID, Arrived]:
        """What arrived of each line that came short (a line not named arrived whole)."""
        found: dict[uuid.UUID, Arrived] = {}
        for row, line in enumerate(self.lines):
            value = self._value(row)
            if value is not None and value != line.sent:
                found[line.line_id] = Arrived(value, self.reasons[row].text().strip())
        return found

    def check(self) -> str | None:
        if not self.lines:
            return self.tr("The transfer's lines are still being read")
        for row, line in enumerate(self.lines):
            value = self._value(row)
            # to the thousandth, as stock is kept: else the supervisor approves a loss the service then refuses
            if value is None or value < 0 or value > line.sent or value != value.quantize(THOUSANDTH):
                self.arrived[row].setFocus()
                return self.tr("Type how many of {name} arrived: 0 to {sent}").format(
                    name=line.name, sent=fmt.quantity(line.sent, self.session.language)
                )
            if value < line.sent and not self.reasons[row].text().strip():
                self.reasons[row].setFocus()
                return self.tr("Say why less of {name} arrived").format(name=line.name)
        return None

    def try_accept(self) -> None:
        """All of it arrived: received at once. Less: a supervisor approves the loss first."""
        problem = self.check()
        if problem or not self.outcome():
            super().try_accept()
            return
        if self.busy:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        actor, transfer_id, arrived, number = self.session.actor, self.transfer.transfer_id, self.outcome(), \
            self.transfer.number  # fmt: skip

        def work(s: Session, approval: Approval | None) -> str:
            transfers.receive_transfer(s, actor, transfer_id, arrived, approval=approval)
            return number

        lost = self.tr("Transfer {number}: less arrived than was sent").format(number=number)
        run_with_approval(self, self.session.database, lost, work, self._saved, action="stock.transit_loss",
                          changes=self.changes, ask_first=True, on_failure=self._failed,
                          on_cancel=self._cancelled, label=self.tr("Receiving…"))  # fmt: skip

    def _cancelled(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)

    def save_work(self) -> Callable[[Session], Any]:
        actor, transfer_id, number = self.session.actor, self.transfer.transfer_id, self.transfer.number

        def work(s: Session) -> str:
            transfers.receive_transfer(s, actor, transfer_id)
            return number

        return work
