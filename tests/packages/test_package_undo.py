"""Undoing a session used by mistake: a supervisor (or a cashier with a supervisor's PIN) gives a reason, the
session's sale is voided as a sale's void is (its payment back to the package, the worker's credit and earnings
reversed), and the session is back on the package; refused twice, after a refund and after the expiry."""

from __future__ import annotations

from datetime import date

import pytest
from package_shop import PackageShop, at, build_package_shop, day_after
from shop import Shop, act_as, approved
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, PackageSale, PackageUse, Sale
from ska_pos.domain.settlement import Tender
from ska_pos.services import journal_verify
from ska_pos.services.actor import Actor
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.packages.balances import customer_packages
from ska_pos.services.packages.expiry import expire_packages
from ska_pos.services.packages.ledger import package_money, sell_package, use_package
from ska_pos.services.packages.refunds import refund_package
from ska_pos.services.packages.undo import last_session, undo_session

DAY = date(2026, 12, 7)


@pytest.fixture
def salon(shop: Shop) -> PackageShop:
    return build_package_shop(shop)


def _supervisor(salon: PackageShop) -> Actor:
    return act_as(salon.shop, "spv", outlet_id=salon.shop.salon.id, till_id=salon.shop.salon_cashier.till_id)


def _sell(salon: PackageShop) -> PackageSale:
    with salon.shop.db.transaction() as s:
        sold = sell_package(s, salon.shop.salon_cashier, salon.customer_id, "CB5", Tender("cash", 100_001),
                            now=at(DAY))  # fmt: skip
        package = s.get(PackageSale, sold.package_id)
        assert package is not None
        s.expunge(package)
        return package


def test_an_undone_session_is_back_and_the_workers_credit_reversed(salon: PackageShop) -> None:
    shop, cashier = salon.shop, salon.shop.salon_cashier
    supervisor = _supervisor(salon)
    package = _sell(salon)
    with shop.db.transaction() as s:
        use_package(s, cashier, package.id, shop.siti.id, now=at(DAY))  # 20.001
        use_package(s, cashier, package.id, shop.budi.id, now=at(DAY))  # 20.000: by mistake
    with shop.db.transaction() as s:
        use_id = last_session(s, package.id)
        assert use_id is not None
        done = undo_session(s, supervisor, use_id, "Salah pelanggan", now=at(DAY))
    assert (done.value, done.left) == (20_000, 4)
    with shop.db.transaction() as s:
        credited = dict(s.execute(select(EarningEntry.worker_id, func.sum(EarningEntry.credited_amount))
                                  .group_by(EarningEntry.worker_id)).all())  # fmt: skip
        earned = dict(s.execute(select(EarningEntry.worker_id, func.sum(EarningEntry.amount))
                                .group_by(EarningEntry.worker_id)).all())  # fmt: skip
        assert (credited[shop.siti.id], credited[shop.budi.id]) == (20_001, 0)
        assert earned[shop.budi.id] == 0
        assert s.scalar(select(func.count()).select_from(Sale).where(Sale.kind == "void")) == 1
        [view] = customer_packages(s, shop.salon.id, salon.customer_id, DAY)
        assert (view.used, view.left, view.held) == (1, 4, 80_000)
        again = use_package(s, cashier, package.id, shop.siti.id, now=at(DAY))
        assert (again.session_no, again.value, again.left) == (2, 20_000, 3)
        assert s.scalar(select(func.max(PackageUse.session_no))) == 3  # one number per row, the undone one kept
        summary = daily_summary(s, DAY, outlet_code="SLN", language="en")
        assert summary.net_sales == 40_001
        assert summary.packages.recognised == 40_001
        report = journal_verify.verify(s)
    assert report.ok, list(report.lines())


