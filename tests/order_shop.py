"""The test shop with a laundry and a galeri jahit beside its café and salon: items sold by the kg with a minimum,
pieces, tailoring services, and a cashier with an open shift at each (tests/shop.py's users and workers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from shop import Shop, as_admin, log_in

from ska_pos.db.models import Item, Outlet, Sentra, Worker
from ska_pos.services import setup, shifts
from ska_pos.services.actor import Actor


@dataclass
class OrderShop:
    shop: Shop
    laundry: Outlet
    tailor: Outlet
    laundry_cashier: Actor
    tailor_cashier: Actor
    kiloan: Item  # Rp6.000/kg, 3 kg at least
    selimut: Item  # Rp25.000 a piece
    kemeja: Item  # a shirt sewn: Rp150.000, a service


def build_order_shop(shop: Shop) -> OrderShop:
    with shop.db.transaction() as s:
        admin = as_admin(s)
        sentra = s.get(Sentra, shop.cafe.sentra_id)
        assert sentra is not None
        laundry = setup.create_outlet(s, admin, sentra, "LDR", "Laundry Bersih", "laundry", cash_rounding_unit=0,
                                      tax_rate_bp=0, service_rate_bp=0)  # fmt: skip
        tailor = setup.create_outlet(s, admin, sentra, "JHT", "Galeri Jahit", "jahit", cash_rounding_unit=0,
                                     tax_rate_bp=1000)  # fmt: skip
        laundry_till = setup.create_till(s, admin, laundry, "T1")
        tailor_till = setup.create_till(s, admin, tailor, "T1")
        for worker_id in (shop.siti.id, shop.budi.id):
            worker = s.get(Worker, worker_id)
            assert worker is not None
            worker.outlets.extend([laundry, tailor])
        kiloan = setup.create_item(s, admin, laundry, "KILO", "Cuci Setrika Kiloan", 6000, kind="service", unit="kg",
                                   min_quantity=Decimal(3))  # fmt: skip
        selimut = setup.create_item(s, admin, laundry, "SLMT", "Selimut", 25000, kind="service")
        kemeja = setup.create_item(s, admin, tailor, "KMJ", "Jahit Kemeja", 150000, kind="service", unit="service")
        start = date(2026, 1, 1)
        setup.add_share_rule(s, admin, laundry, valid_from=start, percent_bp=4000)
        setup.add_share_rule(s, admin, tailor, valid_from=start, percent_bp=6000)
        laundry_cashier = log_in(s, "cashier", laundry.id, laundry_till.id)
        tailor_cashier = log_in(s, "cashier", tailor.id, tailor_till.id)
        shifts.open_shift(s, laundry_cashier, 100_000)
        shifts.open_shift(s, tailor_cashier, 100_000)
    return OrderShop(shop, laundry, tailor, laundry_cashier, tailor_cashier, kiloan, selimut, kemeja)
