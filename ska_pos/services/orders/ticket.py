"""The order ticket's data (reports/order_ticket.py) for one order, read as it is now."""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import OrderCloth, Outlet
from ska_pos.domain.orders.measures import garment_name, measure_name
from ska_pos.reports.order_ticket import OrderTicket, OrderTicketLine, TicketMeasurement
from ska_pos.services.orders.fittings import order_fittings
from ska_pos.services.orders.measurements import order_measurements
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
    taken = tuple(
        TicketMeasurement(
            m.own_garment_name or garment_name(m.garment, language),
            tuple((v.own_name or measure_name(v.code, language), v.cm) for v in m.values),
        )
        for m in order_measurements(session, order_id)
    )
    cloth = session.scalar(select(OrderCloth).where(OrderCloth.order_id == order_id))
    fittings = tuple(f.fitting_at.astimezone(zone) for f in order_fittings(session, order_id) if not f.done)
    return OrderTicket(outlet.name, order.order_no, order.customer_name, order.created_at.astimezone(zone), promised,
                       lines, order.money.held, language, taken, bool(cloth and cloth.own_cloth),
                       cloth.note if cloth else "", fittings)  # fmt: skip
