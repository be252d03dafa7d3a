"""Every worker's earnings for a period: search, sort, totals, the ledger check, exports, and one worker's detail.

Figures come from the services' SQL sums, loaded off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.services.earnings import LedgerCheck, WorkerEarnings, check_ledger, totals_of, worker_earnings
from ska_pos.services.earnings.period import Period
from ska_pos.services.earnings.report import report_rows, write_rows
from ska_pos.ui.background_op import BackgroundOp
from ska_pos.ui.manager.earnings_model import ROW_ROLE, EarningsTableModel, WorkerFilterProxy
from ska_pos.ui.manager.notices import tell
from ska_pos.ui.manager.period_bar import PeriodBar
from ska_pos.ui.manager.worker_detail import WorkerDetailDialog
from ska_pos.ui.op_changes import EARNINGS, SALES, WORKERS, refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named

Loaded = tuple[list[WorkerEarnings], LedgerCheck]


class EarningsTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # loaded when first shown, and again after a committed write of what it shows
        refresh_on(self, {SALES, EARNINGS, WORKERS}, self.reload, first_when_shown=True)
        named(self, "earningsTab", self.tr("Worker earnings"))
        self.session = session
        self.period_bar = PeriodBar("earnings", session.today())
        self.search = named(QLineEdit(), "earningsSearch", self.tr("Search by worker code or name"))
        self.search.setPlaceholderText(self.tr("Search code or name…"))
        self.model = EarningsTableModel(session.language, self)
        self.proxy = WorkerFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._table()
        self.totals = named(QLabel(""), "earningsTotals", self.tr("Totals"))
        self.ledger = named(QLabel(""), "ledgerCheck", self.tr("Ledger check"))
        for label in (self.totals, self.ledger):
            label.setWordWrap(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.period_bar.changed.connect(lambda _period: self.reload())
        layout = QVBoxLayout()
        layout.addWidget(self.period_bar)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.ledger)
        layout.addLayout(self._actions())
        self.setLayout(layout)
        self.period = self.period_bar.period()
        self.detail: WorkerDetailDialog | None = None

    def _table(self) -> QTableView:
        table = named(QTableView(), "earningsTable", self.tr("Earnings per worker"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        look.whole_columns(table.horizontalHeader())
        table.verticalHeader().setDefaultSectionSize(40)
        table.doubleClicked.connect(lambda index: self.open_detail(index))
        table.activated.connect(lambda index: self.open_detail(index))
        return table

    def _actions(self) -> QHBoxLayout:
        detail = big_button(self.tr("Worker detail and payout"), "earningsDetail")
        detail.setProperty("role", "primary")
        csv_button = big_button(self.tr("Export CSV"), "earningsCsv")
        xlsx_button = big_button(self.tr("Export XLSX"), "earningsXlsx")
        detail.clicked.connect(lambda: self.open_detail(self.table.currentIndex()))
        csv_button.clicked.connect(lambda: self.export("csv"))
        xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        row = QHBoxLayout()
        row.addWidget(detail)
        row.addStretch(1)
        row.addWidget(csv_button)
        row.addWidget(xlsx_button)
        return row

    def reload(self) -> None:
        period = self.period_bar.period()

        def work(s: Session) -> Loaded:
            return worker_earnings(s, period), check_ledger(s, period, line_detail=False)

        ReadOp(self, self.session.database, work).success(lambda loaded: self._loaded(period, loaded)).with_progress(
            self.tr("Adding up earnings…")
        ).run_in_background()

    def _loaded(self, period: Period, loaded: Loaded) -> None:
        rows, check = loaded
        self.period = period
        self.model.set_rows(rows)
        lang = self.session.language
        totals = totals_of(rows)
        self.totals.setText(
            self.tr(
                "{count} workers · credited {credited} · opening balance {opening} · earnings {earnings} · tips "
                "{tips} · paid out {paid} · balance {balance}"
            ).format(
                count=totals.workers,
                credited=format_rupiah(totals.credited_revenue, lang),
                opening=format_rupiah(totals.opening_balance, lang),
                earnings=format_rupiah(totals.earnings, lang),
                tips=format_rupiah(totals.tips, lang),
                paid=format_rupiah(totals.payouts, lang),
                balance=format_rupiah(totals.balance, lang),
            )
        )
        self.ledger.setText(self._ledger_text(check))
        for label in (self.totals, self.ledger):
            label.setAccessibleName(label.text())

    def _ledger_text(self, check: LedgerCheck) -> str:
        lang = self.session.language
        verdict = self.tr("balanced") if check.balanced else self.tr("NOT BALANCED: tell the administrator")
        return self.tr("Net revenue {net} = workers' earnings {workers} + outlets' share {outlets}: {verdict}").format(
            net=format_rupiah(check.net_revenue, lang),
            workers=format_rupiah(check.worker_earnings, lang),
            outlets=format_rupiah(check.outlet_share, lang),
            verdict=verdict,
        )

    def selected_row(self, index: QModelIndex | None = None) -> WorkerEarnings | None:
        index = index if index is not None and index.isValid() else self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.data(self.proxy.index(index.row(), 0), ROW_ROLE)
        return row if isinstance(row, WorkerEarnings) else None

    def open_detail(self, index: QModelIndex | None = None) -> WorkerDetailDialog | None:
        row = self.selected_row(index)
        if row is None:
            tell(self, self.tr("Choose a worker in the list first."))
            return None
        self.detail = WorkerDetailDialog(self.session, row, self.period, self)
        self.detail.open()
        return self.detail

    def export(self, fmt: str) -> None:
        name = f"penghasilan-{self.period.start.isoformat()}-{self.period.end.isoformat()}.{fmt}"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export earnings"), name, f"*.{fmt}")
        if not path:
            return
        rows = report_rows(self.model.rows)
        BackgroundOp(self, lambda: write_rows(rows, fmt, Path(path))).success(
            lambda count: tell(self, self.tr("{count} workers written to {file}").format(count=count, file=path))
        ).with_progress(self.tr("Exporting…")).run_in_background()
