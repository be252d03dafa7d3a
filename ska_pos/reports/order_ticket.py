"""The order ticket the customer takes at intake: the order number large and in a QR code (scanned at the counter
to find the order again), the customer, the promised time, the lines (with the minimum weight when it was charged)
the down payment and the balance left to pay. Plain data in, thermal blocks out (`order_ticket_pdf.py` draws them as
a PDF for a till without a thermal printer)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.blocks import Block, Gap, Pair, Qr, Rule, Text


@dataclass(frozen=True)
class OrderTicketLine:
    name: str
    quantity: Decimal  # as weighed or counted
    charged: Decimal  # at least the item's minimum
    unit: str
    amount: int
    note: str = ""


@dataclass(frozen=True)
class TicketMeasurement:
    """One taking the order is made to: the garment's name and each measure's name and centimetres."""

    garment: str
    values: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True)
class OrderTicket:
    outlet_name: str
    order_no: str
    customer: str
    taken_at: datetime  # in the outlet's time zone
    promised_at: datetime | None
    lines: tuple[OrderTicketLine, ...]
    held: int  # the down payment
    language: str = "id"
    # A tailoring order's: its measurements, whose cloth, its fittings (in the outlet's time zone).
    measurements: tuple[TicketMeasurement, ...] = ()
    own_cloth: bool = False
    cloth_note: str = ""
    fittings: tuple[datetime, ...] = ()


def order_ticket_blocks(ticket: OrderTicket) -> list[Block]:
    lang = ticket.language
    blocks: list[Block] = [
        Text(ticket.outlet_name, "bold", "center"),
        Text(gettext("ORDER", lang), "banner", "center"),
        Text(ticket.order_no, "title", "center"),
        Qr(ticket.order_no),
        Gap(),
        Pair(gettext("Customer", lang), ticket.customer),
        Pair(gettext("Taken", lang), fmt.date_time(ticket.taken_at, lang)),
    ]
    if ticket.promised_at is not None:
        blocks.append(Pair(gettext("Promised", lang), fmt.date_time(ticket.promised_at, lang), "bold"))
    blocks.append(Rule())
    for line in ticket.lines:
        blocks.append(Pair(f"{line.name} {fmt.quantity(line.quantity, lang, line.unit)}",
                           fmt.rupiah(line.amount, lang)))  # fmt: skip
        if line.charged > line.quantity:
            minimum = fmt.quantity(line.charged, lang, line.unit)
            blocks.append(Text(gettext("minimum {minimum} charged", lang).format(minimum=minimum), indent=True))
        if line.note:
            blocks.append(Text(line.note, "small", indent=True))
    blocks += _tailoring_blocks(ticket)
    total = sum(line.amount for line in ticket.lines)
    blocks += [
        Rule(),
        Pair(gettext("Subtotal, before tax", lang), fmt.rupiah(total, lang), "bold"),
        Pair(gettext("Down payment", lang), fmt.rupiah(ticket.held, lang)),
        Pair(gettext("Balance, before tax", lang), fmt.rupiah(max(total - ticket.held, 0), lang), "bold"),
        Rule(heavy=True),
        Text(gettext("Show this ticket to collect your order", lang), "small", "center"),
    ]
    return blocks


def _tailoring_blocks(ticket: OrderTicket) -> list[Block]:
    lang = ticket.language
    blocks: list[Block] = []
    if ticket.own_cloth:
        said = gettext("Customer's own cloth", lang)
        blocks.append(Text(f"{said}: {ticket.cloth_note}" if ticket.cloth_note else said, "bold"))
    elif ticket.cloth_note:
        blocks.append(Text(ticket.cloth_note, "small"))
    for taking in ticket.measurements:
        blocks.append(Text(gettext("Measurements: {garment} (cm)", lang).format(garment=taking.garment), "bold"))
        blocks += [Pair(name, fmt.quantity(cm, lang), indent=True) for name, cm in taking.values]
    for moment in ticket.fittings:
        blocks.append(Pair(gettext("Fitting", lang), fmt.date_time(moment, lang)))
    return blocks
