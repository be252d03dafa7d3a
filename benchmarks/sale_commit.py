"""How long committing one sale takes at the till, through the services and through raw sqlite3.

    python benchmarks/sale_commit.py [--sales 1000] [--history 50000] [--checkpoints background|sqlite]
                                     [--gap-ms 5] [--gc till|python]

Both paths write the same rows (a sale, 3 lines, a cash payment, 3 earnings entries, after reading the next
receipt number) in one transaction each, on the same SQLite file with the same pragmas (WAL, foreign keys,
synchronous=FULL) and a long history. They take turns sale by sale (which one goes first alternates, and each
sale starts a moment after the last commit), so both see the same disk, the same log and the same load.

Checkpoints: `background` (the till's way) runs the till's checkpointer thread (ska_pos/db/checkpoint.py) beside
both paths, whose connections keep SQLite's automatic checkpoint only as a distant bound (10,000 pages); `sqlite`
leaves SQLite's automatic checkpoint at its default (1,000 pages, inside whichever commit crosses it), as the
till did before.

Python's cycle collector: `till` (the default) does what the till does (ska_pos/ui/garbage.py): automatic
collection off, and the generations that are due collected between sales, as the till's timer does on the screen's
thread while the cashier rings up the next sale; `python` leaves the collector automatic, so a collection lands
inside whichever sale (of either path) fills a generation.

Prints p50/p90/p99/max per sale for both and their ratio, the pages each sale writes to the log, and the
checkpoint work done off the sales' path.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench_shop import BenchShop, add_history, add_printers, build
from raw_sale import RawTill
from sqlalchemy import event

from ska_pos.db.checkpoint import AUTOCHECKPOINT_PAGES, Checkpointer, checkpoint_file
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, journal_verify, print_jobs, sales
from ska_pos.services.cart import Cart
from ska_pos.ui.garbage import collect_if_due

SQLITE_DEFAULT_AUTOCHECKPOINT = 1000
P99_TARGET_MS = 5.0


def rung_up(shop: BenchShop, rng: random.Random) -> Cart:
    """A cart of 3 items, as the cashier rings it up before paying (not timed)."""
    with shop.db.reading() as s:
        cart = Cart(shop.actor.outlet_id)
        for item in rng.sample(shop.items, 3):
            cart_ops.add_item(s, cart, item.id, Decimal(1))
    return cart


def service_sale(shop: BenchShop, cart: Cart) -> float:
    """The till's commit (`ui/till/sale_flow.py`): the sale and its print jobs in one transaction."""
    started = time.perf_counter()
    with shop.db.transaction() as s:
        done = sales.complete_sale(s, shop.actor, cart, [Tender("cash", 500_000)], open_drawer=True)
        print_jobs.queue_sale_prints(s, shop.actor, done.sale_id, open_drawer=True)
    return time.perf_counter() - started


def rows_per_table(shop: BenchShop, write: Callable[[], object], count: int = 20) -> Counter[str]:
    """How many rows `count` sales add to each table: both paths must add the same."""
    connection = sqlite3.connect(shop.path)
    tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def counts() -> Counter[str]:
        return Counter({table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables})

    before = counts()
    for _ in range(count):
        write()
    after = counts()
    connection.close()
    return Counter({table: after[table] - before[table] for table in tables if after[table] != before[table]})


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


