"""The test café's tables (set by its manager) and rounds rung up as the till's cart rings them."""

from __future__ import annotations

import uuid
from decimal import Decimal

from shop import Shop, act_as, as_admin, log_in

from ska_pos.db.models import Item
from ska_pos.services import cart_ops, setup, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart, CartLine
from ska_pos.services.tabs.tables import TableForm, list_tables, set_tables

TABLES = [TableForm(str(number), "Dalam" if number <= 6 else "Teras") for number in range(1, 11)]


def add_tables(shop: Shop) -> dict[str, uuid.UUID]:
    """Tables 1 to 10 at the café: their ids by name."""
    with shop.db.transaction() as s:
        set_tables(s, act_as(shop, "manager"), shop.cafe.id, TABLES)
    with shop.db.reading() as s:
        return {row.name: row.table_id for row in list_tables(s, shop.cafe.id)}


def rung_up(shop: Shop, *lines: tuple[Item, int | str] | tuple[Item, int | str, list[uuid.UUID]]) -> list[CartLine]:
    """The lines of a cart rung up at the till: (item, quantity[, chosen options])."""
    cart = Cart(shop.cafe.id)
    with shop.db.reading() as s:
        for index, line in enumerate(lines):
            cart_ops.add_item(s, cart, line[0].id, Decimal(line[1]))
            if len(line) == 3:
                cart_ops.set_modifiers(s, cart, index, line[2])
    return cart.lines


def second_till(shop: Shop) -> Actor:
    """The café's second till, with its own open shift."""
    with shop.db.transaction() as s:
        cafe = s.get(type(shop.cafe), shop.cafe.id)
        assert cafe is not None
        till = setup.create_till(s, as_admin(s), cafe, "T2")
        actor = log_in(s, "cashier", shop.cafe.id, till.id)
        shifts.open_shift(s, actor, 100_000)
    return actor
