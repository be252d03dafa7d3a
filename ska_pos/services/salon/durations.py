"""How long each service takes: a row per item in `service_duration`, else the outlet-wide default."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Item, ServiceDuration
from ska_pos.domain.salon.booking import MAX_MINUTES, valid_minutes
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, requires

DEFAULT_MINUTES = 30  # a service with no duration set: a haircut's time, so the estimate is never nothing


def service_minutes(session: Session, item_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The minutes of each item (the default for those without a row)."""
    ids = set(item_ids)
    if not ids:
        return {}
    rows = session.execute(select(ServiceDuration.item_id, ServiceDuration.minutes)
                           .where(ServiceDuration.item_id.in_(ids)))  # fmt: skip
    found = {item_id: int(minutes) for item_id, minutes in rows}
    return {item_id: found.get(item_id, DEFAULT_MINUTES) for item_id in ids}


@requires("salon.durations")
def set_service_duration(session: Session, actor: Actor, item_id: uuid.UUID, minutes: int) -> None:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(_("Unknown item"))
    require_outlet(session, actor, item.outlet_id)
    store_duration(session, actor.user_id, item_id, minutes)


def check_minutes(minutes: object) -> None:
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not valid_minutes(minutes):
        raise ValidationError(_("A service takes from 1 to {most} minutes", most=MAX_MINUTES))


def stored_minutes(session: Session, item_id: uuid.UUID) -> int | None:
    """The item's own minutes; None: it takes the default."""
    row = session.get(ServiceDuration, item_id)
    return None if row is None else int(row.minutes)


def store_duration(session: Session, user_id: uuid.UUID, item_id: uuid.UUID, minutes: int) -> None:
    """For the services that already checked the actor may change the item (`set_service_duration`, the
    catalogue's item form)."""
    check_minutes(minutes)
    row = session.get(ServiceDuration, item_id)
    if row is not None and row.minutes == minutes:
        return
    if row is None:
        session.add(ServiceDuration(item_id=item_id, minutes=minutes, updated_by_id=user_id))
    else:
        row.minutes, row.updated_by_id, row.updated_at = minutes, user_id, clock.now()
    session.flush()
    audit.record(session, "service_duration", user_id=user_id, entity="item", entity_id=item_id, minutes=minutes)


SERVICES_MAX = 200  # a salon's price list is far shorter; the booking dialog lists them all at once


def outlet_services(session: Session, outlet_id: uuid.UUID) -> list[tuple[uuid.UUID, str, int]]:
    """The outlet's active services by name, each with its minutes: what an appointment can book."""
    rows = session.execute(select(Item.id, Item.name).where(Item.outlet_id == outlet_id, Item.active,
                                                            Item.kind == "service")
                           .order_by(Item.name).limit(SERVICES_MAX)).all()  # fmt: skip
    minutes = service_minutes(session, [item_id for item_id, _name in rows])
    return [(item_id, name, minutes[item_id]) for item_id, name in rows]
