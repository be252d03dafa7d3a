"""Sizes the till needs that the theme cannot give: touch heights and large figures.

The theme's stylesheet sets `min-height` on buttons, which overrides `setMinimumHeight`, and Qt style sheets do not
take `font-size` in percent; so heights go through a widget's own style sheet and fonts are scaled from the
application font, which keeps the large-text mode.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ska_pos.ui.theme import FONT_SCALE
from ska_pos.ui.widgets import TouchButton

# A chosen toggle (payment method, category, dine in) is filled, not only tinted: 8.3:1 white on blue.
CHECKED_STYLE = (
    "QPushButton:checked { background: #0b4f9c; color: #ffffff; border: 3px solid #1a1a1a; font-weight: bold;"
    " padding: 5px 11px; }"
)

# The theme's padding and border on both sides: buttons 6 + 2 px, fields 4 + 2 px.
BUTTON_CHROME_PX = 16
FIELD_CHROME_PX = 12


def touch_height(widget: QWidget, pixels: int, extra: str = "") -> None:
    """Make a named button or field at least `pixels` tall, border included; `extra` adds declarations."""
    chrome = BUTTON_CHROME_PX if isinstance(widget, QAbstractButton) else FIELD_CHROME_PX
    rule = f"#{widget.objectName()} {{ min-height: {pixels - chrome}px; {extra} }}"
    widget.setStyleSheet(f"{widget.styleSheet()}\n{rule}".strip())
    if isinstance(widget, TouchButton):  # its minimum is its size hint, which holds the rule and its text
        widget.updateGeometry()
    else:
        widget.setMinimumHeight(pixels)


def scale_font(widget: QWidget, factor: float, *, bold: bool = True) -> None:
    font = widget.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)
    widget.setProperty(FONT_SCALE, factor)  # scaled again when large text is chosen (ui.theme)
