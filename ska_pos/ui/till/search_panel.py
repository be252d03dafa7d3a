"""The search and barcode field that is always ready, with search results over the quick buttons.

Signals: `codeEntered(str)` on Enter in the field; `itemChosen(object)` (an item id) when a result is taken with
Enter or a tap; `searchChanged(str)` a moment after typing stops, for live results (digits alone are a scan);
`moreWanted()` when the cashier reaches the end of results that have a next page (scrolled there by touch, or
arrowed or paged there by keyboard), which are then added below (`add_results`).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from ska_pos.ui.till.sizing import scale_font, touch_height
from ska_pos.ui.widgets import named

LIVE_SEARCH_MS = 300
MIN_SEARCH_CHARS = 2
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole


class SearchPanel(QWidget):
    codeEntered = Signal(str)
    itemChosen = Signal(object)
    searchChanged = Signal(str)
    moreWanted = Signal()

    def __init__(self, quick_buttons: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=LIVE_SEARCH_MS)
        self._timer.timeout.connect(self._live_search)
        self.field = named(
            QLineEdit(),
            "searchField",
            self.tr("Search or scan"),
            self.tr("Scan a barcode or type a code or a name, then Enter. F2 comes back here."),
        )
        # short enough for the field on a 1024 px screen in large text; the description says it in full
        self.field.setPlaceholderText(self.tr("Scan or search (F2)"))
        touch_height(self.field, 60)
        scale_font(self.field, 1.3, bold=False)
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self._enter)
        self.field.textEdited.connect(lambda _text: self._timer.start())
        self.caption = named(QLabel(""), "searchCaption", self.tr("Search results"))
        self.results = named(
            QListWidget(),
            "searchResults",
            self.tr("Search results"),
            self.tr("Arrows to choose, Enter to add, Esc to go back"),
        )
        self.results.itemClicked.connect(self._chosen)
        self.results.installEventFilter(self)
        self.results.currentRowChanged.connect(lambda _row: self._maybe_more())
        self.results.verticalScrollBar().valueChanged.connect(lambda _value: self._maybe_more())
        self._more = False  # the results shown have a next page, not asked for yet
        self._query = ""
        self.stack = QStackedWidget()
        self.stack.addWidget(quick_buttons)
        results_page = QWidget()
        page_layout = QVBoxLayout(results_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.caption)
        page_layout.addWidget(self.results)
        self.stack.addWidget(results_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.field)

    def text(self) -> str:
        return self.field.text()

    def showing_results(self) -> bool:
        return self.stack.currentIndex() == 1

    def show_results(self, rows: list[tuple[uuid.UUID, str]], query: str, *, more: bool = False) -> None:
        self._more, self._query = False, query
        self.results.clear()
        self._append(rows)
        self.results.setCurrentRow(0)
        self.stack.setCurrentIndex(1)
        self._more = more
        self._say_count()
        self._maybe_more()  # rows that do not fill the list leave its end in view

    def add_results(self, rows: list[tuple[uuid.UUID, str]], *, more: bool) -> None:
        """The next page, below what is shown; the chosen row stays where it was."""
        self._append(rows)
        self._more = more
        self._say_count()
        self._maybe_more()  # a short page may leave the end in view already

    def _append(self, rows: list[tuple[uuid.UUID, str]]) -> None:
        for item_id, text in rows:
            entry = QListWidgetItem(text)
            entry.setData(ITEM_ID_ROLE, item_id)
            self.results.addItem(entry)

    def _say_count(self) -> None:
        count, query = self.results.count(), self._query
        if not count:
            text = self.tr("Nothing found for “{text}”").format(text=query)
        elif self._more:
            text = self.tr("The first {count} for “{text}”: scroll or arrow down for more").format(
                count=count, text=query
            )
        else:
            text = self.tr("{count} found for “{text}”").format(count=count, text=query)
        self.caption.setText(text)
        self.caption.setAccessibleName(text)

    def _maybe_more(self) -> None:
        """At the end of results that have a next page: ask for it once."""
        if not self._more or not self.showing_results():
            return
        if self.results.currentRow() >= self.results.count() - 1 or self._end_in_view():
            self._more = False
            self.moreWanted.emit()

    def _end_in_view(self) -> bool:
        """The last row shows: scrolled there, or the rows do not fill the list. Rows just added are measured
        first; the list lays them out only later, and until then its scroll bar still ends at the old last row."""
        if not self.results.isVisible() or not self.results.count():
            return False
        self.results.doItemsLayout()
        last = self.results.visualItemRect(self.results.item(self.results.count() - 1))
        return self.results.viewport().rect().intersects(last)

    def focus_results(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(max(self.results.currentRow(), 0))
            self.results.setFocus()

    def reset(self) -> None:
        """Empty field, quick buttons back, focus in the field: after every action."""
        self._timer.stop()
        self._more = False
        self.field.clear()
        self.results.clear()
        self.stack.setCurrentIndex(0)
        self.field.setFocus()

    def _enter(self) -> None:
        self._timer.stop()
        if self.field.text().strip():
            self.codeEntered.emit(self.field.text())

    def _live_search(self) -> None:
        text = self.field.text().strip()
        if len(text) >= MIN_SEARCH_CHARS and not text.isdigit() and "*" not in text:
            self.searchChanged.emit(text)
        elif not text:
            self.stack.setCurrentIndex(0)

    def _chosen(self, entry: QListWidgetItem) -> None:
        self.itemChosen.emit(entry.data(ITEM_ID_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.field.setFocus()
                self.field.selectAll()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.currentItem() is not None:
                self._chosen(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)
