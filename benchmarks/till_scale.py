"""The till with a big catalog: start to login, PIN to a usable sale screen, search, scan and memory.

    python benchmarks/till_scale.py [--items 100000] [--categories 101] [--lines 1000000] [--runs 5]

Builds once (and keeps in a temp folder named by its parameters and schema revision) a SQLite till whose café has
`--items` items with a barcode each, in `--categories` categories, and `--lines` sale lines of history (three a
sale, with payments and earnings entries), an open shift for the cashier. Then prints:
- start to login: `python -m ska_pos` in a fresh process until the login page has painted (SKA_POS_SMOKE_REPORT),
  median of `--runs` after one warm-up start, on this till and on a small one (100 items, no history): the
  opening's `PRAGMA quick_check` reads every page of the file (docs/database.md). The computer is first enrolled
  as the file's till (`enrol_till`, as the enrolment page does, by an administrator), so the first page is the
  login page; each start prints the page it showed first, and any other page stops the benchmark;
- PIN to sale screen: in a fresh process, the PIN typed and Enter pressed on the login page `--think` seconds after
  it showed (a cashier finding their name; the page imports the till's modules meanwhile), until the sale screen
  shows with its first category's item buttons (median of `--runs`), and that process's resident memory then, and
  how long a full garbage collection then takes (the screen's thread stalls that long when one is due);
- search p50/p99 for matching and non-matching, short and long texts, and scan (lookup by barcode) p50/p99, each
  in its own reading session as the till's ReadOp runs it.
Offscreen Qt (QT_QPA_PLATFORM=offscreen). The figures mean little on a busy machine: the load average is printed.
The children write and use bytecode caches, as an installed till does, even where PYTHONDONTWRITEBYTECODE is set.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PIN = "1111"
CASHIER = "kasir"
LOGIN_PAGE = "loginPage"  # the login page's objectName (SKA_POS_SMOKE_REPORT gives it)
ADMIN = "admin"  # enrols the benchmark's computer as the till (its PIN is PIN too)
WORDS = ("Kopi", "Teh", "Nasi", "Mie", "Roti", "Keripik", "Sambal", "Batik", "Tas", "Sabun", "Kain", "Gelang",
         "Dompet", "Kue", "Jus", "Susu", "Madu", "Tempe", "Bakso", "Sate")  # fmt: skip
KINDS = ("Manis", "Pedas", "Gurih", "Besar", "Kecil", "Hitam", "Putih", "Merah", "Hijau", "Asli", "Spesial", "Jumbo")
SEARCHES = (("matching, short", "ko"), ("matching, word", "kopi"), ("matching, long", "kopi manis 12"),
            ("matching, inside", "pedas"), ("no match, short", "qx"), ("no match, long", "xyzzy plugh"))  # fmt: skip


def till_file(items: int, categories: int, lines: int) -> Path:
    from ska_pos.db.migrate import newest_revision

    folder = Path(tempfile.gettempdir()) / "ska_pos_till_scale"
    folder.mkdir(exist_ok=True)
    path = folder / f"till-{items}i-{categories}c-{lines}l-rev{newest_revision()}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".building")
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink()
        started = time.perf_counter()
        build(partial, items, categories, lines)
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def build(path: Path, items: int, categories: int, lines: int) -> None:
    from ska_pos.db.database import open_database
    from ska_pos.services import auth, setup, shifts

    db = open_database(f"sqlite:///{path}")
    with db.transaction() as s:
        seed = auth.system_actor(s)  # the benchmark's empty database: no one to log in yet
        sentra = setup.create_sentra(s, seed, "BLH", "Sentra Budi Luhur")
        outlet = setup.create_outlet(s, seed, sentra, "KFE", "Kafe", "kafe", tax_rate_bp=1000, service_rate_bp=500)
        till = setup.create_till(s, seed, outlet, "T1")
        cashier = setup.create_user(s, seed, sentra, CASHIER, "Kasir", "cashier", PIN)
        setup.create_user(s, seed, sentra, ADMIN, "Admin", "admin", PIN)
        workers = [setup.create_worker(s, seed, sentra, f"W{n:03d}", f"Pekerja {n}", [outlet]) for n in range(20)]
        setup.add_share_rule(s, seed, outlet, valid_from=date(2020, 1, 1), percent_bp=3_000)
        actor = auth.login(s, CASHIER, PIN, outlet_id=outlet.id, till_id=till.id).actor
        assert actor is not None
        shifts.open_shift(s, actor, 200_000)
        ids = {"outlet": outlet.id.hex, "till": till.id.hex, "user": cashier.id.hex}
        worker_ids = [w.id.hex for w in workers]
    db.dispose()
    rng = random.Random(10)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    category_ids = [os.urandom(16).hex() for _ in range(categories)]
    catalog: list[tuple[str, str, str, int, str]] = []  # id, sku, name, price, maker
    with connection:
        connection.executemany(
            "INSERT INTO category (id, outlet_id, name, sort_order, active) VALUES (?, ?, ?, ?, 1)",
            [(cid, ids["outlet"], f"Kategori {n:03d}", n) for n, cid in enumerate(category_ids)],
        )
        item_rows, barcode_rows = [], []
        for n in range(items):
            item_id = os.urandom(16).hex()
            name = f"{rng.choice(WORDS)} {rng.choice(KINDS)} {n}"
            price = 1_000 * rng.randint(3, 80)
            catalog.append((item_id, f"BRG{n:06d}", name, price, rng.choice(worker_ids)))
            item_rows.append((item_id, ids["outlet"], category_ids[n % categories], f"BRG{n:06d}", name, "product",
                              "pcs", price, 0, catalog[-1][4], None, 1, "2026-01-01 00:00:00.000000"))  # fmt: skip
            barcode_rows.append((os.urandom(16).hex(), item_id, ids["outlet"], f"899{n:010d}"))
        connection.executemany(
            "INSERT INTO item (id, outlet_id, category_id, sku, name, kind, unit, price, track_stock, maker_worker_id,"
            " min_quantity, active, created_at) VALUES (" + ",".join("?" * 13) + ")", item_rows)  # fmt: skip
        connection.executemany("INSERT INTO barcode (id, item_id, outlet_id, code) VALUES (?, ?, ?, ?)", barcode_rows)
    _add_history(connection, ids, catalog, lines, rng)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("ANALYZE")
    connection.close()


def _add_history(
    connection: sqlite3.Connection, ids: dict[str, str], catalog: list[tuple[str, str, str, int, str]], lines: int,
    rng: random.Random,
) -> None:  # fmt: skip
    from bench_shop import _flush

    per_day = 500
    sales = lines // 3
    start = date(2026, 12, 5) - timedelta(days=sales // per_day + 1)
    sale_rows: list[tuple[object, ...]] = []
    line_rows: list[tuple[object, ...]] = []
    payment_rows: list[tuple[object, ...]] = []
    entry_rows: list[tuple[object, ...]] = []
    for n in range(sales):
        day = start + timedelta(days=n // per_day)
        seq = n % per_day + 1
        stamp = (datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(seconds=60 * seq)).strftime(
            "%Y-%m-%d %H:%M:%S.%f"
        )
        sale_id = os.urandom(16).hex()
        net = 0
        for line_no in (1, 2, 3):
            item_id, sku, name, price, maker = rng.choice(catalog)
            line_id = os.urandom(16).hex()
            net += price
            line_rows.append((sale_id, line_no, item_id, sku, name, "pcs", 1000, price, price, price, 0, 0, 0, price,
                              "", line_id))  # fmt: skip
            entry_rows.append((maker, ids["outlet"], sale_id, line_id, "sale", day.isoformat(), 10_000, 1000, price,
                               price * 3 // 10, "percent", 3_000, 0, "", ids["user"], stamp,
                               os.urandom(16).hex()))  # fmt: skip
        total = net + net // 20 + (net + net // 20) // 10
        sale_rows.append((ids["outlet"], ids["till"], ids["user"], "sale", "", f"KFE-T1-{day:%Y%m%d}-{seq:04d}",
                          day.isoformat(), seq, stamp, net, 0, 0, net, net // 20, 500, total - net - net // 20, 1000,
                          0, total, 0, total, 0, "", "", "", sale_id))  # fmt: skip
        payment_rows.append((sale_id, "cash", total, total, 0, "", stamp, os.urandom(16).hex()))
        if len(sale_rows) >= 20_000 or n == sales - 1:
            _flush(connection, sale_rows, line_rows, payment_rows, entry_rows)


# --- in the child process: the window ---------------------------------------------------------------------------


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def full_collection() -> dict[str, float]:
    """A full cycle collection with the sale screen up, timed: the screen's thread stalls that long whenever the
    collector's timer (`ui/garbage.py`) finds the oldest generation due; and how many of those it has made so far."""
    tracked = len(gc.get_objects())
    full_so_far = gc.get_stats()[2]["collections"]
    begun, cpu_begun = time.perf_counter(), time.process_time()
    gc.collect()
    return {"full_collect_ms": (time.perf_counter() - begun) * 1000, "tracked_objects": tracked,
            "full_collect_cpu_ms": (time.process_time() - cpu_begun) * 1000,
            "full_collections_before": full_so_far}  # fmt: skip


