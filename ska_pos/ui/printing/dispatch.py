"""What happens to a receipt after a sale commits. The sale is already safe: nothing here can lose it.

Signals: `printed(str receipt_no, str where)` when a receipt is made; `failed(str receipt_no, str message)` when
it could not be, with a plain message for the cashier (the till offers a reprint).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ska_pos.db.database import Database
from ska_pos.paths import data_dir
from ska_pos.reports.receipt_pdf import render_receipt_pdf
from ska_pos.services.receipts import receipt_data
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import run_operation
from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog


def receipts_folder() -> Path:
    folder = data_dir() / "receipts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class ReceiptDispatcher(QObject):
    printed = Signal(str, str)
    failed = Signal(str, str)

    def __init__(self, database: Database, till_id: uuid.UUID, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database, self.till_id = database, till_id
        self.paper_mm = 80

    def render(self, sale_id: uuid.UUID, *, copy: bool = False) -> tuple[str, bytes]:
        """Receipt number and PDF bytes; safe to call off the UI thread."""
        with self.database.reading() as session:
            data = receipt_data(session, sale_id, copy=copy)
        return data.receipt_no, render_receipt_pdf(data, self.paper_mm)

    def after_sale(self, sale_id: uuid.UUID, *, open_drawer: bool = False, parent: QWidget | None = None) -> None:
        """Make the receipt without blocking the till; never raises."""
        self._produce(sale_id, copy=False, parent=parent)

    def reprint(self, sale_id: uuid.UUID, *, parent: QWidget | None = None) -> None:
        self._produce(sale_id, copy=True, parent=parent)

    def _produce(self, sale_id: uuid.UUID, *, copy: bool, parent: QWidget | None) -> None:
        def work() -> tuple[str, str]:
            receipt_no, pdf = self.render(sale_id, copy=copy)
            path = receipts_folder() / f"{receipt_no}{'-copy' if copy else ''}.pdf"
            path.write_bytes(pdf)
            return receipt_no, str(path)

        run_operation(parent, work, lambda result: self.printed.emit(*result),
                      on_failure=lambda error: self.failed.emit(str(sale_id), error_text(error)))  # fmt: skip

    def preview(self, parent: QWidget, sale_id: uuid.UUID, *, copy: bool = False) -> PdfPreviewDialog:
        receipt_no, pdf = self.render(sale_id, copy=copy)
        dialog = PdfPreviewDialog(pdf, receipt_no, parent)
        dialog.open()
        return dialog
