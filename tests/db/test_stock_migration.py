"""Revision 0014 on a database with sales: the stock movements already written get their sale's till and a number,
and the on-hand record starts as their sums; downgrading keeps the sale movements and drops the rest."""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa
from alembic import command
from shop import Shop, act_as
from stock.helpers import receive, sell, supplier

from ska_pos.db.migrate import alembic_config, upgrade_to_head
from ska_pos.db.models import StockMovement, StockOnHand
from ska_pos.services.stock import receiving


def test_movements_written_before_0014_are_numbered_and_summed(shop: Shop) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 5, 7_000)
    sell(shop, shop.keripik.id, 2)
    sell(shop, shop.keripik.id, 1)
    with shop.db.transaction() as s:
        receiving.adjust_stock(s, act_as(shop, "manager"), shop.keripik.id, Decimal(-1), "waste", "pecah")
    engine = shop.db.engine
    command.downgrade(alembic_config(engine), "0012")
    with engine.begin() as connection:
        kinds = connection.execute(sa.text("SELECT kind FROM stock_movement ORDER BY created_at")).scalars().all()
        assert kinds == ["receive", "sale", "sale"]  # waste is a kind of 0014: gone with it
        assert "stock_on_hand" not in sa.inspect(connection).get_table_names()
    upgrade_to_head(engine)
    with shop.db.reading() as s:
        rows = s.execute(sa.select(StockMovement.till_id, StockMovement.seq, StockMovement.quantity)
                         .order_by(StockMovement.created_at)).all()  # fmt: skip
        cached = s.execute(sa.select(StockOnHand.quantity, StockOnHand.avg_cost)).all()
    till = shop.cashier.till_id
    # a receipt of no sale belongs to no till; the sales are numbered in their till's order
    assert [(row.till_id, row.seq, row.quantity) for row in rows] == [
        (None, 1, Decimal(5)), (till, 1, Decimal(-2)), (till, 2, Decimal(-1))]  # fmt: skip
    assert [(row.quantity, row.avg_cost) for row in cached] == [(Decimal(2), 0)]
