"""Writing a planned catalogue import: Core statements in batches, with progress between them, and the prices it
sets kept in each item's price history."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Executable, bindparam, insert, select, type_coerce, update
from sqlalchemy.types import NullType

from ska_pos import clock
from ska_pos.db.models import Barcode, Category, Item, ItemPrice, Outlet, ServiceDuration, new_id
from ska_pos.db.models.base import table_of
from ska_pos.services.catalog_file import RowProblem


@dataclass(frozen=True)
class PriceSet:
    """A price an import sets: `old` is None for a new item."""

    item_id: uuid.UUID
    outlet_id: uuid.UUID
    outlet_code: str
    sku: str
    name: str
    old: int | None
    new: int


UnitChange = tuple[int, uuid.UUID, str, str, str]
"""An existing item a row gives another unit: (row number, item, name, unit now, unit the row gives)."""


@dataclass
class ImportPlan:
    """What an import would write, worked out from the file and the database without writing anything."""

    problems: list[RowProblem] = field(default_factory=list)
    new_categories: list[dict[str, Any]] = field(default_factory=list)
    new_items: list[dict[str, Any]] = field(default_factory=list)
    changed_items: list[dict[str, Any]] = field(default_factory=list)
    new_barcodes: list[dict[str, Any]] = field(default_factory=list)
    prices: list[PriceSet] = field(default_factory=list)
    changed_skus: list[tuple[str, str]] = field(default_factory=list)  # each once: a file repeats no SKU
    # existing items whose price changes and that have no price history yet: when each was made
    unpriced: dict[uuid.UUID, datetime] = field(default_factory=dict)
    # the same new prices keyed as the driver gave the items' ids: bound back untouched (`_write_prices`)
    price_updates: list[dict[str, Any]] = field(default_factory=list)
    # the services' minutes the file sets (service_duration, beside the item: services/salon/durations.py)
    new_durations: list[dict[str, Any]] = field(default_factory=list)
    changed_durations: list[dict[str, Any]] = field(default_factory=list)
    rows: int = 0  # the file's valid rows
    # existing items a row gives another unit, refused if the item has stock or recipes that would not convert
    unit_changes: list[UnitChange] = field(default_factory=list)

    @property
    def unchanged(self) -> int:
        """Rows whose item is already as the row says: nothing is written for them."""
        return self.rows - len(self.new_items) - len(self.changed_skus)

    @property
    def rows_to_write(self) -> int:
        changed_prices = len([price for price in self.prices if price.old is not None])
        # a changed price: the item's row, and its price history's new row (and a first row the lookup may add)
        return len(self.new_categories) + len(self.new_items) + len(self.changed_items) + len(self.new_barcodes) + (
            2 * changed_prices)  # fmt: skip


ProgressCallback = Callable[[int, int], None]
BATCH_ROWS = 5_000  # rows per statement between two progress reports (and two chances to cancel)

# The item's columns a row sets, other than its price (`_write_prices`), in `_Known`'s order.
COMPARED_COLUMNS = ("category_id", "name", "kind", "unit", "track_stock", "maker_worker_id", "min_quantity", "active")


def write_plan(
    connection: Connection, plan: ImportPlan, progress: ProgressCallback, created_by: uuid.UUID | None
) -> None:
    """Core statements on the tables, executemany in batches: the ORM's per-row objects cost several times as much."""
    total, done = plan.rows_to_write, 0
    progress(done, total)
    for model, rows in ((Category, plan.new_categories), (Item, plan.new_items), (Barcode, plan.new_barcodes)):
        done = _in_batches(connection, insert(table_of(model)), rows, done, total, progress)
    if plan.changed_items:
        items = table_of(Item)
        changes = update(items).where(items.c.id == bindparam("item_id")).values(
            {column: bindparam(column) for column in COMPARED_COLUMNS})  # fmt: skip
        done = _in_batches(connection, changes, plan.changed_items, done, total, progress)
    _write_prices(connection, plan, done, total, progress, created_by)


