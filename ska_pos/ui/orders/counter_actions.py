"""What the counter does with the chosen order, for the orders page (`orders_page.py`): moving it to its next stage
(naming the worker where the stage records one), a part payment, giving back part of what is held, collection
(paying what is owed, or leaving it as debt where the outlet allows), cancelling with a reason and a supervisor's
approval.

A QObject of its own because `self.tr` takes its translation context from the class it is called in: these texts
are filed under "CounterActions" in the catalog, and under any other class they would fall back to English.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.orders.money import OrderMoney
from ska_pos.domain.orders.workflow import stage_name
from ska_pos.domain.settlement import Tender, settle
from ska_pos.services.actor import Approval
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.counter import CounterFacts
from ska_pos.services.orders.fittings import FittingView
from ska_pos.services.orders.measurements import MeasurementView
from ska_pos.services.orders.payments import pay_order, refund_order
from ska_pos.services.orders.stages import collect_order, move_order
from ska_pos.services.orders.state import OrderView, load_order
from ska_pos.ui import op_changes
from ska_pos.ui.journal.reason_dialog import ReasonDialog
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.orders.give_back_dialog import GiveBackDialog
from ska_pos.ui.orders.money_dialog import OrderMoneyDialog
from ska_pos.ui.orders.stage_dialog import StageWorkerDialog
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.session.approval_flow import run_with_approval
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till_session import TillSession

MONEY = frozenset({op_changes.ORDERS, op_changes.SHIFT})
COMPLETION = frozenset({op_changes.ORDERS, op_changes.SHIFT, op_changes.SALES, op_changes.EARNINGS})


@dataclass(frozen=True)
class Selected:
    order: OrderView
    due: int  # what collecting it now asks for
    measured: tuple[MeasurementView, ...] = ()  # a tailoring order's measurements, as taken
    fittings: tuple[FittingView, ...] = ()


@dataclass(frozen=True)
class Collected:
    order_no: str
    sale_id: uuid.UUID | None
    debt: int
    cash: bool


class CounterActions(QObject):
    """Owned by the page, which decides when an action may start (an order chosen, no dialog open). The dialogs,
    operations and printing hang off `page`; a dialog is opened through `open_dialog` (the page keeps one at a time)
    and what was done is told through `say`."""

    def __init__(
        self,
        session: TillSession,
        dispatcher: ReceiptDispatcher,
        page: QWidget,
        open_dialog: Callable[[QWidget], None],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(page)
        self.session, self.dispatcher, self.page = session, dispatcher, page
        self.language = session.language
        self._open, self._say = open_dialog, say

    def print_again(self, order: OrderView) -> None:
        """The order's ticket, and a laundry's tags for as many bags as it was taken in with, printed again."""
        self.dispatcher.print_order_ticket(order.id, self.language, parent=self.page)
        if order.bags:
            self.dispatcher.print_bag_tags(order.id, order.bags, self.language, parent=self.page)
        self._say(self.tr("Order {number}: its ticket printed again").format(number=order.order_no))

    # --- stages ---------------------------------------------------------------------------------------------------
    def next_stage(self, selected: Selected, facts: CounterFacts) -> None:
        order = selected.order
        following = facts.next_stage(order.stage)
        if following is None or order.cancelled:
            return
        if following.code == order.workflow.collected_at:
            self.collect(selected, facts)
            return
        if following.names_a_worker and facts.workers:
            dialog = StageWorkerDialog(stage_name(following), facts.workers, self.page)
            dialog.accepted.connect(lambda: self._move(order.id, following.code, dialog.worker_id()))
            self._open(dialog)
        else:
            self._move(order.id, following.code, None)

    def _move(self, order_id: uuid.UUID, stage: str, worker_id: uuid.UUID | None) -> None:
        actor = self.session.actor

        def work(session: Session) -> str:
            moved = move_order(session, actor, order_id, stage, worker_id=worker_id)
            return load_order(session, order_id).stage_name if moved else ""

        WriteOp(self.page, self.session.database, work, COMPLETION).success(
            lambda name: self._say(self.tr("Moved to: {stage}").format(stage=name))
        ).run_in_background()

    # --- money ----------------------------------------------------------------------------------------------------
    def take_payment(self, order: OrderView) -> None:
        what = self.tr("Order {number}: a down payment or part payment").format(number=order.order_no)
        dialog = OrderMoneyDialog(self.language, self.tr("Take a payment"), what, self.page)
        dialog.accepted.connect(lambda: self._pay(order.id, dialog.tender()))
        self._open(dialog)

    def _pay(self, order_id: uuid.UUID, tender: Tender) -> None:
        actor = self.session.actor
        WriteOp(self.page, self.session.database, lambda s: pay_order(s, actor, order_id, tender), MONEY).success(
            lambda _money: self._say(
                self.tr("Payment of {amount} taken").format(amount=format_rupiah(tender.amount, self.language))
            )
        ).run_in_background()

    def collect(self, selected: Selected, facts: CounterFacts) -> None:
        """The customer takes the order: what is owed is paid with the till's payment dialog (change as at a sale)."""
        order, due = selected.order, selected.due
        if due <= 0:
            self._collect(order.id, [])
            return
        dialog = PaymentDialog(self.session, due, facts.qris_payload, self.page)
        dialog.accepted.connect(lambda: self._collect(order.id, owed_part(due, dialog.tenders())))
        self._open(dialog)

    def collect_later(self, order: OrderView) -> None:
        """Where the outlet lets customers pay later (the page checks): handed over now, what is owed stays as debt."""
        self._collect(order.id, [])

    def _collect(self, order_id: uuid.UUID, tenders: list[Tender]) -> None:
        actor = self.session.actor

        def work(session: Session) -> Collected:
            moved = collect_order(session, actor, order_id, tenders)
            order = load_order(session, order_id)
            cash = any(tender.method == "cash" for tender in tenders)
            return Collected(order.order_no, order.sale_id, moved.money.debt, cash)

        WriteOp(self.page, self.session.database, work, COMPLETION).success(self._collected).run_in_background()

    def _collected(self, done: Collected) -> None:
        if done.sale_id is not None:
            self.dispatcher.after_sale(done.sale_id, open_drawer=done.cash, parent=self.page)
        text = self.tr("Order {number} collected").format(number=done.order_no)
        if done.debt:
            text += " · " + self.tr("owed: {amount}").format(amount=format_rupiah(done.debt, self.language))
        self._say(text)

    def give_back(self, order: OrderView, facts: CounterFacts) -> None:
        """Part of what is held, back to the customer: a reason and a supervisor's approval."""
        dialog = GiveBackDialog(self.language, order.order_no, order.money.held, facts.cash_rounding_unit, self.page)
        dialog.accepted.connect(lambda: self._give_back(order.id, order.order_no, dialog.tender(), dialog.reason()))
        self._open(dialog)

    def _give_back(self, order_id: uuid.UUID, order_no: str, tender: Tender, reason: str) -> None:
        actor = self.session.actor

        def work(session: Session, approval: Approval | None) -> int:
            before = load_order(session, order_id).money.refunded
            return refund_order(session, actor, order_id, tender, reason, approval=approval).refunded - before

        def done(amount: int) -> None:
            self._say(self.tr("{amount} given back on order {number}").format(
                amount=format_rupiah(amount, self.language), number=order_no))  # fmt: skip

        run_with_approval(self.page, self.session.database, self.tr("Give back money on order {number}").format(
            number=order_no), work, done, action="order.refund", changes=MONEY)  # fmt: skip

    # --- cancelling -----------------------------------------------------------------------------------------------
    def cancel(self, order: OrderView) -> None:
        what = self.tr("Order {number}, down payment held {amount}").format(
            number=order.order_no, amount=format_rupiah(order.money.held, self.language))  # fmt: skip
        dialog = ReasonDialog(self.tr("Cancel the order"), what, self.page)
        dialog.chosen.connect(lambda reason: self._cancel(order, reason))
        self._open(dialog)

    def _cancel(self, order: OrderView, reason: str) -> None:
        actor, order_id, order_no = self.session.actor, order.id, order.order_no

        def work(session: Session, approval: Approval | None) -> OrderMoney:
            return cancel_order(session, actor, order_id, reason, approval=approval)

        def done(money: OrderMoney) -> None:
            back = money.refunded - order.money.refunded  # cash rounded to the outlet's unit: what leaves the drawer
            text = self.tr("Order {number} cancelled").format(number=order_no)
            if back:
                text += " · " + self.tr("give back {amount}").format(amount=format_rupiah(back, self.language))
            self._say(text)

        run_with_approval(self.page, self.session.database, self.tr("Cancel order {number}").format(number=order_no),
                          work, done, action="order.cancel", changes=MONEY)  # fmt: skip


def owed_part(due: int, tenders: list[Tender]) -> list[Tender]:
    """The payments as they pay what is owed: cash given beyond it is the change, handed back at the counter."""
    settled = settle(due, tenders)
    return [Tender(paid.method, paid.amount, paid.reference) for paid in settled.payments if paid.amount > 0]
