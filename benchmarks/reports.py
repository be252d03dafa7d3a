"""How long the receipt and report renderers take: `.venv/bin/python benchmarks/reports.py`.

Targets: an 80 mm receipt PDF under 50 ms (median). The daily summary is timed on the aggregate of a busy sentra
day (3,000 sales over five outlets); aggregating them in SQL is measured with the services, not here.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from functools import partial

from ska_pos.printing.escpos_receipt import escpos_bytes, render_receipt_escpos
from ska_pos.reports.daily_model import CategorySales, DailySummary, ItemSales, OutletTotal, ShiftCash, WorkerRevenue
from ska_pos.reports.daily_pdf import render_daily_summary_pdf
from ska_pos.reports.receipt_pdf import render_receipt_pdf
from ska_pos.reports.samples import SOLD_AT, sample_receipt, sample_sentra_summary

RECEIPT_TARGET_MS = 50.0
SALES = 3000


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


def main() -> None:
    receipt = sample_receipt()
    day = busy_day()
    figures = {
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
    for label, milliseconds in figures.items():
        print(f"{label:<58} {milliseconds:8.1f} ms")
    receipt_ms = figures["receipt PDF, 80 mm (median of 50)"]
    verdict = "OK" if receipt_ms < RECEIPT_TARGET_MS else "TOO SLOW"
    print(f"receipt target < {RECEIPT_TARGET_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
