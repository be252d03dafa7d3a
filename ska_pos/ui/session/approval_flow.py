"""A write that may need a supervisor, as one `ui.ops.WriteOp`: try it, and when it is refused for want of an
approval, ask for one (`ui.approval.ask_approval`, for the named action) and run it again with the approval.

`work(session, approval)` runs in the op's transaction on the database thread; `on_success(result)` on the UI
thread. Other failures go to `on_failure` (by default a message box). Cancelling the approval calls `on_cancel` and
changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.services.actor import Approval
from ska_pos.services.errors import PermissionDenied
from ska_pos.ui import approval as approval_dialog
from ska_pos.ui.messages import show_error
from ska_pos.ui.ops import WriteOp

Work = Callable[[Session, Approval | None], Any]


@dataclass
class _Request:
    parent: QWidget
    database: Database
    what: str
    action: str
    work: Work
    changes: frozenset[str]
    on_success: Callable[[Any], None]
    on_failure: Callable[[Exception], None] | None
    on_cancel: Callable[[], None] | None
    label: str

    def run(self, approval: Approval | None) -> None:
        work = self.work
        WriteOp(self.parent, self.database, lambda session: work(session, approval), self.changes).success(
            self.on_success
        ).failure(lambda error: self.failed(error, approval)).with_progress(self.label).run_in_background()

    def failed(self, error: Exception, approval: Approval | None) -> None:
        if isinstance(error, PermissionDenied) and approval is None:
            self.ask_then_run()
        elif self.on_failure is not None:
            self.on_failure(error)
        else:
            show_error(self.parent, error)
            self.cancelled()

    def ask_then_run(self) -> None:
        given = approval_dialog.ask_approval(self.parent, self.database, self.what, self.action)
        if given is None:
            self.cancelled()
        else:
            self.run(given)

    def cancelled(self) -> None:
        if self.on_cancel is not None:
            self.on_cancel()


def run_with_approval(
    parent: QWidget,
    database: Database,
    what: str,
    work: Work,
    on_success: Callable[[Any], None],
    *,
    action: str,
    changes: Iterable[str],
    ask_first: bool = False,
    on_failure: Callable[[Exception], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    label: str = "",
) -> None:
    """`action` names what the supervisor approves (`actor.APPROVAL_ACTIONS`). `ask_first` for actions that always
    need a supervisor (voids, refunds); otherwise only when refused."""
    request = _Request(parent, database, what, action, work, frozenset(changes), on_success, on_failure, on_cancel,
                       label)  # fmt: skip
    if ask_first:
        request.ask_then_run()
    else:
        request.run(None)
