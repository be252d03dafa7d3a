"""An order's money, folded from its events: deposits are the customer's until the order is completed.

A deposit or part payment taken before completion is held: owed to the customer, a liability, not revenue. Its
completion is a sale of the order's lines: the sale's total (tax and service charge included) is recognised then,
once, and what is held pays it, first. What the deposits do not cover is paid at collection, or left as the
customer's debt where the outlet allows paying later. A deposit larger than the total stays held until it is given
back. A cancelled order keeps at most the outlet's cancellation fee out of what it holds (recognised as revenue with
no worker's share) and gives the rest back.

For every sequence of events:

    received == (recognised - debt) + held + refunded

money taken from the customer is revenue they have paid, money held for them, or money given back
(tests/domain/test_order_money.py checks it for any sequence).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from ska_pos.domain.money import BP_WHOLE, format_rupiah
from ska_pos.i18n import _, current_language


class OrderMoneyRefused(ValueError):
    """An event the order's money cannot take (in the user's language); nothing changes."""


class OrderState(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Payment:
    """Money taken from the customer: a deposit while the order is open, the balance after it is completed."""

    amount: int


@dataclass(frozen=True)
class Completion:
    """The order's sale: `total` is what the customer owes for it, tax and service charge included."""

    total: int


@dataclass(frozen=True)
class Refund:
    """Money given back out of what is held (a deposit larger than the total)."""

    amount: int


@dataclass(frozen=True)
class Cancellation:
    """The order is cancelled: `fee` (at most what is held) is kept and recognised, the rest given back."""

    fee: int = 0


OrderEvent = Payment | Completion | Refund | Cancellation


@dataclass(frozen=True)
class OrderMoney:
    state: OrderState = OrderState.OPEN
    received: int = 0  # every rupiah taken from the customer
    held: int = 0  # deposits not yet applied: owed to the customer
    recognised: int = 0  # revenue (with tax and service): the completion's total, or a cancellation's fee
    debt: int = 0  # what the customer still owes for a completed order
    refunded: int = 0  # every rupiah given back
    applied: int = 0  # the part of the deposits that paid the completion

    @property
    def due(self) -> int:
        """What the customer must still pay now: the debt of a completed order (nothing before completion)."""
        return self.debt

    def balanced(self) -> bool:
        return self.received == (self.recognised - self.debt) + self.held + self.refunded


def fold(events: list[OrderEvent], start: OrderMoney | None = None) -> OrderMoney:
    money = start or OrderMoney()
    for event in events:
        money = apply(money, event)
    return money


def apply(money: OrderMoney, event: OrderEvent) -> OrderMoney:
    """`money` after `event`, or OrderMoneyRefused saying why it cannot happen."""
    if money.state is OrderState.CANCELLED:
        raise OrderMoneyRefused(_("The order is cancelled: nothing more can be paid or recognised on it"))
    match event:
        case Payment(amount):
            return _payment(money, amount)
        case Completion(total):
            return _completion(money, total)
        case Refund(amount):
            return _refund(money, amount)
        case Cancellation(fee):
            return _cancellation(money, fee)
    raise TypeError(event)


def _payment(money: OrderMoney, amount: int) -> OrderMoney:
    _positive(amount)
    if money.state is OrderState.OPEN:
        return replace(money, received=money.received + amount, held=money.held + amount)
    if amount > money.debt:
        raise OrderMoneyRefused(
            _("Only {due} is still owed on this order", due=_rupiah(money.debt))
            if money.debt
            else _("Nothing is owed on this order any more")
        )
    return replace(money, received=money.received + amount, debt=money.debt - amount)


def _completion(money: OrderMoney, total: int) -> OrderMoney:
    if money.state is OrderState.COMPLETED:
        raise OrderMoneyRefused(_("The order is already completed"))
    if total < 0:
        raise OrderMoneyRefused(_("An order's total cannot be negative"))
    applied = min(money.held, total)
    return replace(
        money,
        state=OrderState.COMPLETED,
        recognised=money.recognised + total,
        held=money.held - applied,
        applied=applied,
        debt=total - applied,
    )


def check_collection(money: OrderMoney, pay_later_allowed: bool) -> None:
    """Whether the customer may take the order now: completed, and paid unless the outlet lets them pay later (then
    what is owed stays as their debt)."""
    if money.state is not OrderState.COMPLETED:
        raise OrderMoneyRefused(_("The order is not completed yet"))
    if money.debt and not pay_later_allowed:
        raise OrderMoneyRefused(_("{due} is still owed: take the payment first", due=_rupiah(money.debt)))


def cancellation_fee(held: int, fee_bp: int) -> int:
    """The outlet's rule: it keeps `fee_bp` basis points of what it holds (rounded down, in the customer's favour)."""
    if not 0 <= fee_bp <= BP_WHOLE:
        raise OrderMoneyRefused(_("The cancellation fee must be between 0% and 100%"))
    return held * fee_bp // BP_WHOLE


def _refund(money: OrderMoney, amount: int) -> OrderMoney:
    _positive(amount)
    if amount > money.held:
        raise OrderMoneyRefused(_("Only {held} is held for the customer on this order", held=_rupiah(money.held)))
    return replace(money, held=money.held - amount, refunded=money.refunded + amount)


def _cancellation(money: OrderMoney, fee: int) -> OrderMoney:
    if money.state is not OrderState.OPEN:
        raise OrderMoneyRefused(_("A completed order cannot be cancelled; refund its sale instead"))
    if fee < 0:
        raise OrderMoneyRefused(_("A cancellation fee cannot be negative"))
    kept = min(fee, money.held)
    return replace(
        money,
        state=OrderState.CANCELLED,
        recognised=money.recognised + kept,
        held=0,
        refunded=money.refunded + money.held - kept,
    )


def _rupiah(amount: int) -> str:
    return format_rupiah(amount, current_language())


def _positive(amount: int) -> None:
    if amount <= 0:
        raise OrderMoneyRefused(_("The amount must be more than Rp0"))
