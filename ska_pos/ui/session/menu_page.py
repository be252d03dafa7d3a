"""The menu (F7): what is not selling, as big buttons: reports, printers, the manager area, settings, the problem
report for support, locked-out users, large text, log out. What a role may not use is not shown.

Signal: `chosen(str)` with one of the ACTIONS.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named

ACTIONS = ("daily", "dayClose", "printers", "lockouts", "manager", "settings", "problemReport", "largeText", "logOut",
           "back")  # fmt: skip
COLUMNS = 2  # three columns of the longest Indonesian entries in large text are wider than 1024 px


class MenuPage(QWidget):
    chosen = Signal(str)

    def __init__(
        self, session: TillSession, *, large_text: bool, back_to_sale: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        named(self, "menuPage", self.tr("Menu"))
        entries = [
            ("daily", self.tr("Daily summary"), session.is_supervisor),
            ("dayClose", self.tr("Close the day"), session.is_supervisor),
            ("printers", self.tr("Printer settings"), session.is_supervisor),
            ("lockouts", self.tr("Locked-out users"), session.is_supervisor),
            ("manager", self.tr("Manager area"), session.is_manager),
            ("settings", self.tr("Settings"), session.is_manager),
            ("problemReport", self.tr("Save problem report"), session.is_supervisor),
            ("largeText", self.tr("Normal text") if large_text else self.tr("Large text"), True),
            ("logOut", self.tr("Log out"), True),
            ("back", self.tr("Back to the sale (Esc)") if back_to_sale else self.tr("Back (Esc)"), True),
        ]
        self.setStyleSheet("QPushButton { min-height: 72px; }")  # style sheet minimums beat setMinimumHeight
        grid = QGridLayout()
        grid.setSpacing(16)
        shown = [(action, text) for action, text, allowed in entries if allowed]
        for index, (action, text) in enumerate(shown):
            button = big_button(text, f"menu_{action}")
            look.scaled(button, look.HEADING)
            if action == "back":
                button.setProperty("role", "primary")
            button.clicked.connect(lambda _checked=False, action=action: self.chosen.emit(action))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        layout = QVBoxLayout()
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(look.title(self.tr("Menu"), "menuTitle"))
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setLayout(layout)
        QShortcut(
            QKeySequence("Esc"),
            self,
            lambda: self.chosen.emit("back"),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        first = self.findChild(QWidget, f"menu_{shown[0][0]}")
        if first is not None:
            self.setFocusProxy(first)