def write_durations(connection: Connection, plan: ImportPlan, user_id: uuid.UUID) -> None:
    """The services' minutes, after their items: a row per item, kept as the item form keeps it (audited there one
    by one; here with the import's audit record, which counts them)."""
    if not (plan.new_durations or plan.changed_durations):
        return
    table, now = table_of(ServiceDuration), clock.now()
    if plan.new_durations:
        connection.execute(insert(table), [{**row, "updated_by_id": user_id, "updated_at": now}
                                           for row in plan.new_durations])  # fmt: skip
    if plan.changed_durations:
        changes = update(table).where(table.c.item_id == bindparam("key")).values(
            minutes=bindparam("new_minutes"), updated_by_id=user_id, updated_at=now)  # fmt: skip
        connection.execute(changes, [{"key": row["item_id"], "new_minutes": row["minutes"]}
                                     for row in plan.changed_durations])  # fmt: skip


def _write_prices(
    connection: Connection,
    plan: ImportPlan,
    done: int,
    total: int,
    progress: ProgressCallback,
    created_by: uuid.UUID | None,
) -> None:
    """Every price the import sets goes through here. A new item's first price went in with its row (the column
    cannot be empty); an existing item's new price is written now, and kept in its price history from the outlet's
    today, as the item form's change for today is (services/prices.py): an item whose history starts now first gets
    the price it had, from the day it was made (`unpriced`, found by the plan with the items it read)."""
    changed = [price for price in plan.prices if price.old is not None]
    items = table_of(Item)
    # the key as read (hex text on SQLite, a UUID on PostgreSQL) needs no conversion either way: a 100,000-item
    # price change spent more time converting keys than SQLite spent writing the rows
    key = type_coerce(items.c.id, NullType()) == bindparam("key", type_=NullType())
    changes = update(items).where(key).values(price=bindparam("new_price"))
    done = _in_batches(connection, changes, plan.price_updates, done, total, progress)
    history = _history_rows(connection, changed, plan.unpriced, created_by)
    _in_batches(connection, insert(table_of(ItemPrice)), history, done, total,
                lambda written, whole: progress(min(written, whole), whole))  # fmt: skip


def _history_rows(
    connection: Connection, changed: list[PriceSet], unpriced: dict[uuid.UUID, datetime],
    created_by: uuid.UUID | None,
) -> list[dict[str, Any]]:  # fmt: skip
    if not changed:
        return []
    now = clock.now()
    zones = {outlet_id: ZoneInfo(zone) for outlet_id, zone in connection.execute(select(Outlet.id, Outlet.timezone))}
    days = {outlet_id: now.astimezone(zone).date() for outlet_id, zone in zones.items()}
    rows: list[dict[str, Any]] = []
    for price in changed:
        zone, today = zones[price.outlet_id], days[price.outlet_id]
        opened = unpriced.get(price.item_id)
        if opened is not None:
            first_day = min(opened.astimezone(zone).date(), today)
            # written before the new price, so that on a day they share the new one is the later
            written = min(opened, now - timedelta(microseconds=1))
            rows.append({"id": new_id(), "item_id": price.item_id, "price": price.old, "created_by_id": None,
                         "effective_from": first_day, "created_at": written})  # fmt: skip
        rows.append({"id": new_id(), "item_id": price.item_id, "price": price.new, "effective_from": today,
                     "created_by_id": created_by, "created_at": now})  # fmt: skip
    return rows


def _in_batches(
    connection: Connection, statement: Executable, rows: list[dict[str, Any]], done: int, total: int,
    progress: ProgressCallback,
) -> int:  # fmt: skip
    for start in range(0, len(rows), BATCH_ROWS):
        batch = rows[start : start + BATCH_ROWS]
        connection.execute(statement, batch)
        done += len(batch)
        progress(done, total)
    return done
