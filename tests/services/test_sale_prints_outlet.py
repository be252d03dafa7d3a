"""A sale's prints are queued only at a till of the sale's own outlet: another outlet's till is refused and
queues nothing (its receipt would print, and kick the drawer, where the sale was not rung up)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from order_shop import build_order_shop
from shop import Shop, act_as
from sqlalchemy import func, select

from ska_pos.db.models import PrintJob
from ska_pos.domain.settlement import Tender
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services import cart_ops, print_jobs, sales
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError
from ska_pos.services.printer_settings import TillPrinters, save_printers


def test_a_sale_of_another_outlet_is_refused_and_nothing_is_queued(shop: Shop) -> None:
    laundry_cashier = build_order_shop(shop).laundry_cashier
    printer = PrinterSettings("network", "192.0.2.1:9100", kick_drawer=True)
    supervisor = act_as(shop, "supervisor", outlet_id=laundry_cashier.outlet_id, till_id=laundry_cashier.till_id)
    with shop.db.transaction() as s:
        save_printers(s, supervisor, laundry_cashier.till_id, TillPrinters(printer, PrinterSettings("none")))
    with shop.db.transaction() as s:
        cart = Cart(shop.cashier.outlet_id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(1))
        sale_id = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)]).sale_id
    with pytest.raises(ValidationError, match="another outlet"), shop.db.transaction() as s:
        print_jobs.queue_sale_prints(s, laundry_cashier, sale_id, open_drawer=True)
    with shop.db.transaction() as s:
        assert print_jobs.queue_sale_prints(s, shop.cashier, sale_id) == 0  # its own till: no device printer
    with shop.db.reading() as s:
        assert s.scalar(select(func.count(PrintJob.id)).where(PrintJob.sale_id == sale_id)) == 0
