"""Review findings on the galeri jahit (issue 12): a customer of another sentra is refused by measurements and by
order intake, and the "not taking orders until" switch stops only the intake of an outlet whose profile takes
orders with due dates, never a salon's walk-ins or another outlet's intake. Refusals write nothing. And the workload
by promised date shows each day's fittings beside its orders, and a manager renames a measure for their outlet."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from order_shop import OrderShop
from shop import act_as
from sqlalchemy import func, select

from ska_pos.db.models import AuditEntry, Customer, CustomerOrder, Measurement, Sentra
from ska_pos.i18n import set_language
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.orders.due_dates import workload
from ska_pos.services.orders.fittings import book_fitting, fitting_done
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.measure_templates import (
    garment_names,
    measure_template,
    measure_templates,
    rename_measure_template,
    rename_measure_templates,
    set_measure_names,
)
from ska_pos.services.orders.measurements import (
    MeasurementForm,
    customer_measurements,
    latest_measurements,
    take_measurement,
)
from ska_pos.services.orders.pause import PAUSE_KEY, set_order_pause
from ska_pos.services.orders.tailoring_intake import TailoringForm
from ska_pos.services.orders.ticket import order_ticket
from ska_pos.services.salon.queue import join_queue
from ska_pos.services.settings import scope_of, store_value

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta
SHIRT = MeasurementForm("kemeja", {"chest": Decimal(96)})


def _stranger(orders: OrderShop) -> uuid.UUID:
    """A customer of another sentra's list (their database met ours through a sync)."""
    with orders.shop.db.transaction() as s:
        other = Sentra(code="LAIN", name="Sentra Lain")
        s.add(other)
        s.flush()
        customer = Customer(sentra_id=other.id, name="Bu Lain")
        s.add(customer)
        s.flush()
        return customer.id


