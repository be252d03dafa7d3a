"""The one thread all database work of the window runs on, first come first served, and its jobs.

SQLite has a single writer, and a till's scans must reach the database in the order they were made, so there is one
thread. It is a plain thread, not Qt's pool (which kept every job it ran for the life of the application), and it
lets go of each job before it says the job is done: the last reference to a job's work (whose closures may hold a
screen) and to its outcome is dropped on the screen's thread, the only one where Qt objects may die (`garbage.py`
keeps Python's cycle collector there too). It reports through a `Relay`, made on the screen's thread and kept for
the life of the application; `ops.py` turns its news into what the screen shows.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from ska_pos.db.database import WriteInReadingSession
from ska_pos.services.errors import ServiceError
from ska_pos.slow_operations import operation_name, run_timed
from ska_pos.ui.messages import tr

_log = logging.getLogger(__name__)

_worker: DatabaseThread | None = None


class OperationCancelled(ServiceError):
    """The user pressed Cancel."""


class Relay(QObject):
    """Carries "operation id is done", and (operation id, done, total) progress, from the database thread to the
    screen's thread."""

    done = Signal(int)  # plain numbers: no Python object crosses the threads inside Qt's queued events
    progressed = Signal(int, int, int)


class DatabaseThread:
    """The one thread that runs every job, in the order they were started."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()  # None: stop once the jobs before it ran
        self._thread = threading.Thread(target=self._serve, name="database", daemon=True)
        self._thread.start()

    def start(self, job: Job) -> None:
        self._jobs.put(job)

    def stop(self, timeout_s: float) -> bool:
        """Lets the jobs already started run (for at most `timeout_s`) and ends the thread; True when it ended."""
        self._jobs.put(None)
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            operation_id, relay = job.operation_id, job.relay
            job.run()
            del job  # before telling: the UI thread, which still holds the job and its outcome, frees them
            try:
                relay.done.emit(operation_id)
            except Exception:  # the thread must live on for the jobs after this one
                _log.exception("telling the screen that operation %s is done failed", operation_id)


def database_thread() -> DatabaseThread:
    global _worker
    if _worker is None:
        _worker = DatabaseThread()
    return _worker


def stop_database_thread(timeout_s: float = 10.0) -> None:
    """At exit, before the database is closed: the writes already started are finished, not cut off."""
    global _worker
    if _worker is not None and not _worker.stop(timeout_s):
        _log.warning("the database thread was still working %s s after the window closed", timeout_s)
    _worker = None


class Job:
    """The worker's side of an operation: runs `work(job)` and keeps its outcome for the UI thread, remembers the
    connection it uses so that the UI thread can interrupt it, and forgets it before the next job may take the same
    connection from the pool."""

    def __init__(
        self, operation_id: int, work: Callable[[Job], Any], relay: Relay, origin: Callable[..., object]
    ) -> None:
        self.operation_id, self.work, self.relay, self.origin = operation_id, work, relay, origin
        self.outcome: tuple[Any, Exception | None] = (None, None)  # set by `run`, taken by the UI thread
        self.started_at: float | None = None  # `time.monotonic()` when the worker took it from the queue
        self._lock = threading.Lock()
        self._connection: Any = None
        self._interrupted = False

    def use(self, session: Session) -> None:
        """Called on the worker with the op's session: from now on a cancel interrupts its statement."""
        connection = session.connection().connection.dbapi_connection
        with self._lock:
            if self._interrupted:
                raise OperationCancelled(tr("Cancelled; nothing was saved"))
            self._connection = connection

    def report(self, done: int, total: int) -> None:
        """Called on the worker by work that counts its steps: moves the progress dialog, and raises
        OperationCancelled once the user has pressed Cancel (work that is not in a statement stops here)."""
        with self._lock:
            if self._interrupted:
                raise OperationCancelled(tr("Cancelled; nothing was saved"))
        self.relay.progressed.emit(self.operation_id, done, total)

    def interrupt(self) -> None:
        """From the UI thread: stop the statement under way, if the driver can."""
        with self._lock:
            self._interrupted = True
            connection = self._connection
            if connection is None:
                return
            stop = getattr(connection, "interrupt", None) or getattr(connection, "cancel", None)
            try:
                if stop is not None:
                    stop()
            except Exception:  # the statement may just have ended; nothing to stop
                _log.debug("interrupting a database statement failed", exc_info=True)

    def run(self) -> None:
        """On the worker: `outcome` becomes (result, None) or (None, error); the worker then says it is done."""
        self.started_at = time.monotonic()
        try:
            # notes slow and failed work in the log, by the name of the function the screen gave
            self.outcome = (run_timed(lambda: self.work(self), name=operation_name(self.origin)), None)
        except Exception as error:  # reported to the UI thread, never lost
            if isinstance(error, WriteInReadingSession):
                _log.error("a read operation tried to write", exc_info=error)
            self.outcome = (None, error)
        except BaseException as stop:  # SystemExit and the like end this job, not the database thread
            _log.error("an operation raised %s", type(stop).__name__, exc_info=stop)
            self.outcome = (None, RuntimeError(type(stop).__name__))
        finally:
            self._forget()

    def _forget(self) -> None:
        with self._lock:
            self._connection = None
