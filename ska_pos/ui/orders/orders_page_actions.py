"""The orders page's actions, each once: its button (text, key shown on it, objectName) and its key, so the two
cannot drift apart. The texts stay in the page's translation context ("OrdersPage"), where they have always been.
A galeri jahit's buttons and keys (Ctrl+M, Ctrl+F, Ctrl+D) are the tailoring board's; they join the table here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from ska_pos.ui.widgets import ButtonRows, big_button

if TYPE_CHECKING:
    from ska_pos.ui.orders.orders_page import OrdersPage

Key = tuple[Qt.Key, bool]  # the key, and whether Ctrl is held


@dataclass(frozen=True)
class PageAction:
    name: str  # the button's objectName
    text: str  # the button's text, marked for lupdate and translated when the button is made
    key_label: str
    key: Key
    run: Callable[[OrdersPage], object]


F = Qt.Key
# fmt: off
BUTTON_ROWS: tuple[tuple[PageAction, ...], ...] = (
    (
        PageAction("ordersNew", str(QT_TRANSLATE_NOOP("OrdersPage", "New order")), "F3", (F.Key_F3, False),
                   lambda p: p.new_order()),
        PageAction("ordersNext", str(QT_TRANSLATE_NOOP("OrdersPage", "Next stage")), "F5", (F.Key_F5, False),
                   lambda p: p.next_stage()),
        PageAction("ordersPay", str(QT_TRANSLATE_NOOP("OrdersPage", "Take a payment")), "F7", (F.Key_F7, False),
                   lambda p: p.take_payment()),
        PageAction("ordersCollect", str(QT_TRANSLATE_NOOP("OrdersPage", "Collect")), "F8", (F.Key_F8, False),
                   lambda p: p.collect()),
    ),
    (
        PageAction("ordersCollectLater", str(QT_TRANSLATE_NOOP("OrdersPage", "Collect, pay later")), "Ctrl+L",
                   (F.Key_L, True), lambda p: p.collect_later()),
        PageAction("ordersGiveBack", str(QT_TRANSLATE_NOOP("OrdersPage", "Give back")), "F6", (F.Key_F6, False),
                   lambda p: p.give_back()),
        PageAction("ordersCancel", str(QT_TRANSLATE_NOOP("OrdersPage", "Cancel order")), "F9", (F.Key_F9, False),
                   lambda p: p.cancel_order()),
        PageAction("ordersPrintAgain", str(QT_TRANSLATE_NOOP("OrdersPage", "Print again")), "Ctrl+P", (F.Key_P, True),
                   lambda p: p.print_again()),
    ),
    (
        PageAction("ordersMessage", str(QT_TRANSLATE_NOOP("OrdersPage", "WhatsApp")), "F10", (F.Key_F10, False),
                   lambda p: p.send_message()),
        PageAction("ordersDebts", str(QT_TRANSLATE_NOOP("OrdersPage", "Debts")), "F11", (F.Key_F11, False),
                   lambda p: p.show_debts()),
        PageAction("ordersHeld", str(QT_TRANSLATE_NOOP("OrdersPage", "Down payments held")), "F12", (F.Key_F12, False),
                   lambda p: p.show_held()),
        PageAction("ordersBack", str(QT_TRANSLATE_NOOP("OrdersPage", "Back to the till")), "Esc", (F.Key_Escape, False),
                   lambda p: p.go_back()),
    ),
)
# fmt: on
# Keys whose control is not in the rows: the search, the filter, "More orders" under the table, the tailoring board.
OTHER_KEYS: dict[Key, Callable[[OrdersPage], object]] = {
    (F.Key_F2, False): lambda p: p.focus_search(),
    (F.Key_F4, False): lambda p: p.focus_filter(),
    (F.Key_PageDown, False): lambda p: p.load_more(),
    (F.Key_M, True): lambda p: p.tailoring.open_card(),
    (F.Key_D, True): lambda p: p.tailoring.open_due_dates(),
    (F.Key_F, True): lambda p: p.tailoring.open_fittings(),
}


def page_keys() -> dict[Key, Callable[[OrdersPage], object]]:
    return {action.key: action.run for row in BUTTON_ROWS for action in row} | OTHER_KEYS


def page_buttons(page: OrdersPage) -> tuple[ButtonRows, dict[str, QPushButton]]:
    """The rows of buttons (the tailoring board's last) and each button by its objectName."""
    buttons: dict[str, QPushButton] = {}
    for action in (action for row in BUTTON_ROWS for action in row):
        label = f"{QCoreApplication.translate('OrdersPage', action.text)} ({action.key_label})"
        button = big_button(label, action.name, label)
        button.clicked.connect(lambda _checked=False, run=action.run: run(page))
        buttons[action.name] = button
    grid: list[list[QWidget]] = [[buttons[action.name] for action in row] for row in BUTTON_ROWS]
    grid.append([page.tailoring.card_button, page.tailoring.fitted_button, page.tailoring.due_button])
    rows = ButtonRows()
    rows.set_rows(grid)
    return rows, buttons
