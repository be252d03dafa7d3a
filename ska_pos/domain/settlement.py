"""Settling a sale's total with one or more payments: cash change, and cash rounding kept as its own amount."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ska_pos.domain.limits import check_total_bound
from ska_pos.domain.pricing import cash_rounding
from ska_pos.i18n import _

PAYMENT_METHODS = ("cash", "qris", "transfer", "ewallet")
# On an order's completion sale only (docs/orders.md), never tendered at the till: the deposits applied to it, and
# what the customer still owes for it (paid later against the order).
ORDER_SALE_METHODS = ("deposit", "debt")
SALE_PAYMENT_METHODS = PAYMENT_METHODS + ORDER_SALE_METHODS


@dataclass(frozen=True)
class Tender:
    """What the customer hands over: for cash the notes given, for the others the amount charged."""

    method: str
    amount: int
    reference: str = ""


@dataclass(frozen=True)
class SettledPayment:
    method: str
    amount: int
    tendered: int
    change: int
    reference: str


@dataclass(frozen=True)
class Settlement:
    payments: tuple[SettledPayment, ...]
    rounding: int
    paid: int
    change: int


class PaymentError(ValueError):
    """The payments do not settle the sale; the message is for the cashier."""


def settle(total: int, tenders: Sequence[Tender], rounding_unit: int = 0) -> Settlement:
    """Non-cash tenders pay exactly what they say; cash pays the rest, rounded down if the outlet rounds cash."""
    for tender in tenders:
        _check(tender)
    non_cash = sum(t.amount for t in tenders if t.method != "cash")
    if non_cash > total:
        raise PaymentError(_("Non-cash payments are more than the amount due"))
    cash_given = sum(t.amount for t in tenders if t.method == "cash")
    cash_due = total - non_cash
    rounding = cash_rounding(cash_due, rounding_unit) if cash_given else 0
    cash_due += rounding
    if cash_given < cash_due:
        raise PaymentError(_("The payment is short of the total"))
    change = cash_given - cash_due
    return Settlement(_settled(tenders, cash_due, change), rounding, non_cash + cash_due, change)


def _check(tender: Tender) -> None:
    if tender.method not in PAYMENT_METHODS:
        raise PaymentError(_("Unknown payment method {method}", method=tender.method))
    if tender.amount <= 0:
        raise PaymentError(_("A payment must be more than zero"))
    try:
        check_total_bound(tender.amount)
    except ValueError as error:
        raise PaymentError(str(error)) from error
    if tender.method in ("transfer", "ewallet") and not tender.reference.strip():
        raise PaymentError(_("A transfer or e-wallet payment needs its reference"))


def _settled(tenders: Sequence[Tender], cash_due: int, change: int) -> tuple[SettledPayment, ...]:
    settled = [SettledPayment(t.method, t.amount, t.amount, 0, t.reference) for t in tenders if t.method != "cash"]
    cash_tendered = sum(t.amount for t in tenders if t.method == "cash")
    # When the rounding covers the whole cash part, the notes handed over all go back: no payment of Rp0.
    if cash_tendered and cash_due:
        settled.append(SettledPayment("cash", cash_due, cash_tendered, change, ""))
    return tuple(settled)
