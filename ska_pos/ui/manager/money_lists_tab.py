"""The manager's view of what customers owe for completed orders (the debt list) and what is held for them (the
deposits-held list), one outlet at a time among those the manager may see (an administrator or a manager of the
whole sentra: every active outlet; a manager of one outlet: theirs), read a page at a time with the whole list's
total and its amounts by age: the counter's own lists (`ui/orders/money_list_view.py`). A part of the Customers
tab. Keys: the outlet's and the list's labels' Alt keys, Page Down more rows."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.services.catalog_outlets import catalog_outlets
from ska_pos.services.orders.money_lists import MoneyKind
from ska_pos.services.workers import OutletChoice
from ska_pos.ui import op_changes
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.orders.money_list_view import MoneyListView
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, index_of_data, named


class MoneyListsTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "moneyListsTab", self.tr("Debts and down payments held"))
        self.session = session
        self.outlet = self._box("moneyListsOutlet", self.tr("Outlet whose list is shown"))
        self.kind = self._box("moneyListsKind", self.tr("Which list"))
        self.kind.addItem(self.tr("Debts of customers"), MoneyKind.DEBTS)
        self.kind.addItem(self.tr("Down payments held"), MoneyKind.HELD)
        self.view = MoneyListView(session, MoneyKind.DEBTS, session.actor.outlet_id, lazy=True)
        bar = QHBoxLayout()
        for text, box in ((self.tr("Outl&et:"), self.outlet), (self.tr("&List:"), self.kind)):
            label = QLabel(text)
            label.setBuddy(box)
            bar.addWidget(label)
            bar.addWidget(box)
        bar.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setLayout(layout)
        self.outlet.activated.connect(lambda _index: self._show())
        self.kind.activated.connect(lambda _index: self._show())
        refresh_on(self, {op_changes.SETTINGS}, self.reload_outlets, first_when_shown=True)

    def _box(self, name: str, label: str) -> QComboBox:
        box = named(QComboBox(), name, label)
        box.setMinimumHeight(TOUCH_TARGET_PX)
        box.setMinimumWidth(240)
        return box

    def reload_outlets(self) -> None:
        actor = self.session.actor

        def read(session: Session) -> list[OutletChoice]:
            return catalog_outlets(session, actor)

        ReadOp(self, self.session.database, read).success(self._outlets_read).run_in_background()

    def _outlets_read(self, outlets: list[OutletChoice]) -> None:
        shown = self.view.outlet_id
        self.outlet.clear()
        for outlet in outlets:
            self.outlet.addItem(f"{outlet.code} · {outlet.name}", outlet.id)
        self.outlet.setCurrentIndex(max(index_of_data(self.outlet, shown), 0))
        self.outlet.setEnabled(len(outlets) > 1)
        if self.outlet.currentData() is not None and self.outlet.currentData() != shown:
            self._show()  # the outlet shown is closed, or not this manager's: one they may see

    def _show(self) -> None:
        outlet_id, kind = self.outlet.currentData(), self.kind.currentData()
        if outlet_id is not None:
            self.view.show_list(MoneyKind(kind), outlet_id)
