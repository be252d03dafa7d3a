"""The first start of an empty database: the sentra, its first outlet and till, the first admin and a share rule.

Everything is written in the caller's one transaction, so a setup that fails half way leaves the database empty
and the setup page can simply be filled in again.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Sentra
from ska_pos.domain.outlet_profile import is_outlet_kind
from ska_pos.i18n import _
from ska_pos.services import setup, till_enrolment
from ska_pos.services.auth import check_pin_format, system_actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.sale_context import business_date
from ska_pos.services.till_claims import Machine

ADMIN_USERNAME = "admin"
OUTLET_CODES = {"kafe": "KFE", "salon": "SLN", "laundry": "LDR", "jahit": "JHT", "toko": "TKO"}
# Until a manager sets real rules, half of a line's net revenue is the worker's.
DEFAULT_WORKER_SHARE_BP = 5000
_SKIPPED_WORDS = {"sentra", "balai", "loka", "dan", "the", "of"}


@dataclass(frozen=True)
class FirstStart:
    sentra_name: str
    outlet_name: str
    outlet_kind: str
    till_code: str
    admin_name: str
    pin: str
    pin_again: str


@dataclass(frozen=True)
class FirstStartResult:
    sentra_id: uuid.UUID
    outlet_id: uuid.UUID
    till_id: uuid.UUID
    admin_id: uuid.UUID
    admin_username: str


def database_is_empty(session: Session) -> bool:
    return not session.scalar(select(func.count()).select_from(Sentra))


def sentra_code(name: str) -> str:
    """Initials of the sentra's name (`Sentra Budi Luhur` -> `BL`), or `SKA` when nothing usable is left."""
    words = [word for word in re.findall(r"[A-Za-z0-9]+", name) if word.lower() not in _SKIPPED_WORDS]
    initials = "".join(word[0] for word in words).upper()[:8]
    return initials if len(initials) >= 2 else "SKA"


def check_first_start(request: FirstStart) -> None:
    if not is_outlet_kind(request.outlet_kind):
        raise ValidationError(_("Unknown outlet kind {kind}", kind=request.outlet_kind))
    for value, what in (
        (request.sentra_name, _("sentra name")),
        (request.outlet_name, _("outlet name")),
        (request.till_code, _("till code")),
        (request.admin_name, _("administrator's name")),
    ):
        if not value.strip():
            raise ValidationError(_("The {what} is required", what=what))
    check_pin_format(request.pin)
    if request.pin != request.pin_again:
        raise ValidationError(_("The two PINs are not the same"))


def create_first_start(
    session: Session, request: FirstStart, *, today: date | None = None, machine: Machine | None = None
) -> FirstStartResult:
    """Create the sentra, outlet, till, admin and default share rule; refuses a database that has a sentra. The
    computer it is made on (`machine`) is enrolled as the new till: the administrator is the one setting it up."""
    check_first_start(request)
    if not database_is_empty(session):
        raise ValidationError(_("This database is already set up"))
    # No one can log in to an empty database: the seeding actor creates the first administrator.
    actor = system_actor(session)
    sentra = setup.create_sentra(session, actor, sentra_code(request.sentra_name), request.sentra_name)
    outlet_code = OUTLET_CODES[request.outlet_kind]
    outlet = setup.create_outlet(session, actor, sentra, outlet_code, request.outlet_name, request.outlet_kind)
    till = setup.create_till(session, actor, outlet, request.till_code)
    admin = setup.create_user(session, actor, sentra, ADMIN_USERNAME, request.admin_name, "admin", request.pin)
    setup.add_share_rule(
        session,
        actor,
        outlet,
        valid_from=today or business_date(outlet, clock.now()),
        percent_bp=DEFAULT_WORKER_SHARE_BP,
        created_by=admin.id,
        note=_("Default rule made at first start"),
    )
    if machine is not None:
        till_enrolment.enrol_till(session, actor, till.id, machine)
    return FirstStartResult(sentra.id, outlet.id, till.id, admin.id, admin.username)
