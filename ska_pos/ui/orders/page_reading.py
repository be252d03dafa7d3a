"""A list the counter reads a page at a time (the orders board, the debt and deposits-held lists): the first page
replaces the rows, each next one goes below them, and the "More" button shows while the list holds rows not read
yet. The list's owner reads the page (a ReadOp) and hands it to `place`."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton

from ska_pos.ui.rows_model import RowsModel


class PageReading:
    def __init__(self, model: RowsModel, more: QPushButton) -> None:
        self.model, self.more = model, more
        self.next_offset: int | None = None  # where the next page starts; None: every row is shown
        more.hide()

    def place(self, rows: list[Any], offset: int, total: int) -> None:
        """A page of `rows` read from `offset`, of a list of `total` rows."""
        if offset == 0:
            self.model.set_rows(rows)
        else:
            self.model.add_rows(rows)
        shown = offset + len(rows)
        self.next_offset = shown if shown < total else None
        self.more.setVisible(self.next_offset is not None)
