"""One worker's period at a glance: their figures, a chart of their daily earnings, and what a manager does next:
pay them, correct their earnings, print their statement, open their personal data (and the record of its views).

Signal: `changed()` after a payout or a correction, so the list behind can reload.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.services.earnings import DailyEarnings, WorkerEarnings, daily_earnings, worker_earnings
from ska_pos.services.earnings.period import Period
from ska_pos.ui.manager.adjustment_dialog import AdjustmentDialog
from ska_pos.ui.manager.charts import daily_chart
from ska_pos.ui.manager.documents import preview_slip, preview_statement
from ska_pos.ui.manager.payout_dialog import PayoutDialog
from ska_pos.ui.manager.personal_data_dialog import PersonalDataDialog
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named


class WorkerDetailDialog(QDialog):
    changed = Signal()

    def __init__(
        self, session: TillSession, row: WorkerEarnings, period: Period, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.row, self.period = session, row, period
        title = self.tr("{name} ({code})").format(name=row.worker_name, code=row.worker_code)
        self.setWindowTitle(title)
        named(self, "workerDetail", title)
        self.resize(900, 640)
        self.chart_box = QVBoxLayout()
        self._chart_shown: QWidget = named(QLabel(self.tr("Loading the chart…")), "dailyChartLoading", self.tr("Chart"))
        self.chart_box.addWidget(self._chart_shown)
        self.language = named(QComboBox(), "statementLanguage", self.tr("Language of the statement"))
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if session.language == "id" else 1)
        layout = QVBoxLayout()
        layout.addWidget(look.heading(title, "workerDetailTitle"))
        layout.addLayout(self._figures())
        layout.addLayout(self.chart_box, 1)
        layout.addLayout(self._actions())
        self.setLayout(layout)
        self.days: list[DailyEarnings] = []
        ReadOp(self, self.session.database, self._load).success(self._loaded).with_progress(
            self.tr("Loading the chart…")
        ).run_in_background()

    def _figures(self) -> QGridLayout:
        grid = QGridLayout()
        captions = (
            ("credited", self.tr("Credited revenue"), "detailCredited"),
            ("opening", self.tr("Opening balance"), "detailOpening"),
            ("earnings", self.tr("Earnings"), "detailEarnings"),
            ("payouts", self.tr("Paid out"), "detailPayouts"),
            ("balance", self.tr("Balance at the period's end"), "detailBalance"),
        )
        self.figures: dict[str, tuple[str, QLabel]] = {}
        for column, (key, caption, name) in enumerate(captions):
            label = look.scaled(named(QLabel(""), name, caption), look.HEADING)
            grid.addWidget(QLabel(caption), 0, column)
            grid.addWidget(label, 1, column)
            self.figures[key] = (caption, label)
        self._show_figures(self.row)
        return grid

    def _show_figures(self, row: WorkerEarnings) -> None:
        self.row = row
        amounts = {
            "credited": row.credited_revenue,
            "opening": row.opening_balance,
            "earnings": row.earnings,
            "payouts": row.payouts,
            "balance": row.balance,
        }
        for key, (caption, label) in self.figures.items():
            text = format_rupiah(amounts[key], self.session.language)
            label.setText(text)
            label.setAccessibleName(f"{caption} {text}")

    def _after_change(self) -> None:
        """The worker's figures again (a payout or a correction changed them), and the list behind."""
        worker_id, period = self.row.worker_id, self.period

        def work(s: Session) -> list[WorkerEarnings]:
            return worker_earnings(s, period, worker_ids=[worker_id])

        ReadOp(self, self.session.database, work).success(
            lambda rows: self._show_figures(rows[0]) if rows else None
        ).run_in_background()
        self.changed.emit()

    def _actions(self) -> QVBoxLayout:
        pay = big_button(self.tr("Record a payout"), "detailPay")
        pay.setProperty("role", "primary")
        adjust = big_button(self.tr("Correct earnings"), "detailAdjust")
        statement = big_button(self.tr("Print statement"), "detailStatement")
        personal = big_button(self.tr("Personal data"), "detailPersonal")
        close = big_button(self.tr("Close"), "detailClose")
        pay.clicked.connect(self.open_payout)
        adjust.clicked.connect(self.open_adjustment)
        statement.clicked.connect(self.print_statement)
        personal.clicked.connect(self.open_personal_data)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()  # the statement's choices go on a row of their own: whole words in either language
        for button in (pay, adjust, personal):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        statement_row = QHBoxLayout()
        for part in (QLabel(self.tr("Statement in")), self.language, statement):
            statement_row.addWidget(part)
        statement_row.addStretch(1)
        rows = QVBoxLayout()
        rows.addLayout(statement_row)
        rows.addLayout(row)
        return rows

    def _load(self, s: Session) -> list[DailyEarnings]:
        return daily_earnings(s, self.row.worker_id, self.period)

    def _loaded(self, days: list[DailyEarnings]) -> None:
        self.days = days
        self.chart_box.removeWidget(self._chart_shown)
        self._chart_shown.hide()
        self._chart_shown.deleteLater()
        self.chart = daily_chart(days, self.session.language)
        self._chart_shown = self.chart
        self.chart_box.addWidget(self.chart)

    def open_payout(self) -> PayoutDialog:
        dialog = PayoutDialog(self.session, self.row.worker_id, self.row.worker_name, self.period, self)
        dialog.saved.connect(lambda payout_id: self._paid(payout_id, str(dialog.paper.currentData())))
        dialog.open()
        return dialog

    def _paid(self, payout_id: uuid.UUID, paper: str) -> None:
        self._after_change()
        preview_slip(self, self.session, payout_id, paper, self.session.language)

    def open_adjustment(self) -> AdjustmentDialog:
        dialog = AdjustmentDialog(self.session, self.row.worker_id, self.row.worker_name, self)
        dialog.saved.connect(lambda _entry: self._after_change())
        dialog.open()
        return dialog

    def open_personal_data(self) -> PersonalDataDialog:
        """The worker's personal data, hidden until shown, with the record of every view and erasure."""
        dialog = PersonalDataDialog(self.session, self.row.worker_id, self.row.worker_name, self)
        dialog.open()
        return dialog

    def print_statement(self) -> None:
        preview_statement(self, self.session, self.row.worker_id, self.period, str(self.language.currentData()))
