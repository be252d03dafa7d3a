"""Two tills writing stock documents at the same moment, each in its own process (races.py)."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from races import BARRIER_SECONDS, DONE

from ska_pos.db.database import open_database
from ska_pos.i18n import set_language
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ServiceError
from ska_pos.services.stock import receiving
from ska_pos.services.stock.receiving import IncomingLine


def receive_goods(
    barrier: Any, results: Any, index: int, url: str, actor: Actor, supplier_id: uuid.UUID, item_id: uuid.UUID,
    rounds: int,
) -> None:  # fmt: skip
    """One supplier's delivery of one item per round; any failure is reported by its type and message."""
    set_language("en")
    database = open_database(url)
    try:
        for round_no in range(rounds):
            barrier.wait(timeout=BARRIER_SECONDS)
            try:
                with database.transaction() as session:
                    receiving.receive_goods(session, actor, supplier_id, [IncomingLine(item_id, Decimal(1), 7_000)])
                results.put((index, round_no, DONE))
            except ServiceError as error:
                results.put((index, round_no, error.message))
            except Exception as error:  # reported, so the test fails at once saying what, instead of timing out
                results.put((index, round_no, f"{type(error).__name__}: {error}"))
    finally:
        database.dispose()