def _count(orders: OrderShop, table: type[object]) -> int:
    with orders.shop.db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_customer_of_another_sentra_is_refused_by_measurements_and_intake(orders: OrderShop) -> None:
    stranger = _stranger(orders)
    cashier = orders.tailor_cashier
    with pytest.raises(ValidationError, match="another sentra"), orders.shop.db.transaction() as s:
        take_measurement(s, cashier, stranger, SHIRT)
    line = [OrderLineForm(orders.kemeja.id, Decimal(1))]
    with pytest.raises(ValidationError, match="another sentra"), orders.shop.db.transaction() as s:
        take_order(s, cashier, OrderForm(line, customer_id=stranger))
    assert (_count(orders, Measurement), _count(orders, CustomerOrder)) == (0, 0)


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_pause_stops_only_the_outlet_whose_profile_takes_orders(orders: OrderShop) -> None:
    shop = orders.shop
    tailor_manager = act_as(shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)
    salon_manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    until = {"until": date(2026, 12, 20).isoformat(), "message": "Penuh"}
    with shop.db.transaction() as s:
        set_order_pause(s, tailor_manager, orders.tailor.id, date(2026, 12, 20), "Penuh")
        # A pause stored for the salon (set before its profile was looked at) must not stop its walk-ins.
        store_value(s, salon_manager, scope_of("outlet", shop.salon.id), PAUSE_KEY, until)
    with shop.db.transaction() as s:
        join_queue(s, shop.salon_cashier, "Ani", [(shop.potong.id, None)])
        take_order(s, orders.laundry_cashier, OrderForm([OrderLineForm(orders.selimut.id, Decimal(1))],
                                                        customer_name="Pak Joko"))  # fmt: skip
    with pytest.raises(ValidationError, match="no orders until"), shop.db.transaction() as s:
        take_order(s, orders.tailor_cashier, OrderForm([OrderLineForm(orders.kemeja.id, Decimal(1))],
                                                       customer_name="Bu Ani"))  # fmt: skip
    with pytest.raises(ValidationError, match="does not take orders with due dates"), shop.db.transaction() as s:
        set_order_pause(s, salon_manager, shop.salon.id, date(2026, 12, 20))
    assert _count(orders, CustomerOrder) == 2


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_workload_shows_each_days_fittings_beside_its_orders(orders: OrderShop) -> None:
    cashier = orders.tailor_cashier
    line = [OrderLineForm(orders.kemeja.id, Decimal(1))]
    with orders.shop.db.transaction() as s:
        order_id = take_order(s, cashier, OrderForm(line, customer_name="Bu Ani",
                                                    promised_at=MORNING + timedelta(days=6))).order_id  # fmt: skip
        first = book_fitting(s, cashier, order_id, MORNING + timedelta(days=2), "Badan")
        book_fitting(s, cashier, order_id, MORNING + timedelta(days=4, hours=3), "Lengan")
        book_fitting(s, cashier, order_id, MORNING + timedelta(days=30))  # past the span
        fitting_done(s, cashier, first, "Pas")
    with orders.shop.db.reading() as s:
        load = workload(s, orders.tailor.id, date(2026, 12, 7), 7)
    booked = {d.day: [(f.order.customer_name, f.note, f.done) for f in d.fittings] for d in load.days if d.fittings}
    assert booked == {date(2026, 12, 9): [("Bu Ani", "Badan", True)], date(2026, 12, 11): [("Bu Ani", "Lengan", False)]}
    assert load.days[6].count == 1  # the order itself, on its promised day


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_manager_renames_a_measure_for_the_outlet_and_the_takings_show_it(orders: OrderShop) -> None:
    manager = act_as(orders.shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)
    with orders.shop.db.transaction() as s:
        set_measure_names(s, manager, orders.tailor.id, {"chest": "  Lingkar   dada  atas ", "waist": ""})
    for refused, names in (("Unknown measure", {"elbow": "Siku"}), ("same name", {"chest": "A", "waist": "a"}),
                           ("at most 40", {"chest": "x" * 41})):  # fmt: skip
        with pytest.raises(ValidationError, match=refused), orders.shop.db.transaction() as s:
            set_measure_names(s, manager, orders.tailor.id, names)
    with pytest.raises(PermissionDenied), orders.shop.db.transaction() as s:
        set_measure_names(s, orders.tailor_cashier, orders.tailor.id, {"chest": "Dada"})
    with orders.shop.db.transaction() as s:
        order_id = take_order(s, orders.tailor_cashier, OrderForm(
            [OrderLineForm(orders.kemeja.id, Decimal(1))], customer_name="Bu Ani",
            tailoring=TailoringForm(measurements=(SHIRT,)))).order_id  # fmt: skip
    with orders.shop.db.reading() as s:
        assert measure_template(s, orders.tailor.id, "kemeja").label("chest") == "Lingkar dada atas"
        assert measure_template(s, orders.tailor.id, "kemeja").label("waist") == "Waist"
        assert measure_template(s, orders.laundry.id, "kemeja").label("chest") == "Chest"
        ticket = order_ticket(s, order_id, "en")
    assert ticket.measurements[0].values == (("Lingkar dada atas", Decimal(96)),)


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_manager_renames_a_garment_type_and_the_customers_earlier_takings_read_under_the_new_name(
    orders: OrderShop,
) -> None:
    manager = act_as(orders.shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)
    with orders.shop.db.transaction() as s:
        customer = Customer(sentra_id=orders.tailor.sentra_id, name="Ratna Dewi")
        s.add(customer)
        s.flush()
        customer_id = customer.id
        take_measurement(s, orders.tailor_cashier, customer_id, SHIRT)  # taken before the rename
        order_id = take_order(s, orders.tailor_cashier, OrderForm(
            [OrderLineForm(orders.kemeja.id, Decimal(1))], customer_id=customer_id,
            tailoring=TailoringForm(measurements=(SHIRT,)))).order_id  # fmt: skip
    with orders.shop.db.transaction() as s:
        renamed = rename_measure_template(s, manager, orders.tailor.id, "kemeja", "  Kemeja   batik ")
    assert renamed.name == "Kemeja batik"
    for refused, garment, name in (("already called Skirt", "kemeja", "skirt"),  # rok's usual name, any case
                                   ("already called Kemeja batik", "rok", "KEMEJA BATIK"),
                                   ("at most 40", "rok", "x" * 41), ("Unknown garment", "jas", "Jas")):  # fmt: skip
        with pytest.raises(ValidationError, match=refused), orders.shop.db.transaction() as s:
            rename_measure_template(s, manager, orders.tailor.id, garment, name)
    with pytest.raises(PermissionDenied), orders.shop.db.transaction() as s:
        rename_measure_template(s, orders.tailor_cashier, orders.tailor.id, "rok", "Rok span")
    with orders.shop.db.reading() as s:
        assert [t.name for t in measure_templates(s, orders.tailor.id)][:2] == ["Kemeja batik", "Trousers"]
        assert measure_template(s, orders.laundry.id, "kemeja").name == "Shirt"  # the outlet's own name only
        history, count = customer_measurements(s, orders.tailor.id, customer_id)
        assert count == 2
        assert {taking.garment_name for taking in history} == {"Kemeja batik"}
        assert [taking.garment_name for taking in latest_measurements(s, orders.tailor.id, customer_id)] == [
            "Kemeja batik"]  # fmt: skip
        assert [(t.values[0].name, t.values[0].cm) for t in history] == [("Chest", Decimal(96))] * 2
        assert order_ticket(s, order_id, "en").measurements[0].garment == "Kemeja batik"
        audits = s.scalars(select(AuditEntry.details).where(AuditEntry.action == "measure_template_renamed")).all()
    assert len(audits) == 1  # the refusals wrote nothing
    with orders.shop.db.transaction() as s:
        assert rename_measure_template(s, manager, orders.tailor.id, "kemeja", "").name == "Shirt"  # usual name back


