"""The stock take's variance list for the manager to approve: every counted item whose count differs from what
the stock said at its moment, each with the reason the manager gives (one reason may be used for all the lines
still without one). Approving posts the differences as count movements; items not counted are not touched.

Signal (from ManagerDialog): `saved(list[Variance])`, the differences posted."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.reports import formatting as fmt
from ska_pos.services.stock import counts
from ska_pos.services.stock.count_views import OpenCount
from ska_pos.services.stock.counts import Variance
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, hint_room, named

REASON = 5


class CountApprovalDialog(ManagerDialog):
    changes = frozenset({op_changes.STOCK})

    def __init__(self, session: TillSession, count: OpenCount, parent: QWidget | None = None) -> None:
        super().__init__(
            "stockApproval", QCoreApplication.translate("CountApprovalDialog", "Approve the stock take"), parent
        )
        self.session, self.count = session, count
        self.setMinimumWidth(820)
        self.differences: list[Variance] = [line for line in count.lines if line.difference != 0]
        summary = (
            self.tr("{count} of {counted} counted items differ from the stock. Give a reason for each; approving "
                    "posts them. Items not counted are not touched.")
            if self.differences else
            self.tr("No counted item differs from the stock: approving closes the stock take.")
        ).format(count=len(self.differences), counted=len(count.lines))  # fmt: skip
        self.summary = look.text(summary, "stockApprovalSummary", self.tr("What approving does"))
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.table = named(QTableWidget(len(self.differences), 6), "stockApprovalLines", self.tr("Differences"))
        headers = (self.tr("SKU"), self.tr("Name"), self.tr("Expected"), self.tr("Counted"), self.tr("Difference"),
                   self.tr("Reason"))  # fmt: skip
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes from one reason to the next
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.setMinimumHeight(240)
        self.reasons: list[QLineEdit] = []
        for row, line in enumerate(self.differences):
            self._fill(row, line)
        look.whole_columns(self.table.horizontalHeader())
        self.table.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(self.table, 1)
        self.same = named(QLineEdit(), "stockApprovalSameReason", self.tr("One reason for every line without one"))
        self.same.setPlaceholderText(self.tr("One reason for every line without one"))
        hint_room(self.same)
        self.same.returnPressed.connect(self.use_same_reason)
        use = big_button(self.tr("Use for the empty reasons"), "stockApprovalUseSame")
        use.clicked.connect(self.use_same_reason)
        same_row = QHBoxLayout()
        self.body.addLayout(same_row)
        same_row.addWidget(self.same, 1)
        same_row.addWidget(use)
        self.same.setVisible(bool(self.differences))
        use.setVisible(bool(self.differences))
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve and post"))
        if self.reasons:
            self.reasons[0].setFocus()

    def _fill(self, row: int, line: Variance) -> None:
        language = self.session.language
        difference = fmt.quantity(line.difference, language, line.unit)
        texts = (line.sku, line.name, fmt.quantity(line.expected, language, line.unit),
                 fmt.quantity(line.counted, language, line.unit),
                 f"+{difference}" if line.difference > 0 else difference)  # fmt: skip
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            if column >= 2:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, cell)
        reason = named(QLineEdit(), f"stockApprovalReason{row}",
                       self.tr("Reason for the difference of {name}").format(name=line.name))  # fmt: skip
        reason.setMinimumHeight(44)
        reason.returnPressed.connect(lambda row=row: self._next_reason(row))
        self.table.setCellWidget(row, REASON, reason)
        self.reasons.append(reason)

    def _next_reason(self, row: int) -> None:
        """Enter moves on to the next reason; on the last one it approves."""
        if row + 1 < len(self.reasons):
            self._show_reason(row + 1)
        else:
            self.try_accept()

    def _show_reason(self, row: int) -> None:
        self.table.scrollTo(self.table.model().index(row, REASON))
        self.reasons[row].setFocus()

    def use_same_reason(self) -> None:
        text = self.same.text().strip()
        if not text:
            return
        for field in self.reasons:
            if not field.text().strip():
                field.setText(text)
        self.error.hide()

    def reason_map(self) -> dict[uuid.UUID, str]:
        return {line.item_id: field.text().strip() for line, field in zip(self.differences, self.reasons, strict=True)}

    def check(self) -> str | None:
        for row, (line, field) in enumerate(zip(self.differences, self.reasons, strict=True)):
            if not field.text().strip():
                self._show_reason(row)
                return self.tr("Give the reason for the difference of {name}").format(name=line.name)
        return None

    def save_work(self) -> Callable[[Session], Any]:
        actor, count_id, reasons = self.session.actor, self.count.id, self.reason_map()
        return lambda s: counts.approve_count(s, actor, count_id, reasons)
