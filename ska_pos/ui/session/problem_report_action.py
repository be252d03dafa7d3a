"""Menu > Save problem report: ask where, write the zip on the database thread, say where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.database import Database
from ska_pos.services.problem_report import (
    ProblemReport,
    default_report_folder,
    default_report_name,
    write_problem_report,
)
from ska_pos.ui.messages import show_info, tr
from ska_pos.ui.ops import Operation, ReadOp
from ska_pos.ui.save_dialog import ask_save_path


def save_problem_report(parent: QWidget, database: Database) -> Operation | None:
    suggested = default_report_folder() / default_report_name(clock.now())
    path = ask_save_path(parent, tr("Save problem report"), suggested, tr("Zip files (*.zip)"))
    return save_problem_report_to(parent, database, path) if path is not None else None


def save_problem_report_to(parent: QWidget, database: Database, path: Path) -> Operation:
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")

    def write(session: Session) -> ProblemReport:
        return write_problem_report(path, created_at=clock.now(), session=session)

    def saved(report: ProblemReport) -> None:
        show_info(parent, tr("Problem report saved: {file}").format(file=report.path))

    return (
        ReadOp(parent, database, write)
        .success(saved)
        .with_progress(tr("Saving the problem report…"))
        .run_in_background()
    )
