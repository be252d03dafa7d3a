"""Running work off the UI thread: one database worker, a busy cursor after 300 ms, a progress dialog after 600 ms.

Every screen sends its service calls through `run_operation`, so the window never freezes and every failure is
reported the same way. SQLite has a single writer, so one worker thread serves all database work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

BUSY_CURSOR_MS = 300
PROGRESS_DIALOG_MS = 600

_pool: QThreadPool | None = None
# Operations without a parent widget are kept alive here until they finish.
_running: set[Operation] = set()


def database_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the UI thread, never lost
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class Operation(QObject):
    """One piece of background work and its feedback. Signals: `finished()` after either callback ran."""

    finished = Signal()

    def __init__(
        self, parent: QWidget | None, work: Callable[[], Any], on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None] | None, label: str,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._parent, self._label = parent, label
        self._on_success, self._on_failure = on_success, on_failure
        self._dialog: QProgressDialog | None = None
        self._cursor_set = False
        self._signals = _Signals()
        self._signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._job = _Job(work, self._signals)
        QTimer.singleShot(BUSY_CURSOR_MS, self._show_busy_cursor)
        QTimer.singleShot(PROGRESS_DIALOG_MS, self._show_dialog)
        self._done = False

    def start(self) -> None:
        _running.add(self)
        database_pool().start(self._job)

    def _show_busy_cursor(self) -> None:
        if not self._done:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_set = True

    def _show_dialog(self) -> None:
        if self._done or not self._label:
            return
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setObjectName("operationProgress")
        dialog.setAccessibleName(self._label)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._dialog = dialog

    def _end(self) -> None:
        self._done = True
        _running.discard(self)
        if self._cursor_set:
            QApplication.restoreOverrideCursor()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()

    def _succeeded(self, result: Any) -> None:
        self._end()
        try:
            self._on_success(result)
        finally:
            self.finished.emit()
            self.deleteLater()

    def _failed(self, error: Exception) -> None:
        self._end()
        try:
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                from ska_pos.ui.messages import show_error

                show_error(self._parent, error)
        finally:
            self.finished.emit()
            self.deleteLater()


def run_operation(
    parent: QWidget | None, work: Callable[[], Any], on_success: Callable[[Any], None], *,
    on_failure: Callable[[Exception], None] | None = None, label: str = "",
) -> Operation:  # fmt: skip
    """Run `work` on the database thread, then `on_success(result)` or `on_failure(error)` on the UI thread."""
    operation = Operation(parent, work, on_success, on_failure, label)
    operation.start()
    return operation
