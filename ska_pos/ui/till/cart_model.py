"""The cart as a table model: item, worker credited, quantity, price, discount, amount."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ska_pos.domain.money import format_quantity, format_rupiah
from ska_pos.domain.pricing import SaleTotals
from ska_pos.services.cart import CartLine
from ska_pos.ui.till.formatting import format_discount, format_workers

ITEM, WORKER, QUANTITY, PRICE, DISCOUNT, AMOUNT = range(6)
_NUMERIC = (QUANTITY, PRICE, DISCOUNT, AMOUNT)
WARNING_COLOUR = QColor("#9b1c1c")  # 7.1:1 on white; always paired with a written warning

Index = QModelIndex | QPersistentModelIndex


class CartModel(QAbstractTableModel):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._lines: list[CartLine] = []
        self._amounts: list[tuple[int, int]] = []  # per line: (line discount, amount after it)

    def show(self, lines: list[CartLine], totals: SaleTotals) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._amounts = [(line.line_discount, line.gross - line.line_discount) for line in totals.lines]
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            self.tr("Item"),
            self.tr("Worker"),
            self.tr("Qty"),
            self.tr("Price"),
            self.tr("Discount"),
            self.tr("Amount"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._amounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._amounts):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(line, index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == WORKER and self._needs_worker(line):
            return QBrush(WARNING_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        return None

    def _text(self, line: CartLine, row: int, column: int) -> str:
        lang = self.language
        if column == ITEM:
            return "\n".join([line.name, *self._options(line), *([f"↳ {line.note}"] if line.note else [])])
        if column == WORKER:
            return self.tr("⚠ Choose (F4)") if self._needs_worker(line) else format_workers(line.workers, lang)
        if column == QUANTITY:
            return format_quantity(line.quantity, lang, line.unit)
        if column == PRICE:
            price = format_rupiah(line.price_each, lang)
            return f"{price} *" if line.unit_price != line.list_price else price
        line_discount, amount = self._amounts[row]
        if column == DISCOUNT:
            return f"-{format_rupiah(line_discount, lang)}" if line.discount and line_discount else ""
        return format_rupiah(amount, lang)

    def _tooltip(self, line: CartLine, column: int) -> str | None:
        if column == PRICE and line.unit_price != line.list_price:
            return self.tr("Price changed from {price}").format(price=format_rupiah(line.list_price, self.language))
        if column == DISCOUNT and line.discount is not None:
            return format_discount(line.discount, self.language)
        return None

    def _options(self, line: CartLine) -> list[str]:
        """The options chosen, one a row under the item (their prices are in the line's price)."""
        if line.modifiers_required and not line.modifiers:
            return [self.tr("⚠ Choose the options (Ctrl+O)")]
        return [f"+ {modifier.option_name}" for modifier in line.modifiers]

    @staticmethod
    def _needs_worker(line: CartLine) -> bool:
        return line.is_service and not line.workers
