"""Importing a catalog from CSV or XLSX: every row is checked first, and nothing is written unless all are valid."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Connection, Executable, bindparam, insert, select, type_coerce, update
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.types import NullType

from ska_pos import clock
from ska_pos.db.models import Barcode, Category, Item, ItemPrice, Outlet, Worker, new_id
from ska_pos.db.models.base import table_of
from ska_pos.db.models.catalog import ITEM_KINDS, UNITS
from ska_pos.domain.limits import check_price_bound
from ska_pos.domain.money import parse_rupiah
from ska_pos.i18n import _
from ska_pos.services import audit, settings, setup
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.errors import ServiceError, ValidationError
from ska_pos.services.permissions import requires
from ska_pos.services.text_lengths import check_length, column_length

REQUIRED_COLUMNS = ("sku", "name", "price")
OPTIONAL_COLUMNS = ("outlet_code", "category", "kind", "unit", "barcodes", "maker_code", "track_stock", "min_quantity")
TRUE_WORDS = {"1", "true", "yes", "ya", "y"}
EXTRA_FIELDS = "\x00extra"  # cannot be a column name


def read_table(path: Path) -> Iterator[dict[str, str]]:
    """Rows as dictionaries keyed by lower-case header, from a .csv or .xlsx file. A file that cannot be read as
    one raises ValidationError with a message for the user; a row with more fields than the header has gets
    the key EXTRA_FIELDS (how many)."""
    _check_is_file(path)
    rows = _xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _csv_rows(path)
    header = [cell.strip().lower() for cell in next(rows, [])]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise ValidationError(_("{file} has no column {columns}. The first row must name the columns, for example "
                                "sku,name,price.", file=path.name, columns=", ".join(missing)))  # fmt: skip
    for values in rows:
        row = {key: value.strip() for key, value in zip(header, values, strict=False) if key}
        extra = [value for value in values[len(header) :] if value.strip()]
        if extra:
            row[EXTRA_FIELDS] = str(len(extra))
        yield row


def _check_is_file(path: Path) -> None:
    if path.is_dir():
        raise ValidationError(_("{file} is a folder. Choose a CSV or XLSX file.", file=path))
    if not path.is_file():
        raise ValidationError(_("No such file: {file}", file=path))


def _csv_rows(path: Path) -> Iterator[list[str]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(_("Cannot read {file}: {reason}", file=path, reason=error.strerror or error)) from error
    reader = csv.reader(io.StringIO(_decoded(path, data), newline=""))
    try:
        yield from reader
    except csv.Error as error:
        raise ValidationError(_("Row {row}: {problem}", row=reader.line_num, problem=error)) from error


def _decoded(path: Path, data: bytes) -> str:
    """UTF-8 (with or without Excel's byte order mark), else Windows-1252: what Excel saves as "CSV" on Windows."""
    if b"\x00" in data:
        raise ValidationError(_("{file} is not a CSV text file. Save it from the spreadsheet as CSV UTF-8 or as "
                                "XLSX.", file=path.name))  # fmt: skip
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(_("{file} is not in an encoding SKA POS can read. Save it from the spreadsheet as CSV "
                            "UTF-8.", file=path.name))  # fmt: skip


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    # openpyxl raises zipfile, XML, KeyError and ValueError exceptions for a file that is not a workbook
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise _not_a_workbook(path) from error
    try:
        for values in book.worksheets[0].iter_rows(values_only=True):
            yield ["" if value is None else str(value) for value in values]
    except Exception as error:
        raise _not_a_workbook(path) from error
    finally:
        book.close()


def _not_a_workbook(path: Path) -> ValidationError:
    return ValidationError(_("{file} is not an Excel workbook (.xlsx) that SKA POS can read. Open it in the "
                             "spreadsheet and save it again as XLSX or CSV UTF-8.", file=path.name))  # fmt: skip


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one row of the file: its spreadsheet row number, the column, and why (translated)."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if not self.column:
            return _("Row {row}: {problem}", row=self.row, problem=self.message)
        return _("Row {row}: {column}: {problem}", row=self.row, column=self.column, problem=self.message)


class CatalogImportError(ValidationError):
    """Some rows are wrong: nothing was written. `problems` lists them all, in row order."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        self.errors = [str(problem) for problem in problems]
        super().__init__("\n".join(self.errors))


class ImportCancelled(ServiceError):
    """Raised by a progress callback to stop the import; the caller's transaction rolls back, nothing is written."""


class _BadField(ValidationError):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class RowFields:
    """A row checked on its own, before the database is asked anything; codes are resolved later."""

    row_number: int
    outlet_code: str
    sku: str
    name: str
    price: int
    category: str
    kind: str
    unit: str
    barcodes: tuple[str, ...]
    maker_code: str
    track_stock: bool
    min_quantity: Decimal | None


@dataclass(frozen=True)
class CatalogFile:
    """A file read and checked row by row, before any transaction begins; `name` and `sha256` say which file."""

    rows: list[RowFields]
    problems: list[RowProblem]
    name: str = ""
    sha256: str = ""


def read_catalog(path: Path) -> CatalogFile:
    digest = _sha256(path)
    rows: list[RowFields] = []
    problems: list[RowProblem] = []
    for number, raw in enumerate(read_table(path), start=2):
        if not any(raw.values()):
            continue
        try:
            rows.append(_row_fields(number, raw))
        except _BadField as error:
            problems.append(RowProblem(number, error.column, error.message))
    return CatalogFile(rows, problems, path.name, digest)


def _sha256(path: Path) -> str:
    _check_is_file(path)
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError as error:
        raise ValidationError(_("Cannot read {file}: {reason}", file=path, reason=error.strerror or error)) from error


def _row_fields(number: int, raw: dict[str, str]) -> RowFields:
    """One row's fields checked on their own; a refusal names the column at fault. (A plain `column` variable
    rather than a context manager per field: this runs for every row of a 100,000-row file.)"""
    if EXTRA_FIELDS in raw:
        raise _BadField("", _("{count} more field(s) than the first row has columns; a text with a comma must be "
                              "in quotes", count=raw[EXTRA_FIELDS]))  # fmt: skip
    missing = [column for column in REQUIRED_COLUMNS if not raw.get(column)]
    if missing:
        raise _BadField(missing[0], _("missing {columns}", columns=", ".join(missing)))
    column = "sku"
    try:
        sku = raw["sku"].upper()
        if not (sku.isascii() and sku.isalnum()):
            setup.clean_code(raw["sku"])  # raises its message
        if len(sku) > _SKU_LENGTH:
            check_length(sku, Item.sku, _("SKU"))
        column = "name"
        name = raw["name"]
        if len(name) > _NAME_LENGTH:
            check_length(name, Item.name, _("item name"))
        column = "price"
        price = _price(raw["price"])
        column = "kind"
        kind = raw.get("kind") or "product"
        if kind not in ITEM_KINDS:
            raise ValidationError(_("The kind must be product or service"))
        column = "unit"
        unit = raw.get("unit") or ("service" if kind == "service" else "pcs")
        if unit not in UNITS:
            raise ValidationError(_("The unit must be one of {units}", units=", ".join(UNITS)))
        column = "barcodes"
        barcodes = _barcodes(raw.get("barcodes", ""))
        column = "category"
        category = raw.get("category", "")
        if len(category) > _CATEGORY_LENGTH:
            setup.check_category_name(category)
        column = "min_quantity"
        min_quantity = _quantity(raw.get("min_quantity", ""))
    except ServiceError as error:
        raise _BadField(column, error.message) from error
    return RowFields(
        row_number=number, outlet_code=raw.get("outlet_code", "").upper(), sku=sku, name=name, price=price,
        category=category, kind=kind, unit=unit, barcodes=barcodes, maker_code=raw.get("maker_code", "").upper(),
        track_stock=raw.get("track_stock", "").lower() in TRUE_WORDS, min_quantity=min_quantity,
    )  # fmt: skip


def _length(column: InstrumentedAttribute[str]) -> int:
    length = column_length(column)
    assert length is not None
    return length


_SKU_LENGTH, _NAME_LENGTH = _length(Item.sku), _length(Item.name)
_CATEGORY_LENGTH, _BARCODE_LENGTH = _length(Category.name), _length(Barcode.code)


def _barcodes(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    if ";" not in text and "|" not in text and len(text) <= _BARCODE_LENGTH:  # most rows: one barcode
        return (text,)
    codes = tuple(code.strip() for code in text.replace("|", ";").split(";") if code.strip())
    for code in codes:
        if len(code) > _BARCODE_LENGTH:
            check_length(code, Barcode.code, _("barcode"))
    return codes


def _price(text: str) -> int:
    if text.isascii() and text.isdigit():  # most rows: plain digits, without Babel's locale lookups
        price = int(text)
    else:
        try:
            price = parse_rupiah(text)
        except ValueError as error:
            raise ValidationError(str(error)) from error
    try:
        check_price_bound(price)
    except ValueError as error:
        raise ValidationError(str(error)) from error
    return price


def _quantity(text: str) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation as error:
        raise ValidationError(_("not a quantity: {text}", text=text)) from error
    if not value.is_finite():
        raise ValidationError(_("not a quantity: {text}", text=text))
    setup.check_min_quantity(value)  # before quantize, which fails on a huge number
    return value.quantize(Decimal("0.001"))


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
    rows: int = 0  # the file's valid rows

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


@dataclass(frozen=True)
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    prices: tuple[PriceSet, ...] = ()


ProgressCallback = Callable[[int, int], None]
BATCH_ROWS = 5_000  # rows per statement between two progress reports (and two chances to cancel)
# Ids per IN (...) lookup: under SQLite's and psycopg's parameter limits.
_LOOKUP_CHUNK = 900


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
        except _BadField as error:
            plan.problems.append(RowProblem(fields.row_number, error.column, error.message))
            continue
        plan.problems.extend(_duplicates(fields, outlet, seen))
        if not plan.problems:  # once a row is wrong nothing will be written: only the checks go on
            _plan_row(plan, known, fields, outlet, maker, now)
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
    plan = plan_import(session, catalog, default_outlet=default_outlet)
    if plan.problems:
        raise CatalogImportError(plan.problems)
    _write(session.connection(), plan, progress or _no_progress, None if actor.system else actor.user_id)
    _record_prices(session, actor, catalog, plan)
    return ImportReport(created=len(plan.new_items), updated=len(plan.changed_skus), unchanged=plan.unchanged,
                        prices=tuple(plan.prices))  # fmt: skip


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass
class _Known:
    """What the rows may refer to, read in a few queries instead of several per row. Items, barcodes and
    categories by outlet code; an existing item as its key straight from the driver (`_key` makes a UUID of it only
    when a statement needs it), its price, and the columns a row sets, as `_plan_row` compares them."""

    outlets: dict[str, _Place]
    workers: dict[str, uuid.UUID]
    items: dict[tuple[str, str], tuple[Any, int, tuple[Any, ...]]]
    barcodes: dict[tuple[str, str], str]
    categories: dict[tuple[str, str], uuid.UUID]

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
        known = cls(outlets, workers, {}, {}, {})
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
        )
        for item_id, sku, price, category, name, kind, unit, track, maker, minimum, active in connection.execute(
                items.where(Item.outlet_id == outlet_id)).all():  # fmt: skip
            category = keys[category] if category in keys else keys.setdefault(category, _key(category))
            maker = keys[maker] if maker in keys else keys.setdefault(maker, _key(maker))
            self.items[(code, sku)] = (item_id, price, (category, name, kind, unit, track, maker, minimum, active))
        self.barcodes.update(((code, barcode), sku) for barcode, sku in connection.execute(
            select(Barcode.code, Item.sku).join(Item, Item.id == Barcode.item_id)
            .where(Barcode.outlet_id == outlet_id)).all())  # fmt: skip


def _driver(column: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
    """A column as the driver returns it, without its type's conversion (for keys: `_key`)."""
    return type_coerce(column, NullType())


def _key(value: Any) -> Any:
    """A key as the driver returned it (a UUID from PostgreSQL, hex text from SQLite) as a UUID; None stays None."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(hex=value)


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
        raise _BadField(column, error.message) from error


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
    else:
        driver_id, old_price, old_values = existing
        # as `_Known` holds them: flags as the driver gives them (1 == True), quantities in stored thousandths
        minimum = None if row.min_quantity is None else int(row.min_quantity * 1000)
        values = (category_id, row.name, row.kind, row.unit, row.track_stock, maker_id, minimum, True)
        if values == old_values and old_price == row.price and not new_codes:
            return
        item_id = _key(driver_id)
        plan.changed_skus.append((code, row.sku))
        if values != old_values:
            plan.changed_items.append({
                "item_id": item_id, "category_id": category_id, "name": row.name, "kind": row.kind, "unit": row.unit,
                "track_stock": row.track_stock, "maker_worker_id": maker_id, "min_quantity": row.min_quantity,
                "active": True,
            })  # fmt: skip
        if old_price != row.price:
            plan.prices.append(PriceSet(item_id, outlet_id, code, row.sku, row.name, old_price, row.price))
    plan.new_barcodes.extend({"id": new_id(), "item_id": item_id, "outlet_id": outlet_id, "code": barcode}
                             for barcode in new_codes)  # fmt: skip


# The item's columns a row sets, other than its price (`_write_prices`), in `_Known`'s order.
_COMPARED = ("category_id", "name", "kind", "unit", "track_stock", "maker_worker_id", "min_quantity", "active")


def _category_id(known: _Known, plan: ImportPlan, outlet: _Place, name: str) -> uuid.UUID:
    key = (outlet.code, name)
    category_id = known.categories.get(key)
    if category_id is None:
        category_id = known.categories[key] = new_id()
        plan.new_categories.append({"id": category_id, "outlet_id": outlet.id, "name": name})
    return category_id


def _write(connection: Connection, plan: ImportPlan, progress: ProgressCallback, created_by: uuid.UUID | None) -> None:
    """Core statements on the tables, executemany in batches: the ORM's per-row objects cost several times as much."""
    total, done = plan.rows_to_write, 0
    progress(done, total)
    for model, rows in ((Category, plan.new_categories), (Item, plan.new_items), (Barcode, plan.new_barcodes)):
        done = _in_batches(connection, insert(table_of(model)), rows, done, total, progress)
    if plan.changed_items:
        items = table_of(Item)
        changes = update(items).where(items.c.id == bindparam("item_id")).values(
            {column: bindparam(column) for column in _COMPARED})  # fmt: skip
        done = _in_batches(connection, changes, plan.changed_items, done, total, progress)
    _write_prices(connection, plan.prices, done, total, progress, created_by)


def _write_prices(
    connection: Connection,
    prices: list[PriceSet],
    done: int,
    total: int,
    progress: ProgressCallback,
    created_by: uuid.UUID | None,
) -> None:
    """Every price the import sets goes through here. A new item's first price went in with its row (the column
    cannot be empty); an existing item's new price is written now, and kept in its price history from the outlet's
    today, as the item form's change for today is (services/prices.py): an item whose history starts now first gets
    the price it had, from the day it was made."""
    changed = [price for price in prices if price.old is not None]
    items = table_of(Item)
    changes = update(items).where(items.c.id == bindparam("item_id")).values(price=bindparam("new_price"))
    rows = [{"item_id": price.item_id, "new_price": price.new} for price in changed]
    done = _in_batches(connection, changes, rows, done, total, progress)
    history = _history_rows(connection, changed, created_by)
    _in_batches(connection, insert(table_of(ItemPrice)), history, done, total,
                lambda written, whole: progress(min(written, whole), whole))  # fmt: skip


def _history_rows(
    connection: Connection, changed: list[PriceSet], created_by: uuid.UUID | None
) -> list[dict[str, Any]]:
    if not changed:
        return []
    now = clock.now()
    zones = {outlet_id: ZoneInfo(zone) for outlet_id, zone in connection.execute(select(Outlet.id, Outlet.timezone))}
    with_history: set[uuid.UUID] = set()
    made: dict[uuid.UUID, datetime] = {}
    ids = [price.item_id for price in changed]
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start : start + _LOOKUP_CHUNK]
        with_history.update(connection.scalars(select(ItemPrice.item_id).where(ItemPrice.item_id.in_(chunk))))
        made.update(
            (item_id, created)
            for item_id, created in connection.execute(select(Item.id, Item.created_at).where(Item.id.in_(chunk)))
        )
    rows: list[dict[str, Any]] = []
    for price in changed:
        zone = zones[price.outlet_id]
        today = now.astimezone(zone).date()
        if price.item_id not in with_history:
            opened = made[price.item_id]
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


def _record_prices(session: Session, actor: Actor, catalog: CatalogFile, plan: ImportPlan) -> None:
    """Who set which prices from which file: in the audit log, and (made at a till) in its journal, one entry per
    outlet, as a settings change is journaled."""
    by_outlet: dict[uuid.UUID, list[list[Any]]] = {}
    for price in plan.prices:
        by_outlet.setdefault(price.outlet_id, []).append([price.sku, price.old, price.new])
    audit.record(session, "catalog_imported", user_id=actor.user_id, entity="catalog", entity_id=catalog.sha256,
                 till_id=None if actor.system or actor.till_id == NO_PLACE else actor.till_id, file=catalog.name,
                 sha256=catalog.sha256, created=len(plan.new_items), updated=len(plan.changed_skus),
                 prices={str(outlet): rows for outlet, rows in by_outlet.items()})  # fmt: skip
    for outlet_id, rows in by_outlet.items():
        value = json.dumps({"file": catalog.name, "sha256": catalog.sha256, "prices": rows}, ensure_ascii=False,
                           separators=(",", ":"))  # fmt: skip
        settings.journal_change(session, actor, settings.scope_of("outlet", outlet_id), ITEM_PRICES_KEY, value)


ITEM_PRICES_KEY = "item_prices"
