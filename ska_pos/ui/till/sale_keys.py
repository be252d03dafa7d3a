"""The keys and the buttons of the sale screen, bound to the same actions (see `keymap.KEY_MAP`).

`SaleKeys(screen)` watches the search field and the cart table (where the cashier's focus lives) and the screen
itself: function keys and Ctrl+letters run anywhere on the screen; + - Del act on the selected line from the table,
or from the search field while it is empty (a scanner leaves it empty after each Enter).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from ska_pos.ui.till.action_bar import Action

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_screen import SaleScreen

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


class SaleKeys(QObject):
    def __init__(self, screen: SaleScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.bindings = self._bindings()

    def actions(self) -> list[list[Action]]:
        screen = self.screen
        line = screen.line_actions
        cart_row = [
            Action("actionWorker", self.tr("Worker"), "F4", line.choose_worker),
            Action("actionLineDiscount", self.tr("Discount"), "F5", line.line_discount),
            Action("actionQuantity", self.tr("Quantity"), "F7", line.quantity),
            Action("actionMore", self.tr("One more"), "+", lambda: screen.step_quantity(1)),
            Action("actionLess", self.tr("One less"), "−", lambda: screen.step_quantity(-1)),
            Action("actionRemove", self.tr("Remove line"), "Del", screen.remove_line),
            Action("actionPrice", self.tr("Price"), "Ctrl+P", line.price),
        ]
        if screen.session.profile.kitchen_tickets:
            cart_row.append(Action("actionNote", self.tr("Kitchen note"), "Ctrl+N", line.note))
        sale_row = [
            Action("actionHelp", self.tr("Help"), "F1", screen.helpRequested.emit),
            Action("actionJournal", self.tr("Journal"), "F3", screen.journalRequested.emit),
            Action("actionShift", self.tr("Shift"), "F6", screen.shiftRequested.emit),
            Action("actionLock", self.tr("Lock"), "F10", screen.lockRequested.emit),
            Action("actionSaleDiscount", self.tr("Sale discount"), "F11", line.sale_discount),
            Action("actionHold", self.tr("Hold"), "F8", screen.flow.hold),
            Action("actionRecall", self.tr("Recall"), "F9", screen.flow.recall),
            Action("actionPay", self.tr("PAY"), "F12", screen.flow.pay, role="primary"),
        ]
        return [cart_row, sale_row]

    def _bindings(self) -> dict[tuple[Key, bool], Callable[[], None]]:
        screen = self.screen
        line, flow = screen.line_actions, screen.flow
        plain: dict[Key, Callable[[], None]] = {
            Key.Key_F1: screen.helpRequested.emit,
            Key.Key_F2: screen.focus_search,
            Key.Key_F3: screen.journalRequested.emit,
            Key.Key_F4: line.choose_worker,
            Key.Key_F5: line.line_discount,
            Key.Key_F6: screen.shiftRequested.emit,
            Key.Key_F7: line.quantity,
            Key.Key_F8: flow.hold,
            Key.Key_F9: flow.recall,
            Key.Key_F10: screen.lockRequested.emit,
            Key.Key_F11: line.sale_discount,
            Key.Key_F12: flow.pay,
        }
        ctrl: dict[Key, Callable[[], None]] = {Key.Key_P: line.price}
        profile = screen.session.profile
        if profile.kitchen_tickets:
            ctrl |= {Key.Key_N: line.note}
        if profile.dine_in_and_tables:
            ctrl |= {Key.Key_D: screen.order_bar.toggle, Key.Key_T: screen.focus_table_no}
        return {(key, False): run for key, run in plain.items()} | {(key, True): run for key, run in ctrl.items()}

    def run(self, event: QKeyEvent) -> bool:
        """Run the action bound to `event` (a function key or Ctrl+letter); False when none is."""
        ctrl = bool(event.modifiers() & CTRL)
        run = self.bindings.get((Key(event.key()), ctrl))
        if run is None:
            return False
        self.screen.attempt(run)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if self.run(event):
            return True
        if watched is self.screen.search.field:
            return self._search_key(event)
        return self._table_key(event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key, empty = event.key(), not self.screen.search.text()
        if key == Key.Key_Escape:
            self.screen.message.clear_message()
            self.screen.search.reset()
            return True
        if key in (Key.Key_Down, Key.Key_Up) and self.screen.search.showing_results():
            self.screen.search.focus_results()
            return True
        if key in (Key.Key_Down, Key.Key_Up):
            self.screen.move_selection(1 if key == Key.Key_Down else -1)
            return True
        return empty and self._line_key(key)

    def _table_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Key.Key_Return, Key.Key_Enter):
            self.screen.attempt(self.screen.line_actions.choose_worker)
            return True
        if event.key() == Key.Key_Escape:
            self.screen.focus_search()
            return True
        return self._line_key(event.key())

    def _line_key(self, key: int) -> bool:
        actions = {
            Key.Key_Plus: lambda: self.screen.step_quantity(1),
            Key.Key_Minus: lambda: self.screen.step_quantity(-1),
            Key.Key_Delete: self.screen.remove_line,
        }
        run = actions.get(Key(key))
        if run is None:
            return False
        self.screen.attempt(run)
        return True
