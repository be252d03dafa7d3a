"""Gross margin per item, category and outlet over business days: what the lines sold for (net of discounts and
tax, refunds and voids taken off) less what the goods cost, at the cost frozen on each sale's stock movement.

Only lines whose stock is tracked carry a cost; the report covers those (an untracked item's cost is unknown, and
counting it as free would overstate the margin)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from ska_pos.db.models import Category, Outlet, Sale, SaleLine, StockMovement
from ska_pos.db.types import quantity_sum
from ska_pos.i18n import _
from ska_pos.reports.stock_models import MarginReport, MarginRow
from ska_pos.services.earnings.period import Period
from ska_pos.services.errors import NotFound

_THOUSANDTHS = Decimal(1000)


def margin_report(session: Session, period: Period, outlet_code: str | None = None) -> MarginReport:
    outlets = select(Outlet.id, Outlet.code).order_by(Outlet.code)
    if outlet_code is not None:
        outlets = outlets.where(Outlet.code == outlet_code.upper())
    codes = {row.id: row.code for row in session.execute(outlets)}
    if outlet_code is not None and not codes:
        raise NotFound(_("Unknown outlet {code}", code=outlet_code))
    # thousandths of a unit times rupiah: summed exactly, rounded once per item
    costs = (
        select(StockMovement.sale_line_id.label("line_id"),
               func.sum(-type_coerce(StockMovement.quantity, BigInteger) * StockMovement.unit_cost).label("cost"))
        .where(StockMovement.sale_line_id.is_not(None))
        .group_by(StockMovement.sale_line_id)
        .subquery()
    )  # fmt: skip
    rows = session.execute(
        select(Sale.outlet_id, Category.name, SaleLine.item_id, SaleLine.sku, SaleLine.name,
               quantity_sum(SaleLine.quantity), func.sum(SaleLine.net_amount), func.sum(costs.c.cost))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .join(costs, costs.c.line_id == SaleLine.id)
        .outerjoin(Category, Category.id == SaleLine.category_id)
        .where(Sale.outlet_id.in_(list(codes)), Sale.business_date >= period.start,
               Sale.business_date <= period.end)
        .group_by(Sale.outlet_id, Category.name, SaleLine.item_id, SaleLine.sku, SaleLine.name)
    )  # fmt: skip
    items = [
        MarginRow(codes[outlet_id], category or "", sku, name, quantity, int(revenue), _rupiah(cost))
        for outlet_id, category, _item_id, sku, name, quantity, revenue, cost in rows
    ]
    items.sort(key=lambda row: (row.outlet_code, row.category, row.name, row.sku))
    return MarginReport(period.start, period.end, sorted(codes.values()), items)


def _rupiah(thousandths: int | None) -> int:
    return int((Decimal(thousandths or 0) / _THOUSANDTHS).to_integral_value(ROUND_HALF_UP))
