"""A visit's line paid with a session of the customer's prepaid package at the visit's finish: the session's sale
recognises it (crediting the stylist who served), the completion sale covers only the other lines, and the
refusals change nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from package_shop import build_package_shop
from salon_shop import SalonDay, salon_day
from shop import Shop, approved
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, OrderStatusChange, PackageUse, Sale, SaleLine, SalonSessionLine
from ska_pos.domain.orders.money import OrderState
from ska_pos.domain.settlement import Tender
from ska_pos.domain.tips import share_tip
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.balances import balances
from ska_pos.services.orders.payments import pay_order, refund_order
from ska_pos.services.orders.stages import due_at_collection, move_order
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


def _one_cut(day: SalonDay, customer_id: object) -> tuple[object, int]:
    """A visit of one cut by Siti, under way."""
    shop = day.shop
    with shop.db.transaction() as s:
        taken = join_queue(s, shop.salon_cashier, "Bu Wati", [(day.cut.id, shop.siti.id)], customer_id=customer_id)  # type: ignore[arg-type]
        start_service(s, shop.salon_cashier, taken.order_id, shop.siti.id)
        return taken.order_id, load_order(s, taken.order_id).lines[0].line_no


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_visit_whose_one_service_a_session_pays_completes_with_no_sale(shop: Shop) -> None:
    """Completed with no sale of its own: the move recorded as any completion (who, when, no sale), nothing
    recognised on the order nor owed, nothing on the lists of money held or owed, the daily summary counting it
    completed and the cut once (the session's sale), and the tip on the session's sale of the stylist."""
    packages = build_package_shop(shop)
    day = salon_day(shop)
    with shop.db.transaction() as s:
        sold = sell_package(s, shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001))
    order_id, line = _one_cut(day, packages.customer_id)
    with shop.db.transaction() as s:
        assert due_at_collection(s, shop.salon_cashier, order_id, frozenset({line})) == 0  # type: ignore[arg-type]
        moved = finish_visit(s, shop.salon_cashier, order_id, [], sessions={line: sold.package_id},  # type: ignore[arg-type]
                             tip=Tender("cash", 10_000), tip_worker=shop.siti.id)  # fmt: skip
    assert moved.sale is None
    assert (moved.money.state, moved.money.recognised, moved.money.debt, moved.money.held) == (
        OrderState.COMPLETED, 0, 0, 0)  # fmt: skip
    with shop.db.reading() as s:
        order = load_order(s, order_id)  # type: ignore[arg-type]
        assert (order.stage, order.completed, order.sale_id, order.money) == ("done", True, None, moved.money)
        change = s.scalars(select(OrderStatusChange).where(OrderStatusChange.order_id == order_id,
                                                           OrderStatusChange.to_stage == "done")).one()  # fmt: skip
        assert (change.from_stage, change.sale_id, change.user_id) == ("serving", None, shop.salon_cashier.user_id)
        assert change.changed_at.replace(tzinfo=UTC) == MORNING
        use = s.scalars(select(PackageUse)).one()
        tips = s.execute(select(EarningEntry.sale_id, EarningEntry.worker_id, EarningEntry.amount)
                         .where(EarningEntry.kind == "tip")).all()  # fmt: skip
        assert tips == [(use.sale_id, shop.siti.id, 10_000)]
        assert not [b for b in balances(s, [shop.salon.id], MORNING.date()) if b.order_id == order_id]
        summary = daily_summary(s, MORNING.date(), outlet_code=shop.salon.code, language="en")
    assert (summary.orders.completed, summary.orders.collected, summary.orders.deposits_applied) == (1, 1, 0)
    assert summary.sales_count == 1  # the session's sale (the package's is money held): none for the visit
    cuts = [item for item in summary.top_items if item.name == day.cut.name]
    assert [item.quantity for item in cuts] == [1]


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_visit_paid_by_sessions_refuses_a_payment_a_deposit_held_and_a_tip_with_no_sale_for_it(shop: Shop) -> None:
    """Nothing is owed, so nothing is paid; a down payment held would pay nothing (give it back first, then the
    visit finishes); a tip for a worker no sale of the visit credits is refused. Each refusal writes nothing."""
    packages = build_package_shop(shop)
    day = salon_day(shop)
    with shop.db.transaction() as s:
        sold = sell_package(s, shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001))
    order_id, line = _one_cut(day, packages.customer_id)
    with shop.db.transaction() as s:
        pay_order(s, shop.salon_cashier, order_id, Tender("cash", 5_000))  # type: ignore[arg-type]
    sessions = {line: sold.package_id}
    refusals = [
        ({}, "down payment of Rp5.000.*Give back"),
        ({"tenders": [Tender("cash", 1_000)]}, "down payment"),
    ]
    for extra, message in refusals:  # refused before the session is spent
        with shop.db.transaction() as s, pytest.raises(ValidationError, match=message):
            finish_visit(s, shop.salon_cashier, order_id, extra.get("tenders", []), sessions=sessions)  # type: ignore[arg-type]
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="down payment"):
        due_at_collection(s, shop.salon_cashier, order_id, frozenset(sessions))  # type: ignore[arg-type]
    with shop.db.transaction() as s:
        refund_order(s, shop.salon_cashier, order_id, Tender("cash", 5_000), "sesi paket",  # type: ignore[arg-type]
                     approval=approved(s, "order.refund"))  # fmt: skip
    later = [
        ([Tender("cash", 1_000)], {}, "Nothing is owed"),
        ([], {"tip": Tender("cash", 5_000), "tip_worker": shop.budi.id}, "credits this worker"),
    ]
    for tenders, tip, message in later:  # the session spent, the transaction undoes it
        with pytest.raises(ValidationError, match=message), shop.db.transaction() as s:
            finish_visit(s, shop.salon_cashier, order_id, tenders, sessions=sessions, **tip)  # type: ignore[arg-type]
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageUse)) == 0
        assert load_order(s, order_id).stage == "serving"  # type: ignore[arg-type]
    with shop.db.transaction() as s:
        moved = finish_visit(s, shop.salon_cashier, order_id, [], sessions=sessions, tip=Tender("qris", 5_000))  # type: ignore[arg-type]
    assert moved.sale is None
    assert (moved.money.received, moved.money.held, moved.money.refunded) == (5_000, 0, 5_000)
    with shop.db.reading() as s:
        use = s.scalars(select(PackageUse)).one()
        tipped = s.execute(select(EarningEntry.sale_id, EarningEntry.worker_id).where(EarningEntry.kind == "tip")).all()
    assert tipped == [(use.sale_id, shop.siti.id)]  # no worker named: the one session's sale, to its stylist


def _two_cuts_paid_by_a_package(
    shop: Shop, first: uuid.UUID, second: uuid.UUID
) -> tuple[uuid.UUID, uuid.UUID, list[int]]:
    """A visit of two cuts, by `first` and `second`, being served; its customer holds a package that can pay both.
    (order, package, the order's line numbers)"""
    packages = build_package_shop(shop)
    day = salon_day(shop)
    with shop.db.transaction() as s:
        sold = sell_package(s, shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001))
        services = [(day.cut.id, first), (day.cut.id, second)]
        taken = join_queue(s, shop.salon_cashier, "Bu Wati", services, customer_id=packages.customer_id)
        start_service(s, shop.salon_cashier, taken.order_id, first)
        return taken.order_id, sold.package_id, [line.line_no for line in load_order(s, taken.order_id).lines]


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_tip_with_no_worker_named_goes_to_the_one_stylist_of_several_sessions(shop: Shop) -> None:
    """Two cuts by Siti, both paid with sessions: no visit sale, two session sales, one stylist; the tip is hers,
    on the first of them (before, it was refused asking for a worker the cashier had no choice of)."""
    order_id, package_id, lines = _two_cuts_paid_by_a_package(shop, shop.siti.id, shop.siti.id)
    with shop.db.transaction() as s:
        moved = finish_visit(s, shop.salon_cashier, order_id, [], tip=Tender("cash", 10_000),
                             sessions=dict.fromkeys(lines, package_id))  # fmt: skip
    assert moved.sale is None
    with shop.db.reading() as s:
        first = s.scalar(select(SalonSessionLine.sale_id).where(SalonSessionLine.line_no == min(lines)))
        tips = s.execute(select(EarningEntry.sale_id, EarningEntry.worker_id, EarningEntry.amount)
                         .where(EarningEntry.kind == "tip")).all()  # fmt: skip
    assert tips == [(first, shop.siti.id, 10_000)]


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_line_is_left_out_of_the_completion_only_when_a_session_paid_it(shop: Shop) -> None:
    """`move_order` takes the lines paid apart from its caller: one no session paid is refused, nothing written
    (left out on trust, the line would be neither sold nor paid)."""
    packages = build_package_shop(shop)
    order_id, line = _one_cut(salon_day(shop), packages.customer_id)
    refused = f"Line {line} of the order was not paid apart"
    with pytest.raises(ValidationError, match=refused), shop.db.transaction() as s:
        move_order(s, shop.salon_cashier, order_id, "done", paid_apart=frozenset({line}))  # type: ignore[arg-type]
    with shop.db.reading() as s:
        assert load_order(s, order_id).stage == "serving"  # type: ignore[arg-type]
        assert s.scalar(select(func.count()).select_from(Sale)) == 0


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_tip_with_no_worker_named_is_shared_over_several_stylists_sessions_each_part_on_her_own_sale(
    shop: Shop,
) -> None:
    """Two cuts, one by Siti and one by Budi, both paid with sessions (Rp20.001 and Rp20.000): no visit sale, and a
    tip of Rp10.001 with no worker named is shared as the till shares a tip (`domain.tips.share_tip`, by credited
    revenue, largest remainder), each part on the sale of her own session, adding up to the tip exactly (before, it
    was refused asking for a worker)."""
    order_id, package_id, lines = _two_cuts_paid_by_a_package(shop, shop.siti.id, shop.budi.id)
    with shop.db.transaction() as s:
        moved = finish_visit(s, shop.salon_cashier, order_id, [], tip=Tender("cash", 10_001),
                             sessions=dict.fromkeys(lines, package_id))  # fmt: skip
    assert moved.sale is None
    with shop.db.reading() as s:
        uses = {use.worker_id: use for use in s.scalars(select(PackageUse))}
        tips = s.execute(select(EarningEntry.sale_id, EarningEntry.worker_id, EarningEntry.amount)
                         .where(EarningEntry.kind == "tip").order_by(EarningEntry.amount.desc())).all()  # fmt: skip
    assert (uses[shop.siti.id].value, uses[shop.budi.id].value) == (20_001, 20_000)  # line 1 takes the rupiah
    assert share_tip(10_001, {shop.siti.id: 20_001, shop.budi.id: 20_000}) == {shop.siti.id: 5_001, shop.budi.id: 5_000}
    siti, budi = uses[shop.siti.id].sale_id, uses[shop.budi.id].sale_id
    assert tips == [(siti, shop.siti.id, 5_001), (budi, shop.budi.id, 5_000)]


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_shared_tip_over_the_bound_is_refused_whole_though_each_part_is_under_it(shop: Shop) -> None:
    """The bound on a tip (a slip of extra zeros) is judged on the whole tip, before it is shared over the stylists'
    session sales: Rp19.990.000 shared in two would pass as two parts under Rp10.000.000 each. Refused, with the bound
    named, and nothing of the finish written."""
    order_id, package_id, lines = _two_cuts_paid_by_a_package(shop, shop.siti.id, shop.budi.id)
    with pytest.raises(ValidationError, match=r"Rp10[.,]000[.,]000"), shop.db.transaction() as s:
        finish_visit(s, shop.salon_cashier, order_id, [], tip=Tender("cash", 19_990_000),
                     sessions=dict.fromkeys(lines, package_id))  # fmt: skip
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageUse)) == 0
        assert s.scalar(select(func.count()).select_from(EarningEntry).where(EarningEntry.kind == "tip")) == 0
