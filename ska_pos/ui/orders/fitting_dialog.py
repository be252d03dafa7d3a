"""The chosen tailoring order's fittings (Ctrl+F on the orders board): each with its date and whether it took place
(and what it found), the first one still waiting chosen. **Mark done** (Enter in "what it found") says the chosen
fitting took place; **Book fitting** adds another, dated (a second, a third: proposed a week after the last one).
`FittingsDialog(fittings, zone, parent)`; it answers with `done_asked(fitting_id, note)` or `book_asked(at, note)`
and closes. Nothing is written here: the board writes with `fitting_done` or `book_fitting`, one transaction each.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import QDateTimeEdit, QGridLayout, QLineEdit, QListWidget, QWidget

from ska_pos import clock
from ska_pos.services.orders.fittings import FittingView
from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import big_button, named, touch_rows

NEXT_DAYS = 7  # a further fitting is proposed a week after the last


class FittingsDialog(TillDialog):
    done_asked = Signal(object, str)  # the fitting's id, what it found
    book_asked = Signal(object, str)  # the new fitting's aware datetime, its note

    def __init__(self, fittings: tuple[FittingView, ...], zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__("fittingsDialog", QCoreApplication.translate("FittingsDialog", "Fittings"), parent)
        self.fittings, self.zone = fittings, zone
        self.body.addWidget(look.heading(self.tr("Fittings"), "fittingsTitle"))
        self.listed = named(QListWidget(), "fittingsList", self.tr("The order's fittings"))
        self.listed.setMinimumWidth(520)
        self.listed.setMinimumHeight(48 * 3)
        touch_rows(self.listed)
        for fitting in fittings:
            self.listed.addItem(self._line(fitting))
        self.listed.currentRowChanged.connect(self._chosen)
        self.found = named(QLineEdit(), "fittingNote", self.tr("What the fitting found"))
        self.found.setPlaceholderText(self.tr("What the fitting found"))
        touch_height(self.found, 48)
        self.found.returnPressed.connect(self._done)
        self.mark = big_button(self.tr("Mark &done"), "fittingMarkDone", self.tr("Mark the chosen fitting done"))
        self.mark.clicked.connect(self._done)
        self.at = named(QDateTimeEdit(), "fittingAt", self.tr("New fitting's date and time"))
        self.at.setTimeZone(QTimeZone(str(zone).encode()))
        self.at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.at.setCalendarPopup(True)
        touch_height(self.at, 48)
        proposed = self._proposed()
        self.at.setDateTime(QDateTime.fromSecsSinceEpoch(int(proposed.timestamp()), self.at.timeZone()))
        self.book_note = named(QLineEdit(), "fittingBookNote", self.tr("What to try on"))
        self.book_note.setPlaceholderText(self.tr("What to try on"))
        touch_height(self.book_note, 48)
        self.book_note.returnPressed.connect(self._book)
        self.book = big_button(self.tr("&Book fitting"), "fittingBook", self.tr("Book another fitting"))
        self.book.clicked.connect(self._book)
        self.body.addWidget(self.listed)
        grid = QGridLayout()
        self.body.addLayout(grid)  # while still empty: then filled (docs/architecture.md, wrappers)
        grid.addWidget(self.found, 0, 0, 1, 2)
        grid.addWidget(self.mark, 0, 2)
        grid.addWidget(self.at, 1, 0)
        grid.addWidget(self.book_note, 1, 1)
        grid.addWidget(self.book, 1, 2)
        grid.setColumnStretch(1, 1)
        self.buttons.button(self.buttons.StandardButton.Ok).hide()  # each action has its own button
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))
        self.finish_layout()
        waiting = [n for n, fitting in enumerate(fittings) if not fitting.done]
        self.listed.setCurrentRow(waiting[0] if waiting else max(len(fittings) - 1, -1))
        self._chosen(self.listed.currentRow())
        (self.found if waiting else self.at).setFocus()

    def _when(self, at: datetime) -> str:
        return at.astimezone(self.zone).strftime("%d/%m/%Y %H:%M")

    def _line(self, fitting: FittingView) -> str:
        if fitting.done:
            state = self.tr("done") + (f": {fitting.done_note}" if fitting.done_note else "")
        else:
            state = self.tr("waiting")
        note = f" · {fitting.note}" if fitting.note else ""
        return f"{self._when(fitting.fitting_at)}{note} · {state}"

    def _proposed(self) -> datetime:
        now = clock.now()
        last = max((fitting.fitting_at for fitting in self.fittings), default=now)
        return max(last, now) + timedelta(days=NEXT_DAYS)

    def _chosen(self, row: int) -> None:
        waiting = 0 <= row < len(self.fittings) and not self.fittings[row].done
        self.mark.setEnabled(waiting)
        self.found.setEnabled(waiting)

    def _done(self) -> None:
        row = self.listed.currentRow()
        if not 0 <= row < len(self.fittings) or self.fittings[row].done:
            self.show_error(self.tr("Choose a fitting still waiting"))
            return
        fitting_id: uuid.UUID = self.fittings[row].id
        self.done_asked.emit(fitting_id, self.found.text())
        self.accept()

    def _book(self) -> None:
        at = datetime.fromtimestamp(self.at.dateTime().toSecsSinceEpoch(), self.zone)
        self.book_asked.emit(at, self.book_note.text())
        self.accept()

    def when_of(self, fitting_id: uuid.UUID) -> str:
        return next((self._when(f.fitting_at) for f in self.fittings if f.id == fitting_id), "")
