"""Paying the whole sale: what must be chosen first (options, workers), the payment dialog, a warning of short stock
beside it, and saving the paid sale. The cart is frozen (`busy`) from the payment dialog until the database answered,
so a sale is committed at most once per payment and a refusal loses nothing."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from ska_pos.services import sales
from ska_pos.services.stock import queries as stock_queries
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till.sale_not_saved import not_saved_text
from ska_pos.ui.till.sale_saving import save_paid_sale
from ska_pos.ui.till.sale_tips import bill_workers, takes_cash
from ska_pos.ui.till.sale_view import AskPayment, Paid

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_presenter import SalePresenter


class PayFlow(QObject):
    def __init__(self, presenter: SalePresenter) -> None:
        super().__init__(presenter)
        self.presenter = presenter

    def pay(self) -> None:
        presenter = self.presenter
        if presenter.busy or presenter.still_adding() or presenter.say_if_empty():
            return
        if presenter.options.ask_unchosen():
            return
        lines = presenter.cart.lines
        missing = next((i for i, line in enumerate(lines) if line.is_service and not line.workers), None)
        if missing is not None:
            presenter.select_line(missing)
            presenter.view.say(self.tr("Choose the worker of {item} first").format(item=lines[missing].name), "error")
            presenter.choose_worker(missing)
            return
        facts = presenter.controller.outlet
        presenter.busy = True
        question = AskPayment(
            presenter.controller.totals().total, facts.qris_payload, facts.cash_rounding_unit,
            bill_workers(presenter.cart),
        )  # fmt: skip
        presenter.ask(question, self.commit, self._payment_cancelled)
        self._warn_of_shortfalls()

    def _warn_of_shortfalls(self) -> None:
        """Beside the payment, never in its way: tracked items the cart wants more of than the outlet has. Where the
        outlet refuses a sale below zero, saving it then says so and keeps the cart."""
        presenter = self.presenter
        wanted: dict[uuid.UUID, Decimal] = {}
        for line in presenter.cart.lines:
            if not line.is_service:
                wanted[line.item_id] = wanted.get(line.item_id, Decimal(0)) + line.quantity
        outlet_id = presenter.session.actor.outlet_id

        def read(session: Session) -> list[stock_queries.Shortfall]:
            return stock_queries.shortfalls(session, outlet_id, wanted)

        def warn(found: list[stock_queries.Shortfall]) -> None:
            if found and presenter.cart.lines:  # once the sale is saved, the bar says that instead
                presenter.view.say(" ".join(shortfall.message() for shortfall in found), "error")

        ReadOp(presenter.view.dialog_parent(), presenter.session.database, read).success(warn).failure(
            lambda _error: None
        ).run_in_background()

    def _payment_cancelled(self) -> None:
        self.presenter.busy = False

    def commit(self, paid: Paid) -> None:
        presenter = self.presenter
        presenter.busy = True
        cart, cash = presenter.controller.snapshot(), takes_cash(paid)
        save_paid_sale(
            presenter,
            lambda session, actor: sales.complete_sale(session, actor, cart, paid.tenders, open_drawer=cash),
            tip=paid.tip, cash=cash, progress=self.tr("Saving the sale…"),
            saved=lambda done: self.presenter.sale_saved(done, cash=cash), refused=self._refused,
        )  # fmt: skip

    def _refused(self, error: Exception) -> None:
        presenter = self.presenter
        presenter.busy = False
        presenter.view.say(not_saved_text(error), "error")
        presenter.view.focus_search()
