"""The demo has a laundry, a galeri jahit and a salon with orders in every state, deposits held and debts, built
through the order services; and its sales export, daily summary and earnings report agree."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ska_pos.db.database import Database
from ska_pos.db.models import CustomerOrder, Outlet
from ska_pos.demo.builder import build_demo
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.earnings.period import Period
from ska_pos.services.earnings.report import earnings_report
from ska_pos.services.orders.lookup import debts, deposits_held
from ska_pos.services.orders.state import load_order
from ska_pos.services.sales_export import COLUMNS, export_rows

TODAY = date(2026, 12, 6)
JAKARTA = ZoneInfo("Asia/Jakarta")


def test_the_demo_has_orders_in_every_state(db: Database) -> None:
    build_demo(db, days=8, seed=1, today=TODAY)
    last = date(2026, 12, 5)
    with db.transaction() as s:
        states: dict[str, set[str]] = defaultdict(set)
        promised: dict[str, int] = defaultdict(int)  # open orders promised before today, today, after it
        for order_id, kind in s.execute(select(CustomerOrder.id, Outlet.kind).join(Outlet)):
            order = load_order(s, order_id)
            states[kind].add("cancelled" if order.cancelled else order.stage)
            assert order.promised_at is not None
            day = order.promised_at.astimezone(JAKARTA).date()
            if not (order.cancelled or order.collected):
                promised["overdue" if day < TODAY else "today" if day == TODAY else "later"] += 1
        laundry = s.scalar(select(Outlet.id).where(Outlet.kind == "laundry"))
        assert laundry is not None
        held, owed = deposits_held(s, laundry, last), debts(s, laundry, last)
        summary = daily_summary(s, last, language="en")
        report = earnings_report(s, Period(last, last))
        rows = [dict(zip(COLUMNS, row, strict=True)) for row in export_rows(s, last, last)]
    assert states["laundry"] >= {"received", "ready", "collected"}
    assert states["jahit"] >= {"measured", "finished", "collected"}
    assert states["salon"] >= {"queued", "done"}
    assert any("cancelled" in found for found in states.values())
    assert min(promised["overdue"], promised["today"], promised["later"]) > 0  # the board's "Dijanjikan" column
    assert held
    assert owed
    assert summary.orders.held.total > 0
    assert summary.orders.debts.total > 0
    net = {(row["receipt_no"], row["line_no"]): row["net_amount"] for row in rows}
    assert sum(net.values()) == summary.net_sales == report.net_revenue
    assert report.balanced


def test_the_demo_has_a_package_partly_used_and_messages_recorded(db: Database) -> None:
    from ska_pos.db.models import OrderMessage, PackageSale, PackageUse
    from ska_pos.domain.packages import PackageState
    from ska_pos.services.packages.balances import customer_packages, package_days

    build_demo(db, days=8, seed=1, today=TODAY)
    used_on = date(2026, 12, 4)  # the salon's regular customer came back every three days
    with db.transaction() as s:
        package = s.scalars(select(PackageSale)).one()
        [view] = customer_packages(s, package.outlet_id, package.customer_id, TODAY)
        uses = s.scalars(select(PackageUse)).all()
        figures = package_days(s, [package.outlet_id], date(2026, 11, 1), TODAY)
        events = {event for (event,) in s.execute(select(OrderMessage.event))}
        summary = daily_summary(s, used_on, language="en")
        report = earnings_report(s, Period(used_on, used_on))
        rows = [dict(zip(COLUMNS, row, strict=True)) for row in export_rows(s, used_on, used_on)]
        used_sales = {use.sale_id for use in uses}
    assert view.state is PackageState.ACTIVE
    assert 0 < view.used < view.sessions
    assert all(use.worker_id is not None for use in uses)
    assert figures.received == figures.recognised + figures.breakage + figures.held_at_end
    assert figures.held_at_end == view.held > 0
    assert events >= {"intake", "ready"}
    assert used_sales
    net = {(row["receipt_no"], row["line_no"]): row["net_amount"] for row in rows}
    assert sum(net.values()) == summary.net_sales == report.net_revenue  # a session's sale counts as every sale
    assert report.balanced
