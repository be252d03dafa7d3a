"""Locking the till after a time without a key, a touch or a click.

Signal: `idle()` once the limit passes with no input; the watcher then stops until started again. It waits while
a modal dialog is open (a payment in progress is never interrupted).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

CHECK_EVERY_MS = 1000
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_ms = 5 * 60 * 1000
        self._since_input = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._watching = False

    def start(self, minutes: int | None = None, *, limit_ms: int | None = None) -> None:
        if minutes is not None:
            self.limit_ms = minutes * 60 * 1000
        if limit_ms is not None:
            self.limit_ms = limit_ms
        self._since_input.start()
        self._timer.start(min(CHECK_EVERY_MS, max(self.limit_ms // 4, 10)))
        if not self._watching:
            _application().installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        self._timer.stop()
        if self._watching:
            _application().removeEventFilter(self)
            self._watching = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._since_input.restart()
        return False

    def _check(self) -> None:
        if self._since_input.elapsed() < self.limit_ms:
            return
        if QApplication.activeModalWidget() is not None:
            return
        self.stop()
        self.idle.emit()


def _application() -> QCoreApplication:
    app = QApplication.instance()
    assert app is not None, "the idle watcher watches the running application"
    return app
