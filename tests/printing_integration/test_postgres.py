"""The daily summary's SQL and the print-job store on the sentra's PostgreSQL give what they give on SQLite."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import PrintJob as PrintJobRow
from ska_pos.printing.print_queue import PrintJob
from ska_pos.reports.daily_model import DailySummary
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.print_jobs import DatabaseJobStore
from ska_pos.services.receipts import receipt_data

from .conftest import network
from .day import DAY, build_day

pytestmark = [pytest.mark.postgres, pytest.mark.dates]
LATER = datetime(2026, 11, 29, 14, 0, tzinfo=UTC)


def comparable(summary: DailySummary) -> DailySummary:
    """Without what depends on when the test ran (shift times) rather than on the data."""
    shifts = tuple(replace(shift, opened_at=LATER, closed_at=None) for shift in summary.shifts)
    return replace(summary, shifts=shifts)


@pytest.mark.parametrize("outlet", ["KFE", None])
def test_the_same_day_sums_the_same_on_both_engines(pg_shop: Shop, shop: Shop, outlet: str | None) -> None:
    build_day(pg_shop)
    build_day(shop)
    with pg_shop.db.reading() as pg, shop.db.reading() as lite:
        on_postgres = daily_summary(pg, DAY, outlet_code=outlet, now=LATER)
        on_sqlite = daily_summary(lite, DAY, outlet_code=outlet, now=LATER)
    assert on_postgres.sales_count > 0
    assert comparable(on_postgres) == comparable(on_sqlite)


def test_print_jobs_are_kept_on_postgresql(pg_shop: Shop) -> None:
    day = build_day(pg_shop)
    store = DatabaseJobStore(pg_shop.db, pg_shop.cashier.till_id)
    with pg_shop.db.reading() as s:
        data = receipt_data(s, day.cash_sale)
    job = PrintJob.new("receipt", data, network("127.0.0.1:9", kick_drawer=True))
    store.add(job)
    store.mark_failed(job.id, "Printer tidak terjangkau")
    rebuilt = DatabaseJobStore(pg_shop.db, pg_shop.cashier.till_id)  # as after a restart: nothing cached
    [waiting] = rebuilt.pending()
    assert (waiting.id, waiting.attempts, waiting.last_error) == (job.id, 1, "Printer tidak terjangkau")
    assert waiting.payload == data
    assert waiting.settings.kick_drawer is False  # a retry never opens the drawer
    rebuilt.mark_done(job.id)
    assert rebuilt.pending() == []
    with pg_shop.db.reading() as s:
        row = s.scalars(select(PrintJobRow)).one()
    assert (row.status, row.sale_id) == ("done", day.cash_sale)
