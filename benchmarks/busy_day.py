"""One busy business day at the benchmark café: N sales of three lines on a single date, written with raw
sqlite3 executemany (fast), with categories, a mix of payment methods, a void now and then, and each line credited
to its maker. Rows match what the services write, so the daily summary's queries see a realistic table.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, timedelta

from bench_shop import BenchShop

from ska_pos.db.models import Item, Outlet
from ska_pos.ids import new_id
from ska_pos.services import setup
from ska_pos.services.sale_context import open_shift_id

CATEGORIES = ("Minuman", "Makanan berat", "Camilan", "Kue", "Paket")
METHODS = ("cash", "cash", "cash", "qris", "qris", "transfer", "ewallet")
VOID_EVERY = 80


def add_day(shop: BenchShop, day: date, sales: int, *, seed: int = 11) -> None:
    rng = random.Random(seed)
    categories = _categories(shop)
    with shop.db.reading() as s:
        shift_id = open_shift_id(s, shop.actor.till_id)
    assert shift_id is not None
    a = shop.actor
    ids = {"outlet": a.outlet_id.hex, "till": a.till_id.hex, "user": a.user_id.hex, "shift": shift_id.hex}
    rows: dict[str, list[tuple[object, ...]]] = {"sale": [], "sale_line": [], "payment": [], "earning_entry": []}
    start = datetime.combine(day, datetime.min.time(), tzinfo=UTC)
    for n in range(sales):
        stamp = (start + timedelta(seconds=n * 20)).strftime("%Y-%m-%d %H:%M:%S.%f")
        items = rng.sample(shop.items, 3)
        sale_id = _sale(rows, ids, day, n + 1, stamp, "sale", items, categories, rng.choice(METHODS), sign=1)
        if n % VOID_EVERY == VOID_EVERY - 1:
            _sale(rows, ids, day, sales + n + 1, stamp, "void", items, categories, "cash", sign=-1, reverses=sale_id)
    _write(shop, rows)


def _categories(shop: BenchShop) -> list[str]:
    with shop.db.transaction() as s:
        outlet = s.get(Outlet, shop.actor.outlet_id)
        assert outlet is not None
        return [setup.create_category(s, shop.admin, outlet, name).id.hex for name in CATEGORIES]


def _sale(
    rows: dict[str, list[tuple[object, ...]]], ids: dict[str, str], day: date, seq: int, stamp: str, kind: str,
    items: list[Item], categories: list[str], method: str, *, sign: int, reverses: str | None = None,
) -> str:  # fmt: skip
    sale_id = new_id().hex
    net = 0
    for line_no, item in enumerate(items, start=1):
        line_id, price = new_id().hex, sign * item.price
        net += price
        category = categories[int(item.sku[3:]) % len(categories)]
        rows["sale_line"].append((sale_id, line_no, item.id.hex, category, item.sku, item.name, "pcs", sign * 1000,
                                  item.price, item.price, price, 0, 0, 0, price, "", line_id))  # fmt: skip
        rows["earning_entry"].append((item.maker_worker_id.hex, ids["outlet"], sale_id, line_id, kind,  # type: ignore[union-attr]
                                      day.isoformat(), 10_000, sign * 1000, price, price * 3 // 10, "percent", 3_000,
                                      0, "", ids["user"], stamp, new_id().hex))  # fmt: skip
    service = net // 20
    tax = (net + service) // 10
    total = net + service + tax
    rows["sale"].append((ids["outlet"], ids["till"], ids["shift"], ids["user"], kind, reverses, "",
                         f"KFE-T1-{day:%Y%m%d}-{seq:04d}", day.isoformat(), seq, stamp, net, 0, 0, net, service, 500,
                         tax, 1000, 0, total, 0, total, 0, "", "", "", sale_id))  # fmt: skip
    rows["payment"].append((sale_id, method, total, total, 0, "REF" if method in ("transfer", "ewallet") else "",
                            stamp, new_id().hex))  # fmt: skip
    return sale_id


_INSERTS = {
    "sale": "INSERT INTO sale (outlet_id, till_id, shift_id, cashier_id, kind, reverses_sale_id, reason, receipt_no,"
    " business_date, seq, sold_at, subtotal, line_discount_total, sale_discount_total, net_total, service_charge,"
    " service_rate_bp, tax_amount, tax_rate_bp, prices_include_tax, total, rounding, paid, change, order_type,"
    " table_no, note, id) VALUES (" + ",".join("?" * 28) + ")",
    "sale_line": "INSERT INTO sale_line (sale_id, line_no, item_id, category_id, sku, name, unit, quantity, list_price,"
    " unit_price, gross_amount, line_discount, sale_discount_part, included_tax, net_amount, note, id)"
    " VALUES (" + ",".join("?" * 17) + ")",
    "payment": "INSERT INTO payment (sale_id, method, amount, tendered, change, reference, created_at, id)"
    " VALUES (" + ",".join("?" * 8) + ")",
    "earning_entry": "INSERT INTO earning_entry (worker_id, outlet_id, sale_id, sale_line_id, kind, business_date,"
    " split_bp, quantity, credited_amount, amount, rule_kind, rule_percent_bp, rule_fixed_per_unit, reason,"
    " created_by_id, created_at, id) VALUES (" + ",".join("?" * 17) + ")",
}


def _write(shop: BenchShop, rows: dict[str, list[tuple[object, ...]]]) -> None:
    connection = sqlite3.connect(shop.path)
    connection.execute("PRAGMA journal_mode=WAL")
    with connection:
        for table in ("sale", "sale_line", "payment", "earning_entry"):
            connection.executemany(_INSERTS[table], rows[table])
    connection.close()
