"""What the checks at a till's start cost on a big SQLite file.

    python benchmarks/opening_checks.py [--lines 100000] [--keep FILE]

Builds (or reuses) a file at the newest schema with a year of sales (`--lines` sale lines; 100,000 make about
100 MB, see earnings_data.py), then times, each three times (the first run is cold for SQLite, though the file may
sit in the operating system's cache after being written):

- `PRAGMA quick_check`, which a start runs after a crash (ska_pos/db/sqlite_file.py: every page, no index
  comparison);
- `PRAGMA integrity_check`, the full check (also compares every index with its table);
- the whole opening of a file already at the newest schema (`open_database`: checks, engine, first connection),
  once as after a crash (no clean-close mark: the quick check runs) and once after a clean close (it is skipped,
  ska_pos/db/clean_close.py).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

from earnings_data import YearWriter, build_master
from timing import first_and_best

from ska_pos.db.clean_close import marker_path
from ska_pos.db.database import open_database
from ska_pos.db.sqlite_file import inspect_file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) this file instead of a temporary one")
    args = parser.parse_args()
    folder = None if args.keep else Path(tempfile.mkdtemp(prefix="ska-pos-bench-"))
    path = args.keep or folder / "opening.sqlite3"  # type: ignore[operator]
    if not path.exists():
        started = time.perf_counter()
        written = YearWriter(path, build_master(path, 40)).write_year(date(2025, 1, 1), args.lines)
        print(f"built {written:,} sale lines in {time.perf_counter() - started:.1f} s: {path}")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"file {path.stat().st_size / 1e6:.0f} MB")
    _time("PRAGMA quick_check (a start after a crash)", lambda: inspect_file(path))
    _time("PRAGMA integrity_check (full)", lambda: inspect_file(path, full_check=True))

    def after_a_crash() -> None:
        marker_path(path).unlink(missing_ok=True)
        open_database(f"sqlite:///{path}").dispose()

    _time("open_database after a crash", after_a_crash)
    _time("open_database after a clean close", lambda: open_database(f"sqlite:///{path}").dispose())
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def _time(label: str, work: Callable[[], Any]) -> None:
    first, best = first_and_best(work)
    print(f"{label:<45} first {first:.3f} s, best of the next two {best:.3f} s")


if __name__ == "__main__":
    sys.exit(main())
