"""Checkpointing the till's database while nobody is using the till, so no sale ever pays for it.

The checkpointer's own thread does the work (`ska_pos/db/checkpoint.py`): a PASSIVE checkpoint every few seconds
keeps the log small on a till that is never idle, and after a while without a key, a touch or a click this asks it
for a TRUNCATE, which also empties the log file. The request returns at once; the work runs neither on the screen
thread nor on the one database thread of `ska_pos/ui/ops.py`, where a sale rung up at that moment would queue
behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ska_pos.db.checkpoint import Checkpointer
from ska_pos.db.database import Database
from ska_pos.ui.session.idle_lock import IdleWatcher

IDLE_MS = 30_000


class IdleCheckpoint(QObject):
    def __init__(self, checkpointer: Checkpointer, parent: QObject | None = None, *, idle_ms: int = IDLE_MS) -> None:
        super().__init__(parent)
        self.checkpointer = checkpointer
        self.watcher = IdleWatcher(self)
        self.watcher.idle.connect(self._idle)
        self.watcher.start(limit_ms=idle_ms)

    @classmethod
    def start_for(cls, database: Database, parent: QObject | None = None) -> IdleCheckpoint | None:
        """Start checkpointing a SQLite file's log; None for PostgreSQL, which needs none of this."""
        checkpointer = Checkpointer.for_engine(database.engine)
        if checkpointer is None:
            return None
        checkpointer.start()
        return cls(checkpointer, parent)

    def stop(self) -> None:
        self.watcher.stop()
        self.checkpointer.stop()

    def _idle(self) -> None:
        self.checkpointer.request(truncate=True)
        self.watcher.start()  # again after the next quiet spell
