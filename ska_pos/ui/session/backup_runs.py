"""Backups from the till: after a shift close has committed, the day's first at start, and on a till left running
for days, the first quiet spell of each business date.

They run one at a time on a thread of their own: neither on the screen's thread nor on the one database thread
(`ui/database_thread.py`). A backup copies and checks the whole file (a till with years of sales: 1.3 GB, half a
minute and more): queued on the database thread, the day's first start put it before the login page's read, which
waited for it and timed out (`ops.DEFAULT_TIMEOUT_S`), and a shift close put it before the next cashier's login.
The copy reads the file through its own read-only connection (WAL: the till goes on writing meanwhile). A backup
that fails never undoes or blocks anything: the window says so in one plain sentence (the service has logged it) and
the till goes on. A backup still running when the window closes gets ten seconds to finish, then is abandoned (its
partial file never gets a backup's name) and made at the next start.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QWidget

from ska_pos.db.backups import Backup
from ska_pos.db.database import Database
from ska_pos.services.this_till import LocalConfig
from ska_pos.ui.messages import error_text, show_error
from ska_pos.ui.session.idle_lock import IdleWatcher
from ska_pos.ui.timers import one_shot

_log = logging.getLogger(__name__)

# A till nobody has touched for this long is between customers: the day's backup (a second or two) goes then.
QUIET_MS = 2 * 60 * 1000
# The start's daily backup waits this long after the first page has shown: begun with the window, its imports and
# its reads took the interpreter from the start's own and made the login page later (benchmarks/till_scale.py).
AFTER_FIRST_PAGE_MS = 1000


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class _Relay(QObject):
    """Made on the screen's thread and kept for the application's life: carries (backup number, error or None)
    from the backup thread to its own slot, which runs on the screen's thread (the relay lives there)."""

    done = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.on_failure: dict[int, Callable[[Exception], None]] = {}
        self.done.connect(self._deliver)

    @Slot(int, object)
    def _deliver(self, number: int, error: Exception | None) -> None:
        on_failure = self.on_failure.pop(number)
        if error is not None:
            on_failure(error)


class BackupThread:
    """The thread that makes the till's backups, one after the other. Its jobs hold the database and the
    machine's settings, never a Qt object: whatever the screen does with the outcome stays on the screen's thread."""

    def __init__(self) -> None:
        self.relay = _Relay()
        self._numbers = itertools.count(1)
        self._jobs: queue.SimpleQueue[tuple[int, Callable[[], object]]] = queue.SimpleQueue()
        self._idle = threading.Event()
        self._idle.set()
        self._waiting = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, name="backups", daemon=True)
        self._thread.start()

    def start(self, work: Callable[[], object], on_failure: Callable[[Exception], None]) -> None:
        number = next(self._numbers)
        self.relay.on_failure[number] = on_failure
        with self._lock:
            self._waiting += 1
            self._idle.clear()
        self._jobs.put((number, work))

    def wait_idle(self, timeout_s: float) -> bool:
        """True once every backup started has ended (tests wait for it)."""
        return self._idle.wait(timeout_s)

    def _serve(self) -> None:
        while True:
            number, work = self._jobs.get()
            error: Exception | None = None
            try:
                work()
            except Exception as failure:  # said on the screen; the thread lives on for the next backup
                error = failure
            except BaseException as stop:  # SystemExit and the like end this backup, not the thread
                _log.error("a backup raised %s", type(stop).__name__, exc_info=stop)
                error = RuntimeError(type(stop).__name__)
            del work
            try:
                self.relay.done.emit(number, error)
            except Exception:
                _log.exception("telling the screen that backup %s ended failed", number)
            with self._lock:
                self._waiting -= 1
                if not self._waiting:
                    self._idle.set()


_thread: BackupThread | None = None


def backup_thread() -> BackupThread:
    """The backup thread (made on first use, which must be on the screen's thread)."""
    global _thread
    if _thread is None:
        _thread = BackupThread()
    return _thread


def wait_for_backups(timeout_s: float) -> None:
    """At exit: a backup under way (the shift close's, queued just before the cashier quit) gets `timeout_s` to
    finish; one still copying then is abandoned and made at the next start."""
    if _thread is not None and not _thread.wait_idle(timeout_s):
        _log.warning("a backup was still running %s s after the window closed; the next start makes it", timeout_s)


def _run(parent: QWidget | None, database: Database, work: Callable[[Database], Backup | None]) -> None:
    def failed(error: Exception) -> None:
        show_error(parent, tr("The backup of the database failed: {reason}").format(reason=error_text(error)),
                   tr("Backup failed"))  # fmt: skip

    backup_thread().start(lambda: work(database), failed)


def _after_shift_close(config: LocalConfig) -> Callable[[Database], Backup | None]:
    def work(database: Database) -> Backup | None:
        from ska_pos.services import backups  # on the backup thread: the till's start never waits for this import

        return backups.back_up_database(database.url, "shift-close", config)

    return work


def _daily(config: LocalConfig) -> Callable[[Database], Backup | None]:
    def work(database: Database) -> Backup | None:
        from ska_pos.services import backups

        return backups.back_up_daily(database, config)

    return work


def back_up_after_shift_close(parent: QWidget | None, database: Database, config: LocalConfig) -> None:
    """To be called once the close has committed."""
    _run(parent, database, _after_shift_close(config))


def back_up_daily(parent: QWidget | None, database: Database, config: LocalConfig) -> None:
    _run(parent, database, _daily(config))


class StartBackup(QObject):
    """The start's daily backup, `AFTER_FIRST_PAGE_MS` after `page_shown` first fires (the window's first page), or
    at once when the window closes sooner (`start_now`): the day's first start always makes the day's backup."""

    def __init__(
        self, window: QWidget, page_shown: SignalInstance, database: Database, config: Callable[[], LocalConfig]
    ) -> None:
        super().__init__(window)
        self._window, self._database, self._config = window, database, config
        self._pending = True
        self._waiting_for_page = True
        page_shown.connect(self._page_shown)

    def _page_shown(self, _page: QWidget) -> None:
        if self._waiting_for_page:
            self._waiting_for_page = False
            one_shot(self, AFTER_FIRST_PAGE_MS, self.start_now)

    def start_now(self) -> None:
        if self._pending:
            self._pending = False
            back_up_daily(self._window, self._database, self._config())


class DailyBackupWatch(QObject):
    """After each quiet spell, the day's backup if the outlet's date has none yet (a read and a folder listing when
    it has: the backup itself runs once a day). `config()` is read each time: the till may have been moved."""

    def __init__(
        self, parent: QWidget, database: Database, config: Callable[[], LocalConfig], *, quiet_ms: int = QUIET_MS
    ) -> None:
        super().__init__(parent)
        self._parent, self._database, self._config = parent, database, config
        self.watcher = IdleWatcher(self)
        self.watcher.idle.connect(self._quiet)
        self.watcher.start(limit_ms=quiet_ms)

    def stop(self) -> None:
        self.watcher.stop()

    def _quiet(self) -> None:
        back_up_daily(self._parent, self._database, self._config())
        self.watcher.start()  # again after the next quiet spell
