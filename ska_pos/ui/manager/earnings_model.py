"""Every worker's earnings for a period as a table model, and the proxy that sorts and searches it.

Sorting uses the raw numbers (SORT_ROLE), so Rp9.000 sorts below Rp10.000; the search matches code or name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ska_pos.domain.money import format_rupiah
from ska_pos.services.earnings import WorkerEarnings
from ska_pos.ui.rows_model import RowsModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

CODE, NAME, LINES, CREDITED, OPENING, EARNINGS, TIPS, PAYOUTS, BALANCE = range(9)
_MONEY = (CREDITED, OPENING, EARNINGS, TIPS, PAYOUTS, BALANCE)


class EarningsTableModel(RowsModel):
    numeric_columns = frozenset(range(2, 9))

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Lines"),
            self.tr("Credited revenue"),
            self.tr("Opening balance"),
            self.tr("Earnings"),
            self.tr("Tips"),
            self.tr("Paid out"),
            self.tr("Balance"),
        )

    def extra(self, row: WorkerEarnings, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return self._value(row, column)
        return row if role == ROW_ROLE else None

    def text(self, row: WorkerEarnings, column: int) -> str:
        return self._text(row, column)

    def _value(self, row: WorkerEarnings, column: int) -> Any:
        values = (
            row.worker_code,
            row.worker_name.lower(),
            row.lines,
            row.credited_revenue,
            row.opening_balance,
            row.earnings,
            row.tips,
            row.payouts,
            row.balance,
        )
        return values[column]

    def _text(self, row: WorkerEarnings, column: int) -> str:
        if column in _MONEY:
            return format_rupiah(self._value(row, column), self.language)
        if column == NAME:
            return row.worker_name if row.active else self.tr("{name} (inactive)").format(name=row.worker_name)
        return str(self._value(row, column))


class WorkerFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose code or name contains the search text, in any case."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._text = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        model = self.sourceModel()
        row = model.data(model.index(source_row, CODE, source_parent), ROW_ROLE)
        return row is not None and (self._text in row.worker_code.lower() or self._text in row.worker_name.lower())
