"""Booking an appointment, and moving one, from the salon page. Nothing is written here: the page writes when the
dialog submits (`submitted`), and a refusal (a worker already booked then, a time gone by) is shown in the dialog,
which stays open so the cashier can choose another time or worker.

`BookingDialog`: the customer (found in the customer list, or a name typed here), the services (checked in a list,
each with its minutes; they follow one another), the worker, the day and the start; the length is the services'.
`MoveDialog`: another worker, day or start for one appointment.

Keys: Enter in the customer search searches, Enter in the customers found chooses; Space checks a service; Tab
goes from part to part; Ctrl+Enter books; Esc cancels.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)

from ska_pos.services.salon.appointment_views import Appointment
from ska_pos.services.salon.appointments import AppointmentForm, BookedService
from ska_pos.ui.orders.customer_search import CustomerSearch
from ska_pos.ui.orders.intake_lines import VALUE, text_field
from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named, touch_rows

Service = tuple[uuid.UUID, str, int]  # item, name, minutes
SERVICES_PX = QSize(320, 280)  # several services in view, each a finger's height
DIALOG_PX = QSize(860, 600)  # within a 1024x768 till
Worker = tuple[uuid.UUID, str]


class WhenFields(QWidget):
    """Who and when: the worker, the day and the start, in the outlet's time."""

    def __init__(self, workers: Sequence[Worker], zone: ZoneInfo, start: datetime, worker: uuid.UUID | None) -> None:
        super().__init__()
        self.workers, self.zone = list(workers), zone
        self.worker = named(QComboBox(), "salonBookWorker", self.tr("Worker"))
        for _worker_id, name in self.workers:
            self.worker.addItem(name)
        ids = [worker_id for worker_id, _name in self.workers]
        if worker in ids:
            self.worker.setCurrentIndex(ids.index(worker))
        local = start.astimezone(zone)
        self.day = named(QDateEdit(QDate(local.year, local.month, local.day)), "salonBookDay", self.tr("Day"))
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.start = named(QTimeEdit(QTime(local.hour, local.minute)), "salonBookStart", self.tr("Starts at"))
        self.start.setDisplayFormat("HH:mm")
        for field in (self.worker, self.day, self.start):
            touch_height(field, 48)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Worker"), self.worker)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Starts at"), self.start)

    def worker_id(self) -> uuid.UUID | None:
        index = self.worker.currentIndex()
        return self.workers[index][0] if 0 <= index < len(self.workers) else None

    def starts_at(self) -> datetime:
        day, at = self.day.date(), self.start.time()
        return datetime(day.year(), day.month(), day.day(), at.hour(), at.minute(), tzinfo=self.zone)


