"""Paying a bill in parts: the split view, each part's payment, and back to the split view until all are paid.

By items, each part is written as its own sale (`split_sales.complete_bill_part`), with its receipt. In equal shares the
bill stays one sale (docs/pbjt.md): each share's payment is taken in turn and the sale is written once, with the
payments of every share, when the last share is paid. The cart stays frozen (`busy`) from the split view's first
answer until the last part is paid; once a part is paid the split view cannot be left without paying the rest, or
the cart (which still holds the paid lines) could be paid again.

Shares are paid to the rupiah (no cash rounding per share): the sale rounds its cash once, as a whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from ska_pos.domain.settlement import Tender
from ska_pos.domain.split_bill import split_by_items, split_in_shares
from ska_pos.services import sales, split_sales
from ska_pos.services.actor import Actor
from ska_pos.services.sales import CompletedSale
from ska_pos.ui.till.sale_not_saved import not_saved_text
from ska_pos.ui.till.sale_saving import save_paid_sale
from ska_pos.ui.till.sale_tips import bill_workers, takes_cash
from ska_pos.ui.till.sale_view import AskPayment, ChooseSplit, EqualShares, Paid

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_presenter import SalePresenter


class SplitFlow(QObject):
    def __init__(self, presenter: SalePresenter) -> None:
        super().__init__(presenter)
        self.presenter = presenter
        self.owners: list[int] | None = None
        self.paid: frozenset[int] = frozenset()
        self.shares = 0  # paying in equal shares: how many
        self.share_payments: dict[int, list[Tender]] = {}

    def start(self) -> None:
        presenter = self.presenter
        if presenter.busy or presenter.say_if_empty():
            return
        presenter.busy = True
        self.owners, self.paid, self.share_payments = None, frozenset(), {}
        self.shares = 2 if len(presenter.cart.lines) < 2 else 0  # one line: only shares split it
        self.ask_split()

    def ask_split(self) -> None:
        presenter = self.presenter
        question = ChooseSplit(
            tuple(line.name for line in presenter.cart.lines), presenter.controller.totals(),
            presenter.controller.outlet.tax, tuple(self.owners) if self.owners else None, self.paid, self.shares,
        )  # fmt: skip
        presenter.view.ask(question, self._pay_part, self._split_cancelled)

    def groups(self) -> list[list[int]]:
        owners = self.owners or []
        return [[line for line, owner in enumerate(owners) if owner == part] for part in sorted(set(owners))]

    def _split_cancelled(self) -> None:
        if self.paid:  # the way back: the paid lines are still in the cart
            self.presenter.view.say(self.tr("Pay the other parts first"), "error")
            self.ask_split()
            return
        self.presenter.busy = False

    def _pay_part(self, choice: tuple[list[int], int] | EqualShares) -> None:
        if isinstance(choice, EqualShares):
            self._pay_share(choice)
            return
        self.owners, part = choice
        facts = self.presenter.controller.outlet
        bill = self.presenter.controller.totals()
        total = split_by_items(bill, facts.tax, self.groups())[part].total
        workers = bill_workers(self.presenter.cart)
        question = AskPayment(total, facts.qris_payload, facts.cash_rounding_unit, workers)
        self.presenter.view.ask(question, lambda paid: self._commit(part, paid), self.ask_split)

    def _commit(self, part: int, paid: Paid) -> None:
        cart, groups, cash = self.presenter.controller.snapshot(), self.groups(), takes_cash(paid)

        def write(session: Session, actor: Actor) -> CompletedSale:
            return split_sales.complete_bill_part(session, actor, cart, groups, part, paid.tenders, open_drawer=cash)

        save_paid_sale(self.presenter, write, tip=paid.tip, cash=cash, progress=self.tr("Saving the sale…"),
                       saved=lambda done: self._committed(part, done, cash=cash), refused=self._refused)  # fmt: skip

    def _committed(self, part: int, sale: CompletedSale, *, cash: bool) -> None:
        presenter = self.presenter
        self.paid = self.paid | {part}
        presenter.last_sale = sale
        presenter.dispatcher.after_sale(sale.sale_id, open_drawer=cash, parent=presenter.view.dialog_parent())
        if len(self.paid) < len(self.groups()):
            presenter.view.say(self.tr("Part {number} is paid").format(number=part + 1), "info")
            self.ask_split()
            return
        self.owners, self.paid = None, frozenset()
        presenter.busy = False
        presenter.controller.clear()
        presenter.view.show_completed(sale)

    # --- equal shares: one sale, one payment per share ------------------------------------------------------------
    def _pay_share(self, choice: EqualShares) -> None:
        self.shares = choice.count
        if choice.share is None:
            self._commit_shares()
            return
        share = choice.share
        total = split_in_shares(self.presenter.controller.totals(), choice.count)[share].total
        question = AskPayment(total, self.presenter.controller.outlet.qris_payload, 0)
        self.presenter.view.ask(question, lambda paid: self._share_paid(share, paid), self.ask_split)

    def _share_paid(self, share: int, paid: Paid) -> None:
        self.share_payments[share] = list(paid.tenders)
        self.paid = self.paid | {share}
        if len(self.paid) < self.shares:
            self.presenter.view.say(self.tr("Share {number} is paid").format(number=share + 1), "info")
            self.ask_split()
            return
        self._commit_shares()

    def _commit_shares(self) -> None:
        tenders = [tender for share in sorted(self.share_payments) for tender in self.share_payments[share]]
        cart = self.presenter.controller.snapshot()
        cash = any(tender.method == "cash" for tender in tenders)

        def write(session: Session, actor: Actor) -> CompletedSale:
            return sales.complete_sale(session, actor, cart, tenders, open_drawer=cash)

        save_paid_sale(self.presenter, write, tip=None, cash=cash, progress=self.tr("Saving the sale…"),
                       saved=lambda done: self._shares_committed(done, cash=cash), refused=self._refused)  # fmt: skip

    def _shares_committed(self, sale: CompletedSale, *, cash: bool) -> None:
        self.owners, self.paid, self.shares, self.share_payments = None, frozenset(), 0, {}
        self.presenter.sale_saved(sale, cash=cash)

    def _refused(self, error: Exception) -> None:
        self.presenter.view.say(not_saved_text(error), "error")
        self.ask_split()  # back to the split view: the parts already paid stay paid
