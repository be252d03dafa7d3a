"""A committed sale as receipt data (plain, for the PDF and ESC/POS renderers), and its kitchen ticket."""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import (
    Customer,
    EarningEntry,
    JournalEntry,
    OrderStatusChange,
    Outlet,
    Sale,
    SaleLineModifier,
    SalonSessionLine,
    Till,
    User,
    Worker,
)
from ska_pos.i18n import _, current_language
from ska_pos.reports.receipt_model import (
    KitchenItem,
    KitchenTicket,
    ReceiptData,
    ReceiptLine,
    ReceiptLogo,
    ReceiptModifier,
    ReceiptPayment,
)
from ska_pos.services.errors import NotFound
from ska_pos.services.prep_stations import load_routing
from ska_pos.services.sale_queries import sale_with_lines


def receipt_data(
    session: Session, sale_id: uuid.UUID, *, copy: bool = False, language: str | None = None
) -> ReceiptData:
    """Voids and refunds show their amounts as positive numbers under their own heading."""
    sale = _sale(session, sale_id)
    outlet = session.get(Outlet, sale.outlet_id)
    till = session.get(Till, sale.till_id)
    cashier = session.get(User, sale.cashier_id)
    assert outlet is not None
    assert till is not None
    assert cashier is not None
    sign = -1 if sale.kind != "sale" else 1
    cash = [p for p in sale.payments if p.method == "cash"]
    entry = session.execute(
        select(JournalEntry.seq, JournalEntry.hash).where(JournalEntry.record_id == sale.id).limit(1)
    ).first()
    return ReceiptData(
        outlet_name=outlet.name, outlet_address=outlet.address,
        header_lines=tuple(line for line in outlet.receipt_header.splitlines() if line.strip()),
        footer_lines=tuple(line for line in outlet.receipt_footer.splitlines() if line.strip()),
        receipt_no=sale.receipt_no, sold_at=sale.sold_at.astimezone(ZoneInfo(outlet.timezone)),
        cashier_name=cashier.full_name, till_code=till.code, kind=sale.kind,  # type: ignore[arg-type]
        lines=tuple(_lines(session, sale, sign)), subtotal=sign * sale.subtotal,
        discount_total=sign * (sale.line_discount_total + sale.sale_discount_total),
        service_charge=sign * sale.service_charge, service_rate_bp=sale.service_rate_bp,
        tax_amount=sign * sale.tax_amount, tax_rate_bp=sale.tax_rate_bp, tax_included=sale.prices_include_tax,
        total=sign * sale.total, rounding=sign * sale.rounding,
        payments=tuple(ReceiptPayment(p.method, sign * p.amount, p.reference) for p in sale.payments),  # type: ignore[arg-type]
        tendered=sign * sum(p.tendered for p in cash), change=sum(p.change for p in cash),
        original_receipt_no=_original_number(session, sale), reason=sale.reason,
        customer_name=_customer_name(session, sale), table_no=sale.table_no,
        order_type=sale.order_type,  # type: ignore[arg-type]
        is_copy=copy, show_workers=outlet.show_workers_on_receipt, language=language or current_language(),
        journal_seq=entry.seq if entry else 0, journal_hash=entry.hash if entry else "",
        outlet_phone=outlet.phone, service_included=sale.service_included, logo=receipt_logo(outlet.receipt_logo),
        tip=_tip(session, sale),
    )  # fmt: skip


