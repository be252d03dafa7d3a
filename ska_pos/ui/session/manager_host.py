"""The manager area inside the till's window: the managers' own screen under a bar that leads back.

Signal: `back()`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ska_pos.ui.session import look
from ska_pos.ui.widgets import big_button, named


class ManagerHost(QWidget):
    back = Signal()

    def __init__(self, screen: QWidget, *, back_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "managerHost", self.tr("Manager area"))
        back = big_button(back_text or self.tr("Back (Esc)"), "managerBack")
        back.clicked.connect(self.back)
        bar = QHBoxLayout()
        bar.addWidget(look.title(self.tr("Manager area"), "managerTitle"), 1)
        bar.addWidget(back)
        layout = QVBoxLayout()
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(bar)
        layout.addWidget(screen, 1)
        self.setLayout(layout)
        self.content = screen
        QShortcut(QKeySequence("Esc"), self, self.back.emit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
