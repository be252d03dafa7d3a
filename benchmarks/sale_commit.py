"""How long committing one sale takes at the till, through the services and through raw sqlite3.

    python benchmarks/sale_commit.py [--sales 2000] [--history 200000]

Both paths write the same rows (a sale, 3 lines, a cash payment, 3 earnings entries, after reading the next
receipt number) in one transaction each, on the same SQLite file with the same pragmas (WAL, foreign keys,
synchronous=FULL) and a long history. Prints p50 and p99 per sale for both and their ratio.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

from bench_shop import BenchShop, add_history, build

from ska_pos import clock
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales
from ska_pos.services.cart import Cart


def service_path(shop: BenchShop, count: int, rng: random.Random) -> list[float]:
    timings = []
    for _ in range(count):
        with shop.db.reading() as s:
            cart = Cart(shop.actor.outlet_id)
            for item in rng.sample(shop.items, 3):
                cart_ops.add_item(s, cart, item.id, Decimal(1))
        started = time.perf_counter()
        with shop.db.transaction() as s:
            sales.complete_sale(s, shop.actor, cart, [Tender("cash", 500_000)])
        timings.append(time.perf_counter() - started)
    return timings


def raw_path(shop: BenchShop, count: int, rng: random.Random) -> list[float]:
    connection = sqlite3.connect(shop.path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL"):
        connection.execute(f"PRAGMA {pragma}")
    a = shop.actor
    timings = []
    for _ in range(count):
        items = rng.sample(shop.items, 3)
        started = time.perf_counter()
        _raw_sale(connection, a.outlet_id.hex, a.till_id.hex, a.user_id.hex, items)
        timings.append(time.perf_counter() - started)
    connection.close()
    return timings


def _raw_sale(connection: sqlite3.Connection, outlet: str, till: str, user: str, items: list) -> None:  # type: ignore[type-arg]
    now = clock.now()
    stamp, day = now.strftime("%Y-%m-%d %H:%M:%S.%f"), clock.today_in(clock.DEFAULT_ZONE).isoformat()
    connection.execute("BEGIN")
    seq = connection.execute("SELECT coalesce(max(seq), 0) + 1 FROM sale WHERE till_id = ? AND business_date = ?",
                             (till, day)).fetchone()[0]  # fmt: skip
    sale_id = uuid.uuid4().hex
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
        line_id = uuid.uuid4().hex
        lines.append((sale_id, number, item.id.hex, item.sku, item.name, "pcs", 1000, item.price, item.price,
                      item.price, 0, 0, 0, item.price, "", line_id))  # fmt: skip
        entries.append((item.maker_worker_id.hex, outlet, sale_id, line_id, "sale", day, 10_000, 1000, item.price,
                        item.price * 3 // 10, "percent", 3_000, 0, "", user, stamp, uuid.uuid4().hex))  # fmt: skip
    connection.executemany("INSERT INTO sale_line (sale_id, line_no, item_id, sku, name, unit, quantity, list_price,"
                           " unit_price, gross_amount, line_discount, sale_discount_part, included_tax, net_amount,"
                           " note, id) VALUES (" + ",".join("?" * 16) + ")", lines)  # fmt: skip
    connection.execute("INSERT INTO payment (sale_id, method, amount, tendered, change, reference, created_at, id)"
                       " VALUES (?, 'cash', ?, 500000, ?, '', ?, ?)",
                       (sale_id, total, 500_000 - total, stamp, uuid.uuid4().hex))  # fmt: skip
    connection.executemany("INSERT INTO earning_entry (worker_id, outlet_id, sale_id, sale_line_id, kind,"
                           " business_date, split_bp, quantity, credited_amount, amount, rule_kind, rule_percent_bp,"
                           " rule_fixed_per_unit, reason, created_by_id, created_at, id)"
                           " VALUES (" + ",".join("?" * 17) + ")", entries)  # fmt: skip
    connection.execute("COMMIT")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(name: str, timings: list[float]) -> tuple[float, float]:
    p50, p99 = percentile(timings, 0.5) * 1000, percentile(timings, 0.99) * 1000
    print(f"{name:<22} p50 {p50:6.2f} ms   p99 {p99:6.2f} ms   mean {statistics.fmean(timings) * 1000:6.2f} ms")
    return p50, p99


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=2000)
    parser.add_argument("--history", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ska-bench-") as folder:
        shop = build(Path(folder) / "bench.sqlite3")
        started = time.perf_counter()
        add_history(shop, args.history)
        print(f"history: {args.history:,} sales written in {time.perf_counter() - started:.1f} s")
        rng = random.Random(1)
        service_path(shop, 50, rng)  # warm caches and statement compilation
        raw_path(shop, 50, rng)
        service = report("services (SQLAlchemy)", service_path(shop, args.sales, rng))
        raw = report("raw sqlite3", raw_path(shop, args.sales, rng))
        print(f"ratio services/raw      p50 {service[0] / raw[0]:5.2f}x   p99 {service[1] / raw[1]:5.2f}x")
        met = service[0] / raw[0] <= 3 and service[1] < 10
        print(f"targets: services p50 within 3x raw, services p99 < 10 ms -> {'met' if met else 'NOT met'}")
        shop.db.dispose()


if __name__ == "__main__":
    main()
