"""Running a service call that may need a supervisor: try it, and when it is refused for want of an approval, ask
for one (`ui.approval.ask_approval`) and run it again with the approver.

`work(approver_id)` runs on the database thread; `on_success(result)` on the UI thread. Other failures go to
`on_failure` (by default a message box). Cancelling the approval calls `on_cancel` and changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from ska_pos.db.database import Database
from ska_pos.services.errors import PermissionDenied
from ska_pos.ui import approval
from ska_pos.ui.messages import show_error
from ska_pos.ui.session.page_ops import run_for

Work = Callable[[uuid.UUID | None], Any]


@dataclass
class _Request:
    parent: QWidget
    database: Database
    what: str
    work: Work
    on_success: Callable[[Any], None]
    on_failure: Callable[[Exception], None] | None
    on_cancel: Callable[[], None] | None
    label: str

    def run(self, approver_id: uuid.UUID | None) -> None:
        run_for(
            self.parent,
            lambda: self.work(approver_id),
            self.on_success,
            on_failure=lambda error: self.failed(error, approver_id),
            label=self.label,
        )

    def failed(self, error: Exception, approver_id: uuid.UUID | None) -> None:
        if isinstance(error, PermissionDenied) and approver_id is None:
            self.ask_then_run()
        elif self.on_failure is not None:
            self.on_failure(error)
        else:
            show_error(self.parent, error)
            self.cancelled()

    def ask_then_run(self) -> None:
        approver_id = approval.ask_approval(self.parent, self.database, self.what)
        if approver_id is None:
            self.cancelled()
        else:
            self.run(approver_id)

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
    ask_first: bool = False,
    on_failure: Callable[[Exception], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    label: str = "",
) -> None:
    """`ask_first` for actions that always need a supervisor (voids, refunds); otherwise only when refused."""
    request = _Request(parent, database, what, work, on_success, on_failure, on_cancel, label)
    if ask_first:
        request.ask_then_run()
    else:
        request.run(None)
