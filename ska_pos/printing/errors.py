"""The one error printing code lets out."""

from __future__ import annotations


class PrinterError(Exception):
    """A printer problem, with a message meant for the cashier (already translated)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
