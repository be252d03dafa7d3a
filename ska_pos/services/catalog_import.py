"""Importing a catalog from CSV or XLSX: every row is checked first, and nothing is written unless all are valid."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ska_pos.db.models import Barcode, Category, Item, Outlet, Worker, new_id
from ska_pos.db.models.base import table_of
from ska_pos.domain.money import parse_rupiah
from ska_pos.i18n import _
from ska_pos.services import setup
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ServiceError, ValidationError
from ska_pos.services.permissions import requires

REQUIRED_COLUMNS = ("sku", "name", "price")
OPTIONAL_COLUMNS = ("outlet_code", "category", "kind", "unit", "barcodes", "maker_code", "track_stock", "min_quantity")
TRUE_WORDS = {"1", "true", "yes", "ya", "y"}
EXTRA_FIELDS = "\x00extra"  # cannot be a column name


@dataclass(frozen=True)
class CatalogRow:
    row_number: int
    outlet: Outlet
    sku: str
    name: str
    price: int
    category: str
    kind: str
    unit: str
    barcodes: tuple[str, ...]
    maker: Worker | None
    track_stock: bool
    min_quantity: Decimal | None


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)


class CatalogImportError(ValidationError):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


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
    """A file read and checked row by row, before any transaction begins (20,000 rows take a moment)."""

    rows: list[RowFields]
    errors: list[tuple[int, str]]


def read_catalog(path: Path) -> CatalogFile:
    rows: list[RowFields] = []
    errors: list[tuple[int, str]] = []
    for number, raw in enumerate(read_table(path), start=2):
        if not any(raw.values()):
            continue
        try:
            rows.append(_row_fields(number, raw))
        except ServiceError as error:
            errors.append((number, error.message))
    return CatalogFile(rows, errors)


@requires("catalog.import")
def import_catalog(
    session: Session, actor: Actor, source: Path | CatalogFile, *, default_outlet: Outlet | None = None
) -> ImportReport:
    """Raises CatalogImportError listing every bad row (by spreadsheet row number) and writes nothing then.

    One transaction, all rows or none, kept short because SQLite's write lock is held from its first read and
    other tills wait at most busy_timeout (5 s) for it: the file is read and checked before (`read_catalog`),
    what the rows refer to is loaded in a few queries and checked in memory, then the rows are written in bulk
    statements (20,000 rows: benchmarks/catalog_import.py)."""
    catalog = read_catalog(source) if isinstance(source, Path) else source
    known = _Known.load(session, catalog.rows, default_outlet)
    parsed, errors = _resolve_all(catalog, known, default_outlet)
    if errors:
        raise CatalogImportError(errors)
    return _write(session, parsed, known)


@dataclass
class _Known:
    """What the rows may refer to, read in a few queries instead of several per row."""

    outlets: dict[str, Outlet]
    workers: dict[str, Worker]
    items: dict[tuple[uuid.UUID, str], uuid.UUID]
    barcodes: dict[tuple[uuid.UUID, str], tuple[uuid.UUID, str]]
    categories: dict[tuple[uuid.UUID, str], uuid.UUID]

    @classmethod
    def load(cls, session: Session, rows: list[RowFields], default: Outlet | None) -> _Known:
        codes = {row.outlet_code for row in rows} - {""}
        outlets = {o.code: o for o in session.scalars(select(Outlet).where(Outlet.code.in_(codes)))} if codes else {}
        outlet_ids = [outlet.id for outlet in outlets.values()] + ([default.id] if default is not None else [])
        makers = {row.maker_code for row in rows} - {""}
        workers = {w.code: w for w in session.scalars(select(Worker).where(Worker.code.in_(makers)))} if makers else {}
        items = {(outlet, sku): item_id for item_id, outlet, sku in session.execute(
            select(Item.id, Item.outlet_id, Item.sku).where(Item.outlet_id.in_(outlet_ids)))}  # fmt: skip
        barcodes = {(outlet, code): (item_id, sku) for outlet, code, item_id, sku in session.execute(
            select(Barcode.outlet_id, Barcode.code, Item.id, Item.sku).join(Item, Item.id == Barcode.item_id)
            .where(Barcode.outlet_id.in_(outlet_ids)))}  # fmt: skip
        categories = {(outlet, name): category_id for category_id, outlet, name in session.execute(
            select(Category.id, Category.outlet_id, Category.name)
            .where(Category.outlet_id.in_(outlet_ids)))}  # fmt: skip
        return cls(outlets, workers, items, barcodes, categories)


def _resolve_all(
    catalog: CatalogFile, known: _Known, default_outlet: Outlet | None
) -> tuple[list[CatalogRow], list[str]]:
    parsed: list[CatalogRow] = []
    errors: list[tuple[int, str]] = list(catalog.errors)
    seen: dict[tuple[str, str], int] = {}
    for fields in catalog.rows:
        try:
            row = _resolve(known, fields, default_outlet)
        except ServiceError as error:
            errors.append((fields.row_number, error.message))
            continue
        errors.extend(_duplicates(row, seen))
        parsed.append(row)
    messages = [_("Row {row}: {problem}", row=number, problem=problem) for number, problem in sorted(errors)]
    if not parsed and not messages:
        messages.append(_("The file has no rows to import"))
    return parsed, messages


def _duplicates(row: CatalogRow, seen: dict[tuple[str, str], int]) -> list[tuple[int, str]]:
    """SKUs and barcodes must be unique per outlet within the file as well as in the database."""
    problems = []
    for key, text in [((row.outlet.code, row.sku), row.sku)] + [((row.outlet.code, "#" + b), b) for b in row.barcodes]:
        if key in seen:
            problems.append((row.row_number, _("{code} is already on row {other}", code=text, other=seen[key])))
        seen[key] = row.row_number
    return problems


def _check_barcodes_free(known: _Known, outlet: Outlet, sku: str, barcodes: tuple[str, ...]) -> None:
    for code in barcodes:
        owner = known.barcodes.get((outlet.id, code))
        if owner is not None and owner[1] != sku:
            raise ValidationError(_("barcode {code} already belongs to {sku}", code=code, sku=owner[1]))


def _row_fields(number: int, raw: dict[str, str]) -> RowFields:
    if EXTRA_FIELDS in raw:
        raise ValidationError(_("{count} more field(s) than the first row has columns; a text with a comma must be "
                                "in quotes", count=raw[EXTRA_FIELDS]))  # fmt: skip
    missing = [column for column in REQUIRED_COLUMNS if not raw.get(column)]
    if missing:
        raise ValidationError(_("missing {columns}", columns=", ".join(missing)))
    sku = setup.clean_code(raw["sku"])
    kind = raw.get("kind") or "product"
    unit = raw.get("unit") or ("service" if kind == "service" else "pcs")
    price = _price(raw["price"])
    setup.check_item_fields(kind, unit, price)
    barcodes = tuple(code.strip() for code in raw.get("barcodes", "").replace("|", ";").split(";") if code.strip())
    setup.check_item_texts(sku, raw["name"], barcodes)
    setup.check_category_name(raw.get("category", ""))
    return RowFields(
        row_number=number, outlet_code=raw.get("outlet_code", "").upper(), sku=sku, name=raw["name"], price=price,
        category=raw.get("category", ""), kind=kind, unit=unit, barcodes=barcodes,
        maker_code=raw.get("maker_code", "").upper(), track_stock=raw.get("track_stock", "").lower() in TRUE_WORDS,
        min_quantity=_quantity(raw.get("min_quantity", "")),
    )  # fmt: skip


def _resolve(known: _Known, fields: RowFields, default_outlet: Outlet | None) -> CatalogRow:
    outlet = _outlet(known, fields.outlet_code, default_outlet)
    _check_barcodes_free(known, outlet, fields.sku, fields.barcodes)
    return CatalogRow(
        row_number=fields.row_number, outlet=outlet, sku=fields.sku, name=fields.name, price=fields.price,
        category=fields.category, kind=fields.kind, unit=fields.unit, barcodes=fields.barcodes,
        maker=_maker(known, fields.maker_code), track_stock=fields.track_stock, min_quantity=fields.min_quantity,
    )  # fmt: skip


def _price(text: str) -> int:
    if text.isascii() and text.isdigit():  # most rows: plain digits, without Babel's locale lookups
        return int(text)
    try:
        return parse_rupiah(text)
    except ValueError as error:
        raise ValidationError(str(error)) from error


def _outlet(known: _Known, code: str, default: Outlet | None) -> Outlet:
    if not code:
        if default is None:
            raise ValidationError(_("no outlet_code and no outlet chosen"))
        return default
    outlet = known.outlets.get(code)
    if outlet is None:
        raise ValidationError(_("unknown outlet {code}", code=code))
    return outlet


def _maker(known: _Known, code: str) -> Worker | None:
    if not code:
        return None
    worker = known.workers.get(code)
    if worker is None:
        raise ValidationError(_("unknown worker {code}", code=code))
    return worker


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


def _write(session: Session, rows: list[CatalogRow], known: _Known) -> ImportReport:
    """New categories, new items, changed items and new barcodes, each in one bulk statement."""
    new_categories: list[dict[str, Any]] = []
    new_items: list[dict[str, Any]] = []
    changed_items: list[dict[str, Any]] = []
    new_barcodes: list[dict[str, Any]] = []
    for row in rows:
        category_id = _category_id(known, row, new_categories) if row.category else None
        values = {"category_id": category_id, "name": row.name, "price": row.price, "kind": row.kind,
                  "unit": row.unit, "track_stock": row.track_stock, "min_quantity": row.min_quantity,
                  "maker_worker_id": row.maker.id if row.maker else None, "active": True}  # fmt: skip
        item_id = known.items.get((row.outlet.id, row.sku))
        if item_id is None:
            item_id = new_id()
            new_items.append(values | {"id": item_id, "outlet_id": row.outlet.id, "sku": row.sku})
        else:
            changed_items.append(values | {"item_id": item_id})
        new_barcodes.extend({"id": new_id(), "item_id": item_id, "outlet_id": row.outlet.id, "code": code}
                            for code in row.barcodes if (row.outlet.id, code) not in known.barcodes)  # fmt: skip
    # Core statements on the tables, executemany: the ORM's bulk path costs several times as much per row.
    connection = session.connection()
    for model, values_list in ((Category, new_categories), (Item, new_items), (Barcode, new_barcodes)):
        if values_list:
            connection.execute(insert(table_of(model)), values_list)
    if changed_items:
        items = table_of(Item)
        changes = update(items).where(items.c.id == bindparam("item_id")).values(
            {column: bindparam(column) for column in changed_items[0] if column != "item_id"})  # fmt: skip
        connection.execute(changes, changed_items)
    return ImportReport(created=len(new_items), updated=len(changed_items))


def _category_id(known: _Known, row: CatalogRow, new_categories: list[dict[str, Any]]) -> uuid.UUID:
    key = (row.outlet.id, row.category)
    if key not in known.categories:
        known.categories[key] = new_id()
        new_categories.append({"id": known.categories[key], "outlet_id": row.outlet.id, "name": row.category})
    return known.categories[key]
