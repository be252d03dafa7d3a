"""Adding or editing a customer: name, phone (checked for Indonesia by the service, kept sealed) and notes.

When editing, the whole number is read for the form (supervisors and up, `customers.phone_of`); clearing it
removes the number. Signal (from ManagerDialog): `saved(CustomerRow)`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from ska_pos.services import customers
from ska_pos.services.customers import CustomerForm, CustomerRow
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named

CUSTOMER_CHANGES = frozenset({op_changes.SALES})


def customer_line(object_name: str, accessible: str, value: str = "") -> QLineEdit:
    field = named(QLineEdit(value), object_name, accessible)
    field.setMinimumHeight(44)
    return field


class CustomerFormDialog(ManagerDialog):
    changes = CUSTOMER_CHANGES

    def __init__(
        self, session: TillSession, customer: CustomerRow | None = None, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("CustomerFormDialog", "Edit {name}").format(name=customer.name)
            if customer
            else QCoreApplication.translate("CustomerFormDialog", "New customer")
        )
        super().__init__("customerForm", title, parent)
        self.session, self.customer = session, customer
        self.name = customer_line("customerName", self.tr("Customer's name"), customer.name if customer else "")
        self.phone = customer_line("customerPhone", self.tr("Phone number"))
        self.phone.setPlaceholderText("0812-3456-7890")
        self.notes = customer_line("customerNotes", self.tr("Notes"), customer.notes if customer else "")
        for label, field in ((self.tr("&Name"), self.name), (self.tr("&Phone"), self.phone),
                             (self.tr("N&otes"), self.notes)):  # fmt: skip
            self.add_row(label, field)
        self.finish_layout()
        if customer is not None and customer.phone_tail:
            self.phone.setEnabled(False)
            customer_id, actor = customer.id, session.actor
            ReadOp(self, session.database, lambda s: customers.phone_of(s, actor, customer_id)).success(
                self._phone_read
            ).failure(lambda error: self.show_error(error_text(error))).run_in_background()

    def _phone_read(self, phone: str) -> None:
        self.phone.setText(phone)
        self.phone.setEnabled(True)

    def check(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Fill in the customer's name")
        if not self.phone.isEnabled():
            return self.tr("Wait a moment: the phone number is being read")
        return None

    def save_work(self) -> Callable[[Session], CustomerRow]:
        form = CustomerForm(self.name.text(), self.phone.text(), self.notes.text())
        actor = self.session.actor
        if self.customer is None:
            return lambda s: customers.add_customer(s, actor, form)
        customer_id = self.customer.id
        return lambda s: customers.edit_customer(s, actor, customer_id, form)
