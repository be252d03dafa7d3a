"""A manager's dialog: fields, a plain error line, and OK that saves through the services off the UI thread.

Dialogs are opened with `open()` and report through signals, so nothing blocks and tests can drive them.
Signal: `saved(object)` with what the save returned, just before the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from ska_pos.ui import op_changes
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till_session import TillSession


class ManagerDialog(TillDialog):
    """A till dialog with a heading, labelled fields and a save through the services."""

    saved = Signal(object)

    def __init__(self, object_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(object_name, title, parent)
        self.setMinimumWidth(520)
        self.body.addWidget(look.heading(title, f"{object_name}Title"))
        self.fields = QFormLayout()
        self.body.addLayout(self.fields)
        self.busy = False

    def add_row(self, label: str, field: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(field)
        self.fields.addRow(caption, field)

    session: TillSession
    # What a save changes, for the screens that show it (ui.op_changes.OperationHub).
    changes: frozenset[str] = frozenset({op_changes.WORKERS, op_changes.EARNINGS})

    def save_work(self) -> Callable[[Session], Any]:
        """The service call that saves the dialog (run in the save's transaction on the database thread)."""
        raise NotImplementedError

    def try_accept(self) -> None:
        if self.busy:
            return
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        self.busy = True
        self.buttons.setEnabled(False)
        WriteOp(self, self.session.database, self.save_work(), self.changes).success(self._saved).failure(
            self._failed
        ).with_progress(self.tr("Saving…")).run_in_background()

    def _saved(self, result: Any) -> None:
        self.busy = False
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.show_error(error_text(error))
