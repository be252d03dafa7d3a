"""How long committing one sale takes at the till, through the services and through raw sqlite3.

    python benchmarks/sale_commit.py [--sales 2000] [--history 200000] [--checkpoints background|sqlite]
                                     [--gap-ms 5]

Both paths write the same rows (a sale, 3 lines, a cash payment, 3 earnings entries, after reading the next
receipt number) in one transaction each, on the same SQLite file with the same pragmas (WAL, foreign keys,
synchronous=FULL) and a long history. They take turns sale by sale (which one goes first alternates, and each
sale starts a moment after the last commit), so both see the same disk, the same log and the same load.

Checkpoints: `background` (the till's way) runs the till's checkpointer thread (ska_pos/db/checkpoint.py) beside
both paths, whose connections keep SQLite's automatic checkpoint only as a distant bound (10,000 pages); `sqlite`
leaves SQLite's automatic checkpoint at its default (1,000 pages, inside whichever commit crosses it), as the
till did before.

Prints p50/p90/p99/max per sale for both and their ratio, the pages each sale writes to the log, and the
checkpoint work done off the sales' path.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench_shop import BenchShop, add_history, build
from sqlalchemy import event

from ska_pos import clock
from ska_pos.db.checkpoint import AUTOCHECKPOINT_PAGES, Checkpointer, checkpoint_file
from ska_pos.db.models import Item
from ska_pos.domain.settlement import Tender
from ska_pos.ids import new_id
from ska_pos.services import cart_ops, sales
from ska_pos.services.cart import Cart

SQLITE_DEFAULT_AUTOCHECKPOINT = 1000


def rung_up(shop: BenchShop, rng: random.Random) -> Cart:
    """A cart of 3 items, as the cashier rings it up before paying (not timed)."""
    with shop.db.reading() as s:
        cart = Cart(shop.actor.outlet_id)
        for item in rng.sample(shop.items, 3):
            cart_ops.add_item(s, cart, item.id, Decimal(1))
    return cart


def service_sale(shop: BenchShop, cart: Cart) -> float:
    started = time.perf_counter()
    with shop.db.transaction() as s:
        sales.complete_sale(s, shop.actor, cart, [Tender("cash", 500_000)])
    return time.perf_counter() - started


class RawTill:
    """The same sale written with raw sqlite3 statements: the floor the services are measured against."""

    def __init__(self, shop: BenchShop, autocheckpoint: int, key: Callable[[], uuid.UUID] = new_id) -> None:
        self.connection = sqlite3.connect(shop.path, isolation_level=None)
        for pragma in ("journal_mode=WAL", f"wal_autocheckpoint={autocheckpoint}", "foreign_keys=ON",
                       "synchronous=FULL", "busy_timeout=5000"):  # fmt: skip
            self.connection.execute(f"PRAGMA {pragma}")
        a = shop.actor
        self.outlet, self.till, self.user = a.outlet_id.hex, a.till_id.hex, a.user_id.hex
        self.shop, self.key = shop, key

    def sale(self, items: list[Item]) -> float:
        started = time.perf_counter()
        self._write(items)
        return time.perf_counter() - started

    def _write(self, items: list[Item]) -> None:
        connection, outlet, till, user = self.connection, self.outlet, self.till, self.user
        now = clock.now()
        stamp, day = now.strftime("%Y-%m-%d %H:%M:%S.%f"), clock.today_in(clock.DEFAULT_ZONE).isoformat()
        connection.execute("BEGIN IMMEDIATE")
        seq = connection.execute("SELECT coalesce(max(seq), 0) + 1 FROM sale WHERE till_id = ? AND business_date = ?",
                                 (till, day)).fetchone()[0]  # fmt: skip
        sale_id = self.key().hex
        net = sum(item.price for item in items)
        service = net // 20
        tax = (net + service) // 10
        total = net + service + tax
        connection.execute(
            "INSERT INTO sale (outlet_id, till_id, cashier_id, kind, reason, receipt_no, business_date, seq, sold_at,"
            " subtotal, line_discount_total, sale_discount_total, net_total, service_charge, service_rate_bp,"
            " tax_amount, tax_rate_bp, prices_include_tax, total, rounding, paid, change, order_type, table_no, note,"
            " id) VALUES (" + ",".join("?" * 26) + ")",
            (outlet, till, user, "sale", "", f"RAW-T1-{day}-{seq:05d}", day, seq + 100_000, stamp, net, 0, 0, net,
             service, 500, tax, 1000, 0, total, 0, total, 500_000 - total, "", "", "", sale_id))  # fmt: skip
        lines, entries = [], []
        for number, item in enumerate(items, start=1):
            line_id = self.key().hex
            lines.append((sale_id, number, item.id.hex, item.sku, item.name, "pcs", 1000, item.price, item.price,
                          item.price, 0, 0, 0, item.price, "", line_id))  # fmt: skip
            entries.append((item.maker_worker_id.hex, outlet, sale_id, line_id, "sale", day, 10_000, 1000,  # type: ignore[union-attr]
                            item.price, item.price * 3 // 10, "percent", 3_000, 0, "", user, stamp,
                            self.key().hex))  # fmt: skip
        connection.executemany("INSERT INTO sale_line (sale_id, line_no, item_id, sku, name, unit, quantity,"
                               " list_price, unit_price, gross_amount, line_discount, sale_discount_part,"
                               " included_tax, net_amount, note, id) VALUES (" + ",".join("?" * 16) + ")",
                               lines)  # fmt: skip
        connection.execute("INSERT INTO payment (sale_id, method, amount, tendered, change, reference, created_at,"
                           " id) VALUES (?, 'cash', ?, 500000, ?, '', ?, ?)",
                           (sale_id, total, 500_000 - total, stamp, self.key().hex))  # fmt: skip
        connection.executemany("INSERT INTO earning_entry (worker_id, outlet_id, sale_id, sale_line_id, kind,"
                               " business_date, split_bp, quantity, credited_amount, amount, rule_kind,"
                               " rule_percent_bp, rule_fixed_per_unit, reason, created_by_id, created_at, id)"
                               " VALUES (" + ",".join("?" * 17) + ")", entries)  # fmt: skip
        connection.execute("COMMIT")

    def close(self) -> None:
        self.connection.close()


def pages_per_sale(shop: BenchShop, write: Callable[[], object], count: int = 100) -> float:
    """Log frames one sale adds (every page a commit touched is written whole), from an empty log."""
    checkpoint_file(shop.path, "TRUNCATE")
    for _ in range(count):
        write()
    result = checkpoint_file(shop.path)
    assert result is not None
    checkpoint_file(shop.path, "TRUNCATE")
    return result.log_frames / count


def fsync_floor(folder: Path, count: int = 200) -> list[float]:
    """How long the disk takes to sync a 4 KiB append: no commit with synchronous=FULL is faster than this."""
    timings = []
    descriptor = os.open(folder / "fsync-probe", os.O_WRONLY | os.O_CREAT)
    try:
        for _ in range(count):
            os.write(descriptor, b"x" * 4096)
            started = time.perf_counter()
            os.fsync(descriptor)
            timings.append(time.perf_counter() - started)
    finally:
        os.close(descriptor)
    return timings


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


FIGURES = (("p50", 0.5), ("p90", 0.9), ("p99", 0.99), ("max", 1.0))


def report(name: str, timings: list[float]) -> dict[str, float]:
    figures = {label: percentile(timings, fraction) * 1000 for label, fraction in FIGURES}
    shown = "   ".join(f"{label} {value:6.2f}" for label, value in figures.items())
    print(f"{name:<22} {shown}   mean {statistics.fmean(timings) * 1000:6.2f}  (ms)")
    return figures


def interleaved(
    shop: BenchShop, raw: RawTill, count: int, rng: random.Random, gap_s: float
) -> tuple[list[float], list[float]]:
    """Turn about, each sale `gap_s` after the last commit: a commit right behind another one syncs faster (the
    disk is still busy with the first), which would favour whichever path comes second."""
    services: list[float] = []
    raws: list[float] = []
    for n in range(count):
        cart, items = rung_up(shop, rng), rng.sample(shop.items, 3)
        for path in ("raw", "services") if n % 2 else ("services", "raw"):
            time.sleep(gap_s)
            if path == "raw":
                raws.append(raw.sale(items))
            else:
                services.append(service_sale(shop, cart))
    return services, raws


def _sqlite_default_autocheckpoint(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={SQLITE_DEFAULT_AUTOCHECKPOINT}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=2000, help="sales per path")
    parser.add_argument("--history", type=int, default=200_000)
    parser.add_argument("--checkpoints", choices=("background", "sqlite"), default="background")
    parser.add_argument("--gap-ms", type=float, default=5.0, help="pause before each sale (default 5)")
    args = parser.parse_args()
    gap = args.gap_ms / 1000
    background = args.checkpoints == "background"
    with tempfile.TemporaryDirectory(prefix="ska-bench-") as folder:
        shop = build(Path(folder) / "bench.sqlite3")
        started = time.perf_counter()
        add_history(shop, args.history)
        print(f"history: {args.history:,} sales written in {time.perf_counter() - started:.1f} s")
        rng = random.Random(1)
        raw, raw_v4 = RawTill(shop, AUTOCHECKPOINT_PAGES), RawTill(shop, AUTOCHECKPOINT_PAGES, key=uuid.uuid4)
        interleaved(shop, raw, 50, rng, gap)  # warm caches and statement compilation
        services_pages = pages_per_sale(shop, lambda: service_sale(shop, rung_up(shop, rng)))
        raw_pages = pages_per_sale(shop, lambda: raw.sale(rng.sample(shop.items, 3)))
        v4_pages = pages_per_sale(shop, lambda: raw_v4.sale(rng.sample(shop.items, 3)))
        print(f"pages written per sale: services {services_pages:.1f}, raw {raw_pages:.1f},"
              f" raw with random (v4) keys {v4_pages:.1f}")  # fmt: skip
        raw_v4.close()
        if not background:  # SQLite's automatic checkpoint at its default, inside the commits, as before
            raw.close()
            raw = RawTill(shop, SQLITE_DEFAULT_AUTOCHECKPOINT)
            event.listen(shop.db.engine, "connect", _sqlite_default_autocheckpoint)
            shop.db.engine.dispose()
        checkpointer = Checkpointer(shop.path) if background else None
        if checkpointer is not None:
            checkpointer.start()
        run_started = time.perf_counter()
        services, raws = interleaved(shop, raw, args.sales, rng, gap)
        elapsed = time.perf_counter() - run_started
        if checkpointer is not None:
            checkpointer.stop()
        print(f"{args.sales:,} sales per path, interleaved, in {elapsed:.1f} s; checkpoints: {args.checkpoints};"
              f" load average {os.getloadavg()[0]:.2f} (2 cores)")  # fmt: skip
        service = report("services (SQLAlchemy)", services)
        floor = report("raw sqlite3", raws)
        report("disk: one fsync", fsync_floor(Path(folder)))
        print(
            "ratio services/raw     "
            + "   ".join(f"{label} {service[label] / floor[label]:5.2f}x" for label, _ in FIGURES)
        )
        if checkpointer is not None:
            stats = checkpointer.stats
            print(f"checkpoints off the sales' path: {stats.rounds} rounds that copied pages, {stats.seconds:.2f} s"
                  f" on the checkpointer's thread, longest log {stats.longest_log:,} pages"
                  f" ({stats.failures} failed)")  # fmt: skip
        met = service["p50"] / floor["p50"] <= 2 and service["p99"] < 5
        print(f"targets: services p50 within 2x raw, services p99 < 5 ms -> {'met' if met else 'NOT met'}")
        raw.close()
        shop.db.dispose()


if __name__ == "__main__":
    main()
