"""The demo galeri jahit's part of an order: the measurements (of a regular customer from the customer list, kept
with their history and re-taken now and then, or of a walk-in, with the order only), the customer's own cloth on
some orders, and a fitting before the promised day. Drawn from the order's number in turn, never from the day's
random draws, so the demo's other figures stay as they were."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Customer, Outlet
from ska_pos.services.actor import Actor
from ska_pos.services.customers import CustomerForm, add_customer
from ska_pos.services.orders.measure_templates import measure_template
from ska_pos.services.orders.measurements import MeasurementForm, latest_measurements, take_measurement
from ska_pos.services.orders.tailoring_intake import FittingForm, TailoringForm

REGULARS = ("Ratna Sari", "Dewi Lestari", "Siti Aminah", "Yuni Kartika")
GARMENTS = ("kemeja", "kebaya", "celana", "rok", "seragam")
BASE_CM = {
    "neck": 38, "chest": 92, "waist": 78, "hips": 98, "shoulder": 42, "sleeve": 58, "arm": 30, "wrist": 16,
    "top_length": 68, "thigh": 56, "knee": 38, "hem": 40, "rise": 26, "trouser_length": 98, "skirt_length": 62,
}  # fmt: skip
FITTING_BEFORE = timedelta(days=2)


def tailoring_part(
    session: Session, actor: Actor, number: int, moment: datetime, promised: datetime | None
) -> tuple[uuid.UUID | None, TailoringForm]:
    """The customer (a regular's id, or None for a walk-in) and the tailoring part of the demo's order `number`."""
    drawn = random.Random(number)
    garment = GARMENTS[number % len(GARMENTS)]
    measures = measure_template(session, actor.outlet_id, garment).measures
    taking = MeasurementForm(garment, {code: BASE_CM[code] + Decimal(drawn.randint(-6, 6)) / 2 for code in measures})
    customer_id: uuid.UUID | None = None
    taken: tuple[MeasurementForm, ...] = ()
    earlier: tuple[uuid.UUID, ...] = ()
    if number % 2 == 0:  # a regular: measured once, the card reused, re-measured every third order
        customer_id = _regular(session, actor, REGULARS[number // 2 % len(REGULARS)])
        latest = [m.id for m in latest_measurements(session, actor.outlet_id, customer_id) if m.garment == garment]
        if not latest or number % 3 == 0:
            latest = [take_measurement(session, actor, customer_id, taking, now=moment)]
        earlier = (latest[0],)
    else:
        taken = (taking,)
    own = number % 3 == 1
    fittings: tuple[FittingForm, ...] = ()
    if promised is not None and promised - FITTING_BEFORE > moment:
        fittings = (FittingForm(promised - FITTING_BEFORE, "Fitting pertama"),)
    cloth = "Kain batik milik pelanggan, 2 m" if own else ""
    return customer_id, TailoringForm(taken, earlier, own, cloth, fittings)


def _regular(session: Session, actor: Actor, name: str) -> uuid.UUID:
    sentra_id = session.scalar(select(Outlet.sentra_id).where(Outlet.id == actor.outlet_id))
    found = session.scalar(select(Customer.id).where(Customer.sentra_id == sentra_id, Customer.name == name))
    return found if found is not None else add_customer(session, actor, CustomerForm(name)).id
