"""`BackgroundOp`: work that touches no database, run like the ops that do."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from ska_pos.ui.database_thread import Job
from ska_pos.ui.ops import Op

T = TypeVar("T")


class BackgroundOp(Op[T]):
    """`fn()` that touches no database (writing an export file), on the same worker, with the same feedback."""

    def __init__(self, parent: QWidget | None, fn: Callable[[], T]) -> None:
        super().__init__(parent, None, lambda _session: fn())
        self._plain = self._origin = fn

    def _work(self) -> Callable[[Job], T]:
        fn = self._plain
        return lambda _job: fn()
