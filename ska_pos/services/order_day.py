"""The daily summary's orders (docs/orders.md): what was taken, completed, collected and cancelled on the day, the
money taken, applied and given back, and what is held for customers and owed by them at its end, by age. Summed by
the database, like the rest of the summary."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from ska_pos.db.models import CustomerOrder, OrderCancellation, OrderPayment, OrderStatusChange, Payment, Sale
from ska_pos.domain.orders.workflow import WORKFLOWS
from ska_pos.reports.daily_model import ByAge, OrdersOfDay
from ska_pos.services.orders.balances import age_group, balances


def orders_of_day(session: Session, outlet_ids: Sequence[uuid.UUID], day: date) -> OrdersOfDay:
    ids = list(outlet_ids)
    taken = _count(session, select(func.count(CustomerOrder.id)).where(
        CustomerOrder.outlet_id.in_(ids), CustomerOrder.business_date == day))  # fmt: skip
    moves = (
        select(func.count(OrderStatusChange.id))
        .join(CustomerOrder, CustomerOrder.id == OrderStatusChange.order_id)
        .where(CustomerOrder.outlet_id.in_(ids), OrderStatusChange.business_date == day)
    )
    collected_at = or_(*(and_(CustomerOrder.workflow == flow.code, OrderStatusChange.to_stage == flow.collected_at)
                         for flow in WORKFLOWS.values()))  # fmt: skip
    cancelled = _count(session, select(func.count(OrderCancellation.id))
                       .join(CustomerOrder, CustomerOrder.id == OrderCancellation.order_id)
                       .where(CustomerOrder.outlet_id.in_(ids), OrderCancellation.business_date == day))  # fmt: skip
    fees = _count(session, select(func.coalesce(func.sum(OrderCancellation.fee), 0))
                  .join(CustomerOrder, CustomerOrder.id == OrderCancellation.order_id)
                  .where(CustomerOrder.outlet_id.in_(ids), OrderCancellation.business_date == day))  # fmt: skip
    paid = dict(
        session.execute(
            select(OrderPayment.kind, func.sum(OrderPayment.amount))
            .where(OrderPayment.outlet_id.in_(ids), OrderPayment.business_date == day)
            .group_by(OrderPayment.kind)
        ).all()
    )
    on_sales = dict(
        session.execute(
            select(Payment.method, func.sum(Payment.amount))
            .join(Sale, Sale.id == Payment.sale_id)
            .where(Sale.outlet_id.in_(ids), Sale.business_date == day, Payment.method.in_(("deposit", "debt")))
            # orders' completions only: a package session's sale is paid by the package ("deposit" too)
            .where(Sale.id.in_(select(OrderStatusChange.sale_id).where(OrderStatusChange.sale_id.is_not(None))))
            .group_by(Payment.method)
        ).all()
    )
    held, owed = [0, 0, 0], [0, 0, 0]
    for balance in balances(session, ids, day):
        group = age_group(balance.since, day)
        held[group] += balance.held
        owed[group] += balance.debt
    return OrdersOfDay(
        taken=taken,
        completed=_count(session, moves.where(_completes())),
        collected=_count(session, moves.where(collected_at)),
        cancelled=cancelled,
        deposits_received=int(paid.get("deposit", 0)),
        balances_received=int(paid.get("balance", 0)),
        given_back=-int(paid.get("refund", 0)) - int(paid.get("cancel_refund", 0)),
        deposits_applied=int(on_sales.get("deposit", 0)),
        left_owed=int(on_sales.get("debt", 0)),
        cancellation_fees=fees,
        held=ByAge(sum(held), (held[0], held[1], held[2])),
        debts=ByAge(sum(owed), (owed[0], owed[1], owed[2])),
    )


def _completes() -> ColumnElement[bool]:
    """The move that completed its order: from a stage before the workflow's completing one to it or past it. It
    names the completion's sale, but a salon visit whose every line a package session paid completes with none."""
    return or_(*(and_(CustomerOrder.workflow == flow.code,
                      OrderStatusChange.position >= flow.position(flow.completes_at),
                      OrderStatusChange.from_stage.in_([stage.code for stage in flow.stages
                                                        if not flow.is_completed(stage.code)]))
                 for flow in WORKFLOWS.values()))  # fmt: skip


def _count(session: Session, query: object) -> int:
    return int(session.scalar(query) or 0)  # type: ignore[call-overload]
