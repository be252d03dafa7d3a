"""Small helpers every screen uses: naming controls for tests and screen readers, and touch-sized buttons."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QPushButton, QWidget

W = TypeVar("W", bound=QWidget)

TOUCH_TARGET_PX = 48


def named(widget: W, object_name: str, accessible_name: str, description: str = "") -> W:
    """Every control a test or a screen reader must find gets both names."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def big_button(text: str, object_name: str, accessible_name: str = "", *, shortcut_hint: str = "") -> QPushButton:
    """A button at least 48 px in both directions (WCAG 2.2 asks 44 on the till)."""
    label = f"{text}\n{shortcut_hint}" if shortcut_hint else text
    button = named(QPushButton(label), object_name, accessible_name or text)
    button.setMinimumSize(TOUCH_TARGET_PX, TOUCH_TARGET_PX)
    return button
