"""An action for races.py: receive the same transfers from another process, one per round."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from ska_pos.services.actor import Actor
from ska_pos.services.stock import transfers


def receive_transfers(session: Session, round_no: int, actor: Actor, transfer_ids: Sequence[uuid.UUID]) -> None:
    transfers.receive_transfer(session, actor, transfer_ids[round_no])
