"""Cash per shift for the daily summary: every shift of the day in three grouped queries, whatever their number.

The sums are those of `shifts.cash_summary` (cash payments of the shift's sales, voids and refunds, and its cash
movements in and out), grouped by shift instead of asked shift by shift. A closed shift shows what was
recorded when it was counted; an open one what is expected so far.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from ska_pos.db.models import (
    CashMovement,
    OrderPayment,
    Outlet,
    Payment,
    Sale,
    Shift,
    ShiftClosing,
    Till,
    User,
)
from ska_pos.reports.daily_model import ShiftCash
from ska_pos.services.packages.cash import package_cash_by_shift


def shifts_of_day(session: Session, outlets: Sequence[Outlet], day: date, *, prefix_outlet: bool) -> list[ShiftCash]:
    """Shifts opened on `day` (each outlet's own calendar) or with sales dated `day`, by till and opening time."""
    by_id = {outlet.id: outlet for outlet in outlets}
    rows = session.execute(
        select(Shift, Till.code, Till.outlet_id, User.full_name, ShiftClosing)
        .join(Till, Till.id == Shift.till_id)
        .join(User, User.id == Shift.opened_by_id)
        .outerjoin(ShiftClosing, ShiftClosing.shift_id == Shift.id)
        .where(Till.outlet_id.in_(list(by_id)), _of_day(outlets, day))
        .order_by(Till.outlet_id, Till.code, Shift.opened_at)
    ).all()
    shift_ids = [row[0].id for row in rows]
    cash_sales = _cash_sales(session, shift_ids)
    order_cash = _order_cash(session, shift_ids)
    moved = _movements(session, shift_ids)
    result = []
    for shift, till_code, outlet_id, cashier, closing in rows:
        outlet = by_id[outlet_id]
        code = f"{outlet.code}-{till_code}" if prefix_outlet else till_code
        shift_cash = _shift_cash(shift, closing, code, cashier, ZoneInfo(outlet.timezone), cash_sales, moved)
        if order_cash.get(shift.id):
            orders = order_cash[shift.id]
            expected = shift_cash.expected if closing else shift_cash.expected + orders
            shift_cash = replace(shift_cash, order_cash=orders, expected=expected)
        result.append(shift_cash)
    return sorted(result, key=lambda shift: (shift.till_code, shift.opened_at))


def _shift_cash(
    shift: Shift, closing: ShiftClosing | None, till_code: str, cashier: str, zone: ZoneInfo,
    cash_sales: dict[uuid.UUID, int], moved: defaultdict[uuid.UUID, dict[str, int]],
) -> ShiftCash:  # fmt: skip
    cash = cash_sales.get(shift.id, 0)
    cash_in, cash_out = moved[shift.id].get("in", 0), moved[shift.id].get("out", 0)
    return ShiftCash(
        till_code=till_code, cashier_name=cashier, opened_at=shift.opened_at.astimezone(zone),
        closed_at=closing.closed_at.astimezone(zone) if closing else None, opening_float=shift.opening_float,
        cash_sales=cash, cash_in=cash_in, cash_out=cash_out,
        expected=closing.expected_cash if closing else shift.opening_float + cash + cash_in - cash_out,
        counted=closing.counted_cash if closing else None, difference=closing.difference if closing else None,
    )  # fmt: skip


def _of_day(outlets: Sequence[Outlet], day: date) -> ColumnElement[bool]:
    ids = [outlet.id for outlet in outlets]
    with_sales = select(Sale.shift_id).where(
        Sale.outlet_id.in_(ids), Sale.business_date == day, Sale.shift_id.is_not(None)
    )
    opened_that_day = []
    for zone_name, zone_ids in _by_zone(outlets).items():
        start = datetime.combine(day, time(0), tzinfo=ZoneInfo(zone_name))
        opened_that_day.append(
            and_(Till.outlet_id.in_(zone_ids), Shift.opened_at >= start, Shift.opened_at < start + timedelta(days=1))
        )
    return or_(Shift.id.in_(with_sales), *opened_that_day)


def _by_zone(outlets: Sequence[Outlet]) -> dict[str, list[uuid.UUID]]:
    zones: dict[str, list[uuid.UUID]] = defaultdict(list)
    for outlet in outlets:
        zones[outlet.timezone].append(outlet.id)
    return zones


def _cash_sales(session: Session, shift_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not shift_ids:
        return {}
    rows = session.execute(
        select(Sale.shift_id, func.coalesce(func.sum(Payment.amount), 0))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Sale.shift_id.in_(shift_ids), Payment.method == "cash")
        .group_by(Sale.shift_id)
    )
    return {shift_id: int(amount) for shift_id, amount in rows if shift_id is not None}


def _order_cash(session: Session, shift_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not shift_ids:
        return {}
    rows = session.execute(
        select(OrderPayment.shift_id, func.coalesce(func.sum(OrderPayment.amount), 0))
        .where(OrderPayment.shift_id.in_(shift_ids), OrderPayment.method == "cash")
        .group_by(OrderPayment.shift_id)
    )
    cash = {shift_id: int(amount) for shift_id, amount in rows}
    for shift_id, amount in package_cash_by_shift(session, shift_ids).items():  # held for customers, as deposits
        cash[shift_id] = cash.get(shift_id, 0) + amount
    return cash


def _movements(session: Session, shift_ids: list[uuid.UUID]) -> defaultdict[uuid.UUID, dict[str, int]]:
    moved: defaultdict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    if not shift_ids:
        return moved
    rows = session.execute(
        select(CashMovement.shift_id, CashMovement.direction, func.sum(CashMovement.amount))
        .where(CashMovement.shift_id.in_(shift_ids))
        .group_by(CashMovement.shift_id, CashMovement.direction)
    )
    for shift_id, direction, amount in rows:
        moved[shift_id][direction] = int(amount)
    return moved
