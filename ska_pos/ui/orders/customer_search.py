"""The customer part of a counter dialog (the order intake, the salon's booking): a search of the sentra's customer
list, the customers found, and the name and phone of the customer the dialog is for.

`CustomerSearch(owner, session, prefix, phone, list_height)`; `add_rows(form)` lays its rows into the dialog's form
(the dialog's own rows share the form's label column). Enter in the search field reads the customers (a `ReadOp`,
off the screen thread) and puts the focus on the first one found; Enter (or a double tap) in the list chooses one:
`customer_id` is theirs, the name field holds their name, the phone field is cleared (the list has their phone) and
`chosen` is emitted, for the dialog to move the focus on. A name typed afterwards makes the customer a new one again:
`customer_id` is None and `typed` is emitted. `none_found` is emitted when the search finds no one.

The controls are named `<prefix>CustomerSearch`, `<prefix>Customers`, `<prefix>CustomerName` and
`<prefix>CustomerTitle`; the phone field is the dialog's (its name, words and hint differ from dialog to dialog).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QListWidget, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from ska_pos.services.customers import search_customers
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.orders.intake_lines import RESULTS, VALUE, text_field
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named, touch_rows

Found = tuple[uuid.UUID, str, str]  # the customer, their name, their masked phone


class CustomerSearch(QObject):
    chosen = Signal()
    typed = Signal()
    none_found = Signal()

    def __init__(self, owner: QWidget, session: TillSession, prefix: str, phone: QLineEdit, list_height: int) -> None:
        super().__init__(owner)
        self.session, self.prefix, self.phone = session, prefix, phone  # the owner only as parent: no cycle
        self.customer_id: uuid.UUID | None = None
        self.search = text_field(f"{prefix}CustomerSearch", self.tr("Find in the customer list"))
        self.search.returnPressed.connect(self.find)
        self.found = named(QListWidget(), f"{prefix}Customers", self.tr("Customers found"))
        self.found.setMaximumHeight(list_height)
        touch_rows(self.found)
        self.found.itemActivated.connect(self._choose)
        self.name = text_field(f"{prefix}CustomerName", self.tr("Customer's name"))
        self.name.setPlaceholderText("")  # its row says "Name"; the accessible name says whose
        self.name.textEdited.connect(self._name_typed)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(look.text(self.tr("Customer"), f"{self.prefix}CustomerTitle"))
        form.addRow(self.search)
        form.addRow(self.found)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)

    def find(self) -> None:
        text, outlet_id = self.search.text(), self.session.actor.outlet_id

        def read(session: Session) -> list[Found]:
            page = search_customers(session, outlet_id, text, limit=RESULTS)
            return [(row.id, row.name, row.masked_phone) for row in page.rows]

        owner = self.parent()
        assert isinstance(owner, QWidget)
        ReadOp(owner, self.session.database, read).success(self._show).run_in_background()

    def _show(self, rows: list[Found]) -> None:
        self.found.clear()
        for customer_id, name, phone in rows:
            entry = QListWidgetItem(f"{name} {phone}".strip())
            entry.setData(VALUE, (customer_id, name))
            self.found.addItem(entry)
        if rows:
            self.found.setCurrentRow(0)
            self.found.setFocus()
        else:
            self.none_found.emit()

    def _choose(self, entry: QListWidgetItem) -> None:
        self.customer_id, name = entry.data(VALUE)
        self.name.setText(name)
        self.phone.clear()  # the list has the customer's phone
        self.chosen.emit()

    def _name_typed(self) -> None:
        self.customer_id = None  # a name typed here: not the listed customer chosen before
        self.typed.emit()
