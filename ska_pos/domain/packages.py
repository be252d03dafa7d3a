"""Prepaid packages (a salon's "10 sessions of creambath in 90 days"): the money, without a database.

Selling a package is money received for services not yet given: held for the customer (a liability), never
revenue. Each session used is recognised then, at its share of the price, as the sale of that service credited to
the worker who served it (a session used by mistake may be undone: its sale is voided, the session is back).
Sessions left when the package expires are recognised as breakage: revenue with no
worker's share. What a package still holds may instead be refunded (by a supervisor): the package then has no
sessions left. So at every moment:

    received == recognised_by_use + breakage + refunded + held
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

MAX_SESSIONS = 100
MAX_DAYS = 3 * 366


class PackageRefused(ValueError):
    """An event the package cannot take; `args[0]` says why in English (the service translates)."""


def session_values(price: int, sessions: int) -> tuple[int, ...]:
    """What each session is worth, in the order they are used: the price split evenly, the rupiah that do not
    divide going to the first sessions, so the values add up to the price exactly."""
    if sessions <= 0 or price < 0:
        raise PackageRefused("a package has at least one session and a price of Rp0 or more")
    base, extra = divmod(price, sessions)
    return tuple(base + (1 if number < extra else 0) for number in range(sessions))


class PackageState(StrEnum):
    ACTIVE = "active"
    USED_UP = "used_up"
    EXPIRED = "expired"
    REFUNDED = "refunded"


@dataclass(frozen=True)
class PackageMoney:
    price: int
    sessions: int
    expires_on: date
    used: int = 0
    recognised: int = 0  # by the sessions used
    breakage: int = 0  # by the sessions left at expiry
    expired: bool = False
    refunded: int = 0  # given back to the customer
    closed_by_refund: bool = False

    @property
    def left(self) -> int:
        return 0 if self.expired or self.closed_by_refund else self.sessions - self.used

    @property
    def held(self) -> int:
        return self.price - self.recognised - self.breakage - self.refunded

    @property
    def state(self) -> PackageState:
        if self.expired:
            return PackageState.EXPIRED
        if self.closed_by_refund:
            return PackageState.REFUNDED
        return PackageState.USED_UP if self.used >= self.sessions else PackageState.ACTIVE

    def next_value(self) -> int:
        """What the next session used is worth: what is held split over the sessions left, the rupiah that do not
        divide going first. With no session undone that is `session_values(price, sessions)[used]`; after an undo,
        the sessions left still add up to what is held."""
        return session_values(self.held, self.sessions - self.used)[0]

    def balanced(self) -> bool:
        return self.price == self.recognised + self.breakage + self.refunded + self.held and self.held >= 0


def sold(price: int, sessions: int, expires_on: date) -> PackageMoney:
    if not 0 < sessions <= MAX_SESSIONS:
        raise PackageRefused("sessions out of range")
    session_values(price, sessions)
    return PackageMoney(price, sessions, expires_on)


def use(money: PackageMoney, day: date) -> PackageMoney:
    """One session used on business date `day` (the last day of validity included)."""
    if money.expired or day > money.expires_on:
        raise PackageRefused("expired")
    if money.closed_by_refund:
        raise PackageRefused("refunded")
    if money.used >= money.sessions:
        raise PackageRefused("used up")
    return PackageMoney(money.price, money.sessions, money.expires_on, money.used + 1,
                        money.recognised + money.next_value(), money.breakage)  # fmt: skip


def expire(money: PackageMoney, day: date) -> PackageMoney:
    """The package lapses on `day` (after its last day): what is still held becomes breakage."""
    if money.expired:
        raise PackageRefused("expired already")
    if money.closed_by_refund:
        raise PackageRefused("refunded")
    if day <= money.expires_on:
        raise PackageRefused("not expired yet")
    return PackageMoney(money.price, money.sessions, money.expires_on, money.used, money.recognised,
                        money.breakage + money.held, expired=True)  # fmt: skip


def undo(money: PackageMoney, value: int, day: date) -> PackageMoney:
    """A session used by mistake, worth `value` when it was used, is back on business date `day`: its recognition
    reversed. Refused once the package has expired (its last day passed, the expiry recorded or not) or been
    refunded (what it held is gone)."""
    if money.expired or day > money.expires_on:
        raise PackageRefused("expired")
    if money.closed_by_refund:
        raise PackageRefused("refunded")
    if money.used <= 0 or not 0 <= value <= money.recognised:
        raise PackageRefused("nothing to undo")
    return PackageMoney(money.price, money.sessions, money.expires_on, money.used - 1, money.recognised - value,
                        money.breakage)  # fmt: skip


def given_back(held: int, cash_unit: int = 1) -> int:
    """What a refund hands back of `held`: in whole `cash_unit`s (cash), every rupiah with a unit of 1 (a transfer)."""
    return held // max(cash_unit, 1) * max(cash_unit, 1)


def refund(money: PackageMoney, day: date, cash_unit: int = 1) -> PackageMoney:
    """What the package still holds is given back on business date `day` (its last day included): the values of
    the sessions not used, so pro rata to the sessions left, the rupiah that did not divide having gone with the
    first sessions (`session_values`). Cash is given back in whole `cash_unit`s: the rupiah below stay with the
    outlet as breakage. The package then has no sessions left."""
    if money.expired or day > money.expires_on:
        raise PackageRefused("expired")
    if money.closed_by_refund:
        raise PackageRefused("refunded")
    if money.used >= money.sessions:
        raise PackageRefused("used up")
    given = given_back(money.held, cash_unit)
    return PackageMoney(money.price, money.sessions, money.expires_on, money.used, money.recognised,
                        money.breakage + money.held - given, money.expired, money.refunded + given,
                        closed_by_refund=True)  # fmt: skip
