"""A galeri jahit's orders (issue 12, tailoring): measurements per garment type with their history, copied onto the
order (a later re-measure leaves the order's as taken), own cloth, fittings on the order, the workload by promised
date, and the "not taking orders until" switch. Refusals write nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
import time_machine
from order_shop import OrderShop
from shop import act_as
from sqlalchemy import func, select

from ska_pos.db.models import Customer, Measurement, OrderFitting, Outlet, Sentra
from ska_pos.domain.orders.measures import DEFAULT_TEMPLATES, MeasurementRefused, Template, check_values, parse_cm
from ska_pos.services.actor import Actor
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.orders.due_dates import workload
from ska_pos.services.orders.fittings import book_fitting, fitting_done, order_fittings
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.measure_templates import measure_template, set_measure_template
from ska_pos.services.orders.measurements import (
    MeasurementForm,
    customer_measurements,
    latest_measurements,
    order_measurements,
    take_measurement,
)
from ska_pos.services.orders.pause import order_pause, set_order_pause
from ska_pos.services.orders.tailoring_intake import FittingForm, TailoringForm
from ska_pos.services.orders.ticket import order_ticket

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta
SHIRT = MeasurementForm("kemeja", {"chest": Decimal("96.5"), "waist": Decimal(84), "sleeve": Decimal(60)})


def _customer(orders: OrderShop) -> uuid.UUID:
    with orders.shop.db.transaction() as s:
        customer = Customer(sentra_id=orders.tailor.sentra_id, name="Bu Ratna")
        s.add(customer)
        s.flush()
        return customer.id


def _manager(orders: OrderShop) -> Actor:
    return act_as(orders.shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)


def test_the_domain_checks_each_measure() -> None:
    shirt = Template("kemeja", DEFAULT_TEMPLATES["kemeja"])
    assert parse_cm("42,5") == Decimal("42.5")
    assert check_values(shirt, {"chest": Decimal(96)}) == {"chest": Decimal(96)}
    for typed in ("abc", "0", "-3", "2050", "42.55"):
        with pytest.raises(MeasurementRefused):
            parse_cm(typed)
    with pytest.raises(MeasurementRefused, match="has no measure"):
        check_values(shirt, {"skirt_length": Decimal(60)})
    with pytest.raises(MeasurementRefused, match="at least one"):
        check_values(shirt, {})


@pytest.mark.time_machine(MORNING, tick=True)
def test_measurements_keep_their_history_and_the_order_keeps_its_own(orders: OrderShop) -> None:
    customer_id = _customer(orders)
    cashier = orders.tailor_cashier
    with orders.shop.db.transaction() as s:
        first = take_measurement(s, cashier, customer_id, SHIRT)
        form = OrderForm([OrderLineForm(orders.kemeja.id, Decimal(1))], customer_id=customer_id,
                         tailoring=TailoringForm(measurement_ids=(first,), own_cloth=True,
                                                 cloth_note="Batik tulis 2 m"))  # fmt: skip
        order_id = take_order(s, cashier, form).order_id
    with time_machine.travel(MORNING + timedelta(days=3)), orders.shop.db.transaction() as s:
        wider = MeasurementForm("kemeja", {"chest": Decimal(100), "waist": Decimal(88)})
        second = take_measurement(s, cashier, customer_id, wider)
    with orders.shop.db.reading() as s:
        latest = latest_measurements(s, cashier.outlet_id, customer_id)
        assert [(m.id, m.garment) for m in latest] == [(second, "kemeja")]
        history, count = customer_measurements(s, cashier.outlet_id, customer_id)
        assert ([m.id for m in history], count) == ([second, first], 2)
        on_order = order_measurements(s, order_id)
        assert [(v.code, v.cm) for v in on_order[0].values] == [
            ("chest", Decimal("96.5")), ("waist", Decimal(84)), ("sleeve", Decimal(60))]  # fmt: skip
        ticket = order_ticket(s, order_id, "en")
    assert (ticket.own_cloth, ticket.cloth_note) == (True, "Batik tulis 2 m")
    assert ticket.measurements[0].values[0] == ("Chest", Decimal("96.5"))


@pytest.mark.time_machine(MORNING, tick=True)
def test_another_sentras_customer_measurements_are_not_read(orders: OrderShop) -> None:
    """One server may hold several sentras' rows: a customer's measurements are read only at their sentra's outlets."""
    customer_id = _customer(orders)
    with orders.shop.db.transaction() as s:
        take_measurement(s, orders.tailor_cashier, customer_id, SHIRT)
        other = Sentra(code="LAIN", name="Sentra Lain")
        s.add(other)
        s.flush()
        far = Outlet(sentra_id=other.id, code="FAR", name="Jahit Lain", kind="jahit")
        s.add(far)
        s.flush()
        far_id = far.id
    with orders.shop.db.reading() as s:
        with pytest.raises(ValidationError, match="another sentra"):
            latest_measurements(s, far_id, customer_id)
        with pytest.raises(ValidationError, match="another sentra"):
            customer_measurements(s, far_id, customer_id)
        assert len(latest_measurements(s, orders.tailor.id, customer_id)) == 1


