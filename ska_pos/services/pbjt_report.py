"""The PBJT report (Pajak Barang dan Jasa Tertentu, the regional restaurant tax) of an outlet for a period, a row
per business day: what the regional tax office (Bapenda) asks for.

Per day: the receipts issued, the sales before tax (after every discount, without service charge), the service
charge, the taxable base (sales plus service charge: the base PBJT is charged on), the PBJT, and the voids and
refunds with their base and PBJT (negative, as they are recorded); then what remains: the base and the PBJT owed.
Read from the sales as recorded, so the report agrees with the daily summary and the sales export to the rupiah.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ska_pos.db.models import Outlet, Sale
from ska_pos.i18n import _
from ska_pos.reports.pbjt_model import PbjtDay, PbjtFigures, PbjtReport
from ska_pos.services.errors import NotFound, ValidationError

MAX_DAYS = 366
REVERSAL_KINDS = ("void", "refund")


def pbjt_report(session: Session, outlet_code: str, date_from: date, date_to: date) -> PbjtReport:
    if date_to < date_from:
        raise ValidationError(_("The period ends before it starts"))
    if (date_to - date_from).days >= MAX_DAYS:
        raise ValidationError(_("A PBJT report covers at most {days} days", days=MAX_DAYS))
    outlet = session.scalar(select(Outlet).where(Outlet.code == outlet_code.strip().upper()))
    if outlet is None:
        raise NotFound(_("No outlet has the code {code}", code=outlet_code))
    is_sale = Sale.kind == "sale"
    is_reversal = Sale.kind.in_(REVERSAL_KINDS)
    rows = session.execute(
        select(
            Sale.business_date,
            _summed(is_sale, literal(1)).label("receipts"),
            _summed(is_sale, Sale.net_total).label("sales"),
            _summed(is_sale, Sale.service_charge).label("service"),
            _summed(is_sale, Sale.tax_amount).label("tax"),
            _summed(is_reversal, literal(1)).label("reversals"),
            _summed(is_reversal, Sale.net_total + Sale.service_charge).label("reversed_base"),
            _summed(is_reversal, Sale.tax_amount).label("reversed_tax"),
        )
        .where(Sale.outlet_id == outlet.id, Sale.business_date.between(date_from, date_to))
        .group_by(Sale.business_date)
        .order_by(Sale.business_date)
    ).all()
    days = tuple(
        PbjtDay(
            row.business_date,
            PbjtFigures(
                receipts=int(row.receipts),
                sales=int(row.sales),
                service_charge=int(row.service),
                taxable_base=int(row.sales) + int(row.service),
                pbjt=int(row.tax),
                reversals=int(row.reversals),
                reversed_base=int(row.reversed_base),
                reversed_pbjt=int(row.reversed_tax),
            ),
        )
        for row in rows
    )
    return PbjtReport(outlet.code, outlet.name, outlet.address, outlet.tax_rate_bp, outlet.prices_include_tax,
                      date_from, date_to, days, _sum(day.figures for day in days))  # fmt: skip


def _summed(
    condition: ColumnElement[bool], value: ColumnElement[int] | InstrumentedAttribute[int]
) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0)


def _sum(figures: Iterable[PbjtFigures]) -> PbjtFigures:
    total = PbjtFigures()
    for one in figures:
        total = total.plus(one)
    return total
