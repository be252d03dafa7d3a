"""The write-ahead log is copied into the database file off the sale's path: never inside a sale's commit, by a
background thread while sales go on (several of them, as several tills on one file would), when the till is idle,
and when a process closes the database."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from shop import Shop

from ska_pos.db import checkpoint as checkpoint_module
from ska_pos.db.checkpoint import AUTOCHECKPOINT_PAGES, Checkpointer, checkpoint_file, database_file, wal_file
from ska_pos.db.database import Database, open_database, open_upgraded_database
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales
from ska_pos.services.cart import Cart


def _sell(shop: Shop, count: int, *, pause_s: float = 0.0) -> list[uuid.UUID]:
    done = []
    for _ in range(count):
        time.sleep(pause_s)
        with shop.db.transaction() as s:
            cart = Cart(shop.cafe.id)
            for item in (shop.es_teh, shop.kopi, shop.keripik):
                cart_ops.add_item(s, cart, item.id, Decimal(1))
            done.append(sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)]).sale_id)
    return done


def _path(shop: Shop) -> Path:
    path = database_file(shop.db.engine)
    assert path is not None
    return path


def _sales_in_file_alone(database: Path, folder: Path) -> int:
    """Sales that are in the database file itself, leaving out whatever is still only in the log."""
    copy = folder / "file-alone.sqlite3"
    shutil.copyfile(database, copy)
    with sqlite3.connect(copy) as connection:
        return int(connection.execute("SELECT count(*) FROM sale").fetchone()[0])


def test_a_sale_commit_never_checkpoints(shop: Shop) -> None:
    """SQLite's automatic checkpoint (at 1,000 frames) would land inside a sale's commit: the log only grows."""
    with shop.db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == AUTOCHECKPOINT_PAGES
    _sell(shop, 80)
    result = checkpoint_file(_path(shop))
    assert result is not None
    assert result.complete
    assert result.log_frames > 1_000  # never started again: no commit copied it


def test_writes_that_never_pause_still_cannot_grow_the_log_without_bound(db: Database) -> None:
    """No checkpointer at all (a command-line import): SQLite's own checkpoint, far above a till's log, bounds it."""
    path = database_file(db.engine)
    assert path is not None
    page = 4_096 + 24  # a frame: the page and its header
    largest = 0
    with db.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (data BLOB)")
    for _ in range(60):  # 60 MB: half as much again as the bound
        with db.engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO scratch VALUES (randomblob(1000000))")
        largest = max(largest, wal_file(path).stat().st_size)
    assert AUTOCHECKPOINT_PAGES * page < largest < (AUTOCHECKPOINT_PAGES + 300) * page


def test_in_memory_and_postgresql_databases_have_no_log_to_checkpoint(postgres_url: str) -> None:
    memory = open_database("sqlite://")
    try:
        assert database_file(memory.engine) is None
        assert Checkpointer.for_engine(memory.engine) is None
    finally:
        memory.dispose()
    shared, _ = open_upgraded_database(postgres_url)
    try:
        assert Checkpointer.for_engine(shared.engine) is None
    finally:
        shared.dispose()


def test_background_checkpoints_keep_the_log_small_while_sales_go_on(shop: Shop) -> None:
    """Two checkpointers on one file (two tills' processes) work while a till sells: every sale commits, the
    checkpoints copy the log (it starts again from the beginning) and neither checkpointer fails."""
    path = _path(shop)
    tills = [Checkpointer(path, every_s=0.005), Checkpointer(path, every_s=0.005)]
    for checkpointer in tills:
        checkpointer.start()
    try:
        # A till sells at a customer's pace: BEGIN IMMEDIATE holds each sale's snapshot from its first read, so
        # back-to-back sales with no pause at all would leave a checkpoint no moment in which it can finish.
        sold = _sell(shop, 80, pause_s=0.01)
    finally:
        for checkpointer in tills:
            checkpointer.stop()
    assert len(set(sold)) == 80
    assert sum(checkpointer.stats.rounds for checkpointer in tills) > 0
    assert sum(checkpointer.stats.failures for checkpointer in tills) == 0
    final = checkpoint_file(path)
    assert final is not None
    assert final.complete
    assert final.log_frames < 1_000  # the same 80 sales wrote over 1,000 frames into a log nobody copied


def test_a_round_that_leaves_the_log_behind_is_followed_soon(shop: Shop, tmp_path: Path) -> None:
    """A reader on an older snapshot keeps a round from copying the sales: the next round comes within `soon_s`,
    not a whole interval later, so the log is copied soon after the reader is done (and does not grow meanwhile
    until SQLite's own checkpoint copies it inside a sale's commit)."""
    path = _path(shop)
    checkpoint_file(path)  # the shop's tables are in the file
    reader = sqlite3.connect(path, isolation_level=None)
    checkpointer = Checkpointer(path, every_s=3_600, soon_s=0.02)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sale").fetchone()  # its snapshot: before the sales below
        _sell(shop, 5)
        checkpointer.start()
        checkpointer.request()
        deadline = time.monotonic() + 10
        while checkpointer.stats.rounds == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert _sales_in_file_alone(path, tmp_path) == 0  # the reader kept the round from copying them
        reader.execute("COMMIT")
        while _sales_in_file_alone(path, tmp_path) < 5 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _sales_in_file_alone(path, tmp_path) == 5  # every_s is an hour: a round came soon after the first
    finally:
        checkpointer.stop()
        reader.close()


def test_a_reader_that_stays_keeps_no_round_going_every_soon_s(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader that keeps its old snapshot (a long report) leaves the log behind round after round with nothing new
    to copy: the rounds then space out towards `every_s` instead of running every `soon_s` for as long as it reads."""
    path = _path(shop)
    calls = []
    real = checkpoint_module.checkpoint

    def counted(connection: sqlite3.Connection, mode: checkpoint_module.Mode = "PASSIVE") -> object:
        calls.append(mode)
        return real(connection, mode)

    monkeypatch.setattr(checkpoint_module, "checkpoint", counted)
    reader = sqlite3.connect(path, isolation_level=None)
    checkpointer = Checkpointer(path, every_s=3_600, soon_s=0.01)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sale").fetchone()
        _sell(shop, 2)
        checkpointer.start()
        checkpointer.request()
        time.sleep(1.0)
        assert len(calls) < 12  # every 10 ms for a second: about 100
    finally:
        checkpointer.stop()
        reader.close()


def test_a_failing_round_is_not_tried_again_soon(shop: Shop) -> None:
    """A round that fails (a full disk, a file gone) waits the whole interval, even after a round that was behind:
    tried again every `soon_s`, it would log a warning many times a second."""
    path = _path(shop)
    reader = sqlite3.connect(path, isolation_level=None)
    checkpointer = Checkpointer(path, every_s=3_600, soon_s=0.02)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sale").fetchone()
        _sell(shop, 2)
        checkpointer.start()
        checkpointer.request()
        deadline = time.monotonic() + 10
        while checkpointer.stats.rounds == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert checkpointer.stats.rounds == 1  # behind: the reader kept it from copying the sales
        connection = checkpointer._connection  # what a failing disk does to the next round's statement
        assert connection is not None
        connection.close()
        while checkpointer.stats.failures == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.3)
        assert checkpointer.stats.failures == 1
    finally:
        checkpointer.stop()
        reader.close()