class Collections:
    """The cycle collector's runs, timed (`gc.callbacks`): how many, how long in all, the longest."""

    def __init__(self) -> None:
        self.count, self.seconds, self.longest = 0, 0.0, 0.0
        self._started = 0.0

    def __call__(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
            return
        took = time.perf_counter() - self._started
        self.count, self.seconds, self.longest = self.count + 1, self.seconds + took, max(self.longest, took)


def log_frames(database: Path) -> int:
    """Frames in the write-ahead log now: `mxFrame` of the wal-index header, at byte 16 of the -shm file in the
    machine's byte order (https://www.sqlite.org/walformat.html)."""
    with open(f"{database}-shm", "rb") as shm:
        shm.seek(16)
        return int.from_bytes(shm.read(4), sys.byteorder)


def interleaved(
    shop: BenchShop, raw: RawTill, count: int, rng: random.Random, gap_s: float, till_gc: bool = True,
    safety_net: tuple[int, Counter[str]] | None = None,
) -> tuple[list[float], list[float]]:  # fmt: skip
    """Turn about, each sale `gap_s` after the last commit: a commit right behind another one syncs faster (the
    disk is still busy with the first), which would favour whichever path comes second. `till_gc`: the collector
    runs between sales, as the till's does (automatic collection is then off: `main`). `safety_net`: SQLite's
    automatic checkpoint bound, and the count per path of sales whose commit left the log at it or above, which
    makes that commit run the checkpoint (read after each sale, untimed)."""
    services: list[float] = []
    raws: list[float] = []
    for n in range(count):
        cart, items = rung_up(shop, rng), rng.sample(shop.items, 3)
        for path in ("raw", "services") if n % 2 else ("services", "raw"):
            time.sleep(gap_s)
            if till_gc:
                collect_if_due()
            if path == "raw":
                raws.append(raw.sale(items))
            else:
                services.append(service_sale(shop, cart))
            if safety_net is not None and log_frames(shop.path) >= safety_net[0]:
                safety_net[1][path] += 1
    return services, raws


def same_rows(services: Counter[str], raw: Counter[str]) -> None:
    shown = ", ".join(f"{table} {count}" for table, count in sorted(services.items()))
    if services != raw:
        raise SystemExit(f"the paths write different rows: services {dict(services)}, raw {dict(raw)}")
    print(f"rows per 20 sales, the same on both paths: {shown}")


def verdicts(service: dict[str, float], floor: dict[str, float], disk: dict[str, float]) -> None:
    """Each target of issue 8 item 9 on its own line; the p99 one says when this machine cannot meet it whatever
    the code: raw sqlite3, which only writes the rows, is slower than 5 ms at p99 here too."""
    ratio = service["p50"] / floor["p50"]
    print(f"target: services p50 within 2x raw -> {ratio:.2f}x, {'met' if ratio <= 2 else 'NOT met'}")
    verdict = "met" if service["p99"] < P99_TARGET_MS else "NOT met"
    print(f"target: services p99 under {P99_TARGET_MS:g} ms -> {service['p99']:.2f} ms, {verdict}")
    if floor["p99"] >= P99_TARGET_MS:
        print(f"  not judged on this machine: raw sqlite3's own p99 is {floor['p99']:.2f} ms and one fsync's"
              f" {disk['p99']:.2f} ms (p50 {disk['p50']:.2f} ms)")  # fmt: skip


def check_journal(shop: BenchShop, history: int) -> None:
    """Both paths chain entries onto the one till's journal: `ska-pos verify` must find it whole. The history
    (written in bulk by bench_shop) has no journal entries: each of its sales is one expected complaint."""
    with shop.db.reading() as session:
        report = journal_verify.verify(session)
    chain_problems = sum(len(chain.problems) for chain in report.chains)
    other = len(report.problems) - history
    print(f"journal: {report.entries:,} entries verified, {chain_problems} chain problems, {other} problems"
          " beyond the history's missing entries")  # fmt: skip
    if chain_problems or other:
        raise SystemExit("the journal does not verify: " + "; ".join(report.lines()))


def _sqlite_default_autocheckpoint(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={SQLITE_DEFAULT_AUTOCHECKPOINT}")


def where_the_time_goes(shop: BenchShop, raw: RawTill, rng: random.Random, count: int = 300) -> None:
    """Statements SQLite runs per sale, CPU per sale with the disk out of the way (synchronous=OFF on both paths),
    and the services' profiled time split between the project's code, SQLAlchemy, the sqlite3 driver and the
    rest of Python. cProfile slows Python code more than the driver: read the split as proportions."""
    statements: list[str] = []

    def trace(dbapi: sqlite3.Connection, _record: object, _proxy: object) -> None:
        dbapi.set_trace_callback(statements.append)

    event.listen(shop.db.engine, "checkout", trace)
    event.listen(shop.db.engine, "connect", _synchronous_off)
    shop.db.engine.dispose()
    raw.connection.execute("PRAGMA synchronous=OFF")
    raw.connection.set_trace_callback(statements.append)
    carts = [(rung_up(shop, rng), rng.sample(shop.items, 3)) for _ in range(count)]
    services_cpu, raw_cpu, counts = [], [], {"services": 0, "raw": 0}
    gc.collect()
    gc.disable()  # collected between sales, as the till does (`--gc till`)
    for cart, items in carts:
        collect_if_due()
        statements.clear()
        started = time.thread_time()
        service_sale(shop, cart)
        services_cpu.append(time.thread_time() - started)
        counts["services"] += len(statements)
        statements.clear()
        started = time.thread_time()
        raw.sale(items)
        raw_cpu.append(time.thread_time() - started)
        counts["raw"] += len(statements)
    gc.enable()
    event.remove(shop.db.engine, "checkout", trace)
    raw.connection.set_trace_callback(None)
    print(f"statements SQLite runs per sale (BEGIN and COMMIT included): services {counts['services'] / count:.1f},"
          f" raw {counts['raw'] / count:.1f}")  # fmt: skip
    services_p50, raw_p50 = percentile(services_cpu, 0.5) * 1000, percentile(raw_cpu, 0.5) * 1000
    print(f"CPU per sale without the disk (synchronous=OFF): services p50 {services_p50:.2f} ms, raw p50"
          f" {raw_p50:.2f} ms, {services_p50 / raw_p50:.2f}x")  # fmt: skip
    # Both paths wait for the same sync at their commit: (S + sync) / (R + sync) <= 2 when sync >= S - 2R.
    print(f"so the p50 target (2x) holds where a commit's sync takes at least {services_p50 - 2 * raw_p50:.2f} ms"
          " (services CPU - 2 x raw CPU)")  # fmt: skip
    carts = [(rung_up(shop, rng), []) for _ in range(count)]
    profile = cProfile.Profile()
    for cart, _items in carts:
        profile.enable()
        service_sale(shop, cart)
        profile.disable()
    stats = pstats.Stats(profile)
    split: Counter[str] = Counter()
    for (file, _line, function), (_calls, _primitive, own, _cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        split[_layer(file, function)] += own
    whole = sum(split.values())
    print("services, profiled: " + ", ".join(f"{layer} {own / whole:.0%}" for layer, own in split.most_common()))
    stats.sort_stats("cumulative").print_stats(r"ska_pos", 25)


def _layer(file: str, function: str) -> str:
    if "sqlite3" in function:
        return "sqlite3 driver (SQLite's own work)"
    if "sqlalchemy" in file:
        return "SQLAlchemy"
    if "ska_pos" in file:
        return "SKA POS code"
    return "other Python (json, hashlib, uuid, decimal, dataclasses...)"


def _synchronous_off(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute("PRAGMA synchronous=OFF")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=1000, help="sales per path")
    parser.add_argument("--history", type=int, default=50_000)
    parser.add_argument("--checkpoints", choices=("background", "sqlite"), default="background")
    parser.add_argument("--gap-ms", type=float, default=5.0, help="pause before each sale (default 5)")
    parser.add_argument("--profile", action="store_true", help="instead of timing: where a sale's time goes")
    parser.add_argument(
        "--gc", choices=("till", "python"), default="till", help="the cycle collector as the till runs it, or automatic"
    )
    args = parser.parse_args()
    gap = args.gap_ms / 1000
    background = args.checkpoints == "background"
    with tempfile.TemporaryDirectory(prefix="ska-bench-") as folder:
        shop = build(Path(folder) / "bench.sqlite3")
        add_printers(shop)
        started = time.perf_counter()
        add_history(shop, args.history)
        print(f"history: {args.history:,} sales written in {time.perf_counter() - started:.1f} s")
        rng = random.Random(1)
        raw, raw_v4 = RawTill(shop, AUTOCHECKPOINT_PAGES), RawTill(shop, AUTOCHECKPOINT_PAGES, key=uuid.uuid4)
        interleaved(shop, raw, 50, rng, gap)  # warm caches and statement compilation
        same_rows(rows_per_table(shop, lambda: service_sale(shop, rung_up(shop, rng))),
                  rows_per_table(shop, lambda: raw.sale(rng.sample(shop.items, 3))))  # fmt: skip
        services_pages = pages_per_sale(shop, lambda: service_sale(shop, rung_up(shop, rng)))
        raw_pages = pages_per_sale(shop, lambda: raw.sale(rng.sample(shop.items, 3)))
        v4_pages = pages_per_sale(shop, lambda: raw_v4.sale(rng.sample(shop.items, 3)))
        print(f"pages written per sale: services {services_pages:.1f}, raw {raw_pages:.1f},"
              f" raw with random (v4) keys {v4_pages:.1f}")  # fmt: skip
        raw_v4.close()
        if args.profile:
            where_the_time_goes(shop, raw, rng)
            raw.close()
            shop.db.dispose()
            return
        if not background:  # SQLite's automatic checkpoint at its default, inside the commits, as before
            raw.close()
            raw = RawTill(shop, SQLITE_DEFAULT_AUTOCHECKPOINT)
            event.listen(shop.db.engine, "connect", _sqlite_default_autocheckpoint)
            shop.db.engine.dispose()
        checkpointer = Checkpointer(shop.path) if background else None
        if checkpointer is not None:
            checkpointer.start()
        till_gc = args.gc == "till"
        collections = Collections()
        gc.collect()
        if till_gc:
            gc.disable()
        gc.callbacks.append(collections)
        run_started = time.perf_counter()
        bound = AUTOCHECKPOINT_PAGES if background else SQLITE_DEFAULT_AUTOCHECKPOINT
        in_commit: Counter[str] = Counter()
        services, raws = interleaved(shop, raw, args.sales, rng, gap, till_gc, (bound, in_commit))
        elapsed = time.perf_counter() - run_started
        gc.callbacks.remove(collections)
        gc.enable()
        if checkpointer is not None:
            checkpointer.stop()
        print(f"{args.sales:,} sales per path, interleaved, in {elapsed:.1f} s; checkpoints: {args.checkpoints};"
              f" load average {os.getloadavg()[0]:.2f} (2 cores)")  # fmt: skip
        service = report("services (SQLAlchemy)", services)
        floor = report("raw sqlite3", raws)
        disk = report("disk: one fsync", fsync_floor(Path(folder)))
        print(
            "ratio services/raw     "
            + "   ".join(f"{label} {service[label] / floor[label]:5.2f}x" for label, _ in FIGURES)
        )
        if checkpointer is not None:
            stats = checkpointer.stats
            print(f"checkpoints off the sales' path: {stats.rounds} rounds that copied pages, {stats.seconds:.2f} s"
                  f" on the checkpointer's thread, longest log {stats.longest_log:,} pages"
                  f" ({stats.failures} failed)")  # fmt: skip
        print(f"sales whose commit ran SQLite's own checkpoint (log at {bound:,} pages or more): services"
              f" {in_commit['services']}, raw {in_commit['raw']}")  # fmt: skip
        where = "between sales, off their path" if till_gc else "inside the sales"
        print(f"cycle collections ({args.gc}): {collections.count} {where}, {collections.seconds * 1000:.1f} ms in"
              f" all, longest {collections.longest * 1000:.2f} ms")  # fmt: skip
        verdicts(service, floor, disk)
        raw.close()
        check_journal(shop, args.history)
        shop.db.dispose()


if __name__ == "__main__":
    main()
