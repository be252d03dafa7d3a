"""The check every test runs (tests/screen_thread.py) catches the window's SQL on the screen's thread, and only that:
the same work on the database thread, the test's own SQL and the start-up before the window pass. Each test watches
for itself: the innermost watch takes what it sees, so the caught read does not fail the watch of every test."""

from __future__ import annotations

import threading

from screen_thread import watching_screen_thread
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.db.models import Item
from ska_pos.ui.application import open_app_database
from ska_pos.ui.database_thread import Job, Relay
from ska_pos.ui.ops import ReadOp


def _count_items(session: Session) -> int:
    return len(session.scalars(select(Item.id)).all())


def _read_op_work(db: Database) -> None:
    """What a `ReadOp` runs, run here, on whichever thread calls it."""
    op = ReadOp(None, db, _count_items)
    op._work()(Job(0, lambda _job: None, Relay(), _count_items))


def test_a_window_read_on_the_screen_thread_is_caught(db: Database) -> None:
    with watching_screen_thread() as recorder:
        _read_op_work(db)
    assert recorder.offending
    assert {module for module, _statement in recorder.offending} == {"ops.py"}
    assert any("item" in statement for _module, statement in recorder.offending)


def test_the_same_read_on_another_thread_is_not(db: Database) -> None:
    with watching_screen_thread() as recorder:
        worker = threading.Thread(target=_read_op_work, args=(db,))
        worker.start()
        worker.join(30)
    assert recorder.offending == []


def test_the_tests_own_sql_and_the_start_before_the_window_are_not(db: Database) -> None:
    with watching_screen_thread() as recorder:
        with db.reading() as session:
            session.execute(text("SELECT 1"))
        open_app_database(db.url).dispose()  # application.py: nothing on screen yet
    assert recorder.offending == []
