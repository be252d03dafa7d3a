"""An outlet's WhatsApp message templates (docs/orders.md): one plain text per message (order taken, ready,
collected, a reminder of a debt), with the placeholders the counter fills. Opened with `open()` from the outlet's
capabilities beside the opening hours; read and saved off the screen thread (ui.ops); a template the service
refuses (an unknown placeholder, unmatched braces, empty) is said on the error line and nothing is saved."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.orders.messages import PLACEHOLDERS, MessageEvent
from ska_pos.services.orders.messages import message_templates, set_message_templates
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named

FIELD_NAMES = {MessageEvent.INTAKE: "templateIntake", MessageEvent.READY: "templateReady",
               MessageEvent.COLLECTED: "templateCollected", MessageEvent.DEBT: "templateDebt"}  # fmt: skip


class MessageTemplatesDialog(ManagerDialog):
    changes = frozenset({op_changes.SETTINGS})

    def __init__(self, session: TillSession, outlet_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(
            "messageTemplatesDialog", QCoreApplication.translate("MessageTemplatesDialog", "WhatsApp messages"), parent
        )
        self.session, self.outlet_id = session, outlet_id
        self.loaded = False  # saved only once what the outlet has now is shown
        names = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
        note = named(QLabel(self.tr("Placeholders: {names} (order number, customer, total, promised time, left to "
                                    "pay, outlet).").format(names=names)),
                     "messageTemplatesNote", self.tr("What the templates may hold"))  # fmt: skip
        note.setWordWrap(True)
        self.body.insertWidget(1, note)
        labels = {MessageEvent.INTAKE: self.tr("Order taken"), MessageEvent.READY: self.tr("Ready for collection"),
                  MessageEvent.COLLECTED: self.tr("Collected: thanks"),
                  MessageEvent.DEBT: self.tr("Reminder of what is owed")}  # fmt: skip
        self.texts: dict[MessageEvent, QPlainTextEdit] = {}
        for event in MessageEvent:
            field = named(QPlainTextEdit(), FIELD_NAMES[event], labels[event])
            field.setTabChangesFocus(True)  # Tab goes on to the next template, as in every other form
            field.setMinimumHeight(TOUCH_TARGET_PX * 2)
            self.texts[event] = field
            self.add_row(labels[event], field)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Save"))
        self.finish_layout()
        self.resize(640, 560)
        ReadOp(self, session.database, lambda s: message_templates(s, outlet_id)).success(
            self.show_templates
        ).run_in_background()

    def show_templates(self, templates: dict[MessageEvent, str]) -> None:
        self.loaded = True
        for event, field in self.texts.items():
            field.setPlainText(templates[event])

    def check(self) -> str | None:
        return None if self.loaded else self.tr("Reading the templates…")

    def save_work(self) -> Callable[[Session], object]:
        actor, outlet_id = self.session.actor, self.outlet_id
        templates = {event: field.toPlainText() for event, field in self.texts.items()}
        return lambda s: set_message_templates(s, actor, outlet_id, templates)
