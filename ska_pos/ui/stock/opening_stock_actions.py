"""The stock list's file actions: import opening stock from a CSV or XLSX file (all rows or none; the rows that are
wrong are listed in a dialog, the first of them shown and the whole list saved as CSV on asking) and export the
outlet's stock on hand in the same columns (services/stock/opening_stock.py). The file is read, and written, off the
screen's thread; the import is one write."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet
from ska_pos.services.catalog_file import CatalogImportError
from ska_pos.services.stock.opening_stock import OpeningFile
from ska_pos.ui.manager.notices import tell
from ska_pos.ui.messages import error_text, tr
from ska_pos.ui.op_changes import STOCK
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.row_problems import RowProblemsDialog
from ska_pos.ui.save_dialog import ask_open_path, ask_save_path
from ska_pos.ui.till_session import TillSession


def import_opening_stock(parent: QWidget, session: TillSession) -> None:
    path = ask_open_path(parent, tr("Choose a file of opening stock"), Path.home(), tr("Spreadsheets (*.csv *.xlsx)"))
    if path is None:
        return

    def read(_s: Session) -> OpeningFile:
        from ska_pos.services.stock.opening_stock import read_opening_file

        return read_opening_file(path)  # before the write: other tills do not wait while the file is read

    ReadOp(parent, session.database, read).success(lambda opening: _write(parent, session, opening)).failure(
        lambda error: tell(parent, error_text(error))
    ).with_progress(tr("Reading the file…")).run_in_background()


def _write(parent: QWidget, session: TillSession, opening: OpeningFile) -> None:
    actor = session.actor

    def work(s: Session) -> int:
        from ska_pos.services.stock.opening_stock import import_opening_stock as post_opening

        return post_opening(s, actor, opening)

    done = tr("Opening stock imported: {count} items.")
    WriteOp(parent, session.database, work, {STOCK}).success(
        lambda count: tell(parent, done.format(count=count))
    ).failure(lambda error: _not_imported(parent, session, opening, error)).with_progress(
        tr("Importing…")
    ).run_in_background()


def _not_imported(parent: QWidget, session: TillSession, opening: OpeningFile, error: Exception) -> None:
    if not isinstance(error, CatalogImportError):
        tell(parent, tr("Nothing was imported.") + "\n" + error_text(error))
        return
    heading = tr("Nothing was imported: {count} row problem(s) in {file}. Fix them in the spreadsheet and import "
                 "it again.").format(count=len(error.problems), file=opening.name)  # fmt: skip
    suggested = Path.home() / f"{Path(opening.name).stem}-masalah.csv"
    dialog = RowProblemsDialog(parent, session.database, session.language, heading, error.problems, suggested)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def export_stock(parent: QWidget, session: TillSession, outlet_id: uuid.UUID, outlet_code: str) -> None:
    suggested = Path.home() / f"stok-{outlet_code.lower()}.xlsx"
    chosen = ask_save_path(parent, tr("Export the stock on hand"), suggested, tr("Spreadsheets (*.xlsx *.csv)"))
    if chosen is None:
        return
    path = chosen if chosen.suffix.lower() in (".csv", ".xlsx") else chosen.with_suffix(".xlsx")

    def work(s: Session) -> int:
        from ska_pos.services.export_files import write_csv, write_xlsx
        from ska_pos.services.stock.opening_stock import COLUMNS, opening_stock_rows

        code = s.scalar(select(Outlet.code).where(Outlet.id == outlet_id))
        rows = list(opening_stock_rows(s, outlet_id))
        if path.suffix.lower() == ".csv":
            return write_csv(path, COLUMNS, rows)
        return write_xlsx(path, code or "stock", COLUMNS, rows)

    done = tr("{count} items written to {file}")
    ReadOp(parent, session.database, work).success(
        lambda count: tell(parent, done.format(count=count, file=path))
    ).failure(lambda error: tell(parent, error_text(error))).with_progress(tr("Exporting…")).run_in_background()
