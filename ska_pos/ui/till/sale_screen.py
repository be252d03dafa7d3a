"""The sale screen the cashier lives in: search and quick buttons on the left, the cart and its total on the right,
a button for every action below. It only lays out widgets, shows what the presenter (`sale_presenter`) tells it and
forwards the cashier's input; the buttons and keys come from the action table (`sale_actions`). Focus goes back to
the search field after each action, so a scanner always finds it ready.

`SaleScreen(session, dispatcher, parent=None)`. Signals: `saleCompleted(object)` with the `CompletedSale` after
it committed; `journalRequested()` (F3), `shiftRequested()` (F6), `lockRequested()` (F10), `helpRequested()` (F1).
Method `focus_search()`. Key widgets: searchField, searchResults, cartTable, totalValue, saleMessage, lastSale,
lastChange, lastReceipt, lastPreview, the buttons of the action table, and (dine-in outlets) orderDineIn,
orderTakeaway, orderTable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ska_pos.domain.pricing import SaleTotals, TaxSettings
from ska_pos.services.actor import Approval
from ska_pos.services.cart import Cart
from ska_pos.services.sales import CompletedSale
from ska_pos.ui import approval
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.till.action_bar import ActionBar
from ska_pos.ui.till.cart_model import CartModel
from ska_pos.ui.till.cart_table import CartTable
from ska_pos.ui.till.order_bar import OrderBar
from ska_pos.ui.till.question_dialogs import dialog_for
from ska_pos.ui.till.quick_buttons import QuickButtons, QuickCategory
from ska_pos.ui.till.sale_actions import SALE_ACTIONS, SaleAction, actions_for
from ska_pos.ui.till.sale_keys import SaleKeys
from ska_pos.ui.till.sale_presenter import SalePresenter
from ska_pos.ui.till.sale_result import LastSalePanel, MessageBar
from ska_pos.ui.till.sale_view import Question, SearchRows
from ska_pos.ui.till.search_panel import SearchPanel
from ska_pos.ui.till.sizing import CHECKED_STYLE, scale_font
from ska_pos.ui.till.totals_panel import TotalsPanel
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named

# Under the search, since the action bar is full.
SIDE_ACTIONS = ("customer", "options", "split_bill", "orders", "packages", "salon")


class SaleScreen(QWidget):
    saleCompleted = Signal(object)
    journalRequested = Signal()
    shiftRequested = Signal()
    lockRequested = Signal()
    helpRequested = Signal()
    ordersRequested = Signal()
    packagesRequested = Signal()
    salonRequested = Signal()

    def __init__(self, session: TillSession, dispatcher: ReceiptDispatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "saleScreen", self.tr("Sale"))
        self.setStyleSheet(CHECKED_STYLE)
        self.session, self.dispatcher = session, dispatcher
        self.language = session.language
        self.active_dialog: QDialog | None = None
        self.quick: QuickButtons | None = None  # once the outlet's quick buttons have been read
        self.totals: TotalsPanel | None = None  # once the outlet's tax has been read
        self.presenter = SalePresenter(session, dispatcher, self, self)
        self._build()
        self.presenter.start()

    # --- layout -------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.quick_place = QVBoxLayout()
        self.quick_place.setContentsMargins(0, 0, 0, 0)
        quick_holder = QWidget()
        quick_holder.setLayout(self.quick_place)
        self.search = SearchPanel(quick_holder)
        self.search.codeEntered.connect(self.presenter.add_code)
        self.search.itemChosen.connect(self.presenter.add_item)
        self.search.searchChanged.connect(self.presenter.live_search)
        self.search.moreWanted.connect(self.presenter.more_results)
        self.model = CartModel(self.language, self)
        self.table = CartTable(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.totals_place = QVBoxLayout()
        self.totals_place.setContentsMargins(0, 0, 0, 0)
        self.message = MessageBar()
        self.last_sale = LastSalePanel(self.language)
        self.last_sale.previewRequested.connect(self.presenter.preview)
        self.order_bar = OrderBar()
        self.order_bar.changed.connect(self.presenter.set_order)
        self.order_bar.setVisible(self.session.profile.dine_in_and_tables)
        tables = next(action for action in SALE_ACTIONS if action.id == "tables")
        # the floor view of the café's open tabs (ui/tabs), its key beside its name as the table field's is
        self.order_bar.add_button(self._action_button(tables, key_below=False))
        self.customer = named(QLabel(""), "saleCustomer", self.tr("Customer of this sale"))
        self.customer.hide()
        self.keys = SaleKeys(self.presenter, self.session.profile, self.search, self.table, self)
        self.actions_bar = ActionBar(actions_for(self.session.profile))
        self.actions_bar.triggered.connect(self.keys.run)
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
        for widget in (self.order_bar, self.customer, self.message, self.last_sale):
            right.addWidget(widget)
        right.addWidget(self.table, 1)
        right.addLayout(self.totals_place)
        left = QVBoxLayout()
        left.addWidget(self.search, 1)
        # Two to a row, each key under its name: stacked, they hid a row of quick buttons; three in a row do not
        # fit a 1024-pixel till in large text.
        side = QGridLayout()
        on_this_outlet = {action.id: action for action in SALE_ACTIONS if action.shows_on(self.session.profile)}
        buttons = {name: self._action_button(on_this_outlet[name]) for name in SIDE_ACTIONS if name in on_this_outlet}
        for place, button in enumerate(buttons.values()):
            side.addWidget(button, place // 2, place % 2)
        self.customer_button = buttons["customer"]
        left.addLayout(side)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout()
        layout.addWidget(header)
        layout.addLayout(body, 1)
        layout.addWidget(self.actions_bar)
        self.setLayout(layout)
        self.order_bar.table.returnPressed.connect(self.focus_search)

    def _action_button(self, action: SaleAction, *, key_below: bool = True) -> QWidget:
        text = QCoreApplication.translate("SaleKeys", action.text)
        named_with_key = f"{text} ({action.key_label})"
        if key_below:
            button = big_button(text, action.object_name, named_with_key, shortcut_hint=action.key_label)
        else:
            button = big_button(named_with_key, action.object_name, named_with_key)
        button.clicked.connect(lambda: self.keys.run(action))
        return button

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.keys.run_key(event):
            super().keyPressEvent(event)

    def _row_selected(self, current: QModelIndex) -> None:
        if current.isValid():
            self.presenter.line_selected(current.row())

    # --- SaleView: what the presenter shows ------------------------------------------------------------------
    def dialog_parent(self) -> QWidget | None:
        return self

    def show_outlet(self, tax: TaxSettings, categories: list[QuickCategory]) -> None:
        quick = QuickButtons(self.session, categories)
        quick.itemChosen.connect(self.presenter.add_item)
        totals = TotalsPanel(tax, self.language)
        for place, old, new in ((self.quick_place, self.quick, quick), (self.totals_place, self.totals, totals)):
            if old is not None:
                place.removeWidget(old)
                old.deleteLater()
            place.addWidget(new)
        self.quick, self.totals = quick, totals

    def show_cart(self, cart: Cart, totals: SaleTotals) -> None:
        self.model.show(cart.lines, totals)
        if self.totals is not None:
            self.totals.show_totals(totals)
        self.order_bar.show_cart(cart)
        customer = self.tr("Customer: {name}").format(name=cart.customer_name) if cart.customer_id else ""
        self.customer.setText(customer)
        self.customer.setAccessibleName(customer or self.tr("Customer of this sale"))
        self.customer.setVisible(bool(customer))
        if not cart.is_empty():
            self.last_sale.hide()

    def show_selection(self, index: int) -> None:
        self.table.select_row(index)

    def say(self, text: str, kind: str = "info") -> None:
        self.message.say(text, kind)

    def clear_message(self) -> None:
        self.message.clear_message()

    def search_text(self) -> str:
        return self.search.field.text()

    def reset_search(self) -> None:
        self.search.reset()

    def select_search_text(self) -> None:
        self.search.field.selectAll()

    def give_back_code(self, text: str) -> None:
        if text and not self.search.field.text():
            self.search.field.setText(text)
            self.search.field.selectAll()

    def show_results(self, rows: SearchRows, text: str, *, focus: bool, more: bool = False) -> None:
        self.search.show_results(rows, text, more=more)
        if focus:
            self.search.focus_results()

    def add_results(self, rows: SearchRows, *, more: bool) -> None:
        self.search.add_results(rows, more=more)

    def focus_search(self) -> None:
        if self.active_dialog is None:
            self.search.field.setFocus()

    def focus_table_no(self) -> None:
        self.order_bar.table.setFocus()
        self.order_bar.table.selectAll()

    def show_completed(self, sale: CompletedSale) -> None:
        self.message.clear_message()
        self.last_sale.show_sale(sale)
        self.search.reset()
        self.saleCompleted.emit(sale)

    def show_receipt_status(self, text: str, *, problem: bool) -> None:
        self.last_sale.set_status(text, problem=problem)

    def request_page(self, page: str) -> None:
        pages = {
            "help": self.helpRequested,
            "journal": self.journalRequested,
            "shift": self.shiftRequested,
            "lock": self.lockRequested,
            "orders": self.ordersRequested,
            "packages": self.packagesRequested,
            "salon": self.salonRequested,
        }
        pages[page].emit()

    def ask(
        self, question: Question, answer: Callable[[Any], None], cancelled: Callable[[], None] | None = None
    ) -> None:
        """Open the question's dialog without blocking; `answer` gets its value once accepted."""
        dialog, value = dialog_for(question, self.session, self)
        self.active_dialog = dialog
        dialog.accepted.connect(lambda: answer(value()))
        if cancelled is not None:
            dialog.rejected.connect(cancelled)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()
        self.focus_search()

    def ask_approval(self, what: str, action: str) -> Approval | None:
        return approval.ask_approval(self, self.session.database, what, action)
