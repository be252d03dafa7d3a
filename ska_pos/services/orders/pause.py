"""An outlet's "not taking orders until" switch (a galeri jahit in the weeks before Lebaran): until the date, intake is
refused with the outlet's message; the board shows it. Only an outlet whose profile takes orders with due dates has
it: a salon's walk-ins and appointments are orders too, and are never stopped by it. Kept in the settings store in
the outlet's scope, like the order rules: a plain setting, journaled and audited by the store."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.settings import scope_of, store_value, stored_value

PAUSE_KEY = "order_pause"
MESSAGE_MAX = 200


@dataclass(frozen=True)
class OrderPause:
    until: date  # the last day no order is taken
    message: str = ""

    def applies(self, today: date) -> bool:
        return today <= self.until

    def refusal(self) -> str:
        said = _("This outlet takes no orders until {day}", day=f"{self.until:%d-%m-%Y}")
        return f"{said}: {self.message}" if self.message else said


def order_pause(session: Session, outlet_id: uuid.UUID) -> OrderPause | None:
    """The outlet's switch as set (even when its date has passed), or None when it is off."""
    value = stored_value(session, scope_of("outlet", outlet_id), PAUSE_KEY)
    if not isinstance(value, dict) or not value.get("until"):
        return None
    try:
        return OrderPause(date.fromisoformat(str(value["until"])), str(value.get("message", "")))
    except ValueError:
        return None


def outlet_pause(session: Session, outlet_id: uuid.UUID) -> OrderPause | None:
    """The switch where the outlet's profile takes orders with due dates; None elsewhere (a salon's walk-ins and
    appointments are orders too, and a switch stored for it stops none of them)."""
    if not profile_of(session, outlet_id).order_intake_with_due_dates:
        return None
    return order_pause(session, outlet_id)


def refuse_if_paused(session: Session, outlet_id: uuid.UUID, today: date) -> None:
    pause = outlet_pause(session, outlet_id)
    if pause is not None and pause.applies(today):
        raise ValidationError(pause.refusal())


@requires("order.pause")
def set_order_pause(
    session: Session, actor: Actor, outlet_id: uuid.UUID, until: date | None, message: str = ""
) -> OrderPause | None:
    """Managers: refuse orders up to and including `until` with `message`; None turns the switch off."""
    require_outlet(session, actor, outlet_id)
    if not profile_of(session, outlet_id).order_intake_with_due_dates:
        raise ValidationError(_("This outlet does not take orders with due dates"))
    said = " ".join(message.split())
    if len(said) > MESSAGE_MAX:
        raise ValidationError(_("The {what} can have at most {count} characters", what=_("message"),
                                count=MESSAGE_MAX))  # fmt: skip
    value = {"until": until.isoformat(), "message": said} if until is not None else {}
    store_value(session, actor, scope_of("outlet", outlet_id), PAUSE_KEY, value)
    audit.record(session, "order_pause", user_id=actor.user_id, entity="outlet", entity_id=outlet_id,
                 till_id=actor.till_id, until=value.get("until", ""), message=said)  # fmt: skip
    return OrderPause(until, said) if until is not None else None
