"""Finding the customer of a sale at the till, by name or whole phone number, or adding a new one in two fields.

`CustomerDialog(session, current_id, current_name, parent)`; after `accepted`, `choice()` is the `CustomerChoice`:
the customer chosen in the list (a tap or Enter), the one just added, or none ("No customer" takes them off).
Searching reads the database a page at a time (`services.customers`); adding checks the phone for Indonesia and
refuses a number another customer has, naming them, so the cashier can pick that one instead.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from ska_pos.services import customers
from ska_pos.services.customers import CustomerForm, CustomerPage, CustomerRow
from ska_pos.ui import op_changes
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sale_view import CustomerChoice
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named, touch_rows

ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = 20
SEARCH_PAUSE_MS = 200


class CustomerDialog(TillDialog):
    def __init__(
        self, session: TillSession, current_id: uuid.UUID | None, current_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "customerDialog", QCoreApplication.translate("CustomerDialog", "Customer of this sale"), parent
        )
        self.session = session
        self._choice = CustomerChoice(current_id, current_name)
        self.search = named(QLineEdit(), "customerSearch", self.tr("Find a customer"),
                            self.tr("Type part of the name or the whole phone number, then choose below"))  # fmt: skip
        self.search.setPlaceholderText(self.tr("Name or whole phone number…"))
        self.search.setMinimumHeight(48)
        self.pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self.pause.timeout.connect(self.look_up)
        self.search.textChanged.connect(lambda _text: self.pause.start())
        self.search.returnPressed.connect(self._enter_in_search)
        self.list = named(QListWidget(), "customerList", self.tr("Customers found"),
                          self.tr("Tap a customer or press Enter to attach them to the sale"))  # fmt: skip
        touch_rows(self.list)
        self.list.setMinimumHeight(200)
        self.list.itemClicked.connect(lambda _entry: self.try_accept())
        self.list.itemActivated.connect(lambda _entry: self.try_accept())
        self.current = named(QLabel(self._current_text()), "customerCurrent", self.tr("Customer now"))
        self.current.setWordWrap(True)
        self.none = big_button(self.tr("No customer"), "customerNone", self.tr("Take the customer off this sale"))
        self.none.clicked.connect(self.take_off)
        self.new_name = named(QLineEdit(), "customerNewName", self.tr("New customer's name"))
        self.new_phone = named(QLineEdit(), "customerNewPhone", self.tr("New customer's phone (optional)"))
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_phone.setPlaceholderText("0812-3456-7890")
        for field in (self.new_name, self.new_phone):
            field.setMinimumHeight(48)
        self.new_phone.returnPressed.connect(self.add_new)
        self.add = big_button(self.tr("Add new customer"), "customerAddNew")
        self.add.clicked.connect(self.add_new)
        self.body.addWidget(self.current)
        self.body.addWidget(self.search)
        self.body.addWidget(self.list, 1)
        self.body.addWidget(self.none)
        new = QGridLayout()
        self.body.addLayout(new)
        new.addWidget(QLabel(self.tr("New customer")), 0, 0, 1, 3)
        new.addWidget(self.new_name, 1, 0)
        new.addWidget(self.new_phone, 1, 1)
        new.addWidget(self.add, 1, 2)
        self.finish_layout()
        self.resize(720, 560)
        self.search.setFocus()
        self.look_up()

    def _current_text(self) -> str:
        if self._choice.id is None:
            return self.tr("No customer on this sale yet.")
        return self.tr("Customer now: {name}").format(name=self._choice.name)

    def choice(self) -> CustomerChoice:
        return self._choice

    def look_up(self) -> None:
        text, outlet_id = self.search.text(), self.session.actor.outlet_id

        def work(s: Session) -> CustomerPage:
            return customers.search_customers(s, outlet_id, text, limit=SHOWN)

        ReadOp(self, self.session.database, work).success(self._found).run_in_background()

    def _found(self, page: CustomerPage) -> None:
        self.list.clear()
        for row in page.rows:
            self.list.addItem(self._entry(row))
        if page.total > len(page.rows):
            more = self.tr("{count} more: type more of the name").format(count=page.total - len(page.rows))
            hint = QListWidgetItem(more)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(hint)
        if page.rows:
            self.list.setCurrentRow(0)

    @staticmethod
    def _entry(row: CustomerRow) -> QListWidgetItem:
        entry = QListWidgetItem("  ".join(part for part in (row.name, row.masked_phone) if part))
        entry.setData(ID_ROLE, row.id)
        entry.setData(NAME_ROLE, row.name)
        return entry

    def _enter_in_search(self) -> None:
        if self.pause.isActive():  # Enter before the search answered: search now, choose after
            self.pause.stop()
            self.look_up()
            return
        self.try_accept()

    def take_off(self) -> None:
        self._choice = CustomerChoice(None, "")
        self.accept()

    def add_new(self) -> None:
        if not self.new_name.text().strip():
            self.show_error(self.tr("Type the new customer's name"))
            self.new_name.setFocus()
            return
        form = CustomerForm(self.new_name.text(), self.new_phone.text())
        actor = self.session.actor
        self.add.setEnabled(False)
        WriteOp(self, self.session.database, lambda s: customers.add_customer(s, actor, form),
                {op_changes.SALES}).success(self._added).failure(self._not_added).run_in_background()  # fmt: skip

    def _added(self, row: CustomerRow) -> None:
        self.add.setEnabled(True)
        self._choice = CustomerChoice(row.id, row.name)
        self.accept()

    def _not_added(self, error: Exception) -> None:
        self.add.setEnabled(True)
        self.show_error(error_text(error))

    def check(self) -> str | None:
        entry = self.list.currentItem()
        customer_id = entry.data(ID_ROLE) if entry is not None else None
        if not isinstance(customer_id, uuid.UUID):
            return self.tr("Choose a customer from the list, or add a new one")
        self._choice = CustomerChoice(customer_id, str(entry.data(NAME_ROLE)))
        return None
