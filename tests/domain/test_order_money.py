"""An order's money: deposits held for the customer until completion, recognised once, the rest paid or owed, and
for any sequence of events, received == (recognised - debt) + held + refunded."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ska_pos.domain.orders.money import (
    Cancellation,
    Completion,
    OrderEvent,
    OrderMoney,
    OrderMoneyRefused,
    OrderState,
    Payment,
    Refund,
    apply,
    cancellation_fee,
    check_collection,
    fold,
)
from ska_pos.i18n import set_language


@pytest.fixture(autouse=True)
def _indonesian() -> None:
    set_language("id")


def test_a_laundry_deposit_pays_part_of_the_completed_order_and_the_rest_at_collection() -> None:
    money = fold([Payment(10_000)])
    assert (money.held, money.recognised, money.debt) == (10_000, 0, 0)  # the customer's money, not revenue yet
    money = apply(money, Completion(27_500))
    assert (money.state, money.recognised, money.applied, money.held, money.debt) == (
        OrderState.COMPLETED, 27_500, 10_000, 0, 17_500)  # fmt: skip
    with pytest.raises(OrderMoneyRefused, match=r"Rp17\.500"):
        check_collection(money, pay_later_allowed=False)
    check_collection(money, pay_later_allowed=True)  # the outlet lets them pay later: the 17.500 is their debt
    money = apply(money, Payment(17_500))
    check_collection(money, pay_later_allowed=False)
    assert (money.received, money.debt) == (27_500, 0)


def test_a_deposit_larger_than_the_total_stays_held_until_given_back() -> None:
    money = fold([Payment(50_000), Completion(30_000)])
    assert (money.held, money.debt) == (20_000, 0)
    with pytest.raises(OrderMoneyRefused, match=r"Rp20\.000"):
        apply(money, Refund(25_000))
    money = apply(money, Refund(20_000))
    assert (money.held, money.refunded, money.recognised) == (0, 20_000, 30_000)


def test_a_cancelled_order_keeps_the_outlets_fee_and_gives_the_rest_back() -> None:
    held = fold([Payment(36_000), Payment(24_000)])  # a 60 % deposit on a kebaya, in two parts
    fee = cancellation_fee(held.held, 1_000)  # the outlet keeps 10 %
    money = apply(held, Cancellation(fee))
    assert (money.state, money.recognised, money.refunded, money.held) == (OrderState.CANCELLED, 6_000, 54_000, 0)
    with pytest.raises(OrderMoneyRefused, match="dibatalkan"):
        apply(money, Payment(1_000))


@pytest.mark.parametrize(
    ("events", "event", "reason"),
    [
        ([], Payment(0), "lebih dari Rp0"),
        ([], Refund(1), "Rp0"),
        ([Completion(10_000)], Completion(10_000), "sudah selesai"),
        ([Completion(10_000)], Payment(10_001), r"Rp10\.000"),
        ([Completion(0)], Payment(1), "Tidak ada"),
        ([Completion(10_000)], Cancellation(), "sudah selesai tidak dapat dibatalkan"),
        ([], Completion(-1), "negatif"),
    ],
)
def test_an_impossible_event_is_refused_in_words(events: list[OrderEvent], event: OrderEvent, reason: str) -> None:
    with pytest.raises(OrderMoneyRefused, match=reason):
        apply(fold(events), event)


def test_collection_needs_a_completed_order() -> None:
    with pytest.raises(OrderMoneyRefused, match="belum selesai"):
        check_collection(fold([Payment(5_000)]), pay_later_allowed=True)


AMOUNTS = st.integers(min_value=-1_000, max_value=2_000_000)
EVENTS = st.one_of(
    st.builds(Payment, AMOUNTS),
    st.builds(Completion, AMOUNTS),
    st.builds(Refund, AMOUNTS),
    st.builds(Cancellation, st.integers(min_value=-1_000, max_value=2_000_000)),
)


@settings(max_examples=400)
@given(st.lists(EVENTS, max_size=12))
def test_money_received_is_always_revenue_paid_plus_held_plus_given_back(events: list[OrderEvent]) -> None:
    money = OrderMoney()
    for event in events:
        try:
            after = apply(money, event)
        except OrderMoneyRefused:
            continue  # refused: nothing changed (the fold is pure)
        assert after.balanced(), (money, event, after)
        assert min(after.held, after.debt, after.refunded, after.received, after.recognised) >= 0
        assert after.recognised >= money.recognised  # revenue is recognised once and never taken back here
        if money.state is OrderState.OPEN and after.state is OrderState.COMPLETED:
            assert after.recognised - money.recognised == event.total  # type: ignore[union-attr]
        money = after
    assert money.balanced()


@given(st.integers(min_value=0, max_value=10_000_000), st.integers(min_value=0, max_value=10_000))
def test_the_cancellation_fee_never_exceeds_what_is_held(held: int, fee_bp: int) -> None:
    assert 0 <= cancellation_fee(held, fee_bp) <= held
