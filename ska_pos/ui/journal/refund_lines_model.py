"""The lines of a sale for a refund: what was sold, what is left, and how much of each to refund (editable)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ska_pos.domain.money import format_rupiah, parse_quantity
from ska_pos.reports import formatting
from ska_pos.services.till_journal import RefundableLine

Index = QModelIndex | QPersistentModelIndex
ITEM, SOLD, LEFT, PRICE, REFUND = range(5)
ZERO = Decimal(0)


class RefundLinesModel(QAbstractTableModel):
    def __init__(self, lines: list[RefundableLine], language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines, self.language = lines, language
        self.quantities = [ZERO for _ in lines]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Item"), self.tr("Sold"), self.tr("Left to refund"), self.tr("Paid"), self.tr("Refund"))
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == REFUND and self.lines[index.row()].refundable > 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(line, index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != ITEM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line: RefundableLine, row: int, column: int) -> str:
        quantity = self._quantity
        texts = {
            ITEM: line.name,
            SOLD: quantity(line.quantity),
            LEFT: quantity(line.refundable),
            PRICE: format_rupiah(line.amount, self.language),
            REFUND: quantity(self.quantities[row]),
        }
        return texts.get(column, "")

    def _quantity(self, value: Decimal) -> str:
        return formatting.quantity(value, self.language)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != REFUND or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            quantity = parse_quantity(str(value or "0"))
        except ValueError:
            return False
        return self.set_quantity(index.row(), quantity)

    def set_quantity(self, row: int, quantity: Decimal) -> bool:
        line = self.lines[row]
        if quantity < 0 or quantity > line.refundable:
            return False
        self.quantities[row] = quantity
        changed = self.index(row, REFUND)
        self.dataChanged.emit(changed, changed)
        return True

    def step(self, row: int, delta: int) -> None:
        line = self.lines[row]
        self.set_quantity(row, min(max(self.quantities[row] + delta, ZERO), line.refundable))

    def chosen(self) -> list[tuple[RefundableLine, Decimal]]:
        return [(line, quantity) for line, quantity in zip(self.lines, self.quantities, strict=True) if quantity > 0]
