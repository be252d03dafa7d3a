"""A realistic day at the test sentra, made through the services: sales paid every way, discounts, workers
splitting a line, a void, a refund, cash in and out, a closed café shift, and sales on the days around it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from shop import Shop, approved

from ska_pos.db.models import Outlet, Sale
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.sale_context import tax_settings

DAY = date(2026, 11, 29)
NOON = datetime(2026, 11, 29, 5, 0, tzinfo=UTC)  # 12:00 in Jakarta


@dataclass
class Day:
    cash_sale: uuid.UUID
    qris_sale: uuid.UUID
    transfer_sale: uuid.UUID
    split_sale: uuid.UUID
    voided_sale: uuid.UUID
    salon_sale: uuid.UUID


def sell(
    shop: Shop, actor: Actor, items: list[tuple[uuid.UUID, str]], tenders: list[Tender], at: datetime, **options: object
) -> sales.CompletedSale:
    """`items`: (item id, quantity); options: line_discount=(index, Discount), sale_discount=Discount,
    workers=(index, [(worker id, basis points)]), and cart fields such as table_no."""
    with shop.db.transaction() as s:
        cart = Cart(actor.outlet_id, **{k: v for k, v in options.items() if k in ("table_no", "order_type", "note")})  # type: ignore[arg-type]
        for item_id, quantity in items:
            cart_ops.add_item(s, cart, item_id, Decimal(quantity))
        if "line_discount" in options:
            index, discount = options["line_discount"]  # type: ignore[misc]
            cart_ops.set_line_discount(s, cart, index, discount)
        if "sale_discount" in options:
            cart_ops.set_sale_discount(s, cart, options["sale_discount"])  # type: ignore[arg-type]
        if "workers" in options:
            index, credits = options["workers"]  # type: ignore[misc]
            cart_ops.set_workers(s, cart, index, credits)
        total = cart.priced(tax_settings(s.get(Outlet, actor.outlet_id))).total  # type: ignore[arg-type]
        exact = [Tender(t.method, t.amount or total, t.reference) for t in tenders]  # amount 0: exactly the total
        return sales.complete_sale(s, actor, cart, exact, now=at)


def build_day(shop: Shop) -> Day:
    cafe, salon = shop.cashier, shop.salon_cashier
    at = NOON
    sell(shop, cafe, [(shop.kopi.id, "1")], [Tender("cash", 10_000)], at - timedelta(days=1))
    cash = sell(shop, cafe, [(shop.es_teh.id, "2"), (shop.keripik.id, "1")], [Tender("cash", 50_000)], at,
                table_no="7", order_type="dine_in", note="Tanpa gula")  # fmt: skip
    qris = sell(shop, cafe, [(shop.kopi.id, "2")], [Tender("qris", 0)], at + timedelta(minutes=5),
                line_discount=(0, Discount.percent(1000)))  # fmt: skip
    transfer = sell(shop, cafe, [(shop.es_teh.id, "1"), (shop.keripik.id, "2")], [Tender("transfer", 0, "TRF1")],
                    at + timedelta(minutes=9), sale_discount=Discount.rupiah(1_000))  # fmt: skip
    split = sell(shop, cafe, [(shop.kopi.id, "1"), (shop.es_teh.id, "1")], [Tender("cash", 20_000)],
                 at + timedelta(minutes=20), workers=(0, [(shop.siti.id, 5000), (shop.budi.id, 5000)]))  # fmt: skip
    voided = sell(shop, cafe, [(shop.kopi.id, "1")], [Tender("cash", 10_000)], at + timedelta(minutes=30))
    salon_sale = sell(shop, salon, [(shop.potong.id, "1")], [Tender("cash", 30_000)], at + timedelta(hours=1),
                      workers=(0, [(shop.budi.id, 10000)]))  # fmt: skip
    sell(shop, salon, [(shop.salon_shampoo.id, "1")], [Tender("qris", 0)], at + timedelta(hours=2))
    sell(shop, salon, [(shop.salon_shampoo.id, "1")], [Tender("cash", 30_000)], at + timedelta(days=1))
    with shop.db.transaction() as s:
        reversals.void_sale(s, cafe, voided.sale_id, "Pesanan dobel", approval=approved(s, "sale.void"),
                            now=at + timedelta(minutes=40))  # fmt: skip
        line = s.get(Sale, transfer.sale_id).lines[1]  # type: ignore[union-attr]
        refund = [reversals.RefundRequest(line.id, Decimal(1))]
        reversals.refund_lines(s, cafe, transfer.sale_id, refund, "Keripik melempem",
                               approval=approved(s, "sale.refund"), now=at + timedelta(minutes=50))  # fmt: skip
        shifts.move_cash(s, cafe, "in", 50_000, "Uang kecil")
        shifts.move_cash(s, cafe, "out", 20_000, "Beli es batu", approval=approved(s, "cash.out"))
    with shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, cafe)).expected
        shifts.close_shift(s, cafe, {100: (expected - 1_000) // 100}, note="Kurang seribu")
    return Day(cash.sale_id, qris.sale_id, transfer.sale_id, split.sale_id, voided.sale_id, salon_sale.sale_id)
