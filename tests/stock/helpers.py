"""Small steps the stock tests share: a supplier, receiving, a sale and a refund, all through the real services."""

from __future__ import annotations

import uuid
from decimal import Decimal

from shop import Shop, act_as, approved
from sqlalchemy import select

from ska_pos.db.models import SaleLine, StockMovement, StockOnHand
from ska_pos.db.types import quantity_sum
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales
from ska_pos.services.cart import Cart
from ska_pos.services.reversals import RefundRequest
from ska_pos.services.stock import receiving
from ska_pos.services.stock.receiving import IncomingLine


def supplier(shop: Shop, code: str = "TANI") -> uuid.UUID:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        return receiving.add_supplier(s, manager, code, "Koperasi Tani Makmur").id


def receive(shop: Shop, supplier_id: uuid.UUID, item_id: uuid.UUID, quantity: int, cost: int) -> str:
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        line = IncomingLine(item_id, Decimal(quantity), cost)
        return receiving.receive_goods(s, supervisor, supplier_id, [line], reference="INV-1").number


def sell(shop: Shop, item_id: uuid.UUID, quantity: int, *, price: int = 12_500) -> uuid.UUID:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, item_id, Decimal(quantity))
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", price * quantity * 2)]).sale_id


def refund(shop: Shop, sale_id: uuid.UUID, quantity: int) -> None:
    with shop.db.transaction() as s:
        line_id = s.scalars(select(SaleLine.id).where(SaleLine.sale_id == sale_id)).one()
        reversals.refund_lines(s, shop.cashier, sale_id, [RefundRequest(line_id, Decimal(quantity))], "rusak",
                               approval=approved(s, "sale.refund"))  # fmt: skip


def on_hand(shop: Shop, item_id: uuid.UUID) -> tuple[Decimal, int]:
    with shop.db.reading() as s:
        row = s.execute(select(StockOnHand.quantity, StockOnHand.avg_cost).where(
            StockOnHand.item_id == item_id, StockOnHand.outlet_id == shop.cafe.id)).first()  # fmt: skip
        return (Decimal(0), 0) if row is None else (row.quantity, row.avg_cost)


def ledger_sum(shop: Shop, item_id: uuid.UUID) -> Decimal:
    with shop.db.reading() as s:
        return s.scalar(
            select(quantity_sum(StockMovement.quantity)).where(StockMovement.item_id == item_id)
        ) or Decimal(0)
