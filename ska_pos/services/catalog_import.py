"""Importing a catalog from CSV or XLSX: every row is checked first, and nothing is written unless all are valid."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Barcode, Category, Item, Outlet, Worker
from ska_pos.domain.money import parse_rupiah
from ska_pos.i18n import _
from ska_pos.services import setup
from ska_pos.services.errors import ServiceError, ValidationError

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


def import_catalog(session: Session, path: Path, *, default_outlet: Outlet | None = None) -> ImportReport:
    """Raises CatalogImportError listing every bad row (by spreadsheet row number) and writes nothing then."""
    parsed, errors = _parse_all(session, path, default_outlet)
    if errors:
        raise CatalogImportError(errors)
    report = ImportReport()
    for row in parsed:
        _apply(session, row, report)
    return report


def _parse_all(session: Session, path: Path, default_outlet: Outlet | None) -> tuple[list[CatalogRow], list[str]]:
    parsed: list[CatalogRow] = []
    errors: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    for number, raw in enumerate(read_table(path), start=2):
        if not any(raw.values()):
            continue
        try:
            row = _parse_row(session, number, raw, default_outlet)
        except ServiceError as error:
            errors.append(_("Row {row}: {problem}", row=number, problem=error.message))
            continue
        errors.extend(_duplicates(row, seen))
        parsed.append(row)
    if not parsed and not errors:
        errors.append(_("The file has no rows to import"))
    return parsed, errors


def _duplicates(row: CatalogRow, seen: dict[tuple[str, str], int]) -> list[str]:
    """SKUs and barcodes must be unique per outlet within the file as well as in the database."""
    problems = []
    for key, text in [((row.outlet.code, row.sku), row.sku)] + [((row.outlet.code, "#" + b), b) for b in row.barcodes]:
        if key in seen:
            problems.append(_("Row {row}: {code} is already on row {other}", row=row.row_number, code=text,
                              other=seen[key]))  # fmt: skip
        seen[key] = row.row_number
    return problems


def _check_barcodes_free(session: Session, outlet: Outlet, sku: str, barcodes: tuple[str, ...]) -> None:
    if not barcodes:
        return
    taken = session.execute(
        select(Barcode.code, Item.sku)
        .join(Item, Item.id == Barcode.item_id)
        .where(Barcode.outlet_id == outlet.id, Barcode.code.in_(barcodes), Item.sku != sku)
    ).first()
    if taken is not None:
        raise ValidationError(_("barcode {code} already belongs to {sku}", code=taken[0], sku=taken[1]))


def _parse_row(session: Session, number: int, raw: dict[str, str], default_outlet: Outlet | None) -> CatalogRow:
    if EXTRA_FIELDS in raw:
        raise ValidationError(_("{count} more field(s) than the first row has columns; a text with a comma must be "
                                "in quotes", count=raw[EXTRA_FIELDS]))  # fmt: skip
    missing = [column for column in REQUIRED_COLUMNS if not raw.get(column)]
    if missing:
        raise ValidationError(_("missing {columns}", columns=", ".join(missing)))
    outlet = _outlet(session, raw.get("outlet_code", ""), default_outlet)
    sku = setup.clean_code(raw["sku"])
    kind = raw.get("kind") or "product"
    unit = raw.get("unit") or ("service" if kind == "service" else "pcs")
    try:
        price = parse_rupiah(raw["price"])
    except ValueError as error:
        raise ValidationError(str(error)) from error
    setup.check_item_fields(kind, unit, price)
    barcodes = tuple(code.strip() for code in raw.get("barcodes", "").replace("|", ";").split(";") if code.strip())
    _check_barcodes_free(session, outlet, sku, barcodes)
    return CatalogRow(
        row_number=number, outlet=outlet, sku=sku, name=raw["name"], price=price,
        category=raw.get("category", ""), kind=kind, unit=unit,
        barcodes=barcodes,
        maker=_maker(session, raw.get("maker_code", "")), track_stock=raw.get("track_stock", "").lower() in TRUE_WORDS,
        min_quantity=_quantity(raw.get("min_quantity", "")),
    )  # fmt: skip


def _outlet(session: Session, code: str, default: Outlet | None) -> Outlet:
    if not code:
        if default is None:
            raise ValidationError(_("no outlet_code and no outlet chosen"))
        return default
    outlet = session.scalar(select(Outlet).where(Outlet.code == code.upper()))
    if outlet is None:
        raise ValidationError(_("unknown outlet {code}", code=code))
    return outlet


def _maker(session: Session, code: str) -> Worker | None:
    if not code:
        return None
    worker = session.scalar(select(Worker).where(Worker.code == code.upper()))
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
    if not value.is_finite() or value > 1_000_000:
        raise ValidationError(_("not a quantity: {text}", text=text))
    if value <= 0:
        raise ValidationError(_("The quantity must be more than zero"))
    return value.quantize(Decimal("0.001"))


def _apply(session: Session, row: CatalogRow, report: ImportReport) -> None:
    category = _category(session, row.outlet, row.category) if row.category else None
    item = session.scalar(select(Item).where(Item.outlet_id == row.outlet.id, Item.sku == row.sku))
    if item is None:
        setup.create_item(session, row.outlet, row.sku, row.name, row.price, kind=row.kind, unit=row.unit,
                          category=category, barcodes=row.barcodes, maker=row.maker, track_stock=row.track_stock,
                          min_quantity=row.min_quantity)  # fmt: skip
        report.created += 1
        return
    item.name, item.price, item.kind, item.unit = row.name, row.price, row.kind, row.unit
    item.category_id = category.id if category else None
    item.maker_worker_id = row.maker.id if row.maker else None
    item.track_stock, item.min_quantity, item.active = row.track_stock, row.min_quantity, True
    known = {barcode.code for barcode in item.barcodes}
    item.barcodes.extend(Barcode(outlet_id=row.outlet.id, code=code) for code in row.barcodes if code not in known)
    report.updated += 1


def _category(session: Session, outlet: Outlet, name: str) -> Category:
    category = session.scalar(select(Category).where(Category.outlet_id == outlet.id, Category.name == name))
    return category or setup.create_category(session, outlet, name)
