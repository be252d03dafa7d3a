"""Rows of big buttons, one per action of the sale screen that has a button (`sale_actions`), each showing its key:
touch alone does everything. Signal: `triggered(object)` with the `SaleAction` whose button was pressed.

A row that does not fit the width with whole texts goes over two or three rows (`widgets.ButtonRows`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from ska_pos.ui.till.sale_actions import SaleAction
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import ButtonRows, big_button

ACTION_BUTTON_HEIGHT = 60


class ActionBar(ButtonRows):
    triggered = Signal(object)

    def __init__(self, actions: Sequence[SaleAction], parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=6)
        self.buttons: dict[str, QPushButton] = {}
        placed = sorted((action for action in actions if action.button is not None), key=lambda a: a.button or (0, 0))
        rows: dict[int, list[QWidget]] = {}
        for action in placed:
            assert action.button is not None
            rows.setdefault(action.button[0], []).append(self._button(action))
        self.set_rows([rows[row] for row in sorted(rows)])

    def _button(self, action: SaleAction) -> QPushButton:
        text = QCoreApplication.translate("SaleKeys", action.text)
        accessible = f"{text} ({action.key_label})"
        button = big_button(text, action.object_name, accessible, shortcut_hint=action.key_label)
        touch_height(button, ACTION_BUTTON_HEIGHT, "padding-left: 2px; padding-right: 2px;")
        # the focus ring is 1 px thicker than the border: the padding gives it back, so the text keeps its room
        button.setStyleSheet(f"{button.styleSheet()}\n#{action.object_name}:focus {{ padding-left: 1px; "
                             "padding-right: 1px; }")  # fmt: skip
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if action.role:
            button.setProperty("role", action.role)
        button.clicked.connect(lambda _checked=False, chosen=action: self.triggered.emit(chosen))
        self.buttons[action.object_name] = button
        return button
