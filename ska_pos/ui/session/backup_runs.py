"""Backups from the till: after a shift close has committed, and the day's first at start.

They run on the database thread (`ui.ops`), never on the screen's. A backup that fails never undoes or blocks
anything: the window says so in one plain sentence (the service has logged it) and the till goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ska_pos.db.backups import Backup
from ska_pos.db.database import Database
from ska_pos.services import backups
from ska_pos.services.this_till import LocalConfig
from ska_pos.ui.messages import error_text, show_error
from ska_pos.ui.ops import Operation, run_operation


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _run(parent: QWidget | None, work: Callable[[], Backup | None]) -> Operation:
    def failed(error: Exception) -> None:
        show_error(parent, tr("The backup of the database failed: {reason}").format(reason=error_text(error)),
                   tr("Backup failed"))  # fmt: skip

    return run_operation(parent, work, lambda _backup: None, on_failure=failed)


def back_up_after_shift_close(parent: QWidget | None, database: Database, config: LocalConfig) -> Operation:
    """To be called once the close has committed."""
    return _run(parent, lambda: backups.back_up_database(database.url, "shift-close", config))


def back_up_daily(parent: QWidget | None, database: Database, config: LocalConfig) -> Operation:
    return _run(parent, lambda: backups.back_up_daily(database, config))
