"""The counter's orders (reached from the till with Ctrl+R where the outlet's profile takes orders): the board of the
outlet's open orders by stage, read a page at a time; finding one by its scanned ticket, its number, or the
customer's phone or name; taking a new order; moving one to its next stage; a part payment; collection (paying what
is owed, or leaving it as debt where the outlet allows); cancelling with a reason and a supervisor's approval.

Signals: `back()`. Keys: F2 find, F3 new order, F4 the board's filter, F5 next stage, F6 give back part of what is
held, F7 take a payment, F8 collect, F9 cancel the order, F10 a WhatsApp message to the customer, F11 the debt
list, F12 the deposits-held list, Page Down more rows, Esc back to the till; a galeri jahit's Ctrl+M measurement card,
Ctrl+F fitting done, Ctrl+D due dates. Every key has its button. What the
counter does with the chosen order (F5, F6, F7, F8, Ctrl+L, F9) is `counter_actions.CounterActions`; the page decides
when it may start.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.orders.workflow import stage_name
from ska_pos.services.orders.counter import CounterFacts, counter_facts
from ska_pos.services.orders.intake import OrderForm, TakenOrder, take_order
from ska_pos.services.orders.lookup import OrderPage, OrderRow, find_orders, ready_not_collected
from ska_pos.services.orders.money_lists import MoneyKind
from ska_pos.services.orders.stages import due_at_collection
from ska_pos.services.orders.state import OrderView, load_order
from ska_pos.ui import op_changes
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.orders.counter_actions import MONEY, CounterActions, Selected
from ska_pos.ui.orders.intake_dialog import IntakeDialog
from ska_pos.ui.orders.message_dialog import MessageDialog, message_for
from ska_pos.ui.orders.money_list_dialog import MoneyListDialog
from ska_pos.ui.orders.order_detail import order_detail
from ska_pos.ui.orders.orders_model import CUSTOMER, OrdersModel
from ska_pos.ui.orders.page_reading import PageReading
from ska_pos.ui.orders.tailoring_board import TailoringBoard, order_tailoring
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, named

OPEN, ALL, WAITING = "", "*all", "*waiting"  # the filter's choices besides a stage
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
        self.tailoring = TailoringBoard(session, self, self._open, self._say, self._chosen_order,
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
        self.keys: dict[tuple[Qt.Key, bool], Callable[[], object]] = {
            (Qt.Key.Key_F2, False): self.focus_search,
            (Qt.Key.Key_F3, False): self.new_order,
            (Qt.Key.Key_F4, False): self._focus_filter,
            (Qt.Key.Key_F5, False): self.next_stage,
            (Qt.Key.Key_F6, False): self.give_back,
            (Qt.Key.Key_F7, False): self.take_payment,
            (Qt.Key.Key_F8, False): self.collect,
            (Qt.Key.Key_F9, False): self.cancel_order,
            (Qt.Key.Key_F10, False): self.send_message,
            (Qt.Key.Key_F11, False): self.show_debts,
            (Qt.Key.Key_F12, False): self.show_held,
            (Qt.Key.Key_PageDown, False): self.load_more,
            (Qt.Key.Key_L, True): self.collect_later,
            (Qt.Key.Key_P, True): self.print_again,
            (Qt.Key.Key_M, True): self.tailoring.open_card,
            (Qt.Key.Key_D, True): self.tailoring.open_due_dates,
            (Qt.Key.Key_F, True): self.tailoring.open_fittings,
            (Qt.Key.Key_Escape, False): self.back.emit,
        }
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
        def button(text: str, key: str, name: str, run: object) -> QPushButton:
            label = f"{text} ({key})"
            made = big_button(label, name, label)
            made.clicked.connect(run)
            return made

        self.new_button = button(self.tr("New order"), "F3", "ordersNew", self.new_order)
        self.next_button = button(self.tr("Next stage"), "F5", "ordersNext", self.next_stage)
        self.pay_button = button(self.tr("Take a payment"), "F7", "ordersPay", self.take_payment)
        self.collect_button = button(self.tr("Collect"), "F8", "ordersCollect", self.collect)
        self.debt_button = button(self.tr("Collect, pay later"), "Ctrl+L", "ordersCollectLater", self.collect_later)
        self.debt_button.hide()
        self.cancel_button = button(self.tr("Cancel order"), "F9", "ordersCancel", self.cancel_order)
        self.give_back_button = button(self.tr("Give back"), "F6", "ordersGiveBack", self.give_back)
        self.print_button = button(self.tr("Print again"), "Ctrl+P", "ordersPrintAgain", self.print_again)
        self.message_button = button(self.tr("WhatsApp"), "F10", "ordersMessage", self.send_message)
        debts = button(self.tr("Debts"), "F11", "ordersDebts", self.show_debts)
        held = button(self.tr("Down payments held"), "F12", "ordersHeld", self.show_held)
        back = button(self.tr("Back to the till"), "Esc", "ordersBack", self.back.emit)
        rows = ButtonRows()
        rows.set_rows([
            [self.new_button, self.next_button, self.pay_button, self.collect_button],
            [self.debt_button, self.give_back_button, self.cancel_button, self.print_button],
            [self.message_button, debts, held, back],
            [self.tailoring.card_button, self.tailoring.fitted_button, self.tailoring.due_button],
        ])  # fmt: skip
        return rows

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The page's keys, from whichever of its controls has focus (they pass on what they do not use)."""
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        run = self.keys.get((Qt.Key(event.key()), control))
        if run is None:
            super().keyPressEvent(event)
            return
        run()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_filter(self) -> None:
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
        today, days = self.session.today(), self.facts.rules.ready_days

        def read(session: Session) -> OrderPage:
            if text:
                return find_orders(session, outlet_id, text)
            if choice == WAITING:
                rows = ready_not_collected(session, outlet_id, today, days)
                return OrderPage(rows, len(rows), 0)
            stage = "" if choice in (OPEN, ALL) else str(choice)
            return find_orders(session, outlet_id, stage=stage, open_only=choice == OPEN)

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
        offset = self.pages.next_offset
        stage = "" if choice in (OPEN, ALL, WAITING) else str(choice)

        def read(session: Session) -> OrderPage:
            return find_orders(session, outlet_id, text, stage=stage, open_only=choice == OPEN and not text,
                               offset=offset)  # fmt: skip

        ReadOp(self, self.session.database, read).success(
            lambda page: self.pages.place(page.rows, page.offset, page.total)
        ).run_in_background()

    def _row_chosen(self, current: QModelIndex) -> None:
        row: OrderRow | None = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self._show_selected(None)
            return
        actor, order_id = self.session.actor, row.id

        def read(session: Session) -> Selected:
            order = load_order(session, order_id)
            return Selected(order, due_at_collection(session, actor, order_id), *order_tailoring(session, order))

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
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.table.setFocus()
