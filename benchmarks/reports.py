"""How long receipts and the daily summary take: `.venv/bin/python benchmarks/reports.py`.

Targets: an 80 mm receipt PDF under 50 ms (median), and the daily summary of an outlet with 3,000 sales that day
under 1 s, SQL aggregates included. The renderers are first timed on fixed data (a busy sentra day, 3,000 sales
over five outlets); then on a temporary SQLite database at the newest schema with 3,000 sales today (after 30,000
on earlier days), the receipt is read from the database and the summary built by the service, then drawn.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from functools import partial
from pathlib import Path

from bench_shop import add_history, build
from busy_day import add_day
from sqlalchemy import func, select

from ska_pos import clock
from ska_pos.db.models import Sale
from ska_pos.printing.escpos_receipt import escpos_bytes, render_receipt_escpos
from ska_pos.reports.daily_model import CategorySales, DailySummary, ItemSales, OutletTotal, ShiftCash, WorkerRevenue
from ska_pos.reports.daily_pdf import render_daily_summary_pdf
from ska_pos.reports.receipt_pdf import render_receipt_pdf
from ska_pos.reports.samples import SOLD_AT, sample_receipt, sample_sentra_summary
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.receipts import receipt_data

RECEIPT_TARGET_MS = 50.0
SUMMARY_TARGET_MS = 1000.0
SALES = 3000
HISTORY = 30_000  # earlier days' sales, so the day is found among many


def busy_day() -> DailySummary:
    """What 3,000 sales aggregate to: 5 outlets, 10 shifts, 60 workers, 150 items in 15 categories."""
    opened = SOLD_AT.replace(hour=7, minute=0)
    shifts = tuple(
        ShiftCash(f"T{n % 5 + 1}", f"Kasir {n}", opened, opened, 300000, 1800000, 0, 50000, 2050000, 2050000, 0)
        for n in range(10)
    )
    workers = tuple(WorkerRevenue(f"PM-{n:03}", f"Penerima Manfaat {n}", 900000 + n, 540000 + n) for n in range(60))
    items = tuple(ItemSales(f"Produk {n}", Decimal(SALES // 150), 300000 - n * 1000) for n in range(150))
    categories = tuple(CategorySales(f"Kategori {n}", Decimal(200), 3600000) for n in range(15))
    outlets = tuple(OutletTotal(f"O{n}", f"Outlet {n}", SALES // 5, 10800000, 11880000) for n in range(5))
    return replace(
        sample_sentra_summary(),
        sales_count=SALES,
        shifts=shifts,
        workers=workers,
        top_items=items,
        categories=categories,
        outlets=outlets,
    )


def median_ms(run: Callable[[], object], repeat: int) -> float:
    run()  # the first call registers fonts and warms caches
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def rendering_figures() -> dict[str, float]:
    receipt = sample_receipt()
    day = busy_day()
    return {
        "receipt PDF, 80 mm (median of 50)": median_ms(lambda: render_receipt_pdf(receipt, 80), 50),
        "receipt PDF, 58 mm (median of 50)": median_ms(lambda: render_receipt_pdf(receipt, 58), 50),
        "receipt ESC/POS bytes, 80 mm (median of 50)": median_ms(
            lambda: escpos_bytes(partial(render_receipt_escpos, receipt)), 50
        ),
        f"daily summary A4, {SALES:,} sales (median of 5)": median_ms(lambda: render_daily_summary_pdf(day, "a4"), 5),
        f"daily summary thermal 80 mm, {SALES:,} sales (median of 5)": median_ms(
            lambda: render_daily_summary_pdf(day, "thermal80"), 5
        ),
    }


def database_figures(folder: Path) -> dict[str, float]:
    """Receipt and summary from a real database: one café with 3,000 sales (and their voids) today, after
    30,000 sales on earlier days."""
    shop = build(folder / "bench.sqlite3")
    add_history(shop, HISTORY)
    day = clock.today_in(clock.DEFAULT_ZONE)
    add_day(shop, day, SALES)
    with shop.db.reading() as s:
        sale_id = s.scalar(select(Sale.id).where(Sale.kind == "sale").limit(1))
        count = s.scalar(select(func.count(Sale.id)).where(Sale.business_date == day, Sale.kind == "sale"))
    assert sale_id is not None
    assert count == SALES

    def receipt_from_db() -> bytes:
        with shop.db.reading() as s:
            data = receipt_data(s, sale_id)
        return render_receipt_pdf(data, 80)

    def summary(paper: str | None) -> object:
        with shop.db.reading() as s:
            made = daily_summary(s, day, outlet_code="KFE")
        return render_daily_summary_pdf(made, paper) if paper else made  # type: ignore[arg-type]

    figures = {
        "receipt from the database + PDF 80 mm (median of 50)": median_ms(receipt_from_db, 50),
        f"daily summary SQL only, outlet with {SALES:,} sales (median of 5)": median_ms(lambda: summary(None), 5),
        f"daily summary SQL + A4 PDF, {SALES:,} sales (median of 5)": median_ms(lambda: summary("a4"), 5),
        f"daily summary SQL + thermal 80 mm PDF, {SALES:,} sales (median of 5)": median_ms(
            lambda: summary("thermal80"), 5
        ),
    }
    shop.db.dispose()
    return figures


def verdict(milliseconds: float, target: float) -> str:
    return "OK" if milliseconds < target else "TOO SLOW"


def main() -> None:
    figures = rendering_figures()
    with tempfile.TemporaryDirectory(prefix="ska-bench-") as folder:
        figures |= database_figures(Path(folder))
    for label, milliseconds in figures.items():
        print(f"{label:<66} {milliseconds:8.1f} ms")
    receipt_ms = max(figures["receipt PDF, 80 mm (median of 50)"],
                     figures["receipt from the database + PDF 80 mm (median of 50)"])  # fmt: skip
    summary_ms = max(figures[f"daily summary SQL + A4 PDF, {SALES:,} sales (median of 5)"],
                     figures[f"daily summary SQL + thermal 80 mm PDF, {SALES:,} sales (median of 5)"])  # fmt: skip
    print(f"receipt target < {RECEIPT_TARGET_MS:.0f} ms: {verdict(receipt_ms, RECEIPT_TARGET_MS)}")
    print(f"daily summary target < {SUMMARY_TARGET_MS:.0f} ms: {verdict(summary_ms, SUMMARY_TARGET_MS)}")


if __name__ == "__main__":
    main()