def pin_to_sale_screen(path: Path, think_s: float) -> dict[str, float]:
    """In this (fresh) process: the app's window on the login page, the PIN typed, until the sale screen is usable."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from ska_pos.ui import ops
    from ska_pos.ui.application import make_app, open_app_database
    from ska_pos.ui.main_window import MainWindow

    app = make_app(large_text=False)
    config = Path(tempfile.mkdtemp(prefix="till-scale-config-"))
    enrol_this_computer(path, config)  # the file's one till (the start part enrolled another computer to it)
    database = open_app_database(f"sqlite:///{path}")
    window = MainWindow(database, config_folder=config)
    window.resize(1366, 768)
    window.show()
    window.start()
    deadline = time.perf_counter() + 120
    while window.findChild(QPushButton, f"loginUser_{CASHIER}") is None or ops._running:  # read on the db thread
        if time.perf_counter() > deadline:
            raise SystemExit("the login page did not show within 120 s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)
    thinking = time.perf_counter() + think_s
    while time.perf_counter() < thinking:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)
    button = window.findChild(QPushButton, f"loginUser_{CASHIER}")
    field = window.findChild(QLineEdit, "loginPinField")
    assert button is not None, "no login page"
    assert field is not None, "no PIN field"
    button.click()
    QTest.keyClicks(field, PIN)
    started, cpu_started = time.perf_counter(), time.process_time()
    QTest.keyClick(field, Qt.Key.Key_Return)

    def usable() -> bool:
        screen = window.findChild(QPushButton, "quickItem0")
        return screen is not None and screen.isVisible() and not ops._running

    deadline = started + 120
    while not usable():
        if time.perf_counter() > deadline:
            raise SystemExit("the sale screen did not become usable within 120 s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    app.processEvents()
    result = {"pin_to_sale_s": elapsed, "pin_to_sale_cpu_s": cpu, "rss_mb": rss_mb(), **full_collection()}
    window.close()
    QCoreApplication.processEvents()
    database.dispose()
    return result


# --- in the parent ------------------------------------------------------------------------------------------------


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def measure_searches(path: Path, repeats: int) -> None:
    from sqlalchemy import select

    from ska_pos.db.database import open_database
    from ska_pos.db.models import Barcode, Outlet
    from ska_pos.services import catalog

    db = open_database(f"sqlite:///{path}")
    with db.reading() as s:
        outlet_id = s.scalar(select(Outlet.id))
        codes = list(s.scalars(select(Barcode.code).limit(5_000)))
    assert outlet_id is not None
    for what, text in SEARCHES:
        times, found = [], 0
        for _ in range(repeats):
            begun = time.perf_counter()
            with db.reading() as s:
                found = len(catalog.search_items(s, outlet_id, text))
            times.append((time.perf_counter() - begun) * 1000)
        p50, p99 = percentiles(times)
        print(f"search {what:18} {text!r:16} {found:3} found   p50 {p50:7.2f} ms   p99 {p99:7.2f} ms")
    rng = random.Random(3)
    times = []
    for _ in range(repeats):
        code = rng.choice(codes)
        begun = time.perf_counter()
        with db.reading() as s:
            catalog.find_by_code(s, outlet_id, code)
        times.append((time.perf_counter() - begun) * 1000)
    p50, p99 = percentiles(times)
    print(f"scan by barcode                                   p50 {p50:7.2f} ms   p99 {p99:7.2f} ms")
    db.dispose()


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def child_env() -> dict[str, str]:
    """This environment without the app's own settings, and with bytecode caches written and read."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SKA_POS_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def ensure_admin(path: Path) -> None:
    """An administrator to enrol the computer: a till built before the benchmark enrolled it has none (the build
    makes one now); added as the build adds its rows, straight into the file (no one may add a user to a database
    that is set up but an administrator)."""
    from ska_pos.services.auth import hash_pin

    with closing(sqlite3.connect(path)) as connection, connection:
        if connection.execute("SELECT 1 FROM app_user WHERE username = ?", (ADMIN,)).fetchone():
            return
        sentra_id, created_at = connection.execute(
            "SELECT sentra_id, created_at FROM app_user WHERE username = ?", (CASHIER,)
        ).fetchone()
        connection.execute(
            "INSERT INTO app_user (id, sentra_id, outlet_id, username, full_name, role, pin_hash, active,"
            " failed_pin_count, locked_until, created_at, must_change_pin) VALUES (?, ?, NULL, ?, ?, 'admin', ?, 1, 0,"
            " NULL, ?, 0)",
            (os.urandom(16).hex(), sentra_id, ADMIN, "Admin", hash_pin(PIN), created_at),
        )


