"""What a committed write changed, told to every screen through one broadcaster (`operation_hub().changed`).

A screen that shows records of some kinds says so once, `refresh_on(self, {SALES, SHIFT}, self.refresh)`: it is
read again after any committed write of those kinds, wherever in the window it was made, instead of being reloaded
by hand. A screen not on view is read again when it is next shown; several writes in a row are one refresh.
`first_when_shown=True` also makes the first read wait until the screen is first shown (the manager's tabs).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

SALES, CART, SHIFT, CATALOG, WORKERS, EARNINGS, SETTINGS, PRINTING, USERS, TILLS, RULES = (
    "sales", "cart", "shift", "catalog", "workers", "earnings", "settings", "printing", "users", "tills", "rules",
)  # fmt: skip
STOCK = "stock"  # receiving, consignment, counts (a sale's stock moves with SALES)
ORDERS = "orders"
EVERYTHING = frozenset(
    {SALES, CART, SHIFT, CATALOG, WORKERS, EARNINGS, SETTINGS, PRINTING, USERS, TILLS, RULES, STOCK, ORDERS}
)

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


class ChangeListener(QObject):
    """Calls `refresh()` after a committed write of `topics`: at once when `screen` is on view, else when next shown.

    A child of the screen, so Qt disconnects it from the hub when the screen goes."""

    def __init__(
        self, screen: QWidget, topics: Iterable[str], refresh: Callable[[], object], *, first_when_shown: bool = False
    ) -> None:
        super().__init__(screen)
        self.setObjectName("changeListener")
        self._screen, self._topics, self._refresh = screen, frozenset(topics), refresh
        self.stale = first_when_shown
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)  # writes committed in one go are one read
        self._soon.timeout.connect(self._refresh_now)
        screen.installEventFilter(self)
        operation_hub().changed.connect(self._heard)

    def _heard(self, changes: Changes) -> None:
        if not changes.touches(*self._topics):
            return
        if self._screen.isVisible():
            self._soon.start()
        else:
            self.stale = True

    def _refresh_now(self) -> None:
        if not self._screen.isVisible():  # left the screen meanwhile (a save that closes its page)
            self.stale = True
            return
        self.stale = False
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While the screen is destroyed Qt still tells this filter of the children it removes, after PySide has let go
        # of this listener's Python side: a new, empty wrapper then answers here, and has nothing to do.
        screen = self.__dict__.get("_screen")
        if watched is screen and event.type() == QEvent.Type.Show and self.stale:
            self._soon.start()
        return False


def refresh_on(
    screen: QWidget, topics: Iterable[str], refresh: Callable[[], object], *, first_when_shown: bool = False
) -> ChangeListener:
    return ChangeListener(screen, topics, refresh, first_when_shown=first_when_shown)
