"""The catalogue in the manager's screen: the items, the categories in their quick buttons' order, the import of
a catalogue file and the items' stock (ui/stock), of the outlet chosen above them (each outlet has its own items
and categories; the stock part has an outlet filter of its own)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ska_pos.services.workers import OutletChoice
from ska_pos.ui.manager.catalog_import_tab import CatalogImportTab
from ska_pos.ui.manager.catalog_outlet_bar import CatalogOutletBar
from ska_pos.ui.manager.category_panel import CategoryPanel
from ska_pos.ui.manager.item_panel import ItemPanel
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.stock.stock_tab import StockTab
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named


class CatalogTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "catalogTab", self.tr("Catalogue"))
        self.items = ItemPanel(session)
        self.categories = CategoryPanel(session)
        self.importing = CatalogImportTab(session)
        self.stock = StockTab(session)
        self.outlet = CatalogOutletBar(session)
        self.outlet.chosen.connect(self._outlet_chosen)
        self.parts = named(QTabWidget(), "catalogParts", self.tr("Catalogue"))
        self.parts.addTab(self.items, self.tr("&Items"))
        self.parts.addTab(self.categories, self.tr("Ca&tegories"))
        self.parts.addTab(self.importing, self.tr("I&mport a file"))
        self.parts.addTab(self.stock, self.tr("&Stock"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outlet)
        layout.addWidget(self.parts)
        # read when first shown; after that each panel follows the catalogue's changes itself
        refresh_on(self, (), self.reload, first_when_shown=True)

    def reload(self) -> None:
        self.items.reload()
        self.categories.reload()

    def _outlet_chosen(self, outlet: OutletChoice) -> None:
        self.items.set_outlet(outlet)
        self.categories.set_outlet(outlet.id)
        self.importing.prefer_outlet(outlet.id)
