"""Property, at the service level on a real database: for any sequence of deposits, payments, completion,
collection, cancellation and refunds, the money received equals the revenue recognised (less what is still owed)
plus what is held plus what was given back; the database refuses exactly what the money rules refuse; and the
workers are credited once, at completion, with their shares of what was recognised."""

from __future__ import annotations

import tempfile
import uuid
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from order_shop import OrderShop, build_order_shop
from shop import act_as, approved, build_shop
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.database import open_database
from ska_pos.db.models import EarningEntry, OrderCancellation, OrderPayment, OrderStatusChange, Payment, Sale
from ska_pos.domain.earnings import split_credit
from ska_pos.domain.money import apply_bp
from ska_pos.domain.orders.money import (
    Cancellation,
    Completion,
    OrderEvent,
    OrderMoney,
    OrderMoneyRefused,
    OrderState,
    Refund,
    apply,
    cancellation_fee,
)
from ska_pos.domain.orders.money import (
    Payment as Paid,
)
from ska_pos.domain.settlement import Tender
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.errors import ServiceError
from ska_pos.services.orders.balances import balances
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.payments import pay_order, refund_order
from ska_pos.services.orders.rules import OrderRules, set_order_rules
from ska_pos.services.orders.stages import collect_order, move_order
from ska_pos.services.orders.state import load_order

FEE_BP = 2_500
SHARE_BP = 6_000  # the galeri jahit's share rule (tests/order_shop.py)


@cache
def shared() -> OrderShop:
    """One database for all examples: each example checks only its own order."""
    folder = Path(tempfile.mkdtemp(prefix="ska-pos-orders-"))
    orders = build_order_shop(build_shop(open_database(f"sqlite:///{folder / 'pos.sqlite3'}")))
    manager = act_as(orders.shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)
    with orders.shop.db.transaction() as s:
        set_order_rules(s, manager, orders.tailor.id, OrderRules(pay_later=True, cancel_fee_bp=FEE_BP))
    return orders


