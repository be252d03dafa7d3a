"""Who is acting, and at which till: every service that writes is told.

An `Actor` is proof that someone logged in with their PIN: only `services.auth` can issue one (it holds the token
the constructor asks for; tests/test_architecture.py checks that no other module names it). A caller cannot label a
cashier's id "manager": the role is the one the database held when the PIN was checked.
"""

from __future__ import annotations

import uuid
from dataclasses import InitVar, dataclass, field
from datetime import datetime

ROLE_RANK = {"cashier": 0, "supervisor": 1, "manager": 2, "admin": 3}
ROLES = tuple(ROLE_RANK)
# A command-line command runs at no till: its actor names none, and its login is recorded with the command
# (`cli.common.record_command`), not in a till's journal.
NO_PLACE = uuid.UUID(int=0)


class _IssuerToken:
    __slots__ = ()


# Only services/auth.py may use this. Anything else constructing an Actor is refused.
_ISSUER_TOKEN = _IssuerToken()


class ForgedActor(Exception):
    """An Actor was built outside the login service: a programming error, never a user's mistake."""


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    role: str
    outlet_id: uuid.UUID
    till_id: uuid.UUID
    issuer: InitVar[object] = None
    # The demo builder's and first start's own actor: seeds data without a logged-in person.
    system: bool = field(default=False, kw_only=True)

    def __post_init__(self, issuer: object) -> None:
        if issuer is not _ISSUER_TOKEN:
            raise ForgedActor("an Actor is issued by services.auth only")

    def has_role(self, minimum: str) -> bool:
        return role_at_least(self.role, minimum)


def role_at_least(role: str, minimum: str) -> bool:
    return ROLE_RANK.get(role, -1) >= ROLE_RANK[minimum]


# What a supervisor's PIN can approve, each one action at a time (`auth.approve`).
APPROVAL_ACTIONS = ("discount.over_limit", "price.override", "sale.void", "sale.refund", "shift.close_difference",
                    "cash.out", "order.refund", "order.cancel", "tab.void", "stock.transit_loss",
                    "package.refund", "package.undo")  # fmt: skip


@dataclass(frozen=True)
class Approval:
    """Proof that a supervisor typed their PIN for this one action, a moment ago: only `services.auth` issues it,
    and the service that takes it checks the action and the time (`auth.require_approval`)."""

    approver_id: uuid.UUID
    action: str
    expires_at: datetime
    issuer: InitVar[object] = None
    # which approval this is: once the action it approved is committed, it approves nothing more
    nonce: uuid.UUID = field(default_factory=uuid.uuid4)

    def __post_init__(self, issuer: object) -> None:
        if issuer is not _ISSUER_TOKEN:
            raise ForgedActor("an Approval is issued by services.auth only")
