"""The debt list (what customers owe for completed orders) or the deposits-held list (what is held for them) of one
outlet, by age: the whole list's total and its amount up to 7 days old, 8 to 30, 31 to 90 and older, and the
orders oldest first, read a page at a time (`page_reading.PageReading`). Shown by the counter's dialog
(`money_list_dialog`, F11 and F12 on the orders board) and by the manager's tab (`ui/manager/money_lists_tab.py`).

`MoneyListView(session, kind, outlet_id, lazy=)`; `show_list(kind, outlet_id)` shows another. Keys: Page Down more rows.
For debts, a check box narrows the list to the orders the customer has already taken away.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.services.orders.money_lists import LIST_AGE_LIMITS, MoneyKind, MoneyPage, money_page
from ska_pos.ui import op_changes
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.orders.money_list_model import CUSTOMER, MoneyListModel
from ska_pos.ui.orders.page_reading import PageReading
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named


class MoneyListView(QWidget):
    def __init__(self, session: TillSession, kind: MoneyKind, outlet_id: uuid.UUID, *, lazy: bool = False) -> None:
        """`lazy`: the first read waits until the list is first shown (a manager's tab), not at once (a dialog)."""
        super().__init__()
        self.session, self.kind, self.outlet_id = session, kind, outlet_id
        self.language = session.language
        self.model = MoneyListModel(self.language, self)
        self.collected_only = named(QCheckBox(self.tr("Only orders already collected")), "moneyListCollected",
                                    self.tr("Only orders already collected"))  # fmt: skip
        self.collected_only.setMinimumHeight(48)
        self.collected_only.toggled.connect(lambda _on: self.refresh())
        self.totals = look.text("", "moneyListTotals", self.tr("Totals by age"))
        self.table = self._make_table()
        more = big_button(self.tr("More orders (PgDn)"), "moneyListMore")
        more.clicked.connect(self.load_more)
        self.pages = PageReading(self.model, more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.collected_only)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(more)
        more_key = QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self.load_more)
        more_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # before the table's own scrolling
        refresh_on(self, {op_changes.ORDERS}, self.refresh, first_when_shown=lazy)
        self.collected_only.setVisible(kind is MoneyKind.DEBTS)
        if not lazy:
            self.refresh()

    def _make_table(self) -> QTableView:
        table = named(QTableView(), "moneyListTable", self.tr("Orders on the list"),
                      self.tr("Oldest first; Page Down shows more"))  # fmt: skip
        look.row_list(table, self.model, CUSTOMER)
        return table

    def show_list(self, kind: MoneyKind, outlet_id: uuid.UUID) -> None:
        self.kind, self.outlet_id = kind, outlet_id
        self.collected_only.setVisible(kind is MoneyKind.DEBTS)
        self.refresh()

    def _read(self, offset: int) -> None:
        outlet_id, today, kind = self.outlet_id, self.session.today(), self.kind
        collected_only = kind is MoneyKind.DEBTS and self.collected_only.isChecked()

        def read(session: Session) -> MoneyPage:
            return money_page(session, outlet_id, today, kind, collected_only=collected_only, offset=offset)

        ReadOp(self, self.session.database, read).success(self._show).run_in_background()

    def refresh(self) -> None:
        """The list from its first page, as the database holds it now."""
        self._read(0)

    def load_more(self) -> None:
        if self.pages.next_offset is not None:
            self._read(self.pages.next_offset)

    def _show(self, page: MoneyPage) -> None:
        self.pages.place(page.rows, page.offset, page.count)
        if page.offset == 0 and page.rows:
            self.table.selectRow(0)
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
