"""The debt list and the deposits-held list (issue 12): read a page at a time from the database, oldest first, with
totals by age (0-7, 8-30, 31-90, over 90 days) that agree with the daily summary's orders on a database with orders
of every age and state; and the debt list can be narrowed to the orders already collected."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from order_shop import OrderShop, build_order_shop
from shop import Shop, act_as, approved

from ska_pos.domain.settlement import Tender
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.lookup import debts, deposits_held
from ska_pos.services.orders.money_lists import MoneyKind, money_page
from ska_pos.services.orders.payments import pay_order, refund_order
from ska_pos.services.orders.rules import OrderRules, set_order_rules
from ska_pos.services.orders.stages import collect_order, move_order

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta
TODAY = MORNING.date()


def _ago(days: int) -> datetime:
    return MORNING - timedelta(days=days)


def _orders_of_every_age(orders: OrderShop) -> None:
    """Laundry orders taken 120, 45, 20, 10 and 2 days ago: some held, some owed (collected or only ready), one
    cancelled, one paid off, one with part of its deposit given back."""
    shop, cashier = orders.shop, orders.laundry_cashier
    manager = act_as(shop, "manager", outlet_id=orders.laundry.id, till_id=cashier.till_id)
    with shop.db.transaction() as s:
        set_order_rules(s, manager, orders.laundry.id, OrderRules(pay_later=True, cancel_fee_bp=1000))
    siti = (WorkerCredit(shop.siti.id, "Siti"),)

    def take(days: int, kg: str, deposit: int) -> uuid.UUID:
        with shop.db.transaction() as s:
            form = OrderForm([OrderLineForm(orders.kiloan.id, Decimal(kg), workers=siti)], customer_name=f"Bu {days}",
                             deposit=Tender("cash", deposit) if deposit else None)  # fmt: skip
            return take_order(s, cashier, form, now=_ago(days)).order_id

    def act(days: int, work: object) -> None:
        with shop.db.transaction() as s:
            work(s, _ago(days))  # type: ignore[operator]

    for days in (120, 45, 20, 10, 2):
        held = take(days, "5", 20_000)  # open: Rp20.000 held since the order's day
        act(days, lambda s, t, o=held: refund_order(s, cashier, o, Tender("cash", 5_000), "kurang",
                                                       approval=approved(s, "order.refund"), now=t))  # fmt: skip
        owed = take(days, "4", 10_000)  # ready a day later: Rp14.000 owed since then
        act(days - 1, lambda s, t, o=owed: move_order(s, cashier, o, "ready", now=t))
        taken_away = take(days, "6", 0)  # collected on credit: Rp30.000 of Rp36.000 owed
        act(days - 1, lambda s, t, o=taken_away: collect_order(s, cashier, o, [Tender("cash", 6_000)], now=t))
        act(days - 1, lambda s, t, o=taken_away: pay_order(s, cashier, o, Tender("cash", 1_000), now=t))
        paid_off = take(days, "3", 18_000)  # nothing held nor owed once collected
        act(days - 1, lambda s, t, o=paid_off: collect_order(s, cashier, o, [], now=t))
        cancelled = take(days, "7", 30_000)
        act(days, lambda s, t, o=cancelled: cancel_order(s, cashier, o, "batal",
                                                         approval=approved(s, "order.cancel"), now=t))  # fmt: skip


def _whole(orders: OrderShop, kind: MoneyKind, **options: bool) -> list[tuple[str, int, date]]:
    """Every row of the list, page by page (pages of 4)."""
    rows, offset = [], 0
    while True:
        with orders.shop.db.reading() as s:
            page = money_page(s, orders.laundry.id, TODAY, kind, offset=offset, limit=4, **options)
        rows += [(row.order.order_no, row.amount, row.since) for row in page.rows]
        assert len(page.rows) <= 4
        if not page.rows:
            assert page.count == len(rows)
            return rows
        offset += len(page.rows)


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_lists_totals_by_age_agree_with_the_daily_summary(orders: OrderShop) -> None:
    _orders_of_every_age(orders)
    with orders.shop.db.reading() as s:
        summary = daily_summary(s, TODAY, outlet_code="LDR", language="en").orders
        owed = money_page(s, orders.laundry.id, TODAY, MoneyKind.DEBTS)
        held = money_page(s, orders.laundry.id, TODAY, MoneyKind.HELD)
    # Held: Rp15.000 on each day's open order, since its day (120, 45, 20, 10, 2 days ago).
    assert held.by_age == (15_000, 30_000, 15_000, 15_000)
    assert held.total == summary.held.total == 75_000
    # Owed since the day after each order: 14.000 (ready) + 29.000 (collected on credit, 1.000 paid since).
    assert owed.by_age == (43_000, 86_000, 43_000, 43_000)
    assert owed.total == summary.debts.total == 5 * 43_000
    for listed, summed in ((held, summary.held), (owed, summary.debts)):
        # The summary groups up to 7 days, up to 30, older; the lists split the older ones at 90 days.
        assert (listed.by_age[0], listed.by_age[1], listed.by_age[2] + listed.by_age[3]) == summed.by_age
        assert listed.count == 5 * (1 if listed is held else 2)


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_lists_are_read_a_page_at_a_time_oldest_first_as_the_whole_list_reads(orders: OrderShop) -> None:
    _orders_of_every_age(orders)
    for kind, whole in ((MoneyKind.DEBTS, debts), (MoneyKind.HELD, deposits_held)):
        paged = _whole(orders, kind)
        with orders.shop.db.reading() as s:
            expected = [(row.order.order_no, row.amount, row.since) for row in whole(s, orders.laundry.id, TODAY)]
        assert paged == expected
        assert [since for _no, _amount, since in paged] == sorted(since for _no, _amount, since in paged)


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_debt_list_narrowed_to_orders_already_collected(orders: OrderShop) -> None:
    _orders_of_every_age(orders)
    collected = _whole(orders, MoneyKind.DEBTS, collected_only=True)
    assert [amount for _no, amount, _since in collected] == [29_000] * 5
    with orders.shop.db.reading() as s:
        page = money_page(s, orders.laundry.id, TODAY, MoneyKind.DEBTS, collected_only=True)
    assert (page.count, page.total) == (5, 145_000)


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_list_at_the_end_of_an_earlier_day_leaves_out_what_came_after(orders: OrderShop) -> None:
    _orders_of_every_age(orders)
    day = TODAY - timedelta(days=15)
    with orders.shop.db.reading() as s:
        summary = daily_summary(s, day, outlet_code="LDR", language="en").orders
        held = money_page(s, orders.laundry.id, day, MoneyKind.HELD)
        owed = money_page(s, orders.laundry.id, day, MoneyKind.DEBTS)
    assert (held.total, owed.total) == (summary.held.total, summary.debts.total) == (45_000, 3 * 43_000)


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_lists_agree_with_the_daily_summary_on_postgresql(pg_shop: Shop) -> None:
    orders = build_order_shop(pg_shop)
    _orders_of_every_age(orders)
    with pg_shop.db.reading() as s:
        summary = daily_summary(s, TODAY, outlet_code="LDR", language="en").orders
        owed = money_page(s, orders.laundry.id, TODAY, MoneyKind.DEBTS, limit=3)
        held = money_page(s, orders.laundry.id, TODAY, MoneyKind.HELD, offset=3, limit=3)
    assert (held.total, held.by_age, held.count, len(held.rows)) == (75_000, (15_000, 30_000, 15_000, 15_000), 5, 2)
    assert (owed.total, owed.by_age, len(owed.rows)) == (summary.debts.total, (43_000, 86_000, 43_000, 43_000), 3)
    assert held.total == summary.held.total
    assert all(isinstance(row.amount, int) for row in owed.rows + held.rows)
