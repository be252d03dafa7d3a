"""Finishing a visit under way (Dilayani) from the salon page: what it costs is paid with the till's payment dialog,
with its tip for the visit's workers (by their share, or one of them), as the orders board collects an order
(`orders/counter_actions.py`: the same dialog, the same `owed_part`); `finish_visit` writes the sale and the tip in
one transaction, crediting the stylist who served, and the receipt goes to the print queue.

A QObject of its own so that its texts have their own translation context ("VisitPayment")."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.settlement import Tender
from ska_pos.services.orders.counter import counter_facts
from ska_pos.services.orders.stages import due_at_collection
from ska_pos.services.orders.state import load_order
from ska_pos.services.salon.queue import finish_visit, visit_workers
from ska_pos.ui import op_changes
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.orders.counter_actions import COMPLETION, owed_part
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.sale_tips import takes_cash
from ska_pos.ui.till.sale_view import Paid
from ska_pos.ui.till_session import TillSession


@dataclass(frozen=True)
class VisitBill:
    order_id: uuid.UUID
    order_no: str
    due: int
    qris_payload: str
    cash_rounding_unit: int
    workers: tuple[tuple[uuid.UUID, str], ...]


@dataclass(frozen=True)
class Finished:
    order_no: str
    sale_id: uuid.UUID | None
    paid: int
    tip: int


class VisitPayment(QObject):
    def __init__(
        self, session: TillSession, dispatcher: ReceiptDispatcher, page: QWidget,
        open_dialog: Callable[[QWidget], None], say: Callable[[str], None],
    ) -> None:  # fmt: skip
        super().__init__(page)
        self.session, self.dispatcher, self.page = session, dispatcher, page
        self._open, self._say = open_dialog, say

    def finish(self, order_id: uuid.UUID) -> None:
        actor = self.session.actor

        def read(session: Session) -> VisitBill:
            order, facts = load_order(session, order_id), counter_facts(session, actor.outlet_id)
            return VisitBill(order_id, order.order_no, due_at_collection(session, actor, order_id),
                             facts.qris_payload, facts.cash_rounding_unit, visit_workers(session, order))  # fmt: skip

        ReadOp(self.page, self.session.database, read).success(self._ask_payment).run_in_background()

    def _ask_payment(self, bill: VisitBill) -> None:
        dialog = PaymentDialog(self.session, bill.due, bill.qris_payload, self.page,
                               cash_rounding_unit=bill.cash_rounding_unit, workers=bill.workers)  # fmt: skip
        dialog.accepted.connect(lambda: self._write(bill, dialog.payment()))
        self._open(dialog)

    def _write(self, bill: VisitBill, paid: Paid) -> None:
        actor, tenders = self.session.actor, owed_part(bill.due, paid.tenders)
        tip = Tender(paid.tip.method, paid.tip.amount) if paid.tip else None
        tip_worker = paid.tip.worker_id if paid.tip else None

        def work(session: Session) -> Finished:
            moved = finish_visit(session, actor, bill.order_id, tenders, tip=tip, tip_worker=tip_worker)
            sale_id = moved.sale.sale.sale_id if moved.sale is not None else None
            return Finished(bill.order_no, sale_id, sum(t.amount for t in tenders), tip.amount if tip else 0)

        WriteOp(self.page, self.session.database, work, COMPLETION | {op_changes.ORDERS}).success(
            lambda done: self._finished(done, takes_cash(paid))
        ).run_in_background()

    def _finished(self, done: Finished, cash: bool) -> None:
        if done.sale_id is not None:
            self.dispatcher.after_sale(done.sale_id, open_drawer=cash, parent=self.page)
        language = self.session.language
        text = self.tr("Visit {number} finished · paid {amount}").format(
            number=done.order_no, amount=format_rupiah(done.paid, language))  # fmt: skip
        if done.tip:
            text += " · " + self.tr("tip {amount}").format(amount=format_rupiah(done.tip, language))
        self._say(text)
