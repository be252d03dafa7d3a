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
import cProfile
import hashlib
import json
import os
import pstats
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, replace
from decimal import Decimal
from pathlib import Path

from bench_shop import BenchShop, add_history, add_printers, build
from sqlalchemy import event

from ska_pos import clock
from ska_pos.db.checkpoint import AUTOCHECKPOINT_PAGES, Checkpointer, checkpoint_file
from ska_pos.db.models import Item
from ska_pos.domain.settlement import Tender
from ska_pos.ids import new_id
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services import cart_ops, journal_verify, print_jobs, sales
from ska_pos.services.cart import Cart
from ska_pos.services.printer_settings import load_printers

SQLITE_DEFAULT_AUTOCHECKPOINT = 1000


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
        done = sales.complete_sale(s, shop.actor, cart, [Tender("cash", 500_000)])
        print_jobs.queue_sale_prints(s, shop.actor, done.sale_id, open_drawer=True)
    return time.perf_counter() - started


class RawTill:
    """The same sale written with raw sqlite3 statements: the floor the services are measured against.

    It writes every row the till's commit writes (`complete_sale` and `queue_sale_prints`, as `ui/till/sale_flow.py`
    calls them), the journal entry hashed as docs/journal.md says, and reads inside its transaction only what the
    rows depend on (the receipt number, the journal's last entry). What a till knows for the whole shift (the
    shift, the share rule, the printers) it reads once; the checks the services make (items, prices, workers, the
    open shift, the share rules of the day) it skips: that is the services' overhead, counted against them."""

    def __init__(self, shop: BenchShop, autocheckpoint: int, key: Callable[[], uuid.UUID] = new_id) -> None:
        self.connection = sqlite3.connect(shop.path, isolation_level=None)
        for pragma in ("journal_mode=WAL", f"wal_autocheckpoint={autocheckpoint}", "foreign_keys=ON",
                       "synchronous=FULL", "busy_timeout=5000"):  # fmt: skip
            self.connection.execute(f"PRAGMA {pragma}")
        a = shop.actor
        self.outlet, self.till, self.user = a.outlet_id.hex, a.till_id.hex, a.user_id.hex
        self.till_text, self.outlet_text, self.user_text = str(a.till_id), str(a.outlet_id), str(a.user_id)
        self.shift, self.shift_text, self.rule = shop.shift_id.hex, str(shop.shift_id), shop.share_rule_id.hex
        self.shop, self.key = shop, key
        with shop.db.reading() as session:
            printers = load_printers(session, a.till_id)
        self.kicks_drawer = printers.receipt.kick_drawer
        self.recipes = [("receipt", _recipe(printers.receipt, kick_drawer=printers.receipt.kick_drawer)),
                        ("kitchen", _recipe(printers.kitchen, kick_drawer=False))]  # fmt: skip

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
        sale_key = self.key()
        sale_id = sale_key.hex
        net = sum(item.price for item in items)
        service = net // 20
        tax = (net + service) // 10
        total = net + service + tax
        receipt_no = f"RAW-T1-{day}-{seq:05d}"
        connection.execute(
            "INSERT INTO sale (outlet_id, till_id, shift_id, cashier_id, customer_id, kind, reason, receipt_no,"
            " business_date, seq, sold_at, subtotal, line_discount_total, sale_discount_total, net_total,"
            " service_charge, service_rate_bp, tax_amount, tax_rate_bp, prices_include_tax, total, rounding, paid,"
            " change, order_type, table_no, note, id) VALUES (" + ",".join("?" * 28) + ")",
            (outlet, till, self.shift, user, None, "sale", "", receipt_no, day, seq + 100_000, stamp, net, 0, 0, net,
             service, 500, tax, 1000, 0, total, 0, total, 500_000 - total, "", "", "", sale_id))  # fmt: skip
        lines, entries, journal_lines = [], [], []
        for number, item in enumerate(items, start=1):
            line_key = self.key()
            line_id = line_key.hex
            lines.append((sale_id, number, item.id.hex, None, item.sku, item.name, "pcs", 1000, item.price,
                          item.price, None, item.price, 0, 0, 0, item.price, "", line_id))  # fmt: skip
            entry_key = self.key()
            entries.append((item.maker_worker_id.hex, outlet, sale_id, line_id, "sale", day, 10_000, 1000,  # type: ignore[union-attr]
                            item.price, item.price * 3 // 10, self.rule, "percent", 3_000, 0, "", user, stamp,
                            entry_key.hex))  # fmt: skip
            credits = [{"id": str(entry_key), "worker_id": str(item.maker_worker_id), "split_bp": 10_000,
                        "quantity": "1", "credited_amount": item.price, "amount": item.price * 3 // 10,
                        "reverses_entry_id": None}]  # fmt: skip
            journal_lines.append({"id": str(line_key), "line_no": number, "item_id": str(item.id), "sku": item.sku,
                                  "quantity": "1", "list_price": item.price, "unit_price": item.price,
                                  "price_override_by_id": None, "gross_amount": item.price, "line_discount": 0,
                                  "sale_discount_part": 0, "included_tax": 0, "net_amount": item.price,
                                  "reverses_line_id": None, "credits": credits})  # fmt: skip
        connection.executemany("INSERT INTO sale_line (sale_id, line_no, item_id, category_id, sku, name, unit,"
                               " quantity, list_price, unit_price, price_override_by_id, gross_amount, line_discount,"
                               " sale_discount_part, included_tax, net_amount, note, id) VALUES ("
                               + ",".join("?" * 18) + ")", lines)  # fmt: skip
        connection.execute("INSERT INTO payment (sale_id, method, amount, tendered, change, reference, created_at,"
                           " id) VALUES (?, 'cash', ?, 500000, ?, '', ?, ?)",
                           (sale_id, total, 500_000 - total, stamp, self.key().hex))  # fmt: skip
        connection.executemany("INSERT INTO earning_entry (worker_id, outlet_id, sale_id, sale_line_id, kind,"
                               " business_date, split_bp, quantity, credited_amount, amount, share_rule_id,"
                               " rule_kind, rule_percent_bp, rule_fixed_per_unit, reason, created_by_id, created_at,"
                               " id) VALUES (" + ",".join("?" * 18) + ")", entries)  # fmt: skip
        sold_at = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        payload = {"id": str(sale_key), "kind": "sale", "receipt_no": receipt_no, "reverses_sale_id": None,
                   "outlet_id": self.outlet_text, "till_id": self.till_text, "shift_id": self.shift_text,
                   "cashier_id": self.user_text, "approved_by_id": None, "business_date": day, "sold_at": sold_at,
                   "subtotal": net, "line_discount_total": 0, "sale_discount_total": 0, "net_total": net,
                   "service_charge": service, "tax_amount": tax, "total": total, "rounding": 0, "paid": total,
                   "change": 500_000 - total, "lines": journal_lines,
                   "payments": [{"method": "cash", "amount": total}]}  # fmt: skip
        self._journal("sale", 2, _canonical(payload), sale_id, stamp)
        if self.kicks_drawer:  # the receipt opens the drawer: said in the journal with the sale, as the till does
            opened = {
                "till_id": self.till_text,
                "user_id": self.user_text,
                "reason": f"sale {receipt_no}",
                "at": sold_at,
            }
            self._journal("drawer_open", 1, _canonical(opened), None, stamp)
        connection.executemany("INSERT INTO print_job (till_id, sale_id, kind, payload, status, attempts, last_error,"
                               " created_at, printed_at, id) VALUES (?, ?, ?, ?, 'pending', 0, '', ?, NULL, ?)",
                               [(till, sale_id, kind, recipe, stamp, self.key().hex)
                                for kind, recipe in self.recipes])  # fmt: skip
        connection.execute("COMMIT")

    def _journal(self, type_: str, version: int, body: str, record_id: str | None, stamp: str) -> None:
        """The till's next journal entry, chained to the last one (docs/journal.md)."""
        last = self.connection.execute("SELECT seq, hash FROM journal_entry WHERE till_id = ? ORDER BY seq DESC"
                                       " LIMIT 1", (self.till,)).fetchone()  # fmt: skip
        seq, prev_hash = (last[0] + 1, last[1]) if last else (1, self.till_text)
        message = "\n".join((prev_hash, self.till_text, str(seq), type_, str(version), body))
        digest = hashlib.sha256(message.encode("utf-8")).hexdigest()
        self.connection.execute("INSERT INTO journal_entry (till_id, seq, type, record_id, schema_version, payload,"
                                " prev_hash, hash, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                (self.till, seq, type_, record_id, version, body, prev_hash, digest, stamp,
                                 self.key().hex))  # fmt: skip

    def close(self) -> None:
        self.connection.close()


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _recipe(settings: PrinterSettings, *, kick_drawer: bool) -> str:
    """A print job's payload column as `services/print_jobs.py` writes it for a sale (docs/printing.md)."""
    settings = replace(settings, kick_drawer=kick_drawer)
    return json.dumps({"settings": asdict(settings), "language": "id", "copy": False, "kick_drawer": kick_drawer,
                       "data": ""})  # fmt: skip


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