@pytest.mark.time_machine(MORNING, tick=True)
@pytest.mark.parametrize(("written_in", "read_in", "clash"), [("en", "id", "Kemeja"), ("id", "en", "Shirt")])
def test_a_garment_name_is_refused_when_another_garment_is_called_so_in_any_language(
    orders: OrderShop, written_in: str, read_in: str, clash: str
) -> None:
    """In English the trousers may not take "Kemeja" (the shirt's name in Indonesian), nor in Indonesian "Shirt"."""
    manager = act_as(orders.shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)
    set_language(written_in)
    with orders.shop.db.transaction() as s:
        rename_measure_template(s, manager, orders.tailor.id, "rok", "Rok span")
    with pytest.raises(ValidationError), orders.shop.db.transaction() as s:
        rename_measure_template(s, manager, orders.tailor.id, "celana", clash.upper())
    set_language(read_in)
    with orders.shop.db.reading() as s:
        assert garment_names(s, orders.tailor.id) == {"rok": "Rok span"}
        names = [t.name for t in measure_templates(s, orders.tailor.id)]
    assert len({name.casefold() for name in names}) == len(names)  # every garment told apart in either language


@pytest.mark.time_machine(MORNING, tick=True)
def test_names_that_clash_as_stored_are_kept_with_the_others_and_a_later_rename_loses_none(orders: OrderShop) -> None:
    """A value stored before the check looked at every language: the trousers called "Kemeja". Read in Indonesian,
    it clashes with the shirt; it is kept as stored, and so are the other names, through the next rename."""
    manager = act_as(orders.shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)
    with orders.shop.db.transaction() as s:
        store_value(s, manager, scope_of("outlet", orders.tailor.id), "garment_names",
                    {"celana": "Kemeja", "rok": "Rok span"})  # fmt: skip
    set_language("id")
    with orders.shop.db.reading() as s:
        assert garment_names(s, orders.tailor.id) == {"celana": "Kemeja", "rok": "Rok span"}
        assert measure_template(s, orders.tailor.id, "rok").name == "Rok span"
    with orders.shop.db.transaction() as s:  # the clash ended by renaming the trousers: the skirt's name stays
        rename_measure_template(s, manager, orders.tailor.id, "celana", "Celana panjang")
    with orders.shop.db.reading() as s:
        assert garment_names(s, orders.tailor.id) == {"celana": "Celana panjang", "rok": "Rok span"}


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_swap_of_two_garments_names_is_checked_whole(orders: OrderShop) -> None:
    manager = act_as(orders.shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)
    with orders.shop.db.transaction() as s:
        rename_measure_templates(s, manager, orders.tailor.id, {"kemeja": "Baju", "celana": "Bawahan"})
    with orders.shop.db.transaction() as s:  # one after the other, the first would clash with the second's old name
        kept = rename_measure_templates(s, manager, orders.tailor.id, {"kemeja": "Bawahan", "celana": "Baju"})
    assert kept == {"kemeja": "Bawahan", "celana": "Baju"}
    with pytest.raises(ValidationError, match="already called Baju"), orders.shop.db.transaction() as s:
        rename_measure_templates(s, manager, orders.tailor.id, {"rok": "baju", "seragam": "Seragam sekolah"})
    with orders.shop.db.reading() as s:
        assert [t.name for t in measure_templates(s, orders.tailor.id)][:3] == ["Bawahan", "Baju", "Skirt"]
        audits = s.scalars(select(AuditEntry.details).where(AuditEntry.action == "measure_template_renamed")).all()
    assert len(audits) == 4  # one per changed name; the refusal wrote nothing
