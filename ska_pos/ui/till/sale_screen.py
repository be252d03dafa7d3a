"""The sale screen the cashier lives in: search and quick buttons on the left, the cart and its total on the right,
a button for every action below. Every action also has a key (`keymap.KEY_MAP`); focus goes back to the search
field after each one, so a scanner always finds it ready.

`SaleScreen(session, dispatcher, parent=None)`. Signals: `saleCompleted(object)` with the `CompletedSale` after
it committed; `journalRequested()` (F3), `shiftRequested()` (F6), `lockRequested()` (F10), `helpRequested()` (F1).
Method `focus_search()`. Key widgets: searchField, searchResults, cartTable, totalValue, saleMessage, lastSale,
lastChange, lastReceipt, lastPreview, the buttons of `ACTION_NAMES`, and (café) orderDineIn, orderTakeaway,
orderTable.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.services import catalog
from ska_pos.services.errors import NotFound, ServiceError
from ska_pos.services.sales import CompletedSale
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.till.action_bar import ActionBar
from ska_pos.ui.till.cart_controller import CartController
from ska_pos.ui.till.cart_model import CartModel
from ska_pos.ui.till.cart_table import CartTable
from ska_pos.ui.till.line_actions import LineActions
from ska_pos.ui.till.order_bar import OrderBar
from ska_pos.ui.till.quick_buttons import QuickButtons
from ska_pos.ui.till.sale_flow import SaleFlow
from ska_pos.ui.till.sale_keys import SaleKeys
from ska_pos.ui.till.sale_result import LastSalePanel, MessageBar
from ska_pos.ui.till.search_panel import SearchPanel
from ska_pos.ui.till.sizing import CHECKED_STYLE, scale_font
from ska_pos.ui.till.totals_panel import TotalsPanel
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


class SaleScreen(QWidget):
    saleCompleted = Signal(object)
    journalRequested = Signal()
    shiftRequested = Signal()
    lockRequested = Signal()
    helpRequested = Signal()

    def __init__(self, session: TillSession, dispatcher: ReceiptDispatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "saleScreen", self.tr("Sale"))
        self.setStyleSheet(CHECKED_STYLE)
        self.session, self.dispatcher = session, dispatcher
        self.language = session.language
        self.active_dialog: QDialog | None = None
        self._selected_row = 0
        self.controller = CartController(session.database, session.actor, session.profile, self)
        self.line_actions = LineActions(self)
        self.flow = SaleFlow(self)
        self._build()
        self.controller.changed.connect(self._cart_changed)
        self.controller.refused.connect(lambda error: self.say(error_text(error), "error"))
        dispatcher.printed.connect(self._receipt_made)
        dispatcher.failed.connect(self._receipt_failed)
        dispatcher.kitchen_failed.connect(self._kitchen_failed)
        self._cart_changed()

    # --- layout -------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.quick = QuickButtons(self.session)
        self.quick.itemChosen.connect(self.add_item)
        self.search = SearchPanel(self.quick)
        self.search.codeEntered.connect(self.add_code)
        self.search.itemChosen.connect(self.add_item)
        self.search.searchChanged.connect(self._live_search)
        self.model = CartModel(self.controller, self.language, self)
        self.table = CartTable(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._remember_row)
        self.totals = TotalsPanel(self.controller.outlet.tax, self.language)
        self.message = MessageBar()
        self.last_sale = LastSalePanel(self.language)
        self.last_sale.previewRequested.connect(self._preview)
        self.order_bar = OrderBar()
        self.order_bar.changed.connect(self.controller.set_order)
        self.order_bar.setVisible(self.session.profile.dine_in_and_tables)
        self.keys = SaleKeys(self)
        self.actions_bar = ActionBar(self.keys.actions())
        header = named(
            QLabel(
                self.tr("{outlet} · till {till} · cashier {cashier}").format(
                    outlet=self.session.outlet_name, till=self.session.till_code, cashier=self.session.user_name
                )
            ),
            "saleHeader",
            self.tr("Outlet, till and cashier"),
        )
        header.setProperty("role", "title")
        scale_font(header, 1.2)
        right = QVBoxLayout()
        for widget in (self.order_bar, self.message, self.last_sale):
            right.addWidget(widget)
        right.addWidget(self.table, 1)
        right.addWidget(self.totals)
        body = QHBoxLayout()
        body.addWidget(self.search, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(body, 1)
        layout.addWidget(self.actions_bar)
        for watched in (self.search.field, self.table):
            watched.installEventFilter(self.keys)
        self.order_bar.table.returnPressed.connect(self.focus_search)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.keys.run(event):
            super().keyPressEvent(event)

    # --- actions ------------------------------------------------------------------------------------------------
    def attempt(self, run: Callable[[], object]) -> None:
        """Run a cashier's action; a refusal becomes a plain message and changes nothing."""
        try:
            run()
        except ServiceError as error:
            self.say(error.message, "error")

    def add_code(self, text: str) -> None:
        """The add runs on the database worker; the field is free for the next scan at once."""
        try:
            self.controller.add_code(text, self._added, lambda error: self._not_added(text, error))
        except ServiceError as error:
            self.say(error.message, "error")
            self.search.field.selectAll()
            return
        self.search.reset()

    def add_item(self, item_id: uuid.UUID) -> None:
        try:
            self.controller.add_item(item_id, self._added, lambda error: self._not_added("", error))
        except ServiceError as error:
            self.say(error.message, "error")
            return
        self.search.reset()

    def _added(self, index: int) -> None:
        self.message.clear_message()
        self.select_line(index)
        if self.active_dialog is None:
            self.search.field.setFocus()  # the scanner's home; what is typed there already stays
        line = self.controller.cart.lines[index]
        if line.is_service and not line.workers:
            self.line_actions.choose_worker(index)

    def _not_added(self, text: str, error: Exception) -> None:
        if isinstance(error, NotFound) and text:
            self._search_instead(text, error)
            return
        self.say(error_text(error), "error")
        self._give_back(text)

    def _give_back(self, text: str) -> None:
        """The refused code back in the field, selected, unless the cashier is already typing the next one."""
        if text and not self.search.field.text():
            self.search.field.setText(text)
            self.search.field.selectAll()

    def _search_instead(self, text: str, not_found: NotFound) -> None:
        def found(rows: list[tuple[uuid.UUID, str]]) -> None:
            if len(rows) == 1:
                self.add_item(rows[0][0])
            elif rows:
                self.search.show_results(rows, text.strip())
                self.search.focus_results()
            else:
                self.say(not_found.message, "error")
                self._give_back(text)

        self._search(text, found)

    def _search(self, text: str, found: Callable[[list[tuple[uuid.UUID, str]]], None]) -> None:
        outlet_id, language = self.session.actor.outlet_id, self.language

        def work(db_session: Session) -> list[tuple[uuid.UUID, str]]:
            return [
                (item.id, f"{item.name}  ·  {format_rupiah(item.price, language)}  ·  {item.sku}")
                for item in catalog.search_items(db_session, outlet_id, text)
            ]

        ReadOp(self, self.session.database, work).success(found).run_in_background()

    def _live_search(self, text: str) -> None:
        def found(rows: list[tuple[uuid.UUID, str]]) -> None:
            if self.search.field.text().strip() == text:  # still what the cashier is typing
                self.search.show_results(rows, text)

        self._search(text, found)

    def step_quantity(self, step: int) -> None:
        index = self.selected_line()
        if index is not None:
            self.controller.step_quantity(index, step)
            self.select_line(index)

    def remove_line(self) -> None:
        index = self.selected_line()
        if index is not None:
            self.controller.remove(index)
            self.select_line(min(index, len(self.controller.cart.lines) - 1))

    # --- helpers for the line actions and the flow ---------------------------------------------------------------
    def selected_line(self) -> int | None:
        if self.say_if_empty():
            return None
        return min(self._selected_row, len(self.controller.cart.lines) - 1)

    def select_line(self, index: int) -> None:
        self._selected_row = max(index, 0)
        self.table.select_row(index)

    def _remember_row(self, current: QModelIndex) -> None:
        if current.isValid():
            self._selected_row = current.row()

    def move_selection(self, step: int) -> None:
        if self.controller.cart.lines:
            current = self.selected_line() or 0
            self.select_line(max(0, min(current + step, len(self.controller.cart.lines) - 1)))

    def say_if_empty(self) -> bool:
        if self.controller.cart.is_empty():
            self.say(self.tr("The cart is empty: scan or choose an item first"), "error")
            return True
        return False

    def say(self, text: str, kind: str = "info") -> None:
        self.message.say(text, kind)

    def open_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Open `dialog` without blocking; `on_accept` runs once it is accepted, and focus comes back here."""
        self.active_dialog = dialog
        dialog.accepted.connect(lambda: self.attempt(on_accept))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()
        self.focus_search()

    def focus_search(self) -> None:
        self.search.field.setFocus()

    def focus_table_no(self) -> None:
        self.order_bar.table.setFocus()
        self.order_bar.table.selectAll()

    # --- reactions ----------------------------------------------------------------------------------------------
    def _cart_changed(self) -> None:
        self.totals.show_totals(self.controller.totals())
        self.order_bar.show_cart(self.controller.cart)
        self.table.select_row(min(self._selected_row, len(self.controller.cart.lines) - 1))
        if not self.controller.cart.is_empty():
            self.last_sale.hide()

    def show_completed(self, sale: CompletedSale) -> None:
        self.message.clear_message()
        self.last_sale.show_sale(sale)
        self.search.reset()

    def _preview(self) -> None:
        if self.flow.last_sale is not None:
            try:
                self.dispatcher.preview(self, self.flow.last_sale.sale_id)
            except Exception as error:  # a preview that fails must not disturb the till
                self.say(error_text(error), "error")

    def _receipt_made(self, receipt_no: str, _where: str) -> None:
        if self.flow.last_sale is not None and self.flow.last_sale.receipt_no == receipt_no:
            self.last_sale.set_status(self.tr("Receipt made."))

    def _receipt_failed(self, _sale: str, message: str) -> None:
        self.last_sale.set_status(
            self.tr("The sale is saved, but the receipt failed: {message}. Reprint it from the journal (F3).").format(
                message=message
            ),
            problem=True,
        )

    def _kitchen_failed(self, _receipt_no: str, message: str) -> None:
        self.say(self.tr("The kitchen ticket did not print: {message}").format(message=message), "error")
