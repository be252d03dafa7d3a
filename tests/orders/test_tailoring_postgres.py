"""A galeri jahit's order on the sentra's PostgreSQL (migration 0022): measurements keep their centimetres exactly,
the order names its taking, and two tills marking one fitting done at once mark it once (the second waits for the
order's row, then is refused)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from order_shop import build_order_shop
from shop import Shop, as_admin, log_in
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from ska_pos import clock
from ska_pos.db.models import Customer, OrderFittingDone
from ska_pos.services import setup, shifts
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.fittings import fitting_done, order_fittings
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.measurements import MeasurementForm, order_measurements, take_measurement
from ska_pos.services.orders.tailoring_intake import FittingForm, TailoringForm


def test_a_measured_order_and_one_fitting_done_by_two_tills_at_once_on_postgresql(pg_shop: Shop) -> None:
    orders = build_order_shop(pg_shop)
    cashier = orders.tailor_cashier
    with pg_shop.db.transaction() as s:
        customer = Customer(sentra_id=orders.tailor.sentra_id, name="Bu Ratna")
        s.add(customer)
        s.flush()
        taking = take_measurement(s, cashier, customer.id, MeasurementForm("kebaya", {"chest": Decimal("88.5")}))
        form = OrderForm([OrderLineForm(orders.kemeja.id, Decimal(1))], customer_id=customer.id,
                         tailoring=TailoringForm(measurement_ids=(taking,), fittings=(
                             FittingForm(clock.now() + timedelta(days=3)),)))  # fmt: skip
        order_id = take_order(s, cashier, form).order_id
        other_till = setup.create_till(s, as_admin(s), orders.tailor, "T2")
        supervisor = log_in(s, "supervisor", orders.tailor.id, other_till.id)
        shifts.open_shift(s, supervisor, 50_000)
    with pg_shop.db.reading() as s:
        assert [(v.code, v.cm) for v in order_measurements(s, order_id)[0].values] == [("chest", Decimal("88.5"))]
        fitting_id = order_fittings(s, order_id)[0].id
    with pg_shop.db.transaction() as first:
        fitting_done(first, cashier, fitting_id, "Pas")
        with pg_shop.db.transaction() as second:
            second.execute(text("SET LOCAL lock_timeout = '2s'"))
            with pytest.raises(OperationalError, match="lock timeout"):
                fitting_done(second, supervisor, fitting_id, "Pas juga")
    with pg_shop.db.transaction() as s, pytest.raises(ValidationError, match="already done"):
        fitting_done(s, supervisor, fitting_id)
    with pg_shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(OrderFittingDone)) == 1
