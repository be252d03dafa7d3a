"""The stock ledger at size: on-hand for 100,000 items across 5 outlets after 5 million movements.

    python benchmarks/inventory.py [--items 100000] [--movements 5000000] [--keep FILE]

Builds (or reuses) a file at the newest schema: one sentra, 5 outlets, `--items` tracked items shared out between
them (an item belongs to one outlet; every tenth consigned by one of 20 makers), and `--movements` stock movements of
every kind spread over two years, written with raw sqlite3 (they only have to exist) before their indexes are built,
then the on-hand cache as the movement writer would have left it. No ANALYZE, as on a till. Then
times, through the services, each on the clock and in this process's CPU time (the machine may be shared):

- one item's on-hand and newest 20 movements (`stock.queries.item_stock`), 2,000 random items: median and p99
  (target < 5 ms p99);
- the stock screen's first page (50 items) of each outlet, with its count (`stock.on_hand_page`);
- the full stock report: every outlet's `stock_report` (target < 2 s for all);
- a stock check of the whole ledger (`stock.check.check_stock`, as `ska-pos stock check` and `verify` run it)
  (target < 30 s).
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
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, text
from timing import wall_and_cpu

from ska_pos.db.database import open_database
from ska_pos.db.models import Outlet
from ska_pos.services import auth, setup
from ska_pos.services.stock.check import check_stock
from ska_pos.services.stock.on_hand_page import StockFilter, on_hand_page
from ska_pos.services.stock.queries import item_stock, stock_report

OUTLETS = ("KFE", "GLR", "SLN", "WRG", "BKR")
MAKERS = 20  # workers who leave their goods to sell: every tenth item is consigned by one of them
KINDS = (("sale", 70), ("receive", 10), ("refund", 3), ("waste", 4), ("adjust", 3), ("count", 5),
         ("consign_in", 3), ("consign_return", 2))  # fmt: skip


def build(path: Path, items: int, movements: int) -> None:
    database = open_database(f"sqlite:///{path}")
    with database.transaction() as s:
        seed = auth.system_actor(s)  # an empty database: no one to log in yet
        sentra = setup.create_sentra(s, seed, "BLH", "Sentra Budi Luhur")
        outlets = [setup.create_outlet(s, seed, sentra, code, f"Gerai {code}", "toko") for code in OUTLETS]
        tills = [setup.create_till(s, seed, outlet, "T1") for outlet in outlets]
        user = setup.create_user(s, seed, sentra, "spv", "Supervisor", "supervisor", "2222")
        categories = [setup.create_category(s, seed, outlet, "Umum") for outlet in outlets]
        makers = [setup.create_worker(s, seed, sentra, f"M{k:02d}", f"Pembuat {k}", [outlets[k % 5]]).id.hex
                  for k in range(MAKERS)]  # fmt: skip
    database.dispose()
    rng = random.Random(11)
    outlet_ids = [o.id.hex for o in outlets]
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA synchronous=OFF")
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA cache_size=-262144")  # 256 MB: the index builds sort in memory
        now = datetime(2026, 12, 1, tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        item_rows = [(uuid.UUID(int=n + 1).hex, outlet_ids[n % 5], categories[n % 5].id.hex, f"S{n:06d}",
                      f"Barang {n}", "product", "pcs", 10_000 + n % 50 * 500, 1, None, None, 1, now)
                     for n in range(items)]  # fmt: skip
        raw.executemany("INSERT INTO item (id, outlet_id, category_id, sku, name, kind, unit, price, track_stock, "
                        "maker_worker_id, min_quantity, active, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        item_rows)  # fmt: skip
        raw.commit()
        # Millions of rows land faster without their indexes, which are then built once, sorted (a build of 5 million
        # with them kept was on course for more than an hour, most of it random index writes).
        indexes = [sql for (sql,) in raw.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND "
                                                 "tbl_name = 'stock_movement' AND sql IS NOT NULL")]  # fmt: skip
        for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                   "tbl_name = 'stock_movement' AND sql IS NOT NULL").fetchall():  # fmt: skip
            raw.execute(f'DROP INDEX "{name}"')
        kinds = [kind for kind, weight in KINDS for _ in range(weight)]
        start = datetime(2025, 1, 1, tzinfo=UTC)
        span = 2 * 365 * 24 * 3600
        seqs = [0] * 5
        batch: list[tuple[object, ...]] = []
        times = sorted(rng.randrange(span) for _ in range(movements))
        for written, second in enumerate(times):
            n = rng.randrange(items)
            outlet = n % 5
            kind = rng.choice(kinds)
            quantity = rng.randint(1, 5) * 1000
            if kind in ("sale", "waste", "consign_return") or (kind in ("adjust", "count") and rng.random() < 0.5):
                quantity = -quantity
            seqs[outlet] += 1
            consigned = kind in ("consign_in", "consign_return") or (kind == "sale" and n % 10 == 0)
            at = (start + timedelta(seconds=second)).strftime("%Y-%m-%d %H:%M:%S.%f")
            batch.append(
                (
                    uuid.UUID(int=(written + 1) << 32).hex,
                    uuid.UUID(int=n + 1).hex,
                    outlet_ids[outlet],
                    kind,
                    quantity,
                    rng.randint(2_000, 80_000),
                    makers[n % MAKERS] if consigned else None,
                    tills[outlet].id.hex,
                    seqs[outlet],
                    user.id.hex,
                    at,
                )
            )
            if len(batch) == 100_000:
                _write(raw, batch)
                batch = []
        _write(raw, batch)
        for sql in indexes:
            raw.execute(sql)
        raw.execute(
            "INSERT INTO stock_on_hand (item_id, outlet_id, quantity, avg_cost, updated_at) SELECT item_id, "
            "outlet_id, SUM(quantity), 25000, MAX(created_at) FROM stock_movement GROUP BY item_id, outlet_id"
        )
        raw.commit()  # and no ANALYZE: a till never runs it, so the query plans here are the ones a till gets
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _write(raw: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    raw.executemany("INSERT INTO stock_movement (id, item_id, outlet_id, kind, quantity, unit_cost, worker_id, "
                    "till_id, seq, user_id, reason, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,'',?)", rows)  # fmt: skip
    raw.commit()


def _p99(timings: list[float]) -> float:
    return sorted(timings)[int(len(timings) * 0.99) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--movements", type=int, default=5_000_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) this file instead of a temporary one")
    args = parser.parse_args()
    path = args.keep or Path(tempfile.mkdtemp(prefix="ska-pos-stock-")) / "stock.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.items, args.movements)
        print(f"built {args.items:,} items and {args.movements:,} movements in {time.perf_counter() - started:.0f} s"
              f" ({path.stat().st_size / 1e6:,.0f} MB)")  # fmt: skip
    database = open_database(f"sqlite:///{path}")
    print(f"load average {os.getloadavg()[0]:.1f} (2 cores); times are on the clock, CPU is this process's own")
    rng = random.Random(3)
    with database.reading() as s:
        pairs = s.execute(text("SELECT item_id, outlet_id FROM stock_on_hand")).all()
    picks = [pairs[rng.randrange(len(pairs))] for _ in range(2_000)]
    walls, cpus = [], []
    with database.reading() as s:
        for item_hex, outlet_hex in picks:
            item_id, outlet_id = uuid.UUID(item_hex), uuid.UUID(outlet_hex)
            _, wall, cpu = wall_and_cpu(lambda: item_stock(s, item_id, outlet_id))  # noqa: B023 (called at once)
            walls.append(wall * 1000)
            cpus.append(cpu * 1000)
    print(f"one item's on-hand and history: median {statistics.median(walls):.2f} ms, p99 {_p99(walls):.2f} ms; "
          f"CPU median {statistics.median(cpus):.2f} ms, p99 {_p99(cpus):.2f} ms (target < 5 ms p99)")  # fmt: skip
    with database.reading() as s:
        outlets: dict[str, uuid.UUID] = dict(s.execute(select(Outlet.code, Outlet.id)).all())
        pages, wall, cpu = wall_and_cpu(lambda: [on_hand_page(s, StockFilter(outlets[code]), 0, 50).total
                                                  for code in OUTLETS])  # fmt: skip
    print(f"the stock screen's first page of each of {len(OUTLETS)} outlets ({sum(pages):,} items): {wall:.2f} s, "
          f"CPU {cpu:.2f} s")  # fmt: skip
    with database.reading() as s:
        rows, wall, cpu = wall_and_cpu(lambda: sum(len(stock_report(s, code).rows) for code in OUTLETS))
    print(f"full stock report of {len(OUTLETS)} outlets ({rows:,} rows): {wall:.2f} s, CPU {cpu:.2f} s "
          f"(target < 2 s)")  # fmt: skip
    with database.reading() as s:
        result, wall, cpu = wall_and_cpu(lambda: check_stock(s))
    print(f"stock check of the whole ledger ({result.pairs:,} items and outlets, ok={result.ok}): {wall:.1f} s, "
          f"CPU {cpu:.1f} s (target < 30 s)")  # fmt: skip
    print(f"load average {os.getloadavg()[0]:.1f}")
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
