"""Every action of the sale screen, declared once: its id, button text, key, what it does, and on which outlets.

`SALE_ACTIONS` builds the buttons (`action_bar.ActionBar`), the keys (`sale_keys.SaleKeys`), the F1 help
(`ui.help.key_map`) and the README's key table (`ui.help.readme_keys`; a test fails when the README differs).
`KEY_HINTS` are keys the widgets themselves handle (Enter in the field, the arrows, Esc): the help lists them in
the same table. Button texts are translated under the context "SaleKeys", descriptions under "KeyMap".

An action with `needs` shows (button, key) only where the outlet's profile has that capability
(`domain.outlet_profile.OutletProfile`); the help lists it everywhere, saying for which outlets it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ska_pos.domain.outlet_profile import OutletProfile

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_presenter import SalePresenter

Key = Qt.Key
BUTTONS = "SaleKeys"
HELP = "KeyMap"


class Scope(Enum):
    ANYWHERE = "anywhere"  # from any control of the sale screen
    LINE = "line"  # from the cart, or from the search field while it is empty (a scanner leaves it so)


# Keys whose name people read differs from Qt's; any other is Qt's `Key_` + its name ("F4", "P").
_KEYS_BY_LABEL = {"+": Key.Key_Plus, "−": Key.Key_Minus, "Del": Key.Key_Delete}
_CTRL = "Ctrl+"


@dataclass(frozen=True)
class SaleAction:
    id: str
    key_label: str  # the key as people read it, and so as it is bound: "F4", "Ctrl+P", "+"
    run: Callable[[SalePresenter], None]
    what: str = ""  # what it does, for the help and the README, English (context "KeyMap")
    text: str = ""  # the button's text, English (context "SaleKeys"); "" when the action has no button
    scope: Scope = Scope.ANYWHERE
    button: tuple[int, int] | None = None  # (row, column) on the action bar
    needs: str | None = None  # an `OutletProfile` capability
    role: str = ""

    @property
    def key(self) -> Key:
        name = self.key_label.removeprefix(_CTRL)
        return _KEYS_BY_LABEL.get(name) or Key.__members__[f"Key_{name}"]

    @property
    def ctrl(self) -> bool:
        return self.key_label.startswith(_CTRL)

    @property
    def object_name(self) -> str:
        return "action" + "".join(part.capitalize() for part in self.id.split("_"))

    def shows_on(self, profile: OutletProfile) -> bool:
        return self.needs is None or bool(getattr(profile, self.needs))


@dataclass(frozen=True)
class KeyHint:
    key_label: str
    what: str


# In the order the help and the README list them.
def _open_tables(presenter: SalePresenter) -> None:
    from ska_pos.ui.tabs.till_tabs import open_tables  # the tabs' screens load when first asked for

    open_tables(presenter)


SALE_ACTIONS: tuple[SaleAction, ...] = (
    SaleAction(
        "help",
        "F1",
        lambda p: p.show_page("help"),
        button=(1, 0),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Help")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Help: show these keys")),
    ),
    SaleAction(
        "search",
        "F2",
        lambda p: p.focus_search(),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Go to the search and barcode field")),
    ),
    SaleAction(
        "journal",
        "F3",
        lambda p: p.show_page("journal"),
        button=(1, 1),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Journal")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Today's journal: reprint, void, refund")),
    ),
    SaleAction(
        "worker",
        "F4",
        lambda p: p.choose_worker(),
        button=(0, 0),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Worker")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Choose the worker of the selected line")),
    ),
    SaleAction(
        "line_discount",
        "F5",
        lambda p: p.line_discount(),
        button=(0, 1),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Discount")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Discount on the selected line")),
    ),
    SaleAction(
        "shift",
        "F6",
        lambda p: p.show_page("shift"),
        button=(1, 2),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Shift")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Shift: cash in and out, close the shift")),
    ),
    SaleAction(
        "quantity",
        "F7",
        lambda p: p.quantity(),
        button=(0, 2),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Quantity")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Type the quantity of the selected line (for example 1,5 kg)")),
    ),
    SaleAction(
        "hold",
        "F8",
        lambda p: p.hold(),
        button=(1, 5),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Hold")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Hold this sale")),
    ),
    SaleAction(
        "recall",
        "F9",
        lambda p: p.recall(),
        button=(1, 6),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Recall")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Recall a held sale")),
    ),
    SaleAction(
        "lock",
        "F10",
        lambda p: p.show_page("lock"),
        button=(1, 3),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Lock")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Lock the till")),
    ),
    SaleAction(
        "sale_discount",
        "F11",
        lambda p: p.sale_discount(),
        button=(1, 4),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Sale discount")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Discount on the whole sale")),
    ),
    SaleAction(
        "pay",
        "F12",
        lambda p: p.pay(),
        button=(1, 7),
        role="primary",
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "PAY")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Pay")),
    ),
    SaleAction(
        "more",
        "+",
        lambda p: p.step_quantity(1),
        scope=Scope.LINE,
        button=(0, 3),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "One more")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "One more of the selected line")),
    ),
    SaleAction(
        "less",
        "−",
        lambda p: p.step_quantity(-1),
        scope=Scope.LINE,
        button=(0, 4),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "One less")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "One less of the selected line")),
    ),
    SaleAction(
        "remove",
        "Del",
        lambda p: p.remove_line(),
        scope=Scope.LINE,
        button=(0, 5),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Remove line")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Remove the selected line (when the search field is empty)")),
    ),
    SaleAction(
        "price",
        "Ctrl+P",
        lambda p: p.price(),
        button=(0, 6),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Price")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Change the price of the selected line (supervisor)")),
    ),
    SaleAction(
        "note",
        "Ctrl+N",
        lambda p: p.note(),
        button=(0, 7),
        needs="kitchen_tickets",
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Kitchen note")),
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Note for the kitchen on the selected line")),
    ),
    SaleAction(
        "options",
        "Ctrl+O",
        lambda p: p.choose_modifiers(),
        needs="kitchen_tickets",
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Options")),  # its button is under the search (the bar is full)
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Options of the selected line: sugar, ice, size, extras")),
    ),
    SaleAction(
        "customer",
        "Ctrl+K",
        lambda p: p.customer(),
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Customer")),  # its button is under the search (the bar is full)
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Find or add the customer of this sale")),
    ),
    SaleAction(
        "split_bill",
        "Ctrl+B",
        lambda p: p.split_bill(),
        needs="dine_in_and_tables",
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Split bill")),  # its button is under the search (the bar is full)
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Split the bill: pay it in parts by items")),
    ),
    SaleAction(
        "tables",
        "Ctrl+E",
        _open_tables,
        needs="dine_in_and_tables",
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Tables")),  # its button is in the order bar (the bar is full)
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Tables and their open tabs: send a round, move, merge, void, pay")),
    ),
    SaleAction(
        "orders",
        "Ctrl+R",
        lambda p: p.show_page("orders"),
        needs="order_intake_with_due_dates",
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Orders")),  # its button is under the search (the bar is full)
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Orders: take one, find, move, pay, collect")),
    ),
    SaleAction(
        "packages",
        "Ctrl+G",
        lambda p: p.show_page("packages"),
        needs="prepaid_packages",
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Packages")),  # its button is under the search (the bar is full)
        what=str(QT_TRANSLATE_NOOP("KeyMap", "A customer's prepaid packages: use a session, sell one")),
    ),
    SaleAction(
        "salon",
        "Ctrl+J",
        lambda p: p.show_page("salon"),
        needs="appointments",
        text=str(QT_TRANSLATE_NOOP("SaleKeys", "Queue and appointments")),  # its button is under the search
        what=str(QT_TRANSLATE_NOOP("KeyMap", "The salon's walk-in queue and today's appointments per worker")),
    ),
    SaleAction(
        "dine_in",
        "Ctrl+D",
        lambda p: p.toggle_order_type(),
        needs="dine_in_and_tables",
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Dine in or takeaway")),
    ),
    SaleAction(
        "table_no",
        "Ctrl+T",
        lambda p: p.focus_table_no(),
        needs="dine_in_and_tables",
        what=str(QT_TRANSLATE_NOOP("KeyMap", "Table number")),
    ),
)

KEY_HINTS: tuple[KeyHint, ...] = (
    KeyHint("Enter", str(QT_TRANSLATE_NOOP("KeyMap", "Add the scanned or typed code, or the chosen search result"))),
    KeyHint("3*code", str(QT_TRANSLATE_NOOP("KeyMap", "Add 3 of an item at once"))),
    KeyHint("↑ ↓", str(QT_TRANSLATE_NOOP("KeyMap", "Select a line of the cart, or a search result"))),
    KeyHint("Esc", str(QT_TRANSLATE_NOOP("KeyMap", "Clear the search, close a window"))),
)

# Where the help says for which outlets an action is (context "KeyMap").
NEEDS_WORDS = {
    "kitchen_tickets": str(QT_TRANSLATE_NOOP("KeyMap", "outlets with kitchen tickets")),
    "dine_in_and_tables": str(QT_TRANSLATE_NOOP("KeyMap", "outlets where customers dine in")),
    "order_intake_with_due_dates": str(QT_TRANSLATE_NOOP("KeyMap", "outlets that take orders")),
    "prepaid_packages": str(QT_TRANSLATE_NOOP("KeyMap", "outlets that sell prepaid packages")),
    "appointments": str(QT_TRANSLATE_NOOP("KeyMap", "outlets with a queue and appointments")),
}

# The hints go between the function keys and the line keys, as the cashier learns them.
_HINTS_AFTER = "pay"


def help_rows() -> list[tuple[str, str, str | None]]:
    """(key, what it does, the capability it needs) in the help's order, English."""
    rows: list[tuple[str, str, str | None]] = []
    for action in SALE_ACTIONS:
        rows.append((action.key_label, action.what, action.needs))
        if action.id == _HINTS_AFTER:
            rows.extend((hint.key_label, hint.what, None) for hint in KEY_HINTS)
    return rows


def actions_for(profile: OutletProfile) -> tuple[SaleAction, ...]:
    return tuple(action for action in SALE_ACTIONS if action.shows_on(profile))


def action(action_id: str) -> SaleAction:
    return next(candidate for candidate in SALE_ACTIONS if candidate.id == action_id)
