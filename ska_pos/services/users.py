"""The users who log in (cashier, supervisor, manager, admin): a paged list, adding one, changing a role,
deactivating, resetting a PIN, unlocking after wrong PINs, and linking a user to the worker they also are.

Who may manage whom, beyond the permission table: an administrator manages everyone; a manager manages cashiers
and supervisors of their own outlet (all outlets' when the manager is sentra-wide); a supervisor may only unlock
cashiers of their outlet. No one changes their own role or deactivates themselves, and the last active
administrator can be neither demoted nor deactivated: someone must always be able to manage the sentra.
Every change is in the audit log with who made it. PINs are hashed by `services.auth` (argon2), never kept.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import LoginFailure, Outlet, Till, User, Worker, worker_outlet
from ska_pos.i18n import _
from ska_pos.services import audit, like
from ska_pos.services.actor import ROLES, Actor
from ska_pos.services.auth import hash_pin
from ska_pos.services.errors import NotFound, PermissionDenied, ValidationError
from ska_pos.services.permissions import requires, role_label
from ska_pos.services.text_lengths import check_length

PAGE_SIZE = 50
RECENT_FAILURES = 20
# Whom each role may manage (the permission table decides whether they may manage anyone at all).
MANAGES: dict[str, tuple[str, ...]] = {"admin": ROLES, "manager": ("cashier", "supervisor"), "supervisor": ("cashier",)}


@dataclass(frozen=True)
class UserRow:
    id: uuid.UUID
    username: str
    full_name: str
    role: str
    outlet_id: uuid.UUID | None
    outlet_code: str  # "" when sentra-wide
    active: bool
    must_change_pin: bool
    failed_pin_count: int
    locked_until: datetime | None
    worker_id: uuid.UUID | None
    worker_name: str

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True)
class UserPage:
    rows: list[UserRow]
    total: int
    offset: int


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    role: str
    outlet_id: uuid.UUID | None  # None: sentra-wide
    pin: str
    worker_id: uuid.UUID | None = None


@dataclass(frozen=True)
class FailedLogin:
    at: datetime
    till_code: str  # "" for a command at no till
    locked: bool


@dataclass(frozen=True)
class WorkerChoice:
    id: uuid.UUID
    code: str
    name: str


def list_users(
    session: Session, text: str = "", *, offset: int = 0, limit: int = PAGE_SIZE, failing: bool = False
) -> UserPage:
    """One page of users whose user name or full name holds `text`, by full name; read in the database.

    `failing`: only those with wrong PINs since their last good one (the locked out among them), for the supervisor
    who unlocks them."""
    wanted = text.strip().lower()
    where = [User.failed_pin_count > 0] if failing else []
    if wanted:
        pattern = like.contains(wanted)
        where.append(or_(func.lower(User.username).like(pattern, escape=like.ESCAPE),
                         func.lower(User.full_name).like(pattern, escape=like.ESCAPE)))  # fmt: skip
    total = session.scalar(select(func.count()).select_from(User).where(*where)) or 0
    query = (
        select(User, Outlet.code, Worker.name)
        .outerjoin(Outlet, Outlet.id == User.outlet_id)
        .outerjoin(Worker, Worker.id == User.worker_id)
        .where(*where)
        .order_by(func.lower(User.full_name), User.id)
        .offset(max(offset, 0))
        .limit(limit)
    )
    rows = [
        _row(user, outlet_code or "", worker_name or "") for user, outlet_code, worker_name in session.execute(query)
    ]
    return UserPage(rows, int(total), max(offset, 0))


def get_user(session: Session, user_id: uuid.UUID) -> UserRow:
    user = _user(session, user_id)
    outlet = session.get(Outlet, user.outlet_id) if user.outlet_id else None
    worker = session.get(Worker, user.worker_id) if user.worker_id else None
    return _row(user, outlet.code if outlet else "", worker.name if worker else "")


def user_of_worker(session: Session, worker_id: uuid.UUID) -> UserRow | None:
    """The user a worker also is, for the workers' screen."""
    user_id = session.scalar(select(User.id).where(User.worker_id == worker_id).limit(1))
    return get_user(session, user_id) if user_id else None


def worker_choices(session: Session, outlet_id: uuid.UUID | None) -> list[WorkerChoice]:
    """The active workers a user at `outlet_id` can be linked to (every active worker for a sentra-wide user)."""
    query = select(Worker.id, Worker.code, Worker.name).where(Worker.active).order_by(Worker.code)
    if outlet_id is not None:
        query = query.join(worker_outlet, worker_outlet.c.worker_id == Worker.id).where(
            worker_outlet.c.outlet_id == outlet_id
        )
    return [WorkerChoice(*row) for row in session.execute(query)]


