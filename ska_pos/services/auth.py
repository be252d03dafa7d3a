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
from ska_pos.db.models import User
from ska_pos.i18n import _
from ska_pos.services import journal
from ska_pos.services.actor import role_at_least
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.sale_print_plan import forget_sale_print_plan

MAX_FAILED_PINS = 5
LOCKOUT_BASE = timedelta(seconds=30)
LOCKOUT_MAX = timedelta(minutes=15)
PIN_LENGTHS = range(4, 9)


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

    @property
    def ok(self) -> bool:
        return self.user is not None


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username.strip().lower()))


def login(
    session: Session, username: str, pin: str, *, now: datetime | None = None, till_id: uuid.UUID | None = None
) -> LoginResult:
    """Checks a PIN and counts failures. Returns instead of raising so the caller commits the counter."""
    now = now or clock.now()
    user = find_user(session, username)
    if user is None or not user.active:
        return LoginResult(None, _("Unknown user or wrong PIN"))
    if user.locked_until is not None and user.locked_until > now:
        return LoginResult(None, _("Too many wrong PINs. Try again later."), user.locked_until)
    if not pin_matches(user.pin_hash, pin):
        return _record_failure(user, now)
    user.failed_pin_count = 0
    user.locked_until = None
    if till_id is not None:  # a login at a till goes in its journal; an approval (no till named) does not
        journal.append(session, till_id, "login", {"user_id": user.id, "at": now}, record_id=user.id)
        forget_sale_print_plan(till_id)  # what another computer changed (an outlet's profile) counts from here
    return LoginResult(user, "")


def _record_failure(user: User, now: datetime) -> LoginResult:
    user.failed_pin_count += 1
    if user.failed_pin_count < MAX_FAILED_PINS:
        left = MAX_FAILED_PINS - user.failed_pin_count
        return LoginResult(None, _("Wrong PIN. {left} tries left.", left=left))
    lockout = min(LOCKOUT_BASE * 2 ** (user.failed_pin_count - MAX_FAILED_PINS), LOCKOUT_MAX)
    user.locked_until = now + lockout
    return LoginResult(None, _("Too many wrong PINs. Try again later."), user.locked_until)


def approve(session: Session, username: str, pin: str, *, minimum_role: str = "supervisor") -> LoginResult:
    """A supervisor (or higher) confirms an action with their PIN.

    Wrong PINs count towards the same lockout as logging in, so approvals cannot be guessed; like `login` it
    returns instead of raising, so the caller commits the counter. `result.user.id` goes with the action.
    """
    result = login(session, username, pin)
    if result.ok and result.user is not None and not role_at_least(result.user.role, minimum_role):
        return LoginResult(None, _("Approval needs a supervisor or a manager"))
    if not result.ok and result.locked_until is None:
        return LoginResult(None, _("Approval refused: {reason}", reason=result.message), None)
    return result


def require_approver(session: Session, approver_id: uuid.UUID | None, *, minimum_role: str = "supervisor") -> User:
    """The recorded approver of an action exists and may approve it."""
    approver = session.get(User, approver_id) if approver_id is not None else None
    if approver is None or not approver.active or not role_at_least(approver.role, minimum_role):
        raise PermissionDenied(_("This needs a supervisor's approval"))
    return approver
