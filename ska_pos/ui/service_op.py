"""`ServiceOp`: an op for a service that opens its own transactions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from ska_pos.db.database import Database
from ska_pos.ui.database_thread import Job
from ska_pos.ui.op_changes import Changes
from ska_pos.ui.ops import Op

T = TypeVar("T")


class ServiceOp(Op[T]):
    """`fn(database)` for a service that runs several transactions of its own (building the demo shop, the print
    queue): each is one user action on its own, so there is no one session to hand it; `changes` follow success."""

    def __init__(
        self, parent: QWidget | None, database: Database, fn: Callable[[Database], T], changes: Iterable[str]
    ) -> None:
        super().__init__(parent, database, lambda _session: fn(database))
        self._service, self._topics, self._origin = fn, frozenset(changes), fn

    def _changes(self) -> Changes | None:
        return Changes(self._topics)

    def _work(self) -> Callable[[Job], T]:
        database, fn = self._database, self._service
        assert database is not None
        return lambda _job: fn(database)
