"""Which computer has a till open: claimed at login, renewed while the till runs, released at log-out.

Two computers configured as the same till would share its shift, its cash count and its receipt numbers. The
second one is told plainly, before its cashier starts, that the till is open elsewhere. A claim that has not been
renewed for `STALE_AFTER` belongs to a computer that stopped (a crash, a power cut); another computer may then
take the till over, and says so.

Time for claims is the database's, not the computers': they write `claimed_at`/`renewed_at` with the database's
clock and judge staleness against it, in SQL. Tills in an outlet often run without NTP; judged on its own clock, a
computer minutes ahead would take a till in use, and one behind could never take a dead one.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, DateTime, String, delete, func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Till, TillClaim
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.errors import NotFound, ServiceError

_log = logging.getLogger(__name__)

RENEW_EVERY = timedelta(seconds=30)
STALE_AFTER = timedelta(minutes=2)


@dataclass(frozen=True)
class Machine:
    """This computer: an id kept in its own settings file (names can repeat), and its name for people."""

    machine_id: uuid.UUID
    hostname: str


class TillInUse(ServiceError):
    """Another computer has this till open right now; nothing was changed."""


class TillTakenOver(ServiceError):
    """While this computer had the till, another one took it over (it thought this one had stopped)."""


@dataclass(frozen=True)
class Claim:
    till_code: str
    took_over_from: str | None = None  # the computer whose stale claim was taken over
    last_seen: datetime | None = None

    def takeover_notice(self) -> str | None:
        if self.took_over_from is None:
            return None
        return _("Till {till} was last open on another computer ({host}), which stopped answering; this computer "
                 "takes it over.", till=self.till_code, host=self.took_over_from)  # fmt: skip


def database_now(session: Session, *, minus: timedelta = timedelta(0)) -> ColumnElement[datetime]:
    """The database's clock (less `minus`) as naive UTC, in the form UtcDateTime stores on this database.

    SQLite: every computer opens the one file on the same machine, so its clock is one clock for all; the text has
    the six fraction digits SQLAlchemy writes, so that values compare as text. PostgreSQL: the server's clock."""
    if session.get_bind().dialect.name == "sqlite":
        millis = func.strftime("%Y-%m-%d %H:%M:%f", "now", f"-{minus.total_seconds():.3f} seconds", type_=String)
        return millis.concat("000")  # type: ignore[return-value]  # compared and stored as text, like the column
    return func.timezone("utc", func.now(), type_=DateTime) - minus


def claim_till(session: Session, till_id: uuid.UUID, machine: Machine) -> Claim:
    """This computer takes the till, unless another one has it open (TillInUse)."""
    till = session.get(Till, till_id, with_for_update=True)  # PostgreSQL: one claim at a time per till
    if till is None:
        raise NotFound(_("No such till"))
    claim = session.get(TillClaim, till_id)
    if claim is None:
        session.add(TillClaim(till_id=till_id, machine_id=machine.machine_id, hostname=machine.hostname,
                              claimed_at=database_now(session), renewed_at=database_now(session)))  # fmt: skip
        session.flush()
        return Claim(till.code)
    if claim.machine_id == machine.machine_id:
        claim.hostname, claim.renewed_at = machine.hostname, database_now(session)
        session.flush()
        return Claim(till.code)
    if not is_stale(session, till_id):
        raise TillInUse(_("Till {till} is open on another computer ({host}). Close it there first, or choose "
                          "another till in Settings.", till=till.code, host=claim.hostname or "?"))  # fmt: skip
    previous, last_seen = claim.hostname, claim.renewed_at
    claim.machine_id, claim.hostname = machine.machine_id, machine.hostname
    claim.claimed_at = claim.renewed_at = database_now(session)
    audit.record(session, "till_takeover", user_id=None, entity="till", entity_id=till_id, till_id=till_id,
                 previous_host=previous, host=machine.hostname, last_seen=last_seen.isoformat())  # fmt: skip
    session.flush()
    return Claim(till.code, previous, last_seen)


def is_stale(session: Session, till_id: uuid.UUID) -> bool:
    """Not renewed for STALE_AFTER by the database's clock (the row was read and locked by the caller)."""
    renewed_long_ago = TillClaim.renewed_at < database_now(session, minus=STALE_AFTER)
    return bool(session.scalar(select(renewed_long_ago).where(TillClaim.till_id == till_id)))


def renew_claim(session: Session, till_id: uuid.UUID, machine: Machine) -> str | None:
    """Keeps this computer's claim fresh; TillTakenOver when another computer has taken the till meanwhile.

    When the claim is gone (another computer took the till over and let it go again), this computer claims it anew
    and returns a notice for the cashier: the till's shift and sales may have moved on in between."""
    claim = session.get(TillClaim, till_id, with_for_update=True)
    if claim is not None and claim.machine_id != machine.machine_id:
        code = session.scalar(select(Till.code).where(Till.id == till_id)) or "?"
        raise TillTakenOver(_("Till {till} was taken over by another computer ({host}). Log in again, or choose "
                              "another till in Settings.", till=code, host=claim.hostname or "?"))  # fmt: skip
    if claim is None:
        claimed = claim_till(session, till_id, machine)
        _log.warning("the claim of till %s by %s was gone; claimed again", claimed.till_code, machine.hostname)
        return _("This computer's hold on till {till} was let go meanwhile, perhaps by another computer that took "
                 "it over; this computer holds it again. Check the open shift and the held sales.",
                 till=claimed.till_code)  # fmt: skip
    claim.renewed_at = database_now(session)
    session.flush()
    return None


def release_till(session: Session, till_id: uuid.UUID, machine: Machine) -> None:
    """At log-out or when the program closes: another computer may open the till at once."""
    session.execute(delete(TillClaim).where(TillClaim.till_id == till_id, TillClaim.machine_id == machine.machine_id))
