"""Racers for the tab tests (tests/races.py runs each in its own process): two tills acting on one tab at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from races import BARRIER_SECONDS, DONE

from ska_pos.db.database import open_database
from ska_pos.i18n import set_language
from ska_pos.services.actor import Actor
from ska_pos.services.cart import CartLine
from ska_pos.services.errors import ServiceError


def act_on_tabs(
    barrier: Any, results: Any, index: int, url: str, actor: Actor, action: str, targets: Sequence[Any],
    lines: Sequence[CartLine],
) -> None:  # fmt: skip
    """Each round, at the moment the other till does: `action` ("send" a round of `lines` to the tab, "pay" the
    tab in cash, "open" a tab on the table, or "move" the tab of `(tab, table)` onto the table) on that round's
    target."""
    from ska_pos.domain.settlement import Tender
    from ska_pos.services.tabs import paying, writes

    set_language("en")
    database = open_database(url)
    try:
        for round_no, target in enumerate(targets):
            barrier.wait(timeout=BARRIER_SECONDS)
            try:
                with database.transaction() as session:
                    if action == "send":
                        writes.send_round(session, actor, target, lines)
                    elif action == "pay":
                        paying.pay_tab(session, actor, target, [Tender("cash", 1_000_000)])
                    elif action == "open":
                        writes.open_tab(session, actor, target)
                    else:
                        tab_id, table_id = target
                        writes.move_tab(session, actor, tab_id, table_id)
                results.put((index, round_no, DONE))
            except ServiceError as error:
                results.put((index, round_no, error.message))
            except Exception as error:  # reported, so the test fails at once saying what, instead of timing out
                results.put((index, round_no, f"{type(error).__name__}: {error}"))
    finally:
        database.dispose()
