"""Who is logged in at which till: handed to every screen after login. Plain data, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ska_pos import clock
from ska_pos.db.database import Database
from ska_pos.domain.outlet_profile import OutletProfile
from ska_pos.services.actor import Actor


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

    def today(self) -> date:
        """The outlet's business date: what "today" means on this till's screens."""
        return clock.today_in(self.outlet_timezone)

    @property
    def is_manager(self) -> bool:
        return self.actor.has_role("manager")

    @property
    def is_supervisor(self) -> bool:
        return self.actor.has_role("supervisor")
