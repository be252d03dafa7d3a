"""Importing a catalog from CSV or XLSX: every row is checked first (`catalog_file`), the import planned against what
the database holds, and nothing is written (`catalog_import_writes`) unless all rows are valid."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.types import NullType

from ska_pos import clock
from ska_pos.db.models import Barcode, Category, Item, ItemPrice, Outlet, ServiceDuration, StockMovement, Worker, new_id
from ska_pos.i18n import _
from ska_pos.services import audit, settings
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.catalog_file import (
    BadField,
    CatalogFile,
    CatalogImportError,
    RowFields,
    RowProblem,
    read_catalog,
)
from ska_pos.services.catalog_import_writes import (
    ImportPlan,
    PriceSet,
    ProgressCallback,
    UnitChange,
    write_durations,
    write_plan,
)
from ska_pos.services.errors import ServiceError, ValidationError
from ska_pos.services.permissions import home_outlet, require_outlet, requires
from ska_pos.services.stock.recipe_unit_guard import refusal, units_recipes_break


@dataclass(frozen=True)
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    prices: tuple[PriceSet, ...] = ()


def plan_import(session: Session, catalog: CatalogFile, *, default_outlet: Outlet | None = None) -> ImportPlan:
    """Every row checked against the database (outlets, workers, barcodes of other items), and what would change.

    Reads only: the window shows its problems, and what would be added and changed, before anything is written."""
    known = _Known.load(session, catalog.rows, default_outlet)
    default = _Place(default_outlet.id, default_outlet.code) if default_outlet is not None else None
    plan = ImportPlan(problems=list(catalog.problems), rows=len(catalog.rows))
    seen: dict[tuple[str, str], int] = {}
    now = clock.now()
    for fields in catalog.rows:
        try:
            outlet, maker = _references(known, fields, default)
        except BadField as error:
            plan.problems.append(RowProblem(fields.row_number, error.column, error.message))
            continue
        plan.problems.extend(_duplicates(fields, outlet, seen))
        if not plan.problems:  # once a row is wrong nothing will be written: only the checks go on
            _plan_row(plan, known, fields, outlet, maker, now)
    plan.problems.extend(_units_of_stock_kept(session, plan.unit_changes))
    plan.problems.extend(_units_recipes_need(session, plan.unit_changes))
    plan.problems.sort(key=lambda problem: problem.row)
    if not catalog.rows and not plan.problems:
        plan.problems.append(RowProblem(0, "", _("The file has no rows to import")))
    if plan.problems:
        return ImportPlan(problems=plan.problems)
    return plan


@requires("catalog.import")
def import_catalog(
    session: Session, actor: Actor, source: Path | CatalogFile, *, default_outlet: Outlet | None = None,
    progress: ProgressCallback | None = None,
) -> ImportReport:  # fmt: skip
    """Raises CatalogImportError listing every bad row (by spreadsheet row number) and writes nothing then.

    One transaction, all rows or none, kept short because SQLite's write lock is held from its first read and
    other tills wait at most busy_timeout (5 s) for it: the file is read and checked before (`read_catalog`),
    what the rows refer to is loaded in a few queries and checked in memory, then the rows are written in bulk
    statements of `BATCH_ROWS` (100,000 rows: benchmarks/catalog_import.py). `progress(done, total)` is called
    before and after each statement; it may raise `ImportCancelled` (or anything) to stop, and the caller's
    transaction then rolls back: nothing is written. The prices set are recorded in the audit log and, made at a
    till, in its journal, with the file's name and SHA-256."""
    catalog = read_catalog(source) if isinstance(source, Path) else source
    _require_own_outlets(session, actor, catalog, default_outlet)
    plan = plan_import(session, catalog, default_outlet=default_outlet)
    if plan.problems:
        raise CatalogImportError(plan.problems)
    write_plan(session.connection(), plan, progress or _no_progress, None if actor.system else actor.user_id)
    write_durations(session.connection(), plan, actor.user_id)
    _record_prices(session, actor, catalog, plan)
    return ImportReport(created=len(plan.new_items), updated=len(plan.changed_skus), unchanged=plan.unchanged,
                        prices=tuple(plan.prices))  # fmt: skip