class BookingDialog(TillDialog):
    submitted = Signal()

    def __init__(
        self, session: TillSession, services: Sequence[Service], workers: Sequence[Worker], start: datetime,
        worker: uuid.UUID | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(
            "salonBookingDialog", QCoreApplication.translate("BookingDialog", "Book an appointment"), parent
        )
        self.session = session
        self.customer_phone = text_field("salonBookCustomerPhone", self.tr("Customer's phone"))
        self.customer_phone.setPlaceholderText("0812-3456-7890")
        self.customer = CustomerSearch(self, session, "salonBook", self.customer_phone, list_height=120)
        self.customer.chosen.connect(self._customer_chosen)
        self.customer.none_found.connect(self._no_customer_found)
        self.customer_search, self.customers = self.customer.search, self.customer.found
        self.customer_name = self.customer.name
        self.services = named(QListWidget(), "salonBookServices", self.tr("Services (Space checks one)"))
        self.services.setMinimumSize(SERVICES_PX)
        touch_rows(self.services)
        for item_id, name, minutes in services:
            entry = QListWidgetItem(self.tr("{service} · {minutes} min").format(service=name, minutes=minutes))
            entry.setData(VALUE, (item_id, minutes))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.services.addItem(entry)
        self.services.itemChanged.connect(self._services_changed)
        self.services.itemActivated.connect(self._toggle)
        self.when = WhenFields(workers, ZoneInfo(session.outlet_timezone), start, worker)
        self.length = look.text("", "salonBookLength", self.tr("How long it takes"))
        self.note = text_field("salonBookNote", self.tr("Note"))
        self.note.setPlaceholderText("")
        columns = QHBoxLayout()
        self.body.addLayout(columns)  # empty: a filled layout added would leave PySide wrappers of its items
        who, what = QFormLayout(), QFormLayout()
        columns.addLayout(who, 1)
        columns.addLayout(what, 1)
        self.customer.add_rows(who)
        who.addRow(self.tr("Note"), self.note)
        who.addRow(self.when)
        what.addRow(look.text(self.tr("Services"), "salonBookServicesTitle"))
        what.addRow(self.services)
        what.addRow(self.length)
        self.finish_layout()
        self.resize(DIALOG_PX)
        self._services_changed()
        self.customer_search.setFocus()

    # --- the customer (as the order intake finds one) -------------------------------------------------------------
    @property
    def customer_id(self) -> uuid.UUID | None:
        """The listed customer chosen; None for one whose name is typed here."""
        return self.customer.customer_id

    def _customer_chosen(self) -> None:
        self.error.hide()
        self.services.setFocus()

    def _no_customer_found(self) -> None:
        self.show_error(self.tr("No customer found: write the name instead"))

    # --- services -------------------------------------------------------------------------------------------------
    def _toggle(self, entry: QListWidgetItem) -> None:
        checked = entry.checkState() == Qt.CheckState.Checked
        entry.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def chosen_services(self) -> list[tuple[uuid.UUID, int]]:
        entries = (self.services.item(row) for row in range(self.services.count()))
        return [entry.data(VALUE) for entry in entries if entry.checkState() == Qt.CheckState.Checked]

    def _services_changed(self) -> None:
        minutes = sum(minutes for _item, minutes in self.chosen_services())
        text = self.tr("Takes {minutes} min").format(minutes=minutes) if minutes else self.tr("No service chosen")
        look.set_text(self.length, text)

    # --- the answer -----------------------------------------------------------------------------------------------
    def check(self) -> str | None:
        if self.customer_id is None and not self.customer_name.text().strip():
            return self.tr("Choose the customer, or write their name")
        if not self.chosen_services():
            return self.tr("Check at least one service")
        if self.when.worker_id() is None:
            return self.tr("Choose the worker")
        return None

    def try_accept(self) -> None:
        """Checked here, written by the page: a refusal comes back to `show_error` with the dialog still open."""
        if not self.isVisible():
            return
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        self.error.hide()
        self.submitted.emit()

    def form(self) -> AppointmentForm:
        worker = self.when.worker_id()
        assert worker is not None
        services = [BookedService(item_id, worker, self.when.starts_at() if index == 0 else None)
                    for index, (item_id, _minutes) in enumerate(self.chosen_services())]  # fmt: skip
        return AppointmentForm(services, customer_id=self.customer_id,
                               customer_name="" if self.customer_id else self.customer_name.text(),
                               phone="" if self.customer_id else self.customer_phone.text(),
                               note=self.note.text())  # fmt: skip

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.try_accept()
            return  # Enter belongs to the field that has focus: it never books by accident
        super().keyPressEvent(event)


class MoveDialog(TillDialog):
    submitted = Signal()

    def __init__(
        self, session: TillSession, booked: Appointment, workers: Sequence[Worker], parent: QWidget | None = None
    ) -> None:
        super().__init__("salonMoveDialog", QCoreApplication.translate("MoveDialog", "Move the appointment"), parent)
        zone = ZoneInfo(session.outlet_timezone)
        what = self.tr("{customer}: {service}, {start} with {worker}").format(
            customer=booked.customer_name, service=booked.item_name,
            start=f"{booked.starts_at.astimezone(zone):%d/%m %H:%M}", worker=booked.worker_name)  # fmt: skip
        self.body.addWidget(named(QLabel(what), "salonMoveWhat", what))
        self.when = WhenFields(workers, zone, booked.starts_at, booked.worker_id)
        self.body.addWidget(self.when)
        self.finish_layout()
        self.when.start.setFocus()

    def try_accept(self) -> None:
        if self.isVisible():
            self.error.hide()
            self.submitted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.try_accept()
            return
        super().keyPressEvent(event)
