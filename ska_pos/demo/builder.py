"""Builds the demo sentra through the same services the till uses, so demo data obeys every rule."""

from __future__ import annotations

import random
import secrets
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.database import Database
from ska_pos.db.models import Item, Outlet, Sentra, Till, User, Worker
from ska_pos.demo import salon_today, stock_data, stock_flow_data
from ska_pos.demo.catalog_data import KAFE_MODIFIERS, OUTLETS, items_for
from ska_pos.demo.orders_day import DayOrders, set_demo_rules
from ska_pos.demo.packages_day import DayExtras, PackageDemo, set_up_packages
from ska_pos.demo.people_data import FAMILY_NAMES, FIRST_NAMES, PPKS_CATEGORIES, USERS
from ska_pos.demo.qris_sample import sample_static_qris
from ska_pos.demo.sales_day import DaySeller, Supervisor
from ska_pos.demo.tabs_today import open_tabs_now, route_drinks_to_the_bar, tabs_moment
from ska_pos.domain.outlet_profile import default_profile
from ska_pos.services import auth, settings, setup, till_enrolment
from ska_pos.services.actor import Actor
from ska_pos.services.modifier_file import group_specs, import_modifier_groups
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.services.personal_data import PersonalData
from ska_pos.services.tabs.tables import TableForm, set_tables
from ska_pos.services.this_till import DEMO_TILL
from ska_pos.services.till_claims import Machine

SHARE_PERCENT_BP = {"kafe": 3000, "salon": 5000, "laundry": 4000, "jahit": 6000, "toko": 7000}
OUTLET_SETTINGS: dict[str, dict[str, object]] = {
    "kafe": {"tax_rate_bp": 1000, "service_rate_bp": 500, "receipt_header": "Kafe inklusif Sentra Budi Luhur"},
    "toko": {"cash_rounding_unit": 0},
}
# Whether the demo outlet's products are credited to a worker who made them, and whether it counts its stock.
DEMO_MODIFIERS = {"kafe": KAFE_MODIFIERS}
MAKERS_CREDITED = {"kafe": True, "salon": False, "laundry": False, "jahit": True, "toko": True}
STOCK_COUNTED = {"kafe": False, "salon": False, "laundry": False, "jahit": False, "toko": True}
DEMO_MODE = settings.DEMO_MODE


DEMO_TABLES = [TableForm(str(number), "Dalam" if number <= 6 else "Teras") for number in range(1, 11)]


@dataclass
class DemoOutlet:
    outlet: Outlet
    till: Till
    items: list[Item]
    workers: list[Worker]


@dataclass
class DemoResult:
    pins: dict[str, str]
    outlets: list[str]
    sales: int = 0
    days: int = 0
    supervisor_id: uuid.UUID | None = None
    enrolled_till: str = ""  # "KFE/T1" when this computer was enrolled as the demo's till
    enrolled_till_id: uuid.UUID | None = None


