"""The counter's orders (reached from the till with Ctrl+R where the outlet's profile takes orders): the board of the
outlet's open orders by stage, read a page at a time; finding one by its scanned ticket, its number, or the
customer's phone or name; taking a new order; moving one to its next stage; a part payment; collection (paying what
is owed, or leaving it as debt where the outlet allows); cancelling with a reason and a supervisor's approval.

Signals: `back()`. Keys: F2 find, F3 new order, F4 the board's filter, F5 next stage, F6 give back part of what is
held, F7 take a payment, F8 collect, F9 cancel the order, F10 a WhatsApp message to the customer, F11 the debt
list, F12 the deposits-held list, Page Down more rows, Esc back to the till; a galeri jahit's Ctrl+M measurement card,
Ctrl+F fittings, Ctrl+D due dates. Every key has its button (`orders_page_actions.py`, the table of both).
What the counter does with the chosen order (F5, F6, F7, F8, Ctrl+L, F9) is `counter_actions.CounterActions`; the
page decides when it may start. What the board reads is `board_reads.py`.
"""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.orders.workflow import stage_name
from ska_pos.services.orders.counter import CounterFacts, counter_facts
from ska_pos.services.orders.intake import OrderForm, TakenOrder, take_order
from ska_pos.services.orders.lookup import OrderPage, OrderRow
from ska_pos.services.orders.money_lists import MoneyKind
from ska_pos.services.orders.state import OrderView
from ska_pos.ui import op_changes
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.orders.board_reads import ALL, OPEN, WAITING, chosen_order, first_page, next_page
from ska_pos.ui.orders.counter_actions import MONEY, CounterActions, Selected
from ska_pos.ui.orders.intake_dialog import IntakeDialog
from ska_pos.ui.orders.message_dialog import MessageDialog, message_for
from ska_pos.ui.orders.money_list_dialog import MoneyListDialog
from ska_pos.ui.orders.order_detail import order_detail
from ska_pos.ui.orders.orders_model import CUSTOMER, OrdersModel
from ska_pos.ui.orders.orders_page_actions import page_buttons, page_keys
from ska_pos.ui.orders.page_reading import PageReading
from ska_pos.ui.orders.tailoring_board import TailoringBoard
from ska_pos.ui.page_dialog import open_one
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, named

DETAIL_PX = 260


