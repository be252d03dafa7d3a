"""The till as the cashier sees it all day: the sale screen, with a slim strip above it for the menu (and the
DATA DEMO notice while demo data is in use).

The sale screen shows who and where, and has its own buttons and keys for help (F1), the journal (F3), the shift
(F6) and the lock (F10); this page passes them on and adds the menu (Ctrl+M). Signals: `journalRequested()`,
`shiftRequested()`, `menuRequested()`, `lockRequested()`, `helpRequested()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ska_pos.ui.help import key_map
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named

if TYPE_CHECKING:
    from ska_pos.ui.printing.dispatch import ReceiptDispatcher

SaleScreenFactory = Callable[[TillSession, "ReceiptDispatcher", QWidget | None], QWidget]
_PASSED_ON = ("journalRequested", "shiftRequested", "lockRequested", "helpRequested", "ordersRequested",
              "packagesRequested", "salonRequested")  # fmt: skip


def make_sale_screen(session: TillSession, dispatcher: ReceiptDispatcher, parent: QWidget | None) -> QWidget:
    from ska_pos.ui.till.sale_screen import SaleScreen

    return SaleScreen(session, dispatcher, parent)


class TillPage(QWidget):
    journalRequested = Signal()
    shiftRequested = Signal()
    menuRequested = Signal()
    lockRequested = Signal()
    helpRequested = Signal()
    ordersRequested = Signal()  # where the outlet takes orders (the sale screen's Ctrl+R)
    packagesRequested = Signal()  # where the outlet sells prepaid packages (the sale screen's Ctrl+G)
    salonRequested = Signal()  # where the outlet takes appointments (Ctrl+J)

    def __init__(
        self, session: TillSession, sale_screen: QWidget, *, demo_mode: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.sale_screen = session, sale_screen
        named(self, "tillPage", self.tr("Till"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._strip(demo_mode))
        layout.addWidget(sale_screen, 1)
        for name in _PASSED_ON:
            getattr(sale_screen, name).connect(getattr(self, name).emit)
        QShortcut(
            QKeySequence(key_map.MENU),
            self,
            self.menuRequested.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def _strip(self, demo_mode: bool) -> QFrame:
        strip = named(QFrame(), "tillStrip", self.tr("Till menu"))
        strip.setStyleSheet("#tillStrip { background: #e2e8f0; border-bottom: 1px solid #4a5568; }")
        row = QHBoxLayout(strip)
        row.setContentsMargins(8, 2, 8, 2)
        if demo_mode:
            badge = look.text(self.tr("DATA DEMO: practice data, not real sales"), "tillDemoBadge")
            badge.setProperty("role", "banner")
            badge.setWordWrap(False)
            row.addWidget(badge)
        row.addStretch(1)
        label = self.tr("Menu ({keys})").format(keys=key_map.MENU)
        menu = big_button(label, "tillMenu", label, min_width=160)
        menu.clicked.connect(self.menuRequested.emit)
        row.addWidget(menu)
        return strip

    def focus_sale(self) -> None:
        focus = getattr(self.sale_screen, "focus_search", None)
        if callable(focus):
            focus()
        else:
            self.sale_screen.setFocus()
