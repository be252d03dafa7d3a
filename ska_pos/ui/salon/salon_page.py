"""The salon's counter (reached from the till with Ctrl+J where the outlet's profile takes appointments): the walk-in
queue per stylist or "any" with the estimated waits, and today's appointments per worker. A stylist takes the next
customer waiting for them (the visit moves to Dilayani); a booked customer who has come is marked arrived (their
visit joins the queue). Completing a visit and its payment are the orders' (services/salon/queue.py, `ska-pos
salon finish`); booking, moving and cancelling are `ska-pos salon book|move|cancel` for now.

Keys: F4 the stylist, F5 take the next customer, F6 the chosen appointment arrived, F2 read again, Tab between the
queue and the day, Esc back to the till. Every key has its button.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

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

from ska_pos.services.salon.appointments import DayView, day_view, mark_arrived
from ska_pos.services.salon.queue import QueueView, salon_queue, take_next
from ska_pos.ui import op_changes
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.salon.salon_models import CUSTOMER, DayModel, QueueModel
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, named


class SalonPage(QWidget):
    back = Signal()

    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.queue: QueueView | None = None
        named(self, "salonPage", self.tr("Salon"))
        self.queue_model = QueueModel(self)
        self.day_model = DayModel(session.outlet_timezone, self)
        self.stylist = named(QComboBox(), "salonStylist", self.tr("Stylist (F4)"))
        self.stylist.setMinimumHeight(48)
        self.stylist.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.wait_any = look.text("", "salonWaitAny", self.tr("Wait for any stylist"))
        self.queue_table = self._table(self.queue_model, "salonQueue", self.tr("Walk-in queue"))
        self.queue_table.horizontalHeader().setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.queue_table.verticalHeader().setDefaultSectionSize(56)  # the customer, and their services under
        self.day_table = self._table(self.day_model, "salonDay", self.tr("Today's appointments per worker"))
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
            Qt.Key.Key_Escape: self.back.emit,
        }
        self.setFocusProxy(self.queue_table)
        refresh_on(self, {op_changes.ORDERS}, self.refresh)
        self.refresh()

    def _table(self, model: QueueModel | DayModel, name: str, label: str) -> QTableView:
        table = named(QTableView(), name, label, self.tr("Arrow keys move; Tab goes to the next part"))
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(44)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _buttons(self) -> ButtonRows:
        def button(text: str, key: str, name: str, run: Callable[[], object]) -> QPushButton:
            label = f"{text} ({key})"
            made = big_button(label, name, label)
            made.clicked.connect(run)
            return made

        self.next_button = button(self.tr("Take the next customer"), "F5", "salonTakeNext", self.take_next)
        self.arrived_button = button(self.tr("Customer arrived"), "F6", "salonArrived", self.arrived)
        again = button(self.tr("Read again"), "F2", "salonRefresh", self.refresh)
        back = button(self.tr("Back to the till"), "Esc", "salonBack", self.back.emit)
        rows = ButtonRows()
        rows.set_rows([[self.next_button, self.arrived_button, again, back]])
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

        def read(session: Session) -> tuple[QueueView, DayView]:
            return salon_queue(session, outlet_id), day_view(session, outlet_id, today)

        ReadOp(self, self.session.database, read).success(lambda both: self._show(*both)).run_in_background()

    def _show(self, queue: QueueView, day: DayView) -> None:
        chosen = self.chosen_stylist()  # by its place in the list read before
        self.queue = queue
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

    def arrived(self) -> None:
        index = self.day_table.currentIndex()
        booked = self.day_model.appointment_at(index.row(), index.column()) if index.isValid() else None
        if booked is None or booked.status != "booked":
            self.say(self.tr("Choose a booked appointment in the day first"))
            self.day_table.setFocus()
            return
        actor, visit = self.session.actor, booked.visit_id
        WriteOp(self, self.session.database, lambda s: mark_arrived(s, actor, visit).order_no,
                {op_changes.ORDERS}).success(
            lambda number: self.say(self.tr("{number} is in the queue").format(number=number))
        ).run_in_background()  # fmt: skip
