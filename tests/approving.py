"""A supervisor at the till in a test: the real approval dialog checks their PIN, without being shown.

Tests stand in for the person, never for the PIN check: the `Approval` comes from `auth.approve` through the dialog's
own code (`ska_pos/ui/approval.py`), as when the supervisor types their PIN. The check runs on the database thread;
this waits for the dialog's `checkEnded`, which every check emits once (approved, refused, failed or timed out), and
is connected before the PIN is given, so it cannot be missed."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QWidget
from shop import PINS, USERNAMES

from ska_pos.db.database import Database
from ska_pos.services.actor import Approval
from ska_pos.ui.approval import ApprovalDialog


def approve_in_dialog(
    parent: QWidget | None, database: Database, what: str, action: str, who: str = "supervisor"
) -> Approval | None:
    """What the dialog gives when `who` (a role of the test shop, or a user name) types their PIN."""
    username = USERNAMES.get(who, who)
    dialog = ApprovalDialog(database, what, action, parent)
    dialog.username.setText(username)
    loop = QEventLoop()
    dialog.checkEnded.connect(loop.quit)
    dialog.pin_pad.submitted.emit(PINS[username])
    loop.exec()  # the op's own timeout ends the check if the database never answers
    given = dialog.approval
    dialog.deleteLater()
    return given