@requires("user.add")
def add_user(session: Session, actor: Actor, form: NewUser) -> UserRow:
    _check_role(form.role)
    outlet = _outlet(session, form.outlet_id)
    _may_manage(session, actor, form.role, form.outlet_id)
    username = form.username.strip().lower()
    if not username or not username.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise ValidationError(_("A user name is letters and digits (and . _ -), without spaces"))
    check_length(username, User.username, _("user name"))
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ValidationError(_("The user name {name} is taken or empty", name=username))
    full_name = " ".join(form.full_name.split())
    if not full_name:
        raise ValidationError(_("The user's full name is required"))
    check_length(full_name, User.full_name, _("name"))
    worker_id = _checked_worker(session, form.worker_id, form.outlet_id, None)
    sentra_id = outlet.sentra_id if outlet else _actor_sentra(session, actor)
    user = User(sentra_id=sentra_id, outlet_id=form.outlet_id, username=username, full_name=full_name,
                role=form.role, pin_hash=hash_pin(form.pin), worker_id=worker_id,
                must_change_pin=True)  # fmt: skip
    session.add(user)
    session.flush()
    audit.record(session, "user_added", user_id=actor.user_id, entity="user", entity_id=user.id,
                 till_id=actor.till_id, username=username, role=form.role,
                 outlet=outlet.code if outlet else "", worker_id=worker_id)  # fmt: skip
    return get_user(session, user.id)


@requires("user.edit")
def edit_user(
    session: Session, actor: Actor, user_id: uuid.UUID, full_name: str, outlet_id: uuid.UUID | None,
    worker_id: uuid.UUID | None,
) -> UserRow:  # fmt: skip
    """The user's name, outlet (or sentra-wide) and the worker they also are (None: none)."""
    user = _user(session, user_id)
    _may_manage(session, actor, user.role, user.outlet_id)
    _outlet(session, outlet_id)
    _may_manage(session, actor, user.role, outlet_id)
    name = " ".join(full_name.split())
    if not name:
        raise ValidationError(_("The user's full name is required"))
    check_length(name, User.full_name, _("name"))
    user.full_name = name
    user.outlet_id = outlet_id
    user.worker_id = _checked_worker(session, worker_id, outlet_id, user.id)
    session.flush()
    audit.record(session, "user_edited", user_id=actor.user_id, entity="user", entity_id=user.id,
                 till_id=actor.till_id, username=user.username, worker_id=user.worker_id)  # fmt: skip
    return get_user(session, user.id)


@requires("user.role")
def change_role(session: Session, actor: Actor, user_id: uuid.UUID, role: str) -> UserRow:
    _check_role(role)
    user = _user(session, user_id)
    _may_manage(session, actor, user.role, user.outlet_id)
    _may_manage(session, actor, role, user.outlet_id)
    if user.role == role:
        return get_user(session, user.id)
    if user.role == "admin":
        _not_the_last_admin(session, user, _("The last active administrator cannot be given another role"))
    if user.id == actor.user_id:
        raise PermissionDenied(_("You cannot change your own role"))
    before, user.role = user.role, role
    session.flush()
    audit.record(session, "user_role_changed", user_id=actor.user_id, entity="user", entity_id=user.id,
                 till_id=actor.till_id, username=user.username, before=before, after=role)  # fmt: skip
    return get_user(session, user.id)


@requires("user.set_active")
def set_active(session: Session, actor: Actor, user_id: uuid.UUID, active: bool) -> UserRow:
    """A deactivated user can no longer log in; their sales, shifts and audit entries stay theirs."""
    user = _user(session, user_id)
    _may_manage(session, actor, user.role, user.outlet_id)
    if not active and user.active:
        if user.role == "admin":
            _not_the_last_admin(session, user, _("The last active administrator cannot be deactivated"))
        if user.id == actor.user_id:
            raise PermissionDenied(_("You cannot deactivate yourself"))
    if user.active == active:
        return get_user(session, user.id)
    user.active = active
    session.flush()
    audit.record(session, "user_activated" if active else "user_deactivated", user_id=actor.user_id,
                 entity="user", entity_id=user.id, till_id=actor.till_id, username=user.username)  # fmt: skip
    return get_user(session, user.id)


