"""The sentra's customers: found by name or by their whole phone number (in the database, a page at a time), added
and edited. Lists show only a phone's last digits; the whole number opens in the form (supervisors and up)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.services import customers
from ska_pos.services.customers import CustomerPage, CustomerRow
from ska_pos.ui.manager.customer_form import CustomerFormDialog
from ska_pos.ui.manager.notices import tell
from ska_pos.ui.manager.paged_search import PAGE, ListTexts, PagedSearch
from ska_pos.ui.op_changes import SALES, Changes, operation_hub, refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named


class CustomersModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return self.tr("Name"), self.tr("Phone"), self.tr("Notes")

    def text(self, customer: CustomerRow, column: int) -> str:
        return (customer.name, customer.masked_phone, customer.notes)[column]


class CustomersTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "customersTab", self.tr("Customers"))
        self.session = session
        self.model = CustomersModel(session.language, self)
        texts = ListTexts(self.tr("Find a customer"), self.tr("Type part of a name, or a whole phone number"),
                          self.tr("Name or whole phone number…"), self.tr("Customers"),
                          self.tr("Which customers are shown"))  # fmt: skip
        self.pages = PagedSearch(self, "customers", texts, self.model, self.reload)
        self.search, self.table = self.pages.search, self.pages.table
        self.table.doubleClicked.connect(lambda _index: self.edit())
        actions = QHBoxLayout()
        for text, name, slot in ((self.tr("New customer"), "customerAdd", self.add),
                                 (self.tr("Edit"), "customerEdit", self.edit)):  # fmt: skip
            button = big_button(text, name)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout()
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.pages.pager())
        layout.addLayout(actions)
        self.setLayout(layout)
        operation_hub().changed.connect(self._changed)
        refresh_on(self, (), self.reload, first_when_shown=True)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(SALES) and self.isVisible():
            self.reload()

    def reload(self) -> None:
        text, offset, outlet_id = self.search.text(), self.pages.offset, self.session.actor.outlet_id

        def work(s: Session) -> CustomerPage:  # the manager's sentra's customers only
            return customers.search_customers(s, outlet_id, text, offset=offset, limit=PAGE)

        ReadOp(self, self.session.database, work).success(
            lambda page: self.pages.show(page.rows, page.offset, page.total)
        ).run_in_background()

    def selected(self) -> CustomerRow | None:
        row = self.pages.selected()
        return row if isinstance(row, CustomerRow) else None

    def add(self) -> CustomerFormDialog:
        dialog = CustomerFormDialog(self.session, None, self)
        dialog.open()
        return dialog

    def edit(self) -> CustomerFormDialog | None:
        customer = self.selected()
        if customer is None:
            tell(self, self.tr("Choose a customer in the list first."))
            return None
        dialog = CustomerFormDialog(self.session, customer, self)
        dialog.open()
        return dialog
