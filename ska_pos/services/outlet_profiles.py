"""Each outlet's profile (what it does, `domain.outlet_profile`): its kind's default with the manager's adjustments.

The adjustments live in the settings store, in the outlet's scope (`outlet:<id>`), as one JSON object holding only
the capabilities that differ from the kind's default. So an outlet nobody adjusted has no row at all and follows
its kind, and a capability added later reaches every outlet without a migration.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet
from ska_pos.domain.outlet_profile import (
    CAPABILITIES,
    OutletProfile,
    adjusted,
    default_profile,
    differences,
    unknown_capabilities,
)
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.settings import scope_of, store_value, stored_value

PROFILE_KEY = "outlet_profile"


@dataclass(frozen=True)
class OutletProfileRow:
    outlet_id: uuid.UUID
    outlet_code: str
    outlet_name: str
    kind: str
    profile: OutletProfile


def profile_of(session: Session, outlet_id: uuid.UUID) -> OutletProfile:
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    return _profile(session, outlet)


def outlet_profiles(session: Session) -> list[OutletProfileRow]:
    """Every active outlet's profile, by outlet code: what the manager's editor shows."""
    outlets = session.scalars(select(Outlet).where(Outlet.active).order_by(Outlet.code)).all()
    return [
        OutletProfileRow(outlet.id, outlet.code, outlet.name, outlet.kind, _profile(session, outlet))
        for outlet in outlets
    ]


@requires("outlet.profile")
def set_profile_overrides(
    session: Session, actor: Actor, outlet_id: uuid.UUID, overrides: Mapping[str, bool]
) -> OutletProfile:
    """Makes the outlet's profile its kind's default switched as `overrides` says (a capability not named follows
    the default). Managers and admins only; a wrong name changes nothing. Tills see it at their next login."""
    require_outlet(session, actor, outlet_id)
    wrong = unknown_capabilities(overrides)
    if wrong:
        raise ValidationError(_("Not an outlet capability: {names}", names=", ".join(wrong)))
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    before = _profile(session, outlet)
    profile = adjusted(default_profile(outlet.kind), overrides)
    stored = differences(outlet.kind, profile)
    store_value(session, actor, scope_of("outlet", outlet.id), PROFILE_KEY, stored)
    audit.record(session, "outlet_profile", user_id=actor.user_id, entity="outlet", entity_id=outlet.id,
                 till_id=actor.till_id, kind=outlet.kind, overrides=stored,
                 changed={name: value for name, value in profile.as_flags().items()
                          if before.as_flags()[name] != value})  # fmt: skip
    return profile


def _profile(session: Session, outlet: Outlet) -> OutletProfile:
    stored = stored_value(session, scope_of("outlet", outlet.id), PROFILE_KEY)
    overrides = (
        {name: value for name, value in stored.items() if name in CAPABILITIES and isinstance(value, bool)}
        if isinstance(stored, dict)
        else {}
    )
    return adjusted(default_profile(outlet.kind), overrides)
