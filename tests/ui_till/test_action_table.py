"""The action table (`ui/till/sale_actions.py`) is the one place the sale screen's actions are declared: its keys and
buttons do what the F1 help says they do, and the README's key table is the help's, word for word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from modifier_menu import ICE, add_drink_modifiers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.services import cart_ops, customers, held_sales
from ska_pos.services.cart import Cart
from ska_pos.services.customers import CustomerForm
from ska_pos.ui.help.key_map import key_map, key_map_markdown
from ska_pos.ui.help.readme_keys import key_table_in, with_key_table
from ska_pos.ui.till.sale_actions import KEY_HINTS, SALE_ACTIONS, SaleAction, actions_for
from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import ScreenFactory, open_dialog, press, scan, settle

README = Path(__file__).resolve().parents[2] / "README.md"
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def test_the_readmes_key_table_is_the_help_word_for_word() -> None:
    table = key_table_in(README.read_text(encoding="utf-8"))
    assert table == key_map_markdown(), "run `python -m ska_pos.ui.help.readme_keys` and commit README.md"


def test_a_readme_that_differs_from_the_table_is_caught_and_rewritten() -> None:
    readme = README.read_text(encoding="utf-8")
    changed = readme.replace("| `F12` | Pay |", "| `F12` | Pay now |")
    assert changed != readme
    assert key_table_in(changed) != key_map_markdown()
    assert with_key_table(changed) == readme
    assert key_table_in("no markers here") == ""


def test_the_help_lists_every_action_and_hint_in_the_tables_order() -> None:
    keys = [binding.keys for binding in key_map()]
    declared = [action.key_label for action in SALE_ACTIONS] + [hint.key_label for hint in KEY_HINTS]
    assert sorted(keys[: len(declared)]) == sorted(declared)
    assert len({action.id for action in SALE_ACTIONS}) == len(SALE_ACTIONS)
    assert len({(action.key, action.ctrl) for action in SALE_ACTIONS}) == len(SALE_ACTIONS), "a key bound twice"


@pytest.mark.parametrize("outlet", ["cafe", "salon"])
def test_the_buttons_are_the_tables_for_the_outlets_profile(make_screen: ScreenFactory, outlet: str) -> None:
    screen = make_screen(outlet)
    expected = {a.object_name for a in actions_for(screen.session.profile) if a.button is not None}
    assert set(screen.actions_bar.buttons) == expected
    bound = {action.id for action in screen.keys.bound()}
    assert bound == {action.id for action in actions_for(screen.session.profile)}
    if outlet == "salon":  # no kitchen tickets, no dine-in
        assert not {"note", "dine_in", "table_no"} & bound


# What each action's help line promises, checked after its key (or button) on a cart of es teh (Rp5.000) and keripik.
Check = Callable[[QtBot, SaleScreen, Callable[[], None], Shop], None]


def _opens(name: str) -> Check:
    def check(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], _shop: Shop) -> None:
        run()
        open_dialog(screen, name).reject()

    return check


def _emits(signal: str) -> Check:
    def check(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], _shop: Shop) -> None:
        with qtbot.waitSignal(getattr(screen, signal), timeout=2000):
            run()

    return check


def _opens_a_page(capability: str, signal: str, key: Qt.Key, button: str) -> Check:
    """Nothing at the café (its profile has not `capability`); the page where the profile has it (Ctrl+`key` and
    the button under the search): the orders where the outlet takes them, the salon's queue and appointments."""

    def check(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], _shop: Shop) -> None:
        with qtbot.assertNotEmitted(getattr(screen, signal), wait=200):
            run()
        profile = replace(screen.session.profile, **{capability: True})
        taking = SaleScreen(replace(screen.session, profile=profile), screen.dispatcher)
        qtbot.addWidget(taking)
        taking.show()
        qtbot.waitUntil(lambda: taking.presenter.ready, timeout=10_000)
        with qtbot.waitSignal(getattr(taking, signal), timeout=2000):
            qtbot.keyClick(taking.search.field, key, Qt.KeyboardModifier.ControlModifier)
        with qtbot.waitSignal(getattr(taking, signal), timeout=2000):
            taking.findChild(QPushButton, button).click()

    return check


def _opens_the_packages(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], _shop: Shop) -> None:
    """Nothing at the café (it sells no packages); the packages page where the profile sells them."""
    with qtbot.assertNotEmitted(screen.packagesRequested, wait=200):
        run()
    profile = replace(screen.session.profile, prepaid_packages=True)
    selling = SaleScreen(replace(screen.session, profile=profile), screen.dispatcher)
    qtbot.addWidget(selling)
    selling.show()
    qtbot.waitUntil(lambda: selling.presenter.ready, timeout=10_000)
    with qtbot.waitSignal(selling.packagesRequested, timeout=2000):
        qtbot.keyClick(selling.search.field, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(selling.packagesRequested, timeout=2000):
        selling.findChild(QPushButton, "actionPackages").click()


def _goes_to_search(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], _shop: Shop) -> None:
    screen.table.setFocus()
    run()
    assert screen.focusWidget() is screen.search.field


def _recalls(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id, order_type="dine_in")
        cart_ops.add_by_code(s, cart, "8990001", Decimal(1))
        held_sales.hold(s, shop.cashier, cart, "Meja 9")
    screen.presenter.controller.clear()
    run()
    assert open_dialog(screen, "recallDialog").list.item(0).text().startswith("Meja 9")  # type: ignore[attr-defined]


