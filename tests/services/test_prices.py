"""Prices by date: a change from today or a later day, its kept history, and a sale at its own day's price."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine
from shop import Shop, act_as
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from ska_pos.db.models import AuditEntry, Item, ItemPrice, SaleLine
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, prices, sales
from ska_pos.services.cart import Cart
from ska_pos.services.errors import PermissionDenied, ValidationError

# 10:00 WIB on 6 December 2026, and the two sides of midnight in Jakarta between 7 and 8 December.
SUNDAY_MORNING = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
LAST_MINUTE_OF_7_DEC = datetime(2026, 12, 7, 16, 59, 30, tzinfo=UTC)
FIRST_MINUTE_OF_8_DEC = datetime(2026, 12, 7, 17, 0, 30, tzinfo=UTC)
pytestmark = pytest.mark.time_machine(SUNDAY_MORNING, tick=False)


def _schedule(shop: Shop, price: int, day: date | None) -> prices.PriceHistory:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        return prices.change_price(s, manager, shop.es_teh.id, price, day)


def _sell_es_teh(shop: Shop) -> int:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        line = cart_ops.add_by_code(s, cart, "8990001")
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])
        assert s.scalar(select(SaleLine.unit_price).where(SaleLine.sale_id == done.sale_id)) == line.unit_price
        return line.unit_price


def test_a_sale_uses_the_price_of_its_own_day_on_either_side_of_a_scheduled_change(shop: Shop) -> None:
    history = _schedule(shop, 6_000, date(2026, 12, 8))
    assert history.current == 5_000
    assert [(e.price, e.effective_from, e.scheduled) for e in history.entries] == [
        (6_000, date(2026, 12, 8), True),
        (5_000, date(2026, 12, 6), False),  # the price it had, kept as the first entry
    ]
    with time_machine.travel(LAST_MINUTE_OF_7_DEC, tick=False):
        assert _sell_es_teh(shop) == 5_000
    with time_machine.travel(FIRST_MINUTE_OF_8_DEC, tick=False):
        assert _sell_es_teh(shop) == 6_000  # nothing ran at midnight: the table says so
        with shop.db.reading() as s:
            assert prices.price_history(s, shop.es_teh.id).current == 6_000
            assert not prices.price_history(s, shop.es_teh.id).scheduled


def test_a_cart_rung_up_before_the_change_is_refused_after_it(shop: Shop) -> None:
    _schedule(shop, 6_000, date(2026, 12, 8))
    cart = Cart(shop.cafe.id)
    with time_machine.travel(LAST_MINUTE_OF_7_DEC, tick=False), shop.db.reading() as s:
        cart_ops.add_by_code(s, cart, "8990001")
    refused = pytest.raises(ValidationError, match="now Rp6,000")
    with time_machine.travel(FIRST_MINUTE_OF_8_DEC, tick=False), shop.db.transaction() as s, refused:
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])


def test_a_change_for_today_takes_effect_at_once_and_updates_the_cached_price(shop: Shop) -> None:
    history = _schedule(shop, 5_500, None)
    assert (history.current, history.entries[0].effective_from) == (5_500, date(2026, 12, 6))
    assert history.entries[0].created_by == "Agus Manajer"
    with shop.db.reading() as s:
        assert s.get(Item, shop.es_teh.id).price == 5_500  # type: ignore[union-attr]
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "item_price_changed")).one()
        assert audit.entity_id == str(shop.es_teh.id)
    assert _sell_es_teh(shop) == 5_500


def test_a_price_cannot_start_in_the_past_nor_be_negative_and_nothing_is_written(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="before today"):
        _schedule(shop, 6_000, date(2026, 12, 5))
    with pytest.raises(ValidationError, match="negative"):
        _schedule(shop, -1, None)
    with shop.db.reading() as s:
        assert s.scalars(select(ItemPrice)).all() == []


def test_a_cashier_may_not_change_a_price(shop: Shop) -> None:
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        prices.change_price(s, shop.cashier, shop.es_teh.id, 1, None)


def test_the_database_refuses_to_rewrite_a_price_history(shop: Shop) -> None:
    _schedule(shop, 6_000, date(2026, 12, 8))
    for statement in ("UPDATE item_price SET price = 1", "DELETE FROM item_price"):
        with pytest.raises(DatabaseError, match="never updated or deleted"), shop.db.transaction() as s:
            s.execute(text(statement))


@pytest.mark.postgres
def test_the_price_of_the_day_and_the_append_only_history_on_postgresql(pg_shop: Shop) -> None:
    shop = pg_shop
    _schedule(shop, 6_000, date(2026, 12, 8))
    with time_machine.travel(LAST_MINUTE_OF_7_DEC, tick=False):
        assert _sell_es_teh(shop) == 5_000
    with time_machine.travel(FIRST_MINUTE_OF_8_DEC, tick=False):
        assert _sell_es_teh(shop) == 6_000
    with pytest.raises(DatabaseError, match="never updated or deleted"), shop.db.transaction() as s:
        s.execute(text("UPDATE item_price SET price = 1"))
