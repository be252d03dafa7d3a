"""Running work off the UI thread: one database worker, a busy cursor after 300 ms, a progress dialog after 600 ms.

Every screen sends its service calls through `run_operation`, so the window never freezes and every failure is
reported the same way. SQLite has a single writer, so one worker thread serves all database work.

No Qt object is created, owned or released on the worker thread: the job holds plain Python data and reports
through one relay object that lives on the UI thread for the life of the application.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import isValid

from ska_pos.slow_operations import run_timed

BUSY_CURSOR_MS = 300
PROGRESS_DIALOG_MS = 600

_pool: QThreadPool | None = None
_relay: _Relay | None = None
# Running operations, by id: kept alive here (on the UI thread) until their outcome has been delivered.
_running: dict[int, Operation] = {}


def database_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


class _Relay(QObject):
    """Carries (operation id, result, error) from the worker thread to the UI thread."""

    done = Signal(object, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(_deliver, Qt.ConnectionType.QueuedConnection)


def _relay_on_ui_thread() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def _deliver(operation_id: int, result: Any, error: Any) -> None:
    operation = _running.pop(operation_id, None)
    if operation is not None:
        operation.finish(result, error)


class _Job(QRunnable):
    def __init__(self, operation_id: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # released by Python on the UI thread, with its Operation
        self.operation_id, self.work, self.relay = operation_id, work, relay

    def run(self) -> None:
        try:
            result = run_timed(self.work)  # notes slow and failed work in the log
        except Exception as error:  # reported to the UI thread, never lost
            self.relay.done.emit(self.operation_id, None, error)
        else:
            self.relay.done.emit(self.operation_id, result, None)


class Operation(QObject):
    """One piece of background work and its feedback. Signals: `finished()` after either callback ran."""

    finished = Signal()

    def __init__(
        self, parent: QWidget | None, work: Callable[[], Any], on_success: Callable[[Any], object],
        on_failure: Callable[[Exception], None] | None, label: str,
    ) -> None:  # fmt: skip
        super().__init__()  # not a child of `parent`: Qt must not delete it while the job still runs
        self._parent, self._label = parent, label
        self._on_success, self._on_failure = on_success, on_failure
        self._dialog: QProgressDialog | None = None
        self._cursor_set = False
        self._done = False
        self._job = _Job(id(self), work, _relay_on_ui_thread())
        QTimer.singleShot(BUSY_CURSOR_MS, self._show_busy_cursor)
        QTimer.singleShot(PROGRESS_DIALOG_MS, self._show_dialog)

    def start(self) -> None:
        _running[id(self)] = self
        database_pool().start(self._job)

    def _show_busy_cursor(self) -> None:
        if not self._done:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_set = True

    def _parent_alive(self) -> QWidget | None:
        return self._parent if self._parent is not None and isValid(self._parent) else None

    def _show_dialog(self) -> None:
        if self._done or not self._label:
            return
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent_alive())
        dialog.setObjectName("operationProgress")
        dialog.setAccessibleName(self._label)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._dialog = dialog

    def finish(self, result: Any, error: Exception | None) -> None:
        self._done = True
        if self._cursor_set:
            QApplication.restoreOverrideCursor()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
        try:
            if self._parent is not None and not isValid(self._parent):
                return  # the screen that asked is gone; the work itself is done (or failed) in the database
            if error is None:
                self._on_success(result)
            elif self._on_failure is not None:
                self._on_failure(error)
            else:
                from ska_pos.ui.messages import show_error

                show_error(self._parent_alive(), error)
        finally:
            self.finished.emit()
            self.deleteLater()


def run_operation(
    parent: QWidget | None, work: Callable[[], Any], on_success: Callable[[Any], object], *,
    on_failure: Callable[[Exception], None] | None = None, label: str = "",
) -> Operation:  # fmt: skip
    """Run `work` on the database thread, then `on_success(result)` or `on_failure(error)` on the UI thread."""
    operation = Operation(parent, work, on_success, on_failure, label)
    operation.start()
    return operation
