"""The daily summary (laporan harian) of an outlet, or of a whole sentra with a row per outlet, from SQL aggregates.

Every figure is summed by the database (GROUP BY); no sale row is loaded into Python, so a busy day costs the
same handful of queries as a quiet one. Voids and refunds are stored as sales with negative amounts, dated the
day they happen, so the day's sums are already net of them.

How the overview adds up: gross sales minus discounts, voids and refunds (each taken after its discounts) is
the net sales when prices exclude tax; when an outlet's prices include PBJT, the tax inside them is the
difference (it is counted in "Tax"). Net sales plus service charge plus tax is what the sales came to; the
total collected is the sum of the payments, which differs from it only by an outlet's cash rounding.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import (
    Category,
    EarningEntry,
    Item,
    Outlet,
    Payment,
    Sale,
    SaleLine,
    Sentra,
    Till,
    User,
    Worker,
)  # fmt: skip
from ska_pos.db.types import quantity_sum
from ska_pos.i18n import _, current_language, gettext
from ska_pos.reports.daily_model import (
    CategorySales,
    DailySummary,
    DayClosing,
    ItemSales,
    OutletTotal,
    PaymentTotal,
    WorkerRevenue,
    WorkerTips,
)
from ska_pos.services.daily_cash import shifts_of_day
from ska_pos.services.errors import NotFound
from ska_pos.services.journal_closings import day_closings
from ska_pos.services.order_day import orders_of_day
from ska_pos.services.packages.balances import package_days
from ska_pos.services.sale_context import business_date

TOP_ITEMS = 10
PAYMENT_ORDER = ("cash", "qris", "transfer", "ewallet", "deposit", "debt")
_ZERO: dict[str, int] = {"count": 0, "gross": 0, "discounts": 0, "after_discounts": 0, "net": 0, "service": 0,
                         "tax": 0}  # fmt: skip


def daily_summary(
    session: Session, day: date, *, outlet_code: str | None = None, language: str | None = None,
    now: datetime | None = None, cashier_name: str | None = None, manager_name: str | None = None,
) -> DailySummary:  # fmt: skip
    """`outlet_code` None: the whole sentra. Signature names default to the day's cashiers (one outlet) and the
    sentra's manager when it has exactly one."""
    lang = language or current_language()
    sentra, outlets = _scope(session, outlet_code)
    ids = [outlet.id for outlet in outlets]
    is_sentra = outlet_code is None
    kinds = _kind_totals(session, ids, day)
    sales, voids, refunds = (_sum_over_outlets(kinds, kind) for kind in ("sale", "void", "refund"))
    everything = _sum_over_outlets(kinds, None)
    collected = _collected_by_outlet(session, ids, day)
    shifts = shifts_of_day(session, outlets, day, prefix_outlet=is_sentra)
    zone = ZoneInfo(outlets[0].timezone if outlets else "Asia/Jakarta")
    return DailySummary(
        scope_kind="sentra" if is_sentra else "outlet",
        scope_name=sentra.name if is_sentra else outlets[0].name,
        outlet_codes=tuple(outlet.code for outlet in outlets), business_date=day,
        generated_at=(now or clock.now()).astimezone(zone),
        sales_count=sales["count"], gross_sales=sales["gross"], discounts=sales["discounts"],
        void_count=voids["count"], void_amount=-voids["after_discounts"],
        refund_count=refunds["count"], refund_amount=-refunds["after_discounts"],
        net_sales=everything["net"], service_charge=everything["service"], tax=everything["tax"],
        total_collected=sum(collected.values()), payments=_payments(session, ids, day),
        shifts=tuple(shifts), categories=_categories(session, ids, day, lang, prefix_outlet=is_sentra),
        top_items=_top_items(session, ids, day), workers=_workers(session, ids, day),
        tips=_tips(session, ids, day),
        outlets=_outlet_rows(outlets, kinds, collected) if is_sentra else (),
        cashier_name=cashier_name if cashier_name is not None else _cashiers(shifts, is_sentra),
        manager_name=manager_name if manager_name is not None else _only_manager(session, sentra.id),
        language=lang, closings=_day_closings(session, outlets, day, prefix_outlet=is_sentra),
        orders=orders_of_day(session, ids, day), packages=package_days(session, ids, day, day),
    )  # fmt: skip


