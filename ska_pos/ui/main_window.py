"""The till's one window: first start, login, the shift, the sale screen and everything around it, as pages.

Pages other than the till page are made fresh each time they are shown (so a new language or text size reaches
them); the till page lives as long as the login session, so locking the till keeps the sale being rung up.

What a page needs from the database is read (or written) by a `ReadOp`/`WriteOp` on the database thread; the page
is shown when the answer comes back, so the window never waits on the database.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.domain.outlet_profile import OutletProfile
from ska_pos.i18n import current_language
from ska_pos.services import settings, shifts
from ska_pos.services.first_start import FirstStartResult, database_is_empty
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.services.this_till import (
    LocalConfig,
    LoginName,
    TillPlace,
    load_local_config,
    login_names,
    save_local_config,
    this_machine,
    users_named,
)
from ska_pos.services.till_claims import RENEW_EVERY, Claim, Machine, claim_till
from ska_pos.services.till_enrolment import enrolled_place
from ska_pos.ui.help import key_map
from ska_pos.ui.messages import show_error, show_info
from ska_pos.ui.op_changes import SETTINGS, SHIFT, TILLS
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.session.idle_lock import IdleWatcher
from ska_pos.ui.session.login_page import LoginContext, LoginPage
from ska_pos.ui.session.preferences_bar import PreferencesBar
from ska_pos.ui.session.till_claim_keeping import KeepsTheTillClaim
from ska_pos.ui.session.till_page import SaleScreenFactory, TillPage, make_sale_screen
from ska_pos.ui.theme import apply_theme
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.translation import install_language
from ska_pos.ui.widgets import named

# What the login page does not need is imported when it is first used: start to the login page is a till's every
# morning (benchmarks/till_scale.py, benchmarks/bundle_start.py).
if TYPE_CHECKING:
    from ska_pos.demo.builder import DemoResult
    from ska_pos.ui.printing.dispatch import ReceiptDispatcher
    from ska_pos.ui.printing.print_status import PrintStatusWidget


@dataclass(frozen=True)
class _LoginRead:
    """What the login page shows: this computer's till (None: the database has none), who may log in, demo mode."""

    place: TillPlace | None
    users: list[LoginName]
    demo: bool


@dataclass(frozen=True)
class _SessionStart:
    """What a login found, in the one transaction that claimed the till."""

    claim: Claim
    profile: OutletProfile
    holder: shifts.ShiftHolder | None
    idle_minutes: int
    demo: bool


def _read_login(chosen: uuid.UUID | None, machine_id: uuid.UUID) -> Callable[[Session], _LoginRead]:
    def read(session: Session) -> _LoginRead:
        place = enrolled_place(session, chosen, machine_id)
        users = login_names(session, place.outlet_id) if place else []
        return _LoginRead(place, users, bool(settings.get_setting(session, "global", settings.DEMO_MODE)))

    return read


def _start_session(place: TillPlace, machine: Machine) -> Callable[[Session], _SessionStart]:
    def claim(session: Session) -> _SessionStart:
        claimed = claim_till(session, place.till_id, machine)
        minutes = settings.get_setting(
            session, settings.scope_of("outlet", place.outlet_id), settings.IDLE_LOCK_MINUTES
        )
        return _SessionStart(
            claimed,
            profile_of(session, place.outlet_id),
            shifts.shift_holder(session, place.till_id),
            minutes,
            bool(settings.get_setting(session, "global", settings.DEMO_MODE)),
        )

    return claim


def till_session(database: Database, place: TillPlace, user: LoginName, profile: OutletProfile) -> TillSession:
    # Only the login page's PIN check issues the actor; a name chosen without it opens no session.
    assert user.actor is not None, "logged in without an issued actor"
    assert user.actor.till_id == place.till_id, "the actor was issued for another till"
    return TillSession(
        database,
        user.actor,
        user.username,
        user.full_name,
        place.outlet_code,
        place.outlet_name,
        profile,
        place.till_code,
        current_language(),
        place.outlet_timezone,
    )


