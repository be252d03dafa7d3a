"""Who is logged in at which till: handed to every screen after login. Plain data, no Qt."""

from __future__ import annotations

from dataclasses import dataclass

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

    @property
    def is_manager(self) -> bool:
        return self.actor.has_role("manager")

    @property
    def is_supervisor(self) -> bool:
        return self.actor.has_role("supervisor")
