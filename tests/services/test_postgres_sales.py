"""The same services on the sentra's PostgreSQL: a sale, a refund and the export, exactly as on SQLite."""

from __future__ import annotations

import csv
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from shop import Shop, approved
from sqlalchemy import func, select

from ska_pos import clock
from ska_pos.db.models import Payment, Sale
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError
from ska_pos.services.sale_context import business_date
from ska_pos.services.sales_export import write_export

pytestmark = [pytest.mark.postgres, pytest.mark.dates]


def test_a_sale_and_a_partial_refund_on_postgresql(pg_shop: Shop, tmp_path: Path) -> None:
    shop = pg_shop
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.keripik.id, Decimal("1.5"))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])
    with shop.db.transaction() as s:
        line = s.get(Sale, done.sale_id).lines[0]  # type: ignore[union-attr]
        assert line.quantity == Decimal("1.500")
        reversals.refund_lines(s, shop.cashier, done.sale_id, [reversals.RefundRequest(line.id, Decimal("0.5"))],
                               "Rusak", approval=approved(s, "sale.refund"))  # fmt: skip
    day = business_date(shop.cafe, clock.now())
    with shop.db.reading() as s:
        count = write_export(s, day, day, "csv", tmp_path / "pg.csv")
    with (tmp_path / "pg.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert count == 2
    assert [row["quantity"] for row in rows] == ["1.500", "-0.500"]
    assert int(rows[0]["net_amount"]) + int(rows[1]["net_amount"]) == round(Decimal("1.0") * 12_500)


def test_two_tills_cannot_reverse_the_same_sale_at_once(pg_shop: Shop) -> None:
    """The void holds the sale's row lock; the refund waits, then sees nothing left to refund."""
    shop = pg_shop
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(2))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])
        line_id = s.get(Sale, done.sale_id).lines[0].id  # type: ignore[union-attr]
    outcome: list[str] = []
    with shop.db.transaction() as first:
        reversals.void_sale(first, shop.cashier, done.sale_id, "Salah", approval=approved(first, "sale.void"))

        def refund() -> None:
            try:
                with shop.db.transaction() as second:
                    reversals.refund_lines(second, shop.cashier, done.sale_id,
                                           [reversals.RefundRequest(line_id, Decimal(1))], "Rusak",
                                           approval=approved(second, "sale.refund"))  # fmt: skip
                outcome.append("refunded")
            except ValidationError as error:
                outcome.append(error.message)

        waiting = threading.Thread(target=refund)
        waiting.start()
        waiting.join(timeout=1.0)
        assert waiting.is_alive()  # blocked on the lock while the void is not committed
    waiting.join(timeout=30)
    assert len(outcome) == 1
    assert "left to refund" in outcome[0]
    with shop.db.reading() as s:
        assert s.scalar(select(func.sum(Payment.amount))) == 0
