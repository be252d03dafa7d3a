"""What every order holds for its customer and what its customer owes, at the end of a business day, summed by the
database per order (one row per order that has any money on it): for the daily summary and the lists by age."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import CustomerOrder, OrderCancellation, OrderPayment, OrderStatusChange, Payment, Sale

# The ages, in days, that the lists and the daily summary group by: up to a week, up to a month, older.
AGE_LIMITS = (7, 30)


@dataclass(frozen=True)
class Balance:
    order_id: uuid.UUID
    held: int  # deposits not yet applied nor given back: the customer's money
    debt: int  # what the customer owes for the completed order
    since: date  # the order's day (for what is held) or its completion's day (for a debt)


def balances(session: Session, outlet_ids: Sequence[uuid.UUID], up_to: date) -> list[Balance]:
    """Each order of the outlets with money held or owed at the end of `up_to`."""
    ids = list(outlet_ids)
    paid = {
        (order_id, kind): int(amount)
        for order_id, kind, amount in session.execute(
            select(OrderPayment.order_id, OrderPayment.kind, func.sum(OrderPayment.amount))
            .where(OrderPayment.outlet_id.in_(ids), OrderPayment.business_date <= up_to)
            .group_by(OrderPayment.order_id, OrderPayment.kind)
        )
    }
    applied: dict[uuid.UUID, int] = {}
    owed: dict[uuid.UUID, tuple[date, int]] = {}
    for order_id, day, method, amount in session.execute(
        select(OrderStatusChange.order_id, Sale.business_date, Payment.method, func.sum(Payment.amount))
        .join(Sale, Sale.id == OrderStatusChange.sale_id)
        .join(Payment, Payment.sale_id == Sale.id)
        .where(Sale.outlet_id.in_(ids), Sale.business_date <= up_to, Payment.method.in_(("deposit", "debt")))
        .group_by(OrderStatusChange.order_id, Sale.business_date, Payment.method)
    ):
        if method == "deposit":
            applied[order_id] = int(amount)
        else:
            owed[order_id] = (day, int(amount))
    fees = dict(
        session.execute(
            select(OrderCancellation.order_id, OrderCancellation.fee)
            .join(CustomerOrder, CustomerOrder.id == OrderCancellation.order_id)
            .where(CustomerOrder.outlet_id.in_(ids), OrderCancellation.business_date <= up_to)
        ).all()
    )
    orders = {order_id for order_id, _kind in paid} | set(owed)
    days: dict[uuid.UUID, date] = {}
    if orders:
        query = select(CustomerOrder.id, CustomerOrder.business_date).where(CustomerOrder.id.in_(orders))
        days = {row[0]: row[1] for row in session.execute(query)}
    found = []
    for order_id in orders:
        held = (
            paid.get((order_id, "deposit"), 0)
            + paid.get((order_id, "refund"), 0)
            + paid.get((order_id, "cancel_refund"), 0)
            - applied.get(order_id, 0)
            - int(fees.get(order_id, 0))
        )
        completed_on, left = owed.get(order_id, (days[order_id], 0))
        debt = left - paid.get((order_id, "balance"), 0)
        if held or debt:
            found.append(Balance(order_id, held, debt, completed_on if debt else days[order_id]))
    return found


def age_group(since: date, today: date) -> int:
    """0: up to a week old, 1: up to a month, 2: older (`AGE_LIMITS`)."""
    age = (today - since).days
    for index, limit in enumerate(AGE_LIMITS):
        if age <= limit:
            return index
    return len(AGE_LIMITS)
