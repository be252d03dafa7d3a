"""The raw sqlite3 path of `catalog_import.py`: the rows a catalog import writes, written by hand, for comparison.

It writes what `import_catalog` writes for the benchmark's file (new categories, items, their barcodes, and for a
file read again only the prices that changed, each kept in the item's price history, with the price it replaces
first when the history starts there; the item search index follows by the schema's triggers, as it does for the
service) and the audit entry with the prices set; it reads inside its transaction only what the rows
depend on (the outlet's categories, items and barcodes, the workers). It skips every check the service makes
(columns, lengths, kinds, units, amounts, duplicates, unknown codes): that is the service's overhead, counted
against it. `same_rows` compares two databases table by table, by the rows' natural keys (ids are random)."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ska_pos import clock
from ska_pos.ids import new_id


class RawImport:
    def __init__(self, database: Path, outlet_id: uuid.UUID, user_id: uuid.UUID) -> None:
        self.connection = sqlite3.connect(database, isolation_level=None)
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL", "busy_timeout=5000"):
            self.connection.execute(f"PRAGMA {pragma}")
        self.outlet, self.user = outlet_id.hex, user_id.hex

    def run(self, path: Path) -> tuple[float, float, int, int]:
        """Seconds, CPU seconds, items created, items updated."""
        started, started_cpu = time.perf_counter(), time.process_time()
        created, updated = self._write(path)
        return time.perf_counter() - started, time.process_time() - started_cpu, created, updated

    def _write(self, path: Path) -> tuple[int, int]:
        connection, outlet = self.connection, self.outlet
        data = path.read_bytes()
        rows = list(csv.DictReader(data.decode("utf-8").splitlines()))
        now = clock.now()
        stamp = now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        connection.execute("BEGIN IMMEDIATE")
        workers = dict(connection.execute("SELECT code, id FROM worker"))
        categories = dict(connection.execute("SELECT name, id FROM category WHERE outlet_id = ?", (outlet,)))
        items = {sku: (item_id, price, made) for item_id, sku, price, made in connection.execute(
            "SELECT id, sku, price, created_at FROM item WHERE outlet_id = ?", (outlet,))}  # fmt: skip
        priced = {item_id for (item_id,) in connection.execute(
            "SELECT DISTINCT p.item_id FROM item_price p JOIN item i ON i.id = p.item_id WHERE i.outlet_id = ?",
            (outlet,))}  # fmt: skip
        (name,) = connection.execute("SELECT timezone FROM outlet WHERE id = ?", (outlet,)).fetchone()
        zone = ZoneInfo(name)
        today = now.astimezone(zone).date()
        before = (now - timedelta(microseconds=1)).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        history: list[tuple[Any, ...]] = []
        barcodes = {code for (code,) in connection.execute("SELECT code FROM barcode WHERE outlet_id = ?", (outlet,))}
        new_categories: list[tuple[Any, ...]] = []
        new_items: list[tuple[Any, ...]] = []
        new_barcodes: list[tuple[Any, ...]] = []
        new_prices: list[tuple[int, str]] = []
        prices: list[list[Any]] = []
        for row in rows:
            name, sku, price = row["category"], row["sku"], int(row["price"])
            category = categories.get(name)
            if category is None:
                category = categories[name] = new_id().hex
                new_categories.append((category, outlet, name))
            known = items.get(sku)
            if known is None:
                item_id = new_id().hex
                new_items.append((item_id, outlet, category, sku, row["name"], row["kind"], row["unit"], price,
                                  row["track_stock"] == "ya", workers[row["maker_code"]], stamp))  # fmt: skip
                prices.append([sku, None, price])
            else:
                item_id = known[0]
                if known[1] != price:
                    new_prices.append((price, item_id))
                    prices.append([sku, known[1], price])
                    if item_id not in priced:  # the price it had, from the day it was made
                        made = datetime.fromisoformat(known[2]).replace(tzinfo=UTC)
                        first_day = min(made.astimezone(zone).date(), today).isoformat()
                        history.append((new_id().hex, item_id, known[1], None, first_day, min(known[2], before)))
                    history.append((new_id().hex, item_id, price, self.user, today.isoformat(), stamp))
            new_barcodes.extend((new_id().hex, item_id, outlet, code) for code in row["barcodes"].split(";")
                                if code not in barcodes)  # fmt: skip
        connection.executemany("INSERT INTO category (id, outlet_id, name, sort_order, active) VALUES (?, ?, ?, 0, 1)",
                               new_categories)  # fmt: skip
        connection.executemany("INSERT INTO item (id, outlet_id, category_id, sku, name, kind, unit, price,"
                               " track_stock, maker_worker_id, min_quantity, active, created_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1, ?)", new_items)  # fmt: skip
        connection.executemany("INSERT INTO barcode (id, item_id, outlet_id, code) VALUES (?, ?, ?, ?)", new_barcodes)
        connection.executemany("UPDATE item SET price = ? WHERE id = ?", new_prices)
        connection.executemany("INSERT INTO item_price (id, item_id, price, created_by_id, effective_from, created_at)"
                               " VALUES (?, ?, ?, ?, ?, ?)", history)  # fmt: skip
        details = {"created": len(new_items), "updated": len(new_prices), "file": path.name,
                   "sha256": hashlib.sha256(data).hexdigest(), "prices": {str(uuid.UUID(outlet)): prices}}  # fmt: skip
        connection.execute("INSERT INTO audit_log (id, at, user_id, approved_by_id, till_id, action, entity, entity_id,"
                           " details) VALUES (?, ?, ?, NULL, NULL, 'catalog_imported', 'catalog', ?, ?)",
                           (new_id().hex, stamp, self.user, details["sha256"],
                            json.dumps(details, default=str, ensure_ascii=False, sort_keys=True)))  # fmt: skip
        connection.execute("COMMIT")
        return len(new_items), len(new_prices)

    def close(self) -> None:
        self.connection.close()


# Each table's rows by natural keys, never by random ids; `shape` says the ids and times are stored alike.
_CONTENTS = {
    "category": "SELECT o.code, c.name, c.sort_order, c.active, length(c.id) FROM category c"
    " JOIN outlet o ON o.id = c.outlet_id",
    "item": "SELECT o.code, i.sku, i.name, i.kind, i.unit, i.price, i.track_stock, w.code, i.min_quantity, i.active,"
    " c.name, length(i.id), length(i.created_at), typeof(i.created_at) FROM item i JOIN outlet o ON o.id = i.outlet_id"
    " LEFT JOIN worker w ON w.id = i.maker_worker_id LEFT JOIN category c ON c.id = i.category_id",
    "barcode": "SELECT o.code, i.sku, b.code, length(b.id) FROM barcode b JOIN item i ON i.id = b.item_id"
    " JOIN outlet o ON o.id = b.outlet_id",
    "item_search": "SELECT i.sku, s.sku, s.name FROM item_search s JOIN item_search_key k ON k.id = s.rowid"
    " JOIN item i ON i.id = k.item_id",
    "item_search_key": "SELECT i.sku FROM item_search_key k JOIN item i ON i.id = k.item_id",
    "item_price": "SELECT i.sku, p.price, p.effective_from, p.created_by_id, length(p.id), typeof(p.created_at)"
    " FROM item_price p JOIN item i ON i.id = p.item_id",
    "audit_log": "SELECT action, user_id, till_id, entity, entity_id, details FROM audit_log",
    "journal_entry": "SELECT till_id, seq, type, payload FROM journal_entry",
}


def contents(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's row count, and the rows of the tables an import writes."""
    connection = sqlite3.connect(database)
    try:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found: dict[str, list[tuple[Any, ...]]] = {
            f"{table} (count)": connection.execute(f'SELECT count(*) FROM "{table}"').fetchall() for table in tables
        }
        for table, query in _CONTENTS.items():
            found[table] = sorted(connection.execute(query).fetchall(), key=repr)
        return found
    finally:
        connection.close()


def different_tables(service: Path, raw: Path) -> list[str]:
    """The tables whose rows differ between the two databases (none: the raw path writes what the service does)."""
    ours, theirs = contents(service), contents(raw)
    return sorted(table for table in ours.keys() | theirs.keys() if ours.get(table) != theirs.get(table))
