"""Quick buttons for touch: the outlet's categories, then big item buttons whose names wrap.

The categories sit in a strip at most two rows high that scrolls when there are more than fit, so that a catalog of
any size never pushes the totals and the Pay button off the screen. A category's items are read a page at a time
(`PAGE_SIZE`, by name) as the cashier scrolls towards the end of them, never the whole catalog. Everything is read
through `ReadOp`, off the screen's thread. Both scroll bars are wide enough to drag with a finger.

Signals: `itemChosen(object)` with the item id of the tapped button; `itemsShown()` when a page of items is on
the screen.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
from ska_pos.services import catalog, prices
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till.sizing import BUTTON_CHROME_PX
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named

if TYPE_CHECKING:
    from ska_pos.ui.till_session import TillSession

ITEM_BUTTON_HEIGHT = 72
CATEGORY_BUTTON_HEIGHT = 52
ITEM_COLUMNS = 3
CATEGORY_COLUMNS = 3  # as many as fit beside a scroll bar in the search column at 1366 px
CATEGORY_ROWS_SHOWN = 2  # more categories scroll within these two rows
PAGE_SIZE = 30  # items read at a time
MORE_WHEN_PX = 2 * ITEM_BUTTON_HEIGHT  # read the next page when the view comes this close to the end
SCROLL_BAR_PX = TOUCH_TARGET_PX  # a scroll bar a finger can hold (the default is 14 px)
SCROLL_BAR_STYLE = (
    f"QScrollBar:vertical {{ width: {SCROLL_BAR_PX}px; background: #e2e8f0; }}"
    " QScrollBar::handle:vertical { min-height: 48px; background: #4a5568; border: 2px solid #e2e8f0;"
    " border-radius: 8px; }"
    " QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0px; }"
)


@dataclass(frozen=True)
class QuickItem:
    item_id: uuid.UUID
    name: str
    price_text: str


@dataclass(frozen=True)
class QuickCategory:
    category_id: uuid.UUID
    name: str


@dataclass(frozen=True)
class ItemPage:
    items: tuple[QuickItem, ...]
    after: catalog.CategoryCursor | None  # where the next page starts; None: this was the last


class ItemButton(QPushButton):
    """A button whose name wraps over two lines, with the price beneath."""

    def __init__(self, item: QuickItem, index: int, height: int) -> None:
        super().__init__()
        named(self, f"quickItem{index}", f"{item.name}, {item.price_text}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        name = QLabel(item.name)
        name.setWordWrap(True)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name.setProperty("role", "itemName")
        price = QLabel(item.price_text)
        price.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        for label in (name, price):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setMinimumHeight(height)  # the style sheet's min-height is set once for all, by QuickButtons
        self.setMinimumWidth(_widest_word_px(item) + 12)  # the layout's margins: no word of the name is cut


def _widest_word_px(item: QuickItem) -> int:
    font = QApplication.font()
    font.setBold(True)
    return max(QFontMetrics(font).horizontalAdvance(word) for word in (*item.name.split(), item.price_text))


def _touch_heights(item_height: int) -> str:
    """One style sheet for every quick button: a sheet of its own on each of a hundred buttons costs Qt a style
    each, a third of a second on a busy till (the theme's `min-height` would otherwise win over the minimum)."""
    return (
        f"#quickCategoryStrip QPushButton {{ min-height: {CATEGORY_BUTTON_HEIGHT - BUTTON_CHROME_PX}px; }}"
        f" #quickItemGrid QPushButton {{ min-height: {item_height - BUTTON_CHROME_PX}px; }}"
        " #quickItemGrid QLabel { background: transparent; }"
        ' #quickItemGrid QLabel[role="itemName"] { font-weight: bold; }'
    )


def _three_lines_px() -> int:
    """Room for a name over two lines and the price, in the current (maybe large) text size."""
    font = QApplication.font()
    font.setBold(True)
    return 3 * QFontMetrics(font).lineSpacing() + 8 + BUTTON_CHROME_PX


class QuickButtons(QWidget):
    itemChosen = Signal(object)
    itemsShown = Signal()

    def __init__(
        self, session: TillSession, categories: list[QuickCategory] | None = None, parent: QWidget | None = None
    ) -> None:
        """`categories`: as the sale presenter read them with the outlet's facts; None: read them here."""
        super().__init__(parent)
        named(self, "quickButtons", self.tr("Quick buttons"))
        self.session = session
        self.categories: list[QuickCategory] = []
        self.category_group = QButtonGroup(self)
        self.category_group.setExclusive(True)
        self.category_group.idClicked.connect(self.show_category)
        self.item_height = max(ITEM_BUTTON_HEIGHT, _three_lines_px())
        self.setStyleSheet(_touch_heights(self.item_height))
        self.category_strip = QWidget()
        self.category_strip.setObjectName("quickCategoryStrip")
        self.category_grid = QGridLayout(self.category_strip)
        self.category_grid.setContentsMargins(0, 0, 0, 0)
        self.category_scroll = self._scroll_area("quickCategories", self.tr("Categories"), self.category_strip)
        self._buttons: list[ItemButton] = []
        self._shown: int | None = None  # the category whose items are on screen (or being read)
        self._next: catalog.CategoryCursor | None = None
        self._reading = False
        self._wanted = 0  # bumped on every new category, so that a late page of the one before is dropped
        self.items = QWidget()
        self.items.setObjectName("quickItemGrid")
        self.item_grid = QGridLayout(self.items)
        self.item_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        for column in range(ITEM_COLUMNS):
            self.item_grid.setColumnStretch(column, 1)
        self.item_scroll = self._scroll_area("quickItems", self.tr("Items of the category"), self.items)
        self.item_scroll.verticalScrollBar().valueChanged.connect(self._maybe_read_more)
        self.item_scroll.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._maybe_read_more())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.category_scroll)
        layout.addWidget(self.item_scroll, 1)
        self.category_scroll.hide()
        if categories is None:
            self._read_categories()
        else:
            self._show_categories(categories)

    def _scroll_area(self, object_name: str, accessible_name: str, content: QWidget) -> QScrollArea:
        scroll = named(QScrollArea(), object_name, accessible_name)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar()
        bar.setStyleSheet(SCROLL_BAR_STYLE)
        bar.setAccessibleName(self.tr("Scroll {what}").format(what=accessible_name))
        return scroll

    # --- categories -----------------------------------------------------------------------------------------------
    def _read_categories(self) -> None:
        outlet_id = self.session.actor.outlet_id

        ReadOp(self, self.session.database, lambda session: load_quick_categories(session, outlet_id)).success(
            self._show_categories
        ).run_in_background()

    def _show_categories(self, categories: list[QuickCategory]) -> None:
        self.categories = categories
        for index, category in enumerate(categories):
            button = named(
                QPushButton(category.name),
                f"quickCategory{index}",
                self.tr("Category {name}").format(name=category.name),
            )
            button.setCheckable(True)
            button.setToolTip(category.name)
            # equal shares of the strip's width: a long name must not widen the strip past its scroll bar
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(CATEGORY_BUTTON_HEIGHT)
            self.category_group.addButton(button, index)
            self.category_grid.addWidget(button, index // CATEGORY_COLUMNS, index % CATEGORY_COLUMNS)
        rows = min(CATEGORY_ROWS_SHOWN, -(-len(categories) // CATEGORY_COLUMNS))
        spacing = max(self.category_grid.verticalSpacing(), 0)
        self.category_scroll.setFixedHeight(
            rows * (CATEGORY_BUTTON_HEIGHT + spacing) + 2 * self.category_scroll.frameWidth()
        )
        self.category_scroll.setVisible(bool(categories))
        if categories:
            self.show_category(0)

    def category_buttons(self) -> list[QPushButton]:
        return [button for button in self.category_group.buttons() if isinstance(button, QPushButton)]

    # --- items ------------------------------------------------------------------------------------------------------
    def show_category(self, index: int) -> None:
        button = self.category_group.button(index)
        button.setChecked(True)
        self.category_scroll.ensureWidgetVisible(button)
        self._wanted += 1
        self._shown, self._next, self._reading = index, None, False
        self._clear_items()
        self.item_scroll.verticalScrollBar().setValue(0)
        self._read_page(None)

    def _clear_items(self) -> None:
        for old in self._buttons:  # by the widgets: a layout item in Python's hands crashed the window (ui/timers.py)
            self.item_grid.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._buttons = []

    def _read_page(self, after: catalog.CategoryCursor | None) -> None:
        assert self._shown is not None
        category_id, language, wanted = self.categories[self._shown].category_id, self.session.language, self._wanted
        self._reading = True

        def work(session: Session) -> ItemPage:
            return load_item_page(session, category_id, language, after)

        ReadOp(self, self.session.database, work).success(lambda page: self._add_page(page, wanted)).failure(
            lambda _error: self._page_failed(wanted)
        ).run_in_background()

    def _page_failed(self, wanted: int) -> None:
        if wanted == self._wanted:
            self._reading = False  # a later scroll asks again

    def _add_page(self, page: ItemPage, wanted: int) -> None:
        if wanted != self._wanted:
            return  # the cashier chose another category meanwhile
        self._reading, self._next = False, page.after
        for item in page.items:
            position = len(self._buttons)
            button = ItemButton(item, position, self.item_height)
            self._buttons.append(button)
            button.clicked.connect(lambda _checked=False, item_id=item.item_id: self.itemChosen.emit(item_id))
            self.item_grid.addWidget(button, position // ITEM_COLUMNS, position % ITEM_COLUMNS)
        self.itemsShown.emit()

    def _maybe_read_more(self) -> None:
        bar = self.item_scroll.verticalScrollBar()
        if self._next is not None and not self._reading and bar.value() >= bar.maximum() - MORE_WHEN_PX:
            self._read_page(self._next)

    def has_more(self) -> bool:
        return self._next is not None

    def item_buttons(self) -> list[ItemButton]:
        return list(self._buttons)


def load_quick_categories(session: Session, outlet_id: uuid.UUID) -> list[QuickCategory]:
    """The outlet's categories (names only: their items are read a page at a time when shown)."""
    return [QuickCategory(c.id, c.name) for c in catalog.categories_of(session, outlet_id)]


def load_item_page(
    session: Session, category_id: uuid.UUID, language: str, after: catalog.CategoryCursor | None
) -> ItemPage:
    """One page of a category's items for the buttons: `PAGE_SIZE` of them by name, from after `after` on."""
    items = catalog.items_of_category(session, category_id, limit=PAGE_SIZE + 1, after=after)
    page = items[:PAGE_SIZE]
    more = (page[-1].name, page[-1].id) if len(items) > PAGE_SIZE else None
    day_prices = (
        prices.prices_on(session, [item.id for item in page], prices.outlet_today(session, page[0].outlet_id))
        if page
        else {}
    )
    return ItemPage(
        tuple(QuickItem(item.id, item.name, format_rupiah(day_prices[item.id], language)) for item in page), more
    )
