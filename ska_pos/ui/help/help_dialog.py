"""The key map on screen (F1): every key of the till and what it does, large and plain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ska_pos.ui.help.key_map import HELP, key_map
from ska_pos.ui.messages import translate_buttons
from ska_pos.ui.session import look
from ska_pos.ui.widgets import named


class HelpDialog(QDialog):
    """The key map. Closes with Esc, F1 or its Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Keys of the till")
        self.setWindowTitle(title)
        named(self, "helpDialog", title)
        heading = look.title(title, "helpTitle")
        hint = look.text(self.tr("Every action also has a button you can touch."), "helpHint")
        bindings = key_map()
        self.table = named(QTableWidget(len(bindings), 2, self), "helpKeyTable", self.tr("Key map"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        for row, binding in enumerate(bindings):
            key = QTableWidgetItem(binding.keys)
            font = key.font()
            font.setBold(True)
            key.setFont(font)
            self.table.setItem(row, 0, key)
            self.table.setItem(row, 1, QTableWidgetItem(binding.description))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A description longer than the window (large text, a 1024 px screen) goes over two lines, not cut short.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 16)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        key_font = QFont(self.font())
        key_font.setBold(True)
        widest = max(QFontMetrics(key_font).horizontalAdvance(binding.keys) for binding in bindings)
        self.table.setColumnWidth(0, widest + 32)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        named(buttons, "helpButtons", self.tr("Help actions"))
        translate_buttons(buttons)
        buttons.rejected.connect(self.reject)
        look.dialog_buttons(buttons, "help")
        layout = QVBoxLayout(self)
        for widget in (heading, hint, self.table, buttons):
            layout.addWidget(widget)
        QShortcut(QKeySequence(HELP), self, self.reject, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.resize(800, 740)
        self.table.setFocus()
