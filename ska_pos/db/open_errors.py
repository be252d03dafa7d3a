"""Why a database could not be opened: one sentence for the person at the till, already in their language.

Raised before anything is written. The command line prints `message` and exits with 1; the desktop app shows it
in a window (ska_pos/ui/startup_error.py).
"""

from __future__ import annotations


class DatabaseOpenError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FolderMissing(DatabaseOpenError):
    """The folder of the configured SQLite file does not exist (SKA POS does not invent folders)."""


class NotADatabase(DatabaseOpenError):
    """The file is not a SQLite database at all."""


class DatabaseDamaged(DatabaseOpenError):
    """A SQLite file whose pages fail SQLite's own check."""


class CannotOpenFile(DatabaseOpenError):
    """The operating system or SQLite refused the file (permissions, a folder in its place)."""


class NotSkaPosDatabase(DatabaseOpenError):
    """Tables but no SKA POS schema version: another program's database, or a set-up from before set-ups were
    made all or nothing."""


class DatabaseTooNew(DatabaseOpenError):
    """The schema was made by a newer SKA POS than this one."""


class UpgradeNeeded(DatabaseOpenError):
    """A shared database whose schema is missing or older than this SKA POS; only the administrator upgrades it."""


class ServerUnreachable(DatabaseOpenError):
    """No answer from the database server."""


class ServerRefused(DatabaseOpenError):
    """The server answered but refused (wrong password, no such database)."""


class UpgradeFailed(DatabaseOpenError):
    """Keeping the copy or running the migration failed; the database is as it was."""