def test_an_idle_request_empties_the_log_file(shop: Shop) -> None:
    path = _path(shop)
    checkpointer = Checkpointer(path, every_s=3_600)
    checkpointer.start()
    try:
        _sell(shop, 5)
        assert wal_file(path).stat().st_size > 0
        checkpointer.request(truncate=True)
        deadline = time.monotonic() + 10
        while wal_file(path).stat().st_size > 0 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        checkpointer.stop()
    assert wal_file(path).stat().st_size == 0
    assert checkpointer.stats.rounds > 0


def test_a_truncate_gives_way_to_a_writer_instead_of_holding_back_its_sale(shop: Shop) -> None:
    """Another till in the middle of a sale: the idle till's TRUNCATE neither waits for it nor blocks it."""
    path = _path(shop)
    _sell(shop, 2)
    other_till = sqlite3.connect(path, isolation_level=None)
    try:
        other_till.execute("BEGIN IMMEDIATE")  # holds the one writer's lock, as a sale being written does
        started = time.monotonic()
        result = checkpoint_file(path, "TRUNCATE")
        assert time.monotonic() - started < 2  # the till's busy timeout is 5 s: it did not wait for the writer
        assert result is not None
        assert result.busy
        other_till.execute("COMMIT")
    finally:
        other_till.close()
    assert wal_file(path).stat().st_size > 0
    result = checkpoint_file(path, "TRUNCATE")
    assert result is not None
    assert not result.busy
    assert wal_file(path).stat().st_size == 0


def test_a_sale_commits_while_a_checkpoint_runs(shop: Shop) -> None:
    """A checkpoint loop on its own connection, hammering the file, never makes a sale fail or wait it out."""
    path = _path(shop)
    _sell(shop, 20)
    stop, errors, rounds = threading.Event(), [], [0]

    def hammer() -> None:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            while not stop.is_set():
                connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                rounds[0] += 1
        except sqlite3.Error as error:  # pragma: no cover - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=hammer)
    thread.start()
    try:
        sold = _sell(shop, 40)
    finally:
        stop.set()
        thread.join()
    assert not errors
    assert rounds[0] > 0
    assert len(sold) == 40


def test_closing_the_database_copies_the_log_into_the_file(shop: Shop, tmp_path: Path) -> None:
    """Another process keeps the file open (so closing is not the last close, which would checkpoint anyway)."""
    path = _path(shop)
    checkpoint_file(path)  # the shop's tables are in the file
    other_process = sqlite3.connect(path)
    try:
        other_process.execute("SELECT count(*) FROM sale").fetchone()
        _sell(shop, 3)
        assert _sales_in_file_alone(path, tmp_path) == 0
        shop.db.dispose()
        assert _sales_in_file_alone(path, tmp_path) == 3
    finally:
        other_process.close()


def test_a_command_closes_its_database_with_a_checkpoint(tmp_path: Path) -> None:
    from ska_pos.cli.main import main

    path = tmp_path / "cli.sqlite3"
    assert main(["--lang", "en", "--db", f"sqlite:///{path}", "init"]) == 0
    other_process = sqlite3.connect(path)
    try:
        other_process.execute("SELECT count(*) FROM sale").fetchone()
        assert main(["--lang", "en", "--db", f"sqlite:///{path}", "demo", "--days", "1", "--seed", "3"]) == 0
        assert _sales_in_file_alone(path, tmp_path) > 0
    finally:
        other_process.close()


def test_a_checkpoint_of_a_file_that_is_gone_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "gone.sqlite3"
    assert checkpoint_file(missing) is None
    assert not missing.exists()