def enrol_this_computer(path: Path, data_folder: Path) -> None:
    """This computer (its identity and till kept in `data_folder`, as the app keeps them) made the file's one till
    by the administrator, through the service the enrolment page calls; taken over from the computer of an
    earlier run, which had another data folder."""
    from sqlalchemy import select

    from ska_pos.db.database import open_database
    from ska_pos.db.models import Till
    from ska_pos.services.auth import login_for_command
    from ska_pos.services.this_till import load_local_config, save_local_config, this_machine
    from ska_pos.services.till_enrolment import enrol_till

    ensure_admin(path)
    machine = this_machine(data_folder)
    database = open_database(f"sqlite:///{path}")
    try:
        with database.transaction() as s:
            till_id = s.scalar(select(Till.id))
            assert till_id is not None, "the till file has no till"
            actor = login_for_command(s, ADMIN, PIN).actor
            assert actor is not None, f"the administrator {ADMIN!r} cannot log in"
            enrol_till(s, actor, till_id, machine, take_over_reason="benchmarks/till_scale.py: a new run")
    finally:
        database.dispose()
    save_local_config(load_local_config(data_folder).with_till(till_id), data_folder)


def start_to_login(path: Path, runs: int) -> tuple[list[float], list[float]]:
    """`python -m ska_pos --db URL` until the login page painted, in fresh processes (the first one not counted):
    the seconds to the paint, and the processor seconds of each whole run (less disturbed by a busy machine). The
    computer is enrolled as the till first: any first page but the login page stops the benchmark."""
    folder = Path(tempfile.mkdtemp(prefix="till-scale-start-"))
    enrol_this_computer(path, folder / "data")
    env = child_env()
    env.update(SKA_POS_DATA_DIR=str(folder / "data"), ESCPOS_CAPABILITIES_PICKLE_DIR=str(folder / "escpos"),
               PYTHONPATH=os.pathsep.join([str(p) for p in sys.path if p]))  # fmt: skip
    times, cpu = [], []
    for run in range(runs + 1):
        report = folder / "first-page.json"
        report.unlink(missing_ok=True)
        cpu_before = children_cpu_seconds()
        started = time.time()
        done = subprocess.run([sys.executable, "-m", "ska_pos", "--db", f"sqlite:///{path}"],
                              env={**env, "SKA_POS_SMOKE_REPORT": str(report)}, capture_output=True, text=True,
                              timeout=300, check=False)  # fmt: skip
        if done.returncode != 0 or not report.is_file():
            raise SystemExit(f"the till did not start: {done.returncode}\n{done.stderr[-2000:]}")
        painted = json.loads(report.read_text("utf-8"))
        used = children_cpu_seconds() - cpu_before
        print(f"  start {run}: first page {painted['page']} after {painted['painted_at'] - started:.2f} s, "
              f"{used:.2f} s of processor time", flush=True)  # fmt: skip
        if painted["page"] != LOGIN_PAGE:
            raise SystemExit(f"the first page was {painted['page']!r}, not the login page ({LOGIN_PAGE!r}): "
                             "this start measured something else")  # fmt: skip
        if run:
            times.append(painted["painted_at"] - started)
            cpu.append(used)
    return times, cpu


