"""The window's pages, one on view at a time: a page shown replaces the one before, which is discarded.

The bottom of `MainWindow`'s mixins: `rebuild` is how the page on view is made again (a new language or text size).

A discarded page leaves the window at once (nothing that walks the window finds it: tests, accessibility, focus)
but stays Qt's: it moves to a hidden holder of the window's that is never shown, and Qt deletes it on the screen's
thread at the next turn of the event loop (`deleteLater`). It is never handed to Python (`setParent(None)`), whose
wrapper would then own it and could free it whenever its last reference went, before or after Qt had.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget
from shiboken6 import isValid


class PageStack(QMainWindow):
    # Each page as it is shown: the first comes once the database has answered (the smoke report watches it).
    pageShown = Signal(QWidget)

    stack: QStackedWidget
    page: QWidget | None
    _rebuild: Callable[[], None]
    _discarded_pages: QWidget | None = None

    def show_page(self, page: QWidget, rebuild: Callable[[], None]) -> None:
        old, self.page, self._rebuild = self.page, page, rebuild
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.setFocus()
        if old is not None and old is not page:
            self._discard(old)
        self.pageShown.emit(page)

    def _discard(self, page: QWidget) -> None:
        self.stack.removeWidget(page)
        page.hide()
        page.setParent(self._holder_of_discarded_pages())
        page.deleteLater()

    def _holder_of_discarded_pages(self) -> QWidget:
        """A top-level widget outside the window, never shown, owned by it (Python's reference) and holding each
        discarded page until Qt deletes it."""
        holder = self._discarded_pages
        if holder is None or not isValid(holder):
            holder = QWidget()
            holder.setObjectName("discardedPages")
            self._discarded_pages = holder
        return holder
