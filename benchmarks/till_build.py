"""The big till of `till_scale.py`, built once and kept: its catalog, its history and its enrolled computer.

`till_file(items, categories, lines)` is a SQLite till (in a temp folder, named by its parameters and schema
revision) whose café has `items` items with a barcode each, in `categories` categories, and `lines` sale lines of
history (three a sale, with payments and earnings entries), and an open shift for the cashier; the rows are added
straight into the file, as `bench_shop` does, since the services would take hours for a million lines.
`enrol_this_computer` makes a computer (its data folder) the file's till, by the administrator, as the enrolment
page does.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PIN = "1111"
CASHIER = "kasir"
ADMIN = "admin"  # enrols the benchmark's computer as the till (its PIN is PIN too)
WORDS = ("Kopi", "Teh", "Nasi", "Mie", "Roti", "Keripik", "Sambal", "Batik", "Tas", "Sabun", "Kain", "Gelang",
         "Dompet", "Kue", "Jus", "Susu", "Madu", "Tempe", "Bakso", "Sate")  # fmt: skip
KINDS = ("Manis", "Pedas", "Gurih", "Besar", "Kecil", "Hitam", "Putih", "Merah", "Hijau", "Asli", "Spesial", "Jumbo")


def till_file(items: int, categories: int, lines: int) -> Path:
    from ska_pos.db.migrate import newest_revision

    folder = Path(tempfile.gettempdir()) / "ska_pos_till_scale"
    folder.mkdir(exist_ok=True)
    path = folder / f"till-{items}i-{categories}c-{lines}l-rev{newest_revision()}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".building")
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink()
        started = time.perf_counter()
        build(partial, items, categories, lines)
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def build(path: Path, items: int, categories: int, lines: int) -> None:
    from ska_pos.db.database import open_database
    from ska_pos.services import auth, setup, shifts

    db = open_database(f"sqlite:///{path}")
    with db.transaction() as s:
        seed = auth.system_actor(s)  # the benchmark's empty database: no one to log in yet
        sentra = setup.create_sentra(s, seed, "BLH", "Sentra Budi Luhur")
        outlet = setup.create_outlet(s, seed, sentra, "KFE", "Kafe", "kafe", tax_rate_bp=1000, service_rate_bp=500)
        till = setup.create_till(s, seed, outlet, "T1")
        cashier = setup.create_user(s, seed, sentra, CASHIER, "Kasir", "cashier", PIN)
        setup.create_user(s, seed, sentra, ADMIN, "Admin", "admin", PIN)
        workers = [setup.create_worker(s, seed, sentra, f"W{n:03d}", f"Pekerja {n}", [outlet]) for n in range(20)]
        setup.add_share_rule(s, seed, outlet, valid_from=date(2020, 1, 1), percent_bp=3_000)
        actor = auth.login(s, CASHIER, PIN, outlet_id=outlet.id, till_id=till.id).actor
        assert actor is not None
        shifts.open_shift(s, actor, 200_000)
        ids = {"outlet": outlet.id.hex, "till": till.id.hex, "user": cashier.id.hex}
        worker_ids = [w.id.hex for w in workers]
    db.dispose()
    rng = random.Random(10)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    category_ids = [os.urandom(16).hex() for _ in range(categories)]
    catalog: list[tuple[str, str, str, int, str]] = []  # id, sku, name, price, maker
    with connection:
        connection.executemany(
            "INSERT INTO category (id, outlet_id, name, sort_order, active) VALUES (?, ?, ?, ?, 1)",
            [(cid, ids["outlet"], f"Kategori {n:03d}", n) for n, cid in enumerate(category_ids)],
        )
        item_rows, barcode_rows = [], []
        for n in range(items):
            item_id = os.urandom(16).hex()
            name = f"{rng.choice(WORDS)} {rng.choice(KINDS)} {n}"
            price = 1_000 * rng.randint(3, 80)
            catalog.append((item_id, f"BRG{n:06d}", name, price, rng.choice(worker_ids)))
            item_rows.append((item_id, ids["outlet"], category_ids[n % categories], f"BRG{n:06d}", name, "product",
                              "pcs", price, 0, catalog[-1][4], None, 1, "2026-01-01 00:00:00.000000"))  # fmt: skip
            barcode_rows.append((os.urandom(16).hex(), item_id, ids["outlet"], f"899{n:010d}"))
        connection.executemany(
            "INSERT INTO item (id, outlet_id, category_id, sku, name, kind, unit, price, track_stock, maker_worker_id,"
            " min_quantity, active, created_at) VALUES (" + ",".join("?" * 13) + ")", item_rows)  # fmt: skip
        connection.executemany("INSERT INTO barcode (id, item_id, outlet_id, code) VALUES (?, ?, ?, ?)", barcode_rows)
    _add_history(connection, ids, catalog, lines, rng)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("ANALYZE")
    connection.close()


def _add_history(
    connection: sqlite3.Connection, ids: dict[str, str], catalog: list[tuple[str, str, str, int, str]], lines: int,
    rng: random.Random,
) -> None:  # fmt: skip
    from bench_shop import _flush

    per_day = 500
    sales = lines // 3
    start = date(2026, 12, 5) - timedelta(days=sales // per_day + 1)
    sale_rows: list[tuple[object, ...]] = []
    line_rows: list[tuple[object, ...]] = []
    payment_rows: list[tuple[object, ...]] = []
    entry_rows: list[tuple[object, ...]] = []
    for n in range(sales):
        day = start + timedelta(days=n // per_day)
        seq = n % per_day + 1
        stamp = (datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(seconds=60 * seq)).strftime(
            "%Y-%m-%d %H:%M:%S.%f"
        )
        sale_id = os.urandom(16).hex()
        net = 0
        for line_no in (1, 2, 3):
            item_id, sku, name, price, maker = rng.choice(catalog)
            line_id = os.urandom(16).hex()
            net += price
            line_rows.append((sale_id, line_no, item_id, sku, name, "pcs", 1000, price, price, price, 0, 0, 0, price,
                              "", line_id))  # fmt: skip
            entry_rows.append((maker, ids["outlet"], sale_id, line_id, "sale", day.isoformat(), 10_000, 1000, price,
                               price * 3 // 10, "percent", 3_000, 0, "", ids["user"], stamp,
                               os.urandom(16).hex()))  # fmt: skip
        total = net + net // 20 + (net + net // 20) // 10
        sale_rows.append((ids["outlet"], ids["till"], ids["user"], "sale", "", f"KFE-T1-{day:%Y%m%d}-{seq:04d}",
                          day.isoformat(), seq, stamp, net, 0, 0, net, net // 20, 500, total - net - net // 20, 1000,
                          0, total, 0, total, 0, "", "", "", sale_id))  # fmt: skip
        payment_rows.append((sale_id, "cash", total, total, 0, "", stamp, os.urandom(16).hex()))
        if len(sale_rows) >= 20_000 or n == sales - 1:
            _flush(connection, sale_rows, line_rows, payment_rows, entry_rows)


def ensure_admin(path: Path) -> None:
    """An administrator to enrol the computer: a till built before the benchmark enrolled it has none (the build
    makes one now); added as the build adds its rows, straight into the file (no one may add a user to a database
    that is set up but an administrator)."""
    from ska_pos.services.auth import hash_pin

    with closing(sqlite3.connect(path)) as connection, connection:
        if connection.execute("SELECT 1 FROM app_user WHERE username = ?", (ADMIN,)).fetchone():
            return
        sentra_id, created_at = connection.execute(
            "SELECT sentra_id, created_at FROM app_user WHERE username = ?", (CASHIER,)
        ).fetchone()
        connection.execute(
            "INSERT INTO app_user (id, sentra_id, outlet_id, username, full_name, role, pin_hash, active,"
            " failed_pin_count, locked_until, created_at, must_change_pin) VALUES (?, ?, NULL, ?, ?, 'admin', ?, 1, 0,"
            " NULL, ?, 0)",
            (os.urandom(16).hex(), sentra_id, ADMIN, "Admin", hash_pin(PIN), created_at),
        )


def enrol_this_computer(path: Path, data_folder: Path) -> None:
    """This computer (its identity and till kept in `data_folder`, as the app keeps them) made the file's one till
    by the administrator, through the service the enrolment page calls; taken over from the computer of an
    earlier run, which had another data folder."""
    from sqlalchemy import select

    from ska_pos.db.database import open_database
    from ska_pos.db.models import Till
    from ska_pos.services.auth import login_for_command
    from ska_pos.services.this_till import load_local_config, save_local_config, this_machine
    from ska_pos.services.till_enrolment import enrol_till

    ensure_admin(path)
    machine = this_machine(data_folder)
    database = open_database(f"sqlite:///{path}")
    try:
        with database.transaction() as s:
            till_id = s.scalar(select(Till.id))
            assert till_id is not None, "the till file has no till"
            actor = login_for_command(s, ADMIN, PIN).actor
            assert actor is not None, f"the administrator {ADMIN!r} cannot log in"
            enrol_till(s, actor, till_id, machine, take_over_reason="benchmarks/till_scale.py: a new run")
    finally:
        database.dispose()
    save_local_config(load_local_config(data_folder).with_till(till_id), data_folder)
