"""A small sentra for tests: one café and one salon, workers, items, users (PINs below) and open shifts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ska_pos.db.database import Database, open_database
from ska_pos.db.models import Category, Item, Outlet, User, Worker
from ska_pos.services import auth, setup, shifts
from ska_pos.services.actor import Actor, Approval

PINS = {"kasir": "1111", "spv": "2222", "manajer": "3333", "admin": "4444"}
USERNAMES = {"cashier": "kasir", "supervisor": "spv", "manager": "manajer", "admin": "admin"}


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
        seed = auth.system_actor(s)  # an empty database: no one to log in yet
        sentra = setup.create_sentra(s, seed, "BLH", "Sentra Budi Luhur")
        # Exact cash totals keep the figures of most tests plain; cash rounding (a new outlet's Rp100) has its own.
        cafe = setup.create_outlet(s, seed, sentra, "KFE", "Kafe Budi Luhur", "kafe", tax_rate_bp=1000,
                                   service_rate_bp=500, cash_rounding_unit=0)  # fmt: skip
        salon = setup.create_outlet(s, seed, sentra, "SLN", "Salon Ceria", "salon")
        cafe_till = setup.create_till(s, seed, cafe, "T1")
        salon_till = setup.create_till(s, seed, salon, "T1")
        setup.create_user(s, seed, sentra, "kasir", "Rina Kasir", "cashier", PINS["kasir"])
        spv = setup.create_user(s, seed, sentra, "spv", "Dewi Supervisor", "supervisor", PINS["spv"])
        manager = setup.create_user(s, seed, sentra, "manajer", "Agus Manajer", "manager", PINS["manajer"])
        setup.create_user(s, seed, sentra, "admin", "Admin Sentra", "admin", PINS["admin"])
        siti = setup.create_worker(s, seed, sentra, "W001", "Siti Rahayu", [cafe, salon], display_name="Siti")
        budi = setup.create_worker(s, seed, sentra, "W002", "Budi Santoso", [cafe, salon], display_name="Budi")
        retired = setup.create_worker(s, seed, sentra, "W003", "Joko Widodo", [cafe], display_name="Joko")
        retired.active = False
        drinks = setup.create_category(s, seed, cafe, "Minuman")
        snacks = setup.create_category(s, seed, cafe, "Camilan")
        es_teh = setup.create_item(s, seed, cafe, "ESTEH", "Es Teh Manis", 5000, category=drinks, barcodes=["8990001"],
                                   maker=siti)  # fmt: skip
        kopi = setup.create_item(s, seed, cafe, "KOPI", "Kopi Tubruk", 8000, category=drinks, barcodes=["8990002"],
                                 maker=budi)  # fmt: skip
        keripik = setup.create_item(s, seed, cafe, "KRPK", "Keripik Singkong", 12500, category=snacks,
                                    barcodes=["8990003"], maker=siti, track_stock=True)  # fmt: skip
        potong = setup.create_item(s, seed, salon, "POTONG", "Potong Rambut", 25000, kind="service", unit="service")
        shampoo = setup.create_item(s, seed, salon, "SHMP", "Sampo Lidah Buaya", 30000, barcodes=["8990009"])
        start = date(2026, 1, 1)
        setup.add_share_rule(s, seed, cafe, valid_from=start, percent_bp=4000)
        setup.add_share_rule(s, seed, cafe, valid_from=start, percent_bp=6000, category=snacks)
        setup.add_share_rule(s, seed, salon, valid_from=start, percent_bp=5000)
        cashier = log_in(s, "cashier", cafe.id, cafe_till.id)
        salon_cashier = log_in(s, "cashier", salon.id, salon_till.id)
        shifts.open_shift(s, cashier, 200_000)
        shifts.open_shift(s, salon_cashier, 100_000)
    return Shop(db, cafe, salon, cashier, salon_cashier, spv, manager, siti, budi, retired, drinks, es_teh, kopi,
                keripik, potong, shampoo)  # fmt: skip


def log_in(session: Session, who: str, outlet_id: uuid.UUID, till_id: uuid.UUID) -> Actor:
    """An actor issued the real way, by the user's PIN through `auth.login` (tests never build one themselves).
    `who` is a role (its shop user) or a user name."""
    username = USERNAMES.get(who, who)
    actor = auth.login(session, username, PINS[username], outlet_id=outlet_id, till_id=till_id).actor
    assert actor is not None, f"{username} could not log in"
    return actor


def act_as(shop: Shop, who: str, *, outlet_id: uuid.UUID | None = None, till_id: uuid.UUID | None = None) -> Actor:
    """`who` logged in at the café's till (or the one given)."""
    with shop.db.transaction() as s:
        return log_in(s, who, outlet_id or shop.cafe.id, till_id or shop.cashier.till_id)


def as_admin(session: Session) -> Actor:
    """The shop's administrator, logged in by PIN at no particular till: for tests that set up more of the shop."""
    actor = auth.login_for_command(session, "admin", PINS["admin"]).actor
    assert actor is not None
    return actor


def approved(session: Session, action: str, who: str = "supervisor") -> Approval | None:
    """`who` approves one `action` with their PIN, as the approval dialog does (None: their role may not)."""
    username = USERNAMES.get(who, who)
    return auth.approve(session, username, PINS[username], action).approval


ShopFile = Callable[[Callable[[Database, Shop], object]], str]


def shop_on_file(path: Path, add: Callable[[Database, Shop], object]) -> str:
    """The test shop built on the SQLite file `path`, with what `add` puts in it; returns the file's URL, closed, for
    code that opens it itself (the commands, other processes)."""
    url = f"sqlite:///{path}"
    database = open_database(url)
    try:
        add(database, build_shop(database))
    finally:
        database.dispose()
    return url
