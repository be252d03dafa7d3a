"""The café's open tabs for the layout walk (`screens.SCREENS`): the floor view with tables free and open, and a
tab with two rounds and a voided item. The tab is made through the services, then shown as read."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from shop import approved
from tab_shop import add_tables, rung_up

from ska_pos.services.cart import Cart, CartLine
from ska_pos.services.sale_context import tax_settings
from ska_pos.services.tabs import writes
from ska_pos.services.tabs.state import FloorTable, floor, load_tab
from ui_layout.screens import Place, dialog


class _Till:
    """The till the tab is shown at, as the walk needs it: an empty cart, nothing printed."""

    def __init__(self, place: Place) -> None:
        self.database = place.shop.db
        self.actor = place.shop.cashier

    def cart_lines(self) -> list[CartLine]:
        return []

    def clear_cart(self) -> None:
        pass

    def load_cart(self, cart: Cart) -> None:
        pass

    def tickets_queued(self, unprinted: list[str]) -> None:
        pass

    def say(self, text: str, kind: str = "info") -> None:
        pass


def _floor_with_tabs(place: Place) -> list[FloorTable]:
    shop = place.shop
    with shop.db.reading() as s:
        if floor(s, shop.cafe.id):
            return floor(s, shop.cafe.id)
    tables = add_tables(shop)
    with shop.db.transaction() as s:
        for name, lines in (
            ("2", rung_up(shop, (shop.kopi, 2))),
            ("7", rung_up(shop, (shop.es_teh, 3), (shop.keripik, 1))),
        ):
            tab_id = writes.open_tab(s, shop.cashier, tables[name])
            writes.send_round(s, shop.cashier, tab_id, lines)
        writes.send_round(s, shop.cashier, tab_id, rung_up(shop, (shop.kopi, 1), (shop.keripik, 2)))
        voided = load_tab(s, tab_id).lines[-1]
        writes.void_sent_line(s, shop.cashier, tab_id, voided.line_id, "Salah pesan", approval=approved(s, "tab.void"))
    with shop.db.reading() as s:
        return floor(s, shop.cafe.id)


@dialog("floor view")
def _floor(place: Place) -> QWidget:
    from ska_pos.ui.tabs.floor_dialog import FloorDialog

    return FloorDialog(place.sale_screen, place.shop.db, place.shop.cafe.id, tables=_floor_with_tabs(place))


@dialog("a tab with two rounds")
def _tab(place: Place) -> QWidget:
    from ska_pos.ui.tabs.tab_dialog import TabDialog

    table = next(table for table in _floor_with_tabs(place) if table.name == "7")
    assert table.tab_id is not None
    with place.shop.db.reading() as s:
        view = load_tab(s, table.tab_id)
    total = view.cart().priced(tax_settings(place.shop.cafe)).total
    return TabDialog(place.sale_screen, _Till(place), table, (view, total))
