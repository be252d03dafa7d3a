"""The intake's tailoring part (where the outlet's work takes measurements): the measurement card (Ctrl+M) and what
was chosen or typed on it, whether the customer brings their own cloth (and what it is), and a first fitting.
`form()` is the `TailoringForm` the intake's `OrderForm` carries; nothing is written here."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QGridLayout, QLineEdit, QWidget

from ska_pos import clock
from ska_pos.domain.orders.measures import Template, garment_name
from ska_pos.services.orders.measurements import MeasurementForm
from ska_pos.services.orders.tailoring_intake import FittingForm, TailoringForm
from ska_pos.ui.orders.measurement_card import MeasurementCard
from ska_pos.ui.session import look
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named

FITTING_DAYS = 7  # the first fitting proposed a week after intake


class TailoringSection(QWidget):
    def __init__(
        self,
        session: TillSession,
        templates: tuple[Template, ...],
        customer_of: Callable[[], uuid.UUID | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "intakeTailoring", self.tr("Measurements, cloth and fitting"))
        self.session, self.templates, self.customer_of = session, templates, customer_of
        self.zone = ZoneInfo(session.outlet_timezone)
        self.card: MeasurementCard | None = None
        self.new_takings: list[MeasurementForm] = []
        self.chosen: tuple[uuid.UUID, ...] = ()
        grid = QGridLayout(self)
        self.card_button = big_button(self.tr("Measurements… (Ctrl+M)"), "intakeMeasurements")
        self.card_button.clicked.connect(self.open_card)
        self.summary = look.text(self.tr("No measurements"), "intakeMeasurementSummary", self.tr("Measurements"))
        self.own_cloth = named(QCheckBox(self.tr("Customer's own cloth")), "intakeOwnCloth",
                               self.tr("Customer's own cloth"))  # fmt: skip
        self.cloth_note = named(QLineEdit(), "intakeClothNote", self.tr("What the cloth is"))
        self.cloth_note.setPlaceholderText(self.tr("What the cloth is"))
        touch_height(self.cloth_note, 44)
        self.fitting = named(QCheckBox(self.tr("Book a fitting")), "intakeFitting", self.tr("Book a fitting"))
        self.fitting_at = named(QDateTimeEdit(), "intakeFittingAt", self.tr("Fitting date and time"))
        self.fitting_at.setTimeZone(QTimeZone(session.outlet_timezone.encode()))
        self.fitting_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.fitting_at.setCalendarPopup(True)
        proposed = clock.now() + timedelta(days=FITTING_DAYS)
        self.fitting_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(proposed.timestamp()),
                                                                 self.fitting_at.timeZone()))  # fmt: skip
        self.fitting_at.setEnabled(False)
        self.fitting.toggled.connect(self.fitting_at.setEnabled)
        touch_height(self.fitting_at, 44)
        # Three short columns in one band: the intake's three columns above fill the till's height already.
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (top, below) in enumerate(((self.card_button, self.summary), (self.own_cloth, self.cloth_note),
                                               (self.fitting, self.fitting_at))):  # fmt: skip
            grid.addWidget(top, 0, column)
            grid.addWidget(below, 1, column)
            grid.setColumnStretch(column, 1)

    def open_card(self) -> None:
        if self.card is not None:
            return
        card = MeasurementCard(self.session, self.templates, self.customer_of(), None, for_intake=True, parent=self)
        card.accepted.connect(lambda: self._card_answered(card))
        card.finished.connect(lambda _result: self._card_closed(card))
        self.card = card
        card.open()

    def _card_answered(self, card: MeasurementCard) -> None:
        taking = card.taking()
        self.new_takings = [taking] if taking else []
        self.chosen = card.chosen()
        self._summarise()

    def _card_closed(self, card: MeasurementCard) -> None:
        if self.card is card:
            self.card = None
        card.deleteLater()
        self.card_button.setFocus()

    def customer_changed(self) -> None:
        """Another customer: earlier takings chosen were the other customer's."""
        self.chosen = ()
        self._summarise()

    def _summarise(self) -> None:
        titles = {template.garment: template.name for template in self.templates}  # the outlet's names, as the card
        parts = [titles.get(t.garment) or garment_name(t.garment) for t in self.new_takings]
        if self.chosen:
            parts.append(self.tr("{count} earlier").format(count=len(self.chosen)))
        self.summary.setText(", ".join(parts) if parts else self.tr("No measurements"))
        self.summary.setAccessibleName(self.summary.text())

    def form(self) -> TailoringForm:
        fittings: tuple[FittingForm, ...] = ()
        if self.fitting.isChecked():
            at = datetime.fromtimestamp(self.fitting_at.dateTime().toSecsSinceEpoch(), self.zone)
            fittings = (FittingForm(at),)
        return TailoringForm(tuple(self.new_takings), self.chosen, self.own_cloth.isChecked(),
                             self.cloth_note.text(), fittings)  # fmt: skip
