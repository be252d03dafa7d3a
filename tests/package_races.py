"""Actions for races.py: two tills of the salon using a session of one package at once, expiring what is due,
refunding one package or undoing one session."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from package_shop import at
from sqlalchemy.orm import Session

from ska_pos.services.actor import Actor
from ska_pos.services.packages.expiry import expire_packages
from ska_pos.services.packages.ledger import use_package
from ska_pos.services.packages.refunds import refund_package
from ska_pos.services.packages.undo import undo_session


def use_sessions(
    session: Session, round_no: int, actor: Actor, packages: Sequence[uuid.UUID], worker_id: uuid.UUID
) -> None:  # fmt: skip
    """The round's package's next session, served by `worker_id`, at the moment the other till uses it too."""
    use_package(session, actor, packages[round_no], worker_id)


def expire_due_packages(
    session: Session, round_no: int, actor: Actor, outlet_id: uuid.UUID, days: Sequence[date]
) -> None:
    """The expiry of what is due on the round's day, at the moment the other till runs it too."""
    expire_packages(session, actor, outlet_id, now=at(days[round_no]))


def refund_packages(session: Session, round_no: int, actor: Actor, packages: Sequence[uuid.UUID]) -> None:
    """The round's package refunded, at the moment the other till refunds it too."""
    refund_package(session, actor, packages[round_no], "transfer", "Pindah", reference=f"BCA {round_no}")


def undo_sessions(session: Session, round_no: int, actor: Actor, uses: Sequence[uuid.UUID]) -> None:
    """The round's session undone, at the moment the other till undoes it too."""
    undo_session(session, actor, uses[round_no], "Salah")
