"""The sentra's suppliers: the list (retired ones marked), a new supplier, editing one, retiring one or bringing it
back. Receiving offers only the active suppliers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.services.stock import suppliers
from ska_pos.services.stock.suppliers import SupplierRow
from ska_pos.ui.manager.notices import ask, tell
from ska_pos.ui.op_changes import STOCK, refresh_on
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.stock.supplier_form import SupplierFormDialog
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, named


class SuppliersModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Name"), self.tr("Phone"), self.tr("Address"), self.tr("Status"))

    def text(self, row: SupplierRow, column: int) -> str:
        status = self.tr("active") if row.active else self.tr("retired")
        return (row.code, row.name, row.phone, row.address, status)[column]


class SuppliersPanel(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "stockSuppliers", self.tr("Suppliers"))
        self.session = session
        self.model = SuppliersModel(session.language, self)
        self.table = named(QTableView(), "suppliersTable", self.tr("Suppliers"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        look.whole_columns(self.table.horizontalHeader())
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._actions())
        refresh_on(self, {STOCK}, self.reload, first_when_shown=True)

    def _actions(self) -> ButtonRows:
        buttons: list[QWidget] = []
        for text, name, slot in (
            (self.tr("New supplier"), "supplierAdd", self.add),
            (self.tr("Edit"), "supplierEdit", self.edit),
            (self.tr("Retire or bring back"), "supplierToggle", self.toggle_active),
        ):
            button = big_button(text, name)
            button.clicked.connect(slot)
            buttons.append(button)
        rows = named(ButtonRows(), "supplierActions", self.tr("What to do with the suppliers"))
        rows.set_rows([buttons])
        return rows

    def reload(self) -> None:
        outlet_id = self.session.actor.outlet_id

        def work(s: Session) -> list[SupplierRow]:
            return suppliers.all_suppliers(s, outlet_id)

        ReadOp(self, self.session.database, work).success(self.model.set_rows).run_in_background()

    def selected(self) -> SupplierRow | None:
        index = self.table.currentIndex()
        row: SupplierRow | None = self.model.row_at(index.row()) if index.isValid() else None
        return row

    def add(self) -> SupplierFormDialog:
        dialog = SupplierFormDialog(self.session, None, self)
        dialog.open()
        return dialog

    def edit(self) -> SupplierFormDialog | None:
        supplier = self.selected()
        if supplier is None:
            tell(self, self.tr("Choose a supplier in the list first."))
            return None
        dialog = SupplierFormDialog(self.session, supplier, self)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        supplier = self.selected()
        if supplier is None:
            tell(self, self.tr("Choose a supplier in the list first."))
            return
        question = (
            self.tr("Retire {name}? Goods can no longer be received from them; their notes stay.")
            if supplier.active
            else self.tr("Take {name} on again as a supplier?")
        ).format(name=supplier.name)
        if not ask(self, question):
            return
        actor = self.session.actor

        def work(s: Session) -> None:
            suppliers.set_supplier_active(s, actor, supplier.id, not supplier.active)

        WriteOp(self, self.session.database, work, {STOCK}).with_progress(self.tr("Saving…")).run_in_background()
