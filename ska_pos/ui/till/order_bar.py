"""Café only: dine in or takeaway, and the table number, written on the cart and the kitchen ticket.

Signal: `changed(str order_type, str table_no)` whenever the cashier changes either.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ska_pos.services.cart import Cart
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import named

MAX_TABLE_LENGTH = 8


class OrderBar(QWidget):
    changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dine_in = named(QPushButton(self.tr("Dine in")), "orderDineIn", self.tr("Dine in (Ctrl+D)"))
        self.takeaway = named(QPushButton(self.tr("Takeaway")), "orderTakeaway", self.tr("Takeaway (Ctrl+D)"))
        group = QButtonGroup(self)
        for button in (self.dine_in, self.takeaway):
            button.setCheckable(True)
            touch_height(button, 52)
            group.addButton(button)
        group.buttonClicked.connect(lambda _button: self._emit())
        self.table_caption = QLabel(self.tr("Table (Ctrl+T)"))
        self.table = named(QLineEdit(), "orderTable", self.tr("Table number"))
        self.table.setMaxLength(MAX_TABLE_LENGTH)
        self.table.setFixedWidth(90)
        touch_height(self.table, 52)
        self.table.textEdited.connect(lambda _text: self._emit())
        self.table_caption.setBuddy(self.table)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.dine_in, self.takeaway, self.table_caption, self.table):
            layout.addWidget(widget)
        layout.addStretch(1)

    def add_button(self, button: QWidget) -> None:
        """The floor view's button (ui/tabs), in the place of the table's caption: the tables are chosen there, and
        the field keeps its accessible name (and Ctrl+T) for a table typed by hand."""
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.replaceWidget(self.table_caption, button)
        self.table_caption.hide()
        self.table.setPlaceholderText(
            "Ctrl+T"
        )  # the caption that said so is gone; the key's name is the same in every language
        touch_height(button, 52)

    def show_cart(self, cart: Cart) -> None:
        takeaway = cart.order_type == "takeaway"
        self._mark(takeaway)
        if self.table.text() != cart.table_no:
            self.table.setText(cart.table_no)

    def _mark(self, takeaway: bool) -> None:
        self.takeaway.setChecked(takeaway)
        self.dine_in.setChecked(not takeaway)
        self.table.setEnabled(not takeaway)
        # The ✓ keeps the choice visible without colour.
        for button, text, chosen in (
            (self.dine_in, self.tr("Dine in"), not takeaway),
            (self.takeaway, self.tr("Takeaway"), takeaway),
        ):
            button.setText(f"✓ {text}" if chosen else text)
            # Room for the mark and the thicker border of the chosen state, so the text never gets cut.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(f"✓ {text}") + 48)

    def _emit(self) -> None:
        takeaway = self.takeaway.isChecked()
        self._mark(takeaway)
        self.changed.emit("takeaway" if takeaway else "dine_in", "" if takeaway else self.table.text())
