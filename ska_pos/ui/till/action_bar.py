"""Rows of big buttons, one per action of the sale screen, each showing its key: touch alone does everything."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import big_button

ACTION_BUTTON_HEIGHT = 60


@dataclass(frozen=True)
class Action:
    object_name: str
    text: str
    key: str
    run: Callable[[], None]
    role: str = ""


class ActionBar(QWidget):
    def __init__(self, rows: Sequence[Sequence[Action]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for row, actions in enumerate(rows):
            for column, action in enumerate(actions):
                grid.addWidget(self._button(action), row, column)
        for column in range(max(len(actions) for actions in rows)):
            grid.setColumnStretch(column, 1)

    def _button(self, action: Action) -> QPushButton:
        accessible = f"{action.text} ({action.key})" if action.key else action.text
        button = big_button(action.text, action.object_name, accessible, shortcut_hint=action.key)
        touch_height(button, ACTION_BUTTON_HEIGHT, "padding-left: 2px; padding-right: 2px;")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if action.role:
            button.setProperty("role", action.role)
        button.clicked.connect(lambda _checked=False, run=action.run: run())
        self.buttons[action.object_name] = button
        return button