class MainWindow(KeepsTheTillClaim):
    # Each page as it is shown: the first comes once the database has answered (the smoke report watches it).
    pageShown = Signal(QWidget)

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

    # Pages --------------------------------------------------------------------------------------------------

    def show_page(self, page: QWidget, rebuild: Callable[[], None]) -> None:
        old, self.page, self._rebuild = self.page, page, rebuild
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.setFocus()
        if old is not None and old is not page:
            self._discard(old)
        self.pageShown.emit(page)

    def _discard(self, page: QWidget) -> None:
        self.stack.removeWidget(page)
        page.hide()
        page.setParent(None)
        page.deleteLater()

    def start(self) -> None:
        ReadOp(self, self.database, database_is_empty).success(
            lambda empty: self.show_first_start() if empty else self.show_login()
        ).run_in_background()

    def show_first_start(self) -> None:
        from ska_pos.ui.session.first_start_page import FirstStartPage

        page = FirstStartPage(self.database, self.machine, large_text=self.config.large_text)
        page.setUp.connect(self._set_up)
        page.demoBuilt.connect(self._demo_built)
        self._connect_preferences(page.preferences)
        self.show_page(page, self.show_first_start)

    def _set_up(self, result: FirstStartResult) -> None:
        self._save_config(self.config.with_till(result.till_id))
        self.show_login()

    def _demo_built(self, result: DemoResult) -> None:
        from ska_pos.ui.session.demo_pins_page import DemoPinsPage

        pins = result.pins
        if result.enrolled_till_id is not None:
            self._save_config(self.config.with_till(result.enrolled_till_id))

        def show(users: list[LoginName]) -> None:
            page = DemoPinsPage(users, pins, result.enrolled_till)
            page.done.connect(self.show_login)
            self.show_page(page, self.show_login)

        ReadOp(self, self.database, lambda session: users_named(session, pins)).success(show).run_in_background()

    def show_login(self) -> None:
        ReadOp(self, self.database, _read_login(self.config.till_id, self.machine.machine_id)).success(
            self._show_login
        ).run_in_background()

    def _show_login(self, read: _LoginRead) -> None:
        place, users, demo = read.place, read.users, read.demo
        if place is None:
            self.show_enrol()
            return
        self.place = place
        page = LoginPage(
            self.database, LoginContext(place, users, demo, self.locked_user), large_text=self.config.large_text
        )
        page.loggedIn.connect(self.logged_in)
        self._connect_preferences(page.preferences)
        self.show_page(page, self.show_login)
        self.setWindowTitle(f"SKA POS · {place.outlet_name} · {place.till_code}")

    def show_enrol(self) -> None:
        """This computer is no till (yet, or any more): an administrator enrols it before anyone logs in."""
        from ska_pos.ui.session.enrol_page import EnrolPage

        self.place = None
        self.setWindowTitle("SKA POS")
        page = EnrolPage(self.database, self.machine, self.config.till_id, large_text=self.config.large_text)
        page.enrolled.connect(self._enrolled)
        self._connect_preferences(page.preferences)
        self.show_page(page, self.show_enrol)

    def _enrolled(self, till_id: uuid.UUID) -> None:
        self._save_config(self.config.with_till(till_id))
        self.show_login()

    def _connect_preferences(self, preferences: PreferencesBar) -> None:
        preferences.languageChosen.connect(self.set_language)
        preferences.largeTextToggled.connect(self.set_large_text)

    # Session ------------------------------------------------------------------------------------------------

    def logged_in(self, user: LoginName) -> None:
        if self.locked_user is not None and self.till_page is not None and user.user_id == self.locked_user.user_id:
            self.locked_user = None
            self.show_till()
            return
        self.end_session()
        place = self.place
        assert place is not None
        WriteOp(self, self.database, _start_session(place, self.machine), {TILLS}).success(
            lambda started: self._start_session(place, user, started)
        ).failure(self._claim_refused).run_in_background()

    def _claim_refused(self, error: Exception) -> None:
        """Told before the cashier starts: this till is open on another computer (or the database said no)."""
        show_error(self, error)
        self.show_login()

    def _start_session(self, place: TillPlace, user: LoginName, started: _SessionStart) -> None:
        self.claimed_till = place.till_id
        self.renewal.start()
        notice = started.claim.takeover_notice()
        if notice:
            show_info(self, notice)
        self.session = till_session(self.database, place, user, started.profile)
        self.demo_mode = started.demo
        self._use_dispatcher(place.till_id)
        holder = started.holder
        self.idle.start(started.idle_minutes)
        if holder is None:
            self.show_open_shift()
        elif holder.user_id == user.user_id:
            self.show_till()
        else:
            self.ask_take_over(holder)

    def ask_take_over(self, holder: shifts.ShiftHolder) -> None:
        """Another person holds the open shift: the one logging in says whether they carry it on or log out."""
        from ska_pos.ui.shift.take_over_dialog import TakeOverDialog

        assert self.session is not None
        dialog = TakeOverDialog(holder, self.session.user_name, self)
        dialog.accepted.connect(lambda: self._take_over(holder.shift_id))
        dialog.rejected.connect(self.log_out)
        dialog.finished.connect(self.activateWindow)  # keys (and their shortcuts) go back to the window's pages
        self._open_dialog(dialog)

    def _take_over(self, shift_id: uuid.UUID) -> None:
        """On the database thread: a busy database or a shift closed meanwhile is a message, back at the login."""
        assert self.session is not None
        actor = self.session.actor
        WriteOp(self, self.database, lambda session: shifts.take_over_shift(session, actor, shift_id), {SHIFT}).success(
            lambda _none: self._taken_over()
        ).failure(self._take_over_refused).run_in_background()

    def _taken_over(self) -> None:
        if self.session is not None and self.dispatcher is not None:  # not logged out or closed while it ran
            self.show_till()

    def _take_over_refused(self, error: Exception) -> None:
        self.log_out()
        show_error(self, error)

    def show_open_shift(self) -> None:
        from ska_pos.ui.shift.open_shift_page import OpenShiftPage

        assert self.session is not None
        page = OpenShiftPage(self.session)
        page.opened.connect(self.show_till)
        page.logOut.connect(self.log_out)
        page.managerRequested.connect(self.show_manager)
        page.menuRequested.connect(self.show_menu)
        self.show_page(page, self.show_open_shift)

    def show_till(self) -> None:
        assert self.session is not None
        assert self.dispatcher is not None
        if self.till_page is None:
            screen = self.sale_screen_factory(self.session, self.dispatcher, None)
            self.till_page = TillPage(self.session, screen, demo_mode=self.demo_mode)
            self._connect_till(self.till_page)
            self.stack.addWidget(self.till_page)
        self.stack.setCurrentWidget(self.till_page)
        if self.page is not None:
            self._discard(self.page)
            self.page = None
        self._rebuild = self.show_till
        if not self.idle.active:
            self.idle.start()
        self.till_page.focus_sale()

    def _connect_till(self, page: TillPage) -> None:
        page.journalRequested.connect(self.show_journal)
        page.shiftRequested.connect(self.show_shift)
        page.menuRequested.connect(self.show_menu)
        page.lockRequested.connect(self.lock)
        page.helpRequested.connect(self.show_help)

    def _use_dispatcher(self, till_id: uuid.UUID) -> None:
        """One receipt dispatcher (and print queue) per till, kept across logins so waiting prints go on."""
        from ska_pos.ui.printing.dispatch import ReceiptDispatcher
        from ska_pos.ui.printing.print_status import PrintStatusWidget

        if self.dispatcher is not None and self.dispatcher.till_id == till_id:
            return
        self._close_dispatcher()
        self.dispatcher = ReceiptDispatcher(self.database, till_id, self)
        self.print_status = PrintStatusWidget(self.dispatcher)
        self.print_status.installEventFilter(self)
        self.statusBar().addPermanentWidget(self.print_status)

    def _close_dispatcher(self) -> None:
        """Stop the print thread. The dispatcher and its panel stay (hidden) children of the window until it goes:
        a receipt or a refresh may still report back to them."""
        if self.dispatcher is None:
            return
        with contextlib.suppress(RuntimeError, TypeError):  # nothing connected
            self.dispatcher.queue_changed.disconnect()
        self.dispatcher.close()
        if self.print_status is not None:
            self.statusBar().removeWidget(self.print_status)
            self.print_status.removeEventFilter(self)
            self.print_status.hide()
            self.print_status = None
        self.statusBar().hide()
        self.dispatcher = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.print_status and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.statusBar().setVisible(event.type() == QEvent.Type.Show)
        return super().eventFilter(watched, event)

    def lock(self) -> None:
        if self.session is None or self.locked_user is not None:
            return
        self.locked_user = LoginName(
            self.session.actor.user_id, self.session.username, self.session.user_name, self.session.actor.role
        )
        self.idle.stop()
        self.show_login()

    def log_out(self) -> None:
        self.end_session()
        self._release_claim()
        self.show_login()

    def end_session(self) -> None:
        self.idle.stop()
        self.locked_user = None
        if self.till_page is not None:
            self._discard(self.till_page)
            self.till_page = None
        self.session = None

    def show_help(self) -> None:
        from ska_pos.ui.help.help_dialog import HelpDialog

        self._open_dialog(HelpDialog(self))

    # Preferences ----------------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Shown at once; the choice is saved on the database thread, and a failure to save is told."""
        install_language(language)
        till_id = self.place.till_id if self.place else None
        WriteOp(
            self, self.database, lambda session: settings.set_language(session, language, till_id), {SETTINGS}
        ).failure(lambda error: show_error(self, error)).run_in_background()
        self._rebuild()

    def set_large_text(self, large_text: bool) -> None:
        self._save_config(self.config.with_large_text(large_text))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, large_text=large_text, family=self.font_family)
        self._rebuild()

    def _save_config(self, config: LocalConfig) -> None:
        save_local_config(config, self.config_folder)
        self.config = load_local_config(self.config_folder)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self._release_claim(wait=True)
        self._close_dispatcher()
        super().closeEvent(event)
