"""The sale screen follows the outlet's profile, not its kind: a café a manager set to takeaway only gets no dine-in,
a salon given kitchen tickets gets the kitchen note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop, act_as

from ska_pos.services.outlet_profiles import set_profile_overrides
from ui_till.helpers import ScreenFactory, press, scan


def adjust(shop: Shop, outlet_id: object, **overrides: bool) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        set_profile_overrides(s, manager, outlet_id, overrides)  # type: ignore[arg-type]


def test_a_cafe_adjusted_to_takeaway_only_has_no_dine_in(shop: Shop, make_screen: ScreenFactory, qtbot: QtBot) -> None:
    adjust(shop, shop.cafe.id, dine_in_and_tables=False)
    screen = make_screen("cafe")
    assert screen.order_bar.isHidden()
    assert screen.presenter.cart.order_type == ""
    scan(qtbot, screen, "8990002")
    press(qtbot, screen, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert screen.presenter.cart.order_type == ""  # Ctrl+D is not bound where there is no dine-in
    assert "actionNote" in screen.actions_bar.buttons  # its kitchen still gets tickets and notes


def test_a_salon_given_kitchen_tickets_gets_the_kitchen_note(shop: Shop, make_screen: ScreenFactory) -> None:
    adjust(shop, shop.salon.id, kitchen_tickets=True)
    screen = make_screen("salon")
    assert "actionNote" in screen.actions_bar.buttons
    assert screen.order_bar.isHidden()
    assert screen.presenter.cart.order_type == ""
