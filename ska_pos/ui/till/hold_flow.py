"""Holding the sale on the cart (F8) and recalling a held one (F9): the cart is frozen (`busy`) from the hold or the
recall until the database answered, so a sale is held once and a refusal loses nothing."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from ska_pos.domain.money import format_rupiah
from ska_pos.services import held_sales
from ska_pos.services.cart import Cart
from ska_pos.services.held_sales import HeldSummary
from ska_pos.ui import op_changes
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.till.sale_view import AskText, ChooseHeld

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_presenter import SalePresenter


class HoldFlow(QObject):
    def __init__(self, presenter: SalePresenter) -> None:
        super().__init__(presenter)
        self.presenter = presenter

    def hold(self) -> None:
        presenter = self.presenter
        if presenter.busy or presenter.still_adding() or presenter.say_if_empty():
            return
        question = AskText(
            "holdDialog",
            self.tr("Hold this sale"),
            self.tr("A name to find it again (optional), for example the customer or the table"),
            presenter.cart.table_no,
            max_length=held_sales.MAX_LABEL_LENGTH,
        )
        presenter.ask(question, self._hold)

    def _hold(self, label: str) -> None:
        presenter = self.presenter
        presenter.busy = True
        cart, actor = presenter.controller.snapshot(), presenter.session.actor
        WriteOp(
            presenter.view.dialog_parent(), presenter.session.database,
            lambda session: held_sales.hold(session, actor, cart, label), {op_changes.CART},
        ).success(lambda _held_id: self._held(label)).failure(presenter.failed).run_in_background()  # fmt: skip

    def _held(self, label: str) -> None:
        presenter = self.presenter
        presenter.busy = False
        presenter.controller.clear()
        shown = label or self.tr("without a name")
        presenter.view.say(self.tr("Sale held ({label}). Press F9 to bring it back.").format(label=shown))
        presenter.view.focus_search()

    def recall(self) -> None:
        presenter = self.presenter
        if presenter.busy:
            return
        if not presenter.cart.is_empty():
            presenter.view.say(self.tr("Pay or hold (F8) this sale before recalling another"), "error")
            return
        till_id = presenter.session.actor.till_id
        presenter.busy = True
        ReadOp(
            presenter.view.dialog_parent(), presenter.session.database, lambda s: held_sales.list_held(s, till_id)
        ).success(self._choose_held).failure(presenter.failed).run_in_background()

    def _choose_held(self, held: list[HeldSummary]) -> None:
        presenter = self.presenter
        presenter.busy = False
        if not held:
            presenter.view.say(self.tr("There are no held sales at this till"))
            return
        presenter.ask(ChooseHeld([(summary.held_id, self._describe(summary)) for summary in held]), self._recall)

    def _describe(self, summary: HeldSummary) -> str:
        presenter = self.presenter
        total = format_rupiah(summary.cart.priced(presenter.controller.outlet.tax).total, presenter.language)
        names = ", ".join(line.name for line in summary.cart.lines[:3])
        more = "…" if len(summary.cart.lines) > 3 else ""
        when = summary.created_at.astimezone(ZoneInfo(presenter.session.outlet_timezone)).strftime("%H:%M")
        label = summary.label or self.tr("(no name)")
        return f"{label} · {total} · {when} · {summary.held_by}\n{names}{more}"

    def _recall(self, held_id: uuid.UUID | None) -> None:
        if held_id is None:
            return
        presenter = self.presenter
        presenter.busy = True
        actor = presenter.session.actor
        WriteOp(
            presenter.view.dialog_parent(), presenter.session.database,
            lambda session: held_sales.recall(session, actor, held_id), {op_changes.CART},
        ).success(self._recalled).failure(presenter.failed).run_in_background()  # fmt: skip

    def _recalled(self, cart: Cart) -> None:
        presenter = self.presenter
        presenter.busy = False
        presenter.controller.load(cart)
        presenter.select_line(len(cart.lines) - 1)
        presenter.view.say(self.tr("Held sale brought back"))
        presenter.view.focus_search()
