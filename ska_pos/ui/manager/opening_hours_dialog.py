"""An outlet's opening hours, per weekday: open or closed, and from when to when (in the outlet's own time). The
intake's default promised time falls inside them (`domain/orders/opening_hours.py`). Opened with `open()` from the
outlet's capabilities; read and saved off the screen thread (ui.ops)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTimeEdit, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.orders.opening_hours import WEEKDAYS, DayHours, OpeningHours, OpeningHoursRefused
from ska_pos.services.opening_hours import opening_hours, set_opening_hours
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named

DAY_KEYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class OpeningHoursDialog(ManagerDialog):
    changes = frozenset({op_changes.SETTINGS})

    def __init__(self, session: TillSession, outlet_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(
            "openingHoursDialog", QCoreApplication.translate("OpeningHoursDialog", "Opening hours"), parent
        )
        self.session, self.outlet_id = session, outlet_id
        self.loaded = False  # saved only once what the outlet has now is shown
        note = named(QLabel(self.tr("An order's promised time falls inside these hours, in the outlet's time.")),
                     "openingHoursNote", self.tr("What the opening hours are for"))  # fmt: skip
        note.setWordWrap(True)
        self.body.insertWidget(1, note)
        self.open_days: list[QCheckBox] = []
        self.opens: list[QTimeEdit] = []
        self.closes: list[QTimeEdit] = []
        for index, name in enumerate(self._day_names()):
            key = DAY_KEYS[index]
            is_open = named(QCheckBox(self.tr("Open")), f"openingOpen{key}", self.tr("{day}: open").format(day=name))
            opens = self._time_field(f"openingFrom{key}", self.tr("{day}: opens at").format(day=name))
            closes = self._time_field(f"openingTo{key}", self.tr("{day}: closes at").format(day=name))
            is_open.toggled.connect(opens.setEnabled)
            is_open.toggled.connect(closes.setEnabled)
            is_open.setMinimumHeight(TOUCH_TARGET_PX)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(is_open)
            line.addWidget(opens)
            line.addWidget(QLabel("–"))
            line.addWidget(closes)
            line.addStretch(1)
            caption = QLabel(name)
            caption.setBuddy(is_open)
            self.fields.addRow(caption, row)
            self.open_days.append(is_open)
            self.opens.append(opens)
            self.closes.append(closes)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Save"))
        self.finish_layout()
        ReadOp(self, session.database, lambda s: opening_hours(s, outlet_id)).success(
            self.show_hours
        ).run_in_background()

    def _day_names(self) -> tuple[str, ...]:
        return (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"), self.tr("Friday"),
                self.tr("Saturday"), self.tr("Sunday"))  # fmt: skip

    def _time_field(self, object_name: str, accessible: str) -> QTimeEdit:
        field = named(QTimeEdit(), object_name, accessible)
        field.setDisplayFormat("HH:mm")
        field.setMinimumHeight(TOUCH_TARGET_PX)
        return field

    def show_hours(self, hours: OpeningHours) -> None:
        self.loaded = True
        for index, day in enumerate(hours.days):
            shown = day or DayHours(time(8), time(20))
            self.opens[index].setTime(QTime(shown.opens.hour, shown.opens.minute))
            self.closes[index].setTime(QTime(shown.closes.hour, shown.closes.minute))
            self.open_days[index].setChecked(day is not None)
            self.opens[index].setEnabled(day is not None)
            self.closes[index].setEnabled(day is not None)

    def hours(self) -> OpeningHours:
        days: list[DayHours | None] = []
        for index in range(WEEKDAYS):
            if not self.open_days[index].isChecked():
                days.append(None)
                continue
            opens, closes = self.opens[index].time(), self.closes[index].time()
            days.append(DayHours(time(opens.hour(), opens.minute()), time(closes.hour(), closes.minute())))
        return OpeningHours(tuple(days))

    def check(self) -> str | None:
        if not self.loaded:
            return self.tr("Reading the opening hours…")
        try:
            self.hours()
        except OpeningHoursRefused as error:
            return str(error)
        return None

    def save_work(self) -> Callable[[Session], None]:
        actor, outlet_id, hours = self.session.actor, self.outlet_id, self.hours()
        return lambda s: set_opening_hours(s, actor, outlet_id, hours)