def same_rows(services: Counter[str], raw: Counter[str]) -> None:
    shown = ", ".join(f"{table} {count}" for table, count in sorted(services.items()))
    if services != raw:
        raise SystemExit(f"the paths write different rows: services {dict(services)}, raw {dict(raw)}")
    print(f"rows per 20 sales, the same on both paths: {shown}")


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
    for cart, items in carts:
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
    event.remove(shop.db.engine, "checkout", trace)
    raw.connection.set_trace_callback(None)
    print(f"statements SQLite runs per sale (BEGIN and COMMIT included): services {counts['services'] / count:.1f},"
          f" raw {counts['raw'] / count:.1f}")  # fmt: skip
    print(f"CPU per sale without the disk (synchronous=OFF): services p50 {percentile(services_cpu, 0.5) * 1000:.2f}"
          f" ms, raw p50 {percentile(raw_cpu, 0.5) * 1000:.2f} ms")  # fmt: skip
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
    parser.add_argument("--sales", type=int, default=2000, help="sales per path")
    parser.add_argument("--history", type=int, default=200_000)
    parser.add_argument("--checkpoints", choices=("background", "sqlite"), default="background")
    parser.add_argument("--gap-ms", type=float, default=5.0, help="pause before each sale (default 5)")
    parser.add_argument("--profile", action="store_true", help="instead of timing: where a sale's time goes")
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
        check_journal(shop, args.history)
        shop.db.dispose()


if __name__ == "__main__":
    main()
