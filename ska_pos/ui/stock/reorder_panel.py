"""The reorder list: the manager's outlet's items at or below their minimum, by whom to ask (the supplier who
delivered last, else the maker), with what brings each back to its minimum; saved as CSV for the order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.reports import formatting as fmt
from ska_pos.services.export_files import write_csv
from ska_pos.services.stock.minimums import REORDER_CSV_COLUMNS, ReorderRow, reorder_csv_rows, reorder_list
from ska_pos.ui.manager.notices import tell
from ska_pos.ui.op_changes import CATALOG, SALES, STOCK, refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.save_dialog import ask_save_path
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named


class ReorderModel(RowsModel):
    numeric_columns = frozenset({3, 4, 5})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Supplier or maker"), self.tr("SKU"), self.tr("Name"), self.tr("On hand"), self.tr("Minimum"),
                self.tr("To order"))  # fmt: skip

    def text(self, row: ReorderRow, column: int) -> str:
        language = self.language
        values = (row.source or self.tr("not known"), row.sku, row.name, fmt.quantity(row.on_hand, language),
                  fmt.quantity(row.minimum, language), fmt.quantity(row.short, language, row.unit))  # fmt: skip
        return values[column]


class ReorderPanel(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "stockReorder", self.tr("Reorder list"))
        self.session = session
        self.model = ReorderModel(session.language, self)
        self.table = named(QTableView(), "reorderTable", self.tr("Items to reorder"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(40)
        look.whole_columns(self.table.horizontalHeader())
        self.summary = look.text("", "reorderSummary", self.tr("How many items to reorder"))
        save = big_button(self.tr("Save as CSV"), "reorderCsv")
        save.clicked.connect(self.save_csv)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(save)
        layout = QVBoxLayout()
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setLayout(layout)
        refresh_on(self, {STOCK, SALES, CATALOG}, self.reload, first_when_shown=True)

    def reload(self) -> None:
        outlet_id = self.session.actor.outlet_id

        def work(s: Session) -> list[ReorderRow]:
            return reorder_list(s, outlet_id)

        ReadOp(self, self.session.database, work).success(self._loaded).run_in_background()

    def _loaded(self, rows: list[ReorderRow]) -> None:
        self.model.set_rows(rows)
        look.set_text(self.summary, self.tr("{count} items at or below their minimum").format(count=len(rows)))

    def save_csv(self) -> None:
        suggested = Path.home() / f"pesan-ulang-{self.session.outlet_code}-{self.session.today().isoformat()}.csv"
        path = ask_save_path(self, self.tr("Save the reorder list"), suggested, self.tr("CSV files (*.csv)"))
        if path is not None:
            self.write_csv(path)

    def write_csv(self, path: Path) -> None:
        rows = list(self.model.rows)

        def work(_s: Session) -> int:
            return write_csv(path, REORDER_CSV_COLUMNS, reorder_csv_rows(rows))

        ReadOp(self, self.session.database, work).success(
            lambda _count: tell(self, self.tr("Saved: {file}").format(file=path))
        ).run_in_background()