@pytest.mark.time_machine(MORNING, tick=True)
def test_measurements_taken_at_intake_for_a_customer_not_in_the_list_live_on_the_order(orders: OrderShop) -> None:
    with orders.shop.db.transaction() as s:
        form = OrderForm([OrderLineForm(orders.kemeja.id, Decimal(1))], customer_name="Pak Joko",
                         tailoring=TailoringForm(measurements=(SHIRT,), fittings=(
                             FittingForm(MORNING + timedelta(days=5), "Lengan"),)))  # fmt: skip
        order_id = take_order(s, orders.tailor_cashier, form).order_id
    with orders.shop.db.reading() as s:
        taken = order_measurements(s, order_id)
        assert [(m.customer_id, m.garment) for m in taken] == [(None, "kemeja")]
        assert [(f.fitting_at, f.note, f.done) for f in order_fittings(s, order_id)] == [
            (MORNING + timedelta(days=5), "Lengan", False)]  # fmt: skip


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_bad_measure_or_another_customers_taking_writes_nothing(orders: OrderShop) -> None:
    customer_id, other_id = _customer(orders), _customer(orders)
    cashier = orders.tailor_cashier
    with orders.shop.db.transaction() as s:
        others = take_measurement(s, cashier, other_id, SHIRT)
    bad = MeasurementForm("kemeja", {"chest": Decimal(900)})
    with pytest.raises(ValidationError, match="at most 300 cm"), orders.shop.db.transaction() as s:
        take_measurement(s, cashier, customer_id, bad)
    with pytest.raises(ValidationError, match="not the customer's"), orders.shop.db.transaction() as s:
        take_order(s, cashier, OrderForm([OrderLineForm(orders.kemeja.id, Decimal(1))], customer_id=customer_id,
                                         tailoring=TailoringForm(measurement_ids=(others,))))  # fmt: skip
    with pytest.raises(ValidationError, match="take no measurements"), orders.shop.db.transaction() as s:
        take_order(s, orders.laundry_cashier, OrderForm([OrderLineForm(orders.selimut.id, Decimal(1))],
                   customer_name="X", tailoring=TailoringForm(measurements=(SHIRT,))))  # fmt: skip
    with orders.shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Measurement)) == 1


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_manager_changes_a_garments_template_and_a_cashier_may_not(orders: OrderShop) -> None:
    with pytest.raises(PermissionDenied), orders.shop.db.transaction() as s:
        set_measure_template(s, orders.tailor_cashier, orders.tailor.id, "rok", ["waist"])
    manager = _manager(orders)
    with orders.shop.db.transaction() as s:
        set_measure_template(s, manager, orders.tailor.id, "rok", ["waist", "hips", "knee", "skirt_length"])
        with pytest.raises(ValidationError, match="Unknown measure"):
            set_measure_template(s, manager, orders.tailor.id, "rok", ["elbow"])
    with orders.shop.db.reading() as s:
        assert measure_template(s, orders.tailor.id, "rok").measures == ("waist", "hips", "knee", "skirt_length")
        assert measure_template(s, orders.laundry.id, "rok").measures == DEFAULT_TEMPLATES["rok"]


