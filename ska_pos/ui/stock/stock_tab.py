"""The manager's stock: stock on hand (with history, receiving, consignment and minimums), the reorder list, the
stock take, the gross margin report, the suppliers and the café's recipes."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ska_pos.ui.stock.count_panel import CountPanel
from ska_pos.ui.stock.margin_panel import MarginPanel
from ska_pos.ui.stock.on_hand_panel import OnHandPanel
from ska_pos.ui.stock.recipe_panel import RecipePanel
from ska_pos.ui.stock.reorder_panel import ReorderPanel
from ska_pos.ui.stock.suppliers_panel import SuppliersPanel
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named


class StockTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "stockTab", self.tr("Stock"))
        self.on_hand = OnHandPanel(session)
        self.reorder = ReorderPanel(session)
        self.counting = CountPanel(session)
        self.margin = MarginPanel(session)
        self.suppliers = SuppliersPanel(session)
        self.recipes = RecipePanel(session)
        self.parts = named(QTabWidget(), "stockParts", self.tr("Stock"))
        self.parts.addTab(self.on_hand, self.tr("On &hand"))
        self.parts.addTab(self.reorder, self.tr("Reor&der"))
        self.parts.addTab(self.counting, self.tr("Stock ta&ke"))
        self.parts.addTab(self.margin, self.tr("Mar&gin"))
        self.parts.addTab(self.suppliers, self.tr("Su&ppliers"))
        self.parts.addTab(self.recipes, self.tr("Re&cipes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parts)
