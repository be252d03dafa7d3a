"""Actions for races.py: two tills acting on one tab at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from ska_pos.domain.settlement import Tender
from ska_pos.services.actor import Actor
from ska_pos.services.cart import CartLine
from ska_pos.services.tabs import paying, writes


def act_on_tabs(
    session: Session, round_no: int, actor: Actor, action: str, targets: Sequence[Any], lines: Sequence[CartLine]
) -> None:  # fmt: skip
    """`action` ("send" a round of `lines` to the tab, "pay" the tab in cash, "open" a tab on the table, or "move"
    the tab of `(tab, table)` onto the table) on the round's target, at the moment the other till acts."""
    target = targets[round_no]
    if action == "send":
        writes.send_round(session, actor, target, lines)
    elif action == "pay":
        paying.pay_tab(session, actor, target, [Tender("cash", 1_000_000)])
    elif action == "open":
        writes.open_tab(session, actor, target)
    else:
        tab_id, table_id = target
        writes.move_tab(session, actor, tab_id, table_id)
