"""A visit one of whose lines a package session paid: the tip may go to the stylist who served that line (tipped on
the session's sale, the bill that credits them), the session's sale carries the visit's moment, and the session
cannot be undone (the visit is settled: its line would stay unpaid)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from package_shop import build_package_shop
from salon_shop import salon_day
from shop import Shop, act_as
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, PackageUndo, PackageUse, Sale
from ska_pos.domain.settlement import Tender
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.state import load_order
from ska_pos.services.packages.ledger import sell_package
from ska_pos.services.packages.undo import last_session, undo_session
from ska_pos.services.receipts import receipt_data
from ska_pos.services.salon.queue import finish_visit, join_queue, start_service, visit_workers

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def _visit_with_a_package(shop: Shop) -> tuple[uuid.UUID, uuid.UUID, int]:
    """A visit: a cut by Siti, which the customer's package pays, and a colour by Budi. (order, package, cut line)"""
    packages = build_package_shop(shop)
    day = salon_day(shop)
    with shop.db.transaction() as s:
        sold = sell_package(s, shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001))
        services = [(day.cut.id, shop.siti.id), (day.colour.id, shop.budi.id)]
        taken = join_queue(s, shop.salon_cashier, "Bu Wati", services, customer_id=packages.customer_id)
        start_service(s, shop.salon_cashier, taken.order_id, shop.siti.id)
        cut = next(line.line_no for line in load_order(s, taken.order_id).lines if line.item_id == day.cut.id)
    return taken.order_id, sold.package_id, cut


@pytest.mark.time_machine(MORNING, tick=False)
def test_the_tip_goes_to_the_stylist_of_a_session_paid_line_on_the_sessions_sale(shop: Shop) -> None:
    order_id, package_id, cut = _visit_with_a_package(shop)
    with shop.db.reading() as s:
        offered = dict(visit_workers(s, load_order(s, order_id)))
    assert set(offered) == {shop.siti.id, shop.budi.id}  # the choice list offers who served, the session's too
    with shop.db.transaction() as s:
        moved = finish_visit(s, shop.salon_cashier, order_id, [Tender("cash", 120_000)], tip=Tender("cash", 10_000),
                             tip_worker=shop.siti.id, sessions={cut: package_id})  # fmt: skip
    assert moved.sale is not None
    with shop.db.reading() as s:
        use = s.scalars(select(PackageUse)).one()
        tip = s.scalars(select(EarningEntry).where(EarningEntry.kind == "tip")).one()
        assert (tip.worker_id, tip.amount, tip.credited_amount, tip.sale_id) == (shop.siti.id, 10_000, 0, use.sale_id)
        # earnings stay exact: what the workers are credited is still each sale's revenue, the tip apart
        credited = dict(s.execute(select(EarningEntry.worker_id, func.sum(EarningEntry.credited_amount))
                                  .group_by(EarningEntry.worker_id)).all())  # fmt: skip
    assert credited == {shop.siti.id: use.value, shop.budi.id: 120_000}
    with shop.db.reading() as s:  # the customer paid the tip at the visit's bill: its receipt shows it
        assert receipt_data(s, moved.sale.sale.sale_id).tip == 10_000


@pytest.mark.time_machine(MORNING, tick=False)
def test_the_tip_to_a_worker_of_the_visits_sale_stays_on_that_sale(shop: Shop) -> None:
    order_id, package_id, cut = _visit_with_a_package(shop)
    with shop.db.transaction() as s:
        moved = finish_visit(s, shop.salon_cashier, order_id, [Tender("cash", 120_000)], tip=Tender("cash", 5_000),
                             tip_worker=shop.budi.id, sessions={cut: package_id})  # fmt: skip
    assert moved.sale is not None
    with shop.db.reading() as s:
        tip = s.scalars(select(EarningEntry).where(EarningEntry.kind == "tip")).one()
    assert (tip.worker_id, tip.sale_id) == (shop.budi.id, moved.sale.sale.sale_id)


@pytest.mark.time_machine(MORNING, tick=False)
def test_the_sessions_sale_carries_the_visits_moment(shop: Shop) -> None:
    order_id, package_id, cut = _visit_with_a_package(shop)
    finished = MORNING + timedelta(hours=3)
    with shop.db.transaction() as s:
        finish_visit(s, shop.salon_cashier, order_id, [Tender("cash", 120_000)], sessions={cut: package_id},
                     now=finished)  # fmt: skip
    with shop.db.reading() as s:
        use = s.scalars(select(PackageUse)).one()
        session_sale = s.get(Sale, use.sale_id)
        assert session_sale is not None
        assert use.used_at.replace(tzinfo=UTC) == finished
        assert session_sale.sold_at.replace(tzinfo=UTC) == finished


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_session_that_paid_a_visits_line_is_not_undone_and_nothing_changes(shop: Shop) -> None:
    order_id, package_id, cut = _visit_with_a_package(shop)
    with shop.db.transaction() as s:
        finish_visit(s, shop.salon_cashier, order_id, [Tender("cash", 120_000)], sessions={cut: package_id})
    supervisor = act_as(shop, "spv", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.transaction() as s:
        use_id = last_session(s, package_id)
        assert use_id is not None
        with pytest.raises(ValidationError, match="cannot be undone"):
            undo_session(s, supervisor, use_id, "Salah pelanggan")
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageUndo)) == 0
        assert s.scalar(select(func.count()).select_from(Sale).where(Sale.kind == "void")) == 0
