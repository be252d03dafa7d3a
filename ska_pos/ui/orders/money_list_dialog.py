"""The debt list (what customers owe for completed orders) or the deposits-held list (what is held for them), by
age: the whole list's total and its amount up to 7 days old, 8 to 30, 31 to 90 and older, and the orders oldest
first, read a page at a time. Reached from the counter's orders board (F11 debts, F12 deposits held).

`MoneyListDialog(session, kind, parent)`. Keys: Page Down more rows, Esc closes. For debts, a check box narrows
the list to the orders the customer has already taken away, and F10 (or its button) opens a WhatsApp reminder of
the chosen order's debt (`message_dialog.MessageDialog`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.orders.messages import MessageEvent
from ska_pos.services.orders.money_lists import LIST_AGE_LIMITS, MoneyKind, MoneyPage, money_page
from ska_pos.ui import op_changes
from ska_pos.ui.messages import translate_buttons
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.orders.message_dialog import MessageDialog
from ska_pos.ui.orders.money_list_model import CUSTOMER, MoneyListModel
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named


class MoneyListDialog(QDialog):
    def __init__(self, session: TillSession, kind: MoneyKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.kind = session, kind
        self.language = session.language
        self.next_offset: int | None = None
        debts = kind is MoneyKind.DEBTS
        title = self.tr("Debts of customers") if debts else self.tr("Down payments held")
        self.setWindowTitle(title)
        named(self, "debtListDialog" if debts else "heldListDialog", title)
        self.model = MoneyListModel(self.language, self)
        self.collected_only = named(QCheckBox(self.tr("Only orders already collected")), "moneyListCollected",
                                    self.tr("Only orders already collected"))  # fmt: skip
        self.collected_only.setMinimumHeight(48)
        self.collected_only.setVisible(debts)
        self.collected_only.toggled.connect(lambda _on: self.refresh())
        self.totals = look.text("", "moneyListTotals", self.tr("Totals by age"))
        self.table = self._make_table(title)
        self.more = big_button(self.tr("More orders (PgDn)"), "moneyListMore")
        self.more.clicked.connect(self.load_more)
        self.more.hide()
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
        layout.addWidget(self.collected_only)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.remind)
        layout.addWidget(buttons)
        self.resize(900, 620)
        more_key = QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self.load_more)
        more_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # before the table's own scrolling
        if debts:
            remind_key = QShortcut(QKeySequence(Qt.Key.Key_F10), self, self.send_reminder)
            remind_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_on(self, {op_changes.ORDERS}, self.refresh)
        self.refresh()
        self.table.setFocus()

    def send_reminder(self) -> None:
        """A WhatsApp reminder of the chosen order's debt."""
        row = self.model.row_at(self.table.currentIndex().row())
        if self.kind is not MoneyKind.DEBTS or row is None or self.reminder is not None:
            return
        self.reminder = MessageDialog(self.session, row.order.id, MessageEvent.DEBT, self)
        self.reminder.finished.connect(self._reminder_closed)
        self.reminder.open()

    def _reminder_closed(self) -> None:
        if self.reminder is not None:
            self.reminder.deleteLater()
            self.reminder = None
        self.table.setFocus()

    def _make_table(self, title: str) -> QTableView:
        table = named(QTableView(), "moneyListTable", title, self.tr("Oldest first; Page Down shows more"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(44)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        return table

    def _read(self, offset: int) -> None:
        outlet_id, today, kind = self.session.actor.outlet_id, self.session.today(), self.kind
        collected_only = self.collected_only.isChecked()

        def read(session: Session) -> MoneyPage:
            return money_page(session, outlet_id, today, kind, collected_only=collected_only, offset=offset)

        ReadOp(self, self.session.database, read).success(self._show).run_in_background()

    def refresh(self) -> None:
        """The list from its first page, as the database holds it now."""
        self._read(0)

    def load_more(self) -> None:
        if self.next_offset is not None:
            self._read(self.next_offset)

    def _show(self, page: MoneyPage) -> None:
        if page.offset == 0:
            self.model.set_rows(page.rows)
            if page.rows:
                self.table.selectRow(0)
        else:
            self.model.add_rows(page.rows)
        shown = page.offset + len(page.rows)
        self.next_offset = shown if shown < page.count else None
        self.more.setVisible(self.next_offset is not None)
        look.set_text(self.totals, self._totals_text(page))

    def _totals_text(self, page: MoneyPage) -> str:
        def rp(amount: int) -> str:
            return format_rupiah(amount, self.language)

        first, second, third = LIST_AGE_LIMITS
        ages = (
            self.tr("up to {days} days: {amount}").format(days=first, amount=rp(page.by_age[0])),
            self.tr("{start} to {end} days: {amount}").format(start=first + 1, end=second, amount=rp(page.by_age[1])),
            self.tr("{start} to {end} days: {amount}").format(start=second + 1, end=third, amount=rp(page.by_age[2])),
            self.tr("over {days} days: {amount}").format(days=third, amount=rp(page.by_age[3])),
        )
        whole = self.tr("{count} orders, in all {amount}").format(count=page.count, amount=rp(page.total))
        return f"<b>{whole}</b><br>" + " · ".join(ages)
