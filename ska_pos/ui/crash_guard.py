"""An error nobody caught: write it all to the log, tell the cashier in one plain sentence, keep the till running.

PySide hands an exception raised in a slot or an overridden Qt method to `sys.excepthook` and carries on, so the
hook installed here is what keeps the window alive: it logs the full traceback and shows one message box, at most
once every `QUIET_SECONDS` (an error that repeats on every repaint must not bury the till under dialogs). Before a
window is shown (start-up), and on other threads, it only logs; the previous hook still prints to the terminal.
What Python cannot catch (a segfault, an abort) is written to `logs/crash.log` by `faulthandler`; Qt's own warnings
and errors, and exceptions nobody could raise (in a `__del__`), go to the log too.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sys import UnraisableHookArgs

from PySide6.QtCore import QMessageLogContext, QThread, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ska_pos.logs import configure_logging, record_hard_crashes
from ska_pos.ui.messages import tr, translate_buttons

QUIET_SECONDS = 30.0

log = logging.getLogger(__name__)


class CrashGuard:
    def __init__(self, quiet_seconds: float = QUIET_SECONDS) -> None:
        self.quiet_seconds = quiet_seconds
        self.previous_hook = sys.excepthook
        self.previous_thread_hook = threading.excepthook
        self.previous_unraisable_hook = sys.unraisablehook
        self._last_shown: float | None = None
        self._showing = False
        self.shown = 0  # message boxes shown (the tests read it)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread
        sys.unraisablehook = self.handle_unraisable
        qInstallMessageHandler(log_qt_message)

    def uninstall(self) -> None:
        sys.excepthook = self.previous_hook
        threading.excepthook = self.previous_thread_hook
        sys.unraisablehook = self.previous_unraisable_hook
        qInstallMessageHandler(None)

    def handle_unraisable(self, unraisable: UnraisableHookArgs) -> None:
        error = unraisable.exc_value
        exc_info = (unraisable.exc_type, error, unraisable.exc_traceback) if error is not None else None
        log.error("error nobody could catch: %s %r", unraisable.err_msg or "", unraisable.object, exc_info=exc_info)

    def handle(self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous_hook(kind, error, traceback)
            return
        log.critical("unexpected error", exc_info=(kind, error, traceback))
        if not self._tell_the_cashier():
            self.previous_hook(kind, error, traceback)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical(
            "unexpected error in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
        )

    def _tell_the_cashier(self) -> bool:
        """Show the message when a window is up, on the UI thread, not too often; False when nothing was shown."""
        app = QApplication.instance()
        if not isinstance(app, QApplication) or QThread.currentThread() is not app.thread():
            return False
        if not any(widget.isVisible() for widget in app.topLevelWidgets()):
            return False  # start-up: no window yet; the log has it
        now = time.monotonic()
        if self._showing or (self._last_shown is not None and now - self._last_shown < self.quiet_seconds):
            return True  # logged; one message is enough
        self._last_shown, self._showing = now, True
        try:
            self.shown += 1
            show_crash_message(app.activeWindow())
        finally:
            self._showing = False
        return True


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("qt")


def log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str | None) -> None:
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, context.category or "default")


def crash_message() -> str:
    return tr("Something went wrong. Sales already saved are safe. The details are written in the log.")


def show_crash_message(parent: QWidget | None) -> None:
    text = crash_message()
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("Something went wrong"), text, QMessageBox.StandardButton.Ok,
        parent,
    )  # fmt: skip
    box.setObjectName("crashMessage")
    box.setAccessibleName(text)
    translate_buttons(box)
    box.exec()


_guard: CrashGuard | None = None


def install_crash_guard() -> CrashGuard:
    """Log to the data folder and catch every uncaught error from now on (once per process)."""
    global _guard
    configure_logging()
    record_hard_crashes()
    if _guard is None:
        _guard = CrashGuard()
        _guard.install()
    return _guard
