"""What a backup and a restore cost on a big SQLite file.

    python benchmarks/backup_times.py [--lines 100000] [--keep FILE]

Builds (or reuses) a file at the newest schema with a year of sales (`--lines` sale lines; 100,000 make about
100 MB, see earnings_data.py), then times, each three times:

- one backup as the till makes it after a shift close (backup API copy, then `PRAGMA integrity_check` of the copy);
- `ska-pos backup --list`'s check of one backup (the full `integrity_check`);
- one restore of that backup (check, copy, foreign-key, ledger and journal checks, its `restore` entry).
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

from ska_pos import clock
from ska_pos.db.backups import make_backup
from ska_pos.db.sqlite_file import is_sound
from ska_pos.services.backups import restore_backup


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) this file instead of a temporary one")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ska-pos-bench-"))
    source = args.keep or folder / "source.sqlite3"
    if not source.exists():
        started = time.perf_counter()
        written = YearWriter(source, build_master(source, 40)).write_year(date(2025, 1, 1), args.lines)
        print(f"built {written:,} sale lines in {time.perf_counter() - started:.1f} s: {source}")
    with closing(sqlite3.connect(source)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"file {source.stat().st_size / 1e6:.0f} MB")
    made = []
    _time(
        "backup (copy + integrity_check)", lambda: made.append(make_backup(source, folder / "b", "manual", clock.now()))
    )
    _time("check of one backup (integrity_check)", lambda: is_sound(made[0].path))
    # Each restore into a new file: over one that can be read, a restore needs an administrator's PIN, and the
    # benchmark's sentra has no administrator (the renames of a replaced file are what this leaves out). Its sales
    # are written without journal entries, so the journal check fails: restored knowingly, the check still runs.
    tills = iter(range(3))
    _time(
        "restore (checks, copy, ledger check, journal, renames)",
        lambda: restore_backup(
            made[0].path,
            f"sqlite:///{folder / f'till-{next(tills)}.sqlite3'}",
            credentials=None,
            despite_journal_problems=True,
        ),
    )
    shutil.rmtree(folder, ignore_errors=True)
    return 0


def _time(label: str, work: Callable[[], Any]) -> None:
    first, best = first_and_best(work)
    print(f"{label:<48} first {first:.3f} s, best of the next two {best:.3f} s")


if __name__ == "__main__":
    sys.exit(main())