def receipt_logo(png: bytes | None) -> ReceiptLogo | None:
    """The stored logo with its size in dots, read from the PNG's header (its IHDR chunk: width, then height)."""
    if not png or len(png) < 24 or png[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return ReceiptLogo(png, int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big"))


def kitchen_ticket(
    session: Session, sale_id: uuid.UUID, *, language: str | None = None, station: str | None = None
) -> KitchenTicket:
    """The sale's kitchen ticket; for a `station` (services/prep_stations), only the lines it makes."""
    sale = _sale(session, sale_id)
    outlet = session.get(Outlet, sale.outlet_id)
    assert outlet is not None
    chosen = _modifiers(session, sale)
    lines = list(sale.lines)
    lang = language or current_language()
    label = ""
    if station is not None:
        routing = load_routing(session, sale.outlet_id)
        lines = [line for line in lines if routing.station_of(line.category_id) == station]
        label = routing.label(station, lang) if routing.routes else ""
    items = tuple(
        KitchenItem(
            line.name, line.quantity, tuple(f"{m.group}: {m.option}" for m in chosen.get(line.id, ())), line.note
        )
        for line in lines
    )
    return KitchenTicket(outlet.name, sale.receipt_no, sale.sold_at.astimezone(ZoneInfo(outlet.timezone)),
                         sale.table_no, sale.order_type, items, sale.note,  # type: ignore[arg-type]
                         language=lang, station=label)  # fmt: skip


def _sale(session: Session, sale_id: uuid.UUID) -> Sale:
    sale = sale_with_lines(session, sale_id)
    if sale is None:
        raise NotFound(_("No such sale in this outlet"))
    return sale


def _lines(session: Session, sale: Sale, sign: int) -> list[ReceiptLine]:
    names = _worker_names(session, sale)
    chosen = _modifiers(session, sale)
    return [
        ReceiptLine(
            name=line.name,
            quantity=sign * line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            gross=sign * line.gross_amount,
            discount=sign * (line.line_discount + line.sale_discount_part),
            amount=sign * (line.gross_amount - line.line_discount - line.sale_discount_part),
            workers=names.get(line.id, ()),
            note=line.note,
            modifiers=chosen.get(line.reverses_line_id or line.id, ()),
        )
        for line in sale.lines
    ]


def _modifiers(session: Session, sale: Sale) -> dict[uuid.UUID, tuple[ReceiptModifier, ...]]:
    """The options chosen on each line, by line id; a void's or refund's lines show those of the lines they
    reverse (the options were sold once, with the original line)."""
    line_ids = {line.reverses_line_id or line.id for line in sale.lines}
    rows = session.execute(
        select(SaleLineModifier.sale_line_id, SaleLineModifier.group_name, SaleLineModifier.option_name,
               SaleLineModifier.price)
        .where(SaleLineModifier.sale_line_id.in_(line_ids))
        .order_by(SaleLineModifier.sale_line_id, SaleLineModifier.position)
    )  # fmt: skip
    chosen: dict[uuid.UUID, tuple[ReceiptModifier, ...]] = {}
    for line_id, group, option, price in rows:
        chosen[line_id] = (*chosen.get(line_id, ()), ReceiptModifier(group, option, price))
    return chosen


def _worker_names(session: Session, sale: Sale) -> dict[uuid.UUID, tuple[str, ...]]:
    rows = session.execute(
        select(EarningEntry.sale_line_id, Worker.display_name)
        .join(Worker, Worker.id == EarningEntry.worker_id)
        .where(EarningEntry.sale_id == sale.id)
        .order_by(EarningEntry.split_bp.desc())
    )
    names: dict[uuid.UUID, tuple[str, ...]] = {}
    for line_id, name in rows:
        if line_id is not None:
            names[line_id] = (*names.get(line_id, ()), name)
    return names


def _original_number(session: Session, sale: Sale) -> str:
    if sale.reverses_sale_id is None:
        return ""
    return session.scalar(select(Sale.receipt_no).where(Sale.id == sale.reverses_sale_id)) or ""


def _customer_name(session: Session, sale: Sale) -> str:
    if sale.customer_id is None:
        return ""
    customer = session.get(Customer, sale.customer_id)
    return customer.name if customer else ""


def _tip(session: Session, sale: Sale) -> int:
    """The tip left with the sale (services/tips.py), shared out to the workers in the earnings ledger. A salon
    visit's bill counts too the tip that went on a session's sale of the visit (its stylist served only a line a
    package paid): the customer paid it at this bill."""
    if sale.kind != "sale":
        return 0
    visit = select(OrderStatusChange.order_id).where(OrderStatusChange.sale_id == sale.id).scalar_subquery()
    sessions = select(SalonSessionLine.sale_id).where(SalonSessionLine.order_id == visit)
    found = session.scalar(
        select(func.sum(EarningEntry.amount)).where(
            (EarningEntry.sale_id == sale.id) | EarningEntry.sale_id.in_(sessions), EarningEntry.kind == "tip"
        )
    )
    return int(found or 0)
