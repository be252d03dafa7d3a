"""The galeri's workload by promised date (Ctrl+D on the orders board): each of the coming 14 days with how many open
orders are promised on it and how many fittings are booked, those already past their promise first; the chosen day's
orders (number, time, customer, stage) beside, then its fittings (time, order, customer, done or waiting). Read once
when it opens (`due_dates.workload`: a span of days, never every order).

`DueDatesDialog(session, parent)`. Keys: Up and Down choose a day, Tab to its orders, Esc closes.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from babel.dates import format_date
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.reports.formatting import locale_of
from ska_pos.services.orders.due_dates import DueFitting, Workload, workload
from ska_pos.services.orders.lookup import OrderRow
from ska_pos.ui.messages import translate_buttons
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named, touch_rows

DAYS = 14


class DueDatesDialog(QDialog):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.zone = ZoneInfo(session.outlet_timezone)
        self.groups: list[tuple[tuple[OrderRow, ...], tuple[DueFitting, ...]]] = []
        title = self.tr("Orders by promised date")
        self.setWindowTitle(title)
        named(self, "dueDatesDialog", title)
        self.setModal(True)
        self.days = named(
            QListWidget(), "dueDatesDays", self.tr("Days, how many orders are promised and fittings booked")
        )
        self.days.setMinimumWidth(280)
        self.orders = named(QListWidget(), "dueDatesOrders", self.tr("The day's orders and fittings"))
        self.orders.setMinimumWidth(520)
        for listed in (self.days, self.orders):
            listed.setMinimumHeight(360)
            touch_rows(listed)
        self.days.currentRowChanged.connect(self._show_day)
        self.summary = look.text("", "dueDatesSummary", self.tr("Orders with no promised date"))
        buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "dueDatesButtons", title)
        translate_buttons(buttons)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.days)
        row.addWidget(self.orders, 1)
        layout = QVBoxLayout()
        layout.addWidget(look.title(title, "dueDatesTitle"))
        layout.addLayout(row, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.setLayout(layout)
        first, outlet_id = session.today(), session.actor.outlet_id

        def read(s: Session) -> Workload:
            return workload(s, outlet_id, first, DAYS)

        ReadOp(self, session.database, read).success(self._show).run_in_background()
        self.days.setFocus()

    def _show(self, load: Workload) -> None:
        self.days.clear()
        self.groups = []
        if load.overdue_count:
            self.days.addItem(self.tr("Past the promised time · {count}").format(count=load.overdue_count))
            self.groups.append((load.overdue, ()))
        for day in load.days:
            weekday = format_date(day.day, "EEE dd/MM", locale=locale_of(self.session.language))
            fittings = self.tr(" · fittings {count}").format(count=len(day.fittings)) if day.fittings else ""
            self.days.addItem(f"{weekday} · {day.count}{fittings}")
            self.groups.append((day.orders, day.fittings))
        self.summary.setText(self.tr("Open orders with no promised date: {count}").format(count=load.unpromised))
        self.days.setCurrentRow(0)

    def _show_day(self, row: int) -> None:
        self.orders.clear()
        if not 0 <= row < len(self.groups):
            return
        orders, fittings = self.groups[row]
        for order in orders:
            when = order.promised_at.astimezone(self.zone).strftime("%d/%m %H:%M") if order.promised_at else "-"
            self.orders.addItem(f"{when} · {order.order_no} · {order.customer_name} · {order.stage_name}")
        if not orders:
            self.orders.addItem(self.tr("No orders promised"))
        for fitting in fittings:
            when = fitting.fitting_at.astimezone(self.zone).strftime("%H:%M")
            state = self.tr("done") if fitting.done else self.tr("waiting")
            self.orders.addItem(
                self.tr("Fitting {when} · {order} · {customer} · {state}").format(
                    when=when, order=fitting.order.order_no, customer=fitting.order.customer_name, state=state
                )
            )
