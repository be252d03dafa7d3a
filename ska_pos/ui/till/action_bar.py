"""Rows of big buttons, one per action of the sale screen that has a button (`sale_actions`), each showing its key:
touch alone does everything. Signal: `triggered(object)` with the `SaleAction` whose button was pressed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from ska_pos.ui.till.sale_actions import SaleAction
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import big_button

ACTION_BUTTON_HEIGHT = 60


class ActionBar(QWidget):
    triggered = Signal(object)

    def __init__(self, actions: Sequence[SaleAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        placed = sorted((action for action in actions if action.button is not None), key=lambda a: a.button or (0, 0))
        for action in placed:
            assert action.button is not None
            grid.addWidget(self._button(action), *action.button)
        for column in range(max((action.button or (0, 0))[1] for action in placed) + 1):
            grid.setColumnStretch(column, 1)

    def _button(self, action: SaleAction) -> QPushButton:
        text = QCoreApplication.translate("SaleKeys", action.text)
        accessible = f"{text} ({action.key_label})"
        button = big_button(text, action.object_name, accessible, shortcut_hint=action.key_label)
        touch_height(button, ACTION_BUTTON_HEIGHT, "padding-left: 2px; padding-right: 2px;")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if action.role:
            button.setProperty("role", action.role)
        button.clicked.connect(lambda _checked=False, chosen=action: self.triggered.emit(chosen))
        self.buttons[action.object_name] = button
        return button
