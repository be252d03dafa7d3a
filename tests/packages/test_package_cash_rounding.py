"""A package sold in cash at a price that is no whole cash unit: the customer pays the price rounded down to the
outlet's cash unit (the till's rule, the customer never pays more), and that is what the package holds, what its
sessions' values add up to and what the shift's expected cash counts, so the drawer closes exact and nothing is lost
to rounding (before, the package held the listed price: the drawer came out short by the rupiah below the unit).
Property, through the real services on one database: for any listed price, cash unit, sessions used and an ending
(a cash or transfer refund, an expiry, or none), the cash received equals what the sessions recognised plus the
breakage plus what was refunded plus what is still held, to the rupiah."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_shop import PackageShop, at, build_package_shop, creambath, set_cash_unit
from shop import Shop, act_as, build_shop
from sqlalchemy import func, select

from ska_pos.db.database import open_database
from ska_pos.db.models import PackageSale, PackageUse, Sale
from ska_pos.domain.packages import session_values
from ska_pos.domain.settlement import Tender
from ska_pos.services import shifts
from ska_pos.services.errors import ValidationError
from ska_pos.services.packages.balances import package_days
from ska_pos.services.packages.expiry import expire_packages
from ska_pos.services.packages.ledger import package_money, package_price, sell_package, use_package
from ska_pos.services.packages.plans import set_package_plans
from ska_pos.services.packages.refunds import refund_package

DAY = date(2026, 12, 7)


def _plan(salon: PackageShop, price: int, sessions: int = 5, days: int = 90) -> None:
    shop = salon.shop
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.transaction() as s:
        set_package_plans(s, manager, shop.salon.id, [creambath(shop, "P", sessions, days, price)])


def _expected_cash(shop: Shop) -> int:
    with shop.db.reading() as s:
        shift = shifts.current_shift(s, shop.salon_cashier)
        return shifts.cash_summary(s, shift).expected


def test_a_package_of_rp99_999_in_cash_at_a_rp100_unit_is_paid_and_held_rp99_900_and_the_drawer_closes_exact(
    shop: Shop,
) -> None:
    salon = build_package_shop(shop)
    set_cash_unit(shop, 100)
    _plan(salon, 99_999)
    cashier = shop.salon_cashier
    before = _expected_cash(shop)
    with pytest.raises(ValidationError, match=r"costs Rp99[.,]900"), shop.db.transaction() as s:
        sell_package(s, cashier, salon.customer_id, "P", Tender("cash", 99_999), now=at(DAY))
    with shop.db.transaction() as s:
        sold = sell_package(s, cashier, salon.customer_id, "P", Tender("cash", 99_900), now=at(DAY))
        by_transfer = sell_package(s, cashier, salon.customer_id, "P", Tender("transfer", 99_999, "BCA 7"),
                                   now=at(DAY))  # fmt: skip
    assert (sold.price, by_transfer.price) == (99_900, 99_999)  # other methods pay the price exactly
    assert _expected_cash(shop) - before == 99_900  # what the drawer took
    with shop.db.transaction() as s:
        values = [use_package(s, cashier, sold.package_id, shop.siti.id, now=at(DAY)).value for _n in range(5)]
        package = s.get(PackageSale, sold.package_id)
        assert package is not None
        money = package_money(s, package)
    assert values == [19_980] * 5
    assert (money.price, money.recognised, money.held) == (99_900, 99_900, 0)
    in_drawer = before + 99_900  # the float and the notes the customer handed over: no coin pays Rp99
    assert in_drawer % 100 == 0
    with shop.db.transaction() as s:
        closing = shifts.close_shift(s, cashier, {100: in_drawer // 100}, now=at(DAY))
    assert closing.difference == 0  # before: Rp99 short, the package's rupiah below the unit


@cache
def _shared() -> PackageShop:
    """One database for all examples: each sells its own package and checks only its own rows and the shift's
    expected cash before and after it."""
    folder = Path(tempfile.mkdtemp(prefix="ska-pos-package-cash-"))
    return build_package_shop(build_shop(open_database(f"sqlite:///{folder / 'pos.sqlite3'}")))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    listed=st.integers(min_value=1, max_value=600_000),
    unit=st.sampled_from([0, 1, 100, 500, 1_000]),
    sessions=st.integers(min_value=1, max_value=6),
    used=st.integers(min_value=0, max_value=6),
    ending=st.sampled_from(["none", "cash refund", "transfer refund", "expiry"]),
)
def test_cash_received_for_a_package_is_held_plus_recognised_plus_breakage_plus_refunded_to_the_rupiah(
    listed: int, unit: int, sessions: int, used: int, ending: str
) -> None:
    salon = _shared()
    shop = salon.shop
    cashier = shop.salon_cashier
    supervisor = act_as(shop, "spv", outlet_id=shop.salon.id, till_id=cashier.till_id)
    set_cash_unit(shop, unit)
    _plan(salon, listed, sessions, days=1)
    price = package_price(listed, "cash", unit)
    assert 0 <= listed - price < max(unit, 1)  # rounded down, never up, by less than a unit
    if price == 0:  # below the cash unit: in cash the customer pays nothing, which is no payment
        with pytest.raises(ValidationError, match="less than the outlet's cash unit"), shop.db.transaction() as s:
            sell_package(s, cashier, salon.customer_id, "P", Tender("cash", price), now=at(DAY))
        return
    drawer = _expected_cash(shop)
    with shop.db.transaction() as s:
        package_id = sell_package(s, cashier, salon.customer_id, "P", Tender("cash", price), now=at(DAY)).package_id
    received = _expected_cash(shop) - drawer
    assert received == price
    with shop.db.transaction() as s:
        for _n in range(min(used, sessions)):
            use_package(s, cashier, package_id, shop.siti.id, now=at(DAY))
    given_in_cash = 0
    if used < sessions and ending != "none":  # with sessions left (none left: nothing to give back or expire)
        with shop.db.transaction() as s:
            if ending == "cash refund":
                given_in_cash = refund_package(s, supervisor, package_id, "cash", "Pindah", now=at(DAY)).amount
            elif ending == "transfer refund":
                refund_package(s, supervisor, package_id, "transfer", "Pindah", reference="BCA 1", now=at(DAY))
            else:
                expire_packages(s, supervisor, shop.salon.id, now=at(DAY + timedelta(days=1)))
    assert _expected_cash(shop) - drawer == received - given_in_cash  # the drawer holds what it should
    with shop.db.reading() as s:
        package = s.get(PackageSale, package_id)
        assert package is not None
        money = package_money(s, package)
        sales = list(s.scalars(select(PackageUse.sale_id).where(PackageUse.package_id == package_id)))
        recognised = s.scalar(select(func.coalesce(func.sum(Sale.total), 0)).where(Sale.id.in_(sales)))
    assert sum(session_values(money.price, sessions)) == money.price == received  # held at sale: what was paid
    assert recognised == money.recognised
    assert received == money.recognised + money.breakage + money.refunded + money.held
    if ending != "none":
        assert money.held == 0  # refunded, expired or used up: nothing is held any more


def test_the_period_figures_count_the_cash_received_not_the_listed_price(shop: Shop) -> None:
    salon = build_package_shop(shop)
    set_cash_unit(shop, 500)
    _plan(salon, 100_250, sessions=4)
    with shop.db.transaction() as s:
        sell_package(s, shop.salon_cashier, salon.customer_id, "P", Tender("cash", 100_000), now=at(DAY))
        figures = package_days(s, [shop.salon.id], DAY, DAY)
    assert (figures.received, figures.held_at_end) == (100_000, 100_000)
