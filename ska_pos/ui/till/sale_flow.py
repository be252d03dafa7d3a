"""The steps that write: paying and committing the sale, holding it, recalling a held one.

Each write is one `ui.ops.WriteOp` on the database thread; the screen's cart stays as it was
until the write succeeded, so a refusal loses nothing. A sale is committed at most once per payment: the flow is
busy from the moment the payment dialog opens until the commit has answered.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.settlement import Tender
from ska_pos.services import held_sales, print_jobs, sales
from ska_pos.services.cart import Cart
from ska_pos.services.errors import DiskFailure, DiskFull, plain_database_error
from ska_pos.services.held_sales import HeldSummary
from ska_pos.services.sales import CompletedSale
from ska_pos.ui import op_changes
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.till.line_dialogs import TextDialog
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.recall_dialog import RecallDialog

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_screen import SaleScreen


class SaleFlow(QObject):
    def __init__(self, screen: SaleScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.session = screen.session
        self.controller = screen.controller
        self.last_sale: CompletedSale | None = None

    @property
    def busy(self) -> bool:
        """From the payment dialog (or a hold or recall) until the database answered; the cart is frozen."""
        return self.controller.frozen

    @busy.setter
    def busy(self, value: bool) -> None:
        self.controller.frozen = value

    def pay(self) -> None:
        if self.busy or self._adding() or self.screen.say_if_empty():
            return
        missing = next(
            (i for i, line in enumerate(self.controller.cart.lines) if line.is_service and not line.workers), None
        )
        if missing is not None:
            self.screen.select_line(missing)
            self.screen.say(
                self.tr("Choose the worker of {item} first").format(item=self.controller.cart.lines[missing].name),
                "error",
            )
            self.screen.line_actions.choose_worker(missing)
            return
        facts = self.controller.outlet
        dialog = PaymentDialog(
            self.session,
            self.controller.totals().total,
            facts.qris_payload,
            self.screen,
            cash_rounding_unit=facts.cash_rounding_unit,
        )
        self.busy = True
        dialog.rejected.connect(self._payment_cancelled)
        self.screen.open_dialog(dialog, lambda: self.commit(dialog.tenders()))

    def _adding(self) -> bool:
        """An add still on its way: paying or holding now would leave it out."""
        if self.controller.pending:
            self.screen.say(self.tr("Wait a moment: the last item is still being added"), "error")
        return bool(self.controller.pending)

    def _payment_cancelled(self) -> None:
        self.busy = False

    def commit(self, tenders: list[Tender]) -> None:
        self.busy = True
        cart, actor, database = self.controller.snapshot(), self.session.actor, self.session.database
        cash = any(tender.method == "cash" for tender in tenders)

        def work(session: Session) -> CompletedSale:  # the receipt's print job commits with the sale, or neither does
            done = sales.complete_sale(session, actor, cart, tenders)
            print_jobs.queue_sale_prints(session, actor.till_id, done.sale_id, open_drawer=cash)
            return done

        changes = {op_changes.SALES, op_changes.SHIFT, op_changes.EARNINGS, op_changes.PRINTING}
        WriteOp(self.screen, database, work, changes).success(lambda done: self._committed(done, cash=cash)).failure(
            self._refused
        ).with_progress(self.tr("Saving the sale…")).run_in_background()

    def _committed(self, sale: CompletedSale, *, cash: bool) -> None:
        self.busy = False
        self.last_sale = sale
        self.controller.clear()
        self.screen.show_completed(sale)
        self.screen.saleCompleted.emit(sale)
        self.screen.dispatcher.after_sale(sale.sale_id, open_drawer=cash, parent=self.screen)

    def _refused(self, error: Exception) -> None:
        self.busy = False
        self.screen.say(self._not_saved(error), "error")
        self.screen.focus_search()

    def _not_saved(self, error: Exception) -> str:
        """A full or failing disk in words of its own: what happened, that this sale is not saved (its cart is
        still here), and what to do, which is not simply trying again."""
        plain = plain_database_error(error)
        if isinstance(plain, DiskFull):
            return self.tr("Disk full: the sale was NOT saved; the cart is still here. Make room on the disk that "
                           "holds the database (or call the administrator), then pay again.")  # fmt: skip
        if isinstance(plain, DiskFailure):
            return self.tr("The disk could not be written (an I/O error): the sale was NOT saved; the cart is still "
                           "here. Pay once more; if it happens again, call the administrator: the disk may be "
                           "failing.")  # fmt: skip
        reason = plain.message if plain is not None else error_text(error)
        return self.tr("The sale was NOT saved: {reason}").format(reason=reason)

    def hold(self) -> None:
        if self.busy or self._adding() or self.screen.say_if_empty():
            return
        dialog = TextDialog(
            "holdDialog",
            self.tr("Hold this sale"),
            self.tr("A name to find it again (optional), for example the customer or the table"),
            self.controller.cart.table_no,
            max_length=held_sales.MAX_LABEL_LENGTH,
            parent=self.screen,
        )
        self.screen.open_dialog(dialog, lambda: self._hold(dialog.text()))

    def _hold(self, label: str) -> None:
        self.busy = True
        cart, actor, database = self.controller.snapshot(), self.session.actor, self.session.database
        hold = WriteOp(
            self.screen, database, lambda session: held_sales.hold(session, actor, cart, label), {op_changes.CART}
        )
        hold.success(lambda _held_id: self._held(label)).failure(self._failed).run_in_background()

    def _held(self, label: str) -> None:
        self.busy = False
        self.controller.clear()
        shown = label or self.tr("without a name")
        self.screen.say(self.tr("Sale held ({label}). Press F9 to bring it back.").format(label=shown))
        self.screen.focus_search()

    def recall(self) -> None:
        if self.busy:
            return
        if not self.controller.cart.is_empty():
            self.screen.say(self.tr("Pay or hold (F8) this sale before recalling another"), "error")
            return
        database, till_id = self.session.database, self.session.actor.till_id

        self.busy = True
        ReadOp(self.screen, database, lambda session: held_sales.list_held(session, till_id)).success(
            self._choose_held
        ).failure(self._failed).run_in_background()

    def _choose_held(self, held: list[HeldSummary]) -> None:
        self.busy = False
        if not held:
            self.screen.say(self.tr("There are no held sales at this till"))
            return
        dialog = RecallDialog([(summary.held_id, self._describe(summary)) for summary in held], self.screen)
        self.screen.open_dialog(dialog, lambda: self._recall(dialog.held_id()))

    def _describe(self, summary: HeldSummary) -> str:
        total = format_rupiah(summary.cart.priced(self.controller.outlet.tax).total, self.session.language)
        names = ", ".join(line.name for line in summary.cart.lines[:3])
        more = "…" if len(summary.cart.lines) > 3 else ""
        when = summary.created_at.astimezone(ZoneInfo(self.session.outlet_timezone)).strftime("%H:%M")
        label = summary.label or self.tr("(no name)")
        return f"{label} · {total} · {when} · {summary.held_by}\n{names}{more}"

    def _recall(self, held_id: uuid.UUID | None) -> None:
        if held_id is None:
            return
        database = self.session.database

        self.busy = True
        WriteOp(self.screen, database, lambda session: held_sales.recall(session, held_id), {op_changes.CART}).success(
            self._recalled
        ).failure(self._failed).run_in_background()

    def _recalled(self, cart: Cart) -> None:
        self.busy = False
        self.controller.load(cart)
        self.screen.select_line(len(cart.lines) - 1)
        self.screen.say(self.tr("Held sale brought back"))
        self.screen.focus_search()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.screen.say(error_text(error), "error")
        self.screen.focus_search()
