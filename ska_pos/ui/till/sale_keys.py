"""The sale screen's keys, bound from the action table (`sale_actions.SALE_ACTIONS`).

`SaleKeys(presenter, profile, search, table)` watches the search field and the cart table (where the cashier's focus
lives); the screen passes it the keys nothing else took. Actions of scope ANYWHERE run from any control; LINE
actions (+ − Del) act on the selected line from the table, or from the search field while it is empty (a scanner
leaves it empty after each Enter). The arrows, Enter and Esc do what the widgets there are for (`KEY_HINTS`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from ska_pos.domain.outlet_profile import OutletProfile
from ska_pos.ui.till.cart_table import CartTable
from ska_pos.ui.till.sale_actions import SaleAction, Scope, actions_for
from ska_pos.ui.till.sale_presenter import SalePresenter
from ska_pos.ui.till.search_panel import SearchPanel

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


class SaleKeys(QObject):
    def __init__(
        self, presenter: SalePresenter, profile: OutletProfile, search: SearchPanel, table: CartTable,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.presenter, self.search, self.table = presenter, search, table
        actions = actions_for(profile)
        self.anywhere = {(a.key, a.ctrl): a for a in actions if a.scope is Scope.ANYWHERE}
        self.on_line = {a.key: a for a in actions if a.scope is Scope.LINE}
        for watched in (search.field, table):
            watched.installEventFilter(self)

    def bound(self) -> list[SaleAction]:
        return [*self.anywhere.values(), *self.on_line.values()]

    def run(self, action: SaleAction) -> None:
        self.presenter.attempt(lambda: action.run(self.presenter))

    def run_key(self, event: QKeyEvent) -> bool:
        """Run the action bound to `event` anywhere on the screen (a function key or Ctrl+letter); False if none."""
        action = self.anywhere.get((Key(event.key()), bool(event.modifiers() & CTRL)))
        if action is None:
            return False
        self.run(action)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if self.run_key(event):
            return True
        if watched is self.search.field:
            return self._search_key(event)
        return self._table_key(event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key, empty = event.key(), not self.search.text()
        if key == Key.Key_Escape:
            self.presenter.clear_search()
            return True
        if key in (Key.Key_Down, Key.Key_Up) and self.search.showing_results():
            self.search.focus_results()
            return True
        if key in (Key.Key_Down, Key.Key_Up):
            self.presenter.move_selection(1 if key == Key.Key_Down else -1)
            return True
        return empty and self._line_key(key)

    def _table_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Key.Key_Return, Key.Key_Enter):
            self.presenter.attempt(self.presenter.choose_worker)
            return True
        if event.key() == Key.Key_Escape:
            self.presenter.focus_search()
            return True
        return self._line_key(event.key())

    def _line_key(self, key: int) -> bool:
        action = self.on_line.get(Key(key))
        if action is None:
            return False
        self.run(action)
        return True
