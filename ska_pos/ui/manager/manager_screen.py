"""The manager's screen: workers' earnings, outlets compared, workers, share rules, the catalogue and its import,
outlets and tills, users, customers and what their orders owe or hold. Managers and admins only.

Embedded by the shell's manager area: `ManagerScreen(session)`. Each tab loads its figures the first time it is
shown, off the UI thread, and again after every committed write of the kinds it shows (`ui.op_changes.refresh_on`),
wherever in the window that write was made.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ska_pos.ui.manager.catalog_tab import CatalogTab
from ska_pos.ui.manager.customers_tab import CustomersTab
from ska_pos.ui.manager.earnings_tab import EarningsTab
from ska_pos.ui.manager.journal_check import JournalCheckBar
from ska_pos.ui.manager.money_lists_tab import MoneyListsTab
from ska_pos.ui.manager.outlet_setup_tab import OutletSetupTab
from ska_pos.ui.manager.outlets_tab import OutletsTab
from ska_pos.ui.manager.rules_tab import RulesTab
from ska_pos.ui.manager.tables_tab import TablesTab
from ska_pos.ui.manager.users_tab import UsersTab
from ska_pos.ui.manager.workers_tab import WorkersTab
from ska_pos.ui.stock.transfers_tab import TransfersTab
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named


class ManagerScreen(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "managerScreen", self.tr("Manager"))
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not session.is_manager:
            refusal = self.tr("Only a manager or an administrator can see the workers' earnings.")
            label = named(QLabel(refusal), "managerOnly", refusal)
            label.setProperty("role", "banner")
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addStretch(1)
            self.tabs: QTabWidget | None = None
            return
        self.earnings = EarningsTab(session)
        self.outlets = OutletsTab(session)
        self.workers = WorkersTab(session)
        self.rules = RulesTab(session)
        self.catalog = CatalogTab(session)
        self.catalog_import = self.catalog.importing
        self.outlet_setup = OutletSetupTab(session)
        self.users = UsersTab(session)
        self.customers = CustomersTab(session)
        self.tables = TablesTab(session)
        self.stock = self.catalog.stock
        self.journal_check = JournalCheckBar(session)
        layout.addWidget(self.journal_check)
        self.tabs = named(QTabWidget(), "managerTabs", self.tr("Manager's screens"))
        self.tabs.addTab(self.earnings, self.tr("&Earnings"))
        self.tabs.addTab(self.outlets, self.tr("&Outlets"))
        self.tabs.addTab(self.workers, self.tr("&Workers"))
        self.tabs.addTab(self.rules, self.tr("Share &rules"))
        self.tabs.addTab(self.catalog, self.tr("&Catalogue"))
        # eight screens in all: the catalogue's import, its stock, the goods sent between outlets and the tables
        # (ui/stock/transfers_*.py) are parts of its tab, so the bar fits a 1024 px screen in large text
        self.transfers = TransfersTab(session)
        self.catalog.parts.addTab(self.transfers, self.tr("T&ransfers"))
        self.catalog.parts.addTab(self.tables, self.tr("Ta&bles"))  # and the stations that make each category
        self.tabs.addTab(self.outlet_setup, self.tr("Outlet setu&p"))
        self.tabs.addTab(self.users, self.tr("&Users"))
        # the debts and down payments held of the customers' orders are a part of their tab, as the catalogue's
        self.money_lists = MoneyListsTab(session)
        self.customer_parts = named(QTabWidget(), "customerParts", self.tr("Customers"))
        self.customer_parts.addTab(self.customers, self.tr("Customer l&ist"))
        self.customer_parts.addTab(self.money_lists, self.tr("&Debts and down payments held"))
        self.tabs.addTab(self.customer_parts, self.tr("Cu&stomers"))
        layout.addWidget(self.tabs)
