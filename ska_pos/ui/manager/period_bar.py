"""Choosing the period of a report: from and to dates, this month or last month, and Show.

Signal: `changed(Period)` when Show is pressed or a quick choice is made.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from ska_pos.services.earnings.period import Period
from ska_pos.ui.widgets import big_button, named


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodBar(QWidget):
    changed = Signal(object)

    def __init__(self, name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, f"{name}Period", self.tr("Period"))
        self.today = today  # the outlet's business date
        self.start = self._date_edit(f"{name}From", self.tr("From date"))
        self.end = self._date_edit(f"{name}To", self.tr("To date"))
        this_month = big_button(self.tr("This month"), f"{name}ThisMonth")
        last_month = big_button(self.tr("Last month"), f"{name}LastMonth")
        show = big_button(self.tr("Show"), f"{name}Show")
        show.setProperty("role", "primary")
        this_month.clicked.connect(lambda: self.choose(Period.month_of(self.today)))
        last_month.clicked.connect(lambda: self.choose(Period.month_of(self.today.replace(day=1) - timedelta(days=1))))
        show.clicked.connect(lambda: self.changed.emit(self.period()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, edit in ((self.tr("From"), self.start), (self.tr("to"), self.end)):
            caption = QLabel(text)
            caption.setBuddy(edit)
            layout.addWidget(caption)
            layout.addWidget(edit)
        for button in (show, this_month, last_month):
            layout.addWidget(button)
        layout.addStretch(1)
        self.set_period(Period.month_of(self.today))

    def _date_edit(self, object_name: str, accessible: str) -> QDateEdit:
        edit = named(QDateEdit(), object_name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setMinimumHeight(40)
        return edit

    def period(self) -> Period:
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        return Period(min(start, end), max(start, end))

    def set_period(self, period: Period) -> None:
        self.start.setDate(to_qdate(period.start))
        self.end.setDate(to_qdate(period.end))

    def choose(self, period: Period) -> None:
        self.set_period(period)
        self.changed.emit(period)
