"""An outlet's stock rule: may a tracked item's stock fall below zero there (goods sold before their delivery is
entered), or is such a sale refused?"""

from __future__ import annotations

import json
import uuid

from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet
from ska_pos.i18n import _
from ska_pos.services import audit, settings
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.errors import NotFound
from ska_pos.services.permissions import require_outlet, requires


@requires("stock.rules")
def set_allow_negative_stock(session: Session, actor: Actor, outlet_id: uuid.UUID, allowed: bool) -> bool:
    """Returns whether anything changed; a change is audited and goes in the till's journal like other settings."""
    require_outlet(session, actor, outlet_id)
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    if outlet.allow_negative_stock == allowed:
        return False
    outlet.allow_negative_stock = allowed
    settings.journal_change(session, actor, settings.scope_of("outlet", outlet_id), "allow_negative_stock",
                            json.dumps(allowed))  # fmt: skip
    audit.record(session, "outlet_settings", user_id=actor.user_id, entity="outlet", entity_id=outlet_id,
                 till_id=None if actor.till_id == NO_PLACE else actor.till_id,
                 changed={"allow_negative_stock": [not allowed, allowed]})  # fmt: skip
    session.flush()
    return True
