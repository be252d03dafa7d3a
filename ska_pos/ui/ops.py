"""The one way the window touches the database: `ReadOp` and `WriteOp` (after Anki's `QueryOp`/`CollectionOp`).

    ReadOp(parent, database, lambda session: services.find(session, ...)).success(show).run_in_background()
    WriteOp(parent, database, lambda session: services.save(session, ...), {SALES}).success(done).run_in_background()

Each op owns its session and transaction: a `ReadOp` runs inside `Database.reading()` (a write there fails loudly),
a `WriteOp` inside `Database.transaction()` and, once committed, tells every screen what changed through the one
`operation_hub().changed` signal, so screens refresh what they show instead of reloading by hand.

All database work runs on the one database thread (`database_thread.py`), first come first served. The screen's
thread only starts ops and receives their outcome: a busy cursor after 300 ms, a progress dialog after 600 ms for
ops with a label (with a Cancel button when asked for), a timeout (counted from when the op's job begins to run,
not while it waits its turn) after which the user reads a plain message and the late result is dropped, and
failures in words (`messages.error_text`). Cancelling or timing out interrupts the
connection's statement where the driver can (`sqlite3.Connection.interrupt()`, psycopg's `cancel()`); a write
interrupted that way is rolled back whole.

An op whose parent widget is gone delivers nothing (its failure is still shown, unparented); its work itself is done
(or not) in the database.

No Qt object is created, owned or released on the database thread (`database_thread.py` says how).
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import isValid
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.services.errors import ServiceError
from ska_pos.ui.database_thread import Job, OperationCancelled, Relay, database_thread
from ska_pos.ui.messages import show_error, tr
from ska_pos.ui.op_changes import Changes, operation_hub
from ska_pos.ui.timers import one_shot

BUSY_CURSOR_MS = 300
PROGRESS_DIALOG_MS = 600
DEFAULT_TIMEOUT_S = 15.0

T = TypeVar("T")
# `progress(done, total)`: how far counted work is (`Job.report`)
Progress = Callable[[int, int], None]
_log = logging.getLogger(__name__)

_relay: Relay | None = None
_receiver: _Receiver | None = None
# Running operations, by id: kept alive here (on the UI thread) until their worker has returned.
_running: dict[int, Operation] = {}
_operation_ids = itertools.count(1)


class OperationTimedOut(ServiceError):
    """The database did not answer in time; what the op would have shown is dropped."""


class _Receiver(QObject):
    """Takes the database thread's news on the screen's thread: declared slots of an object living there, which Qt
    queues to it by itself, without PySide's receiver object for a bare Python callable."""

    def __init__(self, relay: Relay) -> None:
        super().__init__()
        relay.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)

    @Slot(int)
    def _done(self, operation_id: int) -> None:
        _deliver(operation_id)

    @Slot(int, int, int)
    def _progressed(self, operation_id: int, done: int, total: int) -> None:
        _show_progress(operation_id, done, total)


def _relay_on_ui_thread() -> Relay:
    global _relay, _receiver
    if _relay is None:
        _relay = Relay()
        _receiver = _Receiver(_relay)
    return _relay


def _deliver(operation_id: int) -> None:
    operation = _running.pop(operation_id, None)
    if operation is not None:
        operation.finish(*operation.take_outcome())


def _show_progress(operation_id: int, done: int, total: int) -> None:
    operation = _running.get(operation_id)
    if operation is not None:
        operation.show_progress(done, total)


