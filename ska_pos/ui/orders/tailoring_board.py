"""What the orders board adds for a galeri jahit (where the outlet's work takes measurements): the measurement card of
the chosen order (Ctrl+M: its measurements as taken, the customer's history, a new taking kept on a listed
customer), its fittings (Ctrl+F: one done, another booked), the workload by promised date (Ctrl+D), the order's
measurements and fittings in its detail, and the "not taking orders until" banner while the switch applies. The page
owns it; its texts have their own context."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session

from ska_pos.services.orders.counter import CounterFacts
from ska_pos.services.orders.fittings import FittingView, book_fitting, order_fittings
from ska_pos.services.orders.fittings import fitting_done as done
from ska_pos.services.orders.measurements import MeasurementView, order_measurements, take_measurement
from ska_pos.services.orders.state import OrderView
from ska_pos.ui import op_changes
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.orders.due_dates_dialog import DueDatesDialog
from ska_pos.ui.orders.fitting_dialog import FittingsDialog
from ska_pos.ui.orders.measurement_card import MeasurementCard
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button


def order_tailoring(session: Session, order: OrderView) -> tuple[tuple[MeasurementView, ...], tuple[FittingView, ...]]:
    """What the board's detail shows of a tailoring order, read with the order (nothing for other work)."""
    if not order.workflow.measurements:
        return (), ()
    return tuple(order_measurements(session, order.id)), tuple(order_fittings(session, order.id))


class TailoringBoard(QObject):
    def __init__(
        self,
        session: TillSession,
        page: QWidget,
        open_dialog: Callable[[QWidget], None],
        say: Callable[[str], None],
        chosen: Callable[[], OrderView | None],
        busy: Callable[[], bool],
    ) -> None:
        super().__init__(page)
        self.session, self.page, self.open_dialog, self.say = session, page, open_dialog, say
        self.chosen, self.busy = chosen, busy
        self.facts: CounterFacts | None = None
        self.banner: QLabel = look.text("", "ordersPause", self.tr("Not taking orders"))
        self.banner.setProperty("role", "banner")
        self.banner.hide()
        self.card_button: QPushButton = big_button(self.tr("Measurement card (Ctrl+M)"), "ordersMeasurements")
        self.due_button: QPushButton = big_button(self.tr("Due dates (Ctrl+D)"), "ordersDueDates")
        self.fitted_button: QPushButton = big_button(self.tr("Fittings (Ctrl+F)"), "ordersFittingDone")
        self.fittings: tuple[FittingView, ...] = ()  # the chosen order's, as its detail shows them
        for button, run in ((self.card_button, self.open_card), (self.due_button, self.open_due_dates),
                            (self.fitted_button, self.open_fittings)):  # fmt: skip
            button.clicked.connect(run)
            button.hide()

    def facts_read(self, facts: CounterFacts) -> None:
        self.facts = facts
        measured = bool(facts.templates)
        for button in (self.card_button, self.due_button, self.fitted_button):
            button.setVisible(measured)
        pause = facts.pause
        if pause is not None and pause.applies(self.session.today()):
            text = self.tr("Not taking orders until {day}").format(day=f"{pause.until:%d/%m/%Y}")
            self.banner.setText(f"{text}: {pause.message}" if pause.message else text)
            self.banner.setAccessibleName(self.banner.text())
            self.banner.show()

    def refuses_intake(self) -> bool:
        """While the outlet takes no orders, the intake does not open: the board says why (the service refuses too)."""
        pause = self.facts.pause if self.facts else None
        if pause is None or not pause.applies(self.session.today()):
            return False
        self.say(pause.refusal())
        return True

    def detail_lines(self, measured: tuple[MeasurementView, ...], fittings: tuple[FittingView, ...]) -> list[str]:
        zone = ZoneInfo(self.session.outlet_timezone)
        self.fittings = fittings
        lines = []
        if measured:
            garments = ", ".join(m.garment_name for m in measured)
            lines.append(self.tr("Measurements: {garments}").format(garments=garments))
        for fitting in fittings:
            when = fitting.fitting_at.astimezone(zone).strftime("%d/%m/%Y %H:%M")
            state = self.tr("done") if fitting.done else self.tr("waiting")
            lines.append(self.tr("Fitting: {when} ({state})").format(when=when, state=state))
        return lines

    def open_card(self) -> None:
        """The chosen order's measurement card (while no other dialog is open)."""
        order = self.chosen()
        if self.facts is None or not self.facts.templates or order is None or self.busy():
            return
        card = MeasurementCard(self.session, self.facts.templates, order.customer_id, order.id, for_intake=False,
                               parent=self.page)  # fmt: skip
        if order.customer_id is None:
            card.buttons.button(card.buttons.StandardButton.Ok).setEnabled(False)  # nothing to keep it on
        card.accepted.connect(lambda: self._keep(card, order))
        self.open_dialog(card)

    def _keep(self, card: MeasurementCard, order: OrderView) -> None:
        taking, customer_id, actor = card.taking(), order.customer_id, self.session.actor
        if taking is None or customer_id is None:
            return
        WriteOp(self.page, self.session.database, lambda s: take_measurement(s, actor, customer_id, taking),
                frozenset({op_changes.ORDERS})).success(
            lambda _id: self.say(self.tr("Measurements kept on {customer}").format(customer=order.customer_name))
        ).run_in_background()  # fmt: skip

    def open_fittings(self) -> None:
        """The chosen tailoring order's fittings: one marked done, or another booked."""
        order = self.chosen()
        if self.facts is None or not self.facts.templates or order is None or self.busy():
            return
        if not order.workflow.measurements:
            return
        dialog = FittingsDialog(self.fittings, ZoneInfo(self.session.outlet_timezone), self.page)
        dialog.done_asked.connect(lambda fitting_id, note: self._fitted(fitting_id, dialog.when_of(fitting_id), note))
        dialog.book_asked.connect(lambda at, note: self._book(order, at, note))
        self.open_dialog(dialog)

    def _fitted(self, fitting_id: uuid.UUID, when: str, note: str) -> None:
        """Writes it; the note was read on the screen thread, while the dialog still lived."""
        actor = self.session.actor
        WriteOp(self.page, self.session.database, lambda s: done(s, actor, fitting_id, note),
                frozenset({op_changes.ORDERS})).success(
            lambda _none: self.say(self.tr("Fitting of {when} done").format(when=when))
        ).run_in_background()  # fmt: skip

    def _book(self, order: OrderView, at: datetime, note: str) -> None:
        actor, when = self.session.actor, at.strftime("%d/%m/%Y %H:%M")
        WriteOp(self.page, self.session.database, lambda s: book_fitting(s, actor, order.id, at, note),
                frozenset({op_changes.ORDERS})).success(
            lambda _id: self.say(self.tr("Fitting booked for {when}").format(when=when))
        ).run_in_background()  # fmt: skip

    def open_due_dates(self) -> None:
        if self.facts is not None and self.facts.templates and not self.busy():
            self.open_dialog(DueDatesDialog(self.session, self.page))