def build_demo(
    database: Database, *, days: int = 30, seed: int = 1, today: date | None = None, machine: Machine | None = None
) -> DemoResult:
    """A sentra with one outlet of each kind, 30 workers, 150+ items and `days` days of sales up to yesterday.

    `machine`, the computer the demo is made on, is enrolled as the café's till, so it opens at the login."""
    rng = random.Random(seed)
    with database.transaction() as session:
        result, outlets, cashier = _build_sentra(session, rng, machine)
    today = today or clock.today_in(clock.DEFAULT_ZONE)  # the demo outlets keep the default zone
    actors = {}
    with database.transaction() as session:  # the demo's cashier logs in with the PIN the demo gave them
        for demo in outlets:
            actors[demo.outlet.id] = auth.login(session, cashier.username, result.pins[cashier.username],
                                                outlet_id=demo.outlet.id, till_id=demo.till.id).actor  # fmt: skip
            set_demo_rules(session, _log_in(session, result, "manajer", demo), demo.outlet.id, demo.outlet.kind)
    counted = [demo for demo in outlets if STOCK_COUNTED[demo.outlet.kind]]
    for demo in counted:  # goods from a supplier and the makers' consigned pieces before the first day of sales
        with database.transaction() as session:
            manager = _log_in(session, result, "manajer", demo)
            stock_data.stock_up(session, manager, rng, demo.outlet, demo.items, today - timedelta(days=days + 1))
    cafe = next(demo for demo in outlets if demo.outlet.code == OUTLETS["kafe"][0])
    with database.transaction() as session:  # the café's coffees use up their ingredients from the first day
        stock_flow_data.cafe_recipes(session, _log_in(session, result, "manajer", cafe), cafe.outlet,
                                     today - timedelta(days=days + 1))  # fmt: skip
    supervisor = Supervisor("spv", result.pins["spv"])
    packages = _packages(database, result, outlets, actors, today - timedelta(days=days))
    for offset in range(days, 0, -1):
        day = today - timedelta(days=offset)
        for demo in outlets:
            with database.transaction() as session:
                actor = actors[demo.outlet.id]
                assert actor is not None
                seller = DaySeller(session, rng, actor, demo.items, demo.workers, supervisor)
                orders = DayOrders(session, rng, actor, demo.outlet.kind, demo.items, demo.workers,
                                   supervisor.approval)  # fmt: skip
                extras = DayExtras(session, rng, actor, demo.workers, packages.get(demo.outlet.id),
                                   default_profile(demo.outlet.kind).order_intake_with_due_dates)  # fmt: skip
                result.sales += seller.sell_day(day, orders, extras)
    toko = next(demo for demo in outlets if demo.outlet.code == OUTLETS["toko"][0])
    with database.transaction() as session:  # the toko's snacks sent to the café: one received, one on the way
        stock_flow_data.toko_to_cafe(session, _log_in(session, result, "manajer", toko),
                                     _log_in(session, result, "manajer", cafe), toko.outlet, cafe.outlet)  # fmt: skip
    for demo in counted:
        with database.transaction() as session:
            stock_data.count_in_progress(session, _log_in(session, result, "spv", demo), rng, demo.items)
    with database.transaction() as session:  # this evening at the café: drinks to the bar, three tabs open
        route_drinks_to_the_bar(session, _log_in(session, result, "manajer", cafe))
        # on the café's second till: the first, this computer's, starts with no shift open, so whoever tries the demo
        # opens their own (or moves this computer to another till) without closing someone else's evening
        bar_till = setup.create_till(session, _log_in(session, result, "admin", cafe), cafe.outlet, "T2", "Kasir 2")
        cafe_cashier = auth.login(session, cashier.username, result.pins[cashier.username],
                                  outlet_id=cafe.outlet.id, till_id=bar_till.id).actor  # fmt: skip
        assert cafe_cashier is not None
        seller = DaySeller(session, rng, cafe_cashier, cafe.items, cafe.workers, supervisor)
        open_tabs_now(session, seller, cafe_cashier, rng, tabs_moment(today, cafe.outlet.timezone))
    salon = next(demo for demo in outlets if demo.outlet.code == OUTLETS["salon"][0])
    with database.transaction() as session:  # the salon's day: its durations, appointments and queue (own draws)
        salon_rng = random.Random(seed + 12)
        salon_today.set_durations(session, _log_in(session, result, "manajer", salon), salon.items)
        counter = setup.create_till(session, _log_in(session, result, "admin", salon), salon.outlet, "T2", "Kasir 2")
        salon_cashier = auth.login(session, cashier.username, result.pins[cashier.username],
                                   outlet_id=salon.outlet.id, till_id=counter.id).actor  # fmt: skip
        assert salon_cashier is not None
        zone = salon.outlet.timezone
        salon_today.book_past_days(session, salon_cashier, salon_rng, salon.items, salon.workers, today, zone)
        salon_today.salon_now(session, salon_cashier, salon_rng, salon.items, salon.workers, tabs_moment(today, zone))
    result.days = days
    return result


