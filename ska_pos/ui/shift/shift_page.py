"""The shift as it stands (F6): float, cash sales, cash in and out, expected cash; cash in, cash out, the interim
report, and the way to close the shift.

Signals: `back()`; `closeRequested()`.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.reports import formatting
from ska_pos.reports.shift_report_model import ShiftReport
from ska_pos.services import shifts
from ska_pos.services.shift_report import build_shift_report
from ska_pos.ui.op_changes import SALES, SHIFT, refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.session import look
from ska_pos.ui.shift.cash_dialog import CashMovementDialog
from ska_pos.ui.shift.report_preview import show_shift_report
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named


class ShiftPage(QWidget):
    back = Signal()
    closeRequested = Signal()

    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: ShiftReport | None = None
        self.shift_id: uuid.UUID | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.dialog: QDialog | None = None
        named(self, "shiftPage", self.tr("Shift"))
        self.opened = look.text("", "shiftOpened", self.tr("When the shift opened"))
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.setHorizontalSpacing(32)
        for key, label in (
            ("float", self.tr("Opening float")),
            ("sales", self.tr("Cash sales")),
            ("in", self.tr("Cash in")),
            ("out", self.tr("Cash out")),
            ("expected", self.tr("Expected cash in the drawer")),
        ):
            size = look.TITLE if key == "expected" else look.HEADING
            value = look.scaled(named(QLabel("–"), f"shiftValue_{key}", label), size, bold=key == "expected")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.values[key] = value
            form.addRow(look.scaled(QLabel(label), look.HEADING, bold=key == "expected"), value)
        self.movements = named(QListWidget(), "shiftMovements", self.tr("Cash movements"))
        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(form, 1)
        movement_column = QVBoxLayout()
        movement_column.setSpacing(8)  # a nested layout would take the 48 px of the columns
        movements_heading = look.heading(self.tr("Cash movements"), "shiftMovementsHeading")
        movement_column.addWidget(movements_heading)
        movement_column.addWidget(self.movements)
        columns.addLayout(movement_column, 1)
        layout = QVBoxLayout()
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(look.title(self.tr("Shift of till {till}").format(till=session.till_code), "shiftTitle"))
        layout.addWidget(self.opened)
        layout.addLayout(columns, 1)
        layout.addLayout(self._buttons())
        self.setLayout(layout)
        QShortcut(QKeySequence("Esc"), self, self.back.emit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_on(self, {SALES, SHIFT}, self.refresh)  # cash moved, a sale paid, a refund given
        self.refresh()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        actions = (
            (self.tr("Cash in"), "shiftCashIn", lambda: self._move("in"), ""),
            (self.tr("Cash out"), "shiftCashOut", lambda: self._move("out"), ""),
            (self.tr("Print shift report"), "shiftReport", self._print_report, ""),
            (self.tr("Close the shift"), "shiftClose", self.closeRequested.emit, "primary"),
            (self.tr("Back (Esc)"), "shiftBack", self.back.emit, ""),
        )
        for text, name, slot, role in actions:
            button = big_button(text, name)
            button.setMinimumHeight(56)
            if role:
                button.setProperty("role", role)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        self.setFocusProxy(self.buttons["shiftCashIn"])
        return row

    def refresh(self) -> None:
        database, actor, language = self.session.database, self.session.actor, self.session.language

        def work(session: Session) -> tuple[uuid.UUID, ShiftReport]:
            shift = shifts.current_shift(session, actor)
            return shift.id, build_shift_report(session, shift.id, language=language)

        ReadOp(self, database, work).success(self._show).run_in_background()

    def _show(self, result: tuple[uuid.UUID, ShiftReport]) -> None:
        self.shift_id, report = result
        self.report = report
        lang = self.session.language
        look.set_text(
            self.opened,
            self.tr("Opened {moment} by {name}").format(
                moment=formatting.date_time(report.opened_at, lang), name=report.opened_by
            ),
        )
        amounts = {
            "float": report.opening_float,
            "sales": report.cash_sales,
            "in": report.cash_in,
            "out": -report.cash_out,
            "expected": report.expected,
        }
        for key, amount in amounts.items():
            look.set_text(self.values[key], format_rupiah(amount, lang))
        self.movements.clear()
        for move in report.movements:
            what = self.tr("Cash in") if move.direction == "in" else self.tr("Cash out")
            self.movements.addItem(
                f"{formatting.time_of_day(move.at, lang)}  {what}  "
                f"{format_rupiah(move.amount, lang)}  {move.reason}  ({move.user_name})"
            )
        if not report.movements:
            self.movements.addItem(self.tr("None yet"))

    def _move(self, direction: str) -> None:
        dialog = CashMovementDialog(self.session, direction, self)
        dialog.open()
        self.dialog = dialog

    def _print_report(self) -> None:
        if self.shift_id is not None:
            show_shift_report(self, self.session.database, self.shift_id, self.session.language)
