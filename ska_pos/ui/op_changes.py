"""What a committed write changed, told to every screen through one broadcaster (`operation_hub().changed`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

SALES, CART, SHIFT, CATALOG, WORKERS, EARNINGS, SETTINGS, PRINTING, USERS, TILLS = (
    "sales", "cart", "shift", "catalog", "workers", "earnings", "settings", "printing", "users", "tills",
)  # fmt: skip
EVERYTHING = frozenset({SALES, CART, SHIFT, CATALOG, WORKERS, EARNINGS, SETTINGS, PRINTING, USERS, TILLS})

_hub: OperationHub | None = None


@dataclass(frozen=True)
class Changes:
    """What kinds of records one committed write changed (`SALES`, `SHIFT`, ...)."""

    topics: frozenset[str]

    def touches(self, *topics: str) -> bool:
        return not self.topics.isdisjoint(topics)


class OperationHub(QObject):
    """The application's one broadcaster: `changed(Changes)` after every committed `WriteOp`."""

    changed = Signal(object)


def operation_hub() -> OperationHub:
    global _hub
    if _hub is None:
        _hub = OperationHub()
    return _hub