step = st.one_of(
    st.tuples(st.just("deposit"), st.integers(min_value=1, max_value=300_000)),
    st.tuples(st.sampled_from(["refund", "refund_transfer"]), st.integers(min_value=1, max_value=60_000)),
    st.tuples(st.just("pay"), st.integers(min_value=1, max_value=200_000)),
    st.tuples(st.sampled_from(["complete", "collect"]), st.integers(min_value=0, max_value=400_000)),
    st.tuples(st.just("cancel"), st.just(0)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    quantity=st.integers(min_value=1, max_value=3),
    deposit=st.integers(min_value=0, max_value=300_000),
    steps=st.lists(step, max_size=8),
)
def test_order_money_adds_up_whatever_happens(quantity: int, deposit: int, steps: list[tuple[str, int]]) -> None:
    orders = shared()
    order_id = _take(orders, quantity)
    steps = ([("deposit", deposit)] if deposit else []) + steps
    money, collected, total = OrderMoney(), False, 0
    for kind, amount in steps:
        with orders.shop.db.transaction() as s:
            total = total or _total(s, order_id)
        expected = _expected(money, kind, amount, total, collected)
        refused: ServiceError | None = None
        try:
            with orders.shop.db.transaction() as s:
                _do(s, orders, order_id, kind, amount)
        except ServiceError as error:
            refused = error
        if refused is not None:
            assert expected is None, f"{kind} {amount} refused by the service ({refused}), allowed by the rules"
            continue
        assert expected is not None, f"{kind} {amount} allowed by the service, refused by the rules"
        money = expected
        collected = collected or kind == "collect"
    _check_database(orders, order_id, money)


def _take(orders: OrderShop, quantity: int) -> uuid.UUID:
    credits = (WorkerCredit(orders.shop.siti.id, "Siti", 4_000), WorkerCredit(orders.shop.budi.id, "Budi", 6_000))
    with orders.shop.db.transaction() as s:
        form = OrderForm([OrderLineForm(orders.kemeja.id, Decimal(quantity), workers=credits)], customer_name="P")
        return take_order(s, orders.tailor_cashier, form).order_id


def _total(session: Session, order_id: uuid.UUID) -> int:
    """What the completion's sale will come to: the lines with the outlet's 10% PBJT."""
    order = load_order(session, order_id)
    return order.lines_amount + apply_bp(order.lines_amount, 1_000)


def _expected(money: OrderMoney, kind: str, amount: int, total: int, collected: bool) -> OrderMoney | None:
    """The money after the step by the domain's rules, or None when they refuse it."""
    events: list[OrderEvent] = []
    if kind == "deposit" and money.state is OrderState.COMPLETED:
        return None  # a deposit is money before completion; after it, it is a payment ("pay")
    if kind in ("deposit", "pay"):
        events = [Paid(amount)]
    elif kind.startswith("refund"):
        events = [Refund(amount)]
    elif kind == "cancel":
        events = [Cancellation(cancellation_fee(money.held, FEE_BP))]
    elif kind == "complete" or (kind == "collect" and money.state is OrderState.OPEN):
        if kind == "complete" and collected:
            return None
        events = [Completion(total)]
        debt = total - min(money.held, total)
        if min(amount, debt):
            events.append(Paid(min(amount, debt)))
    elif kind == "collect":
        if collected:
            return None
        events = [Paid(amount)] if amount else []
    try:
        for event in events:
            money = apply(money, event)
    except OrderMoneyRefused:
        return None
    if kind == "collect" and money.state is not OrderState.COMPLETED:
        return None
    return money


def _do(s: Session, orders: OrderShop, order_id: uuid.UUID, kind: str, amount: int) -> None:
    cashier = orders.tailor_cashier
    tenders = [Tender("cash", amount)] if amount else []
    if kind == "deposit":
        if load_order(s, order_id).completed:
            raise ServiceError("a deposit on a completed order is a payment")
        pay_order(s, cashier, order_id, Tender("cash", amount))
    elif kind == "pay":
        pay_order(s, cashier, order_id, Tender("cash", amount))
    elif kind.startswith("refund"):  # part of what is held, in cash or by transfer
        tender = Tender("transfer", amount, "TRF1") if kind == "refund_transfer" else Tender("cash", amount)
        refund_order(s, cashier, order_id, tender, "uji", approval=approved(s, "order.refund"))
    elif kind == "cancel":
        cancel_order(s, cashier, order_id, "uji", approval=approved(s, "order.cancel"))
    elif kind == "complete":
        move_order(s, cashier, order_id, "finished", tenders=tenders)
    else:
        collect_order(s, cashier, order_id, tenders)


def _check_database(orders: OrderShop, order_id: uuid.UUID, money: OrderMoney) -> None:
    with orders.shop.db.transaction() as s:
        rows = dict(s.execute(select(OrderPayment.kind, func.sum(OrderPayment.amount))
                              .where(OrderPayment.order_id == order_id).group_by(OrderPayment.kind)).all())  # fmt: skip
        sale_id = s.scalar(select(OrderStatusChange.sale_id).where(
            OrderStatusChange.order_id == order_id, OrderStatusChange.sale_id.is_not(None)))  # fmt: skip
        sale = s.get(Sale, sale_id) if sale_id else None
        paid_at_sale = sum(s.scalars(select(Payment.amount).where(
            Payment.sale_id == sale_id, Payment.method.not_in(("deposit", "debt"))))) if sale_id else 0  # fmt: skip
        fee = s.scalar(select(OrderCancellation.fee).where(OrderCancellation.order_id == order_id)) or 0
        balance = {b.order_id: b for b in balances(s, [orders.tailor.id], date(2100, 1, 1))}.get(order_id)
        received = int(rows.get("deposit", 0)) + int(rows.get("balance", 0)) + paid_at_sale
        recognised = (sale.total if sale else 0) + fee
        refunded = -int(rows.get("refund", 0)) - int(rows.get("cancel_refund", 0))
        held, debt = (balance.held, balance.debt) if balance else (0, 0)
        assert (received, recognised, held, debt, refunded) == (
            money.received, money.recognised, money.held, money.debt, money.refunded)  # fmt: skip
        assert received == (recognised - debt) + held + refunded
        # What the counter's screens and the services' refusals read: the order folded from its rows.
        assert load_order(s, order_id).money == money
        credits = s.execute(select(EarningEntry.worker_id, EarningEntry.credited_amount, EarningEntry.amount)
                            .where(EarningEntry.sale_id == sale_id)).all() if sale_id else []  # fmt: skip
        if sale is None:
            assert credits == []
            return
        assert sum(credited for _worker, credited, _amount in credits) == sale.net_total
        shares = {worker: credited for worker, credited, _amount in credits}
        assert [shares[orders.shop.siti.id], shares[orders.shop.budi.id]] == split_credit(
            sale.net_total, [4_000, 6_000]
        )
        assert all(amount == apply_bp(credited, SHARE_BP) for _worker, credited, amount in credits)