def _packages(
    database: Database, result: DemoResult, outlets: list[DemoOutlet], actors: dict[uuid.UUID, Actor | None],
    first_day: date,
) -> dict[uuid.UUID, PackageDemo]:  # fmt: skip
    """The outlets that sell packages (by their profile): their plan and regular customer."""
    made = {}
    for demo in outlets:
        with database.transaction() as session:
            cashier = actors[demo.outlet.id]
            if cashier is None or not profile_of(session, demo.outlet.id).prepaid_packages:
                continue
            manager = _log_in(session, result, "manajer", demo)
            package = set_up_packages(session, manager, cashier, demo.items, first_day)
            if package is not None:
                made[demo.outlet.id] = package
    return made


def _log_in(session: Session, result: DemoResult, username: str, demo: DemoOutlet) -> Actor:
    actor = auth.login(session, username, result.pins[username], outlet_id=demo.outlet.id,
                       till_id=demo.till.id).actor  # fmt: skip
    assert actor is not None
    return actor


def _build_sentra(
    session: Session, rng: random.Random, machine: Machine | None
) -> tuple[DemoResult, list[DemoOutlet], User]:
    actor = auth.system_actor(session)  # the database is empty: no one can log in yet
    address = "Jl. Mayjen Sutoyo No. 1, Jakarta Timur"
    sentra = setup.create_sentra(session, actor, "BLH", "Sentra Budi Luhur", address)
    pins = {username: new_pin() for username, _name, _role in USERS}
    users = {username: setup.create_user(session, actor, sentra, username, name, role, pins[username])
             for username, name, role in USERS}  # fmt: skip
    outlets = [_outlet(session, actor, sentra, kind) for kind in OUTLETS]
    outlet_numbers = {outlet.code: number for number, (outlet, _till) in enumerate(outlets, start=10)}
    workers = _workers(session, actor, rng, sentra, [o for o, _t in outlets])
    demo_outlets = [_stock(session, actor, rng, outlet, till, workers[outlet.code], outlet_numbers[outlet.code])
                    for outlet, till in outlets]  # fmt: skip
    settings.set_setting(session, actor, "global", DEMO_MODE, True)
    result = DemoResult(pins, [outlet.code for outlet, _till in outlets], supervisor_id=users["spv"].id)
    if machine is not None:
        _enrol_demo_till(session, actor, demo_outlets, machine, result)
    return result, demo_outlets, users["kasir1"]


def _enrol_demo_till(
    session: Session, actor: Actor, outlets: list[DemoOutlet], machine: Machine, result: DemoResult
) -> None:
    cafe = next(demo for demo in outlets if (demo.outlet.code, demo.till.code) == DEMO_TILL)
    till_enrolment.enrol_till(session, actor, cafe.till.id, machine)
    result.enrolled_till, result.enrolled_till_id = f"{cafe.outlet.code}/{cafe.till.code}", cafe.till.id


def new_pin() -> str:
    """Six random digits from the system's secure source, never from the demo's seed: the demo's content may be the
    same on every install, its PINs must not be, or anyone who has seen one install can log in at another."""
    return f"{secrets.randbelow(10**6):06d}"


def _outlet(session: Session, actor: Actor, sentra: Sentra, kind: str) -> tuple[Outlet, Till]:
    code, name = OUTLETS[kind]
    extra: dict[str, object] = {
        "address": "Jl. Mayjen Sutoyo No. 1, Jakarta Timur",
        "receipt_footer": "Terima kasih. Setiap pembelian Anda menghidupi karya penerima manfaat.",
        "qris_payload": sample_static_qris(name),
    }
    extra |= OUTLET_SETTINGS.get(kind, {})
    outlet = setup.create_outlet(session, actor, sentra, code, name, kind, **extra)
    till = setup.create_till(session, actor, outlet, "T1", "Kasir 1")
    return outlet, till


