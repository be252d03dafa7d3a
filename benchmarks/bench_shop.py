"""A till to benchmark on: one café with items, workers, a share rule and an open shift, plus bulk history.

The history is written with raw sqlite3 executemany (it only has to exist, fast); rows match the schema the
services write, so the indexes and the receipt-number query see a realistic table.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ska_pos import clock
from ska_pos.db.database import Database, open_database
from ska_pos.db.models import Item, Worker
from ska_pos.ids import new_id
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services import auth, setup, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.printer_settings import TillPrinters, save_printers


@dataclass
class BenchShop:
    db: Database
    path: Path
    actor: Actor
    items: list[Item]
    workers: list[Worker]
    admin: Actor
    shift_id: uuid.UUID
    share_rule_id: uuid.UUID


def build(path: Path) -> BenchShop:
    db = open_database(f"sqlite:///{path}")
    with db.transaction() as s:
        seed = auth.system_actor(s)  # the benchmark's empty database: no one to log in yet
        sentra = setup.create_sentra(s, seed, "BLH", "Sentra Budi Luhur")
        outlet = setup.create_outlet(s, seed, sentra, "KFE", "Kafe", "kafe", tax_rate_bp=1000, service_rate_bp=500)
        till = setup.create_till(s, seed, outlet, "T1")
        setup.create_user(s, seed, sentra, "kasir", "Kasir", "cashier", "1111")
        workers = [setup.create_worker(s, seed, sentra, f"W{n:03d}", f"Pekerja {n}", [outlet]) for n in range(20)]
        items = [setup.create_item(s, seed, outlet, f"SKU{n:03d}", f"Menu {n}", 5_000 + 500 * n, maker=workers[n % 20])
                 for n in range(60)]  # fmt: skip
        rule = setup.add_share_rule(s, seed, outlet, valid_from=date(2020, 1, 1), percent_bp=3_000)
        setup.create_user(s, seed, sentra, "spv", "Supervisor", "supervisor", "2222")
        setup.create_user(s, seed, sentra, "admin", "Admin", "admin", "4444")
        actor = auth.login(s, "kasir", "1111", outlet_id=outlet.id, till_id=till.id).actor
        admin = auth.login(s, "admin", "4444", outlet_id=outlet.id, till_id=till.id).actor
        assert actor is not None
        assert admin is not None
        shift_id = shifts.open_shift(s, actor, 200_000)
    return BenchShop(db, path, actor, items, workers, admin, shift_id, rule.id)


def add_printers(shop: BenchShop) -> TillPrinters:
    """A café till as it is set up in an outlet: a network receipt printer and a kitchen printer, so every sale
    queues two print jobs (no printer answers: the jobs only have to be written)."""
    printers = TillPrinters(
        PrinterSettings("network", "192.0.2.10:9100"), PrinterSettings("network", "192.0.2.11:9100")
    )
    with shop.db.transaction() as s:
        supervisor = auth.login(s, "spv", "2222", outlet_id=shop.actor.outlet_id, till_id=shop.actor.till_id).actor
        assert supervisor is not None
        save_printers(s, supervisor, shop.actor.till_id, printers)
    return printers


def _hex() -> str:
    return new_id().hex


def add_history(shop: BenchShop, sales: int, *, seed: int = 7) -> None:
    """`sales` past sales of 3 lines and a cash payment, about 500 a day, ending yesterday."""
    rng = random.Random(seed)
    per_day = 500
    start = clock.today_in(clock.DEFAULT_ZONE) - timedelta(days=sales // per_day + 2)
    a = shop.actor
    ids = {"outlet": a.outlet_id.hex, "till": a.till_id.hex, "user": a.user_id.hex}
    connection = sqlite3.connect(shop.path)
    connection.execute("PRAGMA journal_mode=WAL")
    sale_rows, line_rows, payment_rows, entry_rows = [], [], [], []
    for n in range(sales):
        day = start + timedelta(days=n // per_day)
        seq = n % per_day + 1
        moment = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(seconds=60 * seq)
        stamp = moment.strftime("%Y-%m-%d %H:%M:%S.%f")
        sale_id = _hex()
        net = 0
        for line_no in (1, 2, 3):
            item = rng.choice(shop.items)
            line_id = _hex()
            net += item.price
            line_rows.append((sale_id, line_no, item.id.hex, item.sku, item.name, "pcs", 1000, item.price,
                              item.price, item.price, 0, 0, 0, item.price, "", line_id))  # fmt: skip
            entry_rows.append((item.maker_worker_id.hex, ids["outlet"], sale_id, line_id, "sale", day.isoformat(),  # type: ignore[union-attr]
                               10_000, 1000, item.price, item.price * 3 // 10, "percent", 3_000, 0, "",
                               ids["user"], stamp, _hex()))  # fmt: skip
        total = net + net // 20 + (net + net // 20) // 10
        sale_rows.append((ids["outlet"], ids["till"], ids["user"], "sale", "", f"KFE-T1-{day:%Y%m%d}-{seq:04d}",
                          day.isoformat(), seq, stamp, net, 0, 0, net, net // 20, 500, total - net - net // 20, 1000,
                          0, total, 0, total, 0, "", "", "", sale_id))  # fmt: skip
        payment_rows.append((sale_id, "cash", total, total, 0, "", stamp, _hex()))
        if len(sale_rows) >= 20_000 or n == sales - 1:
            _flush(connection, sale_rows, line_rows, payment_rows, entry_rows)
    connection.close()


def _flush(connection: sqlite3.Connection, *batches: list[tuple[object, ...]]) -> None:
    sale_rows, line_rows, payment_rows, entry_rows = batches
    with connection:
        connection.executemany(
            "INSERT INTO sale (outlet_id, till_id, cashier_id, kind, reason, receipt_no, business_date, seq, sold_at,"
            " subtotal, line_discount_total, sale_discount_total, net_total, service_charge, service_rate_bp,"
            " tax_amount, tax_rate_bp, prices_include_tax, total, rounding, paid, change, order_type, table_no, note,"
            " id) VALUES (" + ",".join("?" * 26) + ")", sale_rows)  # fmt: skip
        connection.executemany(
            "INSERT INTO sale_line (sale_id, line_no, item_id, sku, name, unit, quantity, list_price, unit_price,"
            " gross_amount, line_discount, sale_discount_part, included_tax, net_amount, note, id)"
            " VALUES (" + ",".join("?" * 16) + ")", line_rows)  # fmt: skip
        connection.executemany(
            "INSERT INTO payment (sale_id, method, amount, tendered, change, reference, created_at, id)"
            " VALUES (" + ",".join("?" * 8) + ")", payment_rows)  # fmt: skip
        connection.executemany(
            "INSERT INTO earning_entry (worker_id, outlet_id, sale_id, sale_line_id, kind, business_date, split_bp,"
            " quantity, credited_amount, amount, rule_kind, rule_percent_bp, rule_fixed_per_unit, reason,"
            " created_by_id, created_at, id) VALUES (" + ",".join("?" * 17) + ")", entry_rows)  # fmt: skip
    for batch in batches:
        batch.clear()
