"""Taking an order at the counter: the customer (from the customer list, or a name and phone typed here), the lines
(an item or service from the till's catalogue search, the quantity or the weighed kg, a note, the worker credited,
or several workers sharing the line by percentages, with the till's own worker dialog),
the express service and the promised time, and a deposit (or none). Nothing is written here: once accepted,
`form()` is the `OrderForm` the page writes with `take_order`, in one transaction.

`IntakeDialog(session, facts, parent)`. Keys: Enter in a search field searches; Enter in a result list chooses;
Enter in the quantity adds the line; Del in the lines removes one; Ctrl+M the measurement card (where the outlet's
work takes measurements: `tailoring_section.py`); Esc cancels.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.domain.money import BP_WHOLE, format_quantity, format_rupiah, line_amount, parse_quantity, percent_text
from ska_pos.domain.orders.opening_hours import DEFAULT_PROMISE_HOURS, default_promised_at
from ska_pos.domain.orders.workflow import workflow
from ska_pos.reports.bag_tags import MAX_BAGS
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.customers import search_customers
from ska_pos.services.item_search import search_page
from ska_pos.services.orders.counter import CounterFacts
from ska_pos.services.orders.intake import OrderForm, OrderLineForm
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.orders.money_dialog import MoneyFields
from ska_pos.ui.orders.tailoring_section import TailoringSection
from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.till.worker_dialog import WorkerDialog
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, big_button, named, touch_rows

VALUE = 256
RESULTS = 8
COLUMN_PX = 288  # three columns side by side on a 1024-pixel till


@dataclass(frozen=True)
class Found:
    """An item or service of the catalogue, as the intake shows and keeps it."""

    id: uuid.UUID
    name: str
    unit: str
    price: int
    min_quantity: Decimal | None


@dataclass(frozen=True)
class Line:
    item: Found
    quantity: Decimal
    note: str
    worker: tuple[uuid.UUID, str] | None
    shared: tuple[WorkerCredit, ...] = ()  # several workers and their shares (the cutter and the tailor)

    def credits(self) -> tuple[WorkerCredit, ...]:
        if self.shared:
            return self.shared
        return (WorkerCredit(self.worker[0], self.worker[1], BP_WHOLE),) if self.worker else ()


class IntakeDialog(TillDialog):
    def __init__(self, session: TillSession, facts: CounterFacts, parent: QWidget | None = None) -> None:
        super().__init__("intakeDialog", self.tr("New order"), parent)
        self.session, self.facts = session, facts
        self.language = session.language
        self.zone = ZoneInfo(session.outlet_timezone)
        self.customer_id: uuid.UUID | None = None
        self.item: Found | None = None
        self.lines: list[Line] = []
        self.shared: tuple[WorkerCredit, ...] = ()  # the next line's workers, when several share it
        self.sharing: WorkerDialog | None = None
        grid = QGridLayout()
        grid.addWidget(self._customer_part(), 0, 0)
        grid.addWidget(self._lines_part(), 1, 0)
        grid.addWidget(self._line_part(), 0, 1, 2, 1)
        grid.addWidget(self._promise_part(), 0, 2, 2, 1)
        self.tailoring = (
            TailoringSection(session, facts.templates, lambda: self.customer_id) if facts.templates else None
        )
        if self.tailoring is not None:  # the outlet's work takes measurements: the measurement card, cloth, fitting
            grid.addWidget(self.tailoring, 2, 0, 1, 3)
        for column in range(3):
            grid.setColumnMinimumWidth(column, COLUMN_PX)
            grid.setColumnStretch(column, 1)
        self.body.addLayout(grid)
        self.finish_layout()
        self.customer_search.setFocus()

    # --- parts ------------------------------------------------------------------------------------------------
    def _customer_part(self) -> QWidget:
        part = QWidget()
        form = QFormLayout(part)
        self.customer_search = self._field("intakeCustomerSearch", self.tr("Find in the customer list"))
        self.customer_search.returnPressed.connect(self._find_customers)
        self.customers = named(QListWidget(), "intakeCustomers", self.tr("Customers found"))
        self.customers.setMaximumHeight(96)
        touch_rows(self.customers)
        self.customers.itemActivated.connect(self._customer_chosen)
        self.customer_name = self._field("intakeCustomerName", self.tr("Customer's name"))
        self.customer_name.setPlaceholderText("")  # its row says "Name"; the accessible name says whose
        self.customer_name.textEdited.connect(self._name_typed)
        self.phone = self._field("intakePhone", self.tr("Phone"))
        form.addRow(look.text(self.tr("Customer"), "intakeCustomerTitle"))
        form.addRow(self.customer_search)
        form.addRow(self.customers)
        form.addRow(self.tr("Name"), self.customer_name)
        form.addRow(self.tr("Phone"), self.phone)
        return part

    def _line_part(self) -> QWidget:
        part = QWidget()
        form = QFormLayout(part)
        self.item_search = self._field("intakeItemSearch", self.tr("Find an item or service"))
        self.item_search.returnPressed.connect(self._find_items)
        self.items = named(QListWidget(), "intakeItems", self.tr("Items found"))
        self.items.setMaximumHeight(144)
        touch_rows(self.items)
        self.items.itemActivated.connect(self._item_chosen)
        self.chosen = look.text(self.tr("No item chosen"), "intakeChosenItem", self.tr("Chosen item"))
        self.quantity = self._field("intakeQuantity", self.tr("Quantity or kg"))
        self.quantity.returnPressed.connect(self.add_line)
        self.note = self._field("intakeLineNote", self.tr("Line note"))
        self.worker = named(QComboBox(), "intakeWorker", self.tr("Worker credited"))
        self.worker.addItem(self.tr("No worker"), None)
        for worker_id, name in self.facts.workers:
            self.worker.addItem(name, (worker_id, name))
        touch_height(self.worker, 48)
        self.worker.currentIndexChanged.connect(self._one_worker)
        share = big_button(self.tr("Several workers…"), "intakeShareWorkers",
                           self.tr("Share the line between several workers"))  # fmt: skip
        share.clicked.connect(self.share_line)
        share.setEnabled(len(self.facts.workers) > 1)
        self.shares = look.text("", "intakeShares", self.tr("Workers sharing the line"))
        self.shares.hide()
        add = big_button(self.tr("Add line"), "intakeAddLine")
        add.clicked.connect(self.add_line)
        form.addRow(look.text(self.tr("Lines"), "intakeLinesTitle"))
        form.addRow(self.item_search)
        form.addRow(self.items)
        form.addRow(self.chosen)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Worker"), self.worker)
        form.addRow(share)
        form.addRow(self.shares)
        form.addRow(add)
        return part

    def _lines_part(self) -> QWidget:
        part = QWidget()
        form = QFormLayout(part)
        self.line_list = named(QListWidget(), "intakeLines", self.tr("Lines of the order"),
                               self.tr("Del removes the selected line"))  # fmt: skip
        self.line_list.setMinimumHeight(96)
        self.line_list.setWordWrap(True)
        self.line_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        remove = big_button(self.tr("Remove line"), "intakeRemoveLine")
        remove.clicked.connect(self.remove_line)
        self.total = look.text("", "intakeTotal", self.tr("Total of the lines"))
        form.addRow(self.line_list)
        form.addRow(remove)
        form.addRow(self.total)
        return part

    def _promise_part(self) -> QWidget:
        part = QWidget()
        form = QFormLayout(part)
        self.express = named(QComboBox(), "intakeExpress", self.tr("Service speed"))
        self.express.addItem(self.tr("Normal"), "")
        for tier in self.facts.rules.express:
            self.express.addItem(tier.name, tier.code)
        self.express.currentIndexChanged.connect(self._express_changed)
        touch_height(self.express, 48)
        self.promise = named(QCheckBox(self.tr("Promise a time")), "intakePromise", self.tr("Promise a time"))
        self.promise.setChecked(True)
        self.promised = named(QDateTimeEdit(), "intakePromisedAt", self.tr("Promised date and time"))
        self.promised.setTimeZone(QTimeZone(self.session.outlet_timezone.encode()))
        self.promised.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.promised.setCalendarPopup(True)
        touch_height(self.promised, 48)
        self.promise.toggled.connect(self.promised.setEnabled)
        self.deposit = MoneyFields(self.language, optional=True)
        form.addRow(self.tr("Speed"), self.express)
        form.addRow(self.promise)
        form.addRow(self.tr("Promised"), self.promised)
        # A laundry's bags each get a tag (order number, initials, n of N), printed with the ticket.
        self.bag_count = named(QSpinBox(), "intakeBags", self.tr("Number of bags, one tag each"))
        self.bag_count.setRange(0, MAX_BAGS)
        self.bag_count.setValue(1)
        self.bag_count.setMinimumHeight(TOUCH_TARGET_PX)
        if self.facts.flow_code and workflow(self.facts.flow_code).bag_tags:
            form.addRow(self.tr("Bags"), self.bag_count)
        else:
            self.bag_count.setValue(0)
            self.bag_count.hide()
        form.addRow(look.text(self.tr("Down payment"), "intakeDepositTitle"))
        form.addRow(self.deposit)
        self._express_changed()
        return part

    def _field(self, name: str, label: str) -> QLineEdit:
        field = named(QLineEdit(), name, label)
        field.setPlaceholderText(label)
        touch_height(field, 48)
        return field

    # --- the customer -------------------------------------------------------------------------------------------
    def _find_customers(self) -> None:
        text = self.customer_search.text()

        def read(session: Session) -> list[tuple[uuid.UUID, str, str]]:
            page = search_customers(session, text, limit=RESULTS)
            return [(row.id, row.name, row.masked_phone) for row in page.rows]

        ReadOp(self, self.session.database, read).success(self._show_customers).run_in_background()

    def _show_customers(self, rows: list[tuple[uuid.UUID, str, str]]) -> None:
        self.customers.clear()
        for customer_id, name, phone in rows:
            entry = QListWidgetItem(f"{name} {phone}".strip())
            entry.setData(VALUE, (customer_id, name))
            self.customers.addItem(entry)
        if rows:
            self.customers.setCurrentRow(0)
            self.customers.setFocus()

    def _customer_chosen(self, entry: QListWidgetItem) -> None:
        customer_id, name = entry.data(VALUE)
        self.customer_id = customer_id
        self.customer_name.setText(name)
        self.phone.clear()
        self.phone.setEnabled(False)
        self.item_search.setFocus()
        if self.tailoring is not None:
            self.tailoring.customer_changed()

    def _name_typed(self) -> None:
        """A name typed at the counter: the order is not for the listed customer chosen before."""
        self.customer_id = None
        self.phone.setEnabled(True)
        if self.tailoring is not None:
            self.tailoring.customer_changed()

    # --- the lines ------------------------------------------------------------------------------------------------
    def _find_items(self) -> None:
        text, outlet_id = self.item_search.text(), self.session.actor.outlet_id

        def read(session: Session) -> list[Found]:
            page = search_page(session, outlet_id, text, limit=RESULTS)
            return [Found(item.id, item.name, item.unit, int(item.price), item.min_quantity) for item in page.items]

        ReadOp(self, self.session.database, read).success(self._show_items).run_in_background()

    def _show_items(self, found: list[Found]) -> None:
        self.items.clear()
        for item in found:
            entry = QListWidgetItem(f"{item.name} · {format_rupiah(item.price, self.language)}")
            entry.setData(VALUE, item)
            self.items.addItem(entry)
        if found:
            self.items.setCurrentRow(0)
            self.items.setFocus()

    def _item_chosen(self, entry: QListWidgetItem) -> None:
        item: Found = entry.data(VALUE)
        self.item = item
        text = f"{item.name} · {format_rupiah(item.price, self.language)}"
        if item.min_quantity is not None:
            minimum = format_quantity(item.min_quantity, self.language, item.unit)
            text += " · " + self.tr("at least {minimum}").format(minimum=minimum)
        self.chosen.setText(text)
        self.chosen.setAccessibleName(text)
        self.quantity.setText("1")
        self.quantity.selectAll()
        self.quantity.setFocus()

    def add_line(self) -> None:
        if self.item is None:
            self.show_error(self.tr("Find and choose an item first"))
            return
        try:
            quantity = parse_quantity(self.quantity.text())
        except ValueError as error:
            self.show_error(str(error))
            return
        self.lines.append(Line(self.item, quantity, self.note.text().strip(), self.worker.currentData(), self.shared))
        self._one_worker()
        self.item = None
        self.chosen.setText(self.tr("No item chosen"))
        for field in (self.quantity, self.note, self.item_search):
            field.clear()
        self.items.clear()
        self.error.hide()
        self._show_lines()
        self.item_search.setFocus()

    def remove_line(self) -> None:
        row = self.line_list.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._show_lines()

    def _show_lines(self) -> None:
        self.line_list.clear()
        total = 0
        for line in self.lines:
            item = line.item
            charged = max(line.quantity, item.min_quantity) if item.min_quantity is not None else line.quantity
            amount = line_amount(charged, item.price)
            total += amount
            text = f"{item.name} · {format_quantity(line.quantity, self.language, item.unit)}"
            if charged > line.quantity:
                minimum = format_quantity(charged, self.language, item.unit)
                text += " · " + self.tr("minimum {minimum} charged").format(minimum=minimum)
            if line.shared:
                text += f" · {self._shares_text(line.shared)}"
            elif line.worker:
                text += f" · {line.worker[1]}"
            if line.note:
                text += f" · {line.note}"
            self.line_list.addItem(f"{text} · {format_rupiah(amount, self.language)}")
        words = self.tr("Lines: {amount} (before tax and express)").format(amount=format_rupiah(total, self.language))
        self.total.setText(words)
        self.total.setAccessibleName(words)

    # --- several workers on one line ---------------------------------------------------------------------------------
    def share_line(self) -> None:
        """The till's worker dialog: one worker, or a split by percentages adding up to 100."""
        if self.sharing is not None:
            return
        name = self.item.name if self.item else self.tr("the next line")
        dialog = WorkerDialog(self.facts.workers, self.shared, name, self, language=self.language)
        dialog.accepted.connect(lambda: self._shared(dialog.credits()))
        dialog.finished.connect(lambda _result: self._sharing_closed(dialog))
        self.sharing = dialog
        dialog.open()

    def _sharing_closed(self, dialog: WorkerDialog) -> None:
        if self.sharing is dialog:
            self.sharing = None
        dialog.deleteLater()
        (self.quantity if self.item else self.item_search).setFocus()

    def _shared(self, credits: list[tuple[uuid.UUID, int]]) -> None:
        names = dict(self.facts.workers)
        if len(credits) == 1:  # one worker after all: the list shows them
            chosen = [i for i in range(self.worker.count()) if (self.worker.itemData(i) or (None,))[0] == credits[0][0]]
            self.worker.setCurrentIndex(chosen[0] if chosen else 0)
            self._one_worker()
            return
        self.worker.blockSignals(True)  # the list says no single worker; the shares below say who
        self.worker.setCurrentIndex(0)
        self.worker.blockSignals(False)
        self.shared = tuple(WorkerCredit(worker_id, names[worker_id], bp) for worker_id, bp in credits)
        words = self._shares_text(self.shared)
        look.set_text(self.shares, words)
        self.shares.show()

    def _one_worker(self) -> None:
        """One worker chosen in the list (or the line added): the shares set before are forgotten."""
        self.shared = ()
        self.shares.hide()
        look.set_text(self.shares, "")

    def _shares_text(self, shared: tuple[WorkerCredit, ...]) -> str:
        return " + ".join(f"{c.display_name} {percent_text(c.split_bp, self.language)}%" for c in shared)

    # --- promise and the answer -----------------------------------------------------------------------------------
    def _express_changed(self) -> None:
        code = str(self.express.currentData() or "")
        tier = next((tier for tier in self.facts.rules.express if tier.code == code), None)
        hours = tier.hours if tier else DEFAULT_PROMISE_HOURS
        moment = default_promised_at(clock.now(), timedelta(hours=hours), self.facts.opening_hours, self.zone)
        self.promised.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), self.promised.timeZone()))

    def promised_at(self) -> datetime | None:
        if not self.promise.isChecked():
            return None
        return datetime.fromtimestamp(self.promised.dateTime().toSecsSinceEpoch(), self.zone)

    def check(self) -> str | None:
        if not self.lines:
            return self.tr("Add at least one line")
        if self.customer_id is None and not self.customer_name.text().strip():
            return self.tr("Choose the customer, or write their name")
        return self.deposit.problem()

    def bags(self) -> int:
        """How many bag tags to print (0: none)."""
        return self.bag_count.value()

    def form(self) -> OrderForm:
        lines = [OrderLineForm(line.item.id, line.quantity, line.note, line.credits()) for line in self.lines]
        return OrderForm(
            lines,
            customer_id=self.customer_id,
            customer_name="" if self.customer_id else self.customer_name.text(),
            phone="" if self.customer_id else self.phone.text(),
            promised_at=self.promised_at(),
            express_tier=str(self.express.currentData() or ""),
            deposit=self.deposit.tender(),
            tailoring=self.tailoring.form() if self.tailoring is not None else None,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.line_list.hasFocus():
            self.remove_line()
            return
        if event.key() == Qt.Key.Key_M and event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.tailoring:
            self.tailoring.open_card()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter belongs to the field that has focus: it never takes the order by accident
        super().keyPressEvent(event)