def summary_today(session: Session, outlet_code: str | None = None) -> date:
    """Today's business date for a summary: the outlet's own calendar (for the whole sentra, its first outlet's,
    the zone the summary is dated in)."""
    _sentra, outlets = _scope(session, outlet_code)
    return business_date(outlets[0], clock.now()) if outlets else clock.today_in(clock.DEFAULT_ZONE)


def _day_closings(
    session: Session, outlets: Sequence[Outlet], day: date, *, prefix_outlet: bool
) -> tuple[DayClosing, ...]:
    codes = {outlet.id: outlet.code for outlet in outlets}
    found = []
    for till in session.scalars(select(Till).where(Till.outlet_id.in_(list(codes))).order_by(Till.code)):
        label = f"{codes[till.outlet_id]} {till.code}" if prefix_outlet else till.code
        found += [
            DayClosing(label, c.closing_no, c.last_hash, c.grand_total) for c in day_closings(session, [till.id], day)
        ]
    return tuple(found)


def outlet_choices(session: Session) -> list[tuple[str, str]]:
    """(code, name) of the sentra's outlets, for choosing the scope of a summary."""
    return [(code, name) for code, name in session.execute(select(Outlet.code, Outlet.name).order_by(Outlet.code))]


def _scope(session: Session, outlet_code: str | None) -> tuple[Sentra, list[Outlet]]:
    if outlet_code is not None:
        outlet = session.scalar(select(Outlet).where(Outlet.code == outlet_code.strip().upper()))
        if outlet is None:
            raise NotFound(_("Unknown outlet {code}", code=outlet_code))
        return outlet.sentra, [outlet]
    sentra = session.scalar(select(Sentra).order_by(Sentra.code).limit(1))
    if sentra is None:
        raise NotFound(_("There is no sentra in this database yet"))
    return sentra, list(sentra.outlets)


def _of_day(ids: Sequence[uuid.UUID], day: date) -> tuple[ColumnElement[bool], ...]:
    return Sale.outlet_id.in_(ids), Sale.business_date == day


def _kind_totals(session: Session, ids: Sequence[uuid.UUID], day: date) -> dict[tuple[uuid.UUID, str], dict[str, int]]:
    discounts = Sale.line_discount_total + Sale.sale_discount_total
    rows = session.execute(
        select(
            Sale.outlet_id,
            Sale.kind,
            func.count(Sale.id).label("count"),
            func.coalesce(func.sum(Sale.subtotal), 0).label("gross"),
            func.coalesce(func.sum(discounts), 0).label("discounts"),
            func.coalesce(func.sum(Sale.subtotal - discounts), 0).label("after_discounts"),
            func.coalesce(func.sum(Sale.net_total), 0).label("net"),
            func.coalesce(func.sum(Sale.service_charge), 0).label("service"),
            func.coalesce(func.sum(Sale.tax_amount), 0).label("tax"),
        )
        .where(*_of_day(ids, day))
        .group_by(Sale.outlet_id, Sale.kind)
    )
    return {(row.outlet_id, row.kind): {key: int(row._mapping[key]) for key in _ZERO} for row in rows}


def _sum_over_outlets(kinds: dict[tuple[uuid.UUID, str], dict[str, int]], kind: str | None) -> dict[str, int]:
    total = dict(_ZERO)
    for (_outlet, row_kind), sums in kinds.items():
        if kind is None or row_kind == kind:
            for key, value in sums.items():
                total[key] += value
    return total


def _collected_by_outlet(session: Session, ids: Sequence[uuid.UUID], day: date) -> dict[uuid.UUID, int]:
    rows = session.execute(
        select(Sale.outlet_id, func.coalesce(func.sum(Payment.amount), 0))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(*_of_day(ids, day))
        .group_by(Sale.outlet_id)
    )
    return {outlet_id: int(amount) for outlet_id, amount in rows}


def _payments(session: Session, ids: Sequence[uuid.UUID], day: date) -> tuple[PaymentTotal, ...]:
    """Net takings per method: what sales took minus what voids and refunds paid back; counts every payment
    that moved money."""
    rows = session.execute(
        select(Payment.method, func.count(Payment.id), func.coalesce(func.sum(Payment.amount), 0))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(*_of_day(ids, day), Payment.amount != 0)  # an old till's Rp0 row moved no money: not a payment
        .group_by(Payment.method)
    )
    totals = [PaymentTotal(method, int(count), int(amount)) for method, count, amount in rows]
    order = {method: index for index, method in enumerate(PAYMENT_ORDER)}
    return tuple(sorted(totals, key=lambda total: order.get(total.method, len(order))))


