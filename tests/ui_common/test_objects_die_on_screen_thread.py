"""Objects are freed on the screen's thread, never on the database thread of `ui.ops`: Qt objects freed elsewhere
crash the window later (a full test run died in its event loop twice, in CI and here).

Two ways an object could die on the database thread: Python's cycle collector running there because that thread
happened to allocate when a generation was full (`ui.garbage` stops that), and the worker dropping the last
reference to an operation's work after the outcome was delivered (`database_thread.DatabaseThread` lets go of a
job before it says the job is done). The second also kept every job: Qt's thread pool, which ran them before, held
each one for the life of the application."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.ui import ops
from ska_pos.ui.garbage import collect_on_screen_thread
from ska_pos.ui.ops import ReadOp

WAIT_MS = 10_000


class Recorder:
    """Notes the thread each `Mortal` dies on."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []


class Mortal:
    def __init__(self, recorder: Recorder, *, in_a_cycle: bool = False) -> None:
        self.recorder = recorder
        self.me = self if in_a_cycle else None

    def __del__(self) -> None:
        self.recorder.threads.append(threading.current_thread())


@pytest.fixture
def quick_thread_switches() -> Iterator[None]:
    """The screen's thread takes the interpreter as soon as it asks, as it would on a busy till."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(previous)


def _allocate_a_lot(_session: Session) -> list[list[int]]:
    """Container objects far beyond what fills the youngest generation, as a big read does (kept, so the
    generation stays full)."""
    return [[n] for n in range(200_000)]


def test_garbage_in_a_cycle_is_collected_on_the_screen_thread_while_the_database_thread_allocates(
    qtbot: QtBot, db: Database
) -> None:
    collect_on_screen_thread()
    recorder = Recorder()
    Mortal(recorder, in_a_cycle=True)  # unreachable at once, in the youngest generation
    results: list[list[list[int]]] = []
    ReadOp(None, db, _allocate_a_lot).success(results.append).run_in_background()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(recorder.threads), timeout=WAIT_MS)  # the collector's timer
    assert recorder.threads == [threading.main_thread()]


@pytest.mark.usefixtures("quick_thread_switches")
def test_an_operations_work_is_let_go_on_the_screen_thread(qtbot: QtBot, db: Database) -> None:
    recorder = Recorder()
    answered: list[int] = []
    count = 60
    for number in range(count):
        mortal = Mortal(recorder)

        def work(session: Session, mortal: Mortal = mortal, number: int = number) -> int:
            return number

        ReadOp(None, db, work).success(answered.append).run_in_background()
        del mortal, work
    qtbot.waitUntil(lambda: len(answered) == count, timeout=WAIT_MS)
    # Qt may keep a finished operation a little longer (its pending timers), never for good
    qtbot.waitUntil(lambda: len(recorder.threads) == count, timeout=ops.DEFAULT_TIMEOUT_S * 1000 + WAIT_MS)
    assert set(recorder.threads) == {threading.main_thread()}
