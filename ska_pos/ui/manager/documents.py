"""Making a worker's statement or a payout slip off the UI thread, then showing it in the PDF preview."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ska_pos.services.earnings.period import Period
from ska_pos.ui.ops import Operation, ReadOp
from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog
from ska_pos.ui.till_session import TillSession

PAPERS = ("a4", "thermal80")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def show_pdf(parent: QWidget, pdf: bytes, title: str) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def preview_statement(
    parent: QWidget, session: TillSession, worker_id: uuid.UUID, period: Period, language: str
) -> Operation:
    def work(s: Session) -> bytes:
        from ska_pos.reports.worker_statement_pdf import render_worker_statement_pdf
        from ska_pos.services.earnings.statement import worker_statement

        statement = worker_statement(s, worker_id, period, language=language, manager_name=session.user_name)
        return render_worker_statement_pdf(statement)

    op = ReadOp(parent, session.database, work).success(lambda pdf: show_pdf(parent, pdf, tr("Worker's statement")))
    return op.with_progress(tr("Preparing the statement…")).run_in_background()


def preview_slip(parent: QWidget, session: TillSession, payout_id: uuid.UUID, paper: str, language: str) -> Operation:
    def work(s: Session) -> bytes:
        from ska_pos.reports.payout_slip_pdf import render_payout_slip_pdf
        from ska_pos.services.earnings.slip import payout_slip

        slip = payout_slip(s, payout_id, language=language)
        return render_payout_slip_pdf(slip, "a4" if paper == "a4" else "thermal80")

    op = ReadOp(parent, session.database, work).success(lambda pdf: show_pdf(parent, pdf, tr("Payout slip")))
    return op.with_progress(tr("Preparing the payout slip…")).run_in_background()
