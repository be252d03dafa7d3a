"""The outlets side by side for a period: sales, net revenue, what their workers earned and the outlet's share,
as a table and a chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from ska_pos.domain.money import format_rupiah
from ska_pos.services.earnings import OutletEarnings, outlet_comparison
from ska_pos.ui.manager.charts import outlets_chart
from ska_pos.ui.manager.period_bar import PeriodBar
from ska_pos.ui.ops import run_operation
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named

Index = QModelIndex | QPersistentModelIndex


class OutletsModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[OutletEarnings] = []

    def set_rows(self, rows: list[OutletEarnings]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Code"),
            self.tr("Outlet"),
            self.tr("Sales"),
            self.tr("Net revenue"),
            self.tr("Workers' earnings"),
            self.tr("Outlet's share"),
            self.tr("Workers"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            values: tuple[Any, ...] = (
                row.outlet_code,
                row.outlet_name,
                row.sales,
                row.net_revenue,
                row.worker_earnings,
                row.outlet_share,
                row.workers,
            )
            value = values[column]
            return format_rupiah(value, self.language) if column in (3, 4, 5) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OutletsTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "outletsTab", self.tr("Outlets compared"))
        self.session = session
        self.period_bar = PeriodBar("outlets")
        self.model = OutletsModel(session.language, self)
        self.table = named(QTableView(), "outletsTable", self.tr("Outlets compared"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(240)
        self.chart_box = QVBoxLayout()
        self.period_bar.changed.connect(lambda _period: self.reload())
        layout = QVBoxLayout(self)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.table)
        layout.addLayout(self.chart_box, 1)
        self.chart: QWidget | None = None

    def reload(self) -> None:
        period = self.period_bar.period()

        def work() -> list[OutletEarnings]:
            with self.session.database.reading() as s:
                return outlet_comparison(s, period)

        run_operation(self, work, self._loaded, label=self.tr("Comparing the outlets…"))

    def _loaded(self, rows: list[OutletEarnings]) -> None:
        self.model.set_rows(rows)
        if self.chart is not None:
            self.chart_box.removeWidget(self.chart)
            self.chart.deleteLater()
        self.chart = outlets_chart(rows, self.session.language)
        self.chart_box.addWidget(self.chart)
