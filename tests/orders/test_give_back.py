"""Giving back part of a deposit (issue 12: a tailoring order changed to less work): with a reason and a
supervisor's approval, never more than is held, cash rounded to the outlet's cash unit as refunds are (up, in the
customer's favour, but never past what is held), other methods exact; one transaction, nothing written when
refused; the shift's cash and the order's money follow what was handed back."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from order_shop import OrderShop
from shop import act_as, approved
from sqlalchemy import func, select

from ska_pos.db.models import AuditEntry, OrderCancellation, OrderPayment, Outlet
from ska_pos.domain.orders.giving_back import given_back
from ska_pos.domain.orders.money import OrderMoneyRefused
from ska_pos.domain.settlement import Tender
from ska_pos.services import shifts
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.payments import refund_order
from ska_pos.services.orders.rules import OrderRules, set_order_rules
from ska_pos.services.orders.state import load_order

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("asked", "held", "method", "unit", "handed"),
    [
        (4_250, 20_000, "cash", 500, 4_500),  # up to the unit, in the customer's favour
        (4_500, 20_000, "cash", 500, 4_500),
        (4_250, 20_000, "qris", 500, 4_250),  # exact by QRIS, transfer, e-wallet
        (12_345, 12_345, "cash", 100, 12_300),  # never past what is held: the cap is rounded down
        (12_301, 12_345, "cash", 100, 12_300),
        (12_345, 12_345, "transfer", 100, 12_345),
        (7, 20_000, "cash", 0, 7),  # an outlet that does not round
        (7, 20_000, "cash", 1, 7),
    ],
)
def test_what_is_handed_back(asked: int, held: int, method: str, unit: int, handed: int) -> None:
    assert given_back(asked, held, method, unit) == handed


@pytest.mark.parametrize(("asked", "held", "unit"), [(0, 10_000, 100), (10_001, 10_000, 100), (50, 50, 100)])
def test_what_cannot_be_handed_back(asked: int, held: int, unit: int) -> None:
    with pytest.raises(OrderMoneyRefused):
        given_back(asked, held, "cash", unit)


def _order_with_deposit(orders: OrderShop, deposit: int, unit: int) -> uuid.UUID:
    with orders.shop.db.transaction() as s:
        outlet = s.get(Outlet, orders.tailor.id)
        assert outlet is not None
        outlet.cash_rounding_unit = unit
        form = OrderForm([OrderLineForm(orders.kemeja.id, Decimal(1))], customer_name="Bu Ratna",
                         deposit=Tender("cash", deposit))  # fmt: skip
        return take_order(s, orders.tailor_cashier, form).order_id


def _rows(orders: OrderShop, order_id: uuid.UUID) -> list[tuple[str, str, int, str]]:
    with orders.shop.db.reading() as s:
        return [tuple(row) for row in s.execute(  # type: ignore[misc]
            select(OrderPayment.kind, OrderPayment.method, OrderPayment.amount, OrderPayment.reason)
            .where(OrderPayment.order_id == order_id).order_by(OrderPayment.seq))]  # fmt: skip


@pytest.mark.time_machine(MORNING, tick=True)
def test_part_of_a_deposit_given_back_in_cash_rounded_to_the_outlets_unit(orders: OrderShop) -> None:
    order_id = _order_with_deposit(orders, 90_000, 500)
    cashier = orders.tailor_cashier
    with orders.shop.db.transaction() as s:
        expected_before = shifts.cash_summary(s, shifts.current_shift(s, cashier)).expected
        money = refund_order(s, cashier, order_id, Tender("cash", 29_800), "Kebaya jadi kemeja biasa",
                             approval=approved(s, "order.refund"))  # fmt: skip
        assert (money.held, money.refunded) == (60_000, 30_000)
    assert _rows(orders, order_id)[1:] == [("refund", "cash", -30_000, "Kebaya jadi kemeja biasa")]
    with orders.shop.db.reading() as s:
        order = load_order(s, order_id)
        assert (order.money.held, order.money.refunded, order.money.received) == (60_000, 30_000, 90_000)
        assert shifts.cash_summary(s, shifts.current_shift(s, cashier)).expected == expected_before - 30_000
        audit = s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "order_refund"))
        assert audit == 1


@pytest.mark.time_machine(MORNING, tick=True)
def test_giving_back_all_that_is_held_in_cash_keeps_what_the_unit_cannot_pay(orders: OrderShop) -> None:
    order_id = _order_with_deposit(orders, 12_345, 100)
    with orders.shop.db.transaction() as s:
        refund_order(s, orders.tailor_cashier, order_id, Tender("cash", 12_345), "batal sebagian",
                     approval=approved(s, "order.refund"))  # fmt: skip
    with orders.shop.db.transaction() as s:
        left = refund_order(s, orders.tailor_cashier, order_id, Tender("qris", 45), "sisa",
                            approval=approved(s, "order.refund"))  # fmt: skip
    assert (left.held, left.refunded) == (0, 12_345)
    assert [amount for _kind, _method, amount, _reason in _rows(orders, order_id)] == [12_345, -12_300, -45]


@pytest.mark.time_machine(MORNING, tick=True)
@pytest.mark.parametrize(
    ("tender", "reason", "approve", "refusal"),
    [
        (Tender("cash", 90_001), "terlalu banyak", True, ValidationError),  # more than is held
        (Tender("cash", 10_000), "  ", True, ValidationError),  # no reason
        (Tender("cash", 10_000), "tanpa izin", False, PermissionDenied),  # a cashier without a supervisor
        (Tender("transfer", 10_000), "tanpa referensi", True, ValidationError),
    ],
)
def test_a_refused_give_back_writes_nothing(
    orders: OrderShop, tender: Tender, reason: str, approve: bool, refusal: type[Exception]
) -> None:
    order_id = _order_with_deposit(orders, 90_000, 100)
    with orders.shop.db.transaction() as s:
        approval = approved(s, "order.refund") if approve else None
    with pytest.raises(refusal), orders.shop.db.transaction() as s:
        refund_order(s, orders.tailor_cashier, order_id, tender, reason, approval=approval)
    assert _rows(orders, order_id) == [("deposit", "cash", 90_000, "")]
    with orders.shop.db.reading() as s:
        assert load_order(s, order_id).money.held == 90_000


@pytest.mark.time_machine(MORNING, tick=True)
@pytest.mark.parametrize(
    ("fee_bp", "handed", "kept"),
    [
        (1_000, 11_500, 845),  # 12.345 - 1.234 = 11.111, up to Rp11.500 in the customer's favour: the fee shrinks
        (0, 12_000, 345),  # all of it is the customer's, but Rp12.500 is more than is held: the cap rounds down
    ],
)
def test_cancelling_gives_cash_back_rounded_to_the_outlets_unit(
    orders: OrderShop, fee_bp: int, handed: int, kept: int
) -> None:
    order_id = _order_with_deposit(orders, 12_345, 500)
    manager = act_as(orders.shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)
    with orders.shop.db.transaction() as s:
        set_order_rules(s, manager, orders.tailor.id, OrderRules(cancel_fee_bp=fee_bp))
    with orders.shop.db.transaction() as s:
        money = cancel_order(s, orders.tailor_cashier, order_id, "batal", approval=approved(s, "order.cancel"))
    assert (money.held, money.refunded, money.recognised) == (0, handed, kept)
    assert _rows(orders, order_id)[1:] == [("cancel_refund", "cash", -handed, "batal")]
    with orders.shop.db.reading() as s:
        cancellation = s.scalars(select(OrderCancellation).where(OrderCancellation.order_id == order_id)).one()
        assert cancellation.fee == kept
        assert load_order(s, order_id).money.received == handed + kept


@pytest.mark.time_machine(MORNING, tick=True)
def test_cancelling_by_qris_gives_back_exactly(orders: OrderShop) -> None:
    order_id = _order_with_deposit(orders, 12_345, 500)
    with orders.shop.db.transaction() as s:
        money = cancel_order(s, orders.tailor_cashier, order_id, "batal", method="qris",
                             approval=approved(s, "order.cancel"))  # fmt: skip
    assert money.refunded == 12_345
