"""An order's promised time by default (the express tier's hours) falls inside the outlet's opening hours, which a
manager sets per weekday in the outlet's settings (journaled and audited); a cashier cannot."""

from __future__ import annotations

from datetime import UTC, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from order_shop import OrderShop
from shop import act_as
from sqlalchemy import select

from ska_pos.db.models import AuditEntry, JournalEntry
from ska_pos.domain.orders.opening_hours import DEFAULT_OPENING_HOURS, DayHours, OpeningHours
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.opening_hours import checked_hours, opening_hours, set_opening_hours
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.rules import ExpressTier, OrderRules, set_order_rules
from ska_pos.services.orders.state import load_order

JAKARTA = ZoneInfo("Asia/Jakarta")
EVENING = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)  # Monday 19:00 in Jakarta


def _express_order(orders: OrderShop) -> datetime | None:
    manager = act_as(orders.shop, "manager", outlet_id=orders.laundry.id, till_id=orders.laundry_cashier.till_id)
    with orders.shop.db.transaction() as s:
        set_order_rules(s, manager, orders.laundry.id, OrderRules(express=(ExpressTier("kilat", "Kilat", 5000, 6),)))
    with orders.shop.db.transaction() as s:
        form = OrderForm([OrderLineForm(orders.kiloan.id, Decimal(4))], customer_name="Bu Ani", express_tier="kilat")
        taken = take_order(s, orders.laundry_cashier, form)
        return load_order(s, taken.order_id).promised_at


@pytest.mark.time_machine(EVENING, tick=True)
def test_an_express_order_taken_in_the_evening_is_promised_at_the_next_opening(orders: OrderShop) -> None:
    promised = _express_order(orders)
    assert promised is not None
    assert promised.astimezone(JAKARTA) == datetime(2026, 12, 8, 8, 0, tzinfo=JAKARTA)  # not 01:00 at night


@pytest.mark.time_machine(EVENING, tick=True)
def test_a_manager_sets_the_hours_and_the_promise_follows_them(orders: OrderShop) -> None:
    manager = act_as(orders.shop, "manager", outlet_id=orders.laundry.id, till_id=orders.laundry_cashier.till_id)
    late = OpeningHours((DayHours(time(7), time(23)),) * 7)
    with orders.shop.db.transaction() as s:
        assert opening_hours(s, orders.laundry.id) == DEFAULT_OPENING_HOURS
        set_opening_hours(s, manager, orders.laundry.id, late)
    with orders.shop.db.reading() as s:
        assert opening_hours(s, orders.laundry.id) == late
        assert opening_hours(s, orders.tailor.id) == DEFAULT_OPENING_HOURS  # the outlet's own scope
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "opening_hours")) is not None
        assert s.scalar(select(JournalEntry.id).where(JournalEntry.type == "setting")) is not None
    promised = _express_order(orders)
    assert promised is not None
    assert promised.astimezone(JAKARTA) == datetime(2026, 12, 8, 7, 0, tzinfo=JAKARTA)


def test_a_cashier_cannot_change_the_hours_and_bad_hours_are_refused(orders: OrderShop) -> None:
    with orders.shop.db.transaction() as s, pytest.raises(PermissionDenied):
        set_opening_hours(s, orders.laundry_cashier, orders.laundry.id, DEFAULT_OPENING_HOURS)
    with pytest.raises(ValidationError, match="closing time must be later"):
        checked_hours((DayHours(time(20), time(8)),) * 7)