def _quantity_by(step: int) -> Check:
    def check(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], _shop: Shop) -> None:
        screen.presenter.select_line(0)
        before = screen.presenter.cart.lines[0].quantity
        run()
        assert screen.presenter.cart.lines[0].quantity == before + step

    return check


def _removes(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], _shop: Shop) -> None:
    run()
    assert [line.sku for line in screen.presenter.cart.lines] == ["ESTEH"]  # the selected (last) line went


def _switches_to_takeaway(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], _shop: Shop) -> None:
    assert screen.presenter.cart.order_type == "dine_in"
    run()
    assert screen.presenter.cart.order_type == "takeaway"
    assert screen.order_bar.takeaway.isChecked()


def _goes_to_table_no(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], _shop: Shop) -> None:
    run()
    assert screen.focusWidget() is screen.order_bar.table


def _finds_the_customer(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], shop: Shop) -> None:
    with shop.db.transaction() as s:
        customers.add_customer(s, shop.cashier, CustomerForm("Bu Ani", "0812-3456-7890"))
    run()
    dialog = open_dialog(screen, "customerDialog")
    qtbot.waitUntil(lambda: dialog.list.count() == 1)  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    settle(qtbot, screen)
    assert screen.presenter.cart.customer_name == "Bu Ani"


def _chooses_options(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None], shop: Shop) -> None:
    add_drink_modifiers(shop, ICE)  # optional: reached from the cart line, not asked when the tea was added
    screen.presenter.select_line(0)
    run()
    dialog = open_dialog(screen, "modifierDialog")
    qtbot.keyClick(dialog, Qt.Key.Key_2)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert [m.option_name for m in screen.presenter.cart.lines[0].modifiers] == ["Less ice"]


CHECKS: dict[str, Check] = {
    "help": _emits("helpRequested"),
    "search": _goes_to_search,
    "journal": _emits("journalRequested"),
    "worker": _opens("workerDialog"),
    "line_discount": _opens("discountDialog"),
    "shift": _emits("shiftRequested"),
    "quantity": _opens("quantityDialog"),
    "hold": _opens("holdDialog"),
    "recall": _recalls,
    "lock": _emits("lockRequested"),
    "sale_discount": _opens("discountDialog"),
    "pay": _opens("paymentDialog"),
    "more": _quantity_by(1),
    "less": _quantity_by(-1),
    "remove": _removes,
    "price": _opens("priceDialog"),
    "note": _opens("noteDialog"),
    "options": _chooses_options,
    "customer": _finds_the_customer,
    "dine_in": _switches_to_takeaway,
    "table_no": _goes_to_table_no,
    "split_bill": _opens("splitDialog"),
    "tables": lambda qtbot, screen, run, _shop: _opens_floor(qtbot, screen, run),
    "orders": _opens_a_page("order_intake_with_due_dates", "ordersRequested", Qt.Key.Key_R, "actionOrders"),
    "packages": _opens_the_packages,
    "salon": _opens_a_page("appointments", "salonRequested", Qt.Key.Key_J, "actionSalon"),
}


def _opens_floor(qtbot: QtBot, screen: SaleScreen, run: Callable[[], None]) -> None:
    from ska_pos.ui.tabs.floor_dialog import FloorDialog

    run()
    qtbot.waitUntil(lambda: any(dialog.isVisible() for dialog in screen.findChildren(FloorDialog)), timeout=5000)
    next(dialog for dialog in screen.findChildren(FloorDialog) if dialog.isVisible()).reject()


def test_every_action_of_the_table_has_its_check() -> None:
    assert set(CHECKS) == {action.id for action in SALE_ACTIONS}


def _ways(action: SaleAction) -> list[str]:
    return ["key", "button"] if action.button is not None else ["key"]


@pytest.mark.parametrize(
    ("action", "how"),
    [(action, how) for action in SALE_ACTIONS for how in _ways(action)],
    ids=lambda value: value.id if isinstance(value, SaleAction) else value,
)
def test_each_key_and_button_does_what_the_help_says(
    qtbot: QtBot, screen: SaleScreen, shop: Shop, action: SaleAction, how: str
) -> None:
    scan(qtbot, screen, "2*8990001")  # es teh: from the quantity 2, one less still leaves a line
    scan(qtbot, screen, "8990003")

    def run() -> None:
        if how == "key":
            if action.id == "remove":
                screen.presenter.select_line(1)
            press(qtbot, screen, action.key, CTRL if action.ctrl else NONE)
        else:
            if action.id == "remove":
                screen.presenter.select_line(1)
            screen.actions_bar.buttons[action.object_name].click()
        settle(qtbot, screen)

    CHECKS[action.id](qtbot, screen, run, shop)


def test_the_keys_the_widgets_handle_do_what_the_help_says(qtbot: QtBot, screen: SaleScreen) -> None:
    assert [hint.key_label for hint in KEY_HINTS] == ["Enter", "3*code", "↑ ↓", "Esc"]
    scan(qtbot, screen, "8990001")  # Enter adds the scanned code
    scan(qtbot, screen, "3*8990003")  # 3*code adds three
    assert [(line.sku, line.quantity) for line in screen.presenter.cart.lines] == [("ESTEH", 1), ("KRPK", 3)]
    press(qtbot, screen, Qt.Key.Key_Up)  # the arrows select a line of the cart
    assert screen.presenter.selected == 0
    press(qtbot, screen, Qt.Key.Key_Down)
    assert screen.presenter.selected == 1
    qtbot.keyClicks(screen.search.field, "kop")
    press(qtbot, screen, Qt.Key.Key_Escape)  # Esc clears the search
    assert screen.search.text() == ""
