"""Actions for races.py: two tills giving items the sentra's own barcode numbers at the same moment."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from ska_pos.services import own_barcodes
from ska_pos.services.actor import Actor


def assign_numbers(session: Session, round_no: int, actor: Actor, batches: Sequence[Sequence[uuid.UUID]]) -> None:
    """Gives the items of the round's batch a number each."""
    own_barcodes.assign_numbers(session, actor, batches[round_no])
