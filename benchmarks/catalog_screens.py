"""The manager's catalogue list on a big catalogue: a page of items, the next page, a category, the inactive
ones, a search, each priced for today from `item_price` (services/catalog_admin.list_items, as the Katalog tab's
ReadOp runs it), and adding a line at the till priced for its day.

    python benchmarks/catalog_screens.py [--items 100000] [--categories 101] [--priced 10000] [--runs 50]

Builds a SQLite file in a temporary folder: one café with `--items` items (one in 20 inactive) in `--categories`
categories, `--priced` of them with a price history (a change today and one scheduled a week on). Prints p50/p99
per read and the load average (the figures mean little on a busy machine).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

WORDS = ("Kopi", "Teh", "Nasi", "Mie", "Roti", "Keripik", "Sambal", "Batik", "Tas", "Sabun", "Kain", "Gelang")
KINDS = ("Manis", "Pedas", "Gurih", "Besar", "Kecil", "Hitam", "Putih", "Merah", "Asli", "Spesial", "Jumbo")


def build(path: Path, items: int, categories: int, priced: int) -> None:
    from ska_pos.db.database import open_database
    from ska_pos.services import auth, setup
    from ska_pos.services.prices import outlet_today

    db = open_database(f"sqlite:///{path}")
    with db.transaction() as s:
        seed = auth.system_actor(s)
        sentra = setup.create_sentra(s, seed, "BLH", "Sentra Budi Luhur")
        outlet = setup.create_outlet(s, seed, sentra, "KFE", "Kafe", "kafe")
        outlet_id, today = outlet.id.hex, outlet_today(s, outlet.id)
    db.dispose()
    rng = random.Random(7)
    connection = sqlite3.connect(path)
    category_ids = [os.urandom(16).hex() for _ in range(categories)]
    item_ids = [os.urandom(16).hex() for _ in range(items)]
    with connection:
        connection.executemany(
            "INSERT INTO category (id, outlet_id, name, sort_order, active) VALUES (?, ?, ?, ?, 1)",
            [(cid, outlet_id, f"Kategori {n:03d}", n) for n, cid in enumerate(category_ids)],
        )
        connection.executemany(
            "INSERT INTO item (id, outlet_id, category_id, sku, name, kind, unit, price, track_stock, active,"
            " created_at) VALUES (?, ?, ?, ?, ?, 'product', 'pcs', ?, 0, ?, '2026-01-01 00:00:00.000000')",
            [(item_id, outlet_id, category_ids[n % categories], f"BRG{n:06d}",
              f"{rng.choice(WORDS)} {rng.choice(KINDS)} {n}", 1_000 * rng.randint(3, 80), int(n % 20 != 0))
             for n, item_id in enumerate(item_ids)],
        )  # fmt: skip
        rows = []
        for item_id in item_ids[:priced]:
            for day in (today, today + timedelta(days=7)):
                rows.append((os.urandom(16).hex(), item_id, 1_000 * rng.randint(3, 80), day.isoformat()))
        connection.executemany(
            "INSERT INTO item_price (id, item_id, price, effective_from, created_at)"
            " VALUES (?, ?, ?, ?, '2026-01-01 00:00:00.000000')",
            rows,
        )
    connection.execute("ANALYZE")
    connection.close()


def timed(what: str, runs: int, read: Callable[[], object]) -> None:
    times = []
    for _ in range(runs):
        begun = time.perf_counter()
        read()
        times.append((time.perf_counter() - begun) * 1000)
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    print(f"{what:42} p50 {statistics.median(ordered):7.2f} ms   p99 {p99:7.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--categories", type=int, default=101)
    parser.add_argument("--priced", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    os.environ.setdefault("SKA_POS_DATA_DIR", tempfile.mkdtemp())
    from sqlalchemy import select

    from ska_pos.db.database import open_database
    from ska_pos.db.models import Category, Item, Outlet
    from ska_pos.services import cart_ops, catalog_admin
    from ska_pos.services.cart import Cart

    path = Path(tempfile.mkdtemp()) / "catalog.sqlite3"
    begun = time.perf_counter()
    build(path, args.items, args.categories, args.priced)
    print(f"built {args.items:,} items ({args.priced:,} with a price history) in {time.perf_counter() - begun:.1f} s")
    db = open_database(f"sqlite:///{path}")
    with db.reading() as s:
        outlet_id = s.scalar(select(Outlet.id))
        category_id = s.scalar(select(Category.id).order_by(Category.sort_order).limit(1))
        priced_item = s.scalar(select(Item.id).where(Item.sku == "BRG000001"))
        second = catalog_admin.list_items(s, outlet_id, limit=50).next
    assert outlet_id is not None
    assert priced_item is not None

    def listed(text: str = "", **options: object) -> Callable[[], object]:
        def read() -> object:
            with db.reading() as s:
                return catalog_admin.list_items(s, outlet_id, text, limit=50, **options)  # type: ignore[arg-type]

        return read

    def add_line() -> object:
        with db.reading() as s:
            return cart_ops.add_item(s, Cart(outlet_id), priced_item)

    timed("first page (50, by name, all)", args.runs, listed())
    timed("next page", args.runs, listed(after=second))
    timed("active items only", args.runs, listed(active=True))
    timed("inactive items only", args.runs, listed(active=False))
    timed("one category", args.runs, listed(category_id=category_id))
    timed("search 'kopi'", args.runs, listed("kopi"))
    timed("search 'pedas' in one category", args.runs, listed("pedas", category_id=category_id))
    timed("search, no match 'xyzzy'", args.runs, listed("xyzzy"))
    timed("till: add a line at today's price", args.runs, add_line)
    print(f"load average {os.getloadavg()[0]:.2f} (2 cores)")
    db.dispose()


if __name__ == "__main__":
    main()
