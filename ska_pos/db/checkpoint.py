"""Checkpointing a SQLite file's write-ahead log off the sale's path.

SQLite's automatic checkpoint runs inside the commit that takes the log past 1,000 pages: that sale then copies
the log into the database file and syncs it, and its commit takes 15-17 ms instead of 2. The work is done here
instead, on a connection of its own:

- `Checkpointer`: a background thread that runs a PASSIVE checkpoint every few seconds, and again within
  `SOON_S` while the log is behind (below); the UI asks it for a TRUNCATE when the till has been idle a while.
- `checkpoint_file`: one checkpoint now, for a process that closes (the command line) or a test.

PASSIVE never waits for, and never blocks, a writer or a reader: it copies what it can and leaves the rest for
the next round. Once everything is copied, the next commit starts the log again from its beginning, so at a
customer's pace (a round finishes between two sales) the log stays at a few seconds of sales. TRUNCATE also
empties the file; it runs with no busy timeout, so when another connection (another till, a report) is busy at
that moment it does what PASSIVE would, instead of waiting and holding back that till's sale.

The log starts again only when a writer begins while all of it is copied. Between rounds two seconds apart, writes
faster than a customer's pace (sales a few milliseconds apart, as in benchmarks/sale_commit.py) pile up thousands
of pages, and a round that long always has a commit land in it: the log grew until SQLite's own checkpoint below
copied it inside a sale's commit (measured: 13 to 50 ms, for 0.3 to 0.5% of the sales). So a round that found the log at
`SOON_PAGES` or more, or could not copy all of it (a reader held an older snapshot), is followed by the next within
`SOON_S`: each then copies a few sales' pages, short enough to end between two commits.

Writes that never pause (an import, a process with no checkpointer) would keep a PASSIVE round from
ever finishing, and no lock in SQLite is fair enough for a checkpoint to cut in. So the connections keep SQLite's
automatic checkpoint, set to `AUTOCHECKPOINT_PAGES` instead of 1,000 (`engine.py`): a bound on the log that a till
at a customer's pace never reaches, and when writes do reach it, the commit that crosses it copies only what the
thread has not copied yet.

Several processes on one file: `wal_autocheckpoint` belongs to each connection, but a checkpoint copies the one
log that every connection writes to. A till's thread therefore also copies what a command-line import wrote, and
a command that closes while no till runs checkpoints the file as it closes (`Database.dispose`).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine

log = logging.getLogger(__name__)

Mode = Literal["PASSIVE", "TRUNCATE"]
EVERY_S = 2.0
# Sooner while the log is behind: writes faster than a customer's pace (sales seconds apart write a few hundred pages
# between two rounds), or a round that a reader kept from copying everything.
SOON_S = 0.05
SOON_PAGES = 1_000
# SQLite's own checkpoint stays on as a safety net, far above what the thread lets the log reach (below).
AUTOCHECKPOINT_PAGES = 10_000


@dataclass(frozen=True)
class CheckpointResult:
    """What `PRAGMA wal_checkpoint` answered: `busy` when it could not finish, frames in the log, frames copied."""

    busy: bool
    log_frames: int
    copied_frames: int

    @property
    def complete(self) -> bool:
        return not self.busy and self.copied_frames == self.log_frames


@dataclass(frozen=True)
class CheckpointStats:
    """The work a `Checkpointer` has done so far: rounds that found pages to copy, the time they took, and the
    longest log (in pages) it found."""

    rounds: int = 0
    seconds: float = 0.0
    longest_log: int = 0
    failures: int = 0


def database_file(engine: Engine) -> Path | None:
    """The file of a SQLite engine, or None (PostgreSQL, an in-memory database): only files have a log."""
    name = engine.url.database
    if engine.dialect.name != "sqlite" or not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name).resolve()


def wal_file(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def open_checkpoint_connection(database: Path) -> sqlite3.Connection:
    """A connection of its own; `mode=rw` so that a database file that is gone is never created again, empty."""
    connection = sqlite3.connect(
        f"{database.as_uri()}?mode=rw", uri=True, isolation_level=None, check_same_thread=False
    )
    connection.execute("PRAGMA busy_timeout=0")  # never wait: a busy checkpoint is simply tried again later
    return connection


def checkpoint(connection: sqlite3.Connection, mode: Mode = "PASSIVE") -> tuple[CheckpointResult, CheckpointResult]:
    """A PASSIVE checkpoint, then the TRUNCATE if asked for (which then holds the writer's lock only briefly, as
    there is little left to copy); the answers to both (the same one twice for PASSIVE)."""
    passive = _wal_checkpoint(connection, "PASSIVE")
    return passive, (passive if mode == "PASSIVE" else _wal_checkpoint(connection, mode))


def _wal_checkpoint(connection: sqlite3.Connection, mode: Mode) -> CheckpointResult:
    busy, log_frames, copied = connection.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    return CheckpointResult(bool(busy), log_frames, copied)


def checkpoint_file(database: Path, mode: Mode = "PASSIVE") -> CheckpointResult | None:
    """One checkpoint now from a short-lived connection; None when the file is gone or cannot be opened."""
    try:
        connection = open_checkpoint_connection(database)
    except sqlite3.Error:
        return None
    try:
        return checkpoint(connection, mode)[1]
    except sqlite3.Error as error:
        log.warning("checkpoint of %s failed: %s", database, error)
        return None
    finally:
        connection.close()


class Checkpointer:
    """Checkpoints one database file from a daemon thread: every `every_s` seconds, and at once when asked."""

    def __init__(self, database: Path, *, every_s: float = EVERY_S, soon_s: float = SOON_S) -> None:
        self.database, self.every_s, self.soon_s = database, every_s, soon_s
        self._wait_s = every_s
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._truncate = False
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._connection: sqlite3.Connection | None = None
        self._stats = CheckpointStats()
        self._last = CheckpointResult(False, 0, 0)

    @classmethod
    def for_engine(cls, engine: Engine, *, every_s: float = EVERY_S) -> Checkpointer | None:
        database = database_file(engine)
        return None if database is None else cls(database, every_s=every_s)

    @property
    def stats(self) -> CheckpointStats:
        return self._stats

    def start(self) -> None:
        with self._lock:
            if self._thread is None and not self._stopping:
                self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
                self._thread.start()

    def request(self, *, truncate: bool = False) -> None:
        """Checkpoint now (the till is idle); never waits, so the screen thread may call it."""
        with self._lock:
            self._truncate = self._truncate or truncate
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        with self._lock:
            self._stopping, thread = True, self._thread
        self._wake.set()
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        try:
            while True:
                self._wake.wait(self._wait_s)
                self._wake.clear()
                with self._lock:
                    stopping, truncate, self._truncate = self._stopping, self._truncate, False
                if stopping:
                    return
                self._round("TRUNCATE" if truncate else "PASSIVE")
        finally:
            if self._connection is not None:
                self._connection.close()

    def _round(self, mode: Mode) -> None:
        started = time.perf_counter()
        try:
            if self._connection is None:
                self._connection = open_checkpoint_connection(self.database)
            before, after = checkpoint(self._connection, mode)
        except sqlite3.Error as error:  # a full disk, a file that went away: logged, and tried again next round
            log.warning("checkpoint of %s failed: %s", self.database, error)
            self._stats = replace(self._stats, failures=self._stats.failures + 1)
            self._wait_s = self.every_s  # not again within SOON_S: a full disk would fill the log with warnings
            return
        found_work = before != self._last and before.log_frames > 0
        self._last = after
        if found_work and (before.log_frames >= SOON_PAGES or not after.complete):
            self._wait_s = self.soon_s
        elif not after.complete:  # still behind, nothing new copied (a reader keeps its snapshot): space out
            self._wait_s = min(self._wait_s * 2, self.every_s)
        else:
            self._wait_s = self.every_s
        if found_work:
            stats = self._stats
            self._stats = replace(stats, rounds=stats.rounds + 1, seconds=stats.seconds + time.perf_counter() - started,
                                  longest_log=max(stats.longest_log, before.log_frames))  # fmt: skip
