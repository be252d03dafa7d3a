"""Today's sales of the till as a table model: receipt, time, kind, total, payment methods, cashier, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ska_pos.domain.money import format_rupiah
from ska_pos.reports import formatting
from ska_pos.services.till_journal import JournalEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

RECEIPT, TIME, KIND, TOTAL, PAYMENT, CASHIER, STATUS = range(7)


class JournalModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.entries: list[JournalEntry] = []

    def set_entries(self, entries: list[JournalEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> JournalEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Receipt no."),
            self.tr("Time"),
            self.tr("Kind"),
            self.tr("Total"),
            self.tr("Payment"),
            self.tr("Cashier"),
            self.tr("Status"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTRY_ROLE:
            return entry
        return None

    def _text(self, entry: JournalEntry, column: int) -> str:
        texts = {
            RECEIPT: entry.receipt_no,
            TIME: formatting.time_of_day(entry.sold_at, self.language),
            KIND: self.kind_name(entry.kind),
            TOTAL: format_rupiah(entry.total, self.language),
            PAYMENT: ", ".join(payment_method_name(method) for method in entry.methods),
            CASHIER: entry.cashier_name,
            STATUS: self._status(entry),
        }
        return texts.get(column, "")

    def _status(self, entry: JournalEntry) -> str:
        if entry.original_receipt_no:
            return self.tr("for {receipt}").format(receipt=entry.original_receipt_no)
        if entry.is_voided:
            return self.tr("Voided")
        if entry.reversed_by:
            return self.tr("Partly refunded")
        return ""

    def kind_name(self, kind: str) -> str:
        names = {"sale": self.tr("Sale"), "void": self.tr("Void"), "refund": self.tr("Refund")}
        return names.get(kind, kind)


def payment_method_name(method: str) -> str:
    names = {
        "cash": QCoreApplication.translate("JournalModel", "Cash"),
        "qris": "QRIS",
        "transfer": QCoreApplication.translate("JournalModel", "Bank transfer"),
        "ewallet": QCoreApplication.translate("JournalModel", "E-wallet"),
    }
    return names.get(method, method)
