"""The lists the counter works its money from, read a page at a time: what customers owe for completed orders (the
debt list) and what is held for them (the deposits-held list), oldest first, with their totals by age.

Each order's held and owed amounts are summed by the database (the same rows and the same rule as
`balances.balances`, which the daily summary adds up), so a page is a LIMIT and the totals one aggregate, never the
whole list in memory."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, SQLColumnExpression, Subquery, and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from ska_pos.db.models import CustomerOrder, OrderCancellation, OrderPayment, OrderStatusChange, Payment, Sale
from ska_pos.domain.orders.workflow import WORKFLOWS
from ska_pos.services.orders.lookup import PAGE_SIZE, MoneyRow, _base, _row

# The lists' ages, in days: up to a week, up to a month, up to three months, older. The daily summary's first two
# groups are the same (balances.AGE_LIMITS); its last is the lists' last two together.
LIST_AGE_LIMITS = (7, 30, 90)


class MoneyKind(StrEnum):
    DEBTS = "debts"
    HELD = "held"


@dataclass(frozen=True)
class MoneyPage:
    rows: list[MoneyRow]
    count: int  # orders on the whole list
    offset: int
    total: int  # the whole list's amount
    by_age: tuple[int, ...]  # the whole list's amount in each age group of LIST_AGE_LIMITS, and older


def money_page(
    session: Session,
    outlet_id: uuid.UUID,
    today: date,
    kind: MoneyKind,
    *,
    collected_only: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> MoneyPage:
    """A page of the list at the end of `today`, oldest first. `collected_only` (debts): only orders the customer
    has already taken away."""
    money = _money(outlet_id, today, kind)
    rows = _base(outlet_id).join(money, money.c.order_id == CustomerOrder.id)
    if collected_only:
        rows = rows.where(_collected())
    listed = rows.add_columns(money.c.amount, money.c.since).subquery()
    sums = [func.count(), func.coalesce(func.sum(listed.c.amount), 0)]
    floor = [today - timedelta(days=limit_days) for limit_days in LIST_AGE_LIMITS]
    for index, oldest in enumerate([*floor, None]):
        newer = listed.c.since >= oldest if oldest is not None else true()
        older = listed.c.since < floor[index - 1] if index else true()
        sums.append(func.coalesce(func.sum(case((and_(newer, older), listed.c.amount), else_=0)), 0))
    count, total, *by_age = session.execute(select(*sums)).one()
    start = max(offset, 0)
    page = session.execute(
        rows.add_columns(money.c.amount, money.c.since)
        .order_by(money.c.since, CustomerOrder.order_no)
        .offset(start)
        .limit(limit)
    )
    found = [MoneyRow(_row(row[:4]), int(amount), since, (today - since).days) for *row, amount, since in page]
    return MoneyPage(found, int(count), start, int(total), tuple(int(amount) for amount in by_age))


def _money(outlet_id: uuid.UUID, up_to: date, kind: MoneyKind) -> Subquery:
    """Per order with money on the list: `amount` and `since` (the order's day for what is held, its completion's
    day for a debt)."""
    paid = (
        select(
            OrderPayment.order_id.label("order_id"),
            _sum(OrderPayment.kind.in_(("deposit", "refund", "cancel_refund")), OrderPayment.amount).label("held_in"),
            _sum(OrderPayment.kind == "balance", OrderPayment.amount).label("balances"),
        )
        .where(OrderPayment.outlet_id == outlet_id, OrderPayment.business_date <= up_to)
        .group_by(OrderPayment.order_id)
        .subquery()
    )
    sold = (
        select(
            OrderStatusChange.order_id.label("order_id"),
            func.max(Sale.business_date).label("day"),
            _sum(Payment.method == "deposit", Payment.amount).label("applied"),
            _sum(Payment.method == "debt", Payment.amount).label("owed"),
        )
        .join(Sale, Sale.id == OrderStatusChange.sale_id)
        .join(Payment, Payment.sale_id == Sale.id)
        .where(Sale.outlet_id == outlet_id, Sale.business_date <= up_to, Payment.method.in_(("deposit", "debt")))
        .group_by(OrderStatusChange.order_id)
        .subquery()
    )
    fees = (
        select(OrderCancellation.order_id.label("order_id"), OrderCancellation.fee.label("fee"))
        .where(OrderCancellation.business_date <= up_to)
        .subquery()
    )
    if kind is MoneyKind.HELD:
        amount = func.coalesce(paid.c.held_in, 0) - func.coalesce(sold.c.applied, 0) - func.coalesce(fees.c.fee, 0)
        since = CustomerOrder.business_date.label("since")
    else:
        amount = func.coalesce(sold.c.owed, 0) - func.coalesce(paid.c.balances, 0)
        since = sold.c.day.label("since")
    per_order = (
        select(CustomerOrder.id.label("order_id"), amount.label("amount"), since)
        .outerjoin(paid, paid.c.order_id == CustomerOrder.id)
        .outerjoin(sold, sold.c.order_id == CustomerOrder.id)
        .outerjoin(fees, fees.c.order_id == CustomerOrder.id)
        .where(CustomerOrder.outlet_id == outlet_id, CustomerOrder.business_date <= up_to)
        .subquery()
    )
    return select(per_order).where(per_order.c.amount != 0).subquery()


def _sum(when: ColumnElement[bool], amount: SQLColumnExpression[int]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((when, amount), else_=0)), 0)


def _collected() -> ColumnElement[bool]:
    return or_(*(and_(CustomerOrder.workflow == flow.code, OrderStatusChange.to_stage == flow.collected_at)
                 for flow in WORKFLOWS.values()))  # fmt: skip