class Operation(QObject):
    """One piece of background work and its feedback. Signals: `finished()` after either callback ran."""

    finished = Signal()

    def __init__(
        self, parent: QWidget | None, work: Callable[[Job], Any], on_success: Callable[[Any], object],
        on_failure: Callable[[Exception], None] | None, label: str, *, timeout_s: float | None = DEFAULT_TIMEOUT_S,
        cancellable: bool = False, changes: Changes | None = None, origin: Callable[..., object] | None = None,
    ) -> None:  # fmt: skip
        super().__init__()  # not a child of `parent`: Qt must not delete it while the job still runs
        self._parent, self._label = parent, label
        self._on_success, self._on_failure = on_success, on_failure
        self._cancellable, self._changes = cancellable, changes
        self._dialog: QProgressDialog | None = None
        self._progress: tuple[int, int] | None = None
        self._cursor_set = False
        self._done = False  # the user has had the outcome (or a timeout, or pressed Cancel)
        self._id = next(_operation_ids)
        self._job = Job(self._id, work, _relay_on_ui_thread(), origin or work)
        one_shot(self, BUSY_CURSOR_MS, self._show_busy_cursor)
        one_shot(self, PROGRESS_DIALOG_MS, self._show_dialog)
        self._timeout_s = timeout_s
        # First armed for the whole timeout from now; `_time_out` re-arms it while the job still waits its turn.
        self._timeout_timer = one_shot(self, round(timeout_s * 1000), self._time_out) if timeout_s is not None else None

    def start(self) -> None:
        _running[self._id] = self
        database_thread().start(self._job)

    def take_outcome(self) -> tuple[Any, Exception | None]:
        """What the job returned or raised (once the worker has said it is done). The job lets go of it: a failure's
        traceback holds the job, and that cycle would keep the work's screens until the collector came by."""
        outcome, self._job.outcome = self._job.outcome, (None, None)
        return outcome

    @property
    def done(self) -> bool:
        return self._done

    def cancel(self) -> None:
        """Stop waiting: the result is dropped and the statement under way interrupted."""
        if not self._done:
            self._job.interrupt()
            self._close(OperationCancelled(tr("Cancelled; nothing was saved")), show=False)

    def show_progress(self, done: int, total: int) -> None:
        """How far the work is (from `Job.report`): the dialog shows a bar instead of a busy one."""
        self._progress = (done, total)
        if self._dialog is not None and not self._done:
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(min(done, max(total, 1)))

    def _time_left_s(self) -> float:
        """The timeout counts from when the job began to run: time spent queued behind other jobs is not the
        database failing to answer (one long job would otherwise time out every job waiting behind it)."""
        started_at, timeout_s = self._job.started_at, self._timeout_s or 0.0
        if started_at is None:
            return timeout_s  # still queued: it cannot time out sooner than a whole timeout from now
        return started_at + timeout_s - time.monotonic()

    @Slot()
    def _time_out(self) -> None:
        if self._done:
            return
        left_s = self._time_left_s()
        if left_s > 0.001 and self._timeout_timer is not None:
            self._timeout_timer.start(max(1, round(left_s * 1000)))
            return
        self._job.interrupt()
        seconds = round(self._timeout_s or 0)
        text = tr(
            "The database did not answer within {seconds} seconds; nothing was shown or saved. Try again, and call the administrator if it goes on"  # noqa: E501  (one literal for lupdate)
        )
        self._close(OperationTimedOut(text.format(seconds=seconds)), show=True)

    @Slot()
    def _show_busy_cursor(self) -> None:
        if not self._done:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_set = True

    def _parent_alive(self) -> QWidget | None:
        return self._parent if self._parent is not None and isValid(self._parent) else None

    @Slot()
    def _show_dialog(self) -> None:
        if self._done or not self._label:
            return
        dialog = QProgressDialog(self._label, tr("Cancel"), 0, 0, self._parent_alive())
        dialog.setObjectName("operationProgress")
        dialog.setAccessibleName(self._label)
        if self._cancellable:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.show()
        self._dialog = dialog
        if self._progress is not None:
            self.show_progress(*self._progress)

    def _end_feedback(self) -> None:
        if self._cursor_set:
            QApplication.restoreOverrideCursor()
            self._cursor_set = False
        if self._dialog is not None:
            dialog, self._dialog = self._dialog, None
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()

    def _close(self, error: Exception, *, show: bool) -> None:
        """The user's side ends before the worker's: a timeout or a cancel."""
        self._done = True
        self._end_feedback()
        if show:
            self._report(error)
        self.finished.emit()

    def finish(self, result: Any, error: Exception | None) -> None:
        """The worker has returned (on the UI thread)."""
        if error is None and self._changes is not None and self._changes.topics:
            operation_hub().changed.emit(self._changes)  # committed: screens hear it even when the op timed out
        if self._done:
            return  # the user was told already (timeout) or asked not to wait (cancel): the outcome is dropped
        self._done = True
        self._end_feedback()
        try:
            if self._parent is not None and not isValid(self._parent):
                if error is not None:
                    self._report(error)  # the screen is gone, but a failure is never silent
                return
            if error is None:
                self._on_success(result)
            else:
                self._report(error)
        finally:
            self.finished.emit()

    def _report(self, error: Exception) -> None:
        alive = self._parent_alive()
        if self._on_failure is not None and (alive is not None or self._parent is None):
            self._on_failure(error)
            return
        show_error(alive, error)


