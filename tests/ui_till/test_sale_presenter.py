"""The sale presenter without a window: a plain recording view stands in for the screen and answers its questions.

Only the presenter's interface to the screen (`SaleView`) is replaced; the database, the services, the operations
on the database worker and the receipt dispatcher are the real ones.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from modifier_menu import add_drink_modifiers
from printing.tcp_printer import closed_port
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shop import PINS, Shop, act_as
from sqlalchemy import select

from ska_pos.db.models import Category, HeldSale, JournalEntry, Sale
from ska_pos.domain.discounts import Discount
from ska_pos.domain.pricing import SaleTotals, TaxSettings
from ska_pos.domain.settlement import Tender
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services import auth, cart_ops, held_sales
from ska_pos.services.actor import Approval
from ska_pos.services.cart import Cart
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.services.printer_settings import TillPrinters, save_printers
from ska_pos.services.sales import CompletedSale
from ska_pos.ui import ops
from ska_pos.ui.op_changes import CATALOG
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.till.quick_buttons import QuickCategory
from ska_pos.ui.till.sale_presenter import SalePresenter
from ska_pos.ui.till.sale_view import (
    AskDiscount,
    AskPayment,
    AskText,
    ChooseHeld,
    ChooseModifiers,
    Paid,
    Question,
    SaleView,
    SearchRows,
)
from ska_pos.ui.till_session import TillSession


class RecordingView:
    """Remembers what it was told; answers each question with the next of `answers` (a function of the question)."""

    def __init__(self) -> None:
        self.outlets: list[list[QuickCategory]] = []
        self.carts: list[tuple[Cart, SaleTotals]] = []
        self.messages: list[tuple[str, str]] = []
        self.questions: list[Question] = []
        self.answers: list[Callable[[Question], Any]] = []
        self.approval: Approval | None = None  # what the supervisor's PIN gave (None: nobody approved)
        self.given_back: list[str] = []
        self.completed: list[CompletedSale] = []
        self.pages: list[str] = []
        self.typed = ""
        self.results: list[tuple[SearchRows, bool]] = []  # each page shown: its rows, and whether more follow

    def dialog_parent(self) -> QWidget | None:
        return None

    def show_outlet(self, tax: TaxSettings, categories: list[QuickCategory]) -> None:
        self.outlets.append(categories)

    def show_cart(self, cart: Cart, totals: SaleTotals) -> None:
        self.carts.append((cart, totals))

    def show_selection(self, index: int) -> None:
        pass

    def say(self, text: str, kind: str = "info") -> None:
        self.messages.append((kind, text))

    def clear_message(self) -> None:
        pass

    def search_text(self) -> str:
        return self.typed

    def reset_search(self) -> None:
        self.typed = ""
        self.results: list[tuple[SearchRows, bool]] = []  # each page shown: its rows, and whether more follow

    def select_search_text(self) -> None:
        pass

    def give_back_code(self, text: str) -> None:
        self.given_back.append(text)

    def show_results(self, rows: SearchRows, text: str, *, focus: bool, more: bool = False) -> None:
        self.results = [(rows, more)]

    def add_results(self, rows: SearchRows, *, more: bool) -> None:
        self.results.append((rows, more))

    def focus_search(self) -> None:
        pass

    def focus_table_no(self) -> None:
        pass

    def show_completed(self, sale: CompletedSale) -> None:
        self.completed.append(sale)

    def show_receipt_status(self, text: str, *, problem: bool) -> None:
        pass

    def request_page(self, page: str) -> None:
        self.pages.append(page)

    def ask(
        self, question: Question, answer: Callable[[Any], None], cancelled: Callable[[], None] | None = None
    ) -> None:
        self.questions.append(question)
        reply = self.answers.pop(0)(question)
        if reply is CANCEL:
            assert cancelled is not None
            cancelled()
        else:
            answer(reply)

    def ask_approval(self, what: str, action: str) -> Approval | None:
        self.messages.append(("approval", what))
        return self.approval


CANCEL = object()


@pytest.fixture
def view() -> RecordingView:
    return RecordingView()


@pytest.fixture
def presenter(shop: Shop, qtbot: QtBot, view: RecordingView) -> Iterator[SalePresenter]:
    with shop.db.reading() as s:
        profile = profile_of(s, shop.cashier.outlet_id)
    session = TillSession(shop.db, shop.cashier, "kasir", "Rina Kasir", "KFE", "Kafe Budi Luhur", profile, "T1", "id")
    dispatcher = ReceiptDispatcher(shop.db, shop.cashier.till_id)
    typed: SaleView = view  # the recording view is all the presenter gets
    presenter = SalePresenter(session, dispatcher, typed)
    presenter.start()
    qtbot.waitUntil(lambda: presenter.ready, timeout=10_000)
    yield presenter
    presenter.stop()
    dispatcher.close()


def _settle(qtbot: QtBot, presenter: SalePresenter) -> None:
    qtbot.waitUntil(lambda: presenter.pending == 0 and not ops._running, timeout=10_000)


def test_the_outlets_quick_buttons_and_an_empty_cart_are_shown_once_read(
    presenter: SalePresenter, view: RecordingView
) -> None:
    assert not isinstance(view, QWidget)
    assert [category.name for category in view.outlets[0]] == ["Camilan", "Minuman"]
    cart, totals = view.carts[-1]
    assert cart.is_empty()
    assert totals.total == 0


def test_paying_for_more_than_the_outlet_has_warns_beside_the_payment(
    qtbot: QtBot, presenter: SalePresenter, view: RecordingView
) -> None:
    presenter.add_code("2*8990003")  # keripik's stock is tracked, and none has been received
    presenter.add_code("8990001")  # es teh's is not: no word about it
    _settle(qtbot, presenter)
    view.answers.append(lambda question: CANCEL)
    presenter.pay()
    assert isinstance(view.questions[-1], AskPayment)  # the payment is asked at once, the stock read beside it
    warning = ("error", "Stok Keripik Singkong tinggal 0, penjualan ini meminta 2")
    qtbot.waitUntil(lambda: warning in view.messages, timeout=10_000)


def test_a_sale_is_rung_up_and_paid_without_a_window(
    qtbot: QtBot, presenter: SalePresenter, view: RecordingView, shop: Shop
) -> None:
    presenter.add_code("2*8990001")
    presenter.add_code("8990003")
    _settle(qtbot, presenter)
    assert [(line.sku, line.quantity) for line in presenter.cart.lines] == [("ESTEH", 2), ("KRPK", 1)]
    shown, totals = view.carts[-1]
    assert shown.lines == presenter.cart.lines
    view.answers.append(lambda question: Paid([Tender("cash", 50_000)]))
    presenter.pay()
    assert isinstance(view.questions[-1], AskPayment)
    assert view.questions[-1].total == totals.total
    qtbot.waitUntil(lambda: presenter.last_sale is not None and not presenter.busy, timeout=10_000)
    assert view.completed == [presenter.last_sale]
    assert presenter.cart.is_empty()
    with shop.db.reading() as s:
        assert s.query(Sale).count() == 1


def test_a_cash_sale_says_in_its_one_journal_entry_that_the_drawer_opened(
    qtbot: QtBot, presenter: SalePresenter, view: RecordingView, shop: Shop
) -> None:
    with shop.db.transaction() as s:  # a receipt printer that opens the drawer (nothing listens: it stays queued)
        printers = TillPrinters(PrinterSettings("network", f"127.0.0.1:{closed_port()}"), PrinterSettings("none"))
        save_printers(s, act_as(shop, "supervisor"), shop.cashier.till_id, printers)
    presenter.add_code("8990001")
    _settle(qtbot, presenter)
    view.answers.append(lambda question: Paid([Tender("cash", 50_000)]))
    presenter.pay()
    qtbot.waitUntil(lambda: presenter.last_sale is not None and not presenter.busy, timeout=10_000)
    assert presenter.last_sale is not None
    with shop.db.reading() as s:
        entries = s.execute(select(JournalEntry.type, JournalEntry.payload)
                            .where(JournalEntry.type.in_(("sale", "drawer_open")))).all()  # fmt: skip
    assert [(type_, json.loads(payload).get("drawer_opened")) for type_, payload in entries] == [("sale", True)]


def test_a_cancelled_payment_leaves_the_cart_as_it_was(
    qtbot: QtBot, presenter: SalePresenter, view: RecordingView
) -> None:
    presenter.add_code("8990001")
    _settle(qtbot, presenter)
    view.answers.append(lambda question: CANCEL)
    presenter.pay()
    assert not presenter.busy
    assert [line.sku for line in presenter.cart.lines] == ["ESTEH"]


def test_an_unknown_code_is_said_and_given_back(qtbot: QtBot, presenter: SalePresenter, view: RecordingView) -> None:
    presenter.add_code("0000000")
    _settle(qtbot, presenter)
    assert presenter.cart.is_empty()
    assert view.messages[-1][0] == "error"
    assert view.given_back == ["0000000"]


def test_a_discount_a_supervisor_refuses_changes_nothing(
    qtbot: QtBot, presenter: SalePresenter, view: RecordingView, shop: Shop
) -> None:
    presenter.add_code("8990002")
    _settle(qtbot, presenter)
    view.answers.append(lambda question: Discount.percent(2500))  # past the outlet's 10% limit
    presenter.line_discount()
    assert isinstance(view.questions[-1], AskDiscount)
    _settle(qtbot, presenter)
    assert view.messages[-2][0] == "approval"
    assert presenter.cart.lines[0].discount is None
    with shop.db.transaction() as s:  # the supervisor types their PIN for this one action
        view.approval = auth.approve(s, "spv", PINS["spv"], "discount.over_limit").approval
    view.answers.append(lambda question: Discount.percent(2500))
    presenter.line_discount()
    _settle(qtbot, presenter)
    line = presenter.cart.lines[0]
    assert (line.discount, line.discount_approved_by) == (Discount.percent(2500), shop.supervisor.id)


def test_a_held_sale_is_recalled(qtbot: QtBot, presenter: SalePresenter, view: RecordingView, shop: Shop) -> None:
    presenter.add_code("8990001")
    _settle(qtbot, presenter)
    held = presenter.controller.snapshot()
    view.answers.append(lambda question: "Meja 2")
    presenter.hold()
    assert isinstance(view.questions[-1], AskText)
    qtbot.waitUntil(lambda: presenter.cart.is_empty() and not presenter.busy, timeout=10_000)
    with shop.db.reading() as s:
        assert s.query(HeldSale).count() == 1

    def first(question: Question) -> uuid.UUID | None:
        assert isinstance(question, ChooseHeld)
        assert question.rows[0][1].startswith("Meja 2")
        return question.rows[0][0]

    view.answers.append(first)
    presenter.recall()
    qtbot.waitUntil(lambda: not presenter.cart.is_empty() and not presenter.busy, timeout=10_000)
    assert presenter.cart == held


def test_the_page_actions_go_to_the_view(presenter: SalePresenter, view: RecordingView) -> None:
    for page in ("help", "journal", "shift", "lock"):
        presenter.show_page(page)
    assert view.pages == ["help", "journal", "shift", "lock"]


def test_a_committed_catalog_change_is_shown_without_reloading_by_hand(
    qtbot: QtBot, presenter: SalePresenter, view: RecordingView, shop: Shop
) -> None:
    def rename(session: Any) -> None:
        category = session.get(Category, shop.drinks.id)
        category.name = "Minuman Dingin"

    WriteOp(None, shop.db, rename, {CATALOG}).run_in_background()
    qtbot.waitUntil(lambda: len(view.outlets) == 2, timeout=10_000)
    assert [category.name for category in view.outlets[-1]] == ["Camilan", "Minuman Dingin"]


def _options_named(*names: str) -> Callable[[Question], Any]:
    def answer(question: Question) -> list[uuid.UUID]:
        assert isinstance(question, ChooseModifiers)
        return [option.id for group in question.groups for option in group.options if option.name in names]

    return answer


def test_an_item_with_required_options_asks_for_them_as_it_is_added(
    qtbot: QtBot, presenter: SalePresenter, view: RecordingView, shop: Shop
) -> None:
    add_drink_modifiers(shop)
    view.answers.append(_options_named("Less sugar", "Large"))
    presenter.add_code("8990001")
    _settle(qtbot, presenter)
    question = view.questions[-1]
    assert isinstance(question, ChooseModifiers)
    assert [group.name for group in question.groups] == ["Gula", "Ukuran"]
    assert [m.option_name for m in presenter.cart.lines[0].modifiers] == ["Less sugar", "Large"]
    assert view.carts[-1][1].subtotal == 10_000
    view.answers.append(lambda _question: CANCEL)
    presenter.add_code("8990001")  # a second tea, whose options are not chosen after all
    _settle(qtbot, presenter)
    assert len(presenter.cart.lines) == 1


def test_a_recalled_drink_without_its_options_is_asked_for_them_before_payment(
    qtbot: QtBot, presenter: SalePresenter, view: RecordingView, shop: Shop
) -> None:
    add_drink_modifiers(shop)
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id, order_type="dine_in")
        cart_ops.add_by_code(s, cart, "8990001")
        held_sales.hold(s, shop.cashier, cart, "Meja 2")
    view.answers.append(lambda question: question.rows[0][0])  # type: ignore[union-attr]
    presenter.recall()
    qtbot.waitUntil(lambda: not presenter.cart.is_empty() and not presenter.busy, timeout=10_000)
    view.answers.append(_options_named("No sugar", "Regular"))
    presenter.pay()
    _settle(qtbot, presenter)
    assert isinstance(view.questions[-1], ChooseModifiers)
    assert ("error", "Choose the options of Es Teh Manis first") in view.messages
    assert [m.option_name for m in presenter.cart.lines[0].modifiers] == ["No sugar", "Regular"]
