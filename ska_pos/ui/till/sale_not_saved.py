"""What the cashier reads when a sale could not be saved: a full or failing disk in words of its own (what happened,
that this sale is not saved and its cart is still here, and what to do, which is not simply trying again)."""

from __future__ import annotations

from ska_pos.services.errors import DiskFailure, DiskFull, plain_database_error
from ska_pos.ui.messages import error_text, tr


def not_saved_text(error: Exception) -> str:
    plain = plain_database_error(error)
    if isinstance(plain, DiskFull):
        return tr("Disk full: the sale was NOT saved; the cart is still here. Make room on the disk that "
                  "holds the database (or call the administrator), then pay again.")  # fmt: skip
    if isinstance(plain, DiskFailure):
        return tr("The disk could not be written (an I/O error): the sale was NOT saved; the cart is still "
                  "here. Pay once more; if it happens again, call the administrator: the disk may be "
                  "failing.")  # fmt: skip
    reason = plain.message if plain is not None else error_text(error)
    return tr("The sale was NOT saved: {reason}").format(reason=reason)