def _categories(
    session: Session, ids: Sequence[uuid.UUID], day: date, language: str, *, prefix_outlet: bool
) -> tuple[CategorySales, ...]:
    """Net revenue (after discounts, without tax or service) and quantity per category; they add up to net sales."""
    amount = func.coalesce(func.sum(SaleLine.net_amount), 0)
    rows = session.execute(
        select(Outlet.code, Category.name, quantity_sum(SaleLine.quantity), amount)
        .select_from(SaleLine)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .join(Outlet, Outlet.id == Sale.outlet_id)
        .outerjoin(Category, Category.id == SaleLine.category_id)
        .where(*_of_day(ids, day))
        .group_by(Outlet.code, SaleLine.category_id, Category.name)
        .order_by(amount.desc(), Outlet.code, Category.name)
    )
    no_category = gettext("No category", language)
    return tuple(
        CategorySales(f"{code} {name or no_category}" if prefix_outlet else name or no_category, quantity, int(total))
        for code, name, quantity, total in rows
    )


def _top_items(session: Session, ids: Sequence[uuid.UUID], day: date) -> tuple[ItemSales, ...]:
    amount = func.coalesce(func.sum(SaleLine.net_amount), 0)
    rows = session.execute(
        select(Item.name, quantity_sum(SaleLine.quantity), amount)
        .select_from(SaleLine)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .join(Item, Item.id == SaleLine.item_id)
        .where(*_of_day(ids, day))
        .group_by(Item.id, Item.name)
        .order_by(amount.desc(), Item.name)
        .limit(TOP_ITEMS)
    )
    return tuple(ItemSales(name, quantity, int(total)) for name, quantity, total in rows)


def _workers(session: Session, ids: Sequence[uuid.UUID], day: date) -> tuple[WorkerRevenue, ...]:
    """Each worker's credited net revenue and share of the day's sales, net of the day's voids and refunds
    (managers' adjustments belong to the worker's statement, not to a day's sales)."""
    rows = session.execute(
        select(
            Worker.code,
            Worker.name,
            func.coalesce(func.sum(EarningEntry.credited_amount), 0),
            func.coalesce(func.sum(EarningEntry.amount), 0),
        )
        .join(Worker, Worker.id == EarningEntry.worker_id)
        .where(
            EarningEntry.outlet_id.in_(ids),
            EarningEntry.business_date == day,
            EarningEntry.kind.in_(("sale", "void", "refund")),
        )
        .group_by(Worker.id, Worker.code, Worker.name)
        .order_by(Worker.code)
    )
    return tuple(WorkerRevenue(code, name, int(credited), int(share)) for code, name, credited, share in rows)


def _tips(session: Session, ids: Sequence[uuid.UUID], day: date) -> tuple[WorkerTips, ...]:
    """Each worker's tips of the day: taken off the payments at the till, so no other figure of the day holds them."""
    rows = session.execute(
        select(Worker.code, Worker.name, func.sum(EarningEntry.amount))
        .join(Worker, Worker.id == EarningEntry.worker_id)
        .where(EarningEntry.outlet_id.in_(ids), EarningEntry.business_date == day, EarningEntry.kind == "tip")
        .group_by(Worker.id, Worker.code, Worker.name)
        .order_by(Worker.code)
    )
    return tuple(WorkerTips(code, name, int(amount)) for code, name, amount in rows if amount)


def _outlet_rows(
    outlets: Sequence[Outlet], kinds: dict[tuple[uuid.UUID, str], dict[str, int]], collected: dict[uuid.UUID, int]
) -> tuple[OutletTotal, ...]:
    rows = []
    for outlet in outlets:
        mine = {kind: sums for (outlet_id, kind), sums in kinds.items() if outlet_id == outlet.id}
        sales_count = mine.get("sale", _ZERO)["count"]
        net = sum(sums["net"] for sums in mine.values())
        rows.append(OutletTotal(outlet.code, outlet.name, sales_count, net, collected.get(outlet.id, 0)))
    return tuple(rows)


def _cashiers(shifts: Sequence[Any], is_sentra: bool) -> str:
    if is_sentra:
        return ""
    return ", ".join(dict.fromkeys(shift.cashier_name for shift in shifts))


def _only_manager(session: Session, sentra_id: uuid.UUID) -> str:
    names = session.scalars(
        select(User.full_name).where(User.sentra_id == sentra_id, User.role == "manager", User.active).limit(2)
    ).all()
    return names[0] if len(names) == 1 else ""
