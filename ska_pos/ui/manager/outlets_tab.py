"""The outlets side by side for a period: sales, net revenue, what their workers earned and the outlet's share,
as a table and a chart; beside the chart, what each outlet does (its capabilities)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.services.earnings import OutletEarnings, outlet_comparison
from ska_pos.ui.manager.charts import outlets_chart
from ska_pos.ui.manager.outlet_profile_editor import OutletProfileEditor
from ska_pos.ui.manager.period_bar import PeriodBar
from ska_pos.ui.op_changes import EARNINGS, SALES, SETTINGS, refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named, scrolling


class OutletsModel(RowsModel):
    numeric_columns = frozenset({2, 3, 4, 5, 6})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Outlet"), self.tr("Sales"), self.tr("Net revenue"),
                self.tr("Workers' earnings"), self.tr("Outlet's share"), self.tr("Workers"))  # fmt: skip

    def text(self, row: OutletEarnings, column: int) -> str:
        values: tuple[Any, ...] = (row.outlet_code, row.outlet_name, row.sales, row.net_revenue,
                                   row.worker_earnings, row.outlet_share, row.workers)  # fmt: skip
        return format_rupiah(values[column], self.language) if column in (3, 4, 5) else str(values[column])


class OutletsTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # loaded when first shown, and again after a committed write of what it shows
        refresh_on(self, {SALES, EARNINGS, SETTINGS}, self.reload, first_when_shown=True)
        named(self, "outletsTab", self.tr("Outlets compared"))
        self.session = session
        self.period_bar = PeriodBar("outlets", session.today())
        self.model = OutletsModel(session.language, self)
        self.table = named(QTableView(), "outletsTable", self.tr("Outlets compared"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        look.whole_columns(self.table.horizontalHeader())
        self.table.setMaximumHeight(240)
        self.chart_box = QVBoxLayout()
        self.period_bar.changed.connect(lambda _period: self.reload())
        layout = QVBoxLayout()
        layout.addWidget(self.period_bar)
        layout.addWidget(self.table)
        self.profiles = OutletProfileEditor(session)
        below = QHBoxLayout()
        below.addLayout(self.chart_box, 1)
        below.addWidget(scrolling(self.profiles))
        layout.addLayout(below, 1)
        self.setLayout(layout)
        self.chart: QWidget | None = None

    def reload(self) -> None:
        period = self.period_bar.period()

        def work(s: Session) -> list[OutletEarnings]:
            return outlet_comparison(s, period)

        ReadOp(self, self.session.database, work).success(self._loaded).with_progress(
            self.tr("Comparing the outlets…")
        ).run_in_background()
        if not self.profiles.rows:
            self.profiles.reload()

    def _loaded(self, rows: list[OutletEarnings]) -> None:
        self.model.set_rows(rows)
        if self.chart is not None:
            self.chart_box.removeWidget(self.chart)
            self.chart.deleteLater()
        self.chart = outlets_chart(rows, self.session.language)
        self.chart_box.addWidget(self.chart)
