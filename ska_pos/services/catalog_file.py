"""A catalogue file (CSV or XLSX) read and checked row by row: each row's fields, or the problem with its row and
column, before anything is planned or written (services/catalog_import.py)."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy.orm import InstrumentedAttribute

from ska_pos.db.models import Barcode, Category, Item
from ska_pos.db.models.catalog import ITEM_KINDS, UNITS
from ska_pos.domain.limits import check_price_bound
from ska_pos.domain.money import parse_rupiah
from ska_pos.i18n import _
from ska_pos.services import setup
from ska_pos.services.errors import ServiceError, ValidationError
from ska_pos.services.salon.durations import check_minutes
from ska_pos.services.text_lengths import check_length, column_length

REQUIRED_COLUMNS = ("sku", "name", "price")
OPTIONAL_COLUMNS = (
    "outlet_code", "category", "kind", "unit", "barcodes", "maker_code", "track_stock", "min_quantity", "duration",
)  # fmt: skip
TRUE_WORDS = {"1", "true", "yes", "ya", "y"}
EXTRA_FIELDS = "\x00extra"  # cannot be a column name


def read_table(path: Path, required: Sequence[str] = REQUIRED_COLUMNS) -> Iterator[dict[str, str]]:
    """Rows as dictionaries keyed by lower-case header, from a .csv or .xlsx file that has the `required` columns
    (a catalogue's by default). A file that cannot be read as one raises ValidationError with a message for the
    user; a row with more fields than the header has gets the key EXTRA_FIELDS (how many)."""
    _check_is_file(path)
    rows = _xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _csv_rows(path)
    header = [cell.strip().lower() for cell in next(rows, [])]
    missing = [column for column in required if column not in header]
    if missing:
        raise ValidationError(_("{file} has no column {columns}. The first row must name the columns, for example "
                                "{example}.", file=path.name, columns=", ".join(missing),
                                example=",".join(required)))  # fmt: skip
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


class BadField(ValidationError):
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
    duration: int | None = None  # a service's minutes (services/salon/durations.py); None: left as it is


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
        except BadField as error:
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
        raise BadField("", _("{count} more field(s) than the first row has columns; a text with a comma must be "
                              "in quotes", count=raw[EXTRA_FIELDS]))  # fmt: skip
    missing = [column for column in REQUIRED_COLUMNS if not raw.get(column)]
    if missing:
        raise BadField(missing[0], _("missing {columns}", columns=", ".join(missing)))
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
        column = "duration"
        duration = _minutes(raw.get("duration", ""), kind)
    except ServiceError as error:
        raise BadField(column, error.message) from error
    return RowFields(
        row_number=number, outlet_code=raw.get("outlet_code", "").upper(), sku=sku, name=name, price=price,
        category=category, kind=kind, unit=unit, barcodes=barcodes, maker_code=raw.get("maker_code", "").upper(),
        track_stock=raw.get("track_stock", "").lower() in TRUE_WORDS, min_quantity=min_quantity, duration=duration,
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


def _minutes(text: str, kind: str) -> int | None:
    """Whole minutes, for a service only (a blank cell leaves the item's minutes as they are)."""
    if not text:
        return None
    if kind != "service":
        raise ValidationError(_("Only a service takes minutes"))
    if not (text.isascii() and text.isdigit()):
        raise ValidationError(_("not a number of minutes: {text}", text=text))
    minutes = int(text)
    check_minutes(minutes)
    return minutes


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
