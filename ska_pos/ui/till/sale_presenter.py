"""The sale as the cashier rings it up, without a widget: the cart, the line actions, payment, hold and recall.

`SalePresenter(session, dispatcher, view)` decides; `view` (a `sale_view.SaleView`) only shows and asks. Every
database touch is a `ui.ops` operation on the database worker: the outlet's facts and quick buttons are read by
`start()` and read again when a committed write changed the catalog or the settings (`operation_hub().changed`);
adds go through `CartController`, which keeps the scans' order and never shows a cart the worker did not compute.
The cart is frozen (`busy`) from the moment the payment (or a hold or recall) starts until the database answered,
so a sale is committed at most once per payment and a refusal loses nothing.

Every action of `sale_actions.SALE_ACTIONS` calls one public method here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import format_quantity, format_rupiah
from ska_pos.services import catalog, held_sales, sales
from ska_pos.services.actor import Approval
from ska_pos.services.cart import Cart
from ska_pos.services.errors import NotFound, ServiceError
from ska_pos.services.held_sales import HeldSummary
from ska_pos.services.item_search import SearchCursor
from ska_pos.services.sales import CompletedSale
from ska_pos.services.stock import queries as stock_queries
from ska_pos.ui import op_changes
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import Changes, operation_hub
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.till.cart_controller import CartController, OutletFacts, read_outlet_facts
from ska_pos.ui.till.options_flow import OptionsFlow
from ska_pos.ui.till.quick_buttons import QuickCategory, load_quick_categories
from ska_pos.ui.till.sale_not_saved import not_saved_text
from ska_pos.ui.till.sale_saving import save_paid_sale
from ska_pos.ui.till.sale_tips import bill_workers, takes_cash
from ska_pos.ui.till.sale_view import (
    AskAmount,
    AskDiscount,
    AskPayment,
    AskText,
    ChooseCustomer,
    ChooseHeld,
    ChooseWorkers,
    Paid,
    Question,
    SaleView,
    SearchRows,
)
from ska_pos.ui.till.search_pages import SearchResults, read_search_page
from ska_pos.ui.till.split_flow import SplitFlow
from ska_pos.ui.till_session import TillSession

MAX_NOTE_LENGTH = 200
PAGES = ("help", "journal", "shift", "lock", "orders")


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
        self._more_after: SearchResults | None = None  # the results shown, while a next page of them exists
        self.split = SplitFlow(self)
        self.options = OptionsFlow(self)
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
            self._failed
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

    # --- adding --------------------------------------------------------------------------------------------
    def add_code(self, text: str) -> None:
        """The add runs on the database worker; the field is free for the next scan at once."""
        try:
            self.controller.add_code(text, self._added, lambda error: self._not_added(text, error))
        except ServiceError as error:
            self.view.say(error.message, "error")
            self.view.select_search_text()
            return
        self.view.reset_search()

    def add_item(self, item_id: uuid.UUID) -> None:
        try:
            self.controller.add_item(item_id, self._added, lambda error: self._not_added("", error))
        except ServiceError as error:
            self.view.say(error.message, "error")
            return
        self.view.reset_search()

    def _added(self, index: int) -> None:
        self.view.clear_message()
        self.select_line(index)
        self.view.focus_search()  # the scanner's home; what is typed there already stays
        line = self.cart.lines[index]
        if line.modifiers_required and not line.modifiers:
            self.choose_modifiers(index, adding=True)
        elif line.is_service and not line.workers:
            self.choose_worker(index)

    def _not_added(self, text: str, error: Exception) -> None:
        if isinstance(error, NotFound) and text:
            self._search_instead(text, error)
            return
        self.view.say(error_text(error), "error")
        if text:
            self.view.give_back_code(text)

    def _search_instead(self, text: str, not_found: NotFound) -> None:
        def found(results: SearchResults) -> None:
            if len(results.rows) == 1 and results.next is None:
                self.add_item(results.rows[0][0])
            elif results.rows:
                self._show_results(results, focus=True)
            else:
                self.view.say(not_found.message, "error")
                self.view.give_back_code(text)

        self._search(text.strip(), found)

    def live_search(self, text: str) -> None:
        def found(results: SearchResults) -> None:
            if self.view.search_text().strip() == text:  # still what the cashier is typing
                self._show_results(results, focus=False)

        self._search(text, found)

    def more_results(self) -> None:
        """The next page of the results shown, below them (the cashier scrolled or arrowed to the end)."""
        shown = self._more_after
        if shown is None or self.view.search_text().strip() != shown.text:
            return
        self._more_after = None  # asked once; the answer says whether there is yet more

        def found(results: SearchResults) -> None:
            if self.view.search_text().strip() == results.text:
                self._more_after = results if results.next is not None else None
                self.view.add_results(results.rows, more=results.next is not None)

        self._search(shown.text, found, after=shown.next)

    def _show_results(self, results: SearchResults, *, focus: bool) -> None:
        self._more_after = results if results.next is not None else None
        self.view.show_results(results.rows, results.text, focus=focus, more=results.next is not None)

    def _search(self, text: str, found: Callable[[SearchResults], None], *, after: SearchCursor | None = None) -> None:
        work = read_search_page(self.session.actor.outlet_id, text, self.language, after)
        ReadOp(self.view.dialog_parent(), self.session.database, work).success(found).failure(
            self._failed
        ).run_in_background()

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
        ).failure(self._failed).run_in_background()

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
        index = self.selected_line()
        if index is None:
            return
        line = self.cart.lines[index]
        title = self.tr("Discount on {item}").format(item=line.name)

        def apply(discount: Discount | None) -> None:
            def decided(needed: bool) -> None:
                approved, given = self._approve(needed, title, "discount.over_limit")
                if approved:
                    self.attempt(lambda: self.controller.set_line_discount(index, discount, given))

            self.controller.line_discount_needs_approval(index, discount, decided)

        self.ask(AskDiscount(title, self.controller.totals().lines[index].gross, line.discount), apply)

    def sale_discount(self) -> None:
        if self.say_if_empty():
            return
        totals = self.controller.totals()
        title = self.tr("Discount on the whole sale")

        def apply(discount: Discount | None) -> None:
            def decided(needed: bool) -> None:
                approved, given = self._approve(needed, title, "discount.over_limit")
                if approved:
                    self.attempt(lambda: self.controller.set_sale_discount(discount, given))

            self.controller.sale_discount_needs_approval(discount, decided)

        base = totals.subtotal - totals.line_discount_total
        self.ask(AskDiscount(title, base, self.cart.sale_discount), apply)

    def quantity(self) -> None:
        index = self.selected_line()
        if index is None:
            return
        line = self.cart.lines[index]
        prompt = self.tr("Quantity of {item} ({unit}), for example 1,5").format(item=line.name, unit=line.unit)
        shown = format_quantity(line.quantity, self.language)
        question = AskText("quantityDialog", self.tr("Quantity"), prompt, shown, max_length=12, required=True)
        self.ask(question, lambda text: self.controller.set_quantity(index, text))

    def price(self) -> None:
        index = self.selected_line()
        if index is None:
            return
        line = self.cart.lines[index]
        prompt = self.tr("New unit price of {item} (list price {price})").format(
            item=line.name, price=format_rupiah(line.list_price, self.language)
        )

        def apply(price: int) -> None:
            what = self.tr("Price of {item}: {old} → {new}").format(
                item=line.name,
                old=format_rupiah(line.list_price, self.language),
                new=format_rupiah(price, self.language),
            )
            approved, given = self._approve(price != line.list_price, what, "price.override")
            if approved:
                self.controller.set_price(index, price, given)

        self.ask(AskAmount("priceDialog", self.tr("Change the price"), prompt, line.unit_price), apply)

    def note(self) -> None:
        index = self.selected_line()
        if index is None:
            return
        line = self.cart.lines[index]
        prompt = self.tr("Note for the kitchen on {item}, for example: less sugar").format(item=line.name)
        question = AskText("noteDialog", self.tr("Kitchen note"), prompt, line.note, max_length=MAX_NOTE_LENGTH)
        self.ask(question, lambda text: self.controller.set_note(index, text))

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

    def _approve(self, needed: bool, what: str, action: str) -> tuple[bool, Approval | None]:
        """(go ahead, approval): no approval needed, or a supervisor approved that one action; False when cancelled."""
        if not needed:
            return True, None
        given = self.view.ask_approval(what, action)
        if given is None:
            self.view.say(self.tr("Not changed: a supervisor did not approve"), "error")
            return False, None
        return True, given

    def ask(
        self, question: Question, answer: Callable[[Any], None], cancelled: Callable[[], None] | None = None
    ) -> None:
        """Ask through the view; the answer is acted on as a cashier's action (a refusal is said, not raised)."""
        self.view.ask(question, lambda value: self.attempt(lambda: answer(value)), cancelled)

    # --- paying ------------------------------------------------------------------------------------------------
    def pay(self) -> None:
        if self.busy or self._adding() or self.say_if_empty():
            return
        if self.options.ask_unchosen():
            return
        missing = next((i for i, line in enumerate(self.cart.lines) if line.is_service and not line.workers), None)
        if missing is not None:
            self.select_line(missing)
            self.view.say(
                self.tr("Choose the worker of {item} first").format(item=self.cart.lines[missing].name), "error"
            )
            self.choose_worker(missing)
            return
        facts = self.controller.outlet
        self.busy = True
        question = AskPayment(
            self.controller.totals().total, facts.qris_payload, facts.cash_rounding_unit, bill_workers(self.cart)
        )
        self.ask(question, self.commit, self._payment_cancelled)
        self._warn_of_shortfalls()

    def _warn_of_shortfalls(self) -> None:
        """Beside the payment, never in its way: tracked items the cart wants more of than the outlet has. Where the
        outlet refuses a sale below zero, saving it then says so and keeps the cart."""
        wanted: dict[uuid.UUID, Decimal] = {}
        for line in self.cart.lines:
            if not line.is_service:
                wanted[line.item_id] = wanted.get(line.item_id, Decimal(0)) + line.quantity
        outlet_id = self.session.actor.outlet_id

        def read(session: Session) -> list[stock_queries.Shortfall]:
            return stock_queries.shortfalls(session, outlet_id, wanted)

        def warn(found: list[stock_queries.Shortfall]) -> None:
            if found and self.cart.lines:  # once the sale is saved, the bar says that instead
                self.view.say(" ".join(shortfall.message() for shortfall in found), "error")

        ReadOp(self.view.dialog_parent(), self.session.database, read).success(warn).failure(
            lambda _error: None
        ).run_in_background()

    def split_bill(self) -> None:
        """The split view: the bill paid in parts by items, each its own sale (ui/till/split_flow.py)."""
        if not self._adding():
            self.split.start()

    def _adding(self) -> bool:
        """An add still on its way: paying or holding now would leave it out."""
        if self.pending:
            self.view.say(self.tr("Wait a moment: the last item is still being added"), "error")
        return bool(self.pending)

    def _payment_cancelled(self) -> None:
        self.busy = False

    def commit(self, paid: Paid) -> None:
        self.busy = True
        cart, cash = self.controller.snapshot(), takes_cash(paid)
        save_paid_sale(
            self, lambda session, actor: sales.complete_sale(session, actor, cart, paid.tenders, open_drawer=cash),
            tip=paid.tip, cash=cash, progress=self.tr("Saving the sale…"),
            saved=lambda done: self._committed(done, cash=cash), refused=self._refused,
        )  # fmt: skip

    def _committed(self, sale: CompletedSale, *, cash: bool) -> None:
        self.busy = False
        self.last_sale = sale
        self.controller.clear()
        self.view.show_completed(sale)
        self.dispatcher.after_sale(sale.sale_id, open_drawer=cash, parent=self.view.dialog_parent())

    def _refused(self, error: Exception) -> None:
        self.busy = False
        self.view.say(not_saved_text(error), "error")
        self.view.focus_search()

    # --- holding and recalling -----------------------------------------------------------------------------------
    def hold(self) -> None:
        if self.busy or self._adding() or self.say_if_empty():
            return
        question = AskText(
            "holdDialog",
            self.tr("Hold this sale"),
            self.tr("A name to find it again (optional), for example the customer or the table"),
            self.cart.table_no,
            max_length=held_sales.MAX_LABEL_LENGTH,
        )
        self.ask(question, self._hold)

    def _hold(self, label: str) -> None:
        self.busy = True
        cart, actor = self.controller.snapshot(), self.session.actor
        WriteOp(
            self.view.dialog_parent(), self.session.database,
            lambda session: held_sales.hold(session, actor, cart, label), {op_changes.CART},
        ).success(lambda _held_id: self._held(label)).failure(self._failed).run_in_background()  # fmt: skip

    def _held(self, label: str) -> None:
        self.busy = False
        self.controller.clear()
        shown = label or self.tr("without a name")
        self.view.say(self.tr("Sale held ({label}). Press F9 to bring it back.").format(label=shown))
        self.view.focus_search()

    def recall(self) -> None:
        if self.busy:
            return
        if not self.cart.is_empty():
            self.view.say(self.tr("Pay or hold (F8) this sale before recalling another"), "error")
            return
        till_id = self.session.actor.till_id
        self.busy = True
        ReadOp(self.view.dialog_parent(), self.session.database, lambda s: held_sales.list_held(s, till_id)).success(
            self._choose_held
        ).failure(self._failed).run_in_background()

    def _choose_held(self, held: list[HeldSummary]) -> None:
        self.busy = False
        if not held:
            self.view.say(self.tr("There are no held sales at this till"))
            return
        self.ask(ChooseHeld([(summary.held_id, self._describe(summary)) for summary in held]), self._recall)

    def _describe(self, summary: HeldSummary) -> str:
        total = format_rupiah(summary.cart.priced(self.controller.outlet.tax).total, self.language)
        names = ", ".join(line.name for line in summary.cart.lines[:3])
        more = "…" if len(summary.cart.lines) > 3 else ""
        when = summary.created_at.astimezone(ZoneInfo(self.session.outlet_timezone)).strftime("%H:%M")
        label = summary.label or self.tr("(no name)")
        return f"{label} · {total} · {when} · {summary.held_by}\n{names}{more}"

    def _recall(self, held_id: uuid.UUID | None) -> None:
        if held_id is None:
            return
        self.busy = True
        actor = self.session.actor
        WriteOp(
            self.view.dialog_parent(), self.session.database,
            lambda session: held_sales.recall(session, actor, held_id), {op_changes.CART},
        ).success(self._recalled).failure(self._failed).run_in_background()  # fmt: skip

    def _recalled(self, cart: Cart) -> None:
        self.busy = False
        self.controller.load(cart)
        self.select_line(len(cart.lines) - 1)
        self.view.say(self.tr("Held sale brought back"))
        self.view.focus_search()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.view.say(error_text(error), "error")
        self.view.focus_search()

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