@pytest.mark.time_machine(MORNING, tick=True)
def test_fittings_are_booked_and_done_once(orders: OrderShop) -> None:
    cashier = orders.tailor_cashier
    with orders.shop.db.transaction() as s:
        order_id = take_order(s, cashier, OrderForm([OrderLineForm(orders.kemeja.id, Decimal(1))],
                                                    customer_name="Bu Ani")).order_id  # fmt: skip
        fitting_id = book_fitting(s, cashier, order_id, MORNING + timedelta(days=4), "Pinggang")
    with pytest.raises(ValidationError, match="in the past"), orders.shop.db.transaction() as s:
        book_fitting(s, cashier, order_id, MORNING - timedelta(days=1))
    with orders.shop.db.transaction() as s:
        fitting_done(s, cashier, fitting_id, "Pinggang dikecilkan 1 cm")
    with pytest.raises(ValidationError, match="already done"), orders.shop.db.transaction() as s:
        fitting_done(s, cashier, fitting_id)
    with pytest.raises(ValidationError, match="another outlet"), orders.shop.db.transaction() as s:
        book_fitting(s, orders.laundry_cashier, order_id, MORNING + timedelta(days=2))
    with orders.shop.db.reading() as s:
        assert [(f.done, f.done_note) for f in order_fittings(s, order_id)] == [(True, "Pinggang dikecilkan 1 cm")]
        assert s.scalar(select(func.count()).select_from(OrderFitting)) == 1


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_workload_by_promised_date(orders: OrderShop) -> None:
    cashier = orders.tailor_cashier
    line = [OrderLineForm(orders.kemeja.id, Decimal(1))]
    with orders.shop.db.transaction() as s:
        for name, days in (("A", 2), ("B", 2), ("C", 5)):
            take_order(s, cashier, OrderForm(line, customer_name=name, promised_at=MORNING + timedelta(days=days)))
        take_order(s, cashier, OrderForm(line, customer_name="D"))
    with orders.shop.db.reading() as s:
        load = workload(s, orders.tailor.id, date(2026, 12, 7), 7)
    counts = {d.day: d.count for d in load.days if d.count}
    assert counts == {date(2026, 12, 9): 2, date(2026, 12, 12): 1}
    assert [o.customer_name for o in load.days[2].orders] == ["A", "B"]
    assert (len(load.days), load.overdue_count, load.unpromised) == (7, 0, 1)
    with orders.shop.db.reading() as s:
        later = workload(s, orders.tailor.id, date(2026, 12, 10), 7)
    assert (later.overdue_count, [o.customer_name for o in later.overdue]) == (2, ["A", "B"])


@pytest.mark.time_machine(MORNING, tick=True)
def test_not_taking_orders_until_a_date(orders: OrderShop) -> None:
    line = [OrderLineForm(orders.kemeja.id, Decimal(1))]
    manager = _manager(orders)
    with orders.shop.db.transaction() as s:
        set_order_pause(s, manager, orders.tailor.id, date(2026, 12, 20), "Penuh menjelang Lebaran")
    refused = "no orders until 20-12-2026: Penuh menjelang Lebaran"
    with pytest.raises(ValidationError, match=refused), orders.shop.db.transaction() as s:
        take_order(s, orders.tailor_cashier, OrderForm(line, customer_name="Bu Ani"))
    with time_machine.travel(datetime(2026, 12, 21, 2, 0, tzinfo=UTC)), orders.shop.db.transaction() as s:
        take_order(s, orders.tailor_cashier, OrderForm(line, customer_name="Bu Ani"))
    with orders.shop.db.transaction() as s:
        set_order_pause(s, manager, orders.tailor.id, None)
        assert order_pause(s, orders.tailor.id) is None
    with pytest.raises(PermissionDenied), orders.shop.db.transaction() as s:
        set_order_pause(s, orders.tailor_cashier, orders.tailor.id, date(2026, 12, 20))
