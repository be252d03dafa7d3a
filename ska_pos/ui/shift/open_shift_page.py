"""Opening the shift after login when the till has none open: the opening float, counted by note and coin.

Signals: `opened()` once the shift is open; `logOut()`; `managerRequested()` (managers may skip selling);
`menuRequested()` (supervisors and managers: the daily summary and closing the day come after the last shift).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.services import shifts
from ska_pos.ui.messages import show_error
from ska_pos.ui.op_changes import SHIFT
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.session import look
from ska_pos.ui.shift.denomination_counter import DenominationCounter
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named


class OpenShiftPage(QWidget):
    opened = Signal()
    logOut = Signal()
    managerRequested = Signal()
    menuRequested = Signal()

    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        named(self, "openShiftPage", self.tr("Open the shift"))
        self.counter = DenominationCounter(session.language, object_prefix="float", parent=self)
        self.counter.changed.connect(self._show_total)
        self.total = look.amount("openingFloatTotal", self.tr("Opening float"))
        self.open_button = big_button(self.tr("Open the shift"), "openShiftButton")
        self.open_button.setProperty("role", "primary")
        self.open_button.clicked.connect(self._open)
        log_out = big_button(self.tr("Log out"), "openShiftLogOut")
        log_out.clicked.connect(self.logOut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button, 2)
        if session.is_manager:
            manager = big_button(self.tr("Manager area"), "openShiftManager")
            manager.clicked.connect(self.managerRequested)
            buttons.addWidget(manager, 1)
        if session.is_supervisor:
            menu = big_button(self.tr("Menu"), "openShiftMenu")
            menu.clicked.connect(self.menuRequested)
            buttons.addWidget(menu, 1)
        buttons.addWidget(log_out, 1)
        total_row = QHBoxLayout()
        total_row.addWidget(look.heading(self.tr("Opening float"), "openingFloatLabel"))
        total_row.addStretch(1)
        total_row.addWidget(self.total)
        layout = QVBoxLayout()
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(look.title(self.tr("Open the shift"), "openShiftTitle"))
        layout.addWidget(
            look.text(
                self.tr(
                    "Hello {name}. No shift is open on till {till}. Count the cash in the "
                    "drawer: how many of each note and coin?"
                ).format(name=session.user_name, till=session.till_code),
                "openShiftIntro",
            )
        )
        layout.addWidget(self.counter)
        layout.addLayout(total_row)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setLayout(layout)
        self._show_total(0)
        self.setFocusProxy(self.counter.first_field())

    def _show_total(self, total: int) -> None:
        text = format_rupiah(total, self.session.language)
        look.set_text(self.total, text, self.tr("Opening float: {amount}").format(amount=text))

    def _open(self) -> None:
        amount = self.counter.total()
        actor, database = self.session.actor, self.session.database

        def work(session: Session) -> None:
            shifts.open_shift(session, actor, amount)

        self.open_button.setEnabled(False)
        WriteOp(self, database, work, {SHIFT}).success(lambda _result: self.opened.emit()).failure(
            self._failed
        ).run_in_background()

    def _failed(self, error: Exception) -> None:
        self.open_button.setEnabled(True)
        show_error(self, error)
