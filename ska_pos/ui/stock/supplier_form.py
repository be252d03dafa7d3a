"""Adding or editing a supplier of the sentra: code (fixed once notes carry it), name, phone and address.

Signal (from ManagerDialog): `saved(Supplier)`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from ska_pos.services.stock import receiving, suppliers
from ska_pos.services.stock.suppliers import SupplierRow
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import hint_room, named


class SupplierFormDialog(ManagerDialog):
    changes = frozenset({op_changes.STOCK})

    def __init__(
        self, session: TillSession, supplier: SupplierRow | None = None, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("SupplierFormDialog", "Edit {name}").format(name=supplier.name)
            if supplier
            else QCoreApplication.translate("SupplierFormDialog", "New supplier")
        )
        super().__init__("supplierForm", title, parent)
        self.session, self.supplier = session, supplier
        self.code = self._line("supplierCode", self.tr("Supplier code"), supplier.code if supplier else "")
        self.code.setReadOnly(supplier is not None)  # printed on its receiving notes
        self.name = self._line("supplierName", self.tr("Name"), supplier.name if supplier else "")
        self.phone = self._line("supplierPhone", self.tr("Phone"), supplier.phone if supplier else "")
        self.address = self._line("supplierAddress", self.tr("Address"), supplier.address if supplier else "")
        self.finish_layout()
        (self.name if supplier else self.code).setFocus()

    def _line(self, object_name: str, label: str, value: str) -> QLineEdit:
        field = named(QLineEdit(value), object_name, label)
        hint_room(field)
        field.returnPressed.connect(self.try_accept)
        self.add_row(label, field)
        return field

    def check(self) -> str | None:
        if not self.code.text().strip() or not self.name.text().strip():
            return self.tr("A supplier needs a code and a name.")
        return None

    def save_work(self) -> Callable[[Session], Any]:
        actor, supplier = self.session.actor, self.supplier
        code, name, phone, address = (field.text() for field in (self.code, self.name, self.phone, self.address))
        if supplier is None:
            return lambda s: receiving.add_supplier(s, actor, code, name, phone=phone, address=address)
        return lambda s: suppliers.edit_supplier(s, actor, supplier.id, name, phone=phone, address=address)
