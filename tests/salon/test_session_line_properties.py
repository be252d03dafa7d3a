"""Property, at the service level on a real database: for any visit of cuts and a colour, any choice of its cuts
paid with sessions of the customer's package (all of them, with no colour: the visit completes with no sale of its
own), the visit's lines are recognised once (the session's sale or the completion's, never both), and money
received (the completion's tenders and the package's price) equals revenue recognised (the completion's sale and
the sessions' sales) plus what the package still holds."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from package_shop import PackageShop, build_package_shop, creambath
from salon_shop import SalonDay, salon_day
from shop import act_as, build_shop
from sqlalchemy import func, select

from ska_pos.db.database import open_database
from ska_pos.db.models import PackageSale, PackageUse, Payment, Sale, SaleLine, SalonSessionLine
from ska_pos.domain.settlement import Tender
from ska_pos.services.orders.stages import due_at_collection
from ska_pos.services.packages.ledger import package_money, sell_package
from ska_pos.services.packages.plans import set_package_plans
from ska_pos.services.salon.queue import finish_visit, join_queue, start_service

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


@cache
def shared() -> tuple[SalonDay, PackageShop]:
    """One database for all examples: each example sells its own package and checks only its own rows."""
    folder = Path(tempfile.mkdtemp(prefix="ska-pos-salon-sessions-"))
    shop = build_shop(open_database(f"sqlite:///{folder / 'pos.sqlite3'}"))
    return salon_day(shop), build_package_shop(shop)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cuts=st.integers(min_value=1, max_value=3),
    colour=st.booleans(),
    paid=st.lists(st.booleans(), min_size=3, max_size=3),
    sessions=st.integers(min_value=3, max_value=6),
    price=st.integers(min_value=1, max_value=300_000),
    stylist=st.integers(min_value=0, max_value=1),
)
@example(cuts=1, colour=False, paid=[True, False, False], sessions=3, price=90_000, stylist=0)  # every line
def test_each_line_is_recognised_once_and_money_received_is_recognised_plus_held(
    cuts: int, colour: bool, paid: list[bool], sessions: int, price: int, stylist: int
) -> None:
    day, packages = shared()
    shop, cashier = day.shop, day.shop.salon_cashier
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=cashier.till_id)
    served_by = (shop.siti.id, shop.budi.id)[stylist]
    with shop.db.transaction() as s:
        set_package_plans(s, manager, shop.salon.id, [creambath(shop, "P", sessions, 30, price)])
        package_id = sell_package(s, cashier, packages.customer_id, "P", Tender("cash", price), now=MORNING).package_id
        services = [(day.cut.id, None)] * cuts + ([(day.colour.id, None)] if colour else [])
        taken = join_queue(s, cashier, "", services, customer_id=packages.customer_id, now=MORNING)
        start_service(s, cashier, taken.order_id, served_by, now=MORNING)
    chosen = [n for n in range(1, cuts + 1) if paid[n - 1]]  # every line, with no colour: the visit has no sale
    by_session = dict.fromkeys(chosen, package_id)
    with shop.db.transaction() as s:
        due = due_at_collection(s, cashier, taken.order_id, frozenset(by_session))
        moved = finish_visit(s, cashier, taken.order_id, [Tender("cash", due)] if due else [], sessions=by_session,
                             now=MORNING)  # fmt: skip
    every_line = len(chosen) == cuts + colour
    assert (moved.sale is None) == every_line
    assert moved.money.recognised == (0 if every_line else due)
    assert moved.money.balanced()
    with shop.db.reading() as s:
        session_sales = list(s.scalars(select(PackageUse.sale_id).where(PackageUse.package_id == package_id)))
        assert len(session_sales) == len(chosen)
        recorded = s.scalars(select(SalonSessionLine.line_no).where(SalonSessionLine.order_id == taken.order_id))
        assert sorted(recorded) == chosen
        visit_sale = [moved.sale.sale.sale_id] if moved.sale else []
        sales = [*visit_sale, *session_sales]
        lines = s.scalar(select(func.count()).select_from(SaleLine).where(SaleLine.sale_id.in_(sales)))
        assert lines == cuts + colour  # each line once: the daily summary counts each service once
        recognised = int(s.scalar(select(func.sum(Sale.total)).where(Sale.id.in_(sales))) or 0)
        tendered = int(s.scalar(select(func.coalesce(func.sum(Payment.amount), 0)).where(
            Payment.sale_id.in_(visit_sale), Payment.method == "cash")) or 0)  # fmt: skip
        package = s.get(PackageSale, package_id)
        assert package is not None
        held = package_money(s, package).held
    assert tendered == due
    assert tendered + price == recognised + held
