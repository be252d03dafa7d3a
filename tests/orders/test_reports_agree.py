"""The sales export, the daily summary and the earnings report agree on a database with orders in every state
(taken with a deposit, completed and owed, collected, cancelled) beside counter sales; and the summary's orders
section says what is held for customers and what they owe."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from order_shop import OrderShop
from reports.pdf_text import read_pdf
from shop import act_as, approved

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.settlement import Tender
from ska_pos.reports.daily_pdf import render_daily_summary_pdf
from ska_pos.services import journal_verify, sales, shifts
from ska_pos.services.cart import Cart, WorkerCredit
from ska_pos.services.cart_ops import add_item
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.earnings.period import Period
from ska_pos.services.earnings.report import earnings_report
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.rules import OrderRules, set_order_rules
from ska_pos.services.orders.stages import collect_order, move_order
from ska_pos.services.sales_export import COLUMNS, export_rows

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
DAY = MORNING.date()


def _orders_in_every_state(orders: OrderShop) -> None:
    shop, cashier = orders.shop, orders.laundry_cashier
    siti, budi = WorkerCredit(shop.siti.id, "Siti"), WorkerCredit(shop.budi.id, "Budi")
    manager = act_as(shop, "manager", outlet_id=orders.laundry.id, till_id=cashier.till_id)
    with shop.db.transaction() as s:
        set_order_rules(s, manager, orders.laundry.id, OrderRules(pay_later=True, cancel_fee_bp=1000))

    def laundry(kg: str, deposit: int) -> object:
        form = OrderForm([OrderLineForm(orders.kiloan.id, Decimal(kg), workers=(siti,))], customer_name="Bu Ani",
                         deposit=Tender("cash", deposit) if deposit else None)  # fmt: skip
        return take_order(s, cashier, form).order_id

    with shop.db.transaction() as s:
        held = laundry("5", 20_000)  # open: the deposit is held
        owed = laundry("4.2", 10_000)
        move_order(s, cashier, owed, "ready")  # completed: 15.200 owed
        collected = laundry("2", 5_000)  # the minimum: 18.000
        collect_order(s, cashier, collected, [Tender("qris", 13_000)])
        on_credit = laundry("3", 0)
        collect_order(s, cashier, on_credit, [Tender("cash", 8_000)])  # 10.000 left owed, collected
        cancelled = laundry("6", 30_000)
        cancel_order(s, cashier, cancelled, "Batal", approval=approved(s, "order.cancel"))  # 3.000 kept
        del held
    shared = (WorkerCredit(shop.siti.id, "Siti", 5_000), WorkerCredit(shop.budi.id, "Budi", 5_000))
    with shop.db.transaction() as s:
        tailored = take_order(s, orders.tailor_cashier, OrderForm(
            [OrderLineForm(orders.kemeja.id, Decimal(1), workers=shared)], customer_name="Pak Joko",
            deposit=Tender("transfer", 100_000, "TRF9")))  # fmt: skip
        move_order(s, orders.tailor_cashier, tailored.order_id, "finished")
        visit = take_order(
            s,
            shop.salon_cashier,
            OrderForm([OrderLineForm(shop.potong.id, Decimal(1), workers=(budi,))], customer_name="Rara"),
        )
        collect_order(s, shop.salon_cashier, visit.order_id, [Tender("cash", 25_000)])
        cart = Cart(shop.cafe.id)
        add_item(s, cart, shop.kopi.id, Decimal(2))
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_export_the_daily_summary_and_the_earnings_report_agree(orders: OrderShop) -> None:
    _orders_in_every_state(orders)
    with orders.shop.db.transaction() as s:
        summary = daily_summary(s, DAY, language="en")
        report = earnings_report(s, Period(DAY, DAY), language="en")
        rows = [dict(zip(COLUMNS, row, strict=True)) for row in export_rows(s, DAY, DAY)]
    lines = {(row["receipt_no"], row["line_no"]): row["net_amount"] for row in rows}
    credited: dict[str, int] = defaultdict(int)
    shares: dict[str, int] = defaultdict(int)
    for row in rows:
        if row["worker_code"]:
            credited[row["worker_code"]] += row["credited_amount"]
            shares[row["worker_code"]] += row["worker_share"]
    assert sum(lines.values()) == summary.net_sales == report.net_revenue
    assert {w.worker_code: w.net_credited for w in summary.workers} == dict(credited)
    assert {w.worker_code: w.share for w in summary.workers} == dict(shares)
    assert {r.worker_code: (r.credited_revenue, r.earnings) for r in report.rows if r.credited_revenue} == {
        code: (credited[code], shares[code]) for code in credited
    }
    assert report.balanced
    assert summary.net_sales + summary.service_charge + summary.tax == summary.total_collected
    paid = {p.method: p.amount for p in summary.payments}
    o = summary.orders
    assert (o.deposits_applied, o.left_owed) == (paid["deposit"], paid["debt"])
    assert (o.taken, o.completed, o.collected, o.cancelled) == (7, 5, 3, 1)
    assert o.deposits_received == 20_000 + 10_000 + 5_000 + 30_000 + 100_000
    assert o.given_back == 27_000
    assert o.cancellation_fees == 3_000
    # Held at the end of the day: the open order's 20.000; the tailoring deposit was applied in full.
    assert o.held.total == 20_000
    assert o.held.by_age == (20_000, 0, 0)
    # Owed: 15.200 (ready, not collected), 10.000 (collected on credit), 65.000 (tailoring: 165.000 - 100.000).
    assert o.debts.total == 15_200 + 10_000 + 65_000 == paid["debt"]


@pytest.mark.time_machine(MORNING, tick=True)
@pytest.mark.parametrize("paper", ["a4", "thermal80"])
def test_the_daily_summary_prints_the_orders_in_indonesian(orders: OrderShop, paper: str) -> None:
    _orders_in_every_state(orders)
    with orders.shop.db.transaction() as s:
        summary = daily_summary(s, DAY, outlet_code="LDR", language="id")
    text = read_pdf(render_daily_summary_pdf(summary, paper)).text  # type: ignore[arg-type]
    assert "Pesanan" in text
    assert "Uang muka tersimpan" in text
    assert format_rupiah(20_000) in text
    assert "Utang (bayar nanti)" in text


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_journal_of_tills_with_orders_verifies_and_their_shifts_close_even(orders: OrderShop) -> None:
    _orders_in_every_state(orders)
    with orders.shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, orders.laundry_cashier)).expected
        # float 100.000 + deposits 65.000 + the collection's 8.000 cash at its sale - 27.000 given back
        assert expected == 100_000 + 65_000 + 8_000 - 27_000
        shifts.close_shift(s, orders.laundry_cashier, {50_000: 2, 20_000: 2, 5_000: 1, 1_000: 1})
    with orders.shop.db.transaction() as s:
        report = journal_verify.verify(s)
    assert report.ok, report
