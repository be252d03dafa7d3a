"""Does every text fit its control? A walk over what a window shows, measuring each text as Qt would draw it.

A label's text must fit its contents rectangle (a word-wrapped label: its longest word across, all its lines down);
a button's text, icon and style chrome (the theme's padding and border, measured through the style) must fit the
button; an empty field's placeholder must fit the field; a tab bar must show every tab without scroll arrows; a
table's header texts and its cells (the first rows) must fit their columns. Text that is elided on purpose is
measured as shown, so it fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QStyleOptionToolButton,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

# Sub-pixel rounding between the measure and the paint; a real clip is a character or more.
TOLERANCE_PX = 1
_PROBE = 1000


@dataclass(frozen=True)
class Clip:
    where: str
    object_name: str
    text: str
    axis: str
    needed: int
    got: int

    def __str__(self) -> str:
        return (
            f"{self.where} / {self.object_name or '(no objectName)'} / {self.text!r} / "
            f"{self.axis}: needed {self.needed} px vs got {self.got} px"
        )


def shown_text(text: str) -> str:
    """The text as drawn: a mnemonic's single & is not painted, && is one &."""
    return re.sub(r"&(.)", r"\1", text)


def _lines_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    parent = widget.parentWidget()
    while not name and parent is not None:  # an unnamed part of a named control: say whose
        name = f"{parent.objectName()}>{type(widget).__name__}" if parent.objectName() else ""
        parent = parent.parentWidget()
    return name


def _looks_rich(text: str) -> bool:
    """Qt's own guess (Qt::mightBeRichText, not in PySide): a tag in the first line."""
    first = text.split("\n", 1)[0]
    return re.search(r"<[a-zA-Z!/][^>]*>", first) is not None


def _really_shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.window().isVisible()