def _require_own_outlets(session: Session, actor: Actor, catalog: CatalogFile, default: Outlet | None) -> None:
    """A manager of one outlet imports into that outlet only: the default one and every row's `outlet_code`."""
    if home_outlet(session, actor) is None:
        return
    codes = {row.outlet_code for row in catalog.rows}
    if "" in codes:
        require_outlet(session, actor, default.id if default is not None else None)
    named = codes - {""}
    for outlet_id in session.scalars(select(Outlet.id).where(Outlet.code.in_(named))) if named else ():
        require_outlet(session, actor, outlet_id)


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass
class _Known:
    """What the rows may refer to, read in a few queries instead of several per row. Items, barcodes and
    categories by outlet code; an existing item as its key straight from the driver (`_key` makes a UUID of it only
    when a statement needs it), its price, the columns a row sets, as `_plan_row` compares them, and when it was
    made (as the driver gives it: `_moment`); and which items have a price history, so that a new price needs no
    query per item to keep the one it replaces (`ImportPlan.unpriced`)."""

    outlets: dict[str, _Place]
    workers: dict[str, uuid.UUID]
    items: dict[tuple[str, str], tuple[Any, int, tuple[Any, ...], Any]]
    barcodes: dict[tuple[str, str], str]
    categories: dict[tuple[str, str], uuid.UUID]
    priced: set[Any]  # the items (keys as the driver gives them) that already have a price history
    minutes: dict[tuple[str, str], int]  # the services' own minutes (service_duration)

    @classmethod
    def load(cls, session: Session, rows: list[RowFields], default: Outlet | None) -> _Known:
        connection = session.connection()  # Core rows: the ORM's loading costs more than the query here
        codes = {row.outlet_code for row in rows} - {""}
        outlets = {code: _Place(outlet_id, code) for outlet_id, code in connection.execute(
            select(Outlet.id, Outlet.code).where(Outlet.code.in_(codes)))} if codes else {}  # fmt: skip
        places = set(outlets.values()) | ({_Place(default.id, default.code)} if default is not None else set())
        makers = {row.maker_code for row in rows} - {""}
        workers: dict[str, uuid.UUID] = {}
        if makers:
            found = connection.execute(select(Worker.code, Worker.id).where(Worker.code.in_(makers)))
            workers = {code: worker_id for code, worker_id in found}  # noqa: C416 - dict() reads a result as a mapping
        known = cls(outlets, workers, {}, {}, {}, set(), {})
        for place in places:
            known._load_outlet(connection, place)
        return known

    def _load_outlet(self, connection: Connection, place: _Place) -> None:
        outlet_id, code = place
        for category_id, name in connection.execute(
                select(Category.id, Category.name).where(Category.outlet_id == outlet_id)):  # fmt: skip
            self.categories[(code, name)] = category_id
        keys: dict[Any, uuid.UUID | None] = {None: None}
        items = select(
            _driver(Item.id),
            Item.sku,
            Item.price,
            _driver(Item.category_id),
            Item.name,
            Item.kind,
            Item.unit,
            _driver(Item.track_stock),
            _driver(Item.maker_worker_id),
            _driver(Item.min_quantity),
            _driver(Item.active),
            _driver(Item.created_at),
        )
        for item_id, sku, price, category, name, kind, unit, track, maker, minimum, active, made in (
                connection.execute(items.where(Item.outlet_id == outlet_id)).all()):  # fmt: skip
            category = keys[category] if category in keys else keys.setdefault(category, _key(category))
            maker = keys[maker] if maker in keys else keys.setdefault(maker, _key(maker))
            self.items[(code, sku)] = (item_id, price, (category, name, kind, unit, track, maker, minimum, active),
                                       made)  # fmt: skip
        self.priced.update(connection.scalars(
            select(_driver(ItemPrice.item_id)).distinct().join(Item, Item.id == ItemPrice.item_id)
            .where(Item.outlet_id == outlet_id)))  # fmt: skip
        self.minutes.update(((code, sku), minutes) for sku, minutes in connection.execute(
            select(Item.sku, ServiceDuration.minutes).join(Item, Item.id == ServiceDuration.item_id)
            .where(Item.outlet_id == outlet_id)))  # fmt: skip
        self.barcodes.update(((code, barcode), sku) for barcode, sku in connection.execute(
            select(Barcode.code, Item.sku).join(Item, Item.id == Barcode.item_id)
            .where(Barcode.outlet_id == outlet_id)).all())  # fmt: skip


