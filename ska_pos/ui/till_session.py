"""Who is logged in at which till: handed to every screen after login. Plain data, no Qt."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from ska_pos import clock
from ska_pos.db.database import Database
from ska_pos.domain.outlet_profile import OutletProfile
from ska_pos.services.actor import Actor


@dataclass
class SessionChoices:
    """What the user chose on the screens and keeps until they log out."""

    catalog_outlet_id: uuid.UUID | None = None  # the outlet whose catalogue the manager's Katalog shows


@dataclass(frozen=True)
class TillSession:
    database: Database
    actor: Actor
    username: str
    user_name: str
    outlet_code: str
    outlet_name: str
    profile: OutletProfile  # what the outlet does, read once at login
    till_code: str
    language: str = "id"
    outlet_timezone: str = clock.DEFAULT_ZONE
    choices: SessionChoices = field(default_factory=SessionChoices, compare=False)

    def today(self) -> date:
        """The outlet's business date: what "today" means on this till's screens."""
        return clock.today_in(self.outlet_timezone)

    @property
    def is_manager(self) -> bool:
        return self.actor.has_role("manager")

    @property
    def is_supervisor(self) -> bool:
        return self.actor.has_role("supervisor")
