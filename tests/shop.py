"""A small sentra for tests: one café and one salon, workers, items, users (PINs below) and open shifts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ska_pos.db.database import Database
from ska_pos.db.models import Category, Item, Outlet, User, Worker
from ska_pos.services import setup, shifts
from ska_pos.services.actor import Actor

PINS = {"kasir": "1111", "spv": "2222", "manajer": "3333"}


@dataclass
class Shop:
    db: Database
    cafe: Outlet
    salon: Outlet
    cashier: Actor
    salon_cashier: Actor
    supervisor: User
    manager: User
    siti: Worker
    budi: Worker
    retired: Worker
    drinks: Category
    es_teh: Item
    kopi: Item
    keripik: Item
    potong: Item
    salon_shampoo: Item


def build_shop(db: Database) -> Shop:
    with db.transaction() as s:
        sentra = setup.create_sentra(s, "BLH", "Sentra Budi Luhur")
        # Exact cash totals keep the figures of most tests plain; cash rounding (a new outlet's Rp100) has its own.
        cafe = setup.create_outlet(s, sentra, "KFE", "Kafe Budi Luhur", "kafe", tax_rate_bp=1000,
                                   service_rate_bp=500, cash_rounding_unit=0)  # fmt: skip
        salon = setup.create_outlet(s, sentra, "SLN", "Salon Ceria", "salon")
        cafe_till = setup.create_till(s, cafe, "T1")
        salon_till = setup.create_till(s, salon, "T1")
        kasir = setup.create_user(s, sentra, "kasir", "Rina Kasir", "cashier", PINS["kasir"])
        spv = setup.create_user(s, sentra, "spv", "Dewi Supervisor", "supervisor", PINS["spv"])
        manager = setup.create_user(s, sentra, "manajer", "Agus Manajer", "manager", PINS["manajer"])
        siti = setup.create_worker(s, sentra, "W001", "Siti Rahayu", [cafe, salon], display_name="Siti")
        budi = setup.create_worker(s, sentra, "W002", "Budi Santoso", [cafe, salon], display_name="Budi")
        retired = setup.create_worker(s, sentra, "W003", "Joko Widodo", [cafe], display_name="Joko")
        retired.active = False
        drinks = setup.create_category(s, cafe, "Minuman")
        snacks = setup.create_category(s, cafe, "Camilan")
        es_teh = setup.create_item(s, cafe, "ESTEH", "Es Teh Manis", 5000, category=drinks, barcodes=["8990001"],
                                   maker=siti)  # fmt: skip
        kopi = setup.create_item(s, cafe, "KOPI", "Kopi Tubruk", 8000, category=drinks, barcodes=["8990002"],
                                 maker=budi)  # fmt: skip
        keripik = setup.create_item(s, cafe, "KRPK", "Keripik Singkong", 12500, category=snacks,
                                    barcodes=["8990003"], maker=siti, track_stock=True)  # fmt: skip
        potong = setup.create_item(s, salon, "POTONG", "Potong Rambut", 25000, kind="service", unit="service")
        shampoo = setup.create_item(s, salon, "SHMP", "Sampo Lidah Buaya", 30000, barcodes=["8990009"])
        start = date(2026, 1, 1)
        setup.add_share_rule(s, cafe, valid_from=start, percent_bp=4000)
        setup.add_share_rule(s, cafe, valid_from=start, percent_bp=6000, category=snacks)
        setup.add_share_rule(s, salon, valid_from=start, percent_bp=5000)
        cashier = Actor(kasir.id, kasir.role, cafe.id, cafe_till.id)
        salon_cashier = Actor(kasir.id, kasir.role, salon.id, salon_till.id)
        shifts.open_shift(s, cashier, 200_000)
        shifts.open_shift(s, salon_cashier, 100_000)
    return Shop(db, cafe, salon, cashier, salon_cashier, spv, manager, siti, budi, retired, drinks, es_teh, kopi,
                keripik, potong, shampoo)  # fmt: skip