def _driver(column: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
    """A column as the driver returns it, without its type's conversion (for keys: `_key`)."""
    return type_coerce(column, NullType())


def _moment(value: Any) -> datetime:
    """A time as the driver returned it (text from SQLite, a naive UTC datetime from PostgreSQL) as an aware one,
    as `UtcDateTime` reads it."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _key(value: Any) -> Any:
    """A key as the driver returned it (a UUID from PostgreSQL, hex text from SQLite) as a UUID; None stays None."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(hex=value)


def _units_of_stock_kept(session: Session, changes: list[UnitChange]) -> list[RowProblem]:
    """A row may not give another unit to an item with stock movements: its on-hand and average cost are in the unit
    it has (2 l of milk would read 2 ml; catalog_admin.edit_item refuses the same)."""
    moved: set[uuid.UUID] = set()
    ids = [item_id for _row, item_id, _name, _unit, _new in changes]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        moved.update(session.scalars(select(StockMovement.item_id).where(StockMovement.item_id.in_(chunk)).distinct()))
    return [RowProblem(row, "unit", _("{name} has stock kept in {unit}: its unit cannot change. Make a new item for "
                                      "the other unit.", name=name, unit=unit))
            for row, item_id, name, unit, _new in changes if item_id in moved]  # fmt: skip


def _units_recipes_need(session: Session, changes: list[UnitChange]) -> list[RowProblem]:
    """Nor a unit the recipes that use the item as an ingredient do not convert to (catalog_admin.edit_item too)."""
    broken = units_recipes_break(session, {item_id: new for _row, item_id, _name, _unit, new in changes})
    return [RowProblem(row, "unit", refusal(name, broken[item_id], new))
            for row, item_id, name, _unit, new in changes if item_id in broken]  # fmt: skip


class _Place(NamedTuple):
    """An outlet as the rows need it."""

    id: uuid.UUID
    code: str


def _references(known: _Known, fields: RowFields, default_outlet: _Place | None) -> tuple[_Place, uuid.UUID | None]:
    column = "outlet_code"
    try:
        outlet = _outlet(known, fields.outlet_code, default_outlet)
        column = "barcodes"
        _check_barcodes_free(known, outlet, fields.sku, fields.barcodes)
        column = "maker_code"
        return outlet, _maker(known, fields.maker_code)
    except ServiceError as error:
        raise BadField(column, error.message) from error


def _duplicates(fields: RowFields, outlet: _Place, seen: dict[tuple[str, str], int]) -> list[RowProblem]:
    """SKUs and barcodes must be unique per outlet within the file as well as in the database."""
    problems = []
    keys = [((outlet.code, fields.sku), fields.sku, "sku")]
    keys += [((outlet.code, "#" + code), code, "barcodes") for code in fields.barcodes]
    for key, text, column in keys:
        if key in seen:
            message = _("{code} is already on row {other}", code=text, other=seen[key])
            problems.append(RowProblem(fields.row_number, column, message))
        seen[key] = fields.row_number
    return problems


def _check_barcodes_free(known: _Known, outlet: _Place, sku: str, barcodes: tuple[str, ...]) -> None:
    for code in barcodes:
        owner = known.barcodes.get((outlet.code, code))
        if owner is not None and owner != sku:
            raise ValidationError(_("barcode {code} already belongs to {sku}", code=code, sku=owner))


def _outlet(known: _Known, code: str, default: _Place | None) -> _Place:
    if not code:
        if default is None:
            raise ValidationError(_("no outlet_code and no outlet chosen"))
        return default
    outlet = known.outlets.get(code)
    if outlet is None:
        raise ValidationError(_("unknown outlet {code}", code=code))
    return outlet


def _maker(known: _Known, code: str) -> uuid.UUID | None:
    if not code:
        return None
    worker = known.workers.get(code)
    if worker is None:
        raise ValidationError(_("unknown worker {code}", code=code))
    return worker


def _plan_row(
    plan: ImportPlan, known: _Known, row: RowFields, outlet: _Place, maker_id: uuid.UUID | None, now: datetime
) -> None:
    """What one valid row writes: a new item, or the columns and price of an existing one that differ, its new
    barcodes and category. An item the file leaves as it is gets no statement at all."""
    outlet_id, code = outlet
    category_id = _category_id(known, plan, outlet, row.category) if row.category else None
    new_codes = [barcode for barcode in row.barcodes if (code, barcode) not in known.barcodes]
    existing = known.items.get((code, row.sku))
    if existing is None:
        item_id = new_id()
        plan.new_items.append({
            "id": item_id, "outlet_id": outlet_id, "sku": row.sku, "price": row.price, "created_at": now,
            "category_id": category_id, "name": row.name, "kind": row.kind, "unit": row.unit,
            "track_stock": row.track_stock, "maker_worker_id": maker_id, "min_quantity": row.min_quantity,
            "active": True,
        })  # fmt: skip
        plan.prices.append(PriceSet(item_id, outlet_id, code, row.sku, row.name, None, row.price))
        _plan_minutes(plan, item_id, None, row.duration)
    else:
        driver_id, old_price, old_values, made = existing
        # as `_Known` holds them: flags as the driver gives them (1 == True), quantities in stored thousandths
        minimum = None if row.min_quantity is None else int(row.min_quantity * 1000)
        values = (category_id, row.name, row.kind, row.unit, row.track_stock, maker_id, minimum, True)
        old_minutes = known.minutes.get((code, row.sku))
        same_minutes = row.duration is None or row.duration == old_minutes
        if values == old_values and old_price == row.price and not new_codes and same_minutes:
            return
        item_id = _key(driver_id)
        plan.changed_skus.append((code, row.sku))
        _plan_minutes(plan, item_id, old_minutes, row.duration)
        if row.unit != old_values[3]:
            plan.unit_changes.append((row.row_number, item_id, row.name, str(old_values[3]), row.unit))
        if values != old_values:
            plan.changed_items.append({
                "item_id": item_id, "category_id": category_id, "name": row.name, "kind": row.kind, "unit": row.unit,
                "track_stock": row.track_stock, "maker_worker_id": maker_id, "min_quantity": row.min_quantity,
                "active": True,
            })  # fmt: skip
        if old_price != row.price:
            plan.prices.append(PriceSet(item_id, outlet_id, code, row.sku, row.name, old_price, row.price))
            plan.price_updates.append({"key": driver_id, "new_price": row.price})
            if driver_id not in known.priced:
                plan.unpriced[item_id] = _moment(made)
    plan.new_barcodes.extend({"id": new_id(), "item_id": item_id, "outlet_id": outlet_id, "code": barcode}
                             for barcode in new_codes)  # fmt: skip


def _plan_minutes(plan: ImportPlan, item_id: uuid.UUID, old: int | None, new: int | None) -> None:
    """A service's minutes the row gives (a blank cell: left as they are)."""
    if new is not None and new != old:
        (plan.new_durations if old is None else plan.changed_durations).append({"item_id": item_id, "minutes": new})


def _category_id(known: _Known, plan: ImportPlan, outlet: _Place, name: str) -> uuid.UUID:
    key = (outlet.code, name)
    category_id = known.categories.get(key)
    if category_id is None:
        category_id = known.categories[key] = new_id()
        plan.new_categories.append({"id": category_id, "outlet_id": outlet.id, "name": name})
    return category_id


def _record_prices(session: Session, actor: Actor, catalog: CatalogFile, plan: ImportPlan) -> None:
    """Who set which prices from which file: in the audit log, and (made at a till) in its journal, one entry per
    outlet, as a settings change is journaled."""
    by_outlet: dict[uuid.UUID, list[list[Any]]] = {}
    for price in plan.prices:
        by_outlet.setdefault(price.outlet_id, []).append([price.sku, price.old, price.new])
    audit.record(session, "catalog_imported", user_id=actor.user_id, entity="catalog", entity_id=catalog.sha256,
                 till_id=None if actor.system or actor.till_id == NO_PLACE else actor.till_id, file=catalog.name,
                 sha256=catalog.sha256, created=len(plan.new_items), updated=len(plan.changed_skus),
                 durations=len(plan.new_durations) + len(plan.changed_durations),
                 prices={str(outlet): rows for outlet, rows in by_outlet.items()})  # fmt: skip
    for outlet_id, rows in by_outlet.items():
        value = json.dumps({"file": catalog.name, "sha256": catalog.sha256, "prices": rows}, ensure_ascii=False,
                           separators=(",", ":"))  # fmt: skip
        settings.journal_change(session, actor, settings.scope_of("outlet", outlet_id), ITEM_PRICES_KEY, value)


ITEM_PRICES_KEY = "item_prices"
