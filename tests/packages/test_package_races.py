"""Two tills of the salon using the last session of one package at the same moment, each in its own process, on
SQLite and on PostgreSQL: one wins, the other is told every session is used; the package's money still adds up and
no session is used (or recognised) twice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from package_races import expire_due_packages, refund_packages, undo_sessions, use_sessions
from package_shop import at, build_package_shop, creambath
from races import DONE, race
from shop import Shop, act_as, as_admin, log_in
from sqlalchemy import func, select

from ska_pos.db.models import (
    EarningEntry,
    JournalEntry,
    Outlet,
    PackageExpiry,
    PackageRefund,
    PackageSale,
    PackageUndo,
    PackageUse,
    Sale,
)
from ska_pos.domain.settlement import Tender
from ska_pos.services import journal_verify, setup, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.packages.ledger import package_money, sell_package, use_package

ROUNDS = 4
SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]


def _second_salon_till(shop: Shop) -> Actor:
    with shop.db.transaction() as s:
        salon = s.get(Outlet, shop.salon.id)
        assert salon is not None
        till = setup.create_till(s, as_admin(s), salon, "T2")
        actor = log_in(s, "cashier", shop.salon.id, till.id)
        shifts.open_shift(s, actor, 100_000)
    return actor


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_using_the_last_session_at_once_one_wins(shop_fixture: str, request: pytest.FixtureRequest) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    salon = build_package_shop(shop, [creambath(shop, "ONE", sessions=1, price=50_000)])
    other = _second_salon_till(shop)
    with shop.db.transaction() as s:
        packages = [sell_package(s, shop.salon_cashier, salon.customer_id, "ONE", Tender("cash", 50_000)).package_id
                    for _ in range(ROUNDS)]  # fmt: skip
    outcomes = race(use_sessions, [(shop.db.url, shop.salon_cashier, packages, shop.siti.id),
                                   (shop.db.url, other, packages, shop.budi.id)], ROUNDS)  # fmt: skip
    for outcome in outcomes:
        assert outcome.count(DONE) == 1, outcomes
        assert "Every session of the package has been used" in next(text for text in outcome if text != DONE)
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageUse)) == ROUNDS
        assert s.scalar(select(func.count()).select_from(Sale)) == ROUNDS
        for package_id in packages:
            package = s.get(PackageSale, package_id)
            assert package is not None
            money = package_money(s, package)
            assert (money.used, money.recognised, money.held) == (1, 50_000, 0)


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_expiring_at_once_write_one_expiry_per_package(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:  # fmt: skip
    """Each round one more package is past its last day, and both tills expire what is due at the same moment (as
    two tills closing their day would): one expiry row and one journal entry per package, at one till or the other."""
    shop: Shop = request.getfixturevalue(shop_fixture)
    start = date(2026, 12, 7)
    plans = [creambath(shop, f"D{n}", sessions=2, days=n + 1, price=50_000) for n in range(ROUNDS)]
    salon = build_package_shop(shop, plans)
    other = _second_salon_till(shop)
    supervisors = [act_as(shop, "spv", outlet_id=shop.salon.id, till_id=actor.till_id)
                   for actor in (shop.salon_cashier, other)]  # fmt: skip
    with shop.db.transaction() as s:
        for plan in plans:
            sell_package(s, shop.salon_cashier, salon.customer_id, plan.code, Tender("cash", 50_000), now=at(start))
    days = [start + timedelta(days=n + 1) for n in range(ROUNDS)]  # round n: the package of plan Dn is due
    outcomes = race(expire_due_packages, [(shop.db.url, supervisor, shop.salon.id, days)
                                          for supervisor in supervisors], ROUNDS)  # fmt: skip
    assert outcomes == [[DONE, DONE]] * ROUNDS, outcomes
    with shop.db.transaction() as s:
        expiries = s.scalars(select(PackageExpiry)).all()
        assert len(expiries) == len({expiry.package_id for expiry in expiries}) == ROUNDS
        assert sorted(expiry.business_date for expiry in expiries) == days
        entries = s.scalar(select(func.count()).select_from(JournalEntry).where(JournalEntry.type == "package_expiry"))
        assert entries == ROUNDS
        assert sum(expiry.amount for expiry in expiries) == ROUNDS * 50_000
        report = journal_verify.verify(s)
    assert report.ok, list(report.lines())


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_refunding_one_package_at_once_give_it_back_once(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:  # fmt: skip
    shop: Shop = request.getfixturevalue(shop_fixture)
    salon = build_package_shop(shop, [creambath(shop, "TWO", sessions=2, price=50_000)])
    other = _second_salon_till(shop)
    supervisors = [act_as(shop, "spv", outlet_id=shop.salon.id, till_id=actor.till_id)
                   for actor in (shop.salon_cashier, other)]  # fmt: skip
    with shop.db.transaction() as s:
        packages = [sell_package(s, shop.salon_cashier, salon.customer_id, "TWO", Tender("cash", 50_000)).package_id
                    for _ in range(ROUNDS)]  # fmt: skip
    outcomes = race(refund_packages, [(shop.db.url, supervisor, packages) for supervisor in supervisors], ROUNDS)
    for outcome in outcomes:
        assert outcome.count(DONE) == 1, outcomes
        assert "refunded" in next(text for text in outcome if text != DONE)
    with shop.db.reading() as s:
        assert sorted(s.scalars(select(PackageRefund.package_id))) == sorted(packages)
        for package_id in packages:
            package = s.get(PackageSale, package_id)
            assert package is not None
            money = package_money(s, package)
            assert (money.refunded, money.held, money.left) == (50_000, 0, 0)


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_undoing_one_session_at_once_give_it_back_once(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:  # fmt: skip
    """One undo per session: the other till is told it is undone already; one void, the worker's credit taken back
    once, the session back once."""
    shop: Shop = request.getfixturevalue(shop_fixture)
    salon = build_package_shop(shop, [creambath(shop, "TWO", sessions=2, price=50_000)])
    other = _second_salon_till(shop)
    supervisors = [act_as(shop, "spv", outlet_id=shop.salon.id, till_id=actor.till_id)
                   for actor in (shop.salon_cashier, other)]  # fmt: skip
    with shop.db.transaction() as s:
        packages = [sell_package(s, shop.salon_cashier, salon.customer_id, "TWO", Tender("cash", 50_000)).package_id
                    for _ in range(ROUNDS)]  # fmt: skip
        sales = [use_package(s, shop.salon_cashier, package_id, shop.siti.id).sale.sale.sale_id
                 for package_id in packages]  # fmt: skip
        uses = [s.scalars(select(PackageUse.id).where(PackageUse.sale_id == sale_id)).one() for sale_id in sales]
    outcomes = race(undo_sessions, [(shop.db.url, supervisor, uses) for supervisor in supervisors], ROUNDS)
    for outcome in outcomes:
        assert outcome.count(DONE) == 1, outcomes
        assert "undone already" in next(text for text in outcome if text != DONE)
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageUndo)) == ROUNDS
        assert s.scalar(select(func.count()).select_from(Sale).where(Sale.kind == "void")) == ROUNDS
        assert int(s.scalar(select(func.sum(EarningEntry.credited_amount))) or 0) == 0
        for package_id in packages:
            package = s.get(PackageSale, package_id)
            assert package is not None
            money = package_money(s, package)
            assert (money.used, money.recognised, money.held) == (0, 0, 50_000)
