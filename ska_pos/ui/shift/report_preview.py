"""The shift report, built and rendered off the UI thread, shown in the in-app PDF preview."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.reports.shift_report_layout import shift_report_title
from ska_pos.reports.shift_report_pdf import Paper, render_shift_report_pdf
from ska_pos.services.shift_report import build_shift_report
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog


def render_shift_report(session: Session, shift_id: uuid.UUID, language: str, paper: Paper) -> tuple[str, bytes]:
    report = build_shift_report(session, shift_id, language=language)
    return shift_report_title(report), render_shift_report_pdf(report, paper)


def show_shift_report(
    parent: QWidget,
    database: Database,
    shift_id: uuid.UUID,
    language: str,
    *,
    paper: Paper = "thermal80",
    on_shown: Callable[[PdfPreviewDialog], None] | None = None,
) -> None:
    def shown(result: tuple[str, bytes]) -> None:
        title, pdf = result
        dialog = PdfPreviewDialog(pdf, title, parent)
        dialog.setObjectName("shiftReportPreview")
        dialog.open()
        if on_shown is not None:
            on_shown(dialog)

    ReadOp(parent, database, lambda session: render_shift_report(session, shift_id, language, paper)).success(
        shown
    ).run_in_background()