def test_every_session_used_and_one_undone_still_adds_up_to_the_price(salon: PackageShop) -> None:
    shop, cashier = salon.shop, salon.shop.salon_cashier
    supervisor = _supervisor(salon)
    package = _sell(salon)
    with shop.db.transaction() as s:
        first = use_package(s, cashier, package.id, shop.siti.id, now=at(DAY))
        use_id = s.scalar(select(PackageUse.id).where(PackageUse.sale_id == first.sale.sale.sale_id))
        assert use_id is not None
        undo_session(s, supervisor, use_id, "Salah", now=at(DAY))  # the 20.001 one
        for _ in range(5):
            use_package(s, cashier, package.id, shop.budi.id, now=at(DAY))
        package_row = s.get(PackageSale, package.id)
        assert package_row is not None
        money = package_money(s, package_row)
        assert (money.used, money.recognised, money.held) == (5, 100_001, 0)


def test_refusals_change_nothing(salon: PackageShop) -> None:
    shop, cashier = salon.shop, salon.shop.salon_cashier
    supervisor = _supervisor(salon)
    package = _sell(salon)
    with shop.db.transaction() as s:
        use_package(s, cashier, package.id, shop.siti.id, now=at(DAY))
        use_id = last_session(s, package.id)
        assert use_id is not None
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        undo_session(s, cashier, use_id, "Salah", now=at(DAY))  # no supervisor's PIN
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="reason"):
        undo_session(s, supervisor, use_id, " ", now=at(DAY))
    with shop.db.transaction() as s:
        undo_session(s, cashier, use_id, "Salah", approval=approved(s, "package.undo"), now=at(DAY))
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="undone already"):
        undo_session(s, supervisor, use_id, "Lagi", now=at(DAY))
    with shop.db.transaction() as s:
        use_package(s, cashier, package.id, shop.siti.id, now=at(DAY))
        refund_package(s, supervisor, package.id, "cash", "Pindah", now=at(DAY))
        refunded_use = last_session(s, package.id)
        assert refunded_use is not None
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="refunded"):
        undo_session(s, supervisor, refunded_use, "Salah", now=at(DAY))
    expired = _sell(salon)
    with shop.db.transaction() as s:
        use_package(s, cashier, expired.id, shop.siti.id, now=at(DAY))
        expire_packages(s, supervisor, shop.salon.id, now=at(day_after(expired.expires_on, 1)))
        expired_use = last_session(s, expired.id)
        assert expired_use is not None
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="expired"):
        undo_session(s, supervisor, expired_use, "Salah", now=at(day_after(expired.expires_on, 1)))
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale).where(Sale.kind == "void")) == 1


def test_no_undo_once_the_last_day_has_passed_even_before_the_expiry_is_recorded(salon: PackageShop) -> None:
    """Past its last day the package shows as expired and no session may be used or refunded: an undo then would
    give back a session no one can use and turn a served session's sale into breakage, depending only on whether a
    till had recorded the expiry yet."""
    shop, cashier = salon.shop, salon.shop.salon_cashier
    package = _sell(salon)
    with shop.db.transaction() as s:
        use_package(s, cashier, package.id, shop.siti.id, now=at(DAY))
        use_id = last_session(s, package.id)
        assert use_id is not None
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="expired"):
        undo_session(s, _supervisor(salon), use_id, "Salah", now=at(day_after(package.expires_on, 1)))
    with shop.db.transaction() as s:
        undo_session(s, _supervisor(salon), use_id, "Salah", now=at(package.expires_on))  # its last day: allowed


@pytest.mark.parametrize("table", ["package_undo", "package_refund"])
def test_undo_and_refund_rows_are_never_changed_nor_deleted(salon: PackageShop, table: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    shop, supervisor = salon.shop, _supervisor(salon)
    package = _sell(salon)
    with shop.db.transaction() as s:
        use_package(s, shop.salon_cashier, package.id, shop.siti.id, now=at(DAY))
        use_id = last_session(s, package.id)
        assert use_id is not None
        undo_session(s, supervisor, use_id, "Salah", now=at(DAY))
        refund_package(s, supervisor, package.id, "cash", "Pindah", now=at(DAY))
    for statement in (f"UPDATE {table} SET business_date = business_date", f"DELETE FROM {table}"):
        with pytest.raises(DBAPIError, match="never updated or deleted"), shop.db.transaction() as s:
            s.execute(text(statement))
