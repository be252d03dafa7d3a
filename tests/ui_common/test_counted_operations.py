"""`CountedWriteOp`: long work that counts its steps moves the progress dialog's bar, and Cancel pressed between two
steps stops it at the next one with nothing written."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.db.models import Setting
from ska_pos.ui import database_thread, op_changes, ops
from ska_pos.ui.counted_write_op import CountedWriteOp

Progress = Callable[[int, int], None]


@pytest.fixture(autouse=True)
def _ops_drained(qtbot: QtBot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: not ops._running, timeout=10_000)


def _settings(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Setting)) or 0


def _dialog() -> QProgressDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "operationProgress" and w.isVisible()]
    return found[0] if found and isinstance(found[0], QProgressDialog) else None


def test_the_progress_dialog_shows_how_far_the_work_is(qtbot: QtBot, db: Database) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    go_on = threading.Event()

    def work(session: Session, progress: Progress) -> str:
        progress(1, 4)
        assert go_on.wait(30)  # until the test has seen the bar: no race
        session.add(Setting(scope="global", key="counted", value="1"))
        progress(4, 4)
        return "done"

    results: list[str] = []
    CountedWriteOp(parent, db, work, {op_changes.SETTINGS}).success(results.append).with_progress(
        "Counting…", cancellable=True
    ).with_timeout(None).run_in_background()
    qtbot.waitUntil(lambda: (d := _dialog()) is not None and (d.value(), d.maximum()) == (1, 4), timeout=10_000)
    go_on.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=10_000)
    assert _settings(db) == 1


def test_cancel_between_two_steps_stops_the_work_and_writes_nothing(qtbot: QtBot, db: Database) -> None:
    go_on, reached = threading.Event(), threading.Event()
    stopped: list[BaseException] = []

    def work(session: Session, progress: Progress) -> None:
        session.add(Setting(scope="global", key="counted", value="1"))
        session.flush()
        progress(1, 2)
        reached.set()
        assert go_on.wait(30)  # Cancel is pressed meanwhile, while no statement runs
        try:
            progress(2, 2)
        except database_thread.OperationCancelled as error:
            stopped.append(error)
            raise

    operation = (
        CountedWriteOp(None, db, work, {op_changes.SETTINGS})
        .with_progress("Counting…", cancellable=True)
        .with_timeout(None)
        .run_in_background()
    )
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    operation.cancel()  # what the dialog's Cancel button does
    go_on.set()
    qtbot.waitUntil(lambda: not ops._running, timeout=10_000)
    assert len(stopped) == 1
    assert _settings(db) == 0
