"""The salon's counter (reached from the till with Ctrl+J where the outlet's profile takes appointments): the walk-in
queue per stylist or "any" with the estimated waits, and today's appointments per worker. A stylist takes the next
customer waiting for them (the visit moves to Dilayani); a booked customer who has come is marked arrived (their
visit joins the queue). Appointments are booked, moved and cancelled here (`booking_dialog.py`), and a visit under
way is finished and paid, with a tip for its workers, and its receipt printed (`visit_payment.py`).

Keys: F4 the stylist, F5 take the next customer, F6 the chosen appointment arrived, F7 book, F8 move the chosen
appointment, F9 cancel it, F10 finish and pay the chosen visit, F2 read again, Tab between the queue and the day,
Esc back to the till. Every key has its button.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.services.salon.appointment_views import Appointment, DayView, day_view
from ska_pos.services.salon.appointments import book_appointment, cancel_appointment, mark_arrived, move_appointment
from ska_pos.services.salon.durations import outlet_services
from ska_pos.services.salon.queue import QueueView, salon_queue, take_next
from ska_pos.ui import op_changes
from ska_pos.ui.journal.reason_dialog import ReasonDialog
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.page_dialog import open_one
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.salon.booking_dialog import BookingDialog, MoveDialog, Service
from ska_pos.ui.salon.salon_models import CUSTOMER, DayModel, QueueModel
from ska_pos.ui.salon.visit_payment import VisitPayment
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, named

T = TypeVar("T")


class SalonPage(QWidget):
    back = Signal()

    def __init__(self, session: TillSession, dispatcher: ReceiptDispatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.queue: QueueView | None = None
        self.day: DayView | None = None
        self.services: list[Service] = []
        self.dialog: QWidget | None = None  # one at a time
        self.payment = VisitPayment(session, dispatcher, self, self._open, self.say)
        named(self, "salonPage", self.tr("Salon"))
        self.queue_model = QueueModel(self)
        self.day_model = DayModel(session.outlet_timezone, self)
        self.stylist = named(QComboBox(), "salonStylist", self.tr("Stylist (F4)"))
        self.stylist.setMinimumHeight(48)
        self.stylist.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.wait_any = look.text("", "salonWaitAny", self.tr("Wait for any stylist"))
        self.queue_table = self._table(self.queue_model, CUSTOMER, "salonQueue", self.tr("Walk-in queue"))
        self.queue_table.verticalHeader().setDefaultSectionSize(56)  # the customer, and their services under
        self.day_table = self._table(self.day_model, None, "salonDay", self.tr("Today's appointments per worker"))
        self.day_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.day_table.verticalHeader().show()
        self.day_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # `_fit_day_columns`
        self.day_table.viewport().installEventFilter(self)
        self.day_table.verticalHeader().setDefaultSectionSize(36)
        self.status = look.text("", "salonStatus", self.tr("Last action"))
        self.status.setProperty("role", "banner")
        self.status.hide()
        top = QHBoxLayout()
        top.addWidget(self.stylist)
        top.addWidget(self.wait_any, 1)
        left = QVBoxLayout()
        left.addWidget(look.text(self.tr("Walk-in queue"), "salonQueueTitle"))
        left.addWidget(self.queue_table, 1)
        right = QVBoxLayout()
        right.addWidget(look.text(self.tr("Today's appointments"), "salonDayTitle"))
        right.addWidget(self.day_table, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)  # the queue names the customer and their services: it needs the width
        middle.addLayout(right, 2)
        layout = QVBoxLayout()
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(look.title(self.tr("Salon · {outlet}").format(outlet=session.outlet_name), "salonTitle"))
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(self._buttons())
        self.setLayout(layout)
        self.keys: dict[Qt.Key, Callable[[], object]] = {
            Qt.Key.Key_F2: self.refresh,
            Qt.Key.Key_F4: self._focus_stylist,
            Qt.Key.Key_F5: self.take_next,
            Qt.Key.Key_F6: self.arrived,
            Qt.Key.Key_F7: self.book,
            Qt.Key.Key_F8: self.move_booked,
            Qt.Key.Key_F9: self.cancel_booked,
            Qt.Key.Key_F10: self.finish,
            Qt.Key.Key_Escape: self.back.emit,
        }
        self.setFocusProxy(self.queue_table)
        refresh_on(self, {op_changes.ORDERS}, self.refresh)
        self.refresh()

    def _table(self, model: QueueModel | DayModel, stretch: int | None, name: str, label: str) -> QTableView:
        table = named(QTableView(), name, label, self.tr("Arrow keys move; Tab goes to the next part"))
        return look.row_list(table, model, stretch)

    def _buttons(self) -> ButtonRows:
        def button(text: str, key: str, name: str, run: Callable[[], object]) -> QPushButton:
            label = f"{text} ({key})"
            made = big_button(label, name, label)
            made.clicked.connect(run)
            return made

        self.next_button = button(self.tr("Take the next customer"), "F5", "salonTakeNext", self.take_next)
        self.arrived_button = button(self.tr("Customer arrived"), "F6", "salonArrived", self.arrived)
        self.book_button = button(self.tr("Book"), "F7", "salonBook", self.book)
        self.move_button = button(self.tr("Move"), "F8", "salonMove", self.move_booked)
        self.cancel_button = button(self.tr("Cancel appointment"), "F9", "salonCancel", self.cancel_booked)
        self.finish_button = button(self.tr("Finish and pay"), "F10", "salonFinish", self.finish)
        again = button(self.tr("Read again"), "F2", "salonRefresh", self.refresh)
        back = button(self.tr("Back to the till"), "Esc", "salonBack", self.back.emit)
        rows = ButtonRows()
        rows.set_rows([[self.next_button, self.finish_button, self.arrived_button, again, back],
                       [self.book_button, self.move_button, self.cancel_button]])  # fmt: skip
        return rows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.day_table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_day_columns()
        return super().eventFilter(watched, event)

    def _fit_day_columns(self) -> None:
        """The workers share the day's width, but a column is never narrower than its worker's name (a word a
        line); when the names do not fit side by side the day scrolls sideways instead of cutting them."""
        header = self.day_table.horizontalHeader()
        count = header.count()
        if not count:
            return
        share = self.day_table.viewport().width() // count
        for section in range(count):
            header.resizeSection(section, max(share, header.sectionSizeHint(section)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        run = self.keys.get(Qt.Key(event.key()))
        if run is None:
            super().keyPressEvent(event)
            return
        run()

    def _focus_stylist(self) -> None:
        self.stylist.setFocus()
        self.stylist.showPopup()

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    # --- reading --------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        outlet_id, today = self.session.actor.outlet_id, self.session.today()

        def read(session: Session) -> tuple[QueueView, DayView, list[Service]]:
            return (
                salon_queue(session, outlet_id),
                day_view(session, outlet_id, today),
                outlet_services(session, outlet_id),
            )

        ReadOp(self, self.session.database, read).success(lambda read: self._show(*read)).run_in_background()

    def _show(self, queue: QueueView, day: DayView, services: list[Service]) -> None:
        chosen = self.chosen_stylist()  # by its place in the list read before
        self.queue, self.day, self.services = queue, day, services
        self.stylist.clear()
        for stylist, name in queue.stylists:
            minutes = queue.wait_for[stylist]
            self.stylist.addItem(self.tr("{name}: about {minutes} min").format(name=name, minutes=minutes))
        ids = [stylist for stylist, _name in queue.stylists]
        if chosen in ids:
            self.stylist.setCurrentIndex(ids.index(chosen))
        text = self.tr("Any stylist: about {minutes} min").format(minutes=queue.wait_any)
        self.wait_any.setText(text)
        self.wait_any.setAccessibleName(text)
        self.queue_model.set_queue(queue)
        self.day_model.set_day(day)
        self._fit_day_columns()
        self.next_button.setEnabled(bool(queue.stylists))

    # --- acting ---------------------------------------------------------------------------------------------------
    def chosen_stylist(self) -> uuid.UUID | None:
        """The stylist chosen in the list (kept by place: a combo box's data does not compare Python keys)."""
        index = self.stylist.currentIndex()
        if self.queue is None or not 0 <= index < len(self.queue.stylists):
            return None
        return self.queue.stylists[index][0]

    def take_next(self) -> None:
        stylist = self.chosen_stylist()
        if stylist is None or self.queue is None:
            return
        actor, name = self.session.actor, dict(self.queue.stylists)[stylist]

        def work(session: Session) -> str:
            order_id = take_next(session, actor, stylist)
            return next(e.order_no for e in salon_queue(session, actor.outlet_id).entries if e.order_id == order_id)

        WriteOp(self, self.session.database, work, {op_changes.ORDERS}).success(
            lambda number: self.say(self.tr("{name} is serving {number}").format(name=name, number=number))
        ).run_in_background()

    def chosen_booked(self) -> Appointment | None:
        """The appointment chosen in the day, still booked (else the page says to choose one)."""
        index = self.day_table.currentIndex()
        booked = self.day_model.appointment_at(index.row(), index.column()) if index.isValid() else None
        if booked is None or booked.status != "booked":
            self.say(self.tr("Choose a booked appointment in the day first"))
            self.day_table.setFocus()
            return None
        return booked

    def arrived(self) -> None:
        booked = self.chosen_booked()
        if booked is None:
            return
        actor, visit = self.session.actor, booked.visit_id
        WriteOp(self, self.session.database, lambda s: mark_arrived(s, actor, visit).order_no,
                {op_changes.ORDERS}).success(
            lambda number: self.say(self.tr("{number} is in the queue").format(number=number))
        ).run_in_background()  # fmt: skip

    # --- appointments ---------------------------------------------------------------------------------------------
    def book(self) -> None:
        if self.dialog is not None or self.day is None:
            return
        index = self.day_table.currentIndex()
        column = index.column() if index.isValid() else -1
        worker = self.day.workers[column][0] if 0 <= column < len(self.day.workers) else None
        start = self.day_model.start_of(index.row()) if index.isValid() else None
        now = clock.now()
        if start is None or start < now:  # the next half hour
            start = now.replace(second=0, microsecond=0) + timedelta(minutes=30 - now.minute % 30)
        dialog = BookingDialog(self.session, self.services, self.day.workers, start, worker, self)
        actor = self.session.actor

        def booked(customer: str) -> None:
            dialog.accept()
            self.say(self.tr("Booked: {customer}").format(customer=customer))

        def submit() -> None:
            form, customer = dialog.form(), dialog.customer_name.text()  # widgets are read here, on the screen thread
            self._write(dialog, lambda s: book_appointment(s, actor, form), lambda _visit: booked(customer))

        dialog.submitted.connect(submit)
        self._open(dialog)

    def move_booked(self) -> None:
        booked = self.chosen_booked() if self.dialog is None and self.day is not None else None
        if booked is None or self.day is None:
            return
        dialog = MoveDialog(self.session, booked, self.day.workers, self)
        actor = self.session.actor

        def moved(_none: None) -> None:
            dialog.accept()
            self.say(self.tr("Appointment of {customer} moved").format(customer=booked.customer_name))

        def submit() -> None:
            starts_at, worker_id = dialog.when.starts_at(), dialog.when.worker_id()  # read on the screen thread

            def work(session: Session) -> None:
                move_appointment(session, actor, booked.appointment_id, starts_at, worker_id=worker_id)

            self._write(dialog, work, moved)

        dialog.submitted.connect(submit)
        self._open(dialog)

    def cancel_booked(self) -> None:
        booked = self.chosen_booked() if self.dialog is None else None
        if booked is None:
            return
        what = self.tr("{customer}: {service} with {worker}").format(
            customer=booked.customer_name, service=booked.item_name, worker=booked.worker_name)  # fmt: skip
        dialog = ReasonDialog(self.tr("Cancel the appointment"), what, self)
        actor = self.session.actor
        dialog.chosen.connect(lambda reason: WriteOp(
            self, self.session.database, lambda s: cancel_appointment(s, actor, booked.appointment_id, reason),
            {op_changes.ORDERS}).success(lambda _none: self.say(self.tr("Appointment of {customer} cancelled").format(
                customer=booked.customer_name))).run_in_background())  # fmt: skip
        self._open(dialog)

    def _write(
        self, dialog: BookingDialog | MoveDialog, work: Callable[[Session], T], done: Callable[[T], None]
    ) -> None:
        """Written while the dialog stays open: a refusal (the worker booked then) is shown in it."""
        WriteOp(self, self.session.database, work, {op_changes.ORDERS}).success(done).failure(
            lambda error: dialog.show_error(error_text(error))).run_in_background()  # fmt: skip

    # --- a visit finished and paid --------------------------------------------------------------------------------
    def finish(self) -> None:
        if self.dialog is not None:
            return
        entry = self.queue_model.entry(self.queue_table.currentIndex().row())
        if entry is None or not entry.serving:
            self.say(self.tr("Choose a visit being served in the queue first"))
            self.queue_table.setFocus()
            return
        self.payment.finish(entry.order_id)

    # --- dialogs --------------------------------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        came_from = self.day_table if self.focusWidget() is self.day_table else self.queue_table
        open_one(self, dialog, back_to=came_from)  # a booking made from the day view goes back to its cell
