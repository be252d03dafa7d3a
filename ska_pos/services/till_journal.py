"""Today's journal of one till, and what is left of a sale to refund: plain rows for the journal screen."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Outlet, Sale, SaleLine, Till, User
from ska_pos.db.types import quantity_sum
from ska_pos.i18n import _
from ska_pos.services.errors import NotFound
from ska_pos.services.sale_context import business_date
from ska_pos.services.sale_queries import SaleFilter, find_sales, sale_with_lines


@dataclass(frozen=True)
class JournalEntry:
    sale_id: uuid.UUID
    receipt_no: str
    sold_at: datetime  # in the outlet's own time zone
    kind: str  # sale, void or refund
    total: int
    methods: tuple[str, ...]
    cashier_name: str
    original_receipt_no: str  # for a void or refund: the sale it reverses
    reversed_by: tuple[str, ...]  # for a sale: the kinds of its voids and refunds

    @property
    def is_voided(self) -> bool:
        return "void" in self.reversed_by

    @property
    def can_void(self) -> bool:
        return self.kind == "sale" and not self.reversed_by

    @property
    def can_refund(self) -> bool:
        return self.kind == "sale" and not self.is_voided


def journal_day(session: Session, till_id: uuid.UUID, now: datetime | None = None) -> date:
    till = session.get(Till, till_id)
    if till is None:
        raise NotFound(_("No such till"))
    return business_date(till.outlet, now or clock.now())


def todays_journal(session: Session, till_id: uuid.UUID, *, now: datetime | None = None) -> list[JournalEntry]:
    """Every sale, void and refund of the till's business day, newest first."""
    day = journal_day(session, till_id, now)
    sales = find_sales(session, SaleFilter(till_id=till_id, date_from=day, date_to=day, limit=5000))
    if not sales:
        return []
    zone = ZoneInfo(session.get(Outlet, sales[0].outlet_id).timezone)  # type: ignore[union-attr]
    cashiers = {sale.cashier_id for sale in sales}
    names = dict(session.execute(select(User.id, User.full_name).where(User.id.in_(cashiers))).all())
    receipts = _receipts_of(session, {s.reverses_sale_id for s in sales if s.reverses_sale_id})
    reversals = _reversal_kinds(session, [s.id for s in sales])
    return [
        JournalEntry(
            sale.id,
            sale.receipt_no,
            sale.sold_at.astimezone(zone),
            sale.kind,
            sale.total,
            tuple(sorted({payment.method for payment in sale.payments})),
            names.get(sale.cashier_id, ""),
            receipts.get(sale.reverses_sale_id, "") if sale.reverses_sale_id else "",
            tuple(reversals[sale.id]),
        )
        for sale in sales
    ]


def _receipts_of(session: Session, sale_ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    if not sale_ids:
        return {}
    return dict(session.execute(select(Sale.id, Sale.receipt_no).where(Sale.id.in_(sale_ids))).all())


def _reversal_kinds(session: Session, sale_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    kinds: dict[uuid.UUID, list[str]] = defaultdict(list)
    rows = session.execute(
        select(Sale.reverses_sale_id, Sale.kind).where(Sale.reverses_sale_id.in_(sale_ids)).order_by(Sale.sold_at)
    )
    for original, kind in rows:
        if original is not None:
            kinds[original].append(kind)
    return kinds


@dataclass(frozen=True)
class RefundableLine:
    line_id: uuid.UUID
    name: str
    unit: str
    quantity: Decimal  # sold
    refundable: Decimal  # not yet refunded
    unit_price: int
    amount: int  # what the customer paid for the whole line, after discounts


def refundable_lines(session: Session, sale_id: uuid.UUID) -> list[RefundableLine]:
    sale = sale_with_lines(session, sale_id)
    if sale is None:
        raise NotFound(_("No such sale"))
    done = dict(
        session.execute(
            select(SaleLine.reverses_line_id, quantity_sum(SaleLine.quantity))
            .where(SaleLine.reverses_line_id.in_([line.id for line in sale.lines]))
            .group_by(SaleLine.reverses_line_id)
        ).all()
    )
    return [
        RefundableLine(
            line.id,
            line.name,
            line.unit,
            line.quantity,
            line.quantity + done.get(line.id, Decimal(0)),
            line.unit_price,
            line.gross_amount - line.line_discount - line.sale_discount_part,
        )
        for line in sale.lines
    ]
