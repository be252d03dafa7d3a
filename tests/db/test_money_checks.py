"""Revision 0005: the database itself refuses a new payment of Rp0, and a till that already wrote one upgrades
cleanly, keeping that row (nothing financial is deleted) and its sale; the reports do not count the old row."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from shop import build_shop
from sqlalchemy import Engine, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from db.lent_columns import columns_of_later_revisions
from db.older_databases import opened
from ska_pos import clock
from ska_pos.db.database import Database, open_upgraded_database
from ska_pos.db.engine import make_engine, make_session_factory
from ska_pos.db.migrate import alembic_config, current_revision, head_revision
from ska_pos.db.models import (
    EarningEntry,
    ItemPrice,
    ModifierGroup,
    ModifierLink,
    ModifierOption,
    Payment,
    RecipeLine,
    Sale,
    SaleLine,
    SaleLineModifier,
    new_id,
)
from ska_pos.db.models.base import table_of
from ska_pos.db.sqlite_file import BACKUP_FOLDER
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales
from ska_pos.services.cart import Cart
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.shift_report import build_shift_report


def _zero_payment(sale_id: uuid.UUID, *, tendered: int) -> dict[str, object]:
    return {"id": new_id(), "sale_id": sale_id, "method": "cash", "amount": 0, "tendered": tendered,
            "change": tendered, "reference": "", "created_at": clock.now()}  # fmt: skip


def _shop_at_0004_with_a_zero_payment(url: str) -> tuple[uuid.UUID, uuid.UUID]:
    """A till (or server) of revision 0004 that wrote a cash sale and, after it, a cash payment of Rp0: the ids
    of the sale and of that payment."""
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0004")
    database = Database(url=url, engine=engine, sessions=make_session_factory(engine))
    with _worker_columns_of_later_revisions(engine), columns_of_later_revisions(engine):
        shop = build_shop(database)
        with database.transaction() as s:
            cart = Cart(shop.cafe.id)
            cart_ops.add_item(s, cart, shop.kopi.id, Decimal(2))
            done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])
            zero_id = new_id()
            s.execute(insert(Payment), [{**_zero_payment(done.sale_id, tendered=100), "id": zero_id}])
    assert current_revision(engine) == "0004"
    database.dispose()
    return done.sale_id, zero_id


# The models are the newest schema's: the worker columns that revision 0006 adds (personal data sealed) and the
# `item_price` table of revision 0009 (a sale is priced from it) and the modifier tables of 0015 (an add asks for the
# item's option groups) and the recipes of 0019 (a sale asks for its items' ingredients) are lent to the 0004 schema
# while the shop is built
# and sells through them, then taken away again. 0004's `bank_account`
# (NOT NULL, no default: the models no longer write it) steps aside meanwhile and comes back with an empty default.
_LATER_WORKER_COLUMNS = ("nik_sealed TEXT", "phone_sealed TEXT", "bank_account_sealed TEXT",
                         "bank_account_tail VARCHAR(4) NOT NULL DEFAULT ''")  # fmt: skip


LENT_TABLES = (ItemPrice, ModifierGroup, ModifierOption, ModifierLink, SaleLineModifier, RecipeLine)


@contextmanager
def _worker_columns_of_later_revisions(engine: Engine) -> Iterator[None]:
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE worker DROP COLUMN bank_account"))
        for column in _LATER_WORKER_COLUMNS:
            connection.execute(text(f"ALTER TABLE worker ADD COLUMN {column}"))
        for model in LENT_TABLES:
            table_of(model).create(connection)
    yield
    engine.dispose()  # no pooled connection keeps the table's lent shape
    with engine.begin() as connection:
        for model in reversed(LENT_TABLES):
            table_of(model).drop(connection)
        for column in _LATER_WORKER_COLUMNS:
            connection.execute(text(f"ALTER TABLE worker DROP COLUMN {column.split()[0]}"))
        connection.execute(text("ALTER TABLE worker ADD COLUMN bank_account VARCHAR(40) NOT NULL DEFAULT ''"))


def test_a_till_with_a_zero_payment_upgrades_and_keeps_the_row_and_its_sale(url: str) -> None:
    sale_id, zero_id = _shop_at_0004_with_a_zero_payment(url)
    database = opened(url)
    try:
        assert current_revision(database.engine) == head_revision(database.engine)
        if url.startswith("sqlite"):
            assert any((Path(url.removeprefix("sqlite:///")).parent / BACKUP_FOLDER).iterdir())
        with database.reading() as s:
            kept = s.get(Payment, zero_id)
            assert kept is not None
            assert (kept.sale_id, kept.method, kept.amount, kept.tendered, kept.change) == (
                sale_id, "cash", 0, 100, 100)  # fmt: skip
            total = s.scalar(select(Sale.total))
            assert sorted(s.scalars(select(Payment.amount))) == [0, total]
            assert s.scalar(select(func.count()).select_from(Sale)) == 1
            assert s.scalar(select(func.count()).select_from(SaleLine)) == 1
            assert s.scalar(select(func.count()).select_from(EarningEntry)) == 1
        with pytest.raises(IntegrityError, match="ck_payment_amount"), database.transaction() as s:
            s.execute(insert(Payment), [_zero_payment(sale_id, tendered=0)])
    finally:
        database.dispose()


def test_the_reports_do_not_count_an_old_zero_payment(url: str) -> None:
    sale_id, _zero_id = _shop_at_0004_with_a_zero_payment(url)
    database = opened(url)
    try:
        with database.reading() as s:
            sale = s.get(Sale, sale_id)
            assert sale is not None
            assert sale.shift_id is not None
            summary = daily_summary(s, sale.business_date, outlet_code="KFE", language="en")
            shift = build_shift_report(s, sale.shift_id, language="en")
        assert [(p.method, p.count, p.amount) for p in summary.payments] == [("cash", 1, sale.total)]
        assert summary.total_collected == sale.total
        assert [(p.method, p.count, p.amount) for p in shift.payments] == [("cash", 1, sale.total)]
    finally:
        database.dispose()


def test_the_database_refuses_a_zero_payment(url: str) -> None:
    database = open_upgraded_database(url)[0]
    shop = build_shop(database)
    try:
        with database.transaction() as s:
            cart = Cart(shop.cafe.id)
            cart_ops.add_item(s, cart, shop.kopi.id)
            done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])
        with pytest.raises(IntegrityError, match="ck_payment_amount"), database.transaction() as s:
            s.execute(insert(Payment), [_zero_payment(done.sale_id, tendered=0)])
        with pytest.raises(IntegrityError, match="ck_payment_amount"), database.transaction() as s:
            s.execute(update(Payment).where(Payment.sale_id == done.sale_id).values(amount=0))
        with database.reading() as s:
            assert list(s.scalars(select(Payment.amount))) == [done.total]
    finally:
        database.dispose()
