"""Finishing a visit under way (Dilayani) from the salon page. When the visit's customer holds packages covering
some of its lines, the cashier first ticks the lines a session pays (`session_choice.py`, which shows what is left
to pay and any refusal of the service). What is left is paid with the till's payment dialog,
with its tip for the visit's workers (by their share, or one of them), as the orders board collects an order
(`orders/counter_actions.py`: the same dialog, the same `owed_part`); `finish_visit` writes the sale and the tip in
one transaction (the sessions too), crediting the stylist who served, and the receipt goes to the print queue.
Nothing left to pay (a deposit held covers it, or sessions pay every line): no payment dialog, the visit is
finished from the sessions' step. When sessions pay every line the visit has no sale of its own: the sessions'
receipts go to the print queue instead. A customer may still tip then ("Tip…" on the sessions' step): the payment
dialog takes the tip alone for a bill of Rp0, and `finish_visit` writes it with the finish (on the visit's sale,
or the tipped stylist's session sale); cash opens the drawer as a payment does.

A QObject of its own so that its texts have their own translation context ("VisitPayment")."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.settlement import Tender
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.counter import counter_facts
from ska_pos.services.orders.stages import due_at_collection
from ska_pos.services.orders.state import OrderView, load_order
from ska_pos.services.packages.balances import customer_packages
from ska_pos.services.salon.queue import finish_visit, visit_workers
from ska_pos.services.salon.sessions import covering_package, session_sales
from ska_pos.ui import op_changes
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.orders.counter_actions import COMPLETION, owed_part
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.salon.session_choice import Due, SessionChoiceDialog, SessionLine
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.sale_tips import takes_cash
from ska_pos.ui.till.sale_view import Paid
from ska_pos.ui.till_session import TillSession

SESSION_LINES_MAX = 4  # what is left to pay is read for every choice of them: 16 reads at most


@dataclass(frozen=True)
class VisitBill:
    order_id: uuid.UUID
    order_no: str
    due: int
    qris_payload: str
    cash_rounding_unit: int
    workers: tuple[tuple[uuid.UUID, str], ...]
    session_lines: tuple[SessionLine, ...] = ()
    dues: Mapping[frozenset[int], Due] = field(default_factory=dict)  # by the lines paid with sessions


@dataclass(frozen=True)
class Finished:
    order_no: str
    receipts: tuple[uuid.UUID, ...]  # the visit's sale, or with none (sessions pay every line) the sessions' sales
    paid: int
    tip: int
    sessions: int = 0  # lines paid with a package session


class VisitPayment(QObject):
    def __init__(
        self, session: TillSession, dispatcher: ReceiptDispatcher, page: QWidget,
        open_dialog: Callable[[QWidget], None], say: Callable[[str], None],
    ) -> None:  # fmt: skip
        super().__init__(page)
        self.session, self.dispatcher, self.page = session, dispatcher, page
        self._open, self._say = open_dialog, say

    def finish(self, order_id: uuid.UUID) -> None:
        actor, today = self.session.actor, self.session.today()

        def read(session: Session) -> VisitBill:
            order, facts = load_order(session, order_id), counter_facts(session, actor.outlet_id)
            lines = _session_lines(session, order, today)
            dues = _dues(session, actor, order_id, lines)
            return VisitBill(order_id, order.order_no, due_at_collection(session, actor, order_id), facts.qris_payload,
                             facts.cash_rounding_unit, visit_workers(session, order), lines, dues)  # fmt: skip

        ReadOp(self.page, self.session.database, read).success(self._start).run_in_background()

    def _start(self, bill: VisitBill) -> None:
        if not bill.session_lines:
            self._ask_payment(bill, {}, None)
            return
        choice = SessionChoiceDialog(bill.session_lines, bill.dues, self.session.language, self.page)
        choice.submitted.connect(lambda: self._ask_payment(bill, choice.chosen_lines(), choice))
        choice.tip_asked.connect(lambda: self._ask_tip(bill, choice.chosen_lines(), choice))
        self._open(choice)

    def _ask_payment(self, bill: VisitBill, sessions: dict[int, uuid.UUID], choice: SessionChoiceDialog | None) -> None:
        due = bill.dues.get(frozenset(sessions), bill.due)
        if choice is not None and (isinstance(due, str) or due == 0):  # refused, or nothing left to pay
            self._write(bill, 0, sessions, None, choice)
            return
        assert isinstance(due, int)
        dialog = PaymentDialog(self.session, due, bill.qris_payload, choice or self.page,
                               cash_rounding_unit=bill.cash_rounding_unit, workers=bill.workers)  # fmt: skip
        dialog.accepted.connect(lambda: self._write(bill, due, sessions, dialog.payment(), choice))
        if choice is None:
            self._open(dialog)
        else:  # over the sessions' step, which stays open to show a refusal
            dialog.finished.connect(lambda _result: dialog.deleteLater())
            dialog.open()

    def _ask_tip(self, bill: VisitBill, sessions: dict[int, uuid.UUID], choice: SessionChoiceDialog) -> None:
        """Nothing left to pay, and the customer tips: the payment dialog for the tip alone, over the step."""
        if bill.dues.get(frozenset(sessions), bill.due) != 0:
            return
        dialog = PaymentDialog(self.session, 0, bill.qris_payload, choice, cash_rounding_unit=bill.cash_rounding_unit,
                               workers=bill.workers, tip_only=True)  # fmt: skip
        dialog.accepted.connect(lambda: self._write(bill, 0, sessions, dialog.payment(), choice))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def _write(
        self, bill: VisitBill, due: int, sessions: dict[int, uuid.UUID], paid: Paid | None,
        choice: SessionChoiceDialog | None,
    ) -> None:  # fmt: skip
        actor, tenders = self.session.actor, owed_part(due, paid.tenders) if paid else []
        tip = Tender(paid.tip.method, paid.tip.amount) if paid and paid.tip else None
        tip_worker = paid.tip.worker_id if paid and paid.tip else None

        def work(session: Session) -> Finished:
            moved = finish_visit(session, actor, bill.order_id, tenders, tip=tip, tip_worker=tip_worker,
                                 sessions=sessions)  # fmt: skip
            receipts = (moved.sale.sale.sale_id,) if moved.sale is not None else session_sales(session, bill.order_id)
            return Finished(bill.order_no, receipts, sum(t.amount for t in tenders), tip.amount if tip else 0,
                            len(sessions))  # fmt: skip

        def done(finished: Finished) -> None:
            if choice is not None:
                choice.accept()
            self._finished(finished, paid is not None and takes_cash(paid))

        op = WriteOp(self.page, self.session.database, work, COMPLETION | {op_changes.ORDERS}).success(done)
        if choice is not None:
            op.failure(lambda error: choice.show_error(error_text(error)))
        op.run_in_background()

    def _finished(self, done: Finished, cash: bool) -> None:
        for index, sale_id in enumerate(done.receipts):
            self.dispatcher.after_sale(sale_id, open_drawer=cash and not index, parent=self.page)
        language = self.session.language
        text = self.tr("Visit {number} finished · paid {amount}").format(
            number=done.order_no, amount=format_rupiah(done.paid, language))  # fmt: skip
        if done.sessions:
            text += " · " + self.tr("{count} line(s) paid with a package session").format(count=done.sessions)
        if done.tip:
            text += " · " + self.tr("tip {amount}").format(amount=format_rupiah(done.tip, language))
        self._say(text)


def _session_lines(session: Session, order: OrderView, today: date) -> tuple[SessionLine, ...]:
    """The visit's lines a session of the customer's packages may pay now (the packages service's choice: one of
    that service with sessions left, the soonest to expire first)."""
    if order.customer_id is None:
        return ()
    packages = {view.id: view for view in customer_packages(session, order.outlet_id, order.customer_id, today)}
    found = []
    for line in order.lines:
        try:
            package = packages[covering_package(session, order, line.line_no, today)]
        except ValidationError:
            continue  # no package of the customer covers this service
        found.append(SessionLine(line.line_no, line.name, package.id, package.name, package.left))
    return tuple(found[:SESSION_LINES_MAX])


def _dues(
    session: Session, actor: Actor, order_id: uuid.UUID, lines: tuple[SessionLine, ...]
) -> dict[frozenset[int], Due]:
    """What is left to pay for every choice of the lines paid with sessions, or the service's refusal of it."""
    dues: dict[frozenset[int], Due] = {}
    for size in range(len(lines) + 1):
        for chosen in map(frozenset, combinations([line.line_no for line in lines], size)):
            try:
                dues[chosen] = due_at_collection(session, actor, order_id, chosen)
            except ValidationError as refused:
                dues[chosen] = refused.message
    return dues
