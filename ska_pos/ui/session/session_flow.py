"""A login's session at the till: claiming the till, the shift (opened, carried on or taken over), the till page,
locking and logging out.

The till page lives as long as the login session, so locking the till keeps the sale being rung up. A mixin of
`MainWindow`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.domain.outlet_profile import OutletProfile
from ska_pos.i18n import current_language
from ska_pos.services import settings, shifts
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.services.this_till import LoginName, TillPlace
from ska_pos.services.till_claims import Claim, Machine, claim_till
from ska_pos.ui.messages import show_error, show_info
from ska_pos.ui.op_changes import SHIFT, TILLS
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.session.idle_lock import IdleWatcher
from ska_pos.ui.session.print_queue_host import HostsThePrintQueue
from ska_pos.ui.session.till_page import SaleScreenFactory, TillPage
from ska_pos.ui.till_session import TillSession


@dataclass(frozen=True)
class _SessionStart:
    """What a login found, in the one transaction that claimed the till."""

    claim: Claim
    profile: OutletProfile
    holder: shifts.ShiftHolder | None
    idle_minutes: int
    demo: bool


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


class RunsTheSession(HostsThePrintQueue):
    sale_screen_factory: SaleScreenFactory
    locked_user: LoginName | None
    demo_mode: bool
    idle: IdleWatcher

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
        page.ordersRequested.connect(self.show_orders)
        page.packagesRequested.connect(self.show_packages)
        page.salonRequested.connect(self.show_salon)

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
