"""The till with a big catalog: start to login, PIN to a usable sale screen, search, scan and memory.

    python benchmarks/till_scale.py [--items 100000] [--categories 101] [--lines 1000000] [--runs 5]

Builds once (and keeps in a temp folder named by its parameters and schema revision, `till_build.py`) a SQLite till
whose café has `--items` items with a barcode each, in `--categories` categories, and `--lines` sale lines of
history (three a sale, with payments and earnings entries), an open shift for the cashier. Then prints:
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
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from till_build import CASHIER, PIN, enrol_this_computer, till_file  # noqa: E402  (beside this file, on the path)

LOGIN_PAGE = "loginPage"  # the login page's objectName (SKA_POS_SMOKE_REPORT gives it)
SEARCHES = (("matching, short", "ko"), ("matching, word", "kopi"), ("matching, long", "kopi manis 12"),
            ("matching, inside", "pedas"), ("no match, short", "qx"), ("no match, long", "xyzzy plugh"))  # fmt: skip


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
    from ska_pos.ui.garbage import freeze_after_start_up
    from ska_pos.ui.main_window import MainWindow

    app = make_app(large_text=False)
    freeze_after_start_up()  # as `ska_pos.ui.application.run` does
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
