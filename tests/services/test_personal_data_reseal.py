"""`ska-pos key rotate`'s reseal (services/personal_data.py): every sealed personal value in the database, not only
the workers', is sealed again with the new key, so the old key can be retired: with it gone from the ring, each kind
of value still opens and a customer is still found by their whole number. A value that does not open stops it."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from order_shop import OrderShop, build_order_shop
from salon_shop import salon_day
from shop import Shop, act_as
from sqlalchemy import column, select, table

from ska_pos.db.models import AuditEntry, Base, Customer
from ska_pos.domain.orders.messages import MessageEvent
from ska_pos.domain.settlement import Tender
from ska_pos.sealing import key_store
from ska_pos.sealing.envelope import KeyRing
from ska_pos.services import customers, personal_data, personal_data_reseal, workers
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.customers import CustomerForm
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.lookup import find_orders
from ska_pos.services.orders.messages import prepare_message
from ska_pos.services.orders.state import load_order
from ska_pos.services.personal_data import PersonalData, PersonalDataUnreadable
from ska_pos.services.salon.appointment_views import day_view
from ska_pos.services.salon.appointments import (
    AppointmentForm,
    BookedService,
    book_appointment,
    mark_arrived,
    move_appointment,
)
from ska_pos.services.workers import WorkerForm

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta
NIK = "3171234567890123"


@pytest.fixture
def keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own key file: the tests below drop keys from it."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SKA_POS_DATA_DIR", str(folder))
    return folder


@pytest.fixture(params=["sqlite", "postgresql"])
def orders(request: pytest.FixtureRequest, keys: Path) -> OrderShop:
    """On SQLite and PostgreSQL: an order's and a booking's rows are append-only, their triggers (migration 0031)
    let only a phone sealed again through."""
    shop: Shop = request.getfixturevalue("shop" if request.param == "sqlite" else "pg_shop")
    return build_order_shop(shop)


def _only(ring: KeyRing, *key_ids: str) -> None:
    """The key file holds only `key_ids` (the first is current): the others are retired, or lost."""
    key_store.key_store().save(key_store.ring_to_text(KeyRing(key_ids[0], {k: ring.keys[k] for k in key_ids})))


def _ring() -> KeyRing:
    ring = key_store.load_keys()
    assert ring is not None
    return ring


def _sealed_values(orders: OrderShop) -> dict[str, list[str]]:
    """Every sealed value in the database, by its column, found from the schema (any `*_sealed` column)."""
    found: dict[str, list[str]] = {}
    with orders.shop.db.reading() as s:
        for name, columns in Base.metadata.tables.items():
            for sealed in (c.name for c in columns.c if c.name.endswith("_sealed")):
                query = select(column(sealed)).select_from(table(name)).where(column(sealed).is_not(None))
                found[f"{name}.{sealed}"] = list(s.scalars(query))
    return found


def _everyone(orders: OrderShop) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    """A worker's personal data, a customer's phone, an order's phone taken at the counter and a walk-in booking's
    phone (moved once, so two of its rows hold it): each sealed with the key current now."""
    shop = orders.shop
    day = salon_day(shop)
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        personal = PersonalData(NIK, "081234567890", date(2026, 1, 5), "BRI", "0123-01-004410-53-1")
        dewi = workers.add_worker(s, manager, WorkerForm("W010", "Dewi", outlet_ids=(shop.cafe.id,),
                                                         personal=personal)).id  # fmt: skip
        ani = customers.add_customer(s, shop.cashier, CustomerForm("Bu Ani", "0812-3456-7890")).id
    lines = [OrderLineForm(orders.kiloan.id, Decimal(5), workers=(WorkerCredit(shop.siti.id, "Siti"),))]
    with shop.db.transaction() as s:
        order_id = take_order(s, orders.laundry_cashier, OrderForm(
            lines, customer_name="Pak Budi", phone="0813-1111-2222", deposit=Tender("cash", 10_000),
            promised_at=MORNING + timedelta(days=2),
        )).order_id  # fmt: skip
    ten = MORNING + timedelta(hours=1)
    with shop.db.transaction() as s:
        visit = book_appointment(s, shop.salon_cashier, AppointmentForm(
            [BookedService(day.cut.id, shop.siti.id, ten)], customer_name="Cici", phone="0815-5555-6666",
        ))  # fmt: skip
    with shop.db.transaction() as s:
        (booked,) = day_view(s, shop.salon.id, MORNING.date()).appointments
        move_appointment(s, shop.salon_cashier, booked.appointment_id, ten + timedelta(hours=1))
    return dewi, ani, order_id, visit  # type: ignore[return-value]


@pytest.mark.time_machine(MORNING, tick=False)
def test_after_rotation_every_sealed_value_opens_without_the_old_key(orders: OrderShop) -> None:
    shop = orders.shop
    dewi, ani, order_id, visit = _everyone(orders)
    with shop.db.transaction() as s:  # a number the upgrade to 0010 kept as it was written: sealed, with no lookup
        kept = customers.add_customer(s, shop.cashier, CustomerForm("Pak Lama", "0817-0000-1111")).id
        row = s.get(Customer, kept)
        assert row is not None
        row.phone_lookup = None
    old = _ring().current
    new = key_store.add_new_current_key().current
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        count = personal_data_reseal.reseal_personal_data(s, manager)
    assert count == 3 + 2 + 1 + 2  # NIK, phone, account; two customers; the order; the booking's two rows
    with shop.db.reading() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "personal_data_resealed")).one()
    assert json.loads(entry.details) == {"key_id": new, "values": 8, "workers": 3, "customers": 2, "orders": 1,
                                         "appointments": 2}  # fmt: skip
    sealed = _sealed_values(orders)
    assert {name for name, values in sealed.items() if values} == {
        "worker.nik_sealed", "worker.phone_sealed", "worker.bank_account_sealed", "customer.phone_sealed",
        "customer_order.phone_sealed", "salon_appointment.phone_sealed",
    }  # fmt: skip
    assert {value.split(":")[2] for values in sealed.values() for value in values} == {new}

    _only(_ring(), new)  # the old key retired
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        assert personal_data.read_personal_data(s, manager, dewi).nik == NIK
        assert customers.phone_of(s, supervisor, ani) == "0812-3456-7890"
        assert [row.id for row in customers.search_customers(s, shop.cafe.id, "+62 812 3456 7890").rows] == [ani]
        assert customers.phone_of(s, supervisor, kept) == "0817-0000-1111"
        lama = s.get(Customer, kept)
        assert lama is not None
        assert lama.phone_lookup is None
        assert [row.id for row in find_orders(s, orders.laundry.id, "081311112222").rows] == [order_id]
        link = prepare_message(s, orders.laundry_cashier, order_id, MessageEvent.INTAKE).link
        assert link.startswith("https://wa.me/6281311112222?")
        taken = mark_arrived(s, shop.salon_cashier, visit)  # the visit's order seals the booking's phone again
    with shop.db.reading() as s:
        assert load_order(s, taken.order_id).phone_tail == "6666"
    assert old not in _ring().keys


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_value_that_does_not_open_stops_the_reseal_and_nothing_is_written(orders: OrderShop) -> None:
    shop = orders.shop
    _everyone(orders)
    first = _ring().current
    lost = key_store.add_new_current_key()  # a booking sealed with a key that is then lost: the last kind opened
    with shop.db.transaction() as s:
        book_appointment(s, shop.salon_cashier, AppointmentForm(
            [BookedService(shop.potong.id, shop.budi.id, MORNING + timedelta(hours=4))], customer_name="Dina",
            phone="0816-7777-8888",
        ))  # fmt: skip
    _only(lost, first)  # the key that sealed Dina's phone is lost here
    new = key_store.add_new_current_key().current
    before = _sealed_values(orders)
    with shop.db.transaction() as s, pytest.raises(PersonalDataUnreadable, match=lost.current):
        personal_data_reseal.reseal_personal_data(s, act_as(shop, "manager"))
    assert _sealed_values(orders) == before
    assert new not in {value.split(":")[2] for values in before.values() for value in values}
    with shop.db.reading() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "personal_data_resealed")).all() == []
