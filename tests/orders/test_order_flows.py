"""Orders from intake to collection through the services, on a real database: the laundry's worked example of
docs/orders.md, a tailoring order with PBJT, the salon's visit, cancellation, refunds, and the refusals."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from order_shop import OrderShop
from reports.pdf_text import read_pdf
from shop import act_as, approved, log_in
from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import EarningEntry, OrderLine, OrderPayment, Payment, Sale, SaleLine
from ska_pos.domain.orders.money import OrderState
from ska_pos.domain.settlement import Tender
from ska_pos.reports.receipt_pdf import render_receipt_pdf
from ska_pos.services import reversals, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.lookup import debts, deposits_held, find_orders, ready_not_collected
from ska_pos.services.orders.payments import pay_order, refund_order
from ska_pos.services.orders.rules import ExpressTier, OrderRules, order_rules, set_order_rules
from ska_pos.services.orders.stages import collect_order, move_order
from ska_pos.services.orders.state import load_order
from ska_pos.services.receipts import receipt_data
from ska_pos.services.reversals import RefundRequest

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta


def _laundry_order(
    orders: OrderShop, kg: str = "4.2", deposit: int = 10_000, *, pieces: int = 0, **form: object
) -> uuid.UUID:
    siti = WorkerCredit(orders.shop.siti.id, "Siti")
    lines = [OrderLineForm(orders.kiloan.id, Decimal(kg), workers=(siti,))]
    if pieces:
        lines.append(OrderLineForm(orders.selimut.id, Decimal(pieces), workers=(siti,)))
    with orders.shop.db.transaction() as s:
        taken = take_order(s, orders.laundry_cashier, OrderForm(
            lines, customer_name="Bu Ani", phone="0812-3456-7890",
            deposit=Tender("cash", deposit) if deposit else None, **form,  # type: ignore[arg-type]
        ))  # fmt: skip
    return taken.order_id


def _drawer(session: Session, actor: Actor) -> int:
    return shifts.cash_summary(session, shifts.current_shift(session, actor)).expected


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_laundry_worked_example_from_intake_to_collection(orders: OrderShop) -> None:
    order_id = _laundry_order(orders)
    db, cashier = orders.shop.db, orders.laundry_cashier
    with db.transaction() as s:
        order = load_order(s, order_id)
        assert order.order_no == "LDR-261206-001"
        assert order.stage == "received"
        assert order.money.held == 10_000
        assert order.money.recognised == 0
        assert order.lines_amount == 25_200
        assert _drawer(s, cashier) == 110_000  # the deposit is in the drawer, not in the sales
        assert s.scalar(select(Sale.id).where(Sale.outlet_id == orders.laundry.id)) is None
        move_order(s, cashier, order_id, "washing", worker_id=orders.shop.budi.id)
        moved = move_order(s, cashier, order_id, "ready")
    assert moved.sale is not None
    assert moved.sale.applied == 10_000
    assert moved.sale.debt == 15_200
    assert moved.money.recognised == 25_200
    assert moved.money.debt == 15_200
    assert moved.money.held == 0
    with db.transaction() as s:
        sale = s.get(Sale, moved.sale.sale.sale_id)
        assert sale is not None
        assert sale.total == 25_200
        assert sale.note == "LDR-261206-001"
        paid = {p.method: p.amount for p in s.scalars(select(Payment).where(Payment.sale_id == sale.id))}
        assert paid == {"deposit": 10_000, "debt": 15_200}
        credits = s.scalars(select(EarningEntry).where(EarningEntry.sale_id == sale.id)).all()
        assert [(c.worker_id, c.credited_amount, c.amount) for c in credits] == [(orders.shop.siti.id, 25_200, 10_080)]
        collected = collect_order(s, cashier, order_id, [Tender("cash", 15_200)])
        assert _drawer(s, cashier) == 125_200
    assert collected.stage == "collected"
    assert collected.money.debt == 0
    assert collected.money.received == 25_200 == collected.money.recognised
    assert collected.money.balanced()


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_minimum_weight_is_charged_and_recorded_on_the_line(orders: OrderShop) -> None:
    order_id = _laundry_order(orders, kg="2.5", deposit=0, pieces=1)
    with orders.shop.db.transaction() as s:
        order = load_order(s, order_id)
        kg, blanket = order.lines
        assert (kg.quantity, kg.charged_quantity, kg.min_quantity, kg.minimum_applied) == (
            Decimal("2.5"), Decimal(3), Decimal(3), True)  # fmt: skip
        assert kg.amount == 18_000
        assert not blanket.minimum_applied
        assert order.lines_amount == 43_000
        moved = move_order(s, orders.laundry_cashier, order_id, "ready")
        assert moved.sale is not None
        quantities = s.scalars(select(EarningEntry.quantity).where(EarningEntry.sale_id == moved.sale.sale.sale_id))
        assert sorted(quantities) == [Decimal(1), Decimal(3)]


@pytest.mark.time_machine(MORNING, tick=True)
def test_express_raises_the_price_and_sets_the_promised_time(orders: OrderShop) -> None:
    manager = act_as(orders.shop, "manager", outlet_id=orders.laundry.id, till_id=orders.laundry_cashier.till_id)
    with orders.shop.db.transaction() as s:
        set_order_rules(s, manager, orders.laundry.id, OrderRules(express=(ExpressTier("kilat", "Kilat", 5000, 6),)))
    order_id = _laundry_order(orders, kg="4", deposit=0, express_tier="kilat")
    with orders.shop.db.transaction() as s:
        order = load_order(s, order_id)
        assert order.lines[0].unit_price == 9_000
        assert order.lines[0].list_price == 6_000
        assert order.promised_at is not None
        assert order.promised_at - order.created_at == timedelta(hours=6)
    with pytest.raises(ValidationError, match="no express service"):
        _laundry_order(orders, express_tier="kilat-banget")


@pytest.mark.time_machine(MORNING, tick=True)
def test_collection_needs_the_debt_paid_unless_the_outlet_allows_paying_later(orders: OrderShop) -> None:
    order_id = _laundry_order(orders, kg="5", deposit=5_000)
    db, cashier = orders.shop.db, orders.laundry_cashier
    with db.transaction() as s:
        move_order(s, cashier, order_id, "ready")
    with db.transaction() as s, pytest.raises(ValidationError, match="still owed"):
        collect_order(s, cashier, order_id)
    manager = act_as(orders.shop, "manager", outlet_id=orders.laundry.id, till_id=cashier.till_id)
    with db.transaction() as s:
        set_order_rules(s, manager, orders.laundry.id, OrderRules(pay_later=True))
        assert order_rules(s, orders.laundry.id).pay_later
    with db.transaction() as s:
        collected = collect_order(s, cashier, order_id, [Tender("qris", 5_000)])
        assert collected.money.debt == 20_000
        assert collected.stage == "collected"
        owed = debts(s, orders.laundry.id, MORNING.date())
        assert [(row.order.order_no, row.amount, row.age_days) for row in owed] == [("LDR-261206-001", 20_000, 0)]
        with pytest.raises(ValidationError, match="Only Rp"):
            pay_order(s, cashier, order_id, Tender("cash", 20_001))
        assert pay_order(s, cashier, order_id, Tender("cash", 20_000)).debt == 0
        assert debts(s, orders.laundry.id, MORNING.date()) == []


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_tailoring_order_with_pbjt_a_deposit_and_stage_workers(orders: OrderShop) -> None:
    cashier = orders.tailor_cashier
    credit = (WorkerCredit(orders.shop.siti.id, "Siti", 4000), WorkerCredit(orders.shop.budi.id, "Budi", 6000))
    with orders.shop.db.transaction() as s:
        taken = take_order(
            s,
            cashier,
            OrderForm(
                [OrderLineForm(orders.kemeja.id, Decimal(1), workers=credit)],
                customer_name="Pak Joko",
                deposit=Tender("transfer", 99_000, "TRF1"),
            ),
        )
        for stage, worker in (("cut", orders.shop.siti.id), ("sewn", orders.shop.budi.id), ("fitting", None)):
            move_order(s, cashier, taken.order_id, stage, worker_id=worker)
        with pytest.raises(ValidationError, match="forward only"):
            move_order(s, cashier, taken.order_id, "cut")
        done = move_order(s, cashier, taken.order_id, "finished")
        assert done.sale is not None
        sale = s.get(Sale, done.sale.sale.sale_id)
        assert sale is not None
        assert (sale.net_total, sale.tax_amount, sale.total) == (150_000, 15_000, 165_000)
        shares = dict(s.execute(select(EarningEntry.worker_id, EarningEntry.amount)
                                .where(EarningEntry.sale_id == sale.id)).all())  # fmt: skip
        assert shares == {orders.shop.siti.id: 36_000, orders.shop.budi.id: 54_000}  # 60% of their parts
        collected = collect_order(s, cashier, taken.order_id, [Tender("cash", 66_000)])
        assert collected.money.balanced()
        assert collected.money.received == 165_000


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_salon_visit_completes_and_collects_in_one_move(orders: OrderShop) -> None:
    shop = orders.shop
    cashier = shop.salon_cashier
    budi = (WorkerCredit(shop.budi.id, "Budi"),)
    with shop.db.transaction() as s:
        taken = take_order(s, cashier, OrderForm([OrderLineForm(shop.potong.id, Decimal(1), workers=budi)],
                                                 customer_name="Mbak Rara"))  # fmt: skip
        move_order(s, cashier, taken.order_id, "serving", worker_id=shop.budi.id)
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="still owed"):
        collect_order(s, cashier, taken.order_id)
    with shop.db.transaction() as s:
        assert s.scalar(select(Sale.id).where(Sale.note == taken.order_no)) is None  # the refusal wrote nothing
        done = collect_order(s, cashier, taken.order_id, [Tender("cash", 50_000)])
        assert done.sale is not None
        assert done.sale.sale.change == 25_000
        assert done.stage == "done"
        assert done.money.balanced()
        assert done.money.recognised == 25_000


@pytest.mark.time_machine(MORNING, tick=True)
def test_cancelling_needs_a_reason_and_a_supervisor_and_keeps_the_outlets_fee(orders: OrderShop) -> None:
    db, cashier = orders.shop.db, orders.laundry_cashier
    manager = act_as(orders.shop, "manager", outlet_id=orders.laundry.id, till_id=cashier.till_id)
    with db.transaction() as s:
        set_order_rules(s, manager, orders.laundry.id, OrderRules(cancel_fee_bp=1000))
    order_id = _laundry_order(orders, deposit=20_000)
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="reason"):
            cancel_order(s, cashier, order_id, " ")
        with pytest.raises(PermissionDenied):
            cancel_order(s, cashier, order_id, "Customer changed their mind")
        money = cancel_order(s, cashier, order_id, "Customer changed their mind",
                             approval=approved(s, "order.cancel"))  # fmt: skip
        assert (money.state, money.recognised, money.refunded, money.held) == (OrderState.CANCELLED, 2_000, 18_000, 0)
        assert _drawer(s, cashier) == 100_000 + 2_000
        assert load_order(s, order_id).cancelled
        with pytest.raises(ValidationError, match="cancelled"):
            move_order(s, cashier, order_id, "washing")
        with pytest.raises(ValidationError, match="cancelled"):
            pay_order(s, cashier, order_id, Tender("cash", 1_000))


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_deposit_larger_than_the_total_stays_held_until_given_back(orders: OrderShop) -> None:
    order_id = _laundry_order(orders, kg="3", deposit=50_000)
    db, cashier = orders.shop.db, orders.laundry_cashier
    with db.transaction() as s:
        moved = move_order(s, cashier, order_id, "ready")
        assert (moved.money.held, moved.money.debt, moved.money.recognised) == (32_000, 0, 18_000)
        held = deposits_held(s, orders.laundry.id, MORNING.date())
        assert [(row.order.order_no, row.amount) for row in held] == [("LDR-261206-001", 32_000)]
        with pytest.raises(ValidationError, match="Only Rp"):
            refund_order(s, cashier, order_id, Tender("cash", 32_001), "Overpaid", approval=approved(s, "order.refund"))
        money = refund_order(s, cashier, order_id, Tender("cash", 32_000), "Overpaid",
                             approval=approved(s, "order.refund"))  # fmt: skip
        assert money.held == 0
        assert money.refunded == 32_000
        assert money.balanced()
        rows = s.scalars(select(OrderPayment.amount).where(OrderPayment.order_id == order_id)).all()
        assert sorted(rows) == [-32_000, 50_000]


def test_finding_orders_by_number_name_and_phone(orders: OrderShop, time_machine: object) -> None:
    first = _laundry_order(orders, deposit=0)
    with orders.shop.db.transaction() as s:
        other = take_order(
            s,
            orders.laundry_cashier,
            OrderForm(
                [OrderLineForm(orders.selimut.id, Decimal(2))], customer_name="Pak Harun", phone="0813 1111 2222"
            ),
        )
        number = load_order(s, first).order_no
        assert [r.id for r in find_orders(s, orders.laundry.id, number).rows] == [first]
        assert [r.id for r in find_orders(s, orders.laundry.id, "harun").rows] == [other.order_id]
        assert [r.id for r in find_orders(s, orders.laundry.id, "+62 812 3456 7890").rows] == [first]
        page = find_orders(s, orders.laundry.id)
        assert page.total == 2
        assert page.rows[0].id == other.order_id
        assert find_orders(s, orders.shop.cafe.id).total == 0


def test_ready_orders_not_collected_after_the_outlets_days(orders: OrderShop, time_machine: object) -> None:
    import time_machine as tm

    with tm.travel(MORNING, tick=True):
        order_id = _laundry_order(orders, deposit=0)
        with orders.shop.db.transaction() as s:
            move_order(s, orders.laundry_cashier, order_id, "ready")
            assert ready_not_collected(s, orders.laundry.id, MORNING.date(), 3) == []
    later = MORNING + timedelta(days=3)
    with orders.shop.db.transaction() as s:
        waiting = ready_not_collected(s, orders.laundry.id, later.date(), 3)
        assert [row.id for row in waiting] == [order_id]
        assert waiting[0].stage_name == "Ready for pickup"


@pytest.mark.time_machine(MORNING, tick=True)
def test_an_order_of_another_outlet_and_a_bad_line_are_refused(orders: OrderShop) -> None:
    order_id = _laundry_order(orders, deposit=0)
    with orders.shop.db.transaction() as s:
        with pytest.raises(ValidationError, match="another outlet"):
            move_order(s, orders.tailor_cashier, order_id, "cut")
        with pytest.raises(ValidationError, match="another outlet"):
            take_order(s, orders.tailor_cashier, OrderForm([OrderLineForm(orders.kiloan.id, Decimal(1))],
                                                           customer_name="X"))  # fmt: skip
        cafe = log_in(s, "cashier", orders.shop.cafe.id, orders.shop.cashier.till_id)
        with pytest.raises(ValidationError, match="does not take orders"):
            take_order(s, cafe, OrderForm([OrderLineForm(orders.shop.kopi.id, Decimal(1))], customer_name="X"))
        with pytest.raises(ValidationError, match="customer"):
            take_order(s, orders.laundry_cashier, OrderForm([OrderLineForm(orders.kiloan.id, Decimal(1))]))
        assert s.scalar(select(OrderLine.id).where(OrderLine.item_id == orders.kemeja.id)) is None


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_sale_that_completed_an_order_is_not_voided_or_refunded_at_the_till(orders: OrderShop) -> None:
    """Its payments are the order's deposits and debt: reversing it as a counter sale would mirror them into
    nothing the order knows of, and leave the order completed with its revenue gone."""
    order_id = _laundry_order(orders, deposit=10_000)
    cashier = orders.laundry_cashier
    with orders.shop.db.transaction() as s:
        moved = move_order(s, cashier, order_id, "ready")
    assert moved.sale is not None
    sale_id = moved.sale.sale.sale_id
    with orders.shop.db.transaction() as s:
        with pytest.raises(ValidationError, match="completed an order"):
            reversals.void_sale(s, cashier, sale_id, "salah", approval=approved(s, "sale.void"))
        line = s.scalar(select(SaleLine.id).where(SaleLine.sale_id == sale_id))
        assert line is not None
        with pytest.raises(ValidationError, match="completed an order"):
            reversals.refund_lines(s, cashier, sale_id, [RefundRequest(line, Decimal(1))], "salah",
                                   approval=approved(s, "sale.refund"))  # fmt: skip
        assert s.scalar(select(Sale.id).where(Sale.reverses_sale_id == sale_id)) is None


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_completions_receipt_shows_the_deposit_applied_and_what_is_owed(orders: OrderShop) -> None:
    order_id = _laundry_order(orders)
    with orders.shop.db.transaction() as s:
        moved = move_order(s, orders.laundry_cashier, order_id, "ready")
        assert moved.sale is not None
        text = read_pdf(render_receipt_pdf(receipt_data(s, moved.sale.sale.sale_id, language="id"))).text
    assert "Uang muka terpakai" in text
    assert "Utang (bayar nanti)" in text


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_last_digits_of_a_number_kept_sealed_elsewhere_must_be_digits(orders: OrderShop) -> None:
    """`phone_tail` (a booking's number left sealed on the visit) is at most four digits: anything else is refused
    and nothing is taken."""
    for tail in ("12ab", "78901"):
        with orders.shop.db.transaction() as s, pytest.raises(ValidationError, match="at most four digits"):
            take_order(s, orders.laundry_cashier, OrderForm([OrderLineForm(orders.kiloan.id, Decimal(3))],
                                                            customer_name="Bu Ani", phone_tail=tail))  # fmt: skip
    with orders.shop.db.reading() as s:
        assert find_orders(s, orders.laundry.id, "Bu Ani").rows == []
