"""Steps the transfer and recipe tests share: the salon selling the café's keripik, and sending some over."""

from __future__ import annotations

import uuid
from decimal import Decimal

from shop import Shop, act_as
from sqlalchemy import select

from ska_pos.db.models import StockOnHand
from ska_pos.services import setup
from ska_pos.services.actor import Actor
from ska_pos.services.stock import transfers
from ska_pos.services.stock.transfers import SendLine


def salon_keripik(shop: Shop) -> uuid.UUID:
    """The salon's own item of the café's keripik (same SKU), its stock tracked."""
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.transaction() as s:
        return setup.create_item(s, manager, s.merge(shop.salon), "KRPK", "Keripik Singkong", 12_500,
                                 track_stock=True).id  # fmt: skip


def at_salon(shop: Shop, who: str = "supervisor") -> Actor:
    return act_as(shop, who, outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)


def send(shop: Shop, quantity: int, *, maker_id: uuid.UUID | None = None) -> uuid.UUID:
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        line = SendLine(shop.keripik.id, Decimal(quantity), maker_id)
        return transfers.send_transfer(s, supervisor, shop.salon.id, [line]).id


def level(shop: Shop, item_id: uuid.UUID, outlet_id: uuid.UUID) -> tuple[Decimal, int]:
    with shop.db.reading() as s:
        row = s.execute(select(StockOnHand.quantity, StockOnHand.avg_cost).where(
            StockOnHand.item_id == item_id, StockOnHand.outlet_id == outlet_id)).first()  # fmt: skip
        return (Decimal(0), 0) if row is None else (row.quantity, row.avg_cost)
