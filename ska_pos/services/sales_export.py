"""The sales export: one row per worker per sale line, for the sentra's reporting (documented in docs/)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ska_pos.db.models import EarningEntry, Outlet, Sale, SaleLine, SaleLineModifier, Till, User, Worker
from ska_pos.services.export_files import write_csv, write_xlsx

COLUMNS = (
    "receipt_no", "line_no", "sold_at", "outlet_code", "till_code", "cashier", "item_sku", "item_name", "quantity",
    "unit_price", "line_discount", "sale_discount_part", "included_tax", "net_amount", "worker_code", "worker_name",
    "credited_amount", "worker_share", "modifiers", "modifiers_unit_price",
)  # fmt: skip
FORMATS = ("csv", "xlsx")


def export_rows(session: Session, date_from: date, date_to: date) -> Iterator[tuple[Any, ...]]:
    """Rows in sale order. A line credited to nobody still has one row, with empty worker columns. A line's
    options (modifiers) are named in one column; their price per unit is inside `unit_price` and shown apart."""
    chosen = _modifiers(session, date_from, date_to)
    cashier = aliased(User)
    query = (
        select(
            Sale.receipt_no,
            SaleLine.line_no,
            Sale.sold_at,
            Outlet.code,
            Outlet.timezone,
            Till.code,
            cashier.username,
            SaleLine.sku,
            SaleLine.name,
            SaleLine.quantity,
            SaleLine.unit_price,
            SaleLine.line_discount,
            SaleLine.sale_discount_part,
            SaleLine.included_tax,
            SaleLine.net_amount,
            Worker.code,
            Worker.name,
            EarningEntry.credited_amount,
            EarningEntry.amount,
            SaleLine.id,
            SaleLine.reverses_line_id,
        )
        .join(SaleLine, SaleLine.sale_id == Sale.id)
        .join(Outlet, Outlet.id == Sale.outlet_id)
        .join(Till, Till.id == Sale.till_id)
        .join(cashier, cashier.id == Sale.cashier_id)
        .outerjoin(EarningEntry, EarningEntry.sale_line_id == SaleLine.id)
        .outerjoin(Worker, Worker.id == EarningEntry.worker_id)
        .where(Sale.business_date >= date_from, Sale.business_date <= date_to)
        .order_by(Sale.sold_at, Sale.receipt_no, SaleLine.line_no, Worker.code)
        .execution_options(yield_per=2000)
    )
    for row in session.execute(query):
        (receipt, line_no, sold_at, outlet, zone, till, user, sku, name, quantity, price, line_discount,
         sale_part, tax, net, worker_code, worker_name, credited, share, line_id, reversed_id) = row  # fmt: skip
        local_time = sold_at.astimezone(ZoneInfo(zone)).isoformat(timespec="seconds")
        options, options_price = chosen.get(reversed_id or line_id, ("", 0))
        yield (receipt, line_no, local_time, outlet, till, user, sku, name, quantity, price, line_discount,
               sale_part, tax, net, worker_code or "", worker_name or "", credited or 0, share or 0, options,
               options_price)  # fmt: skip


def _modifiers(session: Session, date_from: date, date_to: date) -> dict[Any, tuple[str, int]]:
    """The options of every line sold in the period (a refund's line shows those of the line it reverses)."""
    sold = (
        select(func.coalesce(SaleLine.reverses_line_id, SaleLine.id))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.business_date >= date_from, Sale.business_date <= date_to)
    )
    query = (
        select(SaleLineModifier.sale_line_id, SaleLineModifier.group_name, SaleLineModifier.option_name,
               SaleLineModifier.price)
        .where(SaleLineModifier.sale_line_id.in_(sold))
        .order_by(SaleLineModifier.sale_line_id, SaleLineModifier.position)
    )  # fmt: skip
    chosen: dict[Any, tuple[str, int]] = {}
    for line_id, group, option, price in session.execute(query):
        text, total = chosen.get(line_id, ("", 0))
        chosen[line_id] = (f"{text}; {group}: {option}" if text else f"{group}: {option}", total + price)
    return chosen


def write_export(session: Session, date_from: date, date_to: date, fmt: str, path: Path) -> int:
    """Writes the file and returns the number of data rows; text cells never become formulas."""
    rows = export_rows(session, date_from, date_to)
    if fmt == "csv":
        return write_csv(path, COLUMNS, rows)
    if fmt == "xlsx":
        return write_xlsx(path, "sales", COLUMNS, rows)
    raise ValueError(f"unknown export format {fmt!r}")
