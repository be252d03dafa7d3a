"""Type sizes for the till's titles and big amounts, relative to the application font.

The theme's percentage font sizes are not applied by Qt style sheets, so the screens size their titles and totals
here; since the base is the application font, large-text mode scales them too.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from ska_pos.ui.theme import FONT_SCALE
from ska_pos.ui.widgets import named

W = TypeVar("W", bound=QWidget)

TITLE = 1.6
HEADING = 1.25
BIG = 2.2


def font(factor: float, *, bold: bool = True, family: str = "") -> QFont:
    result = QFont(QApplication.font())
    if family:
        result.setFamily(family)
    result.setPointSizeF(result.pointSizeF() * factor)
    result.setBold(bold)
    return result


def scaled(widget: W, factor: float, *, bold: bool = True) -> W:
    widget.setFont(font(factor, bold=bold))
    widget.setProperty(FONT_SCALE, factor)  # scaled again when large text is chosen (ui.theme)
    return widget


def title(text: str, object_name: str) -> QLabel:
    label = named(QLabel(text), object_name, text)
    label.setProperty("role", "title")
    label.setWordWrap(True)
    return scaled(label, TITLE)


def heading(text: str, object_name: str) -> QLabel:
    label = named(QLabel(text), object_name, text)
    label.setWordWrap(True)
    return scaled(label, HEADING)


def text(value: str, object_name: str, accessible_name: str = "") -> QLabel:
    label = named(QLabel(value), object_name, accessible_name or value)
    label.setWordWrap(True)
    return label


def amount(object_name: str, accessible_name: str, factor: float = BIG) -> QLabel:
    """A label for a big rupiah amount; its accessible name should be updated with the value."""
    label = named(QLabel(""), object_name, accessible_name)
    label.setProperty("role", "total")
    return scaled(label, factor)


def set_text(label: QLabel, value: str, spoken: str = "") -> None:
    """Change a label and what a screen reader says for it together."""
    label.setText(value)
    label.setAccessibleName(spoken or value)


def whole_columns(header: QHeaderView) -> None:
    """Every column of a table as wide as its texts: on a narrow screen or in large text the table scrolls across
    instead of cutting names short (a stretched column would give up its text to the others)."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)


def row_list(
    table: QTableView, model: QAbstractItemModel, stretch_column: int | None, row_height: int = 44
) -> QTableView:
    """A table read a row at a time (a list of orders, of debts, the salon's queue): one row chosen, nothing edited in
    place, touch-high rows, every column as wide as its texts but `stretch_column` (if any), which takes the rest."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


def dialog_buttons(box: QDialogButtonBox, prefix: str, height: int = 48) -> None:
    """Name the standard buttons of a dialog (`<prefix>Ok`, `<prefix>Cancel`, ...) and make them touch sized."""
    for button in box.buttons():
        role = box.standardButton(button)
        suffix = {
            QDialogButtonBox.StandardButton.Ok: "Ok",
            QDialogButtonBox.StandardButton.Cancel: "Cancel",
            QDialogButtonBox.StandardButton.Close: "Close",
        }.get(role, "Button")
        button.setObjectName(f"{prefix}{suffix}")
        button.setMinimumHeight(height)
