"""The window's pages, one on view at a time: a page shown replaces the one before, which is discarded.

The bottom of `MainWindow`'s mixins: `rebuild` is how the page on view is made again (a new language or text size).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget


class PageStack(QMainWindow):
    # Each page as it is shown: the first comes once the database has answered (the smoke report watches it).
    pageShown = Signal(QWidget)

    stack: QStackedWidget
    page: QWidget | None
    _rebuild: Callable[[], None]

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
        page.setParent(None)
        page.deleteLater()
