"""A racer for tests/races.py: receive the same transfers from another process, one per round."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from races import BARRIER_SECONDS, DONE

from ska_pos.db.database import open_database
from ska_pos.i18n import set_language
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ServiceError
from ska_pos.services.stock import transfers


def receive_transfers(
    barrier: Any, results: Any, index: int, url: str, actor: Actor, transfer_ids: Sequence[uuid.UUID]
) -> None:  # fmt: skip
    set_language("en")
    database = open_database(url)
    try:
        for round_no, transfer_id in enumerate(transfer_ids):
            barrier.wait(timeout=BARRIER_SECONDS)
            try:
                with database.transaction() as session:
                    transfers.receive_transfer(session, actor, transfer_id)
                results.put((index, round_no, DONE))
            except ServiceError as error:
                results.put((index, round_no, error.message))
            except Exception as error:  # reported, so the test fails at once saying what, instead of timing out
                results.put((index, round_no, f"{type(error).__name__}: {error}"))
    finally:
        database.dispose()
