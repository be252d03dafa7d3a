"""Prepaid packages through the services on a real database: selling holds the money (cash into the shift, no sale),
each session used is a sale of the service credited to the worker who served it, the package's money and the
refusals (expired, used up, another outlet, an outlet without packages), and expiry as breakage with no credit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from package_shop import PackageShop, at, build_package_shop, creambath, day_after
from shop import Shop, act_as
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, PackageSale, Payment, Sale, SaleLine, Shift
from ska_pos.domain.packages import PackageState
from ska_pos.domain.settlement import Tender
from ska_pos.services import shifts
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.packages.balances import customer_packages, package_days
from ska_pos.services.packages.expiry import expire_packages
from ska_pos.services.packages.ledger import sell_package, use_package
from ska_pos.services.packages.plans import set_package_plans

DAY = date(2026, 12, 7)


@pytest.fixture
def salon(shop: Shop) -> PackageShop:
    return build_package_shop(shop)


def _sell(salon: PackageShop, day: date = DAY, code: str = "CB5", amount: int = 100_001) -> PackageSale:
    with salon.shop.db.transaction() as s:
        sold = sell_package(s, salon.shop.salon_cashier, salon.customer_id, code, Tender("cash", amount), now=at(day))
        package = s.get(PackageSale, sold.package_id)
        assert package is not None
        s.expunge(package)
        return package


def test_selling_holds_the_money_and_counts_its_cash_in_the_shift(salon: PackageShop) -> None:
    cashier = salon.shop.salon_cashier
    with salon.shop.db.reading() as s:
        shift = s.scalars(select(Shift).where(Shift.till_id == cashier.till_id)).one()
        before = shifts.cash_summary(s, shift).expected
    package = _sell(salon)
    assert (package.sessions, package.price, package.expires_on) == (5, 100_001, date(2027, 3, 6))  # 90 days
    with salon.shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 0  # no revenue, no sale
        assert shifts.cash_summary(s, s.get(Shift, shift.id)).expected == before + 100_001  # type: ignore[arg-type]
        [view] = customer_packages(s, salon.shop.salon.id, salon.customer_id, DAY)
        assert (view.left, view.held, view.state) == (5, 100_001, PackageState.ACTIVE)
        assert package_days(s, [salon.shop.salon.id], DAY, DAY).held_at_end == 100_001


def test_each_session_is_a_sale_credited_to_the_worker_who_served(salon: PackageShop) -> None:
    package = _sell(salon)
    siti, budi = salon.shop.siti.id, salon.shop.budi.id
    values = []
    for number, worker in enumerate((siti, budi, siti), start=1):
        with salon.shop.db.transaction() as s:
            used = use_package(s, salon.shop.salon_cashier, package.id, worker, now=at(day_after(DAY, number)))
            values.append(used.value)
            assert (used.session_no, used.left) == (number, 5 - number)
    assert values == [20_001, 20_000, 20_000]  # the rupiah that do not divide go to the first sessions
    with salon.shop.db.reading() as s:
        sales = s.scalars(select(Sale)).all()
        assert [sale.total for sale in sales] == values
        assert {p.method for p in s.scalars(select(Payment))} == {"deposit"}  # paid by what the package held
        credited = dict(s.execute(select(EarningEntry.worker_id, func.sum(EarningEntry.credited_amount))
                                  .group_by(EarningEntry.worker_id)).all())  # fmt: skip
        assert credited == {siti: 40_001, budi: 20_000}
        earned = dict(s.execute(select(EarningEntry.worker_id, func.sum(EarningEntry.amount))
                                .group_by(EarningEntry.worker_id)).all())  # fmt: skip
        assert earned == {siti: 10_001 + 10_000, budi: 10_000}  # the salon's 50 % rule, per line, half up
        assert s.scalar(select(func.sum(SaleLine.net_amount))) == 60_001
        [view] = customer_packages(s, salon.shop.salon.id, salon.customer_id, day_after(DAY, 3))
        assert (view.used, view.left, view.held) == (3, 2, 40_000)


def test_a_package_past_its_last_day_expires_as_breakage_with_no_credit(salon: PackageShop) -> None:
    package = _sell(salon)
    with salon.shop.db.transaction() as s:
        use_package(s, salon.shop.salon_cashier, package.id, salon.shop.siti.id, now=at(DAY))
    last = package.expires_on
    after = day_after(last, 1)
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="expired"):
        use_package(s, salon.shop.salon_cashier, package.id, salon.shop.siti.id, now=at(after))
    supervisor = act_as(salon.shop, "spv", outlet_id=salon.shop.salon.id, till_id=salon.shop.salon_cashier.till_id)
    with salon.shop.db.transaction() as s:
        assert expire_packages(s, supervisor, salon.shop.salon.id, now=at(last)) == 0  # its last day: not yet
        assert expire_packages(s, supervisor, salon.shop.salon.id, now=at(after)) == 1
        assert expire_packages(s, supervisor, salon.shop.salon.id, now=at(after)) == 0  # once
    with salon.shop.db.reading() as s:
        figures = package_days(s, [salon.shop.salon.id], after, after)
        assert (figures.breakage, figures.held_at_end) == (80_000, 0)
        whole = package_days(s, [salon.shop.salon.id], DAY, after)
        assert whole.received == whole.recognised + whole.breakage + whole.held_at_end
        assert s.scalar(select(func.sum(EarningEntry.credited_amount))) == 20_001  # breakage credits no one
        [view] = customer_packages(s, salon.shop.salon.id, salon.customer_id, after)
        assert view.state is PackageState.EXPIRED
        assert view.left == 0


def test_refusals_change_nothing(salon: PackageShop) -> None:
    cashier = salon.shop.salon_cashier
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="costs"):
        sell_package(s, cashier, salon.customer_id, "CB5", Tender("cash", 100_000), now=at(DAY))
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="no package"):
        sell_package(s, cashier, salon.customer_id, "XX", Tender("cash", 100_001), now=at(DAY))
    package = _sell(salon)
    for day in range(1, 6):
        with salon.shop.db.transaction() as s:
            use_package(s, cashier, package.id, salon.shop.siti.id, now=at(day_after(DAY, day)))
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="Every session"):
        use_package(s, cashier, package.id, salon.shop.siti.id, now=at(day_after(DAY, 6)))
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="another outlet"):
        use_package(s, salon.shop.cashier, package.id, salon.shop.siti.id, now=at(DAY))
    with salon.shop.db.transaction() as s, pytest.raises(PermissionDenied):
        set_package_plans(s, cashier, salon.shop.salon.id, [])
    manager = act_as(salon.shop, "manager", outlet_id=salon.shop.cafe.id)
    salon_manager = act_as(salon.shop, "manager", outlet_id=salon.shop.salon.id, till_id=cashier.till_id)
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="does not sell prepaid packages"):
        set_package_plans(s, manager, salon.shop.cafe.id, [creambath(salon.shop)])
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="service of this outlet"):
        set_package_plans(s, salon_manager, salon.shop.salon.id,
                          [replace(creambath(salon.shop), item_id=salon.shop.salon_shampoo.id)])  # fmt: skip
    with salon.shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageSale)) == 1
        assert s.scalar(select(func.count()).select_from(Sale)) == 5


def test_the_shift_with_a_package_sold_counts_its_cash_and_the_journal_verifies(salon: PackageShop) -> None:
    from ska_pos.services import journal_verify

    package = _sell(salon)  # Rp100.001 in cash
    with salon.shop.db.transaction() as s:
        use_package(s, salon.shop.salon_cashier, package.id, salon.shop.siti.id, now=at(DAY))
    with salon.shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, salon.shop.salon_cashier)).expected
        assert expected == 100_000 + 100_001  # the float and the package; the session's sale takes no cash
        shifts.close_shift(s, salon.shop.salon_cashier, {100_000: 2})  # Rp1 short: no such coin
    with salon.shop.db.transaction() as s:
        report = journal_verify.verify(s)
    assert report.ok, list(report.lines())


@pytest.mark.parametrize("table", ["package_sale", "package_use", "package_expiry"])
def test_package_rows_are_never_changed_nor_deleted(salon: PackageShop, table: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    package = _sell(salon)
    with salon.shop.db.transaction() as s:
        use_package(s, salon.shop.salon_cashier, package.id, salon.shop.siti.id, now=at(DAY))
    supervisor = act_as(salon.shop, "spv", outlet_id=salon.shop.salon.id, till_id=salon.shop.salon_cashier.till_id)
    with salon.shop.db.transaction() as s:
        expire_packages(s, supervisor, salon.shop.salon.id, now=at(day_after(package.expires_on, 1)))
    for statement in (f"UPDATE {table} SET business_date = business_date", f"DELETE FROM {table}"):
        with pytest.raises(DBAPIError, match="never updated or deleted"), salon.shop.db.transaction() as s:
            s.execute(text(statement))


def test_a_sessions_sale_is_not_voided_nor_refunded_at_the_till(salon: PackageShop) -> None:
    """Its payment is what the package held: mirrored by a void it would belong to nothing, the sale's revenue would
    be gone while the package still counts the session as used (recognised), and the customer would lose it."""
    from decimal import Decimal

    from shop import approved

    from ska_pos.services import reversals
    from ska_pos.services.reversals import RefundRequest

    package = _sell(salon)
    cashier = salon.shop.salon_cashier
    with salon.shop.db.transaction() as s:
        used = use_package(s, cashier, package.id, salon.shop.siti.id, now=at(DAY))
    sale_id = used.sale.sale.sale_id
    with salon.shop.db.transaction() as s:
        with pytest.raises(ValidationError, match="prepaid package"):
            reversals.void_sale(s, cashier, sale_id, "salah", approval=approved(s, "sale.void"))
        line = s.scalar(select(SaleLine.id).where(SaleLine.sale_id == sale_id))
        assert line is not None
        with pytest.raises(ValidationError, match="prepaid package"):
            reversals.refund_lines(s, cashier, sale_id, [RefundRequest(line, Decimal(1))], "salah",
                                   approval=approved(s, "sale.refund"))  # fmt: skip
        assert s.scalar(select(Sale.id).where(Sale.reverses_sale_id == sale_id)) is None


def test_a_package_whose_sessions_could_never_be_used_is_not_sold(salon: PackageShop) -> None:
    """Where the PBJT is added on top of the price, a session's sale would cost more than it holds and every use is
    refused: selling it would take the customer's money for sessions that can only lapse as breakage."""
    from ska_pos.db.models import Outlet

    with salon.shop.db.transaction() as s:
        outlet = s.get(Outlet, salon.shop.salon.id)
        assert outlet is not None
        outlet.tax_rate_bp, outlet.prices_include_tax = 1000, False
    with salon.shop.db.transaction() as s, pytest.raises(ValidationError, match="already hold the PBJT"):
        sell_package(s, salon.shop.salon_cashier, salon.customer_id, "CB5", Tender("cash", 100_001), now=at(DAY))
    with salon.shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageSale)) == 0
