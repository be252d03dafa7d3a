"""Refunding a package: a supervisor (or a cashier with a supervisor's PIN) gives back the values of the sessions
not used, by cash out of the shift or by transfer, with a reason; the package then has no sessions left, nothing is
taken from revenue nor from the workers' earnings, and the shift's cash and the journal agree."""

from __future__ import annotations

from datetime import date

import pytest
from package_shop import PackageShop, at, build_package_shop, day_after, set_cash_unit
from shop import Shop, act_as, approved
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, JournalEntry, PackageExpiry, PackageRefund, PackageSale, Sale
from ska_pos.domain.packages import PackageState, refund, sold
from ska_pos.domain.settlement import Tender
from ska_pos.services import journal_verify, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.packages.balances import customer_packages, package_days
from ska_pos.services.packages.expiry import expire_packages
from ska_pos.services.packages.ledger import sell_package, use_package
from ska_pos.services.packages.refunds import refund_package

DAY = date(2026, 12, 7)


@pytest.fixture
def salon(shop: Shop) -> PackageShop:
    return build_package_shop(shop)


def _sell_and_use(salon: PackageShop, uses: int) -> PackageSale:
    with salon.shop.db.transaction() as s:
        sold_package = sell_package(s, salon.shop.salon_cashier, salon.customer_id, "CB5", Tender("cash", 100_001),
                                    now=at(DAY))  # fmt: skip
        for _ in range(uses):
            use_package(s, salon.shop.salon_cashier, sold_package.package_id, salon.shop.siti.id, now=at(DAY))
        package = s.get(PackageSale, sold_package.package_id)
        assert package is not None
        s.expunge(package)
        return package


def _supervisor(salon: PackageShop) -> Actor:
    return act_as(salon.shop, "spv", outlet_id=salon.shop.salon.id, till_id=salon.shop.salon_cashier.till_id)


def test_a_supervisor_refunds_the_sessions_left_and_the_cash_leaves_the_shift(salon: PackageShop) -> None:
    package = _sell_and_use(salon, 2)  # 20.001 + 20.000 used: 60.000 held
    cashier = salon.shop.salon_cashier
    with salon.shop.db.reading() as s:
        before = shifts.cash_summary(s, shifts.current_shift(s, cashier)).expected
        earned = s.scalar(select(func.sum(EarningEntry.amount)))
    with salon.shop.db.transaction() as s:
        done = refund_package(s, _supervisor(salon), package.id, "cash", "Pindah kota", now=at(day_after(DAY, 1)))
    assert (done.amount, done.kept, done.sessions_left) == (60_000, 0, 3)
    with salon.shop.db.transaction() as s:
        assert shifts.cash_summary(s, shifts.current_shift(s, cashier)).expected == before - 60_000
        assert s.scalar(select(func.sum(EarningEntry.amount))) == earned  # the workers keep what they earned
        assert s.scalar(select(func.count()).select_from(Sale)) == 2  # no sale reversed
        [view] = customer_packages(s, salon.shop.salon.id, salon.customer_id, day_after(DAY, 1))
        assert (view.state, view.left, view.held) == (PackageState.REFUNDED, 0, 0)
        figures = package_days(s, [salon.shop.salon.id], DAY, day_after(DAY, 1))
        assert (figures.refunded, figures.held_at_end) == (60_000, 0)
        assert figures.received == figures.recognised + figures.breakage + figures.refunded + figures.held_at_end
        entry = s.scalars(select(JournalEntry).where(JournalEntry.type == "package_refund")).one()
        assert entry.record_id == done.refund_id
        shifts.close_shift(s, cashier, {100_000: 1, 20_000: 2}, now=at(day_after(DAY, 1)))  # 100.000 + 100.001 − 60.000
    with salon.shop.db.transaction() as s:
        report = journal_verify.verify(s)
    assert report.ok, list(report.lines())


