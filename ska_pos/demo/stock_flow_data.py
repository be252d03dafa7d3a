"""The demo's café recipes (its coffees use up ground coffee and palm sugar, bought by the kilogram, and fresh milk,
bought by the litre and poured by the millilitre) and a transfer of the toko's goods to the café: one received, one
still on the way."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Item, Outlet
from ska_pos.services import setup
from ska_pos.services.actor import Actor
from ska_pos.services.stock import receiving, recipes, transfers
from ska_pos.services.stock.receiving import IncomingLine
from ska_pos.services.stock.transfers import SendLine

SUPPLIER = ("PSRI", "Toko Bahan Pasar Induk", "021-850-2211")
# SKU, name, stock unit, how many bought, rupiah per unit
INGREDIENTS = [("BHNKOPI", "Kopi bubuk robusta", "kg", 10, 180_000), ("BHNAREN", "Gula aren cair", "kg", 8, 45_000),
               ("BHNSUSU", "Susu segar", "l", 40, 21_000)]  # fmt: skip
RECIPES: list[dict[str, object]] = [
    {"item": "Kopi Tubruk", "ingredients": [{"item": "BHNKOPI", "quantity": "15", "unit": "g"}]},
    {"item": "Kopi Susu Gula Aren", "ingredients": [{"item": "BHNKOPI", "quantity": "18", "unit": "g"},
                                                    {"item": "BHNSUSU", "quantity": "150", "unit": "ml"},
                                                    {"item": "BHNAREN", "quantity": "20", "unit": "g"}]},
    {"item": "Es Kopi Susu", "ingredients": [{"item": "BHNKOPI", "quantity": "18", "unit": "g"},
                                             {"item": "BHNSUSU", "quantity": "150", "unit": "ml"}]},
    {"item": "Cappuccino", "ingredients": [{"item": "BHNKOPI", "quantity": "18", "unit": "g"},
                                           {"item": "BHNSUSU", "quantity": "180", "unit": "ml"}]},
]  # fmt: skip
# The toko's goods the café also sells, sent over from the toko's shelf.
SENT_TO_CAFE = ["Kacang Bawang 200 g", "Emping Melinjo"]


def cafe_recipes(session: Session, manager: Actor, cafe: Outlet, day: date) -> None:
    """Before the first day of sales: the ingredients bought and each coffee's recipe written."""
    ingredients = [setup.create_item(session, manager, cafe, sku, name, 0, unit=unit, track_stock=True)
                   for sku, name, unit, _bought, _cost in INGREDIENTS]  # fmt: skip
    supplier = receiving.add_supplier(session, manager, *SUPPLIER[:2], phone=SUPPLIER[2])
    moment = datetime.combine(day, time(7, 30), ZoneInfo(cafe.timezone))
    deliveries = zip(ingredients, INGREDIENTS, strict=True)
    lines = [
        IncomingLine(item.id, Decimal(quantity), cost) for item, (_sku, _name, _unit, quantity, cost) in deliveries
    ]
    receiving.receive_goods(session, manager, supplier.id, lines, reference="NOTA-0001", now=moment)
    recipes.import_recipes(session, manager, cafe.id, recipes.recipe_specs(RECIPES))


def toko_to_cafe(session: Session, toko_manager: Actor, cafe_manager: Actor, toko: Outlet, cafe: Outlet) -> None:
    """The café takes the toko's snacks on its shelf: two transfers sent, the first received at the café."""
    sent = []
    for name in SENT_TO_CAFE:
        item = session.scalars(select(Item).where(Item.outlet_id == toko.id, Item.name == name)).one()
        if session.scalar(select(Item.id).where(Item.outlet_id == cafe.id, Item.sku == item.sku)) is None:
            setup.create_item(session, cafe_manager, cafe, item.sku, item.name, item.price, track_stock=True)
        sent.append(transfers.send_transfer(session, toko_manager, cafe.id, [SendLine(item.id, Decimal(5))]))
    transfers.receive_transfer(session, cafe_manager, sent[0].id)
