"""Property, at the service level on a real database: for any sequence of package sales, sessions used (by one
worker or another, on any day), sessions undone, refunds and expiries, the money received equals what the uses
recognised plus the breakage plus what was refunded plus what is still held; the services refuse exactly what the
package rules refuse; and each worker is credited with exactly the values of the sessions they served net of those
undone (and earns the salon's share of them), breakage with no one."""

from __future__ import annotations

import tempfile
import uuid
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_shop import PackageShop, at, build_package_shop, creambath
from shop import act_as, build_shop
from sqlalchemy import func, select

from ska_pos.db.database import open_database
from ska_pos.db.models import EarningEntry, PackageExpiry, PackageRefund, PackageSale, PackageUndo, PackageUse, Sale
from ska_pos.domain.packages import PackageMoney, PackageRefused, expire, refund, sold, undo, use
from ska_pos.domain.settlement import Tender
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.packages.balances import package_days
from ska_pos.services.packages.expiry import expire_packages
from ska_pos.services.packages.ledger import package_money, sell_package, use_package
from ska_pos.services.packages.plans import set_package_plans
from ska_pos.services.packages.refunds import refund_package
from ska_pos.services.packages.undo import last_session, undo_session

START = date(2026, 12, 7)
SHARE_BP = 5_000  # the salon's rule (tests/shop.py)


@cache
def shared() -> PackageShop:
    """One database for all examples: each example sells its own package and checks only its own rows."""
    folder = Path(tempfile.mkdtemp(prefix="ska-pos-packages-"))
    return build_package_shop(build_shop(open_database(f"sqlite:///{folder / 'pos.sqlite3'}")))


step = st.one_of(
    st.tuples(st.just("use"), st.integers(min_value=0, max_value=4), st.integers(min_value=0, max_value=1)),
    st.tuples(st.just("expire"), st.integers(min_value=0, max_value=4), st.just(0)),
    st.tuples(st.just("undo"), st.integers(min_value=0, max_value=2), st.just(0)),
    st.tuples(st.just("refund"), st.integers(min_value=0, max_value=4), st.just(0)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sessions=st.integers(min_value=1, max_value=6),
    days=st.integers(min_value=1, max_value=8),
    price=st.integers(min_value=1, max_value=500_000),
    steps=st.lists(step, max_size=8),
)
def test_money_received_is_recognised_plus_breakage_plus_held(
    sessions: int, days: int, price: int, steps: list[tuple[str, int, int]]
) -> None:
    salon = shared()
    shop = salon.shop
    cashier = shop.salon_cashier
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=cashier.till_id)
    supervisor = act_as(shop, "spv", outlet_id=shop.salon.id, till_id=cashier.till_id)
    workers = (shop.siti.id, shop.budi.id)
    with shop.db.transaction() as s:
        set_package_plans(s, manager, shop.salon.id, [creambath(shop, "P", sessions, days, price)])
        package_id = sell_package(s, cashier, salon.customer_id, "P", Tender("cash", price), now=at(START)).package_id
    expected = sold(price, sessions, START + timedelta(days=days - 1))
    served: list[tuple[uuid.UUID, int]] = []  # the sessions used and not undone: who served, their value
    today = START
    for kind, later, who in steps:
        today += timedelta(days=later)
        expected = _step(salon, package_id, kind, today, workers[who], expected, served, supervisor)
    with shop.db.reading() as s:
        package = s.get(PackageSale, package_id)
        assert package is not None
        money = package_money(s, package)
        assert money == expected
        assert money.price == money.recognised + money.breakage + money.refunded + money.held
        assert money.held >= 0
        sale_ids = list(s.scalars(select(PackageUse.sale_id).where(PackageUse.package_id == package_id)))
        sale_ids += list(s.scalars(select(PackageUndo.void_sale_id).where(PackageUndo.package_id == package_id)))
        totals = s.scalar(select(func.coalesce(func.sum(Sale.total), 0)).where(Sale.id.in_(sale_ids)))
        assert totals == money.recognised  # the sales export and the daily summary count exactly the uses, net
        given = s.scalar(select(PackageRefund.amount).where(PackageRefund.package_id == package_id))
        assert (given or 0) == money.refunded
        credited = dict(s.execute(
            select(EarningEntry.worker_id, func.sum(EarningEntry.credited_amount))
            .where(EarningEntry.sale_id.in_(sale_ids)).group_by(EarningEntry.worker_id)
        ).all())  # fmt: skip
        for worker in set(credited) | {who for who, _value in served}:
            assert int(credited.get(worker, 0)) == sum(value for who, value in served if who == worker)
        of_the_sales = select(EarningEntry).where(EarningEntry.sale_id.in_(sale_ids))
        entries = {entry.id: entry for entry in s.scalars(of_the_sales)}
        for entry in entries.values():
            if entry.reverses_entry_id is None:
                assert entry.amount == (entry.credited_amount * SHARE_BP + 5_000) // 10_000  # half up
            else:  # an undo's void takes back exactly what the worker earned
                assert entry.amount == -entries[entry.reverses_entry_id].amount
        breakage = s.scalar(select(PackageExpiry.amount).where(PackageExpiry.package_id == package_id))
        assert (breakage or 0) == money.breakage
        whole = package_days(s, [shop.salon.id], date(2000, 1, 1), date(2100, 1, 1))
        assert whole.received == whole.recognised + whole.breakage + whole.refunded + whole.held_at_end


def _step(
    salon: PackageShop, package_id: uuid.UUID, kind: str, today: date, worker: uuid.UUID, expected: PackageMoney,
    served: list[tuple[uuid.UUID, int]], supervisor: Actor,
) -> PackageMoney:  # fmt: skip
    shop = salon.shop
    try:
        after = _expected(expected, kind, today, served)
    except PackageRefused:
        after = None
    try:
        with shop.db.transaction() as s:
            if kind == "use":
                use_package(s, shop.salon_cashier, package_id, worker, now=at(today))
            elif kind == "undo":
                use_id = last_session(s, package_id)
                if use_id is None:
                    raise ValidationError("no session to undo")
                undo_session(s, supervisor, use_id, "Salah", now=at(today))
            elif kind == "refund":
                refund_package(s, supervisor, package_id, "transfer", "Pindah", reference="BCA 1", now=at(today))
            else:
                expire_packages(s, supervisor, shop.salon.id, now=at(today))
    except ValidationError:
        assert after is None, f"{kind} on {today} refused, the rules allow it"
        return expected
    if kind == "use":
        assert after is not None, f"use on {today} allowed, the rules refuse it"
        served.append((worker, after.recognised - expected.recognised))
    elif kind == "undo":
        assert after is not None, f"undo on {today} allowed, the rules refuse it"
        served.pop()
    elif kind == "refund":
        assert after is not None, f"refund on {today} allowed, the rules refuse it"
    return after or expected  # an expiry run with nothing to expire is no refusal


def _expected(money: PackageMoney, kind: str, today: date, served: list[tuple[uuid.UUID, int]]) -> PackageMoney | None:
    if kind == "use":
        return use(money, today)
    if kind == "undo":
        if not served:
            raise PackageRefused("nothing to undo")
        return undo(money, served[-1][1], today)
    if kind == "refund":
        return refund(money, today)
    return _expired(money, today)


def _expired(money: PackageMoney, today: date) -> PackageMoney | None:
    """What `expire_packages` on `today` does to this package: expires it when past its last day with sessions
    left, else nothing."""
    if money.expired or today <= money.expires_on or money.left == 0:
        return None
    return expire(money, today)
