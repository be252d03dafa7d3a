"""A manager's list read from the database a page at a time, and the search that chooses what it shows.

Typing waits for a pause, then the first page is read again; Previous and Next turn pages. The tab places the
search field, the table and the pager in its own layout, reads the page asked for (`search.text()`, `offset`,
`PAGE` rows) when `reload` is called, and hands it back to `show`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QTableView, QWidget

from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.widgets import big_button, named

PAGE = 50
SEARCH_PAUSE_MS = 250


@dataclass(frozen=True)
class ListTexts:
    """The tab's own words (translated in the tab) for its search field, its table and the line under it."""

    search: str
    search_hint: str
    placeholder: str
    table: str
    shown: str


class PagedSearch(QObject):
    """The search field, the table and the pager of one list; object names start with `prefix` (`usersSearch`,
    `usersTable`, `usersPageLabel`, `usersPrevious`, `usersNext`)."""

    def __init__(
        self, parent: QWidget, prefix: str, texts: ListTexts, model: RowsModel, reload: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self.model, self._reload = model, reload
        self.offset, self.total = 0, 0
        self.search = named(QLineEdit(), f"{prefix}Search", texts.search, texts.search_hint)
        self.search.setPlaceholderText(texts.placeholder)
        self.search.setMinimumHeight(44)
        self.pause = QTimer(parent, singleShot=True, interval=SEARCH_PAUSE_MS)
        self.pause.timeout.connect(self.first_page)
        self.search.textChanged.connect(lambda _text: self.pause.start())
        self.table = named(QTableView(), f"{prefix}Table", texts.table)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(40)
        look.whole_columns(self.table.horizontalHeader())
        self.page_label = named(QLabel(""), f"{prefix}PageLabel", texts.shown)
        self.previous = big_button(self.tr("Previous"), f"{prefix}Previous")
        self.previous.clicked.connect(lambda: self.turn(-PAGE))
        self.next = big_button(self.tr("Next"), f"{prefix}Next")
        self.next.clicked.connect(lambda: self.turn(PAGE))

    def pager(self) -> QHBoxLayout:
        pager = QHBoxLayout()
        pager.addWidget(self.previous)
        pager.addWidget(self.page_label, 1)
        pager.addWidget(self.next)
        return pager

    def first_page(self) -> None:
        self.offset = 0
        self._reload()

    def turn(self, step: int) -> None:
        offset = self.offset + step
        if 0 <= offset < max(self.total, 1):
            self.offset = offset
            self._reload()

    def show(self, rows: list[Any], offset: int, total: int) -> None:
        """The page read: `rows` from `offset` of `total` found."""
        self.total = total
        self.model.set_rows(rows)
        shown = len(rows)
        look.set_text(self.page_label, self.tr("{first}–{last} of {total}").format(
            first=offset + 1 if shown else 0, last=offset + shown, total=total))  # fmt: skip
        self.previous.setEnabled(self.offset > 0)
        self.next.setEnabled(self.offset + PAGE < self.total)

    def selected(self) -> Any:
        """The row of the current line, None when there is none."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None
