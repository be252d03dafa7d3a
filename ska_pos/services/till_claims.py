"""Which computer has a till open: claimed at login, renewed while the till runs, released at log-out.

Two computers configured as the same till would share its shift, its cash count and its receipt numbers. The
second one is told plainly, before its cashier starts, that the till is open elsewhere. A claim that has not been
renewed for `STALE_AFTER` belongs to a computer that stopped (a crash, a power cut); another computer may then
take the till over, and says so.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Till, TillClaim
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.errors import NotFound, ServiceError

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


def claim_till(session: Session, till_id: uuid.UUID, machine: Machine, *, now: datetime | None = None) -> Claim:
    """This computer takes the till, unless another one has it open (TillInUse)."""
    moment = now or clock.now()
    till = session.get(Till, till_id, with_for_update=True)  # PostgreSQL: one claim at a time per till
    if till is None:
        raise NotFound(_("No such till"))
    claim = session.get(TillClaim, till_id)
    if claim is None:
        session.add(TillClaim(till_id=till_id, machine_id=machine.machine_id, hostname=machine.hostname,
                              claimed_at=moment, renewed_at=moment))  # fmt: skip
        session.flush()
        return Claim(till.code)
    if claim.machine_id == machine.machine_id:
        claim.hostname, claim.renewed_at = machine.hostname, moment
        session.flush()
        return Claim(till.code)
    if moment - claim.renewed_at < STALE_AFTER:
        raise TillInUse(_("Till {till} is open on another computer ({host}). Close it there first, or choose "
                          "another till in Settings.", till=till.code, host=claim.hostname or "?"))  # fmt: skip
    previous, last_seen = claim.hostname, claim.renewed_at
    claim.machine_id, claim.hostname = machine.machine_id, machine.hostname
    claim.claimed_at = claim.renewed_at = moment
    audit.record(session, "till_takeover", user_id=None, entity="till", entity_id=till_id, till_id=till_id,
                 previous_host=previous, host=machine.hostname, last_seen=last_seen.isoformat())  # fmt: skip
    session.flush()
    return Claim(till.code, previous, last_seen)


def renew_claim(session: Session, till_id: uuid.UUID, machine: Machine, *, now: datetime | None = None) -> None:
    """Keeps this computer's claim fresh; TillTakenOver when another computer has taken the till meanwhile."""
    claim = session.get(TillClaim, till_id, with_for_update=True)
    if claim is not None and claim.machine_id != machine.machine_id:
        code = session.scalar(select(Till.code).where(Till.id == till_id)) or "?"
        raise TillTakenOver(_("Till {till} was taken over by another computer ({host}). Log in again, or choose "
                              "another till in Settings.", till=code, host=claim.hostname or "?"))  # fmt: skip
    if claim is None:
        claim_till(session, till_id, machine, now=now)
        return
    claim.renewed_at = now or clock.now()
    session.flush()


def release_till(session: Session, till_id: uuid.UUID, machine: Machine) -> None:
    """At log-out or when the program closes: another computer may open the till at once."""
    session.execute(delete(TillClaim).where(TillClaim.till_id == till_id, TillClaim.machine_id == machine.machine_id))
