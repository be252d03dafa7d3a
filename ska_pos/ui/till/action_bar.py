"""Rows of big buttons, one per action of the sale screen, each showing its key: touch alone does everything.

A row that does not fit the width with whole texts goes over two or three rows (`widgets.ButtonRows`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import ButtonRows, big_button

ACTION_BUTTON_HEIGHT = 60


@dataclass(frozen=True)
class Action:
    object_name: str
    text: str
    key: str
    run: Callable[[], None]
    role: str = ""


class ActionBar(ButtonRows):
    def __init__(self, rows: Sequence[Sequence[Action]], parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=6)
        self.buttons: dict[str, QPushButton] = {}
        self.set_rows([[self._button(action) for action in actions] for actions in rows if actions])

    def _button(self, action: Action) -> QPushButton:
        accessible = f"{action.text} ({action.key})" if action.key else action.text
        button = big_button(action.text, action.object_name, accessible, shortcut_hint=action.key)
        touch_height(button, ACTION_BUTTON_HEIGHT, "padding-left: 2px; padding-right: 2px;")
        # the focus ring is 1 px thicker than the border: the padding gives it back, so the text keeps its room
        button.setStyleSheet(f"{button.styleSheet()}\n#{action.object_name}:focus {{ padding-left: 1px; "
                             "padding-right: 1px; }")  # fmt: skip
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if action.role:
            button.setProperty("role", action.role)
        button.clicked.connect(lambda _checked=False, run=action.run: run())
        self.buttons[action.object_name] = button
        return button
