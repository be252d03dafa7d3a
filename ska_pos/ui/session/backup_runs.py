"""Backups from the till: after a shift close has committed, the day's first at start, and on a till left running
for days, the first quiet spell of each business date.

They run on the database thread (`ui.ops`), never on the screen's. A backup that fails never undoes or blocks
anything: the window says so in one plain sentence (the service has logged it) and the till goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ska_pos.db.backups import Backup
from ska_pos.db.database import Database
from ska_pos.services import backups
from ska_pos.services.this_till import LocalConfig
from ska_pos.ui.messages import error_text, show_error
from ska_pos.ui.ops import Operation
from ska_pos.ui.service_op import ServiceOp
from ska_pos.ui.session.idle_lock import IdleWatcher

# A till nobody has touched for this long is between customers: the day's backup (a second or two) goes then.
QUIET_MS = 2 * 60 * 1000


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _run(parent: QWidget | None, database: Database, work: Callable[[Database], Backup | None]) -> Operation:
    def failed(error: Exception) -> None:
        show_error(parent, tr("The backup of the database failed: {reason}").format(reason=error_text(error)),
                   tr("Backup failed"))  # fmt: skip

    # a big database takes as long as its copy and check take; the till goes on meanwhile
    return ServiceOp(parent, database, work, ()).failure(failed).with_timeout(None).run_in_background()


def back_up_after_shift_close(parent: QWidget | None, database: Database, config: LocalConfig) -> Operation:
    """To be called once the close has committed."""
    return _run(parent, database, lambda db: backups.back_up_database(db.url, "shift-close", config))


def back_up_daily(parent: QWidget | None, database: Database, config: LocalConfig) -> Operation:
    return _run(parent, database, lambda db: backups.back_up_daily(db, config))


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
