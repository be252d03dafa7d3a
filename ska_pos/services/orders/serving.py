"""Who a completion credits when the worker who served is not the one the order waited for: a salon visit asked
for (or booked with) one stylist and taken by another. Every completion (the salon page's `finish_visit`, the
orders board, `ska-pos order`) goes through `move_order`, which asks this module: one path."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import OrderStatusChange
from ska_pos.domain.orders.workflow import SALON
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.catalog import workers_of
from ska_pos.services.orders.state import OrderView

WAITING, SERVING, DONE = (stage.code for stage in SALON.stages)  # Antre, Dilayani, Selesai


def serving_credits(session: Session, order: OrderView) -> dict[int, tuple[WorkerCredit, ...]]:
    """By line number, the credits the visit's sale gives instead of those of the intake: a visit that waited for
    one stylist (asked for, or booked with) and was taken by another credits the one who served with that
    stylist's lines; lines of other workers (a visit of several) stay theirs. The intake's rows are append-only,
    so the change is made at the completion (move_order's `credits`)."""
    if order.stage != SERVING:
        return {}
    serving = serving_workers(session, [order.id]).get(order.id)
    waited_for = asked_for(order)
    if serving is None or waited_for is None or serving == waited_for:
        return {}
    name = {worker.id: worker.display_name for worker in workers_of(session, order.outlet_id)}.get(serving, "")
    return {line.line_no: (WorkerCredit(serving, name),) for line in order.lines
            if [credit.worker_id for credit in line.workers] == [waited_for]}  # fmt: skip


def serving_workers(session: Session, order_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """By order, the worker its move to Dilayani named."""
    if not order_ids:
        return {}
    query = select(OrderStatusChange.order_id, OrderStatusChange.worker_id).where(
        OrderStatusChange.order_id.in_(order_ids), OrderStatusChange.to_stage == SERVING
    )
    rows = session.execute(query)
    return {order_id: worker_id for order_id, worker_id in rows if worker_id is not None}


def asked_for(order: OrderView) -> uuid.UUID | None:
    """The first service's stylist (the one who starts the visit), or None: any."""
    for line in order.lines:
        if line.workers:
            return line.workers[0].worker_id
    return None
