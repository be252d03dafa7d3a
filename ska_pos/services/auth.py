"""PINs (argon2 hashes), logging in with a lockout after repeated wrong PINs, and supervisor approvals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import LoginFailure, Sentra, User
from ska_pos.i18n import _
from ska_pos.services import audit, journal
from ska_pos.services.actor import _ISSUER_TOKEN, APPROVAL_ACTIONS, NO_PLACE, Actor, Approval, role_at_least
from ska_pos.services.approval_use import approval_spent, spend_on_commit
from ska_pos.services.errors import PermissionDenied, ValidationError

MAX_FAILED_PINS = 5
LOCKOUT_BASE = timedelta(seconds=30)
LOCKOUT_MAX = timedelta(minutes=15)
PIN_LENGTHS = range(4, 9)
# Long enough to finish the action the supervisor was called for, too short to keep for later.
APPROVAL_LIFETIME = timedelta(minutes=2)


@cache
def _hasher() -> PasswordHasher:
    # A till verifies a PIN at each login and approval: ~20 ms is enough work for a 4-8 digit secret that also
    # locks out after five tries.
    return PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


def check_pin_format(pin: str) -> None:
    if not pin.isdigit() or len(pin) not in PIN_LENGTHS:
        raise ValidationError(_("A PIN is 4 to 8 digits"))


def hash_pin(pin: str) -> str:
    check_pin_format(pin)
    return _hasher().hash(pin)


def pin_matches(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher().verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class LoginResult:
    user: User | None
    message: str
    locked_until: datetime | None = None
    # Issued when the login named its till: the proof every writing service asks for.
    actor: Actor | None = None
    approval: Approval | None = None
    # The PIN was right but a manager reset it: the user must choose their own (`change_pin_at_login`) first.
    must_change_pin: bool = False

    @property
    def ok(self) -> bool:
        return self.user is not None


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username.strip().lower()))


def login(
    session: Session, username: str, pin: str, *, now: datetime | None = None,
    outlet_id: uuid.UUID | None = None, till_id: uuid.UUID | None = None,
) -> LoginResult:  # fmt: skip
    """Checks a PIN and counts failures. Returns instead of raising so the caller commits the counter.

    Given the till (`outlet_id`, `till_id`), a good PIN goes in the till's journal and issues the `Actor` the
    services ask for."""
    now = now or clock.now()
    result = _check_pin(session, username, pin, now, till_id)
    if result.user is not None and result.user.must_change_pin:
        return LoginResult(None, _("Choose a new PIN of your own"), must_change_pin=True)
    if result.user is None or outlet_id is None or till_id is None:
        return result
    return _logged_in(session, result.user, now, outlet_id, till_id)


def _logged_in(session: Session, user: User, now: datetime, outlet_id: uuid.UUID, till_id: uuid.UUID) -> LoginResult:
    # imported here: the print plan brings the receipt printing, which the till's start (through auth) need not load
    from ska_pos.services.sale_print_plan import forget_sale_print_plan

    journal.append(session, till_id, "login", {"user_id": user.id, "at": now}, record_id=user.id)
    forget_sale_print_plan(till_id)  # what another computer changed (an outlet's profile) counts from here
    actor = Actor(user.id, user.role, outlet_id, till_id, _ISSUER_TOKEN)
    return LoginResult(user, "", actor=actor)


def change_pin_at_login(
    session: Session, username: str, pin: str, new_pin: str, *, outlet_id: uuid.UUID, till_id: uuid.UUID
) -> LoginResult:
    """A user whose PIN was reset logs in with it once more and sets their own; then they are logged in.

    The old (temporary) PIN is checked again, counted like any login, so this cannot be used to guess it. The new
    PIN follows the PIN rules and must differ from the temporary one, which the manager knows."""
    now = clock.now()
    result = _check_pin(session, username, pin, now, till_id)
    if result.user is None:
        return result
    user = result.user
    check_pin_format(new_pin)
    if new_pin == pin:
        raise ValidationError(_("The new PIN must differ from the one you were given"))
    user.pin_hash = hash_pin(new_pin)
    user.must_change_pin = False
    session.flush()
    audit.record(session, "user_pin_changed", user_id=user.id, entity="user", entity_id=user.id, till_id=till_id,
                 username=user.username)  # fmt: skip
    return _logged_in(session, user, now, outlet_id, till_id)


def login_for_command(session: Session, username: str, pin: str) -> LoginResult:
    """An administrator logs in for a command-line command; like `login`, wrong PINs count towards the lockout."""
    result = _check_pin(session, username, pin, clock.now())
    if result.user is None:
        return result
    if result.user.must_change_pin:
        return LoginResult(None, _("Choose a new PIN of your own at a till first"), must_change_pin=True)
    actor = Actor(result.user.id, result.user.role, NO_PLACE, NO_PLACE, _ISSUER_TOKEN)
    return LoginResult(result.user, "", actor=actor)


def _check_pin(
    session: Session, username: str, pin: str, now: datetime, till_id: uuid.UUID | None = None
) -> LoginResult:
    # The row stays locked until the counter is written: on PostgreSQL, wrong PINs tried at the same moment would
    # otherwise each read the same count and write it plus one, and only one of them would count.
    user = session.scalar(
        select(User)
        .where(User.username == username.strip().lower())
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if user is None or not user.active:
        return LoginResult(None, _("Unknown user or wrong PIN"))
    if user.locked_until is not None and user.locked_until > now:
        _note_failure(session, user, now, till_id, locked=True)
        return LoginResult(None, _("Too many wrong PINs. Try again later."), user.locked_until)
    if not pin_matches(user.pin_hash, pin):
        result = _record_failure(user, now)
        _note_failure(session, user, now, till_id, locked=result.locked_until is not None)
        return result
    user.failed_pin_count = 0
    user.locked_until = None
    return LoginResult(user, "")


def _note_failure(session: Session, user: User, now: datetime, till_id: uuid.UUID | None, *, locked: bool) -> None:
    """Kept for the users screen (`users.failed_logins`); the caller commits it with the counter."""
    place = till_id if till_id not in (None, NO_PLACE) else None
    session.add(LoginFailure(user_id=user.id, till_id=place, locked=locked, failed_at=now))


def _record_failure(user: User, now: datetime) -> LoginResult:
    user.failed_pin_count += 1
    if user.failed_pin_count < MAX_FAILED_PINS:
        left = MAX_FAILED_PINS - user.failed_pin_count
        return LoginResult(None, _("Wrong PIN. {left} tries left.", left=left))
    lockout = min(LOCKOUT_BASE * 2 ** (user.failed_pin_count - MAX_FAILED_PINS), LOCKOUT_MAX)
    user.locked_until = now + lockout
    return LoginResult(None, _("Too many wrong PINs. Try again later."), user.locked_until)


def approve(
    session: Session, username: str, pin: str, action: str, *, minimum_role: str = "supervisor",
    now: datetime | None = None,
) -> LoginResult:  # fmt: skip
    """A supervisor (or higher) confirms one action with their PIN; `result.approval` goes with that action.

    Wrong PINs count towards the same lockout as logging in, so approvals cannot be guessed; like `login` it
    returns instead of raising, so the caller commits the counter.
    """
    if action not in APPROVAL_ACTIONS:
        raise KeyError(action)
    now = now or clock.now()
    result = _check_pin(session, username, pin, now)
    if result.user is not None and result.user.must_change_pin:
        return LoginResult(None, _("Approval refused: {reason}", reason=_("Choose a new PIN of your own first")))
    if result.ok and result.user is not None and not role_at_least(result.user.role, minimum_role):
        return LoginResult(None, _("Approval needs a supervisor or a manager"))
    if not result.ok and result.locked_until is None:
        return LoginResult(None, _("Approval refused: {reason}", reason=result.message), None)
    if result.user is None:
        return result
    approval = Approval(result.user.id, action, now + APPROVAL_LIFETIME, _ISSUER_TOKEN)
    return LoginResult(result.user, "", approval=approval)


def require_approval(
    session: Session, approval: Approval | None, action: str, *, minimum_role: str = "supervisor"
) -> uuid.UUID:
    """The approver to record: an approval issued for this action, not expired, by someone who may still approve,
    and not spent: an approval is for one action, so once the transaction that used it commits, it is refused."""
    if not isinstance(approval, Approval) or approval.action != action or clock.now() > approval.expires_at:
        raise PermissionDenied(_("This needs a supervisor's approval"))
    if approval_spent(approval):
        raise PermissionDenied(_("That approval was used already: a supervisor approves each action anew"))
    approver = require_approver(session, approval.approver_id, minimum_role=minimum_role)
    spend_on_commit(session, approval)
    return approver.id


def require_approver(session: Session, approver_id: uuid.UUID | None, *, minimum_role: str = "supervisor") -> User:
    """The recorded approver of an action exists and may approve it."""
    approver = session.get(User, approver_id) if approver_id is not None else None
    if approver is None or not approver.active or not role_at_least(approver.role, minimum_role):
        raise PermissionDenied(_("This needs a supervisor's approval"))
    return approver


SYSTEM_USER_ID = uuid.UUID(int=0)


def system_actor(
    session: Session, *, outlet_id: uuid.UUID = SYSTEM_USER_ID, till_id: uuid.UUID = SYSTEM_USER_ID
) -> Actor:
    """The actor that seeds an empty database (first start, the demo, a fresh test shop): there is no one to log
    in yet. Refused once the database has a sentra, so it can never act on a shop that is in use."""
    if session.scalar(select(Sentra.id).limit(1)) is not None:
        raise PermissionDenied(_("Only a logged-in user can change a database that is already set up"))
    return Actor(SYSTEM_USER_ID, "admin", outlet_id, till_id, _ISSUER_TOKEN, system=True)
