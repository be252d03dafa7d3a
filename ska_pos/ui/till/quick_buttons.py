"""Quick buttons for touch: a row of the outlet's categories, then big item buttons whose names wrap.

Signal: `itemChosen(object)` with the item id of the tapped button.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.services import catalog
from ska_pos.ui.till.sizing import BUTTON_CHROME_PX, touch_height
from ska_pos.ui.widgets import named

ITEM_BUTTON_HEIGHT = 72
CATEGORY_BUTTON_HEIGHT = 52
ITEM_COLUMNS = 3
CATEGORY_COLUMNS = 4


@dataclass(frozen=True)
class QuickItem:
    item_id: uuid.UUID
    name: str
    price_text: str


@dataclass(frozen=True)
class QuickCategory:
    category_id: uuid.UUID
    name: str
    items: tuple[QuickItem, ...]


class ItemButton(QPushButton):
    """A button whose name wraps over two lines, with the price beneath."""

    def __init__(self, item: QuickItem, index: int) -> None:
        super().__init__()
        named(self, f"quickItem{index}", f"{item.name}, {item.price_text}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        name = QLabel(item.name)
        name.setWordWrap(True)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name.setStyleSheet("background: transparent; font-weight: bold;")
        price = QLabel(item.price_text)
        price.setAlignment(Qt.AlignmentFlag.AlignCenter)
        price.setStyleSheet("background: transparent;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        for label in (name, price):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        touch_height(self, max(ITEM_BUTTON_HEIGHT, _three_lines_px()))
        self.setMinimumWidth(_widest_word_px(item) + 12)  # the layout's margins: no word of the name is cut


def _widest_word_px(item: QuickItem) -> int:
    font = QApplication.font()
    font.setBold(True)
    return max(QFontMetrics(font).horizontalAdvance(word) for word in (*item.name.split(), item.price_text))


def _three_lines_px() -> int:
    """Room for a name over two lines and the price, in the current (maybe large) text size."""
    font = QApplication.font()
    font.setBold(True)
    return 3 * QFontMetrics(font).lineSpacing() + 8 + BUTTON_CHROME_PX


class QuickButtons(QWidget):
    itemChosen = Signal(object)

    def __init__(self, categories: list[QuickCategory], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "quickButtons", self.tr("Quick buttons"))
        self.categories = categories
        self.category_group = QButtonGroup(self)
        self.category_group.setExclusive(True)
        category_grid = QGridLayout()
        for index, category in enumerate(categories):
            button = named(
                QPushButton(category.name),
                f"quickCategory{index}",
                self.tr("Category {name}").format(name=category.name),
            )
            button.setCheckable(True)
            touch_height(button, CATEGORY_BUTTON_HEIGHT)
            self.category_group.addButton(button, index)
            category_grid.addWidget(button, index // CATEGORY_COLUMNS, index % CATEGORY_COLUMNS)
        self.category_group.idClicked.connect(self.show_category)
        self._buttons: list[ItemButton] = []
        self.items = QWidget()
        self.item_grid = QGridLayout(self.items)
        self.item_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = named(QScrollArea(), "quickItems", self.tr("Items of the category"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.items)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(category_grid)
        layout.addWidget(scroll, 1)
        if categories:
            self.show_category(0)

    def show_category(self, index: int) -> None:
        self.category_group.button(index).setChecked(True)
        while self.item_grid.count():
            taken = self.item_grid.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.deleteLater()
        self._buttons = []
        for position, item in enumerate(self.categories[index].items):
            button = ItemButton(item, position)
            self._buttons.append(button)
            button.clicked.connect(lambda _checked=False, item_id=item.item_id: self.itemChosen.emit(item_id))
            self.item_grid.addWidget(button, position // ITEM_COLUMNS, position % ITEM_COLUMNS)
        for column in range(ITEM_COLUMNS):
            self.item_grid.setColumnStretch(column, 1)

    def item_buttons(self) -> list[ItemButton]:
        return list(self._buttons)


def load_quick_categories(session: Session, outlet_id: uuid.UUID, language: str) -> list[QuickCategory]:
    return [
        QuickCategory(
            category.id,
            category.name,
            tuple(
                QuickItem(item.id, item.name, format_rupiah(item.price, language))
                for item in catalog.items_of_category(session, category.id)
            ),
        )
        for category in catalog.categories_of(session, outlet_id)
    ]
