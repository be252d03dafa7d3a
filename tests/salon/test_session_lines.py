"""A visit's line paid with a session of the customer's prepaid package at the visit's finish: the session's sale
recognises it (crediting the stylist who served), the completion sale covers only the other lines, and the
refusals change nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from package_shop import build_package_shop
from salon_shop import SalonDay, salon_day
from shop import Shop
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, PackageUse, Sale, SaleLine, SalonSessionLine
from ska_pos.domain.settlement import Tender
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.state import load_order
from ska_pos.services.packages.ledger import sell_package
from ska_pos.services.salon.queue import finish_visit, join_queue, start_service

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def _visit(day: SalonDay, customer_id: object | None) -> tuple[object, tuple[int, int]]:
    shop = day.shop
    with shop.db.transaction() as s:
        services = [(day.cut.id, shop.siti.id), (day.colour.id, shop.budi.id)]
        taken = join_queue(s, shop.salon_cashier, "Bu Wati", services, customer_id=customer_id)  # type: ignore[arg-type]
        start_service(s, shop.salon_cashier, taken.order_id, shop.siti.id)
        lines = {line.item_id: line.line_no for line in load_order(s, taken.order_id).lines}
    return taken.order_id, (lines[day.cut.id], lines[day.colour.id])


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_line_paid_with_a_session_is_recognised_once_and_credits_the_stylist_who_served(shop: Shop) -> None:
    packages = build_package_shop(shop)
    with shop.db.transaction() as s:
        sold = sell_package(s, shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001))
    order_id, (cut_line, _colour_line) = _visit(salon_day(shop), packages.customer_id)
    with shop.db.transaction() as s:
        moved = finish_visit(s, shop.salon_cashier, order_id, [Tender("cash", 120_000)],
                             sessions={cut_line: sold.package_id})  # fmt: skip
    assert moved.sale is not None
    with shop.db.reading() as s:
        completion = s.get(Sale, moved.sale.sale.sale_id)
        assert completion is not None
        assert completion.total == 120_000  # the colour only
        use = s.scalars(select(PackageUse)).one()
        recorded = s.scalars(select(SalonSessionLine)).one()
        assert (recorded.order_id, recorded.line_no, recorded.sale_id) == (order_id, cut_line, use.sale_id)
        assert use.worker_id == shop.siti.id
        cut_lines = s.scalar(select(func.count()).select_from(SaleLine).where(SaleLine.item_id == shop.potong.id))
        assert cut_lines == 1  # the session's sale alone: the day's summary counts the cut once
        credited = dict(s.execute(select(EarningEntry.worker_id, func.sum(EarningEntry.credited_amount))
                                  .group_by(EarningEntry.worker_id)).all())  # fmt: skip
    assert credited == {shop.siti.id: use.value, shop.budi.id: 120_000}
    assert load_order_stage(shop, order_id) == "done"


def load_order_stage(shop: Shop, order_id: object) -> str:
    with shop.db.reading() as s:
        return load_order(s, order_id).stage  # type: ignore[arg-type]


@pytest.mark.time_machine(MORNING, tick=False)
def test_sessions_are_refused_for_a_service_not_covered_another_customer_or_every_line_and_nothing_is_written(
    shop: Shop,
) -> None:
    packages = build_package_shop(shop)
    with shop.db.transaction() as s:
        sold = sell_package(s, shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001))
    day = salon_day(shop)
    order_id, (cut_line, colour_line) = _visit(day, packages.customer_id)
    walk_in, (walk_in_cut, _other) = _visit(day, None)
    refusals = [
        (order_id, {colour_line: sold.package_id}, "does not cover"),
        (walk_in, {walk_in_cut: sold.package_id}, "another customer"),
        (order_id, {cut_line: sold.package_id, colour_line: sold.package_id}, "does not cover"),
        (order_id, {99: sold.package_id}, "no line 99"),
    ]
    for visit, sessions, message in refusals:
        with shop.db.transaction() as s, pytest.raises(ValidationError, match=message):
            finish_visit(s, shop.salon_cashier, visit, [Tender("cash", 200_000)], sessions=sessions)  # type: ignore[arg-type]
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageUse)) == 0
        assert s.scalar(select(func.count()).select_from(SalonSessionLine)) == 0
        assert load_order(s, order_id).stage == "serving"


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_visit_finished_already_refuses_its_sessions_clearly_and_uses_none(shop: Shop) -> None:
    """Finishing again (a second till, or `ska-pos salon finish` run twice) is refused as a move the visit cannot
    make, before any session is used: not by the database's constraint on the line, nor with a session spent."""
    packages = build_package_shop(shop)
    with shop.db.transaction() as s:
        sold = sell_package(s, shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001))
    order_id, (cut_line, _colour_line) = _visit(salon_day(shop), packages.customer_id)
    with shop.db.transaction() as s:
        finish_visit(s, shop.salon_cashier, order_id, [Tender("cash", 120_000)], sessions={cut_line: sold.package_id})  # type: ignore[arg-type]
    with shop.db.transaction() as s, pytest.raises(ValidationError):
        finish_visit(s, shop.salon_cashier, order_id, [Tender("cash", 120_000)], sessions={cut_line: sold.package_id})  # type: ignore[arg-type]
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageUse)) == 1


@pytest.mark.xfail(strict=True, raises=ValidationError,
                   reason="open: a visit whose every line a session pays is refused (stages._cart); "
                   "salon_more.md item 1 asks it to complete with no sale (the order's completed state then needs "
                   "defining without a sale: services/orders/state.money_of)")  # fmt: skip
@pytest.mark.time_machine(MORNING, tick=False)
def test_a_visit_whose_one_service_a_session_pays_completes_with_no_sale(shop: Shop) -> None:
    packages = build_package_shop(shop)
    day = salon_day(shop)
    with shop.db.transaction() as s:
        sold = sell_package(s, shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001))
        taken = join_queue(s, shop.salon_cashier, "Bu Wati", [(day.cut.id, shop.siti.id)],
                           customer_id=packages.customer_id)  # fmt: skip
        start_service(s, shop.salon_cashier, taken.order_id, shop.siti.id)
        line = load_order(s, taken.order_id).lines[0].line_no
    with shop.db.transaction() as s:
        moved = finish_visit(s, shop.salon_cashier, taken.order_id, [], sessions={line: sold.package_id})
    assert moved.sale is None
    assert load_order_stage(shop, taken.order_id) == "done"
