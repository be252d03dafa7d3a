"""Which computer is which till: an administrator enrols a computer, and the database keeps who did it and when.

A computer with no till enrolled shows the enrolment page instead of the login (`ui/session/enrol_page.py`); it
never quietly becomes some till. The choice lives twice: in the computer's own settings file (`till.json`, which
till it is) and in the database (`till_enrolment`, append-only: the newest row of a till names the computer that
holds it). A till enrolled on another computer is refused unless the administrator takes it over with a reason
(the old computer then asks for an enrolment again); a till open right now on another computer (its claim,
`services/till_claims.py`, is fresh) cannot be taken over at all until it closes or stops answering.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet, Till, TillClaim, TillEnrolment
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ServiceError, ValidationError
from ska_pos.services.permissions import requires
from ska_pos.services.this_till import TillPlace, check_till_change, till_places
from ska_pos.services.till_claims import Machine, TillInUse, is_stale

MIN_REASON_CHARACTERS = 5


class TillEnrolledElsewhere(ServiceError):
    """The till belongs to another computer; taking it over needs a reason. Nothing was written."""

    def __init__(self, message: str, hostname: str) -> None:
        super().__init__(message)
        self.hostname = hostname


@dataclass(frozen=True)
class Enrolment:
    till_id: uuid.UUID
    machine_id: uuid.UUID
    hostname: str
    took_over_from: str | None = None


def latest_enrolment(session: Session, till_id: uuid.UUID) -> TillEnrolment | None:
    query = (
        select(TillEnrolment)
        .where(TillEnrolment.till_id == till_id)
        .order_by(TillEnrolment.enrolled_at.desc(), TillEnrolment.id.desc())
        .limit(1)
    )
    return session.scalar(query)


def enrolled_place(session: Session, till_id: uuid.UUID | None, machine_id: uuid.UUID) -> TillPlace | None:
    """The till this computer's settings name, while it is active and still this computer's; else None (the
    enrolment page). A till no computer was ever enrolled to keeps the computer that chose it before enrolment
    existed (a till in use on the day of the upgrade goes on selling)."""
    if till_id is None:
        return None
    place = next((place for place in till_places(session) if place.till_id == till_id), None)
    if place is None:
        return None
    latest = latest_enrolment(session, till_id)
    return place if latest is None or latest.machine_id == machine_id else None


@requires("till.enrol")
def enrol_till(
    session: Session, actor: Actor, till_id: uuid.UUID, machine: Machine, *, current_till: uuid.UUID | None = None,
    take_over_reason: str = "",
) -> Enrolment:  # fmt: skip
    """Makes `machine` the till. `current_till` is the till the computer was before (its open shift must be closed
    first); a till of another computer needs `take_over_reason`."""
    till = session.get(Till, till_id, with_for_update=True)
    if till is None:
        raise NotFound(_("No such till"))
    outlet = session.get(Outlet, till.outlet_id)
    if not till.active or outlet is None or not outlet.active:
        raise ValidationError(_("Till {till} is not active", till=till.code))
    check_till_change(session, current_till, till_id)
    latest = latest_enrolment(session, till_id)
    replaced: TillEnrolment | None = None
    if latest is not None and latest.machine_id != machine.machine_id:
        _check_not_open_elsewhere(session, till, machine)
        if len(take_over_reason.strip()) < MIN_REASON_CHARACTERS:
            raise TillEnrolledElsewhere(
                _("Till {till} is enrolled on another computer ({host}). To move it to this computer, take it "
                  "over and give the reason.", till=till.code, host=latest.hostname or "?"),
                latest.hostname,
            )  # fmt: skip
        replaced = latest
    elif latest is not None:
        return Enrolment(till.id, machine.machine_id, machine.hostname)  # already this computer's: nothing to add
    session.add(TillEnrolment(till_id=till.id, machine_id=machine.machine_id, hostname=machine.hostname,
                              enrolled_by_id=None if actor.system else actor.user_id,
                              replaced_machine_id=replaced.machine_id if replaced else None,
                              reason=take_over_reason.strip()))  # fmt: skip
    audit.record(session, "till_enrol", user_id=None if actor.system else actor.user_id, entity="till",
                 entity_id=till.id, till_id=till.id, outlet=outlet.code, till=till.code, host=machine.hostname,
                 machine=machine.machine_id, took_over_from=replaced.hostname if replaced else None,
                 reason=take_over_reason.strip())  # fmt: skip
    session.flush()
    return Enrolment(till.id, machine.machine_id, machine.hostname, replaced.hostname if replaced else None)


def _check_not_open_elsewhere(session: Session, till: Till, machine: Machine) -> None:
    claim = session.get(TillClaim, till.id)
    if claim is not None and claim.machine_id != machine.machine_id and not is_stale(session, till.id):
        raise TillInUse(_("Till {till} is open on another computer ({host}). Close it there first, or choose "
                          "another till in Settings.", till=till.code, host=claim.hostname or "?"))  # fmt: skip