def _label_clips(label: QLabel, where: str) -> list[Clip]:
    text = shown_text(label.text()) if label.buddy() is not None else label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and _looks_rich(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        text = document.toPlainText()
    area = label.contentsRect()
    margin = 2 * label.margin() + max(label.indent(), 0)
    width, height = area.width() - margin, area.height() - 2 * label.margin()
    metrics = label.fontMetrics()
    clips: list[Clip] = []
    if label.wordWrap():
        longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if longest > width + TOLERANCE_PX:
            clips.append(Clip(where, _name(label), text, "width (longest word)", longest, width))
        flags = int(Qt.TextFlag.TextWordWrap) | int(label.alignment().value)
        needed_height = metrics.boundingRect(0, 0, max(width, 1), 100_000, flags, text).height()
    else:
        needed_width = _lines_width(metrics, text)
        if needed_width > width + TOLERANCE_PX:
            clips.append(Clip(where, _name(label), text, "width", needed_width, width))
        needed_height = metrics.height() + metrics.lineSpacing() * text.count("\n")
    if needed_height > height + TOLERANCE_PX:
        clips.append(Clip(where, _name(label), text, "height", needed_height, height))
    return clips


def _button_chrome(button: QAbstractButton) -> QSize | None:
    """What the style adds around a button's contents (padding, border, indicator), probed with large contents."""
    style = button.style()
    if isinstance(button, QToolButton):
        tool = QStyleOptionToolButton()
        button.initStyleOption(tool)
        size = style.sizeFromContents(QStyle.ContentsType.CT_ToolButton, tool, QSize(_PROBE, _PROBE), button)
        return QSize(size.width() - _PROBE, size.height() - _PROBE)
    kind = {
        QPushButton: QStyle.ContentsType.CT_PushButton,
        QCheckBox: QStyle.ContentsType.CT_CheckBox,
        QRadioButton: QStyle.ContentsType.CT_RadioButton,
    }
    for cls, contents in kind.items():
        if isinstance(button, cls):
            option = QStyleOptionButton()
            button.initStyleOption(option)  # type: ignore[attr-defined]
            size = style.sizeFromContents(contents, option, QSize(_PROBE, _PROBE), button)
            return QSize(size.width() - _PROBE, size.height() - _PROBE)
    return None


def _painted_font(button: QAbstractButton) -> QFont:
    """A chosen toggle is painted bold where a style sheet says so (sizing.CHECKED_STYLE), whatever its font."""
    font = QFont(button.font())
    if button.isChecked():
        sheets = [QApplication.instance().styleSheet()]  # type: ignore[union-attr]
        widget: QWidget | None = button
        while widget is not None:
            sheets.append(widget.styleSheet())
            widget = widget.parentWidget()
        for sheet in sheets:
            rule = re.search(r":checked\s*{([^}]*)}", sheet)
            if rule and re.search(r"font-weight:\s*bold", rule.group(1)):
                font.setBold(True)
    return font


def _button_clips(button: QAbstractButton, where: str) -> list[Clip]:
    text = shown_text(button.text())
    if not text:
        return []
    chrome = _button_chrome(button)
    if chrome is None:
        return []
    metrics = QFontMetrics(_painted_font(button))
    icon = 0
    if not button.icon().isNull():
        icon = button.iconSize().width() + 4
    needed_width = _lines_width(metrics, text) + icon + chrome.width()
    lines = text.count("\n") + 1
    needed_height = metrics.height() + metrics.lineSpacing() * (lines - 1) + chrome.height()
    clips = []
    if needed_width > button.width() + TOLERANCE_PX:
        clips.append(Clip(where, _name(button), text, "width", needed_width, button.width()))
    if needed_height > button.height() + TOLERANCE_PX:
        clips.append(Clip(where, _name(button), text, "height", needed_height, button.height()))
    return clips


def _tab_clips(bar: QTabBar, where: str) -> list[Clip]:
    needed = bar.sizeHint().width()
    if bar.count() and needed > bar.width() + TOLERANCE_PX:
        titles = " | ".join(shown_text(bar.tabText(i)) for i in range(bar.count()))
        return [Clip(where, _name(bar), titles, "tabs width", needed, bar.width())]
    return []


def _header_clips(header: QHeaderView, where: str) -> list[Clip]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    font = QFont(header.font())
    font.setBold(True)  # the theme's header sections are bold
    metrics = QFontMetrics(font)
    chrome = 2 * 4 + 2 * 1  # the theme's section padding and border
    clips = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = _lines_width(metrics, text) + chrome
        got = header.sectionSize(section)
        if text and needed > got + TOLERANCE_PX:
            clips.append(Clip(where, f"{_name(header.parentWidget() or header)} column {section}", text, "width",
                              needed, got))  # fmt: skip
    return clips


def _cell_clips(view: QTableView, where: str) -> list[Clip]:
    """Cells of a table that elide their text (the first rows; a table's text cells share their column's width)."""
    model = view.model()
    if model is None:
        return []
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    clips = []
    for row in range(min(model.rowCount(), 60)):
        for column in range(model.columnCount()):
            if view.isColumnHidden(column) or view.isRowHidden(row):
                continue
            index = model.index(row, column)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text or view.indexWidget(index) is not None:
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
            words = text.split()
            if view.wordWrap() and len(words) > 1:
                needed = max(metrics.horizontalAdvance(word) for word in words) + margin
            else:
                needed = _lines_width(metrics, text) + margin
            got = view.columnWidth(column)
            if needed > got + TOLERANCE_PX:
                clips.append(Clip(where, f"{_name(view)} row {row} column {column}", text, "width", needed, got))
    return clips


def _placeholder_clips(field: QLineEdit, where: str) -> list[Clip]:
    """An empty field's placeholder (its hint of what to type) is elided by Qt when the field is too narrow."""
    hint = field.placeholderText()
    if field.text() or not hint:
        return []
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    area = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    got = area.width() - margins.left() - margins.right() - 2 * 2  # QLineEdit's own horizontal margin
    needed = field.fontMetrics().horizontalAdvance(hint)
    if needed > got + TOLERANCE_PX:
        return [Clip(where, _name(field), hint, "placeholder width", needed, got)]
    return []


def clips_in(window: QWidget, where: str) -> list[Clip]:
    """Every text shown in `window` (and its visible children) that does not fit its control."""
    found: list[Clip] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not _really_shown(widget):
            continue
        if isinstance(widget, QLabel):
            found += _label_clips(widget, where)
        elif isinstance(widget, QAbstractButton):
            found += _button_clips(widget, where)
        elif isinstance(widget, QLineEdit):
            found += _placeholder_clips(widget, where)
        elif isinstance(widget, QTabBar):
            found += _tab_clips(widget, where)
        elif isinstance(widget, QAbstractItemView) and hasattr(widget, "horizontalHeader"):
            found += _header_clips(widget.horizontalHeader(), where)
            if isinstance(widget, QTableView):
                found += _cell_clips(widget, where)
    return found
