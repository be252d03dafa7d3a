"""Finding orders at the counter (by number, the customer's phone or name) and the lists the outlet works from:
orders ready but not collected after N days, debts and deposits held, each with its age. Lists are read a page at a
time, as the customers' are."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Customer, CustomerOrder, OrderCancellation, OrderStatusChange
from ska_pos.domain.orders.workflow import WORKFLOWS, stage_name, workflow
from ska_pos.domain.phone import InvalidPhone, normalise_phone
from ska_pos.sealing.errors import KeyStoreError
from ska_pos.sealing.key_store import load_keys
from ska_pos.sealing.lookup import lookups_of
from ska_pos.services import like
from ska_pos.services.customers import FIELD as PHONE_LOOKUP_FIELD
from ska_pos.services.orders.balances import Balance, balances

PAGE_SIZE = 30


@dataclass(frozen=True)
class OrderRow:
    id: uuid.UUID
    order_no: str
    customer_name: str
    phone_tail: str
    stage: str
    stage_name: str
    cancelled: bool
    business_date: date
    promised_at: datetime | None
    reached_at: datetime  # when it reached its stage


@dataclass(frozen=True)
class OrderPage:
    rows: list[OrderRow]
    total: int
    offset: int


@dataclass(frozen=True)
class MoneyRow:
    """An order with money held for its customer, or owed by them, and since which day."""

    order: OrderRow
    amount: int
    since: date
    age_days: int


def _current() -> Select[uuid.UUID, int]:
    return select(OrderStatusChange.order_id, func.max(OrderStatusChange.position).label("position")).group_by(
        OrderStatusChange.order_id
    )


OrderQuery = Select[CustomerOrder, str, OrderStatusChange, uuid.UUID]


def _base(outlet_id: uuid.UUID) -> OrderQuery:
    now = _current().subquery()
    return (
        select(CustomerOrder, func.coalesce(Customer.name, CustomerOrder.customer_name), OrderStatusChange,
               OrderCancellation.id)
        .join(now, now.c.order_id == CustomerOrder.id)
        .join(OrderStatusChange, and_(OrderStatusChange.order_id == CustomerOrder.id,
                                      OrderStatusChange.position == now.c.position))
        .outerjoin(Customer, Customer.id == CustomerOrder.customer_id)
        .outerjoin(OrderCancellation, OrderCancellation.order_id == CustomerOrder.id)
        .where(CustomerOrder.outlet_id == outlet_id)
    )  # fmt: skip


def only_open(query: OrderQuery) -> OrderQuery:
    """Those of `query`'s orders neither collected nor cancelled."""
    collected = [
        and_(CustomerOrder.workflow == flow.code, OrderStatusChange.to_stage == flow.collected_at)
        for flow in WORKFLOWS.values()
    ]
    return query.where(OrderCancellation.id.is_(None), ~or_(*collected))


def outlet_orders(outlet_id: uuid.UUID) -> OrderQuery:
    """The outlet's orders, each with its customer's name, its current stage and its cancellation (rows for
    `_row`)."""
    return _base(outlet_id)


def find_orders(
    session: Session,
    outlet_id: uuid.UUID,
    text: str = "",
    *,
    stage: str = "",
    open_only: bool = False,
    promised_before: datetime | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> OrderPage:
    """A page of the outlet's orders, newest first: those whose number holds `text`, whose customer's name holds it,
    or whose phone (on the order or on the listed customer) is `text` as a whole number. `stage`: only those now at
    that stage; `open_only`: only those neither collected nor cancelled (the counter's board); `promised_before`:
    only those promised before that moment (overdue, with `open_only`)."""
    wanted = text.strip()
    query = _base(outlet_id)
    if stage:
        query = query.where(OrderStatusChange.to_stage == stage)
    if open_only:
        query = only_open(query)
    if promised_before is not None:
        query = query.where(CustomerOrder.promised_at < promised_before)
    if wanted:
        pattern = like.contains(wanted)
        matches: list[ColumnElement[bool]] = [
            func.lower(CustomerOrder.order_no).like(pattern, escape=like.ESCAPE),
            func.lower(CustomerOrder.customer_name).like(pattern, escape=like.ESCAPE),
            func.lower(Customer.name).like(pattern, escape=like.ESCAPE),
        ]
        lookups = _phone_lookups(wanted)
        if lookups:
            matches += [CustomerOrder.phone_lookup.in_(lookups), Customer.phone_lookup.in_(lookups)]
        query = query.where(or_(*matches))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(CustomerOrder.created_at.desc(), CustomerOrder.id).offset(max(offset, 0)).limit(limit)
    )
    return OrderPage([_row(row) for row in rows], int(total), max(offset, 0))


def ready_not_collected(session: Session, outlet_id: uuid.UUID, today: date, days: int) -> list[OrderRow]:
    """Orders at their completing stage (ready, finished) for `days` days or more and not collected, oldest first."""
    waiting = [
        and_(CustomerOrder.workflow == flow.code, OrderStatusChange.to_stage == flow.completes_at)
        for flow in WORKFLOWS.values()
        if flow.completes_at != flow.collected_at
    ]
    query = _base(outlet_id).where(or_(*waiting), OrderStatusChange.business_date <= date.fromordinal(
        today.toordinal() - days)).order_by(OrderStatusChange.changed_at)  # fmt: skip
    return [_row(row) for row in session.execute(query)]


def debts(session: Session, outlet_id: uuid.UUID, today: date) -> list[MoneyRow]:
    """What customers owe for completed orders at the end of `today`, oldest first."""
    return _money_rows(session, outlet_id, today, [b for b in balances(session, [outlet_id], today) if b.debt],
                       debt=True)  # fmt: skip


def deposits_held(session: Session, outlet_id: uuid.UUID, today: date) -> list[MoneyRow]:
    """Money held for customers at the end of `today` (deposits not applied nor given back), oldest first."""
    return _money_rows(session, outlet_id, today, [b for b in balances(session, [outlet_id], today) if b.held],
                       debt=False)  # fmt: skip


def _money_rows(
    session: Session, outlet_id: uuid.UUID, today: date, found: list[Balance], *, debt: bool
) -> list[MoneyRow]:
    by_id = {b.order_id: b for b in found}
    if not by_id:
        return []
    rows = {row[0].id: _row(row) for row in session.execute(_base(outlet_id).where(CustomerOrder.id.in_(by_id)))}
    result = [
        MoneyRow(rows[order_id], b.debt if debt else b.held, b.since, (today - b.since).days)
        for order_id, b in by_id.items()
        if order_id in rows
    ]
    return sorted(result, key=lambda row: (row.since, row.order.order_no))


def _row(row: Any) -> OrderRow:
    order, name, change, cancelled = row
    stage = workflow(order.workflow).stage(change.to_stage)
    return OrderRow(order.id, order.order_no, name or "", order.phone_tail, stage.code, stage_name(stage),
                    cancelled is not None, order.business_date, order.promised_at, change.changed_at)  # fmt: skip


def _phone_lookups(text: str) -> list[str] | None:
    try:
        number = normalise_phone(text)
        ring = load_keys()
    except (InvalidPhone, KeyStoreError):
        return None
    return lookups_of(ring, PHONE_LOOKUP_FIELD, number) if ring is not None else None
