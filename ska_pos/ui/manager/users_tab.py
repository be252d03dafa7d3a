"""The users who log in: a searchable list read a page at a time, and what a manager does with them (add, edit and
link to a worker, change a role, deactivate or reactivate, reset a PIN, unlock), with the selected user's failed
PINs and lockout beside it. `services.users` decides who may manage whom; a refusal is shown in plain words.

With `lockouts=True` (the supervisor's "Locked-out users", lockouts_dialog.py) it lists only the users with wrong
PINs and offers only the unlock.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.reports import formatting as fmt
from ska_pos.services import users, workers
from ska_pos.services.users import FailedLogin, UserPage, UserRow
from ska_pos.services.workers import OutletChoice
from ska_pos.ui import op_changes
from ska_pos.ui.manager.notices import ask, tell
from ska_pos.ui.manager.paged_search import PAGE, ListTexts, PagedSearch
from ska_pos.ui.manager.user_form import USER_CHANGES, ResetPinDialog, RoleDialog, UserFormDialog
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.session.roles import role_name
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, named

D = TypeVar("D", bound=QDialog)


@dataclass(frozen=True)
class Loaded:
    page: UserPage
    outlets: list[OutletChoice]


class UsersModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Outlet"), self.tr("Also worker"),
                self.tr("Status"), self.tr("Wrong PINs"))  # fmt: skip

    def text(self, user: UserRow, column: int) -> str:
        values = (user.username, user.full_name, role_name(user.role), user.outlet_code or self.tr("all outlets"),
                  user.worker_name, self._status(user), str(user.failed_pin_count or ""))  # fmt: skip
        return values[column]

    def _status(self, user: UserRow) -> str:
        parts = [self.tr("active") if user.active else self.tr("inactive")]
        if user.locked(clock.now()):
            parts.append(self.tr("locked out"))
        if user.must_change_pin:
            parts.append(self.tr("new PIN at next login"))
        return ", ".join(parts)


class UsersTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None, *, lockouts: bool = False) -> None:
        super().__init__(parent)
        named(self, "usersTab", self.tr("Users with wrong PINs") if lockouts else self.tr("Users"))
        self.session, self.lockouts = session, lockouts
        self.outlets: list[OutletChoice] = []
        self.model = UsersModel(session.language, self)
        texts = ListTexts(self.tr("Find a user"), self.tr("Type part of a name or user name"),
                          self.tr("Find a user by name…"), self.tr("Users"),
                          self.tr("Which users are shown"))  # fmt: skip
        self.pages = PagedSearch(self, "users", texts, self.model, self.reload)
        self.search, self.table = self.pages.search, self.pages.table
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self.load_failures())
        self.lockout = look.text("", "userLockout", self.tr("Failed PINs of the chosen user"))
        self.failures = named(QListWidget(), "userFailures", self.tr("Recent failed logins"))
        self.failures.setMinimumWidth(260)
        self.failures.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(look.heading(self.tr("Failed logins"), "userFailuresHeading"))
        side.addWidget(self.lockout)
        side.addWidget(self.failures, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addLayout(side, 1)
        layout = QVBoxLayout()
        layout.addWidget(self.search)
        layout.addLayout(middle, 1)
        layout.addLayout(self.pages.pager())
        layout.addWidget(self._actions())
        self.setLayout(layout)
        # Users, and the outlets a new user may belong to: an outlet added in its own tab is offered here at once.
        refresh_on(self, {op_changes.USERS, op_changes.TILLS, op_changes.SETTINGS}, self.reload, first_when_shown=True)

    def _actions(self) -> ButtonRows:
        buttons: list[QWidget] = []
        actions = [
            (self.tr("New user"), "userAdd", self.add),
            (self.tr("Edit"), "userEdit", self.edit),
            (self.tr("Change role"), "userChangeRole", self.change_role),
            (self.tr("Deactivate or reactivate"), "userToggle", self.toggle_active),
            (self.tr("Reset PIN"), "userResetPin", self.reset_pin),
            (self.tr("Unlock"), "userUnlock", self.unlock),
        ]
        for text, name, slot in actions[-1:] if self.lockouts else actions:
            button = big_button(text, name)
            button.clicked.connect(slot)
            buttons.append(button)
        rows = named(ButtonRows(), "userActions", self.tr("What to do with the chosen user"))
        rows.set_rows([buttons])
        return rows

    def reload(self) -> None:
        text, offset, failing = self.search.text(), self.pages.offset, self.lockouts

        def work(s: Session) -> Loaded:
            page = users.list_users(s, text, offset=offset, limit=PAGE, failing=failing)
            return Loaded(page, workers.outlet_choices(s))

        ReadOp(self, self.session.database, work).success(self._loaded).run_in_background()

    def _loaded(self, loaded: Loaded) -> None:
        chosen = self.selected()
        self.outlets = loaded.outlets
        self.pages.show(loaded.page.rows, loaded.page.offset, loaded.page.total)
        rows = [row.id for row in loaded.page.rows]
        if chosen is not None and chosen.id in rows:
            self.table.selectRow(rows.index(chosen.id))
        elif rows:
            self.table.selectRow(0)
        self.load_failures()

    def selected(self) -> UserRow | None:
        row = self.pages.selected()
        return row if isinstance(row, UserRow) else None

    def _chosen(self) -> UserRow | None:
        user = self.selected()
        if user is None:
            tell(self, self.tr("Choose a user in the list first."))
        return user

    def load_failures(self) -> None:
        user = self.selected()
        if user is None:
            self.failures.clear()
            look.set_text(self.lockout, "")
            return
        user_id = user.id
        ReadOp(self, self.session.database, lambda s: users.failed_logins(s, user_id)).success(
            lambda failures: self._failures_loaded(user_id, failures)
        ).run_in_background()

    def _failures_loaded(self, user_id: uuid.UUID, failures: list[FailedLogin]) -> None:
        user = self.selected()
        if user is None or user.id != user_id:
            return
        zone = ZoneInfo(self.session.outlet_timezone)
        language = self.session.language
        if user.locked(clock.now()) and user.locked_until is not None:
            until = fmt.time_of_day(user.locked_until.astimezone(zone), language)
            state = self.tr("{count} wrong PINs in a row; locked out until {time}.").format(
                count=user.failed_pin_count, time=until)  # fmt: skip
        elif user.failed_pin_count:
            state = self.tr("{count} wrong PINs in a row; not locked out.").format(count=user.failed_pin_count)
        else:
            state = self.tr("No wrong PIN since the last good one.")
        look.set_text(self.lockout, state)
        self.failures.clear()
        for failure in failures:
            when = fmt.date_time(failure.at.astimezone(zone), language)
            place = (self.tr("till {code}").format(code=failure.till_code) if failure.till_code
                     else self.tr("no till: an approval or a command"))  # fmt: skip
            note = self.tr(" (locked out)") if failure.locked else ""
            self.failures.addItem(f"{when} · {place}{note}")
        if not failures:
            self.failures.addItem(self.tr("No failed logins recorded"))

    def add(self) -> UserFormDialog:
        dialog = UserFormDialog(self.session, self.outlets, None, self)
        dialog.open()
        return dialog

    def edit(self) -> UserFormDialog | None:
        user = self._chosen()
        return None if user is None else self._open(UserFormDialog(self.session, self.outlets, user, self))

    def change_role(self) -> RoleDialog | None:
        user = self._chosen()
        return None if user is None else self._open(RoleDialog(self.session, user, self))

    def reset_pin(self) -> ResetPinDialog | None:
        user = self._chosen()
        return None if user is None else self._open(ResetPinDialog(self.session, user, self))

    def _open(self, dialog: D) -> D:
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        user = self._chosen()
        if user is None:
            return
        question = (self.tr("Deactivate {name}? They can no longer log in; their sales stay theirs.")
                    if user.active else self.tr("Reactivate {name}? They can log in again."))  # fmt: skip
        if not ask(self, question.format(name=user.full_name)):
            return
        actor, user_id, active = self.session.actor, user.id, not user.active
        self._write(lambda s: users.set_active(s, actor, user_id, active))

    def unlock(self) -> None:
        user = self._chosen()
        if user is None:
            return
        if not ask(self, self.tr("Unlock {name}? Do it only when you know it is them.").format(name=user.full_name)):
            return
        actor, user_id = self.session.actor, user.id
        self._write(lambda s: users.unlock(s, actor, user_id))

    def _write(self, work: Any) -> None:
        WriteOp(self, self.session.database, work, USER_CHANGES).failure(
            lambda error: tell(self, error_text(error))
        ).run_in_background()
