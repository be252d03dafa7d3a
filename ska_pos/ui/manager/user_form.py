"""Adding or editing a user, changing a role, and resetting a PIN: manager dialogs that save through
`services.users` (which checks who may manage whom).

A new user and a reset PIN are given a first PIN here, typed twice; the user chooses their own at the next login.
The worker a user also is is chosen from the workers of the outlet picked in the same form (read again when the
outlet changes).

Signal (from ManagerDialog): `saved(UserRow)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from ska_pos.services import users
from ska_pos.services.actor import ROLES
from ska_pos.services.users import NewUser, UserRow, WorkerChoice
from ska_pos.services.workers import OutletChoice
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.session import look
from ska_pos.ui.session.roles import role_name
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import index_of_data, named

USER_CHANGES = frozenset({op_changes.USERS, op_changes.WORKERS})


def _line(object_name: str, accessible: str, value: str = "", *, secret: bool = False) -> QLineEdit:
    field = named(QLineEdit(value), object_name, accessible)
    field.setMinimumHeight(44)
    if secret:
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(8)
    return field


def role_box(object_name: str, accessible: str, roles: Sequence[str], current: str | None) -> QComboBox:
    box = named(QComboBox(), object_name, accessible)
    box.setMinimumHeight(44)
    for role in roles:
        box.addItem(role_name(role), role)
    if current is not None and current in roles:
        box.setCurrentIndex(list(roles).index(current))
    return box


def pin_problem(pin: str, again: str, tr: Callable[[str], str]) -> str | None:
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        return tr("A PIN is 4 to 8 digits")
    if pin != again:
        return tr("The two PINs are not the same")
    return None


class UserFormDialog(ManagerDialog):
    """A new user (user name, name, role, outlet, worker, first PIN), or a user's name, outlet and worker."""

    changes = USER_CHANGES

    def __init__(
        self, session: TillSession, outlets: list[OutletChoice], user: UserRow | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        title = (
            QCoreApplication.translate("UserFormDialog", "Edit {name}").format(name=user.full_name)
            if user
            else QCoreApplication.translate("UserFormDialog", "New user")
        )
        super().__init__("userForm", title, parent)
        self.session, self.user = session, user
        self.username = _line("userUsername", self.tr("User name"), user.username if user else "")
        self.username.setEnabled(user is None)
        self.full_name = _line("userFullName", self.tr("Full name"), user.full_name if user else "")
        roles = [role for role in ROLES if users.may_manage_role(session.actor, role)]
        self.role = role_box("userRole", self.tr("Role"), roles, user.role if user else "cashier")
        self.role.setEnabled(user is None)  # a role is changed on its own (Change role), audited as such
        self.outlet = named(QComboBox(), "userOutlet", self.tr("Outlet"))
        self.outlet.setMinimumHeight(44)
        self.outlet.addItem(self.tr("All outlets (sentra-wide)"), None)
        for choice in outlets:
            self.outlet.addItem(f"{choice.code}  {choice.name}", choice.id)
        if user is not None and user.outlet_id is not None:
            self.outlet.setCurrentIndex(max(index_of_data(self.outlet, user.outlet_id), 0))
        self.worker = named(QComboBox(), "userWorker", self.tr("The worker this user also is"))
        self.worker.setMinimumHeight(44)
        self.pin = _line("userPin", self.tr("First PIN"), secret=True)
        self.pin_again = _line("userPinAgain", self.tr("First PIN again"), secret=True)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&User name"), self.username),
            (self.tr("Full &name"), self.full_name),
            (self.tr("&Role"), self.role),
            (self.tr("&Outlet"), self.outlet),
            (self.tr("Also the &worker"), self.worker),
        ]
        if user is None:
            rows += [(self.tr("First &PIN"), self.pin), (self.tr("PIN &again"), self.pin_again)]
        for label, field in rows:
            self.add_row(label, field)
        if user is None:
            hint = self.tr("The user chooses their own PIN the first time they log in.")
            self.body.addWidget(look.text(hint, "userPinHint"))
        self.finish_layout()
        self.outlet.currentIndexChanged.connect(lambda _index: self.load_workers())
        self.load_workers()

    def chosen_outlet(self) -> uuid.UUID | None:
        data = self.outlet.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def load_workers(self) -> None:
        outlet_id = self.chosen_outlet()
        ReadOp(self, self.session.database, lambda s: users.worker_choices(s, outlet_id)).success(
            self._workers_loaded
        ).run_in_background()

    def _workers_loaded(self, choices: list[WorkerChoice]) -> None:
        keep = self.worker.currentData() if self.worker.count() else (self.user.worker_id if self.user else None)
        self.worker.clear()
        self.worker.addItem(self.tr("None"), None)
        for choice in choices:
            self.worker.addItem(f"{choice.code}  {choice.name}", choice.id)
        self.worker.setCurrentIndex(max(index_of_data(self.worker, keep), 0) if keep is not None else 0)

    def chosen_worker(self) -> uuid.UUID | None:
        data = self.worker.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def check(self) -> str | None:
        if not self.username.text().strip() or not self.full_name.text().strip():
            return self.tr("Fill in the user name and the full name")
        if self.user is None:
            return pin_problem(self.pin.text(), self.pin_again.text(), self.tr)
        return None

    def save_work(self) -> Callable[[Session], UserRow]:
        actor, outlet, worker = self.session.actor, self.chosen_outlet(), self.chosen_worker()
        if self.user is None:
            form = NewUser(self.username.text(), self.full_name.text(), str(self.role.currentData()), outlet,
                           self.pin.text(), worker)  # fmt: skip
            return lambda s: users.add_user(s, actor, form)
        user_id, name = self.user.id, self.full_name.text()
        return lambda s: users.edit_user(s, actor, user_id, name, outlet, worker)


class RoleDialog(ManagerDialog):
    changes = USER_CHANGES

    def __init__(self, session: TillSession, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(
            "roleDialog", QCoreApplication.translate("RoleDialog", "Role of {name}").format(name=user.full_name), parent
        )
        self.session, self.user = session, user
        roles = [role for role in ROLES if users.may_manage_role(session.actor, role)]
        self.role = role_box("roleChoice", self.tr("Role"), roles, user.role)
        self.add_row(self.tr("&Role"), self.role)
        self.finish_layout()

    def save_work(self) -> Callable[[Session], UserRow]:
        actor, user_id, role = self.session.actor, self.user.id, str(self.role.currentData())
        return lambda s: users.change_role(s, actor, user_id, role)


class ResetPinDialog(ManagerDialog):
    changes = USER_CHANGES

    def __init__(self, session: TillSession, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(
            "resetPinDialog",
            QCoreApplication.translate("ResetPinDialog", "New PIN for {name}").format(name=user.full_name),
            parent,
        )
        self.session, self.user = session, user
        self.pin = _line("resetPin", self.tr("New PIN"), secret=True)
        self.pin_again = _line("resetPinAgain", self.tr("New PIN again"), secret=True)
        self.add_row(self.tr("New &PIN"), self.pin)
        self.add_row(self.tr("PIN &again"), self.pin_again)
        hint = self.tr("Give this PIN to {name}: they choose their own at the next login. A lockout ends now.")
        self.body.addWidget(look.text(hint.format(name=user.full_name), "resetPinHint"))
        self.finish_layout()

    def check(self) -> str | None:
        return pin_problem(self.pin.text(), self.pin_again.text(), self.tr)

    def save_work(self) -> Callable[[Session], UserRow]:
        actor, user_id, pin = self.session.actor, self.user.id, self.pin.text()
        return lambda s: users.reset_pin(s, actor, user_id, pin)
