"""Every worker's earnings for a period as a table model, and the proxy that sorts and searches it.

Sorting uses the raw numbers (SORT_ROLE), so Rp9.000 sorts below Rp10.000; the search matches code or name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ska_pos.domain.money import format_rupiah
from ska_pos.services.earnings import WorkerEarnings

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

CODE, NAME, LINES, CREDITED, EARNINGS, PAYOUTS, BALANCE = range(7)
_MONEY = (CREDITED, EARNINGS, PAYOUTS, BALANCE)


class EarningsTableModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[WorkerEarnings] = []

    def set_rows(self, rows: list[WorkerEarnings]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> WorkerEarnings | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Lines"),
            self.tr("Credited revenue"),
            self.tr("Earnings"),
            self.tr("Paid out"),
            self.tr("Balance"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (CODE, NAME):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def _value(self, row: WorkerEarnings, column: int) -> Any:
        values = (
            row.worker_code,
            row.worker_name.lower(),
            row.lines,
            row.credited_revenue,
            row.earnings,
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