def test_a_refunded_package_is_neither_used_nor_expired_nor_refunded_again(salon: PackageShop) -> None:
    package = _sell_and_use(salon, 0)
    with salon.shop.db.transaction() as s:
        refund_package(s, _supervisor(salon), package.id, "transfer", "Sakit", reference="BCA 123", now=at(DAY))
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="refunded"):
        use_package(s, salon.shop.salon_cashier, package.id, salon.shop.siti.id, now=at(DAY))
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="refunded"):
        refund_package(s, _supervisor(salon), package.id, "transfer", "Lagi", reference="BCA 124", now=at(DAY))
    with salon.shop.db.transaction() as s:
        assert (
            expire_packages(s, _supervisor(salon), salon.shop.salon.id, now=at(day_after(package.expires_on, 1))) == 0
        )
    with salon.shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageExpiry)) == 0
        assert s.scalars(select(PackageRefund.amount)).all() == [100_001]


def test_refusals_change_nothing(salon: PackageShop) -> None:
    cashier = salon.shop.salon_cashier
    package = _sell_and_use(salon, 0)
    used_up = _sell_and_use(salon, 5)
    with salon.shop.db.transaction() as s, pytest.raises(PermissionDenied):
        refund_package(s, cashier, package.id, "cash", "Pindah", now=at(DAY))  # no supervisor's PIN
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="reason"):
        refund_package(s, _supervisor(salon), package.id, "cash", "  ", now=at(DAY))
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="Every session"):
        refund_package(s, _supervisor(salon), used_up.id, "cash", "Pindah", now=at(DAY))
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="expired"):
        refund_package(s, _supervisor(salon), package.id, "cash", "Pindah", now=at(day_after(package.expires_on, 1)))
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError):
        refund_package(s, _supervisor(salon), package.id, "transfer", "Pindah", now=at(DAY))  # no reference
    with salon.shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageRefund)) == 0
    with salon.shop.db.transaction() as s:
        done = refund_package(s, cashier, package.id, "cash", "Pindah", approval=approved(s, "package.refund"),
                              now=at(DAY))  # fmt: skip
        assert done.amount + done.kept == 100_001


def test_cash_is_given_back_in_whole_cash_units_the_rest_is_breakage() -> None:
    money = sold(100_001, 5, DAY)
    given = refund(money, DAY, cash_unit=100)
    assert (given.refunded, given.breakage, given.held, given.left) == (100_000, 1, 0, 0)
    assert given.balanced()
    assert refund(money, DAY).refunded == 100_001  # by transfer: every rupiah


def test_a_cash_refund_keeps_the_rupiah_below_the_cash_unit_as_breakage_in_the_summary(salon: PackageShop) -> None:
    """The one path where a refund writes breakage: the daily summary's packages table, the shift's expected cash and
    the journal all count what the drawer really gave back. Sold by transfer (its Rp100.001 to the rupiah: in cash
    it would have been paid and held Rp100.000, test_package_cash_rounding.py), given back in cash at a Rp100 unit."""
    cashier = salon.shop.salon_cashier
    set_cash_unit(salon.shop, 100)
    with salon.shop.db.transaction() as s:
        package = sell_package(s, cashier, salon.customer_id, "CB5", Tender("transfer", 100_001, "BCA 9"), now=at(DAY))
    with salon.shop.db.transaction() as s:
        done = refund_package(s, _supervisor(salon), package.package_id, "cash", "Pindah", now=at(DAY))
    assert (done.amount, done.kept) == (100_000, 1)
    with salon.shop.db.transaction() as s:
        figures = package_days(s, [salon.shop.salon.id], DAY, DAY)
        assert (figures.received, figures.breakage, figures.refunded, figures.held_at_end) == (100_001, 1, 100_000, 0)
        assert shifts.cash_summary(s, shifts.current_shift(s, cashier)).expected == 100_000 - 100_000  # float, out
        closing = shifts.close_shift(s, cashier, {}, now=at(DAY))
        assert closing.difference == 0  # the drawer gave back whole notes: nothing short
    with salon.shop.db.transaction() as s:
        report = journal_verify.verify(s)
    assert report.ok, list(report.lines())
