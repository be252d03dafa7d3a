"""The sale as the cashier rings it up, without a widget: the cart, the selected line, the outlet's facts, and the
receipt's news; each of the cashier's flows has its own module beside it, owned by the presenter.

`SalePresenter(session, dispatcher, view)` decides; `view` (a `sale_view.SaleView`) only shows and asks. Every
database touch is a `ui.ops` operation on the database worker: the outlet's facts and quick buttons are read by
`start()` and read again when a committed write changed the catalog or the settings (`operation_hub().changed`);
adds go through `CartController`, which keeps the scans' order and never shows a cart the worker did not compute.
The cart is frozen (`busy`) from the moment the payment (or a hold or recall) starts until the database answered,
so a sale is committed at most once per payment and a refusal loses nothing.

The flows: adding by scan or search (`add_flow`), changing a line or the sale (`edit_flow`), a line's options
(`options_flow`), paying (`pay_flow`), paying in parts (`split_flow`), holding and recalling (`hold_flow`). Each
calls back only the public methods and attributes here. Every action of `sale_actions.SALE_ACTIONS` calls one public
method here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from ska_pos.services import catalog
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ServiceError
from ska_pos.services.sales import CompletedSale
from ska_pos.ui import op_changes
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import Changes, operation_hub
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.till.add_flow import AddFlow
from ska_pos.ui.till.cart_controller import CartController, OutletFacts, read_outlet_facts
from ska_pos.ui.till.edit_flow import EditFlow
from ska_pos.ui.till.hold_flow import HoldFlow
from ska_pos.ui.till.options_flow import OptionsFlow
from ska_pos.ui.till.pay_flow import PayFlow
from ska_pos.ui.till.quick_buttons import QuickCategory, load_quick_categories
from ska_pos.ui.till.sale_view import (
    ChooseCustomer,
    ChooseWorkers,
    Paid,
    Question,
    SaleView,
    SearchRows,
)
from ska_pos.ui.till.split_flow import SplitFlow
from ska_pos.ui.till_session import TillSession

PAGES = ("help", "journal", "shift", "lock", "orders", "packages", "salon")


@dataclass(frozen=True)
class OutletStart:
    facts: OutletFacts
    categories: list[QuickCategory]


class SalePresenter(QObject):
    def __init__(
        self, session: TillSession, dispatcher: ReceiptDispatcher, view: SaleView, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.dispatcher, self.view = session, dispatcher, view
        self.language = session.language
        self.controller = CartController(session.database, session.actor, session.profile, view.dialog_parent(), self)
        self.last_sale: CompletedSale | None = None
        self.selected = 0
        self.ready = False  # the outlet's facts have been read
        self.adding = AddFlow(self)
        self.edits = EditFlow(self)
        self.options = OptionsFlow(self)
        self.paying = PayFlow(self)
        self.split = SplitFlow(self)
        self.holding = HoldFlow(self)
        self.controller.changed.connect(self._cart_changed)
        self.controller.refused.connect(lambda error: self.view.say(error_text(error), "error"))
        dispatcher.printed.connect(self._receipt_made)
        dispatcher.failed.connect(self._receipt_failed)
        dispatcher.kitchen_failed.connect(self._kitchen_failed)
        operation_hub().changed.connect(self._database_changed)

    # --- what the screen reads -------------------------------------------------------------------------------
    @property
    def cart(self) -> Cart:
        return self.controller.cart

    @property
    def pending(self) -> int:
        """Adds started and not yet answered by the database worker."""
        return self.controller.pending

    @property
    def busy(self) -> bool:
        """From the payment dialog (or a hold or recall) until the database answered; the cart is frozen."""
        return self.controller.frozen

    @busy.setter
    def busy(self, value: bool) -> None:
        self.controller.frozen = value

    # --- the outlet ------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the outlet's facts and quick buttons, then show the (empty) cart."""
        self.view.show_cart(self.cart, self.controller.totals())
        self._read_outlet()

    def stop(self) -> None:
        """Stop listening to the database's changes (a presenter without a parent; the screen's goes with it)."""
        operation_hub().changed.disconnect(self._database_changed)

    def _read_outlet(self) -> None:
        outlet_id = self.session.actor.outlet_id

        def read(session: Session) -> OutletStart:
            return OutletStart(read_outlet_facts(session, outlet_id), load_quick_categories(session, outlet_id))

        ReadOp(self.view.dialog_parent(), self.session.database, read).success(self._outlet_read).failure(
            self.failed
        ).run_in_background()

    def _outlet_read(self, start: OutletStart) -> None:
        self.controller.outlet = start.facts
        self.ready = True
        self.view.show_outlet(start.facts.tax, start.categories)
        self._cart_changed()

    def _database_changed(self, changes: Changes) -> None:
        if changes.touches(op_changes.CATALOG, op_changes.SETTINGS):
            self._read_outlet()  # prices, tax or quick buttons may have changed: show what the database holds

    # --- running an action -----------------------------------------------------------------------------------
    def attempt(self, run: Callable[[], object]) -> None:
        """Run a cashier's action; a refusal becomes a plain message and changes nothing."""
        try:
            run()
        except ServiceError as error:
            self.view.say(error.message, "error")

    def sale_saved(self, sale: CompletedSale, *, cash: bool) -> None:
        """A sale (whole or the last part of a split) is committed: the cart empties, the receipt and drawer follow."""
        self.busy = False
        self.last_sale = sale
        self.controller.clear()
        self.view.show_completed(sale)
        self.dispatcher.after_sale(sale.sale_id, open_drawer=cash, parent=self.view.dialog_parent())

    def failed(self, error: Exception) -> None:
        """A database read or write failed: the cart thaws, the reason is said, the scanner's field has the focus."""
        self.busy = False
        self.view.say(error_text(error), "error")
        self.view.focus_search()

    def show_page(self, page: str) -> None:
        assert page in PAGES, page
        self.view.request_page(page)

    def focus_search(self) -> None:
        self.view.focus_search()

    def focus_table_no(self) -> None:
        self.view.focus_table_no()

    def clear_search(self) -> None:
        """Esc in the search field: the message and the search go, the quick buttons come back."""
        self.view.clear_message()
        self.view.reset_search()

    # --- adding (ui/till/add_flow.py) ----------------------------------------------------------------------
    def add_code(self, text: str) -> None:
        self.adding.add_code(text)

    def add_item(self, item_id: uuid.UUID) -> None:
        self.adding.add_item(item_id)

    def live_search(self, text: str) -> None:
        self.adding.live_search(text)

    def more_results(self) -> None:
        self.adding.more_results()

    # --- the selected line ---------------------------------------------------------------------------------
    def selected_line(self) -> int | None:
        if self.say_if_empty():
            return None
        return min(self.selected, len(self.cart.lines) - 1)

    def select_line(self, index: int) -> None:
        self.selected = max(index, 0)
        self.view.show_selection(index)

    def line_selected(self, row: int) -> None:
        """The cashier selected a row of the cart (by touch or arrows in the table)."""
        self.selected = row

    def move_selection(self, step: int) -> None:
        if self.cart.lines:
            current = self.selected_line() or 0
            self.select_line(max(0, min(current + step, len(self.cart.lines) - 1)))

    def say_if_empty(self) -> bool:
        if self.cart.is_empty():
            self.view.say(self.tr("The cart is empty: scan or choose an item first"), "error")
            return True
        return False

    def step_quantity(self, step: int) -> None:
        index = self.selected_line()
        if index is not None:
            self.controller.step_quantity(index, step)
            self.select_line(index)

    def remove_line(self) -> None:
        index = self.selected_line()
        if index is not None:
            self.controller.remove(index)
            self.select_line(min(index, len(self.cart.lines) - 1))

    # --- changing a line or the sale -------------------------------------------------------------------------
    def choose_worker(self, index: int | None = None) -> None:
        index = self.selected_line() if index is None else index
        if index is None:
            return
        outlet_id = self.cart.outlet_id

        def read(session: Session) -> SearchRows:
            return [(w.id, w.display_name) for w in catalog.workers_of(session, outlet_id)]

        ReadOp(self.view.dialog_parent(), self.session.database, read).success(
            lambda workers: self._choose_worker(index, workers)
        ).failure(self.failed).run_in_background()

    def _choose_worker(self, index: int, workers: SearchRows) -> None:
        if index >= len(self.cart.lines):
            return  # the line went while the workers were read
        line = self.cart.lines[index]
        self.ask(
            ChooseWorkers(workers, line.workers, line.name), lambda credits: self.controller.set_workers(index, credits)
        )

    def choose_modifiers(self, index: int | None = None, *, adding: bool = False) -> None:
        """The line's options (ui/till/options_flow.py)."""
        self.options.choose(index, adding=adding)

    def line_discount(self) -> None:
        self.edits.line_discount()  # changing a line or the sale: ui/till/edit_flow.py

    def sale_discount(self) -> None:
        self.edits.sale_discount()

    def quantity(self) -> None:
        self.edits.quantity()

    def price(self) -> None:
        self.edits.price()

    def note(self) -> None:
        self.edits.note()

    def customer(self) -> None:
        """Find (or quickly add) the customer and attach them to the sale; the receipt shows their name."""
        if self.busy:
            return
        question = ChooseCustomer(self.cart.customer_id, self.cart.customer_name)
        self.ask(question, lambda choice: self.controller.set_customer(choice.id, choice.name))

    def set_order(self, order_type: str, table_no: str) -> None:
        """Dine in or takeaway and the table number, as the cashier set them on the order bar."""
        self.attempt(lambda: self.controller.set_order(order_type, table_no))

    def toggle_order_type(self) -> None:
        takeaway = self.cart.order_type != "takeaway"
        self.controller.set_order("takeaway" if takeaway else "dine_in", self.cart.table_no)

    def ask(
        self, question: Question, answer: Callable[[Any], None], cancelled: Callable[[], None] | None = None
    ) -> None:
        """Ask through the view; the answer is acted on as a cashier's action (a refusal is said, not raised)."""
        self.view.ask(question, lambda value: self.attempt(lambda: answer(value)), cancelled)

    # --- paying ------------------------------------------------------------------------------------------------
    def pay(self) -> None:
        self.paying.pay()  # ui/till/pay_flow.py

    def commit(self, paid: Paid) -> None:
        self.paying.commit(paid)

    def split_bill(self) -> None:
        """The split view: the bill paid in parts by items, each its own sale (ui/till/split_flow.py)."""
        if not self.still_adding():
            self.split.start()

    def still_adding(self) -> bool:
        """An add still on its way: paying or holding now would leave it out."""
        if self.pending:
            self.view.say(self.tr("Wait a moment: the last item is still being added"), "error")
        return bool(self.pending)

    # --- holding and recalling (ui/till/hold_flow.py) ----------------------------------------------------------
    def hold(self) -> None:
        self.holding.hold()

    def recall(self) -> None:
        self.holding.recall()

    # --- what the screen shows after a change --------------------------------------------------------------------
    def _cart_changed(self) -> None:
        self.view.show_cart(self.cart, self.controller.totals())
        self.view.show_selection(min(self.selected, len(self.cart.lines) - 1))

    def preview(self) -> None:
        parent = self.view.dialog_parent()
        if self.last_sale is not None and parent is not None:
            self.dispatcher.preview(parent, self.last_sale.sale_id)  # read and rendered on the database thread

    def _receipt_made(self, receipt_no: str, _where: str) -> None:
        if self.last_sale is not None and self.last_sale.receipt_no == receipt_no:
            self.view.show_receipt_status(self.tr("Receipt made."), problem=False)

    def _receipt_failed(self, _sale: str, message: str) -> None:
        self.view.show_receipt_status(
            self.tr("The sale is saved, but the receipt failed: {message}. Reprint it from the journal (F3).").format(
                message=message
            ),
            problem=True,
        )

    def _kitchen_failed(self, _receipt_no: str, message: str) -> None:
        self.view.say(self.tr("The kitchen ticket did not print: {message}").format(message=message), "error")