def window_runs(path: Path, runs: int, think_s: float) -> None:
    logins = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--child", str(path), "--think", str(think_s)],
                             capture_output=True, text=True, timeout=600, check=False, env=child_env())  # fmt: skip
        if out.returncode != 0:
            raise SystemExit(f"the window run failed:\n{out.stderr[-3000:]}")
        logins.append(json.loads(out.stdout.strip().splitlines()[-1]))
        last = logins[-1]
        print(f"  PIN to sale screen {last['pin_to_sale_s']:.2f} s ({last['pin_to_sale_cpu_s']:.2f} s of processor "
              f"time), RSS {last['rss_mb']:.0f} MB; then a full garbage collection took {last['full_collect_ms']:.0f} "
              f"ms ({last['full_collect_cpu_ms']:.0f} ms of processor time) over {last['tracked_objects']:,} tracked "
              f"objects ({last['full_collections_before']} full ones before it since the start)",
              flush=True)  # fmt: skip
    print(f"PIN to usable sale screen: median {statistics.median(r['pin_to_sale_s'] for r in logins):.2f} s "
          f"({statistics.median(r['pin_to_sale_cpu_s'] for r in logins):.2f} s of processor time, which a busy "
          "machine disturbs less); "
          f"RSS then: median {statistics.median(r['rss_mb'] for r in logins):.0f} MB; "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--categories", type=int, default=101)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=300, help="searches and scans of each kind")
    parser.add_argument("--parts", default="search,window,start", help="which to measure (default: all three)")
    parser.add_argument("--think", type=float, default=1.5, help="seconds on the login page before the PIN")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # the window, in a fresh process
    args = parser.parse_args()
    if args.child:
        print(json.dumps(pin_to_sale_screen(args.child, args.think)))
        return
    parts = set(args.parts.split(","))
    path = till_file(args.items, args.categories, args.lines)
    small = till_file(100, 5, 0)
    tills = (("this till", path), ("a till of 100 items and no history", small))
    print(f"till: {args.items} items in {args.categories} categories, {args.lines} sale lines "
          f"({path.stat().st_size / 1e6:.0f} MB); load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    if "search" in parts:
        measure_searches(path, args.repeats)
    for name, till in tills if "window" in parts else ():
        print(f"{name}:")
        window_runs(till, args.runs, args.think)
    for name, till in tills if "start" in parts else ():
        starts, cpu = start_to_login(till, args.runs)
        print(f"start to login page, {name}: median {statistics.median(starts):.2f} s (min {min(starts):.2f}, "
              f"max {max(starts):.2f}), processor time median {statistics.median(cpu):.2f} s; "
              f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
