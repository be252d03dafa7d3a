"""Errors a person can act on. Their messages are already in the user's language."""

from __future__ import annotations

import logging

_log = logging.getLogger(__name__)


class ServiceError(Exception):
    """Base of every refusal a service makes; `str(error)` is the message to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ServiceError):
    """The input is wrong; nothing was written."""


class NotFound(ServiceError):
    """What was asked for does not exist (or is not in this outlet)."""


class PermissionDenied(ServiceError):
    """The user may not do this, or a supervisor's approval is needed."""


class DatabaseBusy(ServiceError):
    """Another till or a long job held the database longer than a till waits; nothing was written."""


class DatabaseProblem(ServiceError):
    """The database refused or could not do the work; nothing was written."""


class DiskFull(DatabaseProblem):
    """The disk that holds the database is full; nothing was written."""


class DiskFailure(DatabaseProblem):
    """The disk that holds the database could not be written or read (an I/O error); nothing was written."""


def plain_database_error(error: BaseException) -> ServiceError | None:
    """A driver error in words for the person at the till, never its SQL; None when `error` is no driver error.

    The one place that turns database errors into messages: every screen shows errors through it."""
    from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

    from ska_pos.i18n import _

    if not isinstance(error, DBAPIError):
        return None
    _log.warning("database error shown to the user in plain words: %s", error.orig or error)
    disk = _disk_problem(error.orig)
    if disk is not None:
        return disk
    detail = str(error.orig or "").lower()
    if isinstance(error, OperationalError) and ("locked" in detail or "busy" in detail):
        return DatabaseBusy(_("The database is busy, try again"))
    if isinstance(error, IntegrityError):
        rule = _broken_rule(error.orig)
        if rule is not None:
            return DatabaseProblem(_("This entry breaks a rule of the data: {rule}; nothing was saved. Call the "
                                     "administrator if it goes on", rule=rule))  # fmt: skip
        return DatabaseProblem(_("Someone else saved the same record at the same moment; nothing was saved, try again"))
    if isinstance(error, OperationalError):
        return DatabaseProblem(_("The database cannot be reached; nothing was saved. Try again, and call the "
                                 "administrator if it goes on"))  # fmt: skip
    return DatabaseProblem(_("The database refused this; nothing was saved. Call the administrator"))


# SQLite's result codes (`sqlite3.Error.sqlite_errorname`, any extended IOERR_*) and PostgreSQL's SQLSTATEs
# (disk_full, io_error) of a disk that is full or failing, wherever the database keeps its files.
_FULL = ("SQLITE_FULL", "53100")
_IO_ERROR = ("SQLITE_IOERR", "58030")


def _disk_problem(driver_error: BaseException | None) -> DatabaseProblem | None:
    """A full or failing disk gets its own words: trying again does not help, making room or a new disk does."""
    from ska_pos.i18n import _

    code = str(getattr(driver_error, "sqlite_errorname", None) or getattr(driver_error, "sqlstate", None) or "")
    if code.startswith(_FULL):
        return DiskFull(_("The disk is full: nothing was saved. Make room on the disk that holds the database (or "
                          "call the administrator), then try again"))  # fmt: skip
    if code.startswith(_IO_ERROR):
        return DiskFailure(_("The disk could not be written (an I/O error): nothing was saved. Try once more; if it "
                             "happens again, stop and call the administrator: the disk may be failing"))  # fmt: skip
    return None


# PostgreSQL's SQLSTATEs of an IntegrityError that mean a race with another till (a unique key taken, a row it
# points to gone); every other one (a CHECK, a NOT NULL) is a rule the entry itself breaks, and trying again
# changes nothing.
_RACE_STATES = {"23505", "23503"}
_SQLITE_RACES = ("unique constraint failed", "foreign key constraint failed")


def _broken_rule(driver_error: BaseException | None) -> str | None:
    """The name of the data rule an IntegrityError broke (a CHECK, or a NOT NULL), or None for a race.

    SQLite says `CHECK constraint failed: ck_x`, or the trigger's own `ck_x: why` for a rule it cannot add as a
    CHECK (migration 0004); PostgreSQL gives the SQLSTATE and the constraint's name."""
    if driver_error is None:
        return None
    state = getattr(driver_error, "sqlstate", None) or getattr(driver_error, "pgcode", None)
    if state is not None:
        if state in _RACE_STATES:
            return None
        diag = getattr(driver_error, "diag", None)
        return str(getattr(diag, "constraint_name", None) or getattr(diag, "column_name", None) or state)
    detail = str(driver_error)
    if detail.lower().startswith(_SQLITE_RACES):
        return None
    name, _separator, rest = detail.partition(":")
    return (rest if "constraint failed" in name.lower() else name).strip() or detail
