"""Writing exports (CSV, XLSX, PDF) to the file the user chose: a cell is data, never a formula, and a path that
cannot be written is a message.

A name such as `=HYPERLINK("http://x","Klik")` or `-1+2` is legitimate text in a catalog or a worker list, but a
spreadsheet opening the export would run it as a formula (CSV injection). Following OWASP's advice, every text
cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`; in XLSX such a cell is
also stored as a string, since openpyxl makes any text starting with `=` a formula. Numbers stay numbers, so a
negative amount (a refund) is still a negative number, not text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ska_pos.i18n import _
from ska_pos.services.errors import ValidationError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """The value to write in a cell: text that a spreadsheet would run as a formula gets a leading `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Writes the header and the rows; returns how many rows were written."""
    _check_writable(path)
    count = 0
    try:
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([safe_cell(value) for value in row])
                count += 1
    except OSError as error:
        raise _unwritable(path, error) from error
    return count


def write_xlsx(path: Path, sheet_name: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """One sheet with the header and the rows; returns how many rows were written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    _check_writable(path)
    try:
        with path.open("wb") as handle:  # opened first: a place that cannot be written fails before any work
            book = Workbook(write_only=True)
            sheet = book.create_sheet(sheet_name)
            sheet.append(list(columns))
            count = 0
            for row in rows:
                sheet.append([_xlsx_cell(sheet, WriteOnlyCell, value) for value in row])
                count += 1
            book.save(handle)
    except OSError as error:
        raise _unwritable(path, error) from error
    return count


def write_bytes(path: Path, data: bytes) -> None:
    """A finished document (a PDF) to a file the user chose."""
    _check_writable(path)
    try:
        path.write_bytes(data)
    except OSError as error:
        raise _unwritable(path, error) from error


def _xlsx_cell(sheet: Any, cell_type: Any, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    cell = cell_type(sheet, value=safe_cell(value))
    cell.data_type = "s"  # never "f", whatever the text looks like
    return cell


def _check_writable(path: Path) -> None:
    if path.is_dir():
        raise ValidationError(_("{file} is a folder. Choose a file name to write.", file=path))
    if not path.parent.is_dir():
        raise ValidationError(_("The folder {folder} does not exist. Choose another place.", folder=path.parent))


def _unwritable(path: Path, error: OSError) -> ValidationError:
    return ValidationError(_("Cannot write {file}: {error}", file=path, error=error.strerror or error))
