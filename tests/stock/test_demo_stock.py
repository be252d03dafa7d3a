"""The demo's shop that counts its stock has a supplier's delivery, makers' consigned pieces (some sold, credited to
the makers) and a stock take in progress; its ledger and on-hand agree."""

from __future__ import annotations

from sqlalchemy import func, select

from ska_pos.db.database import Database
from ska_pos.db.models import EarningEntry, StockCount, StockCountLine, StockDocument, StockMovement
from ska_pos.demo.builder import build_demo
from ska_pos.services.stock.check import check_stock


def test_the_demo_has_consigned_goods_and_a_count_in_progress(db: Database) -> None:
    build_demo(db, days=2, seed=1)
    with db.reading() as s:
        kinds = {
            row[0]: row[1] for row in s.execute(select(StockDocument.kind, func.count()).group_by(StockDocument.kind))
        }
        assert kinds.get("receive") == 2  # the toko's goods, and the café's coffee ingredients (stock_flow_data)
        assert kinds.get("consign_in", 0) >= 2
        assert s.scalar(select(func.count()).where(StockMovement.kind == "sale", StockMovement.worker_id.is_not(None)))
        assert s.scalar(
            select(func.count()).where(EarningEntry.rule_kind == "fixed", EarningEntry.share_rule_id.is_(None))
        )
        assert s.scalars(select(StockCount.state)).all() == ["open"]
        assert s.scalar(select(func.count()).select_from(StockCountLine)) > 0
        assert check_stock(s).ok
