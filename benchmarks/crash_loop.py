"""The long crash run: a till killed with SIGKILL hundreds of times during sales, then everything checked.

    python benchmarks/crash_loop.py [--kills 500] [--seed 1] [--postgres]

The same loop and checks as tests/crash/test_kill_during_sales.py (which runs 30 kills in `make test`): the till
sells through the sale screen's own transaction and acknowledges each receipt in an fsync'd side file; every other
kill lands inside a commit, the rest at random moments, some while the till opens (tests/crash/sale_loop.py).
Then: every acknowledged sale whole, none in part, numbers without gaps or duplicates, integrity_check, the journal
verified (tests/crash/sale_checks.py). `--postgres` runs it against a throwaway PostgreSQL server instead.
Prints what it did and checked; exits 1 when a check failed.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from crash.sale_checks import check_sales, read_acknowledged
from crash.sale_loop import run_loop, till_config
from shop import build_shop

from ska_pos.db.database import open_database, open_upgraded_database


@contextlib.contextmanager
def database_url(folder: Path, postgres: bool) -> Iterator[str]:
    if not postgres:
        yield f"sqlite:///{folder / 'crash.sqlite3'}"
        return
    from pgserver import running_postgres

    with running_postgres() as url:
        yield url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL server, not a SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ska-crash-") as name, database_url(Path(name), args.postgres) as url:
        folder = Path(name)
        database, _ = open_upgraded_database(url)
        config = till_config(build_shop(database), folder)
        database.dispose()  # the children open it as a till does; the parent holds nothing open while forking
        print(f"{args.kills} kills of a till selling on {'PostgreSQL' if args.postgres else 'a SQLite file'}...")
        report = run_loop(config, args.kills, args.seed)
        print(f"{report.kills} kills ({report.aimed} aimed at a commit, {report.early} early) in {report.seconds} s; "
              f"{report.sales} sales acknowledged between them")  # fmt: skip
        print("phase seen just before each kill: "
              + ", ".join(f"{phase} {count}" for phase, count in report.seen_phases.items()))  # fmt: skip
        for ended in report.not_killed:
            print(f"a till ended by itself: {ended}")
        started = time.perf_counter()
        database = open_database(url)
        checks = check_sales(database, read_acknowledged(Path(config.acknowledged)), {"receipt", "kitchen"})
        database.dispose()
        print(f"checked in {time.perf_counter() - started:.1f} s: {checks.summary()}")
        print("checked: every acknowledged receipt present; per sale its lines add up to its net total, payments "
              "to what it took, each line's earnings split 100%, one stock movement per tracked line, a receipt "
              "and a kitchen print job, one journal entry; receipt numbers gapless and unique per till and day; "
              + ("" if args.postgres else "integrity_check and foreign_key_check; ")
              + "the journal's chains, sequences and cross-checks (services/journal_verify.py)")  # fmt: skip
        for problem in checks.problems:
            print(f"PROBLEM: {problem}")
        failed = bool(checks.problems or report.not_killed)
        print("result: " + ("PROBLEMS FOUND" if failed else "all well"))
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
