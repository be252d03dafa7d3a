"""Feedback on the sale screen: a message line that never blocks, and the last sale's change and receipt, large."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QWidget

from ska_pos.domain.money import format_rupiah
from ska_pos.services.sales import CompletedSale
from ska_pos.ui.till.sizing import scale_font, touch_height
from ska_pos.ui.widgets import WrappingLabel, big_button, named

# Error: #7a1010 on #fde8e8 is 8.9:1; info: #0d3b66 on #e6f0fa is 10:1. The ⚠ / ✓ marks keep colour from being
# the only signal.
STYLES = {
    "error": "background: #fde8e8; color: #7a1010; border: 2px solid #9b1c1c; padding: 8px; font-weight: bold;",
    "info": "background: #e6f0fa; color: #0d3b66; border: 2px solid #0b4f9c; padding: 8px;",
}
MARKS = {"error": "⚠", "info": "✓"}


def announce(widget: QWidget, text: str) -> None:
    """Ask the screen reader to read `text` now (Orca, NVDA, Narrator), without moving focus."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


class MessageBar(WrappingLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        named(self, "saleMessage", self.tr("Message"))
        self.kind = ""
        self.hide()

    def say(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setText(f"{MARKS[kind]} {text}")
        self.setAccessibleName(text)
        self.setStyleSheet(STYLES[kind])
        self.show()
        announce(self, text)

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()


class LastSalePanel(QFrame):
    """Signal: `previewRequested()` from the Print preview button."""

    previewRequested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        named(self, "lastSale", self.tr("Last sale"))
        self.setStyleSheet(
            "QFrame#lastSale { border: 2px solid #0b4f9c; background: #f3f8fd; }"
            "QFrame#lastSale QLabel { background: transparent; }"
        )
        self.change = named(WrappingLabel(""), "lastChange", self.tr("Change"))
        self.change.setProperty("role", "total")
        scale_font(self.change, 2.2)  # large text on a narrow screen: the amount wraps under "Change"
        self.receipt = named(WrappingLabel(""), "lastReceipt", self.tr("Receipt number"))
        self.receipt.setProperty("role", "title")
        scale_font(self.receipt, 1.3)
        self.receipt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = named(WrappingLabel(""), "lastReceiptStatus", self.tr("Receipt status"))
        self.preview = big_button(self.tr("Print preview"), "lastPreview", self.tr("Preview the receipt"))
        self.preview.clicked.connect(self.previewRequested.emit)
        touch_height(self.preview, 56)
        # The change and the receipt number each have the whole width (large type, a long language, a 1024 px
        # screen) and the button shares the status line; thin margins keep the panel short enough for 768 px.
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 2, 2)
        grid.setVerticalSpacing(0)
        grid.setColumnStretch(0, 1)
        grid.addWidget(self.change, 0, 0, 1, 2)
        grid.addWidget(self.receipt, 1, 0, 1, 2)
        grid.addWidget(self.status, 2, 0)
        grid.addWidget(self.preview, 2, 1, Qt.AlignmentFlag.AlignRight)
        self.hide()

    def show_sale(self, sale: CompletedSale) -> None:
        # Change in large type only when there is some to hand back: "Change Rp0" after QRIS only distracts.
        change = self.tr("Change {amount}").format(amount=format_rupiah(sale.change, self.language))
        self.change.setText(change if sale.change else "")
        self.change.setAccessibleName(change if sale.change else self.tr("No change"))
        self.change.setVisible(sale.change > 0)
        receipt = self.tr("Receipt {number} · paid {amount}").format(
            number=sale.receipt_no, amount=format_rupiah(sale.paid, self.language)
        )
        self.receipt.setText(receipt)
        self.receipt.setAccessibleName(receipt)
        self.set_status(self.tr("Making the receipt…"))
        self.show()
        announce(self, f"{change}. {receipt}" if sale.change else receipt)

    def set_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(f"⚠ {text}" if problem else text)
        self.status.setStyleSheet("color: #7a1010; font-weight: bold;" if problem else "")
        self.status.setAccessibleName(text)
