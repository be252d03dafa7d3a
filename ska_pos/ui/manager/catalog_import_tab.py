"""Importing a catalogue file in the window: choose a CSV or XLSX file, read every row's problems (row, column,
reason) before anything is written, then import a file without problems with progress and Cancel, and see the
items added and the prices set. A file with any wrong row imports nothing, as `ska-pos import catalog` does."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet
from ska_pos.reports import formatting as fmt
from ska_pos.services import workers
from ska_pos.services.catalog_file import CatalogFile, CatalogImportError, RowProblem, read_catalog
from ska_pos.services.catalog_import import ImportReport, import_catalog, plan_import
from ska_pos.services.catalog_import_writes import PriceSet, ProgressCallback
from ska_pos.services.workers import OutletChoice
from ska_pos.ui import op_changes
from ska_pos.ui.counted_write_op import CountedWriteOp
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.ops import Operation, ReadOp
from ska_pos.ui.row_problems import ProblemsModel
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.save_dialog import ask_open_path
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import WrappingLabel, big_button, index_of_data, named


@dataclass(frozen=True)
class Checked:
    """A file read and checked against the database: its problems, or what importing it would do."""

    path: Path
    catalog: CatalogFile
    outlet_id: uuid.UUID | None
    problems: list[RowProblem]
    new: int
    changed: int
    unchanged: int


class PricesModel(RowsModel):
    numeric_columns = frozenset({3, 4})

    def headers(self) -> tuple[str, ...]:
        return self.tr("Outlet"), self.tr("SKU"), self.tr("Name"), self.tr("Old price"), self.tr("New price")

    def text(self, price: PriceSet, column: int) -> str:
        old = self.tr("new item") if price.old is None else fmt.rupiah(price.old, self.language)
        return (price.outlet_code, price.sku, price.name, old, fmt.rupiah(price.new, self.language))[column]


class CatalogImportTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "catalogImportTab", self.tr("Import a catalogue"))
        self.session = session
        self.checked: Checked | None = None
        self._answered = False
        self.import_operation: Operation | None = None  # the import under way (its Cancel: `Operation.cancel`)
        self.report: ImportReport | None = None
        intro = self.tr(
            "A CSV or XLSX file whose first row names the columns: sku, name and price, and if you like outlet_code, "
            "category, kind (product or service), unit (pcs, kg, m, l, ml, service), barcodes (separated by ;), "
            "maker_code, track_stock (ya), min_quantity and duration (a service's minutes). Every row is checked "
            "before anything is saved; a file with any wrong row imports nothing."
        )
        self.intro = named(WrappingLabel(intro), "catalogImportIntro", intro)
        self.outlet = named(QComboBox(), "catalogImportOutlet", self.tr("Outlet for rows without outlet_code"))
        self.outlet.setMinimumHeight(40)
        self.choose = big_button(self.tr("&Choose a file…"), "catalogImportChoose", self.tr("Choose a file"))
        self.choose.clicked.connect(self.choose_file)
        self.recheck = big_button(self.tr("Check &again"), "catalogImportRecheck", self.tr("Check the file again"))
        self.recheck.clicked.connect(self.check_again)
        self.run = big_button(self.tr("&Import"), "catalogImportRun", self.tr("Import the catalogue"))
        self.run.clicked.connect(self.start_import)
        self.status = named(WrappingLabel(""), "catalogImportStatus", self.tr("What the check found"))
        self.status.setProperty("role", "banner")
        self.problems = ProblemsModel(session.language, self)
        self.prices = PricesModel(session.language, self)
        self.table = named(QTableView(), "catalogImportTable", self.tr("Rows of the file"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setModel(self.problems)
        look.whole_columns(self.table.horizontalHeader())
        form = QFormLayout()
        outlet_label = QLabel(self.tr("O&utlet for rows without outlet_code:"))
        outlet_label.setBuddy(self.outlet)
        form.addRow(outlet_label, self.outlet)
        buttons = QHBoxLayout()
        for button in (self.choose, self.recheck, self.run):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout()
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.setLayout(layout)
        self._show(None)
        refresh_on(self, {op_changes.SETTINGS}, self.reload, first_when_shown=True)  # the outlets to choose from

    def reload(self) -> None:
        ReadOp(self, self.session.database, workers.outlet_choices).success(self._outlets).run_in_background()

    def _outlets(self, outlets: list[OutletChoice]) -> None:
        self.outlet.clear()
        for choice in outlets:
            self.outlet.addItem(f"{choice.code} · {choice.name}", choice.id)
        chosen = index_of_data(self.outlet, self.session.choices.catalog_outlet_id)
        here = chosen if chosen >= 0 else self.outlet.findText(f"{self.session.outlet_code} ·", _starts_with())
        self.outlet.setCurrentIndex(max(here, 0))

    def prefer_outlet(self, outlet_id: uuid.UUID) -> None:
        """The outlet chosen for the Katalog is the one for rows without outlet_code, until changed here."""
        here = index_of_data(self.outlet, outlet_id)
        if here >= 0:
            self.outlet.setCurrentIndex(here)

    def choose_file(self) -> None:
        path = ask_open_path(
            self, self.tr("Choose a catalogue file"), Path.home(), self.tr("Spreadsheets (*.csv *.xlsx)")
        )
        if path is not None:
            self.check(path)

    def check_again(self) -> None:
        if self.checked is not None:
            self.check(self.checked.path)

    def check(self, path: Path) -> None:
        """Reads the file and checks every row, writing nothing; the result shows in the table."""
        outlet_id = self.outlet.currentData()

        def work(s: Session) -> Checked:
            catalog = read_catalog(path)
            outlet = s.get(Outlet, outlet_id) if outlet_id is not None else None
            plan = plan_import(s, catalog, default_outlet=outlet)
            changed = len(plan.changed_skus)
            return Checked(path, catalog, outlet_id, plan.problems, len(plan.new_items), changed, plan.unchanged)

        self.report = None
        ReadOp(self, self.session.database, work).success(self._show).with_progress(
            self.tr("Checking the file…"), cancellable=True
        ).with_timeout(None).run_in_background()

    def _show(self, checked: Checked | None) -> None:
        self.checked = checked
        self.table.setModel(self.problems)
        self.problems.set_rows(checked.problems if checked else [])
        self.recheck.setEnabled(checked is not None)
        self.run.setEnabled(checked is not None and not checked.problems)
        if checked is None:
            text = self.tr("Choose a file to check it.")
        elif checked.problems:
            text = self.tr("{file}: {count} problem(s). Nothing will be imported: fix the rows below in the "
                           "spreadsheet, save it and check again.").format(file=checked.path.name,
                                                                          count=len(checked.problems))  # fmt: skip
        else:
            text = self.tr("{file}: every row is right. Importing adds {new} item(s), changes {changed} and leaves "
                           "{unchanged} as they are.").format(file=checked.path.name, new=checked.new,
                                                              changed=checked.changed,
                                                              unchanged=checked.unchanged)  # fmt: skip
        self._status(text)

    def start_import(self) -> None:
        checked = self.checked
        if checked is None or checked.problems:
            return
        actor, outlet_id = self.session.actor, checked.outlet_id

        def work(s: Session, progress: ProgressCallback) -> ImportReport:
            outlet = s.get(Outlet, outlet_id) if outlet_id is not None else None
            return import_catalog(s, actor, checked.catalog, default_outlet=outlet, progress=progress)

        self._answered = False
        self.import_operation = operation = (
            CountedWriteOp(self, self.session.database, work, {op_changes.CATALOG})
            .success(self._imported)
            .failure(self._failed)
            .with_progress(self.tr("Importing the catalogue…"), cancellable=True)
            .with_timeout(None)
            .run_in_background()
        )
        operation.finished.connect(self._ended)

    def _ended(self) -> None:
        if not self._answered:  # Cancel pressed: the transaction was rolled back
            self._status(self.tr("Cancelled: nothing was imported."))

    def _imported(self, report: ImportReport) -> None:
        self._answered = True
        self.report = report
        self.run.setEnabled(False)
        self.table.setModel(self.prices)
        self.prices.set_rows(list(report.prices))
        self._status(self.tr("Imported: {new} new item(s), {changed} changed, {unchanged} unchanged. The prices "
                             "set are below.").format(new=report.created, changed=report.updated,
                                                      unchanged=report.unchanged))  # fmt: skip

    def _failed(self, error: Exception) -> None:
        self._answered = True
        if isinstance(error, CatalogImportError):  # the database changed since the check: show the rows again
            self.check_again()
            return
        self._status(self.tr("Nothing was imported: {reason}").format(reason=error_text(error)))

    def _status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)


def _starts_with() -> Qt.MatchFlag:
    return Qt.MatchFlag.MatchStartsWith
