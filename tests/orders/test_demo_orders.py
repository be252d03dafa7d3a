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
