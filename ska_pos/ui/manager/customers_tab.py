"""The sentra's customers: found by name or by their whole phone number (in the database, a page at a time), added
and edited. Lists show only a phone's last digits; the whole number opens in the form (supervisors and up)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.services import customers
from ska_pos.services.customers import CustomerPage, CustomerRow
from ska_pos.ui.manager.customer_form import CustomerFormDialog
from ska_pos.ui.manager.notices import tell
from ska_pos.ui.op_changes import SALES, Changes, operation_hub, refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named

PAGE = 50
SEARCH_PAUSE_MS = 250


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
        self.offset, self.total = 0, 0
        self.search = named(QLineEdit(), "customersSearch", self.tr("Find a customer"),
                            self.tr("Type part of a name, or a whole phone number"))  # fmt: skip
        self.search.setPlaceholderText(self.tr("Name or whole phone number…"))
        self.search.setMinimumHeight(44)
        self.pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self.pause.timeout.connect(self.first_page)
        self.search.textChanged.connect(lambda _text: self.pause.start())
        self.model = CustomersModel(session.language, self)
        self.table = named(QTableView(), "customersTable", self.tr("Customers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(40)
        look.whole_columns(self.table.horizontalHeader())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.page_label = named(QLabel(""), "customersPageLabel", self.tr("Which customers are shown"))
        self.previous = big_button(self.tr("Previous"), "customersPrevious")
        self.previous.clicked.connect(lambda: self.turn(-PAGE))
        self.next = big_button(self.tr("Next"), "customersNext")
        self.next.clicked.connect(lambda: self.turn(PAGE))
        actions = QHBoxLayout()
        for text, name, slot in ((self.tr("New customer"), "customerAdd", self.add),
                                 (self.tr("Edit"), "customerEdit", self.edit)):  # fmt: skip
            button = big_button(text, name)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        pager = QHBoxLayout()
        pager.addWidget(self.previous)
        pager.addWidget(self.page_label, 1)
        pager.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(pager)
        layout.addLayout(actions)
        operation_hub().changed.connect(self._changed)
        refresh_on(self, (), self.reload, first_when_shown=True)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(SALES) and self.isVisible():
            self.reload()

    def first_page(self) -> None:
        self.offset = 0
        self.reload()

    def turn(self, step: int) -> None:
        offset = self.offset + step
        if 0 <= offset < max(self.total, 1):
            self.offset = offset
            self.reload()

    def reload(self) -> None:
        text, offset = self.search.text(), self.offset

        def work(s: Session) -> CustomerPage:
            return customers.search_customers(s, text, offset=offset, limit=PAGE)

        ReadOp(self, self.session.database, work).success(self._loaded).run_in_background()

    def _loaded(self, page: CustomerPage) -> None:
        self.total = page.total
        self.model.set_rows(page.rows)
        shown = len(page.rows)
        look.set_text(self.page_label, self.tr("{first}–{last} of {total}").format(
            first=page.offset + 1 if shown else 0, last=page.offset + shown, total=page.total))  # fmt: skip
        self.previous.setEnabled(self.offset > 0)
        self.next.setEnabled(self.offset + PAGE < self.total)

    def selected(self) -> CustomerRow | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
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
