"""Taking an order at the counter: the customer (from the customer list, or a name and phone typed here), the lines
(`intake_lines.IntakeLines`: items and services, quantities, notes, the workers credited, the bags), the express
service and the promised time, and a deposit (or none). Nothing is written here: once accepted, `form()` is the
`OrderForm` the page writes with `take_order`, in one transaction.

`IntakeDialog(session, facts, parent)`. Keys: Enter in a search field searches; Enter in a result list chooses;
Enter in the quantity adds the line; Del in the lines removes one; Ctrl+M the measurement card (where the outlet's
work takes measurements: `tailoring_section.py`); Esc cancels.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QWidget,
)

from ska_pos import clock
from ska_pos.domain.orders.opening_hours import DEFAULT_PROMISE_HOURS, default_promised_at
from ska_pos.services.orders.counter import CounterFacts
from ska_pos.services.orders.intake import OrderForm
from ska_pos.ui.orders.customer_search import CustomerSearch
from ska_pos.ui.orders.intake_lines import IntakeLines, text_field
from ska_pos.ui.orders.money_dialog import MoneyFields
from ska_pos.ui.orders.tailoring_section import TailoringSection
from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named

COLUMN_PX = 288  # three columns side by side on a 1024-pixel till


class IntakeDialog(TillDialog):
    def __init__(self, session: TillSession, facts: CounterFacts, parent: QWidget | None = None) -> None:
        super().__init__("intakeDialog", QCoreApplication.translate("IntakeDialog", "New order"), parent)
        self.session, self.facts = session, facts
        self.language = session.language
        self.zone = ZoneInfo(session.outlet_timezone)
        self.order_lines = IntakeLines(session, facts, self._customer_part())
        self.order_lines.set_columns(COLUMN_PX)
        self.order_lines.problem.connect(self._problem)
        promise = self._promise_part()
        promise.setMinimumWidth(max(COLUMN_PX, promise.minimumSizeHint().width()))
        row = QHBoxLayout()
        self.body.addLayout(row)  # empty: a filled layout added would leave PySide wrappers of its items
        row.addWidget(self.order_lines, 2)
        row.addWidget(promise, 1)
        self.tailoring = (
            TailoringSection(session, facts.templates, lambda: self.customer_id) if facts.templates else None
        )
        if self.tailoring is not None:  # the outlet's work takes measurements: the measurement card, cloth, fitting
            self.body.addWidget(self.tailoring)
        self.finish_layout()
        self.customer_search.setFocus()

    # --- parts ------------------------------------------------------------------------------------------------
    def _customer_part(self) -> QWidget:
        part = QWidget()
        self.phone = text_field("intakePhone", self.tr("Phone"))
        self.customer = CustomerSearch(self, self.session, "intake", self.phone, list_height=96)
        self.customer.chosen.connect(self._customer_chosen)
        self.customer.typed.connect(self._name_typed)
        self.customer_search, self.customers = self.customer.search, self.customer.found
        self.customer_name = self.customer.name
        self.customer.add_rows(QFormLayout(part))
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
        form.addRow(look.text(self.tr("Down payment"), "intakeDepositTitle"))
        form.addRow(self.deposit)
        self._express_changed()
        return part

    def _problem(self, text: str) -> None:
        if text:
            self.show_error(text)
        else:
            self.error.hide()

    # --- the customer -------------------------------------------------------------------------------------------
    @property
    def customer_id(self) -> uuid.UUID | None:
        """The listed customer chosen; None for one whose name is typed here."""
        return self.customer.customer_id

    def _customer_chosen(self) -> None:
        self.phone.setEnabled(False)
        self.order_lines.item_search.setFocus()
        if self.tailoring is not None:
            self.tailoring.customer_changed()

    def _name_typed(self) -> None:
        """A name typed at the counter: the order is not for the listed customer chosen before."""
        self.phone.setEnabled(True)
        if self.tailoring is not None:
            self.tailoring.customer_changed()

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
        if not self.order_lines.lines:
            return self.tr("Add at least one line")
        if self.customer_id is None and not self.customer_name.text().strip():
            return self.tr("Choose the customer, or write their name")
        return self.deposit.problem()

    def form(self) -> OrderForm:
        return OrderForm(
            self.order_lines.line_forms(),
            customer_id=self.customer_id,
            customer_name="" if self.customer_id else self.customer_name.text(),
            phone="" if self.customer_id else self.phone.text(),
            promised_at=self.promised_at(),
            express_tier=str(self.express.currentData() or ""),
            deposit=self.deposit.tender(),
            bags=self.order_lines.bags(),
            tailoring=self.tailoring.form() if self.tailoring is not None else None,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_M and event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.tailoring:
            self.tailoring.open_card()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter belongs to the field that has focus: it never takes the order by accident
        super().keyPressEvent(event)
