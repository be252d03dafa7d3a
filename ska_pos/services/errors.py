"""Errors a person can act on. Their messages are already in the user's language."""

from __future__ import annotations


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
