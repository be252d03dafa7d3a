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


def plain_database_error(error: BaseException) -> ServiceError | None:
    """A driver error in words for the person at the till, never its SQL; None when `error` is no driver error.

    The one place that turns database errors into messages: every screen shows errors through it."""
    from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

    from ska_pos.i18n import _

    if not isinstance(error, DBAPIError):
        return None
    _log.warning("database error shown to the user in plain words: %s", error.orig or error)
    detail = str(error.orig or "").lower()
    if isinstance(error, OperationalError) and ("locked" in detail or "busy" in detail):
        return DatabaseBusy(_("The database is busy, try again"))
    if isinstance(error, IntegrityError):
        return DatabaseProblem(_("Someone else saved the same record at the same moment; nothing was saved, try again"))
    if isinstance(error, OperationalError):
        return DatabaseProblem(_("The database cannot be reached; nothing was saved. Try again, and call the "
                                 "administrator if it goes on"))  # fmt: skip
    return DatabaseProblem(_("The database refused this; nothing was saved. Call the administrator"))
