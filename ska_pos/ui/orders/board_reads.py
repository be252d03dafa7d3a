"""What the orders board reads, as work for its `ReadOp`s (run on the database thread): the first page of the
board for the filter or the search, the next page, and the chosen order in full."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from ska_pos.services.actor import Actor
from ska_pos.services.orders.lookup import OrderPage, find_orders, ready_not_collected
from ska_pos.services.orders.stages import due_at_collection
from ska_pos.services.orders.state import load_order
from ska_pos.ui.orders.counter_actions import Selected
from ska_pos.ui.orders.tailoring_board import order_tailoring

OPEN, ALL, WAITING = "", "*all", "*waiting"  # the filter's choices besides a stage


def first_page(
    outlet_id: uuid.UUID, text: str, choice: object, today: date, ready_days: int
) -> Callable[[Session], OrderPage]:
    """What the search found, else the filter's orders: open ones, all, those at a stage, or those ready and not
    collected after `ready_days`."""

    def read(session: Session) -> OrderPage:
        if text:
            return find_orders(session, outlet_id, text)
        if choice == WAITING:
            rows = ready_not_collected(session, outlet_id, today, ready_days)
            return OrderPage(rows, len(rows), 0)
        stage = "" if choice in (OPEN, ALL) else str(choice)
        return find_orders(session, outlet_id, stage=stage, open_only=choice == OPEN)

    return read


def next_page(outlet_id: uuid.UUID, text: str, choice: object, offset: int) -> Callable[[Session], OrderPage]:
    stage = "" if choice in (OPEN, ALL, WAITING) else str(choice)

    def read(session: Session) -> OrderPage:
        return find_orders(session, outlet_id, text, stage=stage, open_only=choice == OPEN and not text,
                           offset=offset)  # fmt: skip

    return read


def chosen_order(actor: Actor, order_id: uuid.UUID) -> Callable[[Session], Selected]:
    def read(session: Session) -> Selected:
        order = load_order(session, order_id)
        return Selected(order, due_at_collection(session, actor, order_id), *order_tailoring(session, order))

    return read
