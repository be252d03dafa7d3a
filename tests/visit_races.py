"""Actions for races.py: two tills of the salon finishing one visit at once, a line paid with a package session."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from ska_pos.domain.settlement import Tender
from ska_pos.services.actor import Actor
from ska_pos.services.salon.queue import finish_visit


def finish_visits(
    session: Session, round_no: int, actor: Actor, visits: Sequence[tuple[uuid.UUID, int]], package_id: uuid.UUID
) -> None:  # fmt: skip
    """The round's visit finished, its line paid with a session of the package, as the other till finishes it."""
    order_id, line_no = visits[round_no]
    finish_visit(session, actor, order_id, [Tender("cash", 120_000)], sessions={line_no: package_id})
