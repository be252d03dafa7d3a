"""Revision 0003: a payment of Rp0 is refused by the database itself, and a till that already wrote one
upgrades cleanly, keeping its sales."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from shop import build_shop
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError

from ska_pos.db.database import open_database
from ska_pos.db.migrate import alembic_config
from ska_pos.db.models import EarningEntry, Payment, Sale, SaleLine, new_id
from ska_pos.db.types import utcnow
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales
from ska_pos.services.cart import Cart


def _zero_payment(sale_id: uuid.UUID, *, tendered: int) -> dict[str, object]:
    return {"id": new_id(), "sale_id": sale_id, "method": "cash", "amount": 0, "tendered": tendered,
            "change": tendered, "reference": "", "created_at": utcnow()}  # fmt: skip


def _sale_with_a_zero_payment(url: str) -> None:
    database = open_database(url)
    shop = build_shop(database)
    with database.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(2))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])
        s.execute(insert(Payment), [_zero_payment(done.sale_id, tendered=100)])
    database.dispose()


def test_a_till_with_a_zero_payment_upgrades_and_keeps_its_sale(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    database = open_database(url)
    command.upgrade(alembic_config(database.engine), "0002")
    database.dispose()
    _sale_with_a_zero_payment(url)
    database = open_database(url)
    with database.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
        assert list(s.scalars(select(Payment.amount))) == [sum(s.scalars(select(Sale.total)))]
        assert s.scalar(select(func.count()).select_from(SaleLine)) == 1
        assert s.scalar(select(func.count()).select_from(EarningEntry)) == 1
    database.dispose()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_the_database_refuses_a_zero_payment(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = f"sqlite:///{tmp_path / 'pos.sqlite3'}" if backend == "sqlite" else request.getfixturevalue("postgres_url")
    database = open_database(url)
    shop = build_shop(database)
    try:
        with database.transaction() as s:
            cart = Cart(shop.cafe.id)
            cart_ops.add_item(s, cart, shop.kopi.id)
            done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])
        with pytest.raises(IntegrityError, match="ck_payment_amount"), database.transaction() as s:
            s.execute(insert(Payment), [_zero_payment(done.sale_id, tendered=0)])
    finally:
        if backend == "postgresql":
            with database.engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        database.dispose()
