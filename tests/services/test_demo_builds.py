"""The demo that `make run` offers on first start builds whole: its sales follow the till's own rules."""

from __future__ import annotations

from sqlalchemy import func, select

from ska_pos.db.database import Database
from ska_pos.db.models import Sale, SaleLineModifier
from ska_pos.demo.builder import build_demo


def test_three_days_of_the_default_seed_build_with_approved_discounts(db: Database) -> None:
    """A sale discount on top of a line discount passes the limit: the demo's supervisor approves it."""
    result = build_demo(db, days=3, seed=1)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Sale)) > 0
        assert session.scalar(select(func.count()).select_from(Sale).where(Sale.sale_discount_total > 0)) > 0
    assert result.days == 3


def test_the_demo_cafe_sells_drinks_with_sugar_ice_and_size(db: Database) -> None:
    build_demo(db, days=2, seed=1)
    with db.reading() as session:
        sold = set(session.scalars(select(SaleLineModifier.group_name)))
        assert {"Gula", "Ukuran"} <= sold
        large = session.scalars(select(SaleLineModifier.price).where(SaleLineModifier.option_name == "Besar")).all()
        assert set(large) <= {5_000}
