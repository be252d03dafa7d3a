"""An outlet's package plans, kept in the settings store in the outlet's scope (one JSON list): what the till
offers to sell, e.g. "Creambath 5x": 5 sessions of the creambath service, valid 90 days, Rp200.000. A package sold
keeps a copy of its plan, so changing a plan never changes packages already sold."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Item, Outlet
from ska_pos.domain.limits import MAX_UNIT_PRICE
from ska_pos.domain.packages import MAX_DAYS, MAX_SESSIONS
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.settings import scope_of, store_value, stored_value

PLANS_KEY = "package_plans"


@dataclass(frozen=True)
class PackagePlan:
    code: str
    name: str
    item_id: uuid.UUID  # the service each session is
    sessions: int
    days: int  # valid this many days from the day of sale (that day counted)
    price: int


def package_plans(session: Session, outlet_id: uuid.UUID) -> list[PackagePlan]:
    stored = stored_value(session, scope_of("outlet", outlet_id), PLANS_KEY)
    if not isinstance(stored, list):
        return []
    try:
        return [PackagePlan(str(p["code"]), str(p["name"]), uuid.UUID(str(p["item_id"])), int(p["sessions"]),
                            int(p["days"]), int(p["price"])) for p in stored]  # fmt: skip
    except (KeyError, TypeError, ValueError):
        return []  # a damaged value: nothing offered rather than something wrong


def plan_services(session: Session, outlet_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """The services of the outlet a plan's sessions may be: (id, name), by name."""
    rows = session.execute(
        select(Item.id, Item.name).where(Item.outlet_id == outlet_id, Item.kind == "service").order_by(Item.name)
    )
    return [(row.id, row.name) for row in rows]


def plan_of(session: Session, outlet_id: uuid.UUID, code: str) -> PackagePlan:
    for plan in package_plans(session, outlet_id):
        if plan.code == code:
            return plan
    raise ValidationError(_("This outlet has no package {code}", code=code))


def require_packages(session: Session, outlet_id: uuid.UUID) -> None:
    if not profile_of(session, outlet_id).prepaid_packages:
        raise ValidationError(_("This outlet does not sell prepaid packages"))


@requires("package.plans")
def set_package_plans(session: Session, actor: Actor, outlet_id: uuid.UUID, plans: Sequence[PackagePlan]) -> None:
    """Managers: the outlet's plans, all of them as `plans` holds them."""
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise NotFound(_("Unknown outlet"))
    require_packages(session, outlet_id)
    _check(session, outlet_id, plans)
    value = [asdict(plan) | {"item_id": str(plan.item_id)} for plan in plans]
    store_value(session, actor, scope_of("outlet", outlet_id), PLANS_KEY, value)
    audit.record(session, "package_plans", user_id=actor.user_id, entity="outlet", entity_id=outlet_id,
                 till_id=actor.till_id, codes=[plan.code for plan in plans])  # fmt: skip


def _check(session: Session, outlet_id: uuid.UUID, plans: Sequence[PackagePlan]) -> None:
    codes = [plan.code for plan in plans]
    if len(set(codes)) != len(codes) or any(not code.strip() or len(code) > 16 for code in codes):
        raise ValidationError(_("Each package needs its own short code"))
    services = set(session.scalars(select(Item.id).where(Item.outlet_id == outlet_id, Item.kind == "service")))
    for plan in plans:
        if not plan.name.strip() or len(plan.name) > 120:
            raise ValidationError(_("A package needs a name of at most 120 characters"))
        if plan.item_id not in services:
            raise ValidationError(_("A package's sessions must be a service of this outlet"))
        if not 0 < plan.sessions <= MAX_SESSIONS or not 0 < plan.days <= MAX_DAYS:
            raise ValidationError(_("A package has 1 to {sessions} sessions and lasts 1 to {days} days",
                                    sessions=MAX_SESSIONS, days=MAX_DAYS))  # fmt: skip
        if not 0 <= plan.price <= MAX_UNIT_PRICE:
            raise ValidationError(_("A package's price is out of range"))
