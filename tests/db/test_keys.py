"""Every new row gets a time-ordered key (UUIDv7), on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import time
import uuid
from decimal import Decimal

import pytest
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import EarningEntry, Payment, Sale, SaleLine
from ska_pos.domain.settlement import Tender
from ska_pos.ids import new_id
from ska_pos.printing.print_queue import PrintJob
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services import cart_ops, sales
from ska_pos.services.cart import Cart


def _millis(key: uuid.UUID) -> int:
    return key.int >> 80


def test_new_keys_are_version_7_and_increase_in_the_order_they_were_made() -> None:
    before = time.time_ns() // 1_000_000
    keys = [new_id() for _ in range(5_000)]  # many per millisecond: the counter keeps their order
    after = time.time_ns() // 1_000_000
    assert all(isinstance(key, uuid.UUID) and key.version == 7 for key in keys)
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    assert before <= _millis(keys[0]) <= _millis(keys[-1]) <= after


def test_a_print_job_gets_a_time_ordered_key() -> None:
    job = PrintJob.new("report", b"%PDF", PrinterSettings())
    assert uuid.UUID(job.id).version == 7


def _sell(shop: Shop) -> uuid.UUID:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(1))
        cart_ops.add_item(s, cart, shop.keripik.id, Decimal(2))
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)]).sale_id


def _keys_of_sale(shop: Shop, sale_id: uuid.UUID) -> list[uuid.UUID]:
    with shop.db.reading() as s:
        keys = [sale_id]
        keys += s.scalars(select(SaleLine.id).where(SaleLine.sale_id == sale_id)).all()
        keys += s.scalars(select(Payment.id).where(Payment.sale_id == sale_id)).all()
        keys += s.scalars(select(EarningEntry.id).where(EarningEntry.sale_id == sale_id)).all()
        assert s.get(Sale, sale_id) is not None
    return keys


def _check_sales_keys(shop: Shop) -> None:
    first, second = _sell(shop), _sell(shop)
    first_keys, second_keys = _keys_of_sale(shop, first), _keys_of_sale(shop, second)
    assert len(first_keys) == 6  # the sale, 2 lines, 1 payment, 2 earnings entries
    assert all(key.version == 7 for key in first_keys + second_keys)
    assert max(first_keys) < min(second_keys)  # a later sale's rows sort after an earlier one's


def test_a_sale_writes_time_ordered_keys_on_sqlite(shop: Shop) -> None:
    _check_sales_keys(shop)
    assert shop.cafe.id.version == 7  # ORM rows (setup) get the same keys


@pytest.mark.postgres
def test_a_sale_writes_time_ordered_keys_on_postgresql(pg_shop: Shop) -> None:
    _check_sales_keys(pg_shop)
    assert pg_shop.cafe.id.version == 7