def _workers(
    session: Session, actor: Actor, rng: random.Random, sentra: Sentra, outlets: list[Outlet]
) -> dict[str, list[Worker]]:
    by_outlet: dict[str, list[Worker]] = {outlet.code: [] for outlet in outlets}
    names = rng.sample([f"{first} {family}" for first in FIRST_NAMES for family in FAMILY_NAMES], 30)
    for number, name in enumerate(names, start=1):
        home = outlets[(number - 1) % len(outlets)]
        places = [home] + ([rng.choice(outlets)] if rng.random() < 0.2 else [])
        places = list({o.code: o for o in places}.values())
        worker = setup.create_worker(session, actor, sentra, f"W{number:03d}", name, places,
                                     ppks_category=rng.choice(PPKS_CATEGORIES),
                                     personal=_demo_personal(number) if rng.random() < 0.6 else None)  # fmt: skip
        for outlet in places:
            by_outlet[outlet.code].append(worker)
    return by_outlet


def _demo_personal(number: int) -> PersonalData:
    """Made-up personal data (sealed like real data) for a worker who consented, so the demo shows that part too."""
    return PersonalData(nik=f"3174{number:012d}", phone=f"0812-0000-{number:04d}", consent_date=date(2026, 1, 5),
                        bank_name="BRI", bank_account=f"0000-01-{number:06d}-50-1")  # fmt: skip


def _stock(
    session: Session,
    actor: Actor,
    rng: random.Random,
    outlet: Outlet,
    till: Till,
    workers: list[Worker],
    outlet_number: int,
) -> DemoOutlet:
    categories: dict[str, object] = {}
    items = []
    start = date(2025, 1, 1)
    setup.add_share_rule(session, actor, outlet, valid_from=start, percent_bp=SHARE_PERCENT_BP[outlet.kind])
    for number, (category_name, name, price, kind, unit) in enumerate(items_for(outlet.kind), start=1):
        if category_name not in categories:
            categories[category_name] = setup.create_category(session, actor, outlet, category_name, len(categories))
        maker = rng.choice(workers) if kind == "product" and MAKERS_CREDITED[outlet.kind] else None
        item = setup.create_item(
            session, actor, outlet, f"{outlet.code}{number:03d}", name, price, kind=kind, unit=unit,
            category=categories[category_name],  # type: ignore[arg-type]
            barcodes=[ean13(f"899{outlet_number:02d}{number:07d}")] if kind == "product" else [],
            maker=maker, track_stock=STOCK_COUNTED[outlet.kind],
            min_quantity=Decimal(3) if unit == "kg" else None,
        )  # fmt: skip
        items.append(item)
    _special_rules(session, actor, outlet, categories, items, start)
    modifier_groups = DEMO_MODIFIERS.get(outlet.kind, [])  # the café's sugar, ice, size, spice level and extras
    if modifier_groups:
        import_modifier_groups(session, actor, outlet.id, group_specs(modifier_groups))
    if default_profile(outlet.kind).dine_in_and_tables:  # the café's ten tables, inside and on the terrace
        set_tables(session, actor, outlet.id, DEMO_TABLES)
    return DemoOutlet(outlet, till, items, workers)


def _special_rules(
    session: Session, actor: Actor, outlet: Outlet, categories: dict[str, object], items: list[Item], start: date
) -> None:
    if "Jahit Baru" in categories:  # made-to-measure tailoring earns the tailor more than the outlet's rule
        setup.add_share_rule(session, actor, outlet, valid_from=start, percent_bp=6500,
                             category=categories["Jahit Baru"])  # type: ignore[arg-type]  # fmt: skip
    if items and items[0].unit == "kg":  # the laundry's first kiloan service pays its washer per kg
        setup.add_share_rule(session, actor, outlet, valid_from=start, fixed_per_unit=2000, item=items[0])


def ean13(twelve_digits: str) -> str:
    """A barcode with its check digit, so that real scanners and label printers accept it."""
    weighted = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve_digits))
    return twelve_digits + str((10 - weighted % 10) % 10)
