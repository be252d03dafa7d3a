"""The cart's table view: whole rows selected, tall rows, the item name stretching, nothing edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QHeaderView, QTableView

from ska_pos.ui.till.cart_model import ITEM, CartModel
from ska_pos.ui.widgets import named

ROW_HEIGHT_PX = 48


class CartTable(QTableView):
    def __init__(self, model: CartModel) -> None:
        super().__init__()
        named(
            self,
            "cartTable",
            self.tr("Cart"),
            self.tr("Up and down choose a line; + and - change the quantity; Del removes; Enter chooses the worker"),
        )
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setStyleSheet("QTableView { alternate-background-color: #f4f6f8; }")
        header = self.horizontalHeader()
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(ROW_HEIGHT_PX)
        named(header, "cartHeader", self.tr("Cart columns"))
        named(rows, "cartLineNumbers", self.tr("Line numbers"))
        self.setCornerButtonEnabled(False)
        corner = self.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Line numbers"))
        self.model_ref = model
        model.modelReset.connect(self.scrollToBottom)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model_ref.rowCount():
            index = self.model_ref.index(row, 0)
            self.setCurrentIndex(index)
            self.selectRow(row)
            self.scrollTo(index)
