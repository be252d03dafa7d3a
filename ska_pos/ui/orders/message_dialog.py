"""A WhatsApp message for an order's customer: which message (intake, ready, collected, a debt reminder), the text
as the customer will read it, and whether it was sent already. **Open in WhatsApp** (Enter) opens the `wa.me` link
(WhatsApp, or its web page, with the number and the text ready: the cashier presses send there) and records the
message once (`services/orders/messages.py`); a message sent already opens again without a new record.

`MessageDialog(session, order_id, event, parent)`; reached from the orders board (F10) and the debt list (F10, the
reminder). Keys: Enter opens, Esc closes, the choice of message by arrows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPlainTextEdit, QWidget

from ska_pos.domain.orders.messages import MessageEvent
from ska_pos.services.errors import ServiceError
from ska_pos.services.orders.messages import PreparedMessage, prepare_message, record_message
from ska_pos.services.orders.state import OrderView
from ska_pos.ui import op_changes
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named

CHANGES = frozenset({op_changes.ORDERS})


def open_in_whatsapp(link: str) -> bool:
    """The system's handler of `https` links (a browser, which hands wa.me to WhatsApp); False when none took it."""
    return QDesktopServices.openUrl(QUrl.fromEncoded(link.encode("ascii"), QUrl.ParsingMode.StrictMode))


def message_for(order: OrderView) -> MessageEvent:
    """The message the order's state asks for first: thanks once collected (a reminder while something is owed),
    ready once completed, the intake's before."""
    if order.collected:
        return MessageEvent.DEBT if order.money.debt > 0 else MessageEvent.COLLECTED
    return MessageEvent.READY if order.completed else MessageEvent.INTAKE


class MessageDialog(TillDialog):
    def __init__(
        self,
        session: TillSession,
        order_id: uuid.UUID,
        event: MessageEvent,
        parent: QWidget | None = None,
        *,
        opener: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__("messageDialog", QCoreApplication.translate("MessageDialog", "WhatsApp message"), parent)
        self.session, self.order_id = session, order_id
        self.opener = opener or open_in_whatsapp
        self.prepared: PreparedMessage | None = None
        self.recorded = False
        self.choice = named(QComboBox(), "messageEvent", self.tr("Which message"))
        touch_height(self.choice, 48)
        for choice, label in self._labels().items():
            self.choice.addItem(label, choice.value)
        self.choice.setCurrentIndex(self.choice.findData(event.value))
        self.choice.currentIndexChanged.connect(lambda _index: self._read())
        self.to = look.text("", "messageTo", self.tr("To whom"))
        self.text = named(QPlainTextEdit(), "messageText", self.tr("The message as the customer will read it"))
        self.text.setReadOnly(True)
        self.text.setMinimumHeight(140)
        self.sent = look.text("", "messageSent", self.tr("Sent already"))
        self.sent.setProperty("role", "banner")
        self.sent.hide()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Open in WhatsApp"))
        ok.setAccessibleName(self.tr("Open in WhatsApp"))
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.body.addWidget(look.title(self.tr("WhatsApp message"), "messageTitle"))
        self.body.addWidget(self.choice)
        self.body.addWidget(self.to)
        self.body.addWidget(self.text, 1)
        self.body.addWidget(self.sent)
        self.finish_layout()
        self.resize(620, 460)
        self._read()
        ok.setFocus()

    def _labels(self) -> dict[MessageEvent, str]:
        return {
            MessageEvent.INTAKE: self.tr("Order taken"),
            MessageEvent.READY: self.tr("Ready for collection"),
            MessageEvent.COLLECTED: self.tr("Collected: thanks"),
            MessageEvent.DEBT: self.tr("Reminder of what is owed"),
        }

    def chosen(self) -> MessageEvent:
        return MessageEvent(str(self.choice.currentData()))

    def _read(self) -> None:
        self.prepared = None
        self.error.hide()
        actor, order_id, event = self.session.actor, self.order_id, self.chosen()
        ReadOp(self, self.session.database, lambda s: prepare_message(s, actor, order_id, event)).success(
            self._show
        ).failure(self._refused).run_in_background()

    def _show(self, prepared: PreparedMessage) -> None:
        if prepared.event is not self.chosen():
            return  # an older choice's answer
        self.prepared = prepared
        look.set_text(self.to, self.tr("Order {number} · to the number ending {tail}").format(
            number=prepared.order_no, tail=prepared.phone_tail))  # fmt: skip
        self.text.setPlainText(prepared.text)
        if prepared.sent is None:
            self.sent.hide()
            return
        when = prepared.sent.sent_at.astimezone(ZoneInfo(self.session.outlet_timezone)).strftime("%d/%m/%Y %H:%M")
        look.set_text(self.sent, self.tr("Sent already by {name} on {when}. Opening it again records nothing new.")
                      .format(name=prepared.sent.user_name, when=when))  # fmt: skip
        self.sent.show()

    def _refused(self, error: Exception) -> None:
        self.text.setPlainText("")
        self.sent.hide()
        self.show_error(str(error) if isinstance(error, ServiceError) else self.tr("The message could not be read"))

    def try_accept(self) -> None:
        prepared = self.prepared
        if prepared is None or not self.isVisible():
            return
        if not self.opener(prepared.link):
            self.show_error(self.tr("WhatsApp could not be opened on this computer"))
            return
        if prepared.sent is not None:
            self.accept()
            return
        actor, order_id, event = self.session.actor, self.order_id, prepared.event
        op = WriteOp(self, self.session.database, lambda s: record_message(s, actor, order_id, event), CHANGES)
        op.success(self._recorded).failure(self._refused).run_in_background()

    def _recorded(self, recorded: bool) -> None:
        self.recorded = recorded
        self.accept()
