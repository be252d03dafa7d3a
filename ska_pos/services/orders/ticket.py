"""The order ticket's data (reports/order_ticket.py) for one order, read as it is now."""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet
from ska_pos.reports.order_ticket import OrderTicket, OrderTicketLine
from ska_pos.services.orders.state import load_order


def order_ticket(session: Session, order_id: uuid.UUID, language: str) -> OrderTicket:
    order = load_order(session, order_id)
    outlet = session.get(Outlet, order.outlet_id)
    assert outlet is not None
    zone = ZoneInfo(outlet.timezone)
    lines = tuple(
        OrderTicketLine(line.name, line.quantity, line.charged_quantity, line.unit, line.amount, line.note)
        for line in order.lines
    )
    promised = order.promised_at.astimezone(zone) if order.promised_at else None
    return OrderTicket(outlet.name, order.order_no, order.customer_name, order.created_at.astimezone(zone), promised,
                       lines, order.money.held, language)  # fmt: skip
