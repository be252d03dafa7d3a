"""One dialog at a time over a counter page (the orders board, the salon): the page keeps it in `dialog` (None when
none is open, so a key pressed meanwhile starts nothing), opens it window-modal (`open()`, never a nested `exec`),
and once it finishes forgets it, deletes it and gives the focus back to the page's list."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget


class HoldsADialog(Protocol):
    dialog: QWidget | None


def open_one(page: HoldsADialog, dialog: QWidget, back_to: QWidget) -> None:
    """`dialog` (a QDialog) open as the page's one dialog; once finished, the focus goes back to `back_to`."""
    page.dialog = dialog
    dialog.finished.connect(lambda _result: _closed(page, dialog, back_to))  # type: ignore[attr-defined]
    dialog.open()  # type: ignore[attr-defined]


def _closed(page: HoldsADialog, dialog: QWidget, back_to: QWidget) -> None:
    if page.dialog is dialog:
        page.dialog = None
    dialog.deleteLater()
    back_to.setFocus()
