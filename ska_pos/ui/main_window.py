"""The till's one window: first start, login, the shift, the sale screen and everything around it, as pages.

Pages other than the till page are made fresh each time they are shown (so a new language or text size reaches
them); the till page lives as long as the login session, so locking the till keeps the sale being rung up.

What a page needs from the database is read (or written) by a `ReadOp`/`WriteOp` on the database thread; the page
is shown when the answer comes back, so the window never waits on the database.

Each of the window's jobs is a mixin of its own in `ska_pos/ui/session/`, each building on the one below:
`login_flow` (first start, enrolment, the login page), `session_flow` (the session after a login: the shift, the
till page, locking and logging out), `print_queue_host` (the receipt dispatcher and print status),
`window_preferences` (language and text size), `till_claim_keeping`, `around_sale` (the pages and dialogs around
the sale) and `page_stack` (one page on view at a time). This module makes the state they share and closes the
window.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from ska_pos.db.database import Database
from ska_pos.services.this_till import LoginName, TillPlace, load_local_config, this_machine
from ska_pos.services.till_claims import RENEW_EVERY
from ska_pos.ui.help import key_map
from ska_pos.ui.session.idle_lock import IdleWatcher
from ska_pos.ui.session.login_flow import LogsIn
from ska_pos.ui.session.till_page import SaleScreenFactory, TillPage, make_sale_screen
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named

# What the login page does not need is imported when it is first used: start to the login page is a till's every
# morning (benchmarks/till_scale.py, benchmarks/bundle_start.py).
if TYPE_CHECKING:
    from ska_pos.ui.printing.dispatch import ReceiptDispatcher
    from ska_pos.ui.printing.print_status import PrintStatusWidget


class MainWindow(LogsIn):
    def __init__(
        self,
        database: Database,
        *,
        sale_screen_factory: SaleScreenFactory = make_sale_screen,
        config_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.database, self.config_folder = database, config_folder
        self.sale_screen_factory = sale_screen_factory
        self.machine = this_machine(config_folder)
        self.config = load_local_config(config_folder)
        self.claimed_till: uuid.UUID | None = None
        self.renewal = QTimer(self)
        self.renewal.setInterval(int(RENEW_EVERY.total_seconds() * 1000))
        self.renewal.timeout.connect(self._renew_claim)
        self.font_family = QApplication.font().family()
        self.session: TillSession | None = None
        self.dispatcher: ReceiptDispatcher | None = None
        self.print_status: PrintStatusWidget | None = None
        self.till_page: TillPage | None = None
        self.page: QWidget | None = None
        self.locked_user: LoginName | None = None
        self.place: TillPlace | None = None
        self.demo_mode = False
        self.dialog: QWidget | None = None
        self._rebuild: Callable[[], None] = self.start
        self.setObjectName("mainWindow")
        self.setWindowTitle("SKA POS")
        self.resize(1366, 768)
        self.stack = named(QStackedWidget(), "pages", "SKA POS")
        self.setCentralWidget(self.stack)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        QShortcut(QKeySequence(key_map.HELP), self, self.show_help)
        self.statusBar().setObjectName("statusBar")
        self.statusBar().hide()  # shown only while prints wait (the print status panel)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self._release_claim(wait=True)
        self._close_dispatcher()
        super().closeEvent(event)