@requires("user.reset_pin")
def reset_pin(session: Session, actor: Actor, user_id: uuid.UUID, temporary_pin: str) -> UserRow:
    """A new PIN to hand to the user, who must replace it with their own at the next login; it lifts a lockout."""
    user = _user(session, user_id)
    _may_manage(session, actor, user.role, user.outlet_id)
    if user.id == actor.user_id:
        raise PermissionDenied(_("You cannot reset your own PIN here"))
    user.pin_hash = hash_pin(temporary_pin)
    user.must_change_pin = True
    user.failed_pin_count = 0
    user.locked_until = None
    session.flush()
    audit.record(session, "user_pin_reset", user_id=actor.user_id, entity="user", entity_id=user.id,
                 till_id=actor.till_id, username=user.username)  # fmt: skip
    return get_user(session, user.id)


@requires("user.unlock")
def unlock(session: Session, actor: Actor, user_id: uuid.UUID) -> UserRow:
    """Lifts a lockout after wrong PINs, when the person is known to be who they say (the PIN stays theirs)."""
    user = _user(session, user_id)
    _may_manage(session, actor, user.role, user.outlet_id)
    was = user.failed_pin_count, user.locked_until
    user.failed_pin_count = 0
    user.locked_until = None
    session.flush()
    audit.record(session, "user_unlocked", user_id=actor.user_id, entity="user", entity_id=user.id,
                 till_id=actor.till_id, username=user.username, failed_pins=was[0],
                 was_locked=was[1] is not None and was[1] > clock.now())  # fmt: skip
    return get_user(session, user.id)


def failed_logins(session: Session, user_id: uuid.UUID, *, limit: int = RECENT_FAILURES) -> list[FailedLogin]:
    """The user's most recent wrong PINs (and tries while locked out), newest first."""
    query = (
        select(LoginFailure.failed_at, Till.code, LoginFailure.locked)
        .outerjoin(Till, Till.id == LoginFailure.till_id)
        .where(LoginFailure.user_id == user_id)
        .order_by(LoginFailure.failed_at.desc(), LoginFailure.id.desc())
        .limit(limit)
    )
    return [FailedLogin(at, till or "", locked) for at, till, locked in session.execute(query)]


def may_manage_role(actor: Actor, role: str) -> bool:
    """Whether the screen should offer `role` to this actor (the services check again, with the outlet)."""
    return role in MANAGES.get(actor.role, ())


def _may_manage(session: Session, actor: Actor, role: str, outlet_id: uuid.UUID | None) -> None:
    if role not in MANAGES.get(actor.role, ()):
        raise PermissionDenied(_("As {actor} you cannot manage users whose role is {role}",
                                 actor=role_label(actor.role), role=role_label(role)))  # fmt: skip
    if actor.role == "admin" or actor.system:
        return
    me = session.get(User, actor.user_id)
    home = me.outlet_id if me is not None else None
    if home is not None and outlet_id != home:
        raise PermissionDenied(_("You can manage only the users of your own outlet"))


def _not_the_last_admin(session: Session, user: User, message: str) -> None:
    if not user.active:
        return
    # Locked (PostgreSQL) so two administrators cannot each remove the other at the same moment.
    admins = session.scalars(select(User.id).where(User.role == "admin", User.active).with_for_update()).all()
    if list(admins) == [user.id]:
        raise PermissionDenied(message)


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(_("Unknown role {role}", role=role))


def _user(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(_("No such user"))
    return user


def _outlet(session: Session, outlet_id: uuid.UUID | None) -> Outlet | None:
    if outlet_id is None:
        return None
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    return outlet


def _actor_sentra(session: Session, actor: Actor) -> uuid.UUID:
    me = session.get(User, actor.user_id)
    if me is not None:
        return me.sentra_id
    outlet = session.get(Outlet, actor.outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    return outlet.sentra_id


def _checked_worker(
    session: Session, worker_id: uuid.UUID | None, outlet_id: uuid.UUID | None, user_id: uuid.UUID | None
) -> uuid.UUID | None:
    if worker_id is None:
        return None
    if worker_id not in {choice.id for choice in worker_choices(session, outlet_id)}:
        raise ValidationError(_("Choose an active worker of the user's outlet"))
    other = session.scalar(select(User.username).where(User.worker_id == worker_id, User.id != user_id).limit(1))
    if other is not None:
        raise ValidationError(_("That worker is already linked to the user {name}", name=other))
    return worker_id


def _row(user: User, outlet_code: str, worker_name: str) -> UserRow:
    return UserRow(user.id, user.username, user.full_name, user.role, user.outlet_id, outlet_code, user.active,
                   user.must_change_pin, user.failed_pin_count, user.locked_until, user.worker_id,
                   worker_name)  # fmt: skip
