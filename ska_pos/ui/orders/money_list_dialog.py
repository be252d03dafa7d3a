"""The counter's debt list or deposits-held list of its outlet (`money_list_view.MoneyListView`), reached from the
orders board (F11 debts, F12 deposits held).

`MoneyListDialog(session, kind, parent)`. Keys: Page Down more rows, Esc closes. For debts, F10 (or its button) opens
a WhatsApp reminder of the chosen order's debt (`message_dialog.MessageDialog`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ska_pos.domain.orders.messages import MessageEvent
from ska_pos.services.orders.money_lists import MoneyKind
from ska_pos.ui.messages import translate_buttons
from ska_pos.ui.orders.message_dialog import MessageDialog
from ska_pos.ui.orders.money_list_view import MoneyListView
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named


class MoneyListDialog(QDialog):
    def __init__(self, session: TillSession, kind: MoneyKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.kind = session, kind
        debts = kind is MoneyKind.DEBTS
        title = self.tr("Debts of customers") if debts else self.tr("Down payments held")
        self.setWindowTitle(title)
        named(self, "debtListDialog" if debts else "heldListDialog", title)
        self.view = MoneyListView(session, kind, session.actor.outlet_id)
        self.view.table.setAccessibleName(title)
        self.remind = big_button(self.tr("WhatsApp reminder (F10)"), "moneyListRemind")
        self.remind.clicked.connect(self.send_reminder)
        self.remind.setVisible(debts)
        self.reminder: MessageDialog | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons, "moneyListButtons", title)
        translate_buttons(buttons)
        look.dialog_buttons(buttons, "moneyList", 56)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(look.title(f"{title} · {session.outlet_name}", "moneyListTitle"))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.remind)
        layout.addWidget(buttons)
        self.resize(900, 620)
        if debts:
            remind_key = QShortcut(QKeySequence(Qt.Key.Key_F10), self, self.send_reminder)
            remind_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.table.setFocus()

    def send_reminder(self) -> None:
        """A WhatsApp reminder of the chosen order's debt."""
        row = self.view.model.row_at(self.view.table.currentIndex().row())
        if self.kind is not MoneyKind.DEBTS or row is None or self.reminder is not None:
            return
        self.reminder = MessageDialog(self.session, row.order.id, MessageEvent.DEBT, self)
        self.reminder.finished.connect(self._reminder_closed)
        self.reminder.open()

    def _reminder_closed(self) -> None:
        if self.reminder is not None:
            self.reminder.deleteLater()
            self.reminder = None
        self.view.table.setFocus()