class Op(Generic[T]):
    """What every op shares: the callbacks and the feedback, set by chained calls. Besides `ReadOp` and `WriteOp`:
    `counted_write_op.CountedWriteOp`, `service_op.ServiceOp` and `background_op.BackgroundOp`."""

    def __init__(self, parent: QWidget | None, database: Database | None, fn: Callable[[Session], T]) -> None:
        self._parent, self._database, self._fn = parent, database, fn
        self._origin: Callable[..., object] = fn  # the function the slow-work log names
        self._on_success: Callable[[T], object] = lambda _result: None
        self._on_failure: Callable[[Exception], None] | None = None
        self._label = ""
        self._cancellable = False
        self._timeout_s: float | None = DEFAULT_TIMEOUT_S

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Op[T]:
        """Instead of the message box every other failure gets (a timeout included)."""
        self._on_failure = callback
        return self

    def with_progress(self, label: str, *, cancellable: bool = False) -> Op[T]:
        """A progress dialog with `label` when the op takes longer than 600 ms (and a Cancel button)."""
        self._label, self._cancellable = label, cancellable
        return self

    def with_timeout(self, seconds: float | None) -> Op[T]:
        """None: no timeout (only for work whose length the user chose, e.g. building demo data)."""
        self._timeout_s = seconds
        return self

    def _work(self) -> Callable[[Job], T]:
        raise NotImplementedError

    def _changes(self) -> Changes | None:
        return None

    def run_in_background(self) -> Operation:
        operation = Operation(
            self._parent, self._work(), self._on_success, self._on_failure, self._label,
            timeout_s=self._timeout_s, cancellable=self._cancellable, changes=self._changes(), origin=self._origin,
        )  # fmt: skip
        operation.start()
        return operation


class ReadOp(Op[T]):
    """`fn(session)` inside `Database.reading()`: it may read anything and write nothing."""

    def _work(self) -> Callable[[Job], T]:
        database, fn = self._database, self._fn
        assert database is not None

        def work(job: Job) -> T:
            with database.reading() as session:
                job.use(session)
                return fn(session)

        return work


class WriteOp(Op[T]):
    """`fn(session)` inside `Database.transaction()` (one user action); `changes` are broadcast once committed."""

    def __init__(
        self, parent: QWidget | None, database: Database, fn: Callable[[Session], T], changes: Iterable[str]
    ) -> None:
        super().__init__(parent, database, fn)
        self._topics = frozenset(changes)

    def _changes(self) -> Changes | None:
        return Changes(self._topics)

    def _in_transaction(self) -> Callable[[Session, Progress], T]:
        """What runs inside the transaction; `CountedWriteOp` hands its work the progress call too."""
        fn = self._fn
        return lambda session, _progress: fn(session)

    def _work(self) -> Callable[[Job], T]:
        database, run = self._database, self._in_transaction()
        assert database is not None

        def work(job: Job) -> T:
            with database.transaction() as session:
                job.use(session)
                return run(session, job.report)

        return work
