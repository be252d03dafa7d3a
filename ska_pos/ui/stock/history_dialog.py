"""An item's movements at an outlet, newest first, with its on-hand and average cost."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QTableView, QWidget
from sqlalchemy.orm import Session

from ska_pos.reports import formatting as fmt
from ska_pos.services.stock.queries import HistoryRow, ItemStock, item_stock
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.stock.words import kind_name
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named

SHOWN = 200  # the newest movements; the whole ledger stays in the database and the CLI


class HistoryModel(RowsModel):
    numeric_columns = frozenset({2, 3})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Kind"), self.tr("Quantity"), self.tr("Unit cost"), self.tr("Reason"))

    def text(self, row: HistoryRow, column: int) -> str:
        values = (fmt.date_time(row.at, self.language), kind_name(row.kind), fmt.quantity(row.quantity, self.language),
                  fmt.rupiah(row.unit_cost, self.language), row.reason)  # fmt: skip
        return values[column]


class HistoryDialog(TillDialog):
    def __init__(
        self, session: TillSession, item_id: uuid.UUID, outlet_id: uuid.UUID, name: str, parent: QWidget | None = None
    ) -> None:
        title = QCoreApplication.translate("HistoryDialog", "Movements of {name}").format(name=name)
        super().__init__("stockHistoryDialog", title, parent)
        self.session = session
        self.resize(820, 560)
        self.body.addWidget(look.heading(title, "stockHistoryTitle"))
        self.summary = look.text("", "stockHistorySummary", self.tr("On hand and average cost"))
        self.body.addWidget(self.summary)
        self.model = HistoryModel(session.language, self)
        self.table = named(QTableView(), "stockHistoryTable", self.tr("Movements"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(36)
        look.whole_columns(self.table.horizontalHeader())
        self.body.addWidget(self.table, 1)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setObjectName("stockHistoryClose")
        close.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.finish_layout()

        def work(s: Session) -> ItemStock:
            return item_stock(s, item_id, outlet_id, history=SHOWN)

        ReadOp(self, session.database, work).success(self._loaded).run_in_background()

    def _loaded(self, stock: ItemStock) -> None:
        language = self.session.language
        look.set_text(self.summary, self.tr("On hand {quantity}, average cost {cost}").format(
            quantity=fmt.quantity(stock.quantity, language), cost=fmt.rupiah(stock.avg_cost, language)))  # fmt: skip
        self.model.set_rows(stock.history)
