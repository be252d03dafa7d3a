"""The way to a login: the first start of an empty database (or the demo shop and its PINs), enrolling this
computer as a till, and the login page.

Each page is shown once the database has answered what it needs (read on the database thread). A mixin of
`MainWindow`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ska_pos.services import settings
from ska_pos.services.this_till import LoginName, TillPlace, login_names, users_named
from ska_pos.services.till_enrolment import enrolled_place
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.session.login_page import LoginContext, LoginPage
from ska_pos.ui.session.session_flow import RunsTheSession

if TYPE_CHECKING:
    from ska_pos.demo.builder import DemoResult
    from ska_pos.services.first_start import FirstStartResult

# Seconds before the window reads again by itself after the read behind its page failed, one after another; the last
# repeats. A lock at start passes in a moment; a server out of reach may take minutes, and tries cost it little.
RETRY_DELAYS_S = (2, 4, 8, 15, 30)


@dataclass(frozen=True)
class _LoginRead:
    """What the login page shows: this computer's till (None: the database has none), who may log in, demo mode."""

    place: TillPlace | None
    users: list[LoginName]
    demo: bool


def _read_login(chosen: uuid.UUID | None, machine_id: uuid.UUID) -> Callable[[Session], _LoginRead]:
    def read(session: Session) -> _LoginRead:
        place = enrolled_place(session, chosen, machine_id)
        users = login_names(session, place.outlet_id) if place else []
        return _LoginRead(place, users, bool(settings.get_setting(session, "global", settings.DEMO_MODE)))

    return read


class LogsIn(RunsTheSession):
    _failed_reads = 0  # in a row, for the page's reads: how long the next retry waits

    def start(self) -> None:
        # not imported before: the first start's services (setting up, sealing personal data) are not a login's
        from ska_pos.services.first_start import database_is_empty

        ReadOp(self, self.database, database_is_empty).success(self._started).failure(
            lambda error: self._read_failed(error, self.start)
        ).run_in_background()

    def _started(self, empty: bool) -> None:
        self._failed_reads = 0
        if empty:
            self.show_first_start()
        else:
            self.show_login()

    def _read_failed(self, error: Exception, again: Callable[[], None]) -> None:
        """The read a page needs failed: the window says why and reads `again`, when asked or after a while."""
        from ska_pos.ui.session.retry_page import RetryPage

        delay_s = RETRY_DELAYS_S[min(self._failed_reads, len(RETRY_DELAYS_S) - 1)]
        self._failed_reads += 1
        page = RetryPage(error_text(error), delay_s)
        page.retry.connect(again)
        self.show_page(page, again)

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
        ).failure(lambda error: self._read_failed(error, self.show_login)).run_in_background()

    def _show_login(self, read: _LoginRead) -> None:
        self._failed_reads = 0
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
