"""The demo café's coffees use up their ingredients, and the toko has sent the café two transfers: one received,
one still on the way."""

from __future__ import annotations

from sqlalchemy import func, select

from ska_pos.db.database import Database
from ska_pos.db.models import Outlet, RecipeLine, StockMovement, StockTransfer, StockTransferReceipt
from ska_pos.demo.builder import build_demo
from ska_pos.services.stock import transfers
from ska_pos.services.stock.check import check_stock


def test_the_demo_has_recipes_used_by_its_sales_and_a_transfer_on_the_way(db: Database) -> None:
    build_demo(db, days=2, seed=1)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(RecipeLine)) == 8
        assert s.scalar(select(func.count()).where(StockMovement.kind == "recipe"))
        assert s.scalar(select(func.count()).select_from(StockTransfer)) == 2
        assert s.scalar(select(func.count()).select_from(StockTransferReceipt)) == 1
        cafe = s.scalars(select(Outlet.id).where(Outlet.code == "KFE")).one()
        assert len(transfers.in_transit(s, cafe)) == 1
        assert check_stock(s).ok
