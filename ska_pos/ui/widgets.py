"""Small helpers every screen uses: naming controls for tests and screen readers, and touch-sized buttons."""

from __future__ import annotations

import math
from typing import TypeVar

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

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


def _text_width(font: QFont, text: str) -> int:
    metrics = QFontMetrics(font)
    return max(metrics.horizontalAdvance(line) for line in text.replace("&&", "&").split("\n"))


class WrappingLabel(QLabel):
    """A word-wrapped label that asks its layout for the height its lines take at the width it was given.

    Qt sizes a wrapped label for one width guess, or sizes the whole window for the label wrapped at the window's
    narrowest width (taller than a 768 px screen in large text); this label asks, after each resize, for the height
    its lines need at the width it was given.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        policy = self.sizePolicy()
        policy.setHeightForWidth(False)  # wrapping sets it; the layout would then ask at the narrowest width
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        # Not through the layout: it would size the window for the label wrapped at the window's narrowest width.
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.lines_height(event.size().width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def lines_height(self, width: int) -> int:
        """The height of the (plain) text wrapped at `width`; QLabel.heightForWidth would not go below the minimum."""
        margins, margin = self.contentsMargins(), 2 * self.margin()
        inner = max(1, width - margins.left() - margins.right() - margin)
        flags = int(self.alignment().value) | int(Qt.TextFlag.TextWordWrap)
        lines = self.fontMetrics().boundingRect(0, 0, inner, 100_000, flags, self.text()) if self.text() else None
        return (lines.height() if lines is not None else 0) + margins.top() + margins.bottom() + margin


_RESIZING_EVENTS = (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange)


class TouchButton(QPushButton):
    """A push button that is never smaller than its text, nor than `floor` across or a touch target.

    A layout may shrink a widget to its minimum size hint; a plain QPushButton given a fixed minimum (or an
    expanding size policy) has none that holds its text, so a narrow window or large text cut the words. Here the
    minimum is the size hint, which Qt computes from the font, the icon and the style sheet's padding and border,
    so it follows the language and the text size.
    """

    def __init__(self, text: str, floor: int = TOUCH_TARGET_PX, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.floor = floor

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.isCheckable():  # a chosen toggle is painted bold (till.sizing.CHECKED_STYLE): room for that too
            bold = QFont(self.font())
            bold.setBold(True)
            hint.setWidth(hint.width() + max(0, _text_width(bold, self.text()) - _text_width(self.font(), self.text())))
        return hint.expandedTo(QSize(self.floor, TOUCH_TARGET_PX))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in _RESIZING_EVENTS:
            # A style sheet's min-height becomes a fixed minimum height, which a layout obeys even when two lines of
            # large text need more: the size hint (which includes that min-height) is the minimum instead.
            self.setMinimumHeight(self.sizeHint().height())
        return handled


class ButtonRows(QWidget):
    """Rows of buttons, each row filling the width; a row whose buttons do not fit with their whole texts (a narrow
    screen, large text, a longer language) goes over two or three rows instead of cutting words."""

    MOST_PARTS = 3

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6) -> None:
        super().__init__(parent)
        self.spacing = spacing
        self.rows: list[list[QWidget]] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(spacing)
        self.parts: list[int] = []
        self._row_layouts: list[QHBoxLayout] = []

    def set_rows(self, rows: list[list[QWidget]]) -> None:
        """Lay out these rows (widgets of rows given before and not given again are the caller's to delete)."""
        self.rows = [row for row in rows if row]
        self.parts = []
        self._arrange(self._parts_for(self.width()) if self.isVisible() else [1] * len(self.rows))

    def _needed_width(self, buttons: list[QWidget], parts: int) -> int:
        """The width a row of buttons needs when cut into `parts` rows (every text whole)."""
        per_row = math.ceil(len(buttons) / parts)
        pieces = [buttons[start : start + per_row] for start in range(0, len(buttons), per_row)]
        return max(
            sum(b.minimumSizeHint().width() for b in piece) + self.spacing * (len(piece) - 1) for piece in pieces
        )

    def _parts_for(self, width: int) -> list[int]:
        parts = []
        for buttons in self.rows:
            cut = 1
            while cut < self.MOST_PARTS and self._needed_width(buttons, cut) > width:
                cut += 1
            parts.append(cut)
        return parts

    def _arrange(self, parts: list[int]) -> None:
        if parts == self.parts:
            return
        self.parts = parts
        for old in self._row_layouts:  # our own list: a layout item in Python's hands crashed the window
            self.column.removeItem(old)
            old.deleteLater()
        self._row_layouts = []
        for buttons, cut in zip(self.rows, parts, strict=True):
            per_row = math.ceil(len(buttons) / cut)
            for start in range(0, len(buttons), per_row):
                row = QHBoxLayout()
                row.setSpacing(self.spacing)
                # Into the column while still empty: PySide wraps every item a filled layout brings along and ties
                # the wrappers to the column, and once the row goes their stale addresses crash the window
                self.column.addLayout(row)
                self._row_layouts.append(row)
                for button in buttons[start : start + per_row]:
                    row.addWidget(button, 1)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        width = max((self._needed_width(buttons, self.MOST_PARTS) for buttons in self.rows), default=0)
        return QSize(width, self.column.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self._parts_for(event.size().width()))
        super().resizeEvent(event)


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless area that scrolls up and down when the screen is too short for it (never across)."""
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName()}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    area.setMinimumWidth(widget.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    return area


# A field's padding and border (theme: 4 + 2 px a side), QLineEdit's own margin, and a little air.
FIELD_TEXT_CHROME_PX = 24


# Under the theme's border and padding, NoButtons leaves a spin box with no room for its text: the arrows are
# made zero wide instead.
WITHOUT_ARROWS = (
    "QSpinBox { padding-right: 8px; } QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }"
)


def without_arrows(spin: QSpinBox) -> None:
    """A spin box whose − and + are big buttons beside it: its own arrows, a few pixels high, are hidden."""
    spin.setStyleSheet(WITHOUT_ARROWS)


def touch_rows(rows: QListView, height: int = TOUCH_TARGET_PX) -> None:
    """A list whose rows a finger can choose: each at least `height` pixels high."""
    rows.setStyleSheet(f"QListView::item {{ min-height: {height}px; padding: 4px; }}")


def hint_room(field: QLineEdit) -> None:
    """A field at least as wide as its placeholder (Qt would cut the hint short); call once its font is set."""
    needed = field.fontMetrics().horizontalAdvance(field.placeholderText()) + FIELD_TEXT_CHROME_PX
    field.setMinimumWidth(max(field.minimumWidth(), needed))


def at_least(button: QPushButton, width: int) -> None:
    """A minimum width for a button whose text is set: `width`, or its text's if that is wider."""
    button.setMinimumWidth(max(width, button.sizeHint().width()))


def big_button(
    text: str, object_name: str, accessible_name: str = "", *, shortcut_hint: str = "", min_width: int = 0
) -> QPushButton:
    """A button at least 48 px in both directions (WCAG 2.2 asks 44 on the till), and wide enough for its text."""
    label = f"{text}\n{shortcut_hint}" if shortcut_hint else text
    return named(TouchButton(label, max(min_width, TOUCH_TARGET_PX)), object_name, accessible_name or text)


def touch_field(object_name: str, accessible_name: str, value: str = "") -> QLineEdit:
    """A line of text tall enough to touch."""
    field = named(QLineEdit(value), object_name, accessible_name)
    field.setMinimumHeight(TOUCH_TARGET_PX)
    return field


def touch_push(object_name: str, text: str, accessible_name: str = "") -> QPushButton:
    """A button of a form, tall enough to touch, spoken as its text without the shortcut's `&` unless told."""
    button = named(QPushButton(text), object_name, accessible_name or text.replace("&", ""))
    button.setMinimumHeight(TOUCH_TARGET_PX)
    return button


def index_of_data(box: QComboBox, value: object) -> int:
    """The index of the entry holding `value` (-1: none), compared by equality: `findData` finds a Python object
    such as a UUID only when it is the very object stored."""
    return next((index for index in range(box.count()) if box.itemData(index) == value), -1)
