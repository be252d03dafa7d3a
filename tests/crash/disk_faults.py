"""A full disk or a failing one, at the moment a till's sale commits: real errors from the OS, through SQLite.

On the till (WAL, synchronous=FULL) a transaction's changes stay in SQLite's page cache until COMMIT, which
appends them to the write-ahead log and syncs it: that append is where a full disk or a dying one shows. So the
fault is put exactly there. Every descriptor this process holds on the database's `-wal` file is pointed, with
`dup2`, at something whose writes the kernel refuses, and pointed back at the file afterwards; SQLite's own unix
VFS then meets the kernel's answer and makes its own error of it, as it would on the real disk:

- disk full: `/dev/full`, whose every write fails with ENOSPC; SQLite answers SQLITE_FULL ("database or disk is
  full"). The log is emptied first (a TRUNCATE checkpoint), so SQLite reads nothing from it while the fault lasts
  (reading `/dev/full` gives zeros);
- I/O error: the same log file opened read-only, so writes fail (EBADF) while reads stay true; SQLite answers
  SQLITE_IOERR_WRITE ("disk I/O error"), exactly what it answers to EIO from a failing disk (every errno but
  ENOSPC is an I/O error to it).

No exception is made by hand and SQLite's library is not touched: the commit fails inside SQLite, which rolls the
transaction back itself, as on a real disk. Removing the fault (the block ends) is the disk getting space back:
the same connections carry on. Needs Linux (`/proc/self/fd`, `/dev/full`); other systems skip, saying why.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import pytest
from sqlalchemy import Engine, event

from ska_pos.db.checkpoint import checkpoint_file, database_file, wal_file

Fault = Literal["disk full", "I/O error"]
FAULTS: tuple[Fault, ...] = ("disk full", "I/O error")
_DESCRIPTORS = Path("/proc/self/fd")


def skip_unless_possible() -> None:
    if not _DESCRIPTORS.is_dir() or not Path("/dev/full").exists():
        pytest.skip("injecting disk faults needs Linux's /proc/self/fd and /dev/full")


def _descriptors_of(path: Path) -> list[int]:
    target = str(path.resolve())
    found = []
    for name in os.listdir(_DESCRIPTORS):
        try:
            if os.readlink(_DESCRIPTORS / name) == target:
                found.append(int(name))
        except OSError:  # closed since the listing
            continue
    return found


@contextmanager
def failing_log_writes(engine: Engine, fault: Fault) -> Iterator[None]:
    """While the block runs, every write of the engine's connections to the database's log fails: those open now,
    and any the pool opens meanwhile (faulted as they are checked out, their log open by then)."""
    skip_unless_possible()
    database = database_file(engine)
    assert database is not None, "a SQLite file is needed"
    log = wal_file(database)
    if fault == "disk full":
        result = checkpoint_file(database, "TRUNCATE")
        assert result is not None
        assert result.complete, "the log must be copied into the database first"
        assert log.stat().st_size == 0, "the log must be empty first"
    bad = os.open("/dev/full", os.O_RDWR) if fault == "disk full" else os.open(log, os.O_RDONLY)
    saved: dict[int, int] = {}
    lock = threading.Lock()

    def fault_new_descriptors(*_: object) -> None:
        with lock:
            for descriptor in set(_descriptors_of(log)) - {bad, *saved, *saved.values()}:
                saved[descriptor] = os.dup(descriptor)
                os.dup2(bad, descriptor, inheritable=False)

    fault_new_descriptors()
    assert saved, "no connection of this process has the log open"
    event.listen(engine, "checkout", fault_new_descriptors)
    try:
        yield
    finally:
        event.remove(engine, "checkout", fault_new_descriptors)
        with lock:
            for descriptor, original in saved.items():
                os.dup2(original, descriptor, inheritable=False)
                os.close(original)
            os.close(bad)


@contextmanager
def database_size_capped(engine: Engine) -> Iterator[None]:
    """SQLite itself refuses to grow the file (`PRAGMA max_page_count` at today's size) on the engine's connections
    while the block runs: its own SQLITE_FULL, raised by the first statement that needs a new page, inside the
    transaction rather than at the commit (where a full disk shows). Ends with the cap lifted again."""
    capped: list[tuple[object, int]] = []

    def cap(dbapi_connection: Any, _record: object, _proxy: object) -> None:
        if all(known is not dbapi_connection for known, _limit in capped):
            limit = dbapi_connection.execute("PRAGMA max_page_count").fetchone()[0]
            size = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {size}")
            capped.append((dbapi_connection, limit))

    event.listen(engine, "checkout", cap)
    try:
        yield
    finally:
        event.remove(engine, "checkout", cap)
        for connection, limit in capped:
            connection.execute(f"PRAGMA max_page_count = {limit}")  # type: ignore[attr-defined]
