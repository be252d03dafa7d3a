"""Actions for races.py: two tills booking one worker at the same time."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from ska_pos.services.actor import Actor
from ska_pos.services.salon.appointments import AppointmentForm, BookedService, book_appointment


def book_worker(
    session: Session, round_no: int, actor: Actor, item_id: uuid.UUID, worker_id: uuid.UUID, starts: Sequence[datetime]
) -> None:  # fmt: skip
    """Books `worker_id` for `item_id` at the round's start, as the other till books them at an overlapping one."""
    service = BookedService(item_id, worker_id, starts[round_no])
    book_appointment(session, actor, AppointmentForm([service], customer_name=f"Tamu {round_no}"))
