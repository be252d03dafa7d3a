"""Who is acting, and at which till: every service that writes is told."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

ROLE_RANK = {"cashier": 0, "supervisor": 1, "manager": 2, "admin": 3}


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    role: str
    outlet_id: uuid.UUID
    till_id: uuid.UUID

    def has_role(self, minimum: str) -> bool:
        return role_at_least(self.role, minimum)


def role_at_least(role: str, minimum: str) -> bool:
    return ROLE_RANK.get(role, -1) >= ROLE_RANK[minimum]
