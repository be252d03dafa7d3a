"""How fast the manager's earnings reports are on a year of data.

    python benchmarks/earnings.py [--lines 1000000] [--workers 100] [--keep FILE]

Builds a SQLite file at the newest schema with a year of sales (1,000,000 sale lines by default, 100 workers;
see earnings_data.py), then times through the services, each three times (the first run is cold):

- the all-worker report for the year (every worker's credited revenue, earnings, payouts, balance; totals),
  target under 2 s, and the ledger check beside it;
- one worker's statement for the year: its data and its PDF, target under 0.5 s;
- one worker's daily series, the outlets compared, and a payout slip.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from earnings_data import YearWriter, build_master
from sqlalchemy import select
from timing import first_and_best

from ska_pos.db.database import open_database
from ska_pos.db.models import Payout, Worker
from ska_pos.reports.worker_statement_pdf import render_worker_statement_pdf
from ska_pos.services.earnings import Period, check_ledger, daily_earnings, outlet_comparison, totals_of
from ska_pos.services.earnings import worker_earnings as all_workers
from ska_pos.services.earnings.slip import payout_slip
from ska_pos.services.earnings.statement import worker_statement

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="build (or reuse) this file instead of a temporary one")
    args = parser.parse_args()
    folder = None if args.keep else Path(tempfile.mkdtemp(prefix="ska-pos-bench-"))
    path = args.keep or folder / "earnings.sqlite3"  # type: ignore[operator]
    if not path.exists():
        started = time.perf_counter()
        master = build_master(path, args.workers)
        written = YearWriter(path, master).write_year(YEAR.start, args.lines)
        print(f"built {written:,} sale lines, {args.workers} workers in {time.perf_counter() - started:.1f} s: {path}")
    _print_counts(path)
    database = open_database(f"sqlite:///{path}")
    with database.reading() as s:
        worker_id = s.scalars(select(Worker.id).order_by(Worker.code).limit(1)).one()
        payout_id = s.scalars(select(Payout.id).where(Payout.worker_id == worker_id).order_by(Payout.paid_on.desc())
                              .limit(1)).one()  # fmt: skip
        _time("all-worker report, year (target < 2 s)", lambda: totals_of(all_workers(s, YEAR)))
        _time("ledger check, year (sums only)", lambda: check_ledger(s, YEAR, line_detail=False).balanced)
        _time("ledger check, year (with per-line check)", lambda: check_ledger(s, YEAR).balanced)
        _time("statement data, one worker, year", lambda: len(worker_statement(s, worker_id, YEAR).lines))
        statement = worker_statement(s, worker_id, YEAR)
        _time("statement PDF, one worker, year", lambda: len(render_worker_statement_pdf(statement)))
        _time("statement data + PDF (target < 0.5 s)",
              lambda: len(render_worker_statement_pdf(worker_statement(s, worker_id, YEAR))))  # fmt: skip
        _time("daily series, one worker, year", lambda: len(daily_earnings(s, worker_id, YEAR)))
        _time("outlets compared, year", lambda: len(outlet_comparison(s, YEAR)))
        _time("payout slip data", lambda: payout_slip(s, payout_id).amount)
        rows = all_workers(s, YEAR)
        check = check_ledger(s, YEAR)
    print(f"workers {len(rows)}, earnings {totals_of(rows).earnings:,}, net revenue {check.net_revenue:,}, "
          f"balanced {check.balanced}")  # fmt: skip
    database.dispose()
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)  # a year of data is over a gigabyte
    return 0


def _time(label: str, work: Callable[[], Any]) -> None:
    first, best = first_and_best(work)
    print(f"{label:<45} cold {first:.3f} s, warm best {best:.3f} s")


def _print_counts(path: Path) -> None:
    connection = sqlite3.connect(path)
    counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("sale", "sale_line", "earning_entry", "payment", "payout")}  # fmt: skip
    size = path.stat().st_size / 1e6
    connection.close()
    print(", ".join(f"{table} {count:,}" for table, count in counts.items()) + f"; file {size:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
