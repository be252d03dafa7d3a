"""One outlet's items (chosen above them: catalog_outlet_bar.py), a page at a time from the database (search through
services/item_search.py, filtered by category and status), with the item form, deactivation, the catalogue's export
and the printable price list."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.services import catalog_admin, catalog_categories, catalog_export
from ska_pos.services.catalog_admin import ItemDetail, ItemPage, ItemRow, ListCursor
from ska_pos.services.prices import PriceHistory
from ska_pos.services.workers import OutletChoice
from ska_pos.ui import op_changes
from ska_pos.ui.manager.documents import show_pdf
from ska_pos.ui.manager.item_form import ItemChoices, ItemFormDialog, load_item
from ska_pos.ui.manager.label_dialog import LabelDialog
from ska_pos.ui.manager.notices import ask, tell
from ska_pos.ui.op_changes import Changes, operation_hub
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.save_dialog import ask_save_path
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, index_of_data, named

PAGE_SIZE = 50
SEARCH_PAUSE_MS = 250
STATUSES = ("active", "inactive", "all")


class ItemsModel(RowsModel):
    numeric_columns = frozenset({3})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("SKU"), self.tr("Name"), self.tr("Category"), self.tr("Price today"), self.tr("Status"))

    def text(self, row: ItemRow, column: int) -> str:
        status = self.tr("active") if row.active else self.tr("inactive")
        return (row.sku, row.name, row.category, format_rupiah(row.price, self.language), status)[column]


class ItemPanel(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "itemPanel", self.tr("Items"))
        self.session = session
        self.outlet_id = session.choices.catalog_outlet_id or session.actor.outlet_id
        self.outlet_code = session.outlet_code if self.outlet_id == session.actor.outlet_id else ""
        self.choices = ItemChoices([], [])
        self.next: ListCursor | None = None
        self.form_dialog: ItemFormDialog | None = None
        self.label_dialog: LabelDialog | None = None
        self.search = named(QLineEdit(), "catalogSearch", self.tr("Search items by name, SKU or barcode"))
        self.search.setPlaceholderText(self.tr("Search by name, SKU or barcode"))
        self.search.setMinimumHeight(44)
        self.category = named(QComboBox(), "catalogCategoryFilter", self.tr("Show the items of"))
        self.category.addItem(self.tr("All categories"), None)
        self.status = named(QComboBox(), "catalogStatusFilter", self.tr("Show"))
        for value, text in zip(STATUSES, (self.tr("Active items"), self.tr("Inactive items"),
                                          self.tr("All items")), strict=True):  # fmt: skip
            self.status.addItem(text, value)
        for box in (self.category, self.status):
            box.setMinimumHeight(44)
            box.currentIndexChanged.connect(lambda _index: self.reload())
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(SEARCH_PAUSE_MS)
        self.pause.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self.pause.start())
        self.search.returnPressed.connect(self.reload)
        self.model = ItemsModel(session.language, self)
        self.table = named(QTableView(), "itemsTable", self.tr("Items"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several items may be chosen at once for their barcode labels (Shift or Ctrl with a click or the arrows).
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(40)
        look.whole_columns(self.table.horizontalHeader())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.activated.connect(lambda _index: self.edit())
        self.more = big_button(self.tr("More items"), "catalogMore")
        self.more.clicked.connect(self.load_more)
        self.more.setEnabled(False)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.status, 1)
        layout = QVBoxLayout()
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._actions())
        self.setLayout(layout)
        operation_hub().changed.connect(self._changed)

    def _actions(self) -> ButtonRows:
        buttons: list[QWidget] = [self.more]
        for text, name, slot in (
            (self.tr("New item"), "itemAdd", self.add),
            (self.tr("Edit"), "itemEdit", self.edit),
            (self.tr("Deactivate or reactivate"), "itemToggle", self.toggle_active),
            (self.tr("Export"), "catalogExport", self.export),
            (self.tr("Price list"), "catalogPriceList", self.price_list),
            (self.tr("Barcode labels"), "catalogLabels", self.labels),
        ):
            button = big_button(text, name)
            button.clicked.connect(slot)
            buttons.append(button)
        rows = ButtonRows()
        rows.set_rows([buttons])
        return rows

    def _changed(self, changes: Changes) -> None:
        if changes.touches(op_changes.CATALOG, op_changes.WORKERS):
            self.reload()

    def _filters(self) -> tuple[str, uuid.UUID | None, bool | None]:
        status = self.status.currentData()
        active = None if status == "all" else status == "active"
        return self.search.text(), self.category.currentData(), active

    def set_outlet(self, outlet: OutletChoice) -> None:
        """Show another outlet's items: its categories replace the filter's, and the list starts again."""
        self.outlet_id, self.outlet_code = outlet.id, outlet.code
        self.choices = ItemChoices([], [])
        self.model.set_rows([])
        self._refresh_categories()
        self.reload()

    def reload(self) -> None:
        self.pause.stop()
        self._read(None)

    def load_more(self) -> None:
        if self.next is not None:
            self._read(self.next)

    def _read(self, after: ListCursor | None) -> None:
        (text, category_id, active), outlet_id = self._filters(), self.outlet_id

        def work(s: Session) -> tuple[ItemPage, ItemChoices]:
            page = catalog_admin.list_items(s, outlet_id, text, category_id=category_id, active=active,
                                            limit=PAGE_SIZE, after=after)  # fmt: skip
            choices = ItemChoices(
                catalog_categories.category_choices(s, outlet_id), catalog_admin.maker_choices(s, outlet_id)
            )
            return page, choices

        def shown(loaded: tuple[ItemPage, ItemChoices]) -> None:
            if self._filters() != (text, category_id, active) or self.outlet_id != outlet_id:
                return  # the manager typed on, or chose another outlet; the newer read shows
            page, self.choices = loaded
            chosen = self.selected()
            self.model.set_rows((self.model.rows if after is not None else []) + page.rows)
            again = next((i for i, row in enumerate(self.model.rows) if chosen and row.id == chosen.id), None)
            if again is not None:  # the item edited or deactivated stays chosen
                self.table.setCurrentIndex(self.model.index(again, 0))
            self.next = page.next
            self.more.setEnabled(page.next is not None)
            self._refresh_categories()

        ReadOp(self, self.session.database, work).success(shown).run_in_background()

    def _refresh_categories(self) -> None:
        wanted = [(None, self.tr("All categories"))] + [(c.id, c.name) for c in self.choices.categories]
        present = [(self.category.itemData(i), self.category.itemText(i)) for i in range(self.category.count())]
        if wanted == present:
            return
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for value, text in wanted:
            self.category.addItem(text, value)
        self.category.setCurrentIndex(max(0, index_of_data(self.category, current)))
        self.category.blockSignals(False)

    def selected(self) -> ItemRow | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row if isinstance(row, ItemRow) else None

    def chosen_rows(self) -> list[ItemRow]:
        """The items chosen in the list, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = [self.model.row_at(row) for row in rows]
        return [row for row in found if isinstance(row, ItemRow)]

    def add(self) -> ItemFormDialog:
        return self._open(None, None)

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            tell(self, self.tr("Choose an item in the list first."))
            return
        ReadOp(self, self.session.database, lambda s: load_item(s, row.id)).success(
            lambda loaded: self._open(*loaded)
        ).run_in_background()

    def _open(self, item: ItemDetail | None, history: PriceHistory | None) -> ItemFormDialog:
        self.form_dialog = ItemFormDialog(self.session, self.choices, item, history, self, outlet_id=self.outlet_id)
        self.form_dialog.saved.connect(lambda _item: self.reload())
        self.form_dialog.open()
        return self.form_dialog

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            tell(self, self.tr("Choose an item in the list first."))
            return
        question = (
            self.tr("Deactivate {name}? It can no longer be sold; its past sales keep it.")
            if row.active
            else self.tr("Sell {name} again?")
        ).format(name=row.name)
        if not ask(self, question):
            return
        actor = self.session.actor

        def work(s: Session) -> ItemDetail:
            return catalog_admin.set_item_active(s, actor, row.id, not row.active)

        WriteOp(self, self.session.database, work, {op_changes.CATALOG}).success(
            lambda _item: self.reload()
        ).run_in_background()

    def export(self) -> None:
        suggested = Path.home() / f"katalog-{self.outlet_code}-{self.session.today().isoformat()}.xlsx"
        filters = self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)")
        path = ask_save_path(self, self.tr("Export the catalogue"), suggested, filters)
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        outlet_id, actor = self.outlet_id, self.session.actor

        def work(s: Session) -> int:
            return catalog_export.export_catalog(s, actor, outlet_id, path)

        ReadOp(self, self.session.database, work).success(
            lambda count: tell(self, self.tr("{count} items written to {file}").format(count=count, file=path))
        ).with_progress(self.tr("Exporting…")).run_in_background()

    def price_list(self) -> None:
        outlet_id, language, actor = self.outlet_id, self.session.language, self.session.actor

        def work(s: Session) -> bytes:
            from ska_pos.reports.price_list_pdf import render_price_list_pdf

            return render_price_list_pdf(catalog_export.price_list(s, actor, outlet_id, language))

        ReadOp(self, self.session.database, work).success(
            lambda pdf: show_pdf(self, pdf, self.tr("Price list"))
        ).with_progress(self.tr("Preparing the price list…")).run_in_background()

    def labels(self) -> LabelDialog | None:
        rows = self.chosen_rows()
        if not rows:
            tell(self, self.tr("Choose the items in the list first (Shift or Ctrl to choose several)."))
            return None
        self.label_dialog = LabelDialog(self.session, rows, self)
        self.label_dialog.saved.connect(lambda pdf: show_pdf(self, pdf, self.tr("Barcode labels")))
        self.label_dialog.open()
        return self.label_dialog
