"""Two tills giving items the sentra's own barcode numbers at the same moment, each in its own process (races.py)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from races import BARRIER_SECONDS, DONE

from ska_pos.db.database import open_database
from ska_pos.i18n import set_language
from ska_pos.services import own_barcodes
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ServiceError


def assign_numbers(
    barrier: Any, results: Any, index: int, url: str, actor: Actor, batches: Sequence[Sequence[uuid.UUID]]
) -> None:
    """Gives the items of one batch a number each per round; any failure is reported by its type and message."""
    set_language("en")
    database = open_database(url)
    try:
        for round_no, batch in enumerate(batches):
            barrier.wait(timeout=BARRIER_SECONDS)
            try:
                with database.transaction() as session:
                    own_barcodes.assign_numbers(session, actor, batch)
                results.put((index, round_no, DONE))
            except ServiceError as error:
                results.put((index, round_no, error.message))
            except Exception as error:  # reported, so the test fails at once saying what, instead of timing out
                results.put((index, round_no, f"{type(error).__name__}: {error}"))
    finally:
        database.dispose()
