"""The one operation pattern (`ska_pos.ui.ops`): reads and writes off the screen's thread, each in its own session
and transaction, with failures in words, a timeout, a cancel and the "changed" broadcast."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.database import Database, WriteInReadingSession
from ska_pos.db.models import Setting
from ska_pos.ui import op_changes, ops
from ska_pos.ui.database_thread import OperationCancelled
from ska_pos.ui.op_changes import Changes, operation_hub
from ska_pos.ui.ops import OperationTimedOut, ReadOp, WriteOp


@pytest.fixture(autouse=True)
def _ops_drained(qtbot: QtBot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: not ops._running, timeout=10_000)


def _settings(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Setting)) or 0


def _outcome(qtbot: QtBot, op: ops.Op[object]) -> tuple[list[object], list[Exception]]:
    results: list[object] = []
    errors: list[Exception] = []
    op.success(results.append).failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: bool(results or errors), timeout=10_000)
    return results, errors


def test_a_read_runs_off_the_screen_thread_and_answers_on_it(qtbot: QtBot, db: Database) -> None:
    threads: list[threading.Thread] = []

    def read(session: Session) -> int:
        threads.append(threading.current_thread())
        return _settings(session)

    answered_on: list[threading.Thread] = []
    op = ReadOp(None, db, read).success(lambda _n: answered_on.append(threading.current_thread()))
    op.run_in_background()
    qtbot.waitUntil(lambda: bool(answered_on), timeout=10_000)
    assert threads[0] is not threading.main_thread()
    assert answered_on == [threading.main_thread()]


def test_a_write_commits_and_tells_every_screen_what_changed(qtbot: QtBot, db: Database) -> None:
    heard: list[Changes] = []
    operation_hub().changed.connect(heard.append)
    try:
        add = WriteOp(None, db, lambda s: s.add(Setting(scope="global", key="k", value="v")), {op_changes.SETTINGS})
        results, errors = _outcome(qtbot, add)
    finally:
        operation_hub().changed.disconnect(heard.append)
    assert errors == []
    assert results == [None]
    assert [change.touches(op_changes.SETTINGS) for change in heard] == [True]
    with db.reading() as session:
        assert _settings(session) == 1


def test_a_write_inside_a_read_fails_loudly_and_writes_nothing(qtbot: QtBot, db: Database) -> None:
    def sneaky(session: Session) -> None:
        session.add(Setting(scope="global", key="k", value="v"))
        session.flush()

    results, errors = _outcome(qtbot, ReadOp(None, db, sneaky))
    assert results == []
    assert isinstance(errors[0], WriteInReadingSession)
    with db.reading() as session:
        assert _settings(session) == 0


def test_a_failed_write_changes_nothing_and_broadcasts_nothing(qtbot: QtBot, db: Database) -> None:
    heard: list[Changes] = []
    operation_hub().changed.connect(heard.append)

    def half(session: Session) -> None:
        session.add(Setting(scope="global", key="k", value="v"))
        session.flush()
        raise ValueError("refused")

    try:
        results, errors = _outcome(qtbot, WriteOp(None, db, half, {op_changes.SETTINGS}))
    finally:
        operation_hub().changed.disconnect(heard.append)
    assert results == []
    assert str(errors[0]) == "refused"
    assert heard == []
    with db.reading() as session:
        assert _settings(session) == 0


def test_a_database_error_reaches_the_user_in_plain_words(qtbot: QtBot, db: Database) -> None:
    from ska_pos.ui.messages import error_text

    def duplicate(session: Session) -> None:
        session.add(Setting(scope="global", key="k", value="v"))
        session.flush()
        session.add(Setting(scope="global", key="k", value="w"))
        session.flush()

    _results, errors = _outcome(qtbot, WriteOp(None, db, duplicate, {op_changes.SETTINGS}))
    assert "SELECT" not in error_text(errors[0])
    assert "INSERT" not in error_text(errors[0])
    assert "UNIQUE" not in error_text(errors[0])
    assert "setting" not in error_text(errors[0])


def _slow(seconds: float) -> object:
    def work(session: Session) -> int:
        time.sleep(seconds)
        return _settings(session)

    return work


def test_a_hung_read_times_out_with_a_plain_message_and_its_late_result_is_dropped(qtbot: QtBot, db: Database) -> None:
    results: list[object] = []
    errors: list[Exception] = []
    ReadOp(None, db, _slow(1.0)).success(results.append).failure(errors.append).with_timeout(0.2).run_in_background()  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], OperationTimedOut)
    assert "did not answer" in errors[0].message
    qtbot.waitUntil(lambda: not ops._running, timeout=5_000)
    assert results == []  # the answer came after the timeout: dropped, never shown


def test_the_timeout_counts_from_when_the_op_runs_not_while_it_waits_its_turn(qtbot: QtBot, db: Database) -> None:
    """A long job ahead in the database thread's queue is not the database failing to answer the ones behind it."""
    long_results: list[object] = []
    results: list[object] = []
    errors: list[Exception] = []
    ReadOp(None, db, _slow(1.0)).success(long_results.append).with_timeout(5.0).run_in_background()  # type: ignore[arg-type]
    queued = time.monotonic()
    ReadOp(None, db, _slow(0.05)).success(results.append).failure(errors.append).with_timeout(0.5).run_in_background()  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(results or errors), timeout=5_000)
    assert errors == []  # before: timed out after 0.5 s, spent waiting behind the long read
    assert results == [0]
    assert long_results == [0]
    assert time.monotonic() - queued >= 1.0  # it really waited behind the long read


def test_a_queued_op_still_times_out_once_it_runs_too_long(qtbot: QtBot, db: Database) -> None:
    results: list[object] = []
    errors: list[Exception] = []
    ReadOp(None, db, _slow(0.5)).with_timeout(5.0).run_in_background()  # type: ignore[arg-type]
    queued = time.monotonic()
    ReadOp(None, db, _slow(1.5)).success(results.append).failure(errors.append).with_timeout(0.3).run_in_background()  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    waited = time.monotonic() - queued
    assert isinstance(errors[0], OperationTimedOut)
    # Not while it waited its turn (that would be at 0.3 s), but 0.3 s into its own run; no upper bound, which a loaded
    # machine would break: that it failed with a timeout, not a result, already says it did not run to its end.
    assert waited >= 0.75
    qtbot.waitUntil(lambda: not ops._running, timeout=5_000)
    assert results == []


def test_a_long_sqlite_statement_is_interrupted_by_cancel(qtbot: QtBot, db: Database) -> None:
    from sqlalchemy import text

    endless = text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
    results: list[object] = []
    errors: list[Exception] = []
    operation = ReadOp(None, db, lambda s: s.scalar(endless)).success(results.append).failure(errors.append)
    running = operation.with_progress("Counting…", cancellable=True).run_in_background()
    started = time.monotonic()
    qtbot.wait(300)
    running.cancel()
    qtbot.waitUntil(lambda: not ops._running, timeout=5_000)  # the worker is free again: the statement stopped
    assert time.monotonic() - started < 5
    assert results == []
    assert errors == []
    assert isinstance(OperationCancelled("x"), Exception)


def test_ops_run_in_the_order_they_were_started(qtbot: QtBot, shop: Shop) -> None:
    order: list[int] = []
    for number in range(20):
        WriteOp(None, shop.db, lambda _s, n=number: n, {op_changes.CART}).success(order.append).run_in_background()
    qtbot.waitUntil(lambda: len(order) == 20, timeout=10_000)
    assert order == list(range(20))
