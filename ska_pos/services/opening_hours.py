"""An outlet's opening hours, kept in the settings store in the outlet's scope (by weekday from Monday, "HH:MM"
pairs or null for a closed day); an outlet nobody set is open 08:00-20:00 every day. They decide an order's default
promised time (`domain/orders/opening_hours.py`)."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet
from ska_pos.domain.orders.opening_hours import (
    DEFAULT_OPENING_HOURS,
    DayHours,
    OpeningHours,
    OpeningHoursRefused,
    default_promised_at,
)
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.settings import scope_of, store_value, stored_value

HOURS_KEY = "opening_hours"


def opening_hours(session: Session, outlet_id: uuid.UUID) -> OpeningHours:
    stored = stored_value(session, scope_of("outlet", outlet_id), HOURS_KEY)
    if not isinstance(stored, list):
        return DEFAULT_OPENING_HOURS
    try:
        return OpeningHours(tuple(None if day is None else DayHours(time.fromisoformat(day[0]),
                                  time.fromisoformat(day[1])) for day in stored))  # fmt: skip
    except (IndexError, TypeError, ValueError):
        return DEFAULT_OPENING_HOURS  # a damaged value: the defaults


@requires("outlet.hours")
def set_opening_hours(session: Session, actor: Actor, outlet_id: uuid.UUID, hours: OpeningHours) -> None:
    """Managers and admins: the outlet's opening hours for the seven days."""
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise NotFound(_("Unknown outlet"))
    value = [None if day is None else [f"{day.opens:%H:%M}", f"{day.closes:%H:%M}"] for day in hours.days]
    store_value(session, actor, scope_of("outlet", outlet_id), HOURS_KEY, value)
    audit.record(session, "opening_hours", user_id=actor.user_id, entity="outlet", entity_id=outlet_id,
                 till_id=actor.till_id, hours=value)  # fmt: skip


def checked_hours(days: tuple[DayHours | None, ...]) -> OpeningHours:
    """The hours as typed, or a ValidationError in the user's language."""
    try:
        return OpeningHours(days)
    except OpeningHoursRefused as error:
        raise ValidationError(str(error)) from error


def promised_by_default(session: Session, outlet_id: uuid.UUID, taken_at: datetime, hours: int) -> datetime:
    """The order's default promised time: `hours` after intake, inside the outlet's opening hours."""
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    zone = ZoneInfo(outlet.timezone)
    return default_promised_at(taken_at, timedelta(hours=hours), opening_hours(session, outlet_id), zone)
