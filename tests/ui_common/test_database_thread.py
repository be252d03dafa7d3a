"""The database thread of `ui.ops` outlives a job that raises anything, finishes what was started when the window
closes, and lets go of a failed job at once (from a fresh-eyes review of the thread)."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.db.models import Setting
from ska_pos.services.errors import ValidationError
from ska_pos.ui import database_thread, op_changes
from ska_pos.ui.ops import ReadOp, WriteOp

WAIT_MS = 10_000


def test_a_job_that_raises_system_exit_fails_and_the_next_job_still_runs(qtbot: QtBot, db: Database) -> None:
    def stops(_session: Session) -> int:
        raise SystemExit(3)

    errors: list[Exception] = []
    answers: list[int] = []
    ReadOp(None, db, stops).failure(errors.append).run_in_background()
    ReadOp(None, db, lambda _session: 7).success(answers.append).run_in_background()
    qtbot.waitUntil(lambda: bool(errors and answers), timeout=WAIT_MS)
    assert answers == [7]


def test_closing_the_window_finishes_the_write_already_started(qtbot: QtBot, db: Database) -> None:
    started = threading.Event()

    def slow_write(session: Session) -> None:
        started.set()
        time.sleep(0.5)
        session.add(Setting(scope="global", key="closing", value="kept"))

    WriteOp(None, db, slow_write, {op_changes.SETTINGS}).run_in_background()
    assert started.wait(5)
    database_thread.stop_database_thread(timeout_s=10)  # what `application.run` does once the window has closed
    with db.reading() as session:
        assert session.scalar(select(Setting.value).where(Setting.key == "closing")) == "kept"


class Mortal:
    def __init__(self, died: list[threading.Thread]) -> None:
        self.died = died

    def __del__(self) -> None:
        self.died.append(threading.current_thread())


def test_a_failed_jobs_work_is_let_go_at_once_not_at_the_next_collection(qtbot: QtBot, db: Database) -> None:
    died: list[threading.Thread] = []
    errors: list[Exception] = []
    mortal = Mortal(died)

    def refused(_session: Session, mortal: Mortal = mortal) -> None:
        raise ValidationError("no")  # its traceback holds the job, which held the traceback

    ReadOp(None, db, refused).failure(errors.append).run_in_background()
    del mortal, refused
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    errors.clear()  # the test's own reference to the error
    qtbot.waitUntil(lambda: bool(died), timeout=500)  # less than the collector's one-second round
    assert died == [threading.main_thread()]
