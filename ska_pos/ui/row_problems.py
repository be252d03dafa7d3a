"""The rows of an imported file that are wrong (row, column, why): the catalogue import's table, and the dialog a
file import shows when it wrote nothing. The dialog lists the first rows' problems in a table that scrolls, says how
many more there are, and saves the whole list as a CSV file (written off the screen's thread), so a file with
thousands of bad rows never makes a message box taller than the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHBoxLayout, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.services.catalog_file import RowProblem
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.save_dialog import ask_save_path
from ska_pos.ui.session import look
from ska_pos.ui.widgets import WrappingLabel, big_button, named

SHOWN = 100  # rows listed in the dialog; the rest are counted and go into the saved list
CSV_COLUMNS = ("row", "column", "problem")


class ProblemsModel(RowsModel):
    numeric_columns = frozenset({0})

    def headers(self) -> tuple[str, ...]:
        return self.tr("Row"), self.tr("Column"), self.tr("Problem")

    def text(self, problem: RowProblem, column: int) -> str:
        return str((problem.row or "", problem.column, problem.message)[column])


class RowProblemsDialog(QDialog):
    def __init__(self, parent: QWidget | None, database: Database, language: str, heading: str,
                 problems: list[RowProblem], suggested: Path) -> None:  # fmt: skip
        super().__init__(parent)
        named(self, "rowProblemsDialog", heading)
        self.setWindowTitle(self.tr("Rows with problems"))
        self.database, self.problems, self.suggested = database, problems, suggested
        self.heading = named(WrappingLabel(heading), "rowProblemsHeading", heading)
        self.model = ProblemsModel(language, self)
        self.model.set_rows(problems[:SHOWN])
        self.table = named(QTableView(), "rowProblemsTable", self.tr("Rows with problems"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        look.whole_columns(self.table.horizontalHeader())
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        rest = len(problems) - SHOWN
        more = self.tr("…and %n more row problem(s): save the whole list to see them all.", "", rest)
        self.more = named(WrappingLabel(more if rest > 0 else ""), "rowProblemsMore", more if rest > 0 else "")
        self.more.setVisible(rest > 0)
        self.status = named(WrappingLabel(""), "rowProblemsStatus", self.tr("Saving the list"))
        self.save = big_button(self.tr("&Save the whole list (CSV)…"), "rowProblemsSave",
                               self.tr("Save the whole list of problems as a CSV file"))  # fmt: skip
        self.save.clicked.connect(self.save_list)
        close = big_button(self.tr("&Close"), "rowProblemsClose", self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setLayout(layout)
        self.resize(760, 520)
        close.setDefault(True)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_list(self) -> None:
        chosen = ask_save_path(self, self.tr("Save the list of problems"), self.suggested, self.tr("CSV (*.csv)"))
        if chosen is None:
            return
        path = chosen if chosen.suffix.lower() == ".csv" else chosen.with_suffix(".csv")
        rows = [(problem.row or "", problem.column, problem.message) for problem in self.problems]

        def work(_s: Session) -> int:
            from ska_pos.services.export_files import write_csv

            return write_csv(path, CSV_COLUMNS, rows)

        saved = self.tr("{count} problem(s) written to {file}")
        ReadOp(self, self.database, work).success(
            lambda count: self._say(saved.format(count=count, file=path))
        ).failure(lambda error: self._say(error_text(error))).run_in_background()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
