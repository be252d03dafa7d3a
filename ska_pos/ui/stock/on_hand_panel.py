"""Stock on hand: an outlet's tracked items a page at a time, searched and filtered (category, running low, holding
a maker's pieces), with what a manager does from there: an item's history, receiving, a maker's consignment, opening
stock from a file and the stock to one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.reports import formatting as fmt
from ska_pos.services import catalog_categories, workers
from ska_pos.services.catalog_categories import CategoryRow
from ska_pos.services.stock.on_hand_page import OnHandPage, OnHandRow, StockFilter, on_hand_page
from ska_pos.services.workers import OutletChoice
from ska_pos.ui.manager.notices import tell
from ska_pos.ui.manager.paged_search import PAGE, ListTexts, PagedSearch
from ska_pos.ui.op_changes import CATALOG, SALES, STOCK, refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.stock import opening_stock_actions
from ska_pos.ui.stock.history_dialog import HistoryDialog
from ska_pos.ui.stock.incoming_dialog import IncomingDialog, open_incoming, show_note
from ska_pos.ui.stock.minimum_dialog import MinimumDialog
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, index_of_data, named


@dataclass(frozen=True)
class Choices:
    outlets: list[OutletChoice]
    categories: list[CategoryRow]


class OnHandModel(RowsModel):
    numeric_columns = frozenset({3, 4, 5, 6, 7})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("SKU"), self.tr("Name"), self.tr("Category"), self.tr("On hand"), self.tr("Minimum"),
                self.tr("Consigned"), self.tr("Average cost"), self.tr("Value"))  # fmt: skip

    def text(self, row: OnHandRow, column: int) -> str:
        language = self.language
        on_hand = fmt.quantity(row.quantity, language, row.unit)
        if row.low:  # a word, not only a colour
            on_hand = self.tr("low · {quantity}").format(quantity=on_hand)
        minimum = "" if row.minimum is None else fmt.quantity(row.minimum, language)
        consigned = fmt.quantity(row.consigned, language) if row.consigned else ""
        values = (row.sku, row.name, row.category, on_hand, minimum, consigned, fmt.rupiah(row.avg_cost, language),
                  fmt.rupiah(row.value, language))  # fmt: skip
        return values[column]


class OnHandPanel(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "stockOnHand", self.tr("Stock on hand"))
        self.session = session
        self.outlet_id: uuid.UUID = session.actor.outlet_id
        self.model = OnHandModel(session.language, self)
        texts = ListTexts(self.tr("Find an item"), self.tr("Type part of a name or SKU"),
                          self.tr("Find an item by name or SKU…"), self.tr("Stock on hand"),
                          self.tr("Which items are shown"))  # fmt: skip
        self.pages = PagedSearch(self, "stock", texts, self.model, self.reload)
        self.search, self.table = self.pages.search, self.pages.table
        self.table.doubleClicked.connect(lambda _index: self.history())
        self.outlet = named(QComboBox(), "stockOutlet", self.tr("Outlet"))
        self.category = named(QComboBox(), "stockCategory", self.tr("Category"))
        self.low = named(QCheckBox(self.tr("Low stock only")), "stockLowOnly", self.tr("Low stock only"))
        self.consigned = named(QCheckBox(self.tr("Consigned only")), "stockConsignedOnly", self.tr("Consigned only"))
        for combo in (self.outlet, self.category):
            combo.setMinimumHeight(44)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(16)
        self.outlet.activated.connect(lambda _index: self._outlet_chosen())
        self.category.activated.connect(lambda _index: self.pages.first_page())
        for box in (self.low, self.consigned):
            box.setMinimumHeight(44)
            box.toggled.connect(lambda _on: self.pages.first_page())
        filters = QHBoxLayout()
        for widget in (self.outlet, self.category, self.low, self.consigned):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout()
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.pages.pager())
        layout.addWidget(self._actions())
        self.setLayout(layout)
        self.incoming: IncomingDialog | None = None
        refresh_on(self, {STOCK, SALES, CATALOG}, self.reload_all, first_when_shown=True)

    def _actions(self) -> ButtonRows:
        buttons: list[QWidget] = []
        for text, name, slot in (
            (self.tr("Movement history"), "stockHistory", self.history),
            (self.tr("Low stock level"), "stockSetMinimum", self.set_minimum),
            (self.tr("Receive goods"), "stockReceive", lambda: self.open_incoming("receive")),
            (self.tr("Consignment in"), "stockConsignIn", lambda: self.open_incoming("consign_in")),
            (self.tr("Consignment return"), "stockConsignReturn", lambda: self.open_incoming("consign_return")),
            (self.tr("Import opening stock"), "stockImportOpening", self.import_opening),
            (self.tr("Export stock"), "stockExport", self.export),
        ):
            button = big_button(text, name)
            button.clicked.connect(slot)
            buttons.append(button)
        rows = named(ButtonRows(), "stockActions", self.tr("What to do with the stock"))
        rows.set_rows([buttons])
        return rows

    def reload_all(self) -> None:
        outlet_id = self.outlet_id

        def work(s: Session) -> Choices:
            return Choices(workers.outlet_choices(s), catalog_categories.list_categories(s, outlet_id))

        ReadOp(self, self.session.database, work).success(self._choices).run_in_background()
        self.reload()

    def _choices(self, choices: Choices) -> None:
        self.outlet.clear()
        for outlet in choices.outlets:
            self.outlet.addItem(f"{outlet.code} · {outlet.name}", outlet.id)
        self.outlet.setCurrentIndex(max(0, index_of_data(self.outlet, self.outlet_id)))
        chosen = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for category in choices.categories:
            self.category.addItem(category.name, category.id)
        self.category.setCurrentIndex(max(0, index_of_data(self.category, chosen)))

    def _outlet_chosen(self) -> None:
        chosen = self.outlet.currentData()
        if chosen is not None and chosen != self.outlet_id:
            self.outlet_id = chosen
            self.category.setCurrentIndex(0)
            self.pages.offset = 0
            self.reload_all()

    def stock_filter(self) -> StockFilter:
        return StockFilter(
            self.outlet_id, self.search.text(), self.category.currentData(), consigned_only=self.consigned.isChecked()
        )

    def reload(self) -> None:
        wanted, offset = self.stock_filter(), self.pages.offset

        def work(s: Session) -> OnHandPage:
            return on_hand_page(s, wanted, offset, PAGE)

        ReadOp(self, self.session.database, work).success(
            lambda page: self.pages.show(page.rows, offset, page.total)
        ).run_in_background()

    def selected(self) -> OnHandRow | None:
        row: OnHandRow | None = self.pages.selected()
        return row

    def history(self) -> HistoryDialog | None:
        row = self.selected()
        if row is None:
            tell(self, self.tr("Choose an item in the list first."))
            return None
        dialog = HistoryDialog(self.session, row.item_id, self.outlet_id, row.name, self)
        dialog.open()
        return dialog

    def set_minimum(self) -> MinimumDialog | None:
        row = self.selected()
        if row is None:
            tell(self, self.tr("Choose an item in the list first."))
            return None
        if self.outlet_id != self.session.actor.outlet_id:
            tell(self, self.tr("Minimums are set at your own outlet: choose it in the list first."))
            return None
        dialog = MinimumDialog(self.session, row, self)
        dialog.open()
        return dialog

    def open_incoming(self, kind: str) -> None:
        if self.outlet_id != self.session.actor.outlet_id:
            tell(self, self.tr("Goods are received at your own outlet: choose it in the list first."))
            return
        open_incoming(self, self.session, kind, self._opened)

    def import_opening(self) -> None:
        opening_stock_actions.import_opening_stock(self, self.session)

    def export(self) -> None:
        code = str(self.outlet.currentText()).split(" · ")[0] or self.session.outlet_code
        opening_stock_actions.export_stock(self, self.session, self.outlet_id, code)

    def _opened(self, dialog: IncomingDialog) -> None:
        self.incoming = dialog
        dialog.saved.connect(lambda number: show_note(self, self.session, number))