class OrdersPage(QWidget):
    back = Signal()

    def __init__(self, session: TillSession, dispatcher: ReceiptDispatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.dispatcher = session, dispatcher
        self.language = session.language
        self.facts: CounterFacts | None = None
        self.selected: Selected | None = None
        self.dialog: QWidget | None = None
        named(self, "ordersPage", self.tr("Orders"))
        self.counter = CounterActions(session, dispatcher, self, self._open, self._say)
        self.tailoring: TailoringBoard = TailoringBoard(session, self, self._open, self._say, self._chosen_order,
                                        lambda: self.dialog is not None)  # fmt: skip
        self.model = OrdersModel(session.language, session.outlet_timezone, self)
        self.search = named(
            QLineEdit(), "ordersSearch", self.tr("Scan the ticket, or type the order number, phone or name")
        )
        self.search.setPlaceholderText(self.tr("Scan a ticket, or type a number, phone or name (F2)"))
        self.search.setMinimumHeight(48)
        self.search.returnPressed.connect(self.refresh)
        self.filter = named(QComboBox(), "ordersFilter", self.tr("Which orders (F4)"))
        self.filter.setMinimumHeight(48)
        # As wide as its longest choice once the stages arrive: sized at first show (Qt's default), its width, and the
        # search field's beside it, depended on whether the database answered before the first layout pass.
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.addItem(self.tr("Open orders"), OPEN)
        self.filter.addItem(self.tr("All orders"), ALL)
        self.filter.activated.connect(lambda _index: self.refresh())
        self.table = self._make_table()
        self.detail = look.text("", "orderDetail", self.tr("The chosen order"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = look.text("", "ordersStatus", self.tr("Last action"))
        self.status.setProperty("role", "banner")
        self.status.hide()
        self.more = big_button(self.tr("More orders (PgDn)"), "ordersMore")
        self.more.clicked.connect(self.load_more)
        self.pages = PageReading(self.model, self.more)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filter)
        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.more)
        self.detail.setMinimumWidth(DETAIL_PX)
        middle.addLayout(left, 3)
        middle.addWidget(self.detail, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout()
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(look.title(self.tr("Orders · {outlet}").format(outlet=session.outlet_name), "ordersTitle"))
        layout.addWidget(self.tailoring.banner)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(self._buttons())
        self.setLayout(layout)
        self.keys = page_keys()
        self._update_buttons()
        self.setFocusProxy(self.search)
        refresh_on(self, {op_changes.ORDERS}, self.refresh)
        self._read_facts()

    # --- layout ---------------------------------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = named(QTableView(), "ordersTable", self.tr("Orders"),
                      self.tr("Arrow keys choose an order; Tab goes to the buttons"))  # fmt: skip
        look.row_list(table, self.model, CUSTOMER)
        table.selectionModel().currentRowChanged.connect(self._row_chosen)
        return table

    def _buttons(self) -> ButtonRows:
        rows, buttons = page_buttons(self)
        self.new_button, self.next_button = buttons["ordersNew"], buttons["ordersNext"]
        self.pay_button, self.collect_button = buttons["ordersPay"], buttons["ordersCollect"]
        self.debt_button, self.cancel_button = buttons["ordersCollectLater"], buttons["ordersCancel"]
        self.give_back_button, self.print_button = buttons["ordersGiveBack"], buttons["ordersPrintAgain"]
        self.message_button = buttons["ordersMessage"]
        self.debt_button.hide()  # shown where the outlet lets a customer pay later (_facts_read)
        return rows

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The page's keys, from whichever of its controls has focus (they pass on what they do not use)."""
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        run = self.keys.get((Qt.Key(event.key()), control))
        if run is None:
            super().keyPressEvent(event)
            return
        run(self)

    def go_back(self) -> None:
        self.back.emit()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.showPopup()

    # --- reading --------------------------------------------------------------------------------------------------
    def _read_facts(self) -> None:
        outlet_id = self.session.actor.outlet_id
        ReadOp(self, self.session.database, lambda s: counter_facts(s, outlet_id)).success(
            self._facts_read
        ).run_in_background()

    def _facts_read(self, facts: CounterFacts) -> None:
        self.facts = facts
        days = facts.rules.ready_days
        for stage in facts.stages:
            self.filter.addItem(self.tr("At stage: {stage}").format(stage=stage_name(stage)), stage.code)
        self.filter.addItem(self.tr("Ready, not collected after {days} days").format(days=days), WAITING)
        self.debt_button.setVisible(facts.rules.pay_later)
        self.tailoring.facts_read(facts)
        self.refresh()

    def refresh(self) -> None:
        """The board from its first page (or what the search found), as the database holds it now."""
        if self.facts is None:
            return
        outlet_id, text, choice = self.session.actor.outlet_id, self.search.text().strip(), self.filter.currentData()
        read = first_page(outlet_id, text, choice, self.session.today(), self.facts.rules.ready_days)
        chosen = self.selected.order.id if self.selected else None
        ReadOp(self, self.session.database, read).success(
            lambda page: self._show_page(page, chosen, text)
        ).run_in_background()

    def _show_page(self, page: OrderPage, chosen: uuid.UUID | None, text: str) -> None:
        self.pages.place(page.rows, 0, page.total)
        exact = [index for index, row in enumerate(page.rows) if row.order_no.lower() == text.lower()]
        again = [index for index, row in enumerate(page.rows) if row.id == chosen]
        pick = exact or again or ([0] if page.rows else [])
        if pick:
            self.table.selectRow(pick[0])
            if exact or len(page.rows) == 1:
                self.table.setFocus()
        else:
            self._show_selected(None)

    def load_more(self) -> None:
        if self.pages.next_offset is None or self.facts is None:
            return
        outlet_id, text, choice = self.session.actor.outlet_id, self.search.text().strip(), self.filter.currentData()
        read = next_page(outlet_id, text, choice, self.pages.next_offset)
        ReadOp(self, self.session.database, read).success(
            lambda page: self.pages.place(page.rows, page.offset, page.total)
        ).run_in_background()

    def _row_chosen(self, current: QModelIndex) -> None:
        row: OrderRow | None = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self._show_selected(None)
            return
        read = chosen_order(self.session.actor, row.id)
        ReadOp(self, self.session.database, read).success(self._show_selected).run_in_background()

    def _show_selected(self, selected: Selected | None) -> None:
        self.selected = selected
        self.detail.setText(order_detail(selected, self.language, ZoneInfo(self.session.outlet_timezone),
                                         self.tailoring) if selected else self.tr("No order chosen"))  # fmt: skip
        self.detail.setAccessibleName(self.detail.text())
        self._update_buttons()

    def _update_buttons(self) -> None:
        order = self.selected.order if self.selected else None
        live = order is not None and not order.cancelled and not order.collected
        for button in (self.next_button, self.collect_button, self.debt_button, self.pay_button):
            button.setEnabled(live)
        self.cancel_button.setEnabled(live and order is not None and not order.completed)
        self.give_back_button.setEnabled(order is not None and not order.cancelled and order.money.held > 0)
        self.print_button.setEnabled(order is not None)
        self.message_button.setEnabled(order is not None and not order.cancelled)

    def _chosen_order(self) -> OrderView | None:
        return self.selected.order if self.selected else None

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    # --- intake ---------------------------------------------------------------------------------------------------
    def new_order(self) -> None:
        if self.facts is None or self.dialog is not None or self.tailoring.refuses_intake():
            return
        dialog = IntakeDialog(self.session, self.facts, self)
        dialog.accepted.connect(lambda: self._take(dialog.form()))
        self._open(dialog)

    def _take(self, form: OrderForm) -> None:
        actor = self.session.actor
        WriteOp(self, self.session.database, lambda s: take_order(s, actor, form), MONEY).success(
            lambda taken: self._taken(taken, form.bags)
        ).run_in_background()

    def _taken(self, taken: TakenOrder, bags: int = 0) -> None:
        self.dispatcher.print_order_ticket(taken.order_id, self.language, parent=self)
        if bags:
            self.dispatcher.print_bag_tags(taken.order_id, bags, self.language, parent=self)
        self._say(self.tr("Order {number} taken · down payment {amount}").format(
            number=taken.order_no, amount=format_rupiah(taken.deposit, self.language)))  # fmt: skip
        self.search.setText(taken.order_no)
        self.refresh()

    # --- what the counter does with the chosen order (counter_actions.py) -----------------------------------------
    def next_stage(self) -> None:
        if self.selected is None or self.facts is None or self.dialog is not None:
            return
        self.counter.next_stage(self.selected, self.facts)

    def take_payment(self) -> None:
        if self.selected is None or self.dialog is not None:
            return
        self.counter.take_payment(self.selected.order)

    def collect(self) -> None:
        if self.selected is None or self.facts is None or self.dialog is not None:
            return
        self.counter.collect(self.selected, self.facts)

    def collect_later(self) -> None:
        if self.selected is None or self.facts is None or not self.facts.rules.pay_later or self.dialog is not None:
            return
        self.counter.collect_later(self.selected.order)

    def give_back(self) -> None:
        if self.selected is None or self.facts is None or self.dialog is not None:
            return
        if self.selected.order.money.held <= 0:
            self._say(self.tr("Nothing is held for the customer on this order"))
            return
        self.counter.give_back(self.selected.order, self.facts)

    def print_again(self) -> None:
        if self.selected is not None:
            self.counter.print_again(self.selected.order)

    def show_debts(self) -> None:
        self._show_list(MoneyKind.DEBTS)

    def show_held(self) -> None:
        self._show_list(MoneyKind.HELD)

    def _show_list(self, kind: MoneyKind) -> None:
        if self.dialog is None:
            self._open(MoneyListDialog(self.session, kind, self))

    def send_message(self) -> None:
        """The message that fits the order now: ready once completed, thanks once collected, else the intake's."""
        if self.selected is None or self.selected.order.cancelled or self.dialog is not None:
            return
        order = self.selected.order
        self._open(MessageDialog(self.session, order.id, message_for(order), self))

    def cancel_order(self) -> None:
        if self.selected is None or self.dialog is not None:
            return
        self.counter.cancel(self.selected.order)

    # --- dialogs --------------------------------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        open_one(self, dialog, back_to=self.table)
