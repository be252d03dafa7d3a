"""`CountedWriteOp`: a `WriteOp` for long work that counts its steps (the catalogue import)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.ui.ops import Progress, WriteOp

T = TypeVar("T")


def _not_counted(_done: int, _total: int) -> None:
    return None


class CountedWriteOp(WriteOp[T]):
    """Like `WriteOp`, for long work that counts its steps: `fn(session, progress)`, where `progress(done, total)`
    moves the dialog's bar and raises OperationCancelled once the user pressed Cancel (the transaction then rolls
    back whole). Give it `with_progress(label, cancellable=True)`."""

    def __init__(
        self, parent: QWidget | None, database: Database, fn: Callable[[Session, Progress], T], changes: Iterable[str]
    ) -> None:
        # the uncounted call only names the op in the log: `_in_transaction` runs `fn` with the progress call
        super().__init__(parent, database, lambda session: fn(session, _not_counted), changes)
        self._counted = fn

    def _in_transaction(self) -> Callable[[Session, Progress], T]:
        return self._counted
