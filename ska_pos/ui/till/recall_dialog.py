"""Choosing a held sale to bring back: one big row each, a tap or Enter takes it.

`RecallDialog(rows, parent)` with rows of (held id, text); after `accepted`, `held_id()` names the choice.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.widgets import named, touch_rows

ID_ROLE = Qt.ItemDataRole.UserRole


class RecallDialog(TillDialog):
    def __init__(self, rows: list[tuple[uuid.UUID, str]], parent: QWidget | None = None) -> None:
        super().__init__("recallDialog", QCoreApplication.translate("RecallDialog", "Recall a held sale"), parent)
        self._held_id: uuid.UUID | None = None
        self.list = named(
            QListWidget(), "heldList", self.tr("Held sales"), self.tr("Tap a held sale or press Enter to bring it back")
        )
        touch_rows(self.list, 56)
        self.list.setWordWrap(True)
        for held_id, text in rows:
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, held_id)
            self.list.addItem(entry)
        self.list.setCurrentRow(0)
        self.list.itemClicked.connect(lambda _entry: self.try_accept())
        self.list.itemActivated.connect(lambda _entry: self.try_accept())
        self.body.addWidget(self.list)
        self.finish_layout()
        self.resize(640, 480)
        self.list.setFocus()

    def held_id(self) -> uuid.UUID | None:
        return self._held_id

    def check(self) -> str | None:
        entry = self.list.currentItem()
        if entry is None:
            return self.tr("Choose a held sale from the list")
        self._held_id = entry.data(ID_ROLE)
        return None
